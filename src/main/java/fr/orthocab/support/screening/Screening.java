package fr.orthocab.support.screening;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the desk reads in one customer text, request or comment: whose problem a Zoom or Webex
 * mention is, and the offensive words. Plain Java, shared by the intake rules, the comments and the
 * portal's notice while the customer types.
 */
public record Screening(ExternalProductReading externalProduct, List<OffensiveWord> offensive) {
  public Screening {
    offensive = List.copyOf(offensive);
  }

  public static Screening of(String subject, String body) {
    String text = (subject == null ? "" : subject + "\n") + (body == null ? "" : body);
    return new Screening(ExternalProducts.read(subject, body), OffensiveLanguage.find(text));
  }

  /** The flag's detail for the vendor's side: "Zoom — son, micro". */
  public String externalProductDetail() {
    String evidence = String.join(", ", externalProduct.vendorEvidence());
    return externalProduct.vendorNames() + (evidence.isEmpty() ? "" : " — " + evidence);
  }

  /** The decision's detail for Orthocab's side. */
  public String exceptionDetail() {
    return externalProduct.vendorNames()
        + " mentionné, problème côté Orthocab — "
        + String.join(", ", externalProduct.orthocabEvidence());
  }

  /** The flag's detail: the offensive words as written, each once. */
  public String offensiveDetail() {
    return offensive.stream()
        .map(OffensiveWord::written)
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
