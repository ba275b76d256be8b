package fr.orthocab.support.billing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the billing system's {@code Orthocab-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>...]}
 * header, as Stripe's scheme does: HMAC-SHA256 of {@code "<t>.<raw body>"} with any configured
 * secret (several during a rotation; one valid {@code v1} is enough), the timestamp within the
 * tolerance either way, every comparison in constant time, on the raw bytes before any parsing.
 */
public final class WebhookSignature {
  /** The name of the header. */
  public static final String HEADER = "Orthocab-Signature";

  private static final int MAX_HEADER = 2048;
  private static final HexFormat HEX = HexFormat.of();

  /** What the header says about the call. */
  public enum Verdict {
    VALID,
    /** No header at all. */
    MISSING,
    /** Not of the form {@code t=...,v1=...}. */
    MALFORMED,
    /** The timestamp is outside the tolerance (too old, or too far in the future). */
    STALE,
    /** No {@code v1} matches the body with any secret. */
    MISMATCH,
    /** Not looked at: the call was refused before (size, content type, no secret configured). */
    UNCHECKED
  }

  private final List<byte[]> secrets;
  private final Duration tolerance;

  public WebhookSignature(List<String> secrets, Duration tolerance) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("No webhook secret");
    }
    this.secrets = secrets.stream().map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
  }

  public Verdict check(String header, byte[] body, Instant now) {
    if (header == null || header.isBlank()) {
      return Verdict.MISSING;
    }
    Parsed parsed = Parsed.of(header);
    if (parsed == null) {
      return Verdict.MALFORMED;
    }
    if (Math.abs(now.getEpochSecond() - parsed.timestamp()) > tolerance.toSeconds()) {
      return Verdict.STALE;
    }
    boolean matched = false;
    for (byte[] secret : secrets) {
      byte[] expected = hmac(secret, parsed.timestamp(), body);
      for (byte[] given : parsed.signatures()) {
        // no early exit: the time taken says nothing about which part matched
        matched |= MessageDigest.isEqual(expected, given);
      }
    }
    return matched ? Verdict.VALID : Verdict.MISMATCH;
  }

  /** The header value billing sends for that body at that second, with that secret. */
  public static String sign(String secret, long timestamp, byte[] body) {
    return "t="
        + timestamp
        + ",v1="
        + HEX.formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp, body));
  }

  private static byte[] hmac(byte[] secret, long timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  private record Parsed(long timestamp, List<byte[]> signatures) {
    /** Null when the header is not {@code t=<digits>} and at least one 64-hex {@code v1}. */
    static Parsed of(String header) {
      if (header.length() > MAX_HEADER) {
        return null;
      }
      Long timestamp = null;
      List<byte[]> signatures = new ArrayList<>();
      for (String part : header.split(",", -1)) {
        int equals = part.indexOf('=');
        if (equals <= 0) {
          return null;
        }
        String key = part.substring(0, equals).strip();
        String value = part.substring(equals + 1).strip();
        if (key.equals("t")) {
          if (timestamp != null || !value.matches("\\d{1,12}")) {
            return null;
          }
          timestamp = Long.parseLong(value);
        } else if (key.equals("v1")) {
          if (!value.matches("[0-9a-fA-F]{64}")) {
            return null;
          }
          signatures.add(HEX.parseHex(value.toLowerCase(java.util.Locale.ROOT)));
        }
        // other schemes (v0, ...) are ignored, as Stripe's clients do
      }
      return timestamp == null || signatures.isEmpty() ? null : new Parsed(timestamp, signatures);
    }
  }
}
