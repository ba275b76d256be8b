package fr.orthocab.support.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Who a sender says they are, in their request itself (ID-INFO): surname, first name and login
 * email, never a password. Only a customer with all three is taken for them ({@link
 * IdentityMatch}).
 */
public record GivenIdentity(
    @NotBlank @Size(max = 100) String surname,
    @NotBlank @Size(max = 100) String firstName,
    @NotBlank @Size(max = 320) String loginEmail) {}
