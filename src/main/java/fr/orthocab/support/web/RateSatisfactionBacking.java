package fr.orthocab.support.web;

import fr.orthocab.support.platform.Showable;
import fr.orthocab.support.satisfaction.Rating;
import fr.orthocab.support.satisfaction.SatisfactionLink;
import fr.orthocab.support.satisfaction.SatisfactionRating;
import fr.orthocab.support.satisfaction.Satisfactions;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The page of a satisfaction mail's link ({@code /satisfaction.xhtml?token=...&vote=GOOD}), reached
 * without logging in: the token is the proof, and it answers once. Opening the link records nothing
 * (mail scanners open links): the customer confirms their answer with a button, then may add a
 * comment on the same page. The page speaks the customer's language and shows only the request's
 * reference.
 */
@Named("rateSatisfaction")
@ViewScoped
public class RateSatisfactionBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Satisfactions satisfactions;
  @Inject private LanguageSelection language;

  private String token;
  private String vote;
  private String reference;
  private SatisfactionLink.State state;
  private Long ratingId;
  private boolean commented;

  @Size(max = SatisfactionRating.MAX_COMMENT)
  @Showable(multiline = true)
  private String comment;

  public void onLoad() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    satisfactions
        .byToken(token)
        .ifPresent(
            link -> {
              state = satisfactions.stateOf(token).orElse(null);
              reference = link.getTicket().getReference();
              language.choose(link.getTicket().requesterLanguage());
              FacesContext.getCurrentInstance()
                  .getViewRoot()
                  .setLocale(link.getTicket().requesterLanguage().locale());
            });
  }

  public void rate(String answer) {
    satisfactions
        .rateByLink(token, Rating.valueOf(answer))
        .ifPresentOrElse(
            rating -> ratingId = rating.getId(), () -> state = SatisfactionLink.State.USED);
  }

  public void sendComment() {
    if (ratingId != null && comment != null && !comment.isBlank()) {
      satisfactions.comment(ratingId, comment);
      commented = true;
    }
  }

  /** The link can still record an answer, and none was given on this page. */
  public boolean isAskable() {
    return state == SatisfactionLink.State.USABLE && ratingId == null;
  }

  public boolean isRated() {
    return ratingId != null;
  }

  public boolean isAlreadyUsed() {
    return state == SatisfactionLink.State.USED && ratingId == null;
  }

  /** Unknown, expired or replaced by a later mail. */
  public boolean isUnusable() {
    return state == null || state == SatisfactionLink.State.EXPIRED;
  }

  /** The answer the mail's link pointed to, shown first. */
  public boolean isSuggestedBad() {
    return "BAD".equals(vote);
  }

  public boolean isCommented() {
    return commented;
  }

  public String getReference() {
    return reference;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getVote() {
    return vote;
  }

  public void setVote(String vote) {
    this.vote = vote;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
