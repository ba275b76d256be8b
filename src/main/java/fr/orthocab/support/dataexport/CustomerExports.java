package fr.orthocab.support.dataexport;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditActor;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.customer.Customer;
import fr.orthocab.support.reads.ReadKind;
import fr.orthocab.support.reads.StaffReads;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Entry point of the customers' exports: all of one customer's data as a ZIP written to a stream,
 * read in one transaction. The customer's own download; a member of staff's, which is recorded in
 * the audit trail and among the reads of the customer's data.
 */
@Stateless
public class CustomerExports {
  /** The name of the JSON document in the ZIP. */
  public static final String DOCUMENT = "customer.json";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditTrail trail;
  @Inject private StaffReads reads;

  /** The customer, if there is one of that id. */
  public Optional<Customer> customer(long customerId) {
    return Optional.ofNullable(em.find(Customer.class, customerId));
  }

  /** The name the ZIP is downloaded under. */
  public String fileName(long customerId) {
    return "orthocab-donnees-client-" + customerId + ".zip";
  }

  /** The customer's own export, to themselves. */
  public void writeOwn(long customerId, @NotNull OutputStream out) {
    write(required(customerId), out);
  }

  /** A customer's export for a member of staff: recorded, then written. */
  public void writeFor(@NotNull AuditActor reader, long customerId, @NotNull OutputStream out) {
    Customer customer = required(customerId);
    trail.record(reader.did(AuditAction.DATA_EXPORTED, null, customerId, fileName(customerId)));
    reads.record(reader, ReadKind.EXPORT, customerId, null, customerId);
    write(customer, out);
  }

  private Customer required(long customerId) {
    return customer(customerId)
        .orElseThrow(() -> new IllegalArgumentException("No customer " + customerId));
  }

  private void write(Customer customer, OutputStream out) {
    Instant now = clock.instant();
    ExportJson export = new ExportJson(new CustomerDataReader(em).read(customer), now);
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      zip.putNextEntry(new ZipEntry(DOCUMENT));
      JsonWriter json =
          Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
              .createWriter(new NonClosing(zip), StandardCharsets.UTF_8);
      json.writeObject(export.document());
      json.close();
      zip.closeEntry();
      for (ExportFile file : export.files()) {
        zip.putNextEntry(new ZipEntry(file.path()));
        zip.write(file.content().get());
        zip.closeEntry();
      }
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ZIP stays open when the JSON writer closes its entry's stream. */
  private static final class NonClosing extends FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
