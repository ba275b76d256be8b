package fr.orthocab.support.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.orthocab.support.testing.ApiClient;
import fr.orthocab.support.testing.Demo;
import fr.orthocab.support.testing.DeskServer;
import fr.orthocab.support.testing.SharedDesk;
import fr.orthocab.support.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several people logged in at once, many requests each at the same moment, mixed with API calls:
 * every answer is the right person's page with status 200. A container that shares security state
 * between threads answers some of them 403 (or, worse, as someone else).
 */
@ExtendWith(SharedDesk.class)
class ConcurrentSessionsIT {
  private static final Pattern WHO = Pattern.compile("class=\"who\"[^>]*>([^<]*)<");
  private static final int ROUNDS = 60;

  private final DeskServer desk;

  ConcurrentSessionsIT(DeskServer desk) {
    this.desk = desk;
  }

  private record Person(WebClient client, String page, String name) {}

  @Test
  void everyConcurrentAnswerIsTheCallersOwnPage() throws Exception {
    List<Person> people =
        List.of(
            loggedIn(Demo.CLAIRE, "/portal/tickets/list.xhtml", "Claire Martin"),
            loggedIn(Demo.JULIEN, "/portal/tickets/list.xhtml", "Julien Bernard"),
            loggedIn(Demo.LUCIE, "/admin/tickets/queue.xhtml", "Lucie Moreau"),
            loggedIn(Demo.NADIA, "/admin/policy/versions.xhtml", "Nadia Lefèvre"));
    ApiClient api = new ApiClient(desk, Demo.API_TOKEN);

    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<String>> answers = new ArrayList<>();
    try {
      for (int round = 0; round < ROUNDS; round++) {
        for (Person person : people) {
          answers.add(pool.submit(visit(person)));
        }
        answers.add(pool.submit(apiCall(api)));
      }
      List<String> wrong = new ArrayList<>();
      for (Future<String> answer : answers) {
        String problem = answer.get(180, TimeUnit.SECONDS);
        if (problem != null) {
          wrong.add(problem);
        }
      }
      assertTrue(
          wrong.isEmpty(), wrong.size() + " wrong answers of " + answers.size() + ": " + wrong);
    } finally {
      pool.shutdownNow();
    }
  }

  private Person loggedIn(String email, String page, String name) {
    WebClient client = new WebClient(desk);
    assertEquals(302, client.login(email, Demo.PASSWORD).statusCode(), email + " not logged in");
    HttpResponse<String> first = client.get(page);
    assertEquals(200, first.statusCode(), email + " on " + page);
    assertEquals(name, who(first), email + "'s page names someone else");
    return new Person(client, page, name);
  }

  private static Callable<String> visit(Person person) {
    return () -> {
      HttpResponse<String> answer = person.client().get(person.page());
      if (answer.statusCode() != 200) {
        return person.name() + " got " + answer.statusCode();
      }
      String seen = who(answer);
      return person.name().equals(seen) ? null : person.name() + " was shown as " + seen;
    };
  }

  private static Callable<String> apiCall(ApiClient api) {
    return () -> {
      HttpResponse<String> answer = api.get("/api/tickets?size=1");
      return answer.statusCode() == 200 ? null : "API got " + answer.statusCode();
    };
  }

  private static String who(HttpResponse<String> page) {
    Matcher matcher = WHO.matcher(page.body());
    return matcher.find() ? matcher.group(1) : "nobody";
  }
}
