package fr.orthocab.support.account;

import fr.orthocab.support.audit.AuditAction;
import fr.orthocab.support.audit.AuditTrail;
import fr.orthocab.support.platform.Sha256;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Entry point for the ticket API's bearer tokens: supervisors create them (shown once) and revoke
 * them; the API authenticates a caller by the token's hash. The configured bootstrap token, when
 * set, is accepted as a supervisor's token with write scope.
 */
@Stateless
public class ApiTokens {
  static final String PREFIX = "oc_";
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditTrail trail;
  @Inject private Actors actors;

  @Inject
  @ConfigProperty(name = "support.api.bootstrap-token")
  private Optional<String> bootstrapToken;

  /** The bootstrap token's hash, computed once: the API compares hashes at every call. */
  private String bootstrapHash;

  @PostConstruct
  void hashBootstrapToken() {
    bootstrapHash = bootstrapToken().map(ApiTokens::hash).orElse(null);
  }

  /**
   * The configured bootstrap token, for the demo's banner (demo mode prints its own demo token).
   */
  public Optional<String> bootstrapToken() {
    return bootstrapToken.filter(b -> !b.isBlank()).map(String::strip);
  }

  /** A new token; the returned text is the only time anyone sees it. */
  @RolesAllowed("SUPERVISOR")
  public String create(
      @NotBlank @Size(max = 100) String name, @NotNull ApiScope scope, long supervisorId) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Account supervisor = em.find(Account.class, supervisorId);
    ApiToken created =
        new ApiToken(
            name,
            hash(token),
            token.substring(0, PREFIX.length() + 4) + "…",
            scope,
            supervisor,
            clock.instant());
    em.persist(created);
    trail.record(
        actors
            .of(supervisor)
            .did(AuditAction.TOKEN_CREATED, created.getName() + " (" + scope + ")"));
    return token;
  }

  @RolesAllowed("SUPERVISOR")
  public void revoke(long tokenId, long supervisorId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null) {
      throw new IllegalArgumentException("Unknown token " + tokenId);
    }
    Account supervisor = em.find(Account.class, supervisorId);
    token.revoke(supervisor, clock.instant());
    trail.record(actors.of(supervisor).did(AuditAction.TOKEN_REVOKED, token.getName()));
  }

  @RolesAllowed("SUPERVISOR")
  public List<ApiToken> all() {
    return em.createQuery(
            "select t from ApiToken t join fetch t.createdBy order by t.createdAt desc, t.id desc",
            ApiToken.class)
        .getResultList();
  }

  /**
   * The caller a presented token stands for, if it is the bootstrap token or a live one: not
   * revoked, and made by someone still in the team (a deactivated supervisor's tokens stop).
   */
  public Optional<ApiCaller> authenticate(String presented) {
    if (presented == null || presented.isBlank()) {
      return Optional.empty();
    }
    String presentedHash = hash(presented);
    if (bootstrapHash != null
        && MessageDigest.isEqual(bytes(presentedHash), bytes(bootstrapHash))) {
      return Optional.of(new ApiCaller("bootstrap", ApiScope.WRITE, null));
    }
    Optional<ApiToken> token =
        em.createQuery(
                "select t from ApiToken t join fetch t.createdBy where t.tokenHash = :hash",
                ApiToken.class)
            .setParameter("hash", presentedHash)
            .getResultStream()
            .findFirst()
            .filter(t -> !t.isRevoked() && t.getCreatedBy().isEnabled());
    token.ifPresent(t -> t.usedAt(clock.instant()));
    return token.map(t -> new ApiCaller(t.getName(), t.getScope(), t.getCreatedBy()));
  }

  static String hash(String token) {
    return Sha256.hex(token);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
