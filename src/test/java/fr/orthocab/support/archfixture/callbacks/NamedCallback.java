package fr.orthocab.support.archfixture.callbacks;

import jakarta.annotation.PostConstruct;

/** Follows the callbacks rule: the callback's name is its own. */
public class NamedCallback {
  @PostConstruct
  void start() {
    serve("default");
  }

  void serve(String how) {
    // nothing: a fixture
  }
}
