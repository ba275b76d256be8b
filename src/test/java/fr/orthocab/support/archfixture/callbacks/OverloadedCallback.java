package fr.orthocab.support.archfixture.callbacks;

import jakarta.annotation.PostConstruct;

/** Breaks the callbacks rule: its start-up callback shares its name with another method. */
public class OverloadedCallback {
  @PostConstruct
  void start() {
    start("default");
  }

  void start(String how) {
    // nothing: a fixture
  }
}
