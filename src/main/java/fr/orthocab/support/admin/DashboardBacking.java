package fr.orthocab.support.admin;

import fr.orthocab.support.faq.FaqDeflections;
import fr.orthocab.support.faq.FaqDeflections.DeflectionRate;
import fr.orthocab.support.mail.outbox.Outbox;
import fr.orthocab.support.mail.outbox.OutboxMessage;
import fr.orthocab.support.secrets.Maskings;
import fr.orthocab.support.secrets.SecretKind;
import fr.orthocab.support.sla.SlaClocks;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The agents' dashboard: how many tickets are late or warned now, and the latest notifications the
 * desk wrote (SLA warnings and breaches), which wait in the outbox until mail sends them; for
 * supervisors, the FAQ's deflection rate over the last 30 days; how many secrets of each kind were
 * masked on arrival.
 */
@Named("dashboard")
@ViewScoped
public class DashboardBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int NOTIFICATIONS_SHOWN = 50;

  @Inject private Outbox outbox;
  @Inject private SlaClocks clocks;
  @Inject private FaqDeflections deflections;
  @Inject private Maskings maskings;

  private List<OutboxMessage> notifications;
  private long breached;
  private long warned;
  private DeflectionRate deflection;
  private Map<SecretKind, Long> masked;

  @PostConstruct
  void load() {
    notifications = outbox.latest(NOTIFICATIONS_SHOWN);
    breached = clocks.breachedNow();
    warned = clocks.warnedNow();
    deflection = deflections.lastThirtyDays();
    masked = maskings.countsByKind();
  }

  public List<OutboxMessage> getNotifications() {
    return notifications;
  }

  public long getBreached() {
    return breached;
  }

  public long getWarned() {
    return warned;
  }

  /** FAQ-FIRST: the share of new-request forms with suggestions that an article ended. */
  public DeflectionRate getDeflection() {
    return deflection;
  }

  /** Secrets masked on arrival, by kind, every kind listed (zero included). */
  public List<Map.Entry<SecretKind, Long>> getMasked() {
    return List.copyOf(masked.entrySet());
  }
}
