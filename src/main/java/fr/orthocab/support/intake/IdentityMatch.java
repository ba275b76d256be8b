package fr.orthocab.support.intake;

import fr.orthocab.support.customer.Customer;

/**
 * ID-INFO: whether the surname and first name a sender gives are those of the customer whose login
 * email they gave. Case, accents, hyphens and extra spaces do not count ("Lefèvre" is "LEFEVRE").
 */
final class IdentityMatch {
  private IdentityMatch() {}

  static boolean matches(Customer customer, String surname, String firstName) {
    return same(customer.getSurname(), surname) && same(customer.getFirstName(), firstName);
  }

  private static boolean same(String known, String given) {
    return given != null && !given.isBlank() && normalise(known).equals(normalise(given));
  }

  static String normalise(String name) {
    return RenewalQuestion.fold(name).replaceAll("[-'’.]", " ").replaceAll("\\s+", " ").strip();
  }
}
