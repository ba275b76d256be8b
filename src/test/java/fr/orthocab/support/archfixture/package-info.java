/**
 * Classes that break the architecture rules on purpose, read only by {@code ArchitectureRulesTest}
 * to show that the rules catch them: a cycle between two packages, a cycle between a package and
 * its sub-package ({@code cycle}), capability classes using Faces ({@code faces}).
 */
package fr.orthocab.support.archfixture;
