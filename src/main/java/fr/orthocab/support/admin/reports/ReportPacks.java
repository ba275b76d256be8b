package fr.orthocab.support.admin.reports;

import fr.orthocab.support.customer.Language;
import fr.orthocab.support.sla.SlaReports;
import fr.orthocab.support.subscription.Pack;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names of the packs a report shows, in the viewer's language and in French for the CSV. */
public final class ReportPacks implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String DEFAULT_POLICY_FR = "Politique par défaut";

  private final Map<String, String> names = new LinkedHashMap<>();
  private final Map<String, String> frenchNames = new LinkedHashMap<>();

  ReportPacks(List<Pack> packs, Language language, String defaultPolicy) {
    for (Pack pack : packs) {
      names.put(pack.getCode(), pack.name(language));
      frenchNames.put(pack.getCode(), pack.name(Language.FR));
    }
    names.put(SlaReports.DEFAULT_POLICY, defaultPolicy);
    frenchNames.put(SlaReports.DEFAULT_POLICY, DEFAULT_POLICY_FR);
  }

  /** A pack's name; null is the default policy. */
  public String name(String code) {
    return names.getOrDefault(code == null ? SlaReports.DEFAULT_POLICY : code, code);
  }

  String frenchName(String code) {
    return frenchNames.getOrDefault(code == null ? SlaReports.DEFAULT_POLICY : code, code);
  }

  /** The filter's choices, pack code to name, the default policy last. */
  public Map<String, String> getChoices() {
    return names;
  }
}
