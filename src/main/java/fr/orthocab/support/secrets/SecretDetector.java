package fr.orthocab.support.secrets;

import java.util.List;

/** Finds one kind of secret in a text; pure and thread-safe. */
interface SecretDetector {
  List<FoundSecret> find(String text);
}
