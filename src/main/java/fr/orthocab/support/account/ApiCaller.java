package fr.orthocab.support.account;

/**
 * Who calls the ticket API: a token's name and scope, and the supervisor account behind it (null
 * for the bootstrap token of the configuration).
 */
public record ApiCaller(String name, ApiScope scope, Account owner) {}
