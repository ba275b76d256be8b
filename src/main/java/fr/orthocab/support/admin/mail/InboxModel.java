package fr.orthocab.support.admin.mail;

import fr.orthocab.support.mail.inbound.InboundMail;
import fr.orthocab.support.mail.inbound.InboundMails;
import fr.orthocab.support.mail.inbound.InboundOutcome;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Feeds the mailbox's lazy table from the database, one page at a time, newest first. */
public class InboxModel extends LazyDataModel<InboundMail> {
  private static final long serialVersionUID = 1L;

  private final InboundMails inboundMails;
  private final InboundOutcome outcome;

  InboxModel(InboundMails inboundMails, InboundOutcome outcome) {
    this.inboundMails = inboundMails;
    this.outcome = outcome;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return Math.toIntExact(inboundMails.count(outcome));
  }

  @Override
  public List<InboundMail> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return inboundMails.page(outcome, first, pageSize);
  }

  @Override
  public String getRowKey(InboundMail mail) {
    return String.valueOf(mail.getId());
  }

  @Override
  public InboundMail getRowData(String rowKey) {
    List<InboundMail> page = getWrappedData();
    if (page == null) {
      return null;
    }
    return page.stream().filter(m -> getRowKey(m).equals(rowKey)).findFirst().orElse(null);
  }
}
