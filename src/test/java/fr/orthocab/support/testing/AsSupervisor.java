package fr.orthocab.support.testing;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;

/**
 * Runs in-container test code with the SUPERVISOR role, for the entry points that only supervisors
 * may call (an in-container test has no logged-in caller).
 */
@Stateless
@RunAs("SUPERVISOR")
public class AsSupervisor {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }
}
