package fr.orthocab.support.dataexport;

import java.util.function.Supplier;

/** A file of the export: where it goes in the ZIP, and its bytes, read when written there. */
record ExportFile(String path, Supplier<byte[]> content) {}
