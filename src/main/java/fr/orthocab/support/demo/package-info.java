/**
 * Demo mode only ({@code app.demo=true}, which the run command sets): demo customers, team and
 * tickets loaded on first start, and the URLs and demo logins printed when the desk is ready.
 */
package fr.orthocab.support.demo;
