package fr.orthocab.support.satisfaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.ticket.Priority;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketCategory;
import fr.orthocab.support.ticket.TicketChannel;
import fr.orthocab.support.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SatisfactionFiguresTest {
  private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

  private static SatisfactionRating rating(
      TicketCategory category, String pack, Rating answer, Instant resolved, String comment) {
    Customer customer = new Customer("Martin", "Claire", "c@x.fr", Language.FR, MONDAY);
    Ticket ticket =
        new Ticket(
            customer,
            "Sujet",
            category,
            TicketChannel.PORTAL,
            Priority.NORMAL,
            TicketStatus.OPEN,
            resolved);
    SatisfactionRating rating =
        new SatisfactionRating(ticket, answer, RatedVia.MAIL, pack, resolved, resolved);
    rating.comment(comment);
    return rating;
  }

  @Test
  void theRateIsGoodOverGoodAndBadInEachGroup() {
    SatisfactionFigures figures =
        new SatisfactionFigures(
            List.of(
                rating(TicketCategory.BUG, "TELESOIN", Rating.GOOD, MONDAY, null),
                rating(TicketCategory.BUG, "TELESOIN", Rating.BAD, MONDAY, "Trop lent"),
                rating(TicketCategory.BUG, null, Rating.GOOD, MONDAY, null),
                rating(
                    TicketCategory.USAGE_QUESTION,
                    "GRATUIT",
                    Rating.GOOD,
                    MONDAY.plus(Duration.ofDays(7)),
                    null)));

    assertEquals(new RateRow("all", 3, 1), figures.getTotal());
    assertEquals(0.75, figures.getTotal().getRate());
    assertEquals(
        List.of(new RateRow("2026-W49", 2, 1), new RateRow("2026-W50", 1, 0)), figures.getByWeek());
    assertEquals(
        List.of(
            new RateRow(SatisfactionFigures.NONE, 1, 0),
            new RateRow("GRATUIT", 1, 0),
            new RateRow("TELESOIN", 1, 1)),
        figures.getByPack());
    assertEquals(
        List.of(new RateRow("BUG", 2, 1), new RateRow("USAGE_QUESTION", 1, 0)),
        figures.getByCategory());
    assertEquals(List.of(new RateRow(SatisfactionFigures.NONE, 3, 1)), figures.getByAgent());
    assertEquals("Trop lent", figures.comments(10).get(0).getComment());
    assertEquals(1, figures.comments(10).size());
  }

  @Test
  void noAnswersHaveNoRate() {
    SatisfactionFigures figures = new SatisfactionFigures(List.of());
    assertEquals(0, figures.getTotal().getAnswers());
    assertNull(figures.getTotal().getRate());
  }

  @Test
  void theLatestAnswerWinsAndABlankCommentClearsIt() {
    SatisfactionRating rating = rating(TicketCategory.BUG, null, Rating.BAD, MONDAY, " Lent ");
    assertEquals("Lent", rating.getComment());
    rating.rate(Rating.GOOD, RatedVia.PORTAL, MONDAY.plusSeconds(60));
    rating.comment("  ");
    assertEquals(Rating.GOOD, rating.getRating());
    assertEquals(RatedVia.PORTAL, rating.getRatedVia());
    assertNull(rating.getComment());
  }
}
