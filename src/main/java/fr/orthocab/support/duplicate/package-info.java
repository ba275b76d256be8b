/**
 * Duplicates and merges (DUP-COMMENT): a new request is compared, by what it says, with the same
 * customer's requests still open or closed in the last days ({@link DuplicateFinder}); a close one
 * is flagged for agents with the original named, never merged by itself. An agent merges a
 * duplicate into its original ({@link Merges}): its thread, attachments, decisions and SLA history
 * move over, the duplicate stays as a MERGED ticket pointing to the original, the merge on record.
 */
package fr.orthocab.support.duplicate;
