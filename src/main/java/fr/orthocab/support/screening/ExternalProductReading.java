package fr.orthocab.support.screening;

import java.util.List;
import java.util.Set;

/**
 * What {@link ExternalProducts} made of a text: the side, the vendors named, and the words that
 * weighed on each side (shown to agents in the decision's detail).
 */
public record ExternalProductReading(
    ExternalProductSide side,
    Set<Vendor> vendors,
    List<String> vendorEvidence,
    List<String> orthocabEvidence) {

  public ExternalProductReading {
    vendors = Set.copyOf(vendors);
    vendorEvidence = List.copyOf(vendorEvidence);
    orthocabEvidence = List.copyOf(orthocabEvidence);
  }

  static ExternalProductReading none() {
    return new ExternalProductReading(ExternalProductSide.NONE, Set.of(), List.of(), List.of());
  }

  public boolean isVendor() {
    return side == ExternalProductSide.VENDOR;
  }

  public boolean isOrthocab() {
    return side == ExternalProductSide.ORTHOCAB;
  }

  /** The vendors' names, for a decision's detail: "Zoom, Cisco Webex Meetings". */
  public String vendorNames() {
    return String.join(", ", vendors.stream().sorted().map(Vendor::getDisplayName).toList());
  }
}
