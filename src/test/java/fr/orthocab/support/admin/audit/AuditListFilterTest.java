package fr.orthocab.support.admin.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditFilter;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditListFilterTest {
  private static AuditFilter parse(AuditListFilter filter) {
    return filter.toFilter(
        email -> email.equals("claire@example.fr") ? Optional.of(41L) : Optional.empty());
  }

  @Test
  void daysAreWholeDaysOfParisBothIncluded() {
    AuditListFilter filter = new AuditListFilter();
    filter.setSince("2026-03-29");
    filter.setUntil("2026-03-29");
    AuditFilter parsed = parse(filter);
    assertEquals(Instant.parse("2026-03-28T23:00:00Z"), parsed.since());
    assertEquals(Instant.parse("2026-03-29T22:00:00Z"), parsed.until(), "summer time began");
  }

  @Test
  void referencesEmailsAndNumbersNameTicketsAndCustomers() {
    AuditListFilter filter = new AuditListFilter();
    filter.setTicket(" oc-12 ");
    filter.setCustomer("claire@example.fr");
    filter.setWhat("TICKET_ASSIGNED");
    filter.setWho("  lucie ");
    AuditFilter parsed = parse(filter);
    assertEquals(12L, parsed.ticketId());
    assertEquals(41L, parsed.customerId());
    assertEquals(AuditAction.TICKET_ASSIGNED, parsed.action());
    assertEquals("lucie", parsed.actorText());
    filter.setTicket("12");
    filter.setCustomer("7");
    assertEquals(12L, parse(filter).ticketId());
    assertEquals(7L, parse(filter).customerId());
  }

  @Test
  void nothingTypedIsNoFilter() {
    AuditFilter parsed = parse(new AuditListFilter());
    assertEquals(AuditFilter.none(), parsed);
    assertNull(parsed.actorText());
  }

  @Test
  void eachMistakeIsNamedByItsMessageKey() {
    assertProblem(
        "admin_audit_list.badPeriod",
        f -> {
          f.setSince("2026-03-30");
          f.setUntil("2026-03-29");
        });
    assertProblem("admin_audit_list.badDate", f -> f.setSince("29/03/2026"));
    assertProblem("admin_audit_list.badAction", f -> f.setWhat("DROPPED_TABLES"));
    assertProblem("admin_audit_list.badTicket", f -> f.setTicket("OC-x"));
    assertProblem("admin_audit_list.badTicket", f -> f.setTicket("0"));
    assertProblem("admin_audit_list.badCustomer", f -> f.setCustomer("Claire"));
    assertProblem("admin_audit_list.unknownCustomer", f -> f.setCustomer("nobody@example.fr"));
  }

  private static void assertProblem(
      String key, java.util.function.Consumer<AuditListFilter> typed) {
    AuditListFilter filter = new AuditListFilter();
    typed.accept(filter);
    assertEquals(
        key, assertThrows(IllegalArgumentException.class, () -> parse(filter)).getMessage());
  }
}
