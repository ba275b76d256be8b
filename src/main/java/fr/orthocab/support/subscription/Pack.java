package fr.orthocab.support.subscription;

import fr.orthocab.support.customer.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A service offer of Orthocab, free or paid; priority packs put their customers first. */
@Entity
@Table(name = "pack")
public class Pack implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String TELESOIN = "TELESOIN";
  public static final String FREE = "GRATUIT";

  @Id
  @SequenceGenerator(name = "pack_seq", sequenceName = "pack_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pack_seq")
  private Long id;

  @Column(name = "code", nullable = false, unique = true)
  private String code;

  @Column(name = "name_fr", nullable = false)
  private String nameFr;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "paid", nullable = false)
  private boolean paid;

  @Column(name = "priority", nullable = false)
  private boolean priority;

  protected Pack() {}

  public Pack(String code, String nameFr, String nameEn, boolean paid, boolean priority) {
    this.code = Objects.requireNonNull(code);
    this.nameFr = Objects.requireNonNull(nameFr);
    this.nameEn = Objects.requireNonNull(nameEn);
    this.paid = paid;
    this.priority = priority;
  }

  public String name(Language language) {
    return language == Language.EN ? nameEn : nameFr;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  public String getNameFr() {
    return nameFr;
  }

  public String getNameEn() {
    return nameEn;
  }

  public boolean isPaid() {
    return paid;
  }

  public boolean isPriority() {
    return priority;
  }
}
