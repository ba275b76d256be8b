package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.queueview.BuiltInView;
import fr.orthocab.support.queueview.SavedView;
import fr.orthocab.support.queueview.SavedViews;
import fr.orthocab.support.queueview.ViewKey;
import fr.orthocab.support.queueview.ViewRefused;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The queue's dialogs on the agent's own views: the filters on show saved under a name, a view
 * renamed or deleted; each then opens the queue anew, its views and counts read again.
 */
@Named("queueViewEdits")
@ViewScoped
public class QueueViewEditsBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private QueueBacking queue;
  @Inject private QueueViewsBacking views;
  @Inject private SavedViews savedViews;
  @Inject private CurrentAccount me;

  private String name;
  private Long renamed;

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
      if (renamed == null) {
        throw new ViewRefused(ViewRefused.Reason.NOT_FOUND);
      }
      savedViews.rename(account(), renamed, name);
      return reopen(views.getCurrent());
    } catch (ViewRefused refused) {
      Pages.error("admin_tickets_queue.views.refused." + refused.getReason());
      return null;
    }
  }

  public String delete(long id) {
    try {
      savedViews.delete(account(), id);
      return reopen(
          ViewKey.saved(id).equals(views.getCurrent()) ? BuiltInView.OPEN : views.getCurrent());
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
