package fr.orthocab.support.portal.tickets;

import fr.orthocab.support.intake.HoldDelays;
import fr.orthocab.support.platform.DateWords;
import fr.orthocab.support.policy.Clause;
import fr.orthocab.support.policy.ClauseTexts;
import fr.orthocab.support.policy.PolicyVersions;
import fr.orthocab.support.portal.PortalCustomer;
import fr.orthocab.support.screening.ExternalProducts;
import fr.orthocab.support.screening.Vendor;
import fr.orthocab.support.subscription.Subscription;
import fr.orthocab.support.web.LanguageSelection;
import jakarta.faces.component.UIInput;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the new-request page tells the customer while they type, before they submit: when the
 * request reads as Zoom's or Webex's own problem, the EXT-PRODUCTS clause and the vendors' support
 * links. The customer can still submit; an agent decides. A customer without an active subscription
 * is told, before writing, that only a renewal question is answered now (ELIG-RENEWAL) and any
 * other request waits for the renewal (ELIG-ACTIVE), and how to renew.
 */
@Named("ticketNotice")
@ViewScoped
public class NewTicketNoticeBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ClauseTexts clauseTexts;
  @Inject private PolicyVersions versions;
  @Inject private LanguageSelection language;
  @Inject private NewTicketFaqBacking faq;
  @Inject private PortalCustomer customer;
  @Inject private HoldDelays delays;

  private String subject = "";
  private String description = "";
  private List<Vendor> vendors = List.of();
  private String clauseText;

  /**
   * One field changed (each field is sent alone, so one invalid field never hides the notice). The
   * FAQ's suggestions read the same keystrokes: one listener per field, see new.xhtml.
   */
  public void typed(AjaxBehaviorEvent event) {
    faq.typed(event);
    UIInput input = (UIInput) event.getComponent();
    String value = input.getValue() == null ? "" : input.getValue().toString();
    if ("subject".equals(input.getId())) {
      subject = value;
    } else {
      description = value;
    }
    var reading = ExternalProducts.read(subject, description);
    vendors = reading.isVendor() ? reading.vendors().stream().sorted().toList() : List.of();
    if (!vendors.isEmpty() && clauseText == null) {
      clauseText =
          clauseTexts.text(
              versions.inForce().orElse(null), Clause.EXT_PRODUCTS, language.getLanguage());
    }
  }

  public boolean isExternalProduct() {
    return !vendors.isEmpty();
  }

  /** Every excluded product's support, those the customer named first. */
  public List<Vendor> getVendors() {
    return Stream.concat(
            vendors.stream(), List.of(Vendor.values()).stream().filter(v -> !vendors.contains(v)))
        .toList();
  }

  /** The subject as last typed (kept for the similar requests and "add as a comment"). */
  public String getSubject() {
    return subject;
  }

  public String getDescription() {
    return description;
  }

  public String getClauseText() {
    return clauseText;
  }

  /** No subscription covers the customer today: a request other than a renewal question waits. */
  public boolean isLapsed() {
    return !customer.getCoverage().isCovered();
  }

  /**
   * The pack of the subscription whose end made the customer lapse; null when they never had one.
   */
  public String getLapsedPack() {
    return lapsed().map(s -> s.getPack().name(language.getLanguage())).orElse(null);
  }

  /** Its last day in words ("mardi 3 novembre 2026"); null when they never had one. */
  public String getLapsedOn() {
    return lapsed().map(s -> DateWords.day(language.getLocale(), s.lastDay())).orElse(null);
  }

  public int getRenewalDays() {
    return delays.renewalDays();
  }

  private Optional<Subscription> lapsed() {
    return customer.getCoverage().endedLast().or(() -> customer.getCoverage().latest());
  }
}
