package fr.orthocab.support.ticket;

import fr.orthocab.support.platform.ShownText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who a request says it comes from, before the desk knows them as a customer (ID-INFO). */
public record Sender(
    @NotBlank @Email @Size(max = 320) String email,
    @Size(max = 100) String surname,
    @Size(max = 100) String firstName) {

  public Sender {
    email = email == null ? null : email.strip();
    surname = blankToNull(surname);
    firstName = blankToNull(firstName);
  }

  private static String blankToNull(String value) {
    String shown = ShownText.line(value);
    return shown == null || shown.isBlank() ? null : shown.strip();
  }
}
