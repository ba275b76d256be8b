package fr.orthocab.support.queueview;

import fr.orthocab.support.account.Account;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for the queue's views an agent keeps: each agent saves, lists, opens, renames and
 * deletes their own, and only theirs (another's is "not found"); and the queue remembers the view
 * each member opened last.
 */
@Stateless
public class SavedViews {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The owner's views, by name. */
  public List<SavedView> of(@NotNull Account owner) {
    return em.createQuery(
            "select v from SavedView v where v.owner.id = :owner order by lower(v.name), v.id",
            SavedView.class)
        .setParameter("owner", owner.getId())
        .getResultList();
  }

  public SavedView save(@NotNull Account owner, String name, @NotNull ViewCriteria criteria) {
    SavedView view = new SavedView(owner, name, criteria, clock.instant());
    checkFree(owner, view.getName(), null);
    em.persist(view);
    return view;
  }

  /** The owner's view of that id; another agent's is not found. */
  public Optional<SavedView> find(@NotNull Account owner, long id) {
    return Optional.ofNullable(em.find(SavedView.class, id)).filter(v -> v.isOwnedBy(owner));
  }

  public SavedView rename(@NotNull Account owner, long id, String name) {
    SavedView view = owned(owner, id);
    String kept = SavedView.checkedName(name);
    checkFree(owner, kept, id);
    view.rename(kept);
    return view;
  }

  public void delete(@NotNull Account owner, long id) {
    em.remove(owned(owner, id));
  }

  /** Keeps the view the member opened, for the next time they open the queue. */
  public void remember(@NotNull Account account, @NotNull String key) {
    LastView last = em.find(LastView.class, account.getId());
    if (last == null) {
      em.persist(new LastView(account.getId(), key, clock.instant()));
    } else {
      last.open(key, clock.instant());
    }
  }

  /** The key of the view the member opened last, if any. */
  public Optional<String> last(@NotNull Account account) {
    return Optional.ofNullable(em.find(LastView.class, account.getId())).map(LastView::getViewKey);
  }

  private SavedView owned(Account owner, long id) {
    return find(owner, id).orElseThrow(() -> new ViewRefused(ViewRefused.Reason.NOT_FOUND));
  }

  /** Names are unique per owner, case aside; the table's constraint backs this check. */
  private void checkFree(Account owner, String name, Long except) {
    boolean taken =
        !em.createQuery(
                "select v.id from SavedView v where v.owner.id = :owner"
                    + " and lower(v.name) = lower(:name) and v.id <> :except",
                Long.class)
            .setParameter("owner", owner.getId())
            .setParameter("name", name)
            .setParameter("except", except == null ? -1L : except)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new ViewRefused(ViewRefused.Reason.NAME_TAKEN);
    }
  }
}
