package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.queueview.BuiltInView;
import fr.orthocab.support.queueview.SavedView;
import fr.orthocab.support.queueview.SavedViews;
import fr.orthocab.support.queueview.ViewCounts;
import fr.orthocab.support.queueview.ViewCriteria;
import fr.orthocab.support.queueview.ViewKey;
import fr.orthocab.support.queueview.ViewRefused;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The queue's views: the one asked in the address ({@code ?view=}), else, unless the address
 * chooses filters itself (the dashboard's and the search's links), the one the agent opened last;
 * the built-in and the agent's own views with their counts, counted once when the page opens; and
 * saving, renaming and deleting the agent's own.
 */
@Named("queueViews")
@ViewScoped
public class QueueViewsBacking implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> FILTER_PARAMETERS = List.of("status", "sla", "q");

  @Inject private QueueBacking queue;
  @Inject private SavedViews savedViews;
  @Inject private ViewCounts viewCounts;
  @Inject private CurrentAccount me;

  private String view;
  private String current;
  private List<SavedView> saved;
  private Map<String, Integer> counts;
  private String name;
  private Long renamed;

  /** Opens the view the address or the agent's memory names. */
  public void open() {
    Map<String, String> asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    Optional<String> last = savedViews.last(account());
    if (view == null && FILTER_PARAMETERS.stream().anyMatch(p -> asked.get(p) != null)) {
      return;
    }
    String key = view != null ? view : last.orElse(BuiltInView.OPEN);
    Optional<ViewCriteria> criteria = criteriaOf(key);
    if (criteria.isEmpty()) {
      key = BuiltInView.OPEN;
      criteria = criteriaOf(key);
    }
    queue.getForm().show(criteria.orElseThrow());
    current = key;
    if (!last.equals(Optional.of(key))) {
      savedViews.remember(account(), key);
    }
  }

  private Optional<ViewCriteria> criteriaOf(String key) {
    Optional<ViewCriteria> builtIn = BuiltInView.byKey(key).map(BuiltInView::criteria);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    return getSaved().stream()
        .filter(v -> v.key().equals(key))
        .findFirst()
        .map(SavedView::criteria);
  }

  /**
   * Whether the key's view is on show, as it is: a filter changed since makes another one; filters
   * that an address chose are the view they equal.
   */
  public boolean isCurrent(String key) {
    return (current == null || key.equals(current))
        && criteriaOf(key).map(queue.getForm().criteria()::equals).orElse(false);
  }

  public List<BuiltInView> getBuiltIn() {
    return BuiltInView.views();
  }

  public List<SavedView> getSaved() {
    if (saved == null) {
      saved = savedViews.of(account());
    }
    return saved;
  }

  public Integer count(String key) {
    if (counts == null) {
      Map<String, ViewCriteria> views = new LinkedHashMap<>();
      Stream.concat(
              getBuiltIn().stream().map(v -> Map.entry(v.key(), v.criteria())),
              getSaved().stream().map(v -> Map.entry(v.key(), v.criteria())))
          .forEach(e -> views.put(e.getKey(), e.getValue()));
      counts = viewCounts.count(views, me.getEmail());
    }
    return counts.get(key);
  }

  /** Keeps the filters on show under a name, and opens the new view at its address. */
  public String save() {
    try {
      SavedView kept = savedViews.save(account(), name, queue.getForm().criteria());
      Pages.info("admin_tickets_queue.views.saved", kept.getName());
      return reopen(kept.key());
    } catch (ViewRefused refused) {
      Pages.error("admin_tickets_queue.views.refused." + refused.getReason());
      return null;
    }
  }

  /** Prepares the rename dialog for one of the agent's views. */
  public void startRename(SavedView one) {
    renamed = one.getId();
    name = one.getName();
  }

  public String rename() {
    try {
      savedViews.rename(account(), renamed, name);
      return reopen(current);
    } catch (ViewRefused refused) {
      Pages.error("admin_tickets_queue.views.refused." + refused.getReason());
      return null;
    }
  }

  public String delete(long id) {
    try {
      savedViews.delete(account(), id);
      return reopen(ViewKey.saved(id).equals(current) ? BuiltInView.OPEN : current);
    } catch (ViewRefused refused) {
      Pages.error("admin_tickets_queue.views.refused." + refused.getReason());
      return null;
    }
  }

  /** The queue again, on that view (or the last one), its counts and names read anew. */
  private static String reopen(String key) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/admin/tickets/queue?faces-redirect=true" + (key == null ? "" : "&view=" + key);
  }

  /** A message with the view's name, for a button's title. */
  public String said(String key, String viewName) {
    return Pages.text(key, viewName);
  }

  private Account account() {
    return me.required();
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
