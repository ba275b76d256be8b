package fr.orthocab.support.rotation;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.ticket.Ticket;
import fr.orthocab.support.ticket.TicketStatus;
import fr.orthocab.support.ticket.Tickets;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Entry point for automatic assignment in turn: supervisors turn it on or off (off until they do),
 * members of the team say whether they are available, and a request entering the queue takes the
 * next turn.
 */
@Stateless
public class Rotations {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private Tickets tickets;

  public boolean isOn() {
    return rotation(LockModeType.NONE).isEnabled();
  }

  @RolesAllowed("SUPERVISOR")
  public void turn(boolean on, @NotNull String by) {
    Rotation rotation = rotation(LockModeType.PESSIMISTIC_WRITE);
    rotation.turn(on, by);
  }

  public boolean isAvailable(long accountId) {
    return em.find(RotationMember.class, accountId) != null;
  }

  /** That member of the team is available for requests given in turn, or no longer. */
  public void available(long accountId, boolean available) {
    RotationMember member = em.find(RotationMember.class, accountId);
    if (available && member == null) {
      em.persist(new RotationMember(accountId, clock.instant()));
    } else if (!available && member != null) {
      em.remove(member);
    }
  }

  /** Those available who can take requests today (active agents and supervisors), by name. */
  public List<Account> availableMembers() {
    return em.createQuery(
            "select a from Account a, RotationMember m where m.accountId = a.id"
                + " and a.enabled = true and a.passwordHash is not null"
                + " order by a.displayName, a.id",
            Account.class)
        .getResultStream()
        .filter(Account::canTakeRequests)
        .toList();
  }

  /**
   * Gives a request that just entered the queue, nobody's yet, to the next available member in
   * turn, when the rotation is on; called by intake in the request's transaction. The rotation's
   * row stays locked until that transaction ends, so that concurrent requests take turns one after
   * the other, on every node.
   */
  public Optional<Account> giveInTurn(Ticket ticket) {
    if (ticket.getStatus() != TicketStatus.OPEN || ticket.getAssignee() != null) {
      return Optional.empty();
    }
    Rotation rotation = rotation(LockModeType.NONE);
    if (!rotation.isEnabled()) {
      return Optional.empty();
    }
    em.refresh(rotation, LockModeType.PESSIMISTIC_WRITE);
    if (!rotation.isEnabled()) {
      return Optional.empty();
    }
    List<Account> available = availableMembers();
    Optional<Account> next =
        rotation
            .next(available.stream().map(Account::getId).toList())
            .flatMap(id -> available.stream().filter(a -> a.getId().equals(id)).findFirst());
    next.ifPresent(agent -> tickets.assignInTurn(ticket, agent));
    return next;
  }

  private Rotation rotation(LockModeType lock) {
    Rotation rotation = em.find(Rotation.class, Rotation.THE_ONE, lock);
    if (rotation == null) {
      throw new IllegalStateException("The rotation's row is missing (changeset 0048)");
    }
    return rotation;
  }
}
