package fr.orthocab.support.attachment;

/** A file as a mail carries it. */
public record MailedFile(String fileName, String contentType, byte[] content) {}
