package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApiCallerTest {
  @Test
  void onlyAnActiveSupervisorsReadWriteTokenOrTheBootstrapOneActsAsSupervisor() {
    Account nadia = Account.forStaff("n@orthocab.fr", "Nadia", "hash", Role.SUPERVISOR);
    Account lucie = Account.forStaff("l@orthocab.fr", "Lucie", "hash", Role.AGENT);
    assertTrue(new ApiCaller("bootstrap", ApiScope.WRITE, null).actsAsSupervisor());
    assertTrue(new ApiCaller("ci", ApiScope.WRITE, nadia).actsAsSupervisor());
    assertFalse(new ApiCaller("dashboard", ApiScope.READ, nadia).actsAsSupervisor());
    assertFalse(new ApiCaller("ci", ApiScope.WRITE, lucie).actsAsSupervisor());
    nadia.deactivate(java.time.Instant.EPOCH);
    assertFalse(new ApiCaller("ci", ApiScope.WRITE, nadia).actsAsSupervisor());
  }
}
