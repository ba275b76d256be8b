package fr.orthocab.support.intake;

/** A rule of the intake pipeline: looks at the facts and adds its decision to the verdict. */
interface IntakeRule {
  void apply(IntakeFacts facts, Verdict verdict);

  /** The name recorded as the decision's author. */
  default String name() {
    return "rule:" + getClass().getSimpleName();
  }
}
