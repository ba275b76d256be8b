package fr.orthocab.support.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.web.RefusedPostbackFilter.Reason;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.primefaces.csp.CspException;

class RefusedPostbackFilterTest {
  private static final String SERVER_STATE = "-7912359255808:7476703689686";

  @Test
  void anExpiredViewWrappedByTheFacesServletIsTheBrowsersFault() {
    var failure = new ServletException(new FacesException(new ViewExpiredException("/x.xhtml")));
    assertEquals(
        Optional.of(Reason.VIEW_EXPIRED), RefusedPostbackFilter.reasonOf(failure, SERVER_STATE));
  }

  @Test
  void aMissingOrWrongCspNonceIsTheBrowsersFault() {
    var failure = new ServletException("Missing CSP nonce", new CspException("Missing CSP nonce"));
    assertEquals(
        Optional.of(Reason.BAD_CSP_NONCE), RefusedPostbackFilter.reasonOf(failure, SERVER_STATE));
  }

  @Test
  void aStatelessViewStateIsForgedSinceNoViewOfTheDeskIsStateless() {
    var failure = new ServletException(new FacesException("Unable to restore view /login.xhtml"));
    assertEquals(
        Optional.of(Reason.FORGED_VIEW_STATE),
        RefusedPostbackFilter.reasonOf(failure, "stateless"));
  }

  @Test
  void theDesksOwnFaultsAreLeftToTheErrorPageAndTheLog() {
    var failure = new ServletException(new IllegalStateException("a bug"));
    assertTrue(RefusedPostbackFilter.reasonOf(failure, SERVER_STATE).isEmpty());
    assertTrue(RefusedPostbackFilter.reasonOf(failure, null).isEmpty());
  }
}
