package fr.orthocab.support.erasure;

import fr.orthocab.support.erasure.CustomerErasures.Identity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The statements of one erasure, table by table: what names the customer or holds what they wrote
 * is destroyed or replaced; ids, times, clauses, outcomes and SLA figures stay. Their requests are
 * found by customer id, their mails and webhook bodies by their email as it was.
 */
final class ErasedRows {
  static final String ERASED_TEXT = "[contenu effacé]";
  static final String ERASED_SUBJECT = "[demande effacée]";

  private static final String TICKETS = "(select id from ticket where customer_id = ?1)";
  private static final String MAILS =
      "(select id from inbound_mail where ticket_id in "
          + TICKETS
          + " or lower(from_address) = ?2)";

  private final EntityManager em;
  private final long customerId;
  private final Identity was;
  private final Identity now;

  ErasedRows(EntityManager em, long customerId, Identity was, Identity now) {
    this.em = em;
    this.customerId = customerId;
    this.was = was;
    this.now = now;
  }

  void erase() {
    requests();
    mailsReceived();
    mailsSent();
    account();
    records();
    billing();
    replays();
  }

  private void requests() {
    run(
        "update ticket set subject = ?3, sender_email = null, sender_surname = null,"
            + " sender_first_name = null, request_notions = null where customer_id = ?1",
        ERASED_SUBJECT);
    run("update ticket_search set terms = ' ' where ticket_id in " + TICKETS);
    run(
        "delete from message_file where message_id in (select id from message where ticket_id in "
            + TICKETS
            + ")");
    run("update message set body = ?3 where ticket_id in " + TICKETS, ERASED_TEXT);
    run(
        "update message set author_name = ?3 where author_kind = 'CUSTOMER' and ticket_id in "
            + TICKETS,
        now.fullName());
    run("update satisfaction_rating set comment = null where ticket_id in " + TICKETS);
    run(
        "update identity_confirmation set given_by = ?3 where customer_id = ?1 or ticket_id in "
            + TICKETS,
        now.email());
  }

  private void mailsReceived() {
    run("delete from inbound_attachment where inbound_mail_id in " + MAILS);
    run("delete from inbound_refused_attachment where inbound_mail_id in " + MAILS);
    run(
        "update inbound_mail set message_id = concat('erased-', cast(id as varchar(20))),"
            + " from_address = ?3, subject = null, original_headers = null,"
            + " original_text = null, stored_text = null, detail = null, unreadable_parts = null"
            + " where id in "
            + MAILS,
        now.email());
  }

  private void mailsSent() {
    run("delete from outbox_message where status = 'PENDING' and recipient_key = ?2");
    run(
        "update outbox_message set subject = ?3, body = ?4, personal_link = null,"
            + " last_error = null, in_reply_to = null, references_ids = null where recipient_key = ?2 or ticket_id in "
            + TICKETS,
        ERASED_SUBJECT,
        ERASED_TEXT);
    run(
        "update outbox_message set recipient_email = ?3, recipient_key = ?3 where recipient_key = ?2",
        now.email());
  }

  private void account() {
    run(
        "delete from password_link where account_id in"
            + " (select id from account where customer_id = ?1)");
    run(
        "update account set email = ?3, email_key = ?3, display_name = ?4, password_hash = '!',"
            + " enabled = false where customer_id = ?1",
        now.email(),
        now.fullName());
  }

  /** The policy's records stay, without the words that may quote or name the customer. */
  private void records() {
    run("update decision set detail = null where ticket_id in " + TICKETS);
    run("update refusal set explanation = ?3 where ticket_id in " + TICKETS, ERASED_TEXT);
    run("update suspension set explanation = ?3 where customer_id = ?1", ERASED_TEXT);
    run("update ticket_flag set detail = null where ticket_id in " + TICKETS);
    run("update audit_entry set detail = null where customer_id = ?1 or ticket_id in " + TICKETS);
    run(
        "update audit_entry set actor = ?3 where lower(actor) like ?4 escape '!'",
        now.fullName(),
        containing(was.email()));
    run(
        "update agent_notification set actor = ?3 where lower(actor) like ?4 escape '!'",
        now.fullName(),
        containing(was.email()));
    run(
        "update agent_notification set actor = ?3 where actor = ?4 and ticket_id in " + TICKETS,
        now.fullName(),
        was.fullName());
  }

  /** The webhook's bodies naming them go; the answers kept for replays name the pseudonym. */
  private void billing() {
    run(
        "update billing_delivery set body = null where lower(body) like ?3 escape '!'",
        containing(was.email()));
    run(
        "update billing_event set result = replace(replace(replace(result, ?3, ?4), ?5, ?6), ?7, ?8)"
            + " where customer_id = ?1",
        was.email(),
        now.email(),
        was.surname(),
        now.surname(),
        was.firstName(),
        now.firstName());
  }

  /**
   * The answers kept a day for API calls retried with the same Idempotency-Key, when they name
   * them, go: such a retry is then a new call.
   */
  private void replays() {
    run(
        "delete from idempotency_key where lower(body) like ?3 escape '!'",
        containing(was.email()));
  }

  private static String containing(String text) {
    return "%"
        + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
        + "%";
  }

  private void run(String sql, Object... more) {
    Query query = em.createNativeQuery(sql);
    List<Object> values =
        new ArrayList<>(List.of(customerId, was.email().toLowerCase(Locale.ROOT)));
    values.addAll(List.of(more));
    for (int i = 0; i < values.size(); i++) {
      if (sql.contains("?" + (i + 1))) {
        query.setParameter(i + 1, values.get(i));
      }
    }
    query.executeUpdate();
  }
}
