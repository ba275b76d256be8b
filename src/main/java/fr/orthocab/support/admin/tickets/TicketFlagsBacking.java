package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.screening.TicketFlag;
import fr.orthocab.support.screening.TicketFlags;
import fr.orthocab.support.screening.Vendor;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketChangedMeanwhile;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.LanguageSelection;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The flags of a ticket's page: an agent clears one, or prepares the refusal under its clause (for
 * an external product, the explanation points to the vendors' own support) and sends it with the
 * page's refusal form.
 */
@Named("adminFlags")
@RequestScoped
public class TicketFlagsBacking {
  @Inject private ShowTicketBacking page;
  @Inject private TicketFlags flags;
  @Inject private RefuseTicketBacking refusal;
  @Inject private CurrentAccount me;
  @Inject private LanguageSelection language;

  private List<FlagView> views;

  public List<FlagView> getFlags() {
    if (views == null) {
      views = flags.ofTicket(page.getTicket().getId()).stream().map(FlagView::of).toList();
    }
    return views;
  }

  public void clear(TicketFlag flag) {
    try {
      flags.clear(flag.getId(), flag.getVersion(), me.required().getDisplayName());
      Pages.info("admin_tickets_show.flagCleared");
    } catch (TicketChangedMeanwhile e) {
      Pages.error("admin_tickets_show.changedMeanwhile", page.getTicket().getReference());
    }
    views = null;
    page.reload();
  }

  /**
   * Fills the refusal form below with the flag's clause and a ready explanation, in the customer's
   * language (the agent can edit it before sending).
   */
  public void prepareRefusal(TicketFlag flag) {
    refusal.setClause(flag.getKind().clause());
    Ticket ticket = page.getTicket();
    Locale locale =
        ticket.isIdentified() ? ticket.getCustomer().getLanguage().locale() : language.getLocale();
    refusal.setExplanation(
        flag.getKind() == FlagKind.EXTERNAL_PRODUCT
            ? Pages.textIn(locale, "admin_tickets_show.extProductsExplanation", vendorLinks())
            : Pages.textIn(locale, "admin_tickets_show.languageExplanation"));
  }

  public String vendorLinks() {
    return Arrays.stream(Vendor.values())
        .map(v -> v.getDisplayName() + " : " + v.getSupportUrl())
        .collect(Collectors.joining(" ; "));
  }

  public List<Vendor> getVendors() {
    return List.of(Vendor.values());
  }
}
