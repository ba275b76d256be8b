package fr.orthocab.support.platform;

import java.sql.Connection;

/**
 * The desk's database answered at start-up and its schema is about to be brought up to date: fired
 * synchronously by {@link DatabaseMigrations} before any change, so that an observer can look at
 * the data as it was found (a database may have no table yet) and refuse the start with {@link
 * StartRefused}, leaving the database as it was. The connection is the migration's own: observers
 * read, never write, and never close it.
 */
public record DatabaseReached(Connection connection) {}
