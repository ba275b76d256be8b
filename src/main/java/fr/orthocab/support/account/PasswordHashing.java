package fr.orthocab.support.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Passwords as the database keeps them: PBKDF2 with HMAC-SHA256, a 32-byte salt and 600,000
 * iterations by default (OWASP's figure for that function). A hash records its own iteration count,
 * so that hashes made with fewer still verify and are {@link #outdated} until their owner's next
 * successful login rehashes them. The test desks lower the count: a hash costs 1.6 s of CPU at
 * 600,000 iterations on a test JVM's first JIT tier (0.15 s on a production JVM).
 */
@ApplicationScoped
public class PasswordHashing {
  /** The iteration count OWASP asks of PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet). */
  public static final int DEFAULT_ITERATIONS = 600_000;

  /** The least the hashing library accepts. */
  static final int MIN_ITERATIONS = 1024;

  @Inject private Pbkdf2PasswordHash hasher;

  @Inject
  @ConfigProperty(name = "app.password.hash-iterations", defaultValue = "" + DEFAULT_ITERATIONS)
  private int iterations;

  @PostConstruct
  void configure() {
    iterations = Math.max(iterations, MIN_ITERATIONS);
    hasher.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(char[] password) {
    return hasher.generate(password);
  }

  /** Whether that password is the one hashed; false for a hash this desk cannot read. */
  public boolean matches(char[] password, String hash) {
    if (hash == null) {
      return false;
    }
    try {
      return hasher.verify(password, hash);
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  /** Whether that hash was made with fewer iterations than the desk uses now. */
  public boolean outdated(String hash) {
    return iterationsOf(hash) < iterations;
  }

  /**
   * The iteration count a hash records ({@code algorithm:iterations:salt:hash}); 0 if unreadable.
   */
  static int iterationsOf(String hash) {
    if (hash == null) {
      return 0;
    }
    String[] parts = hash.split(":");
    if (parts.length != 4 || !parts[1].matches("\\d{1,9}")) {
      return 0;
    }
    return Integer.parseInt(parts[1]);
  }
}
