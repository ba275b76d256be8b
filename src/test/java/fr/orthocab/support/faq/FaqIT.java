package fr.orthocab.support.faq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.customer.Language;
import fr.orthocab.support.portal.SuggestedArticle;
import fr.orthocab.support.subscription.Pack;
import fr.orthocab.support.testing.AsSupervisor;
import fr.orthocab.support.testing.Deployments;
import fr.orthocab.support.testing.TestCustomers;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The FAQ on the real database: a published article is found (and suggested) in the customer's
 * language, a draft or a withdrawn one never reaches customers, only supervisors write, a stale
 * edit is refused, and deflections count into the rate. Each article carries a word of its own, so
 * that other articles (the demo's, other tests') never interfere.
 */
@ExtendWith(ArquillianExtension.class)
class FaqIT {
  @Deployment
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  @Inject private FaqArticles articles;
  @Inject private FaqDeflections deflections;
  @Inject private AsSupervisor asSupervisor;
  @Inject private TestCustomers customers;

  private final String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);

  private FaqArticle write(FaqText text, boolean publish) throws Exception {
    return asSupervisor.call(
        () -> {
          FaqArticle written = articles.write(text, "Nadia");
          return publish
              ? articles.publish(written.getId(), written.getVersion(), "Nadia")
              : written;
        });
  }

  private static List<Long> ids(List<FaqArticle> found) {
    return found.stream().map(FaqArticle::getId).toList();
  }

  @Test
  void aPublishedArticleIsFoundAndADraftIsNot() throws Exception {
    FaqArticle published =
        write(
            new FaqText(
                FaqCategory.AGENDA,
                "Synchroniser l'agenda " + word,
                "<p>Ouvrez les paramètres de l'agenda " + word + ".</p>",
                null,
                null),
            true);
    FaqArticle draft =
        write(
            new FaqText(
                FaqCategory.AGENDA,
                "Brouillon sur l'agenda " + word,
                "<p>Pas encore prêt " + word + ".</p>",
                null,
                null),
            false);

    List<Long> found = ids(articles.search("synchroniser agenda " + word, Language.FR));
    assertTrue(found.contains(published.getId()), found.toString());
    assertTrue(!found.contains(draft.getId()), "a draft is not for customers");
    assertEquals(
        published.getId(), articles.suggest("agenda " + word, "", Language.FR).get(0).getId());
    assertTrue(articles.published(draft.getId()).isEmpty());
    assertTrue(ids(articles.list(FaqCategory.AGENDA, FaqStatus.DRAFT)).contains(draft.getId()));

    FaqArticle current = articles.find(published.getId()).orElseThrow();
    asSupervisor.call(() -> articles.unpublish(current.getId(), current.getVersion(), "Nadia"));
    assertTrue(
        !ids(articles.search("synchroniser agenda " + word, Language.FR))
            .contains(published.getId()),
        "withdrawn: gone from the search at once");
  }

  @Test
  void anEnglishCustomerReadsTheEnglishTextWhenThereIsOne() throws Exception {
    FaqArticle article =
        write(
            new FaqText(
                FaqCategory.PASSWORD,
                "Réinitialiser le mot de passe " + word,
                "<p>Cliquez sur « Mot de passe oublié » " + word + ".</p>",
                "Resetting the password " + word,
                "<p>Click <em>Forgotten password</em> " + word + ".</p>"),
            true);
    FaqArticle found = articles.search("password " + word, Language.EN).get(0);
    assertEquals(article.getId(), found.getId());
    assertEquals("Resetting the password " + word, found.title(Language.EN));
    assertEquals("<p>Click <em>Forgotten password</em> " + word + ".</p>", found.body(Language.EN));
    assertEquals("Réinitialiser le mot de passe " + word, found.title(Language.FR));
    assertFalse(SuggestedArticle.of(found, Language.EN).frenchOnly());
  }

  @Test
  void anEnglishCustomerIsToldWhichArticlesAreInFrenchOnly() throws Exception {
    FaqArticle french =
        write(
            new FaqText(
                FaqCategory.AGENDA, "Imprimer l'agenda " + word, "<p>" + word + "</p>", null, null),
            true);
    SuggestedArticle shown = SuggestedArticle.of(french, Language.EN);
    assertEquals("Imprimer l'agenda " + word, shown.title());
    assertTrue(shown.frenchOnly(), "shown in French to an English reader: said so");
    assertFalse(SuggestedArticle.of(french, Language.FR).frenchOnly());
  }

  @Test
  void onlySupervisorsWriteAndAStaleEditIsRefused() throws Exception {
    FaqText text =
        new FaqText(FaqCategory.OTHER, "Titre " + word, "<p>Texte " + word + "</p>", null, null);
    Exception refused = assertThrows(Exception.class, () -> articles.write(text, "Lucie"));
    assertTrue(causedBy(refused, EJBAccessException.class), refused.toString());

    FaqArticle article = write(text, false);
    long opened = articles.find(article.getId()).orElseThrow().getVersion();
    asSupervisor.call(() -> articles.edit(article.getId(), opened, text, "Nadia"));
    assertThrows(
        Exception.class,
        () -> asSupervisor.call(() -> articles.edit(article.getId(), opened, text, "Thomas")));
  }

  @Test
  void deflectionsCountIntoTheRate() throws Exception {
    FaqArticle article =
        write(
            new FaqText(FaqCategory.OTHER, "Rate " + word, "<p>" + word + "</p>", null, null),
            true);
    Customer customer =
        customers.subscribed(Pack.FREE, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
    FaqDeflections.DeflectionRate before = deflections.lastThirtyDays();
    deflections.suggested(customer.getId());
    deflections.suggested(customer.getId());
    deflections.deflected(article.getId(), customer.getId());
    FaqDeflections.DeflectionRate after = deflections.lastThirtyDays();
    assertEquals(before.shown() + 2, after.shown());
    assertEquals(before.deflected() + 1, after.deflected());
    assertEquals(50L, new FaqDeflections.DeflectionRate(1, 2).percent());
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
