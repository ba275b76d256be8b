package fr.orthocab.support.faq;

import fr.orthocab.support.customer.Language;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Entry point of the FAQ: supervisors write, edit, publish and withdraw articles; the support team
 * lists them; customers search the published ones and get them suggested while they type.
 */
@Stateless
public class FaqArticles {
  /** The least share of a request's words an article must cover to be suggested. */
  public static final double SUGGESTION_THRESHOLD = 0.25;

  public static final int SUGGESTIONS = 3;
  static final double SEARCH_THRESHOLD = 0.08;
  static final int SEARCH_RESULTS = 20;

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private FaqIndexes indexes;

  /** Every article, or those of a category and status (null for any), by category then title. */
  public List<FaqArticle> list(FaqCategory category, FaqStatus status) {
    TypedQuery<FaqArticle> query =
        em.createQuery(
            "select a from FaqArticle a where (:category is null or a.category = :category)"
                + " and (:status is null or a.status = :status) order by a.category, a.titleFr",
            FaqArticle.class);
    return query.setParameter("category", category).setParameter("status", status).getResultList();
  }

  public Optional<FaqArticle> find(long id) {
    return Optional.ofNullable(em.find(FaqArticle.class, id));
  }

  /** An article a customer may read: a published one. */
  public Optional<FaqArticle> published(long id) {
    return find(id).filter(FaqArticle::isPublished);
  }

  @RolesAllowed("SUPERVISOR")
  public FaqArticle write(@NotNull @Valid FaqText text, @NotBlank String by) {
    FaqArticle article = new FaqArticle(text, by, clock.instant());
    em.persist(article);
    return article;
  }

  /** New texts; refused if someone changed the article since the supervisor opened it. */
  @RolesAllowed("SUPERVISOR")
  public FaqArticle edit(long id, long version, @NotNull @Valid FaqText text, @NotBlank String by) {
    FaqArticle article = current(id, version);
    article.edit(text, by, clock.instant());
    return article;
  }

  @RolesAllowed("SUPERVISOR")
  public FaqArticle publish(long id, long version, @NotBlank String by) {
    FaqArticle article = current(id, version);
    article.publish(by, clock.instant());
    return article;
  }

  @RolesAllowed("SUPERVISOR")
  public FaqArticle unpublish(long id, long version, @NotBlank String by) {
    FaqArticle article = current(id, version);
    article.unpublish(by, clock.instant());
    return article;
  }

  private FaqArticle current(long id, long version) {
    FaqArticle article =
        find(id).orElseThrow(() -> new IllegalArgumentException("No FAQ article " + id));
    if (article.getVersion() != version) {
      throw new OptimisticLockException(article);
    }
    return article;
  }

  /** Published articles matching a customer's search, best first. */
  public List<FaqArticle> search(String query, @NotNull Language language) {
    return ranked(query, language, SEARCH_RESULTS, SEARCH_THRESHOLD);
  }

  /**
   * The few published articles that may answer the request the customer is typing: an article the
   * subject alone names stays suggested however long the description grows.
   */
  public List<FaqArticle> suggest(String subject, String description, @NotNull Language language) {
    return articles(
        indexes
            .published(language)
            .suggest(
                Objects.requireNonNullElse(subject, ""),
                Objects.requireNonNullElse(description, ""),
                SUGGESTIONS,
                SUGGESTION_THRESHOLD));
  }

  private List<FaqArticle> ranked(String query, Language language, int limit, double threshold) {
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return articles(indexes.published(language).search(query, limit, threshold));
  }

  private List<FaqArticle> articles(List<FaqIndex.Hit> hits) {
    if (hits.isEmpty()) {
      return List.of();
    }
    Map<Long, FaqArticle> found =
        em.createQuery(
                "select a from FaqArticle a where a.id in :ids and a.status = :published",
                FaqArticle.class)
            .setParameter("ids", hits.stream().map(FaqIndex.Hit::id).toList())
            .setParameter("published", FaqStatus.PUBLISHED)
            .getResultStream()
            .collect(Collectors.toMap(FaqArticle::getId, Function.identity()));
    return hits.stream().map(h -> found.get(h.id())).filter(a -> a != null).toList();
  }
}
