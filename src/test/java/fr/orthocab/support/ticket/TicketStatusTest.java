package fr.orthocab.support.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ticket's life cycle as a table: every status against every action, written out once here, so
 * that a change of what a status allows is a visible change of this test.
 */
class TicketStatusTest {
  private static final String TABLE =
      """
                              IDENTIFY RELEASE HOLD_FOR_RENEWAL COMMENT REPLY NOTE ASSIGN CLEAR_FLAG WAIT_ON_CUSTOMER RESOLVE REOPEN CLOSE REFUSE LIFT_REFUSAL MERGE
      OPEN                    -        -       x                x       x     x    x      x          x                x       -      x     x      -            x
      WAITING_ON_CUSTOMER     -        -       x                x       x     x    x      x          -                x       x      x     x      -            x
      RESOLVED                -        -       -                x       x     x    x      x          -                -       x      x     x      -            x
      CLOSED                  -        -       -                -       -     x    -      -          -                -       -      -     -      -            -
      AWAITING_RENEWAL        -        x       -                x       x     x    x      x          -                -       -      x     x      -            -
      THROTTLED               -        x       -                x       x     x    x      x          -                -       -      x     x      -            -
      AWAITING_IDENTIFICATION x        -       -                x       x     x    x      x          -                -       -      x     x      -            -
      REFUSED                 -        -       -                -       x     x    x      x          -                -       -      x     -      x            -
      MERGED                  -        -       -                -       -     x    -      -          -                -       -      -     -      -            -
      """;

  @Test
  void eachStatusAllowsExactlyTheActionsOfItsRow() {
    List<String> lines = TABLE.strip().lines().toList();
    List<String> header = Arrays.asList(lines.get(0).strip().split("\\s+"));
    assertEquals(
        Arrays.stream(TicketAction.values()).map(Enum::name).toList(),
        header,
        "every action, in order");
    List<String> statuses = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.strip().split("\\s+");
      TicketStatus status = TicketStatus.valueOf(cells[0]);
      statuses.add(status.name());
      for (int i = 0; i < header.size(); i++) {
        TicketAction action = TicketAction.valueOf(header.get(i));
        assertEquals(cells[i + 1].equals("x"), status.allows(action), status + " allows " + action);
      }
    }
    assertEquals(
        Arrays.stream(TicketStatus.values()).map(Enum::name).toList(),
        statuses,
        "every status, in order");
  }

  @Test
  void theCustomerWritesWhereTheTableLetsThemComment() {
    for (TicketStatus status : TicketStatus.values()) {
      assertEquals(
          status.allows(TicketAction.COMMENT), status.acceptsCustomerMessages(), "" + status);
    }
  }
}
