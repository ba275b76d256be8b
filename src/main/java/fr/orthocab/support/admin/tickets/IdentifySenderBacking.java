package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.intake.Intake;
import fr.orthocab.support.ticket.IllegalTransition;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.web.CurrentAccount;
import fr.orthocab.support.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The identification form of a request from an unknown sender (ID-INFO): an agent enters the
 * surname, first name and login email the sender gave; if they are a customer's, the request goes
 * on through the rules, otherwise nothing changes but the attempt on record.
 */
@Named("identification")
@RequestScoped
public class IdentifySenderBacking {
  @Inject private ShowTicketBacking page;
  @Inject private Intake intake;
  @Inject private CurrentAccount me;

  @NotBlank
  @Size(max = 100)
  private String surname;

  @NotBlank
  @Size(max = 100)
  private String firstName;

  @NotBlank
  @Email
  @Size(max = 254)
  private String loginEmail;

  public void identify() {
    Ticket ticket = page.getTicket();
    try {
      Optional<Ticket> identified =
          intake.identify(
              ticket.getId(), surname, firstName, loginEmail, me.required().getDisplayName());
      if (identified.isPresent()) {
        Pages.info("admin_tickets_show.identified", identified.get().getRequesterName());
      } else {
        Pages.error("admin_tickets_show.notIdentified");
      }
    } catch (IllegalTransition e) {
      Pages.error("admin_tickets_show.illegalTransition");
    }
    page.reload();
  }

  public String getSurname() {
    return surname;
  }

  public void setSurname(String surname) {
    this.surname = surname;
  }

  public String getFirstName() {
    return firstName;
  }

  public void setFirstName(String firstName) {
    this.firstName = firstName;
  }

  public String getLoginEmail() {
    return loginEmail;
  }

  public void setLoginEmail(String loginEmail) {
    this.loginEmail = loginEmail;
  }
}
