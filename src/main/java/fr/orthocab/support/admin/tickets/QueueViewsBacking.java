package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.queueview.BuiltInView;
import fr.orthocab.support.queueview.SavedView;
import fr.orthocab.support.queueview.SavedViews;
import fr.orthocab.support.queueview.ViewCounts;
import fr.orthocab.support.queueview.ViewCriteria;
import fr.orthocab.support.web.CurrentAccount;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queue's views: the one asked in the address ({@code ?view=}), else, unless the address
 * chooses filters itself (the dashboard's and the search's links), the one the agent opened last;
 * the built-in and the agent's own views with their counts, counted once when the page opens
 * ({@link QueueViewEditsBacking} saves, renames and deletes the agent's own).
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

  /** Opens the view the address or the agent's memory names. */
  public void open() {
    Map<String, String> asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if (view == null && FILTER_PARAMETERS.stream().anyMatch(p -> asked.get(p) != null)) {
      return;
    }
    Optional<String> last = savedViews.last(account());
    String key =
        Optional.ofNullable(view)
            .or(() -> last)
            .filter(k -> criteriaOf(k).isPresent())
            .orElse(BuiltInView.OPEN);
    queue.getForm().show(criteriaOf(key).orElseThrow());
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
      counts = viewCounts.count(getSaved(), me.getEmail());
    }
    return counts.get(key);
  }

  private Account account() {
    return me.required();
  }

  /** The key of the view on show, if the page opened one. */
  String getCurrent() {
    return current;
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }
}
