/**
 * Demo mode only ({@code app.demo=true}, which the run command sets): demo customers, team and
 * tickets loaded on first start, and the URLs and demo logins printed when the desk is ready.
 * Outside demo mode, one guard: a start on data holding the demo accounts refuses to run.
 */
package fr.orthocab.support.demo;
