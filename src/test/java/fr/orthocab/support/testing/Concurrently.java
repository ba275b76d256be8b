package fr.orthocab.support.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs the same work several times at once, all released together, as several nodes (or several
 * deliveries) would: the tests of "exactly once" use it.
 */
public final class Concurrently {
  private Concurrently() {}

  /**
   * @param failed what a run that threw counts as (a transaction rolled back while it waited for
   *     the other)
   * @return each run's answer, in submission order
   */
  public static <T> List<T> run(ExecutorService executor, int times, Callable<T> work, T failed)
      throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> runs = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      runs.add(
          executor.submit(
              () -> {
                start.await();
                try {
                  return work.call();
                } catch (RuntimeException e) {
                  return failed;
                }
              }));
    }
    start.countDown();
    List<T> answers = new ArrayList<>();
    for (Future<T> run : runs) {
      answers.add(run.get(120, TimeUnit.SECONDS));
    }
    return answers;
  }
}
