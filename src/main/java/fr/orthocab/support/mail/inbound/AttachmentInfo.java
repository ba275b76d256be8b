package fr.orthocab.support.mail.inbound;

/** A mail's file as agents see it listed: never its content. */
public record AttachmentInfo(
    long id, long inboundMailId, String fileName, String contentType, long sizeBytes) {}
