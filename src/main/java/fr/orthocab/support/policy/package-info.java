/**
 * The support policy as dated versions (clause VERSION): which version is in force on a day, and
 * its text in French (the reference) and English.
 */
package fr.orthocab.support.policy;
