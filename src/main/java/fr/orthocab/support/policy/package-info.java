/**
 * The support policy as dated versions (clause VERSION): which version is in force on a day, its
 * text and the short text of each clause in French (the reference) and English, a supervisor's
 * publishing of a new version for today or a later day, and every decision taken under them, each
 * citing the version in force at its instant so that publishing never changes past decisions.
 */
package fr.orthocab.support.policy;
