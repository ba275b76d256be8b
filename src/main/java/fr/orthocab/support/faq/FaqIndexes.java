package fr.orthocab.support.faq;

import fr.orthocab.support.customer.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The published articles' index, per language, kept on this node and checked against the database
 * on every use: one aggregate query (how many articles, the sum of their versions, the latest
 * change) tells whether any article was written, edited, published or withdrawn since, on any node;
 * if so the index is rebuilt. So it is never stale, and analysing hundreds of articles happens once
 * per change rather than at every keystroke.
 */
@ApplicationScoped
public class FaqIndexes {
  private record Snapshot(List<Object> fingerprint, Map<Language, FaqIndex> byLanguage) {}

  @PersistenceContext private EntityManager em;

  private final AtomicReference<Snapshot> current = new AtomicReference<>();

  public FaqIndex published(Language language) {
    // Any write changes one of these: an edit or a publication raises a version, a new article
    // the count and the ids, a deletion the count. Not max(updatedAt): PostgreSQL's driver hands
    // an aggregate back as a java.sql.Timestamp, which the Instant converter does not take.
    List<Object> fingerprint =
        Arrays.asList(
            (Object[])
                em.createQuery(
                        "select count(a), coalesce(sum(a.version), 0), coalesce(max(a.id), 0),"
                            + " coalesce(sum(a.id), 0) from FaqArticle a")
                    .getSingleResult());
    Snapshot snapshot = current.get();
    if (snapshot == null || !snapshot.fingerprint().equals(fingerprint)) {
      snapshot = new Snapshot(fingerprint, build());
      current.set(snapshot);
    }
    return snapshot.byLanguage().get(language);
  }

  private Map<Language, FaqIndex> build() {
    List<FaqArticle> published =
        em.createQuery("select a from FaqArticle a where a.status = :s", FaqArticle.class)
            .setParameter("s", FaqStatus.PUBLISHED)
            .getResultList();
    Map<Language, FaqIndex> byLanguage = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      byLanguage.put(
          language,
          FaqIndex.of(
              published.stream()
                  .map(
                      a ->
                          new FaqIndex.Entry(
                              a.getId(), a.title(language), RichText.plain(a.body(language))))
                  .toList()));
    }
    return byLanguage;
  }
}
