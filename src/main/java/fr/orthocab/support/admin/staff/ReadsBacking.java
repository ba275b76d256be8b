package fr.orthocab.support.admin.staff;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.reads.StaffRead;
import fr.orthocab.support.reads.StaffReads;
import fr.orthocab.support.staff.Staff;
import fr.orthocab.support.staff.StaffRefused;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.OptionalLong;

/** A supervisor's list of what one member of staff read of the customers' data, newest first. */
@Named
@RequestScoped
public class ReadsBacking {
  static final int SHOWN = StaffReads.MAX_LIST;

  @Inject private Staff staff;
  @Inject private StaffReads reads;

  private String id;
  private Account member;
  private List<StaffRead> list;

  public void load() {
    OptionalLong memberId = Pages.id(id);
    try {
      member = memberId.isPresent() ? staff.member(memberId.getAsLong()) : null;
    } catch (StaffRefused unknown) {
      member = null;
    }
    if (member == null) {
      Pages.notFound();
      return;
    }
    list = reads.ofReader(member.getId(), SHOWN);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Account getMember() {
    return member;
  }

  public List<StaffRead> getList() {
    return list;
  }
}
