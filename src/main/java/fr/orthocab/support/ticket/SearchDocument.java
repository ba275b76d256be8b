package fr.orthocab.support.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A ticket's words as searches read them: its terms ({@code " term term "}, see {@link
 * fr.orthocab.support.text.SearchTerms#written}), or none while the ticket waits for the sweep that
 * indexes tickets older than search. Written through {@link SearchDocuments} only.
 */
@Entity
@Table(name = "ticket_search")
public class SearchDocument implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "ticket_id")
  private Long ticketId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id")
  private Ticket ticket;

  @Lob
  @Column(name = "terms")
  private String terms;

  protected SearchDocument() {}

  SearchDocument(Ticket ticket, String terms) {
    this.ticket = Objects.requireNonNull(ticket, "ticket");
    this.terms = Objects.requireNonNull(terms, "terms");
  }

  public Long getTicketId() {
    return ticketId;
  }

  /** The terms, or null while the document waits to be indexed. */
  public String getTerms() {
    return terms;
  }
}
