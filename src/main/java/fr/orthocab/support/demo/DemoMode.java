package fr.orthocab.support.demo;

import fr.orthocab.support.account.ApiTokens;
import fr.orthocab.support.billing.WebhookSecrets;
import fr.orthocab.support.platform.BaseUrl;
import fr.orthocab.support.platform.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * In demo mode only: loads the demo data on first start and prints where the desk is and who can
 * log in. Outside demo mode it does nothing at all.
 */
@Startup
@Singleton
@DependsOn({"DatabaseMigrations", "DemoMailServer"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoMode {
  private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

  @Inject private DemoSettings settings;

  @Inject private BaseUrl baseUrl;

  @Inject private ApiTokens apiTokens;
  @Inject private WebhookSecrets webhookSecrets;

  @Inject private DatabaseMigrations migrations;
  @Inject private DemoData data;
  @Inject private DemoMailServer mailServer;

  @PostConstruct
  void start() {
    if (!settings.demo() || !migrations.applied()) {
      return;
    }
    try {
      if (!data.loaded()) {
        data.load();
        LOG.info("Demo data loaded.");
      }
      LOG.info(banner());
    } catch (RuntimeException e) {
      // The desk itself works without demo data: say so loudly rather than fail the deployment.
      LOG.log(Level.SEVERE, "DEMO DATA COULD NOT BE LOADED; the desk runs without it.", e);
    }
  }

  String banner() {
    StringBuilder text = new StringBuilder("\n\n");
    text.append("=====================================================================\n");
    text.append(" Orthocab Support Desk (DEMO MODE) is ready\n");
    text.append("   Customer portal : ")
        .append(baseUrl.absolute("/portal/tickets/list.xhtml"))
        .append("\n");
    text.append("   Agents' screens : ")
        .append(baseUrl.absolute("/admin/tickets/queue.xhtml"))
        .append("\n");
    text.append("   Login page      : ").append(baseUrl.absolute("/login.xhtml")).append("\n");
    text.append(" Demo logins (password for all: ").append(DemoLogin.PASSWORD).append(")\n");
    for (DemoLogin login : DemoData.LOGINS) {
      text.append(String.format("   %-12s %-34s %s%n", login.role(), login.email(), login.who()));
    }
    apiTokens
        .bootstrapToken()
        .ifPresent(
            token -> {
              text.append(" Ticket API (documented at ")
                  .append(baseUrl.absolute("/openapi"))
                  .append(")\n");
              text.append("   curl -H 'Authorization: Bearer ")
                  .append(token)
                  .append("' ")
                  .append(baseUrl.absolute("/api/tickets"))
                  .append("\n");
            });
    if (webhookSecrets.configured()) {
      // the secret is not printed: ./run keeps the demo one in data/demo-billing-secret
      text.append(" Billing renewal webhook (README, \"Billing renewal webhook\")\n");
      text.append("   BILLING_WEBHOOK_SECRET=\"$(cat data/demo-billing-secret)\" \\\n");
      text.append("     scripts/send-renewal.sh ")
          .append(baseUrl.absolute("/api/billing/renewals"))
          .append(" scripts/renewal-example.json\n");
    }
    text.append(mailServer.banner());
    text.append("=====================================================================\n");
    return text.toString();
  }
}
