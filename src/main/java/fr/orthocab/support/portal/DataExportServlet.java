package fr.orthocab.support.portal;

import fr.orthocab.support.dataexport.CustomerExports;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The logged-in customer's own data, all of it, as a ZIP download ("Mes données"). It takes no
 * parameter: whose data is sent is the session's customer, and nobody else's can be asked for.
 */
@WebServlet("/portal/data/export")
@ServletSecurity(@HttpConstraint(rolesAllowed = "CUSTOMER"))
public class DataExportServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject private transient CustomerExports exports;
  @Inject private transient PortalCustomer customer;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id = customer.id();
    response.setContentType("application/zip");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + exports.fileName(id) + "\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    exports.writeOwn(id, response.getOutputStream());
  }
}
