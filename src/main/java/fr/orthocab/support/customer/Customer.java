package fr.orthocab.support.customer;

import fr.orthocab.support.platform.ShownText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A customer of Orthocab, identified by surname, first name and login email (ID-INFO). */
@Entity
@Table(name = "customer")
public class Customer implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @SequenceGenerator(name = "customer_seq", sequenceName = "customer_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_seq")
  private Long id;

  @NotBlank
  @Size(max = 100)
  @Column(name = "surname", nullable = false)
  private String surname;

  @NotBlank
  @Size(max = 100)
  @Column(name = "first_name", nullable = false)
  private String firstName;

  @NotBlank
  @Email
  @Size(max = 254)
  @Column(name = "email", nullable = false)
  private String email;

  @Column(name = "email_key", nullable = false, unique = true)
  private String emailKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "language", nullable = false)
  private Language language;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /**
   * Whether mail to this customer carries links to the portal instead of message content (health
   * data): null follows the desk's setting.
   */
  @Column(name = "mail_links_only")
  private Boolean mailLinksOnly;

  /** Whether the customer wants the acknowledgement of each new request by mail (their choice). */
  @Column(name = "mail_acknowledgements", nullable = false)
  private boolean mailAcknowledgements = true;

  /** Whether the customer wants to be asked by mail if an answer helped (their choice). */
  @Column(name = "mail_satisfaction", nullable = false)
  private boolean mailSatisfaction = true;

  /** When the customer was erased on request; their names and email are then a pseudonym. */
  @Column(name = "erased_at")
  private Instant erasedAt;

  protected Customer() {}

  public Customer(
      String surname, String firstName, String email, Language language, Instant createdAt) {
    this.surname = requireText(surname, "surname");
    this.firstName = requireText(firstName, "first name");
    this.email = requireText(email, "email").trim();
    this.emailKey = EmailKey.of(email);
    this.language = Objects.requireNonNull(language, "language");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  private static String requireText(String value, String what) {
    String shown = ShownText.line(value);
    if (shown == null || shown.isBlank()) {
      throw new IllegalArgumentException("A customer needs a " + what);
    }
    return shown.trim();
  }

  /**
   * Replaces the customer's names and email by a pseudonym of their id (GDPR article 17): the email
   * is on the reserved {@code .invalid} domain, so that it stays unique and the real one is free
   * for a new customer.
   */
  public void erase(Instant at) {
    if (erasedAt != null) {
      throw new IllegalStateException("Customer " + id + " is already erased");
    }
    this.surname = "effacé n° " + id;
    this.firstName = "Client";
    this.email = erasedEmail(id);
    this.emailKey = EmailKey.of(email);
    this.mailLinksOnly = Boolean.TRUE;
    this.mailAcknowledgements = false;
    this.mailSatisfaction = false;
    this.erasedAt = Objects.requireNonNull(at, "at");
  }

  /** The email an erased customer is named by. */
  public static String erasedEmail(long customerId) {
    return "erased-" + customerId + "@invalid";
  }

  public boolean isErased() {
    return erasedAt != null;
  }

  public Instant getErasedAt() {
    return erasedAt;
  }

  public void preferLanguage(Language language) {
    this.language = Objects.requireNonNull(language);
  }

  public String fullName() {
    return firstName + " " + surname;
  }

  public Long getId() {
    return id;
  }

  public String getSurname() {
    return surname;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getEmail() {
    return email;
  }

  public Language getLanguage() {
    return language;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** True, false, or null for the desk's default. */
  public Boolean getMailLinksOnly() {
    return mailLinksOnly;
  }

  /** The optional mails the customer chose; every answer is mailed whatever they choose. */
  public void chooseMails(boolean acknowledgements, boolean satisfaction) {
    this.mailAcknowledgements = acknowledgements;
    this.mailSatisfaction = satisfaction;
  }

  public boolean isMailAcknowledgements() {
    return mailAcknowledgements;
  }

  public boolean isMailSatisfaction() {
    return mailSatisfaction;
  }

  public void mailLinksOnly(Boolean linksOnly) {
    this.mailLinksOnly = linksOnly;
  }
}
