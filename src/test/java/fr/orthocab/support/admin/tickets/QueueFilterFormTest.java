package fr.orthocab.support.admin.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.orthocab.support.queueview.BuiltInView;
import fr.orthocab.support.queueview.ViewCriteria;
import fr.orthocab.support.ticket.TicketStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueFilterFormTest {
  @Test
  void aViewShownIsTheCombinationTheFormGivesBack() {
    for (BuiltInView view : BuiltInView.views()) {
      QueueFilterForm form = new QueueFilterForm();
      form.show(view.criteria());
      assertEquals(view.criteria(), form.criteria(), view.key());
    }
  }

  @Test
  void theFormStartsOnRequestsAwaitingAnAgentAsTheOpenView() {
    assertEquals(
        BuiltInView.byKey(BuiltInView.OPEN).orElseThrow().criteria(),
        new QueueFilterForm().criteria());
  }

  @Test
  void anAddressMayAskForAGroupOfStatusesButNothingUnknown() {
    QueueFilterForm form = new QueueFilterForm();
    form.setStatus("HELD");
    assertEquals(3, form.filter("lucie@orthocab.fr").statuses().size());
    form.setStatus("WAITING_ON_CUSTOMER");
    assertEquals(
        Set.of(TicketStatus.WAITING_ON_CUSTOMER), form.filter("lucie@orthocab.fr").statuses());
    form.setStatus("<script>");
    assertEquals(ViewCriteria.ofStatus("ALL"), form.criteria());
  }
}
