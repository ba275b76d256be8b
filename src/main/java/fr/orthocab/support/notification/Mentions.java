package fr.orthocab.support.notification;

import fr.orthocab.support.account.Account;
import fr.orthocab.support.text.Folding;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colleagues an internal note names with {@code @}: {@code @lucie.moreau} (their login's first
 * part), {@code @lucie} (its first word, or their first name), case and accents aside. An email
 * address written in the note ({@code lucie@example.fr}) names nobody.
 */
final class Mentions {
  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}._%+-])@([\\p{L}\\p{N}][\\p{L}\\p{N}._-]*)");

  private Mentions() {}

  /** The members of the team among {@code team} that the text names, each once, in team order. */
  static List<Account> in(String text, List<Account> team) {
    if (text == null || text.indexOf('@') < 0) {
      return List.of();
    }
    Set<String> handles = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(text);
    while (m.find()) {
      handles.add(Folding.caseAndAccents(m.group(1).replaceAll("[._-]+$", "")));
    }
    if (handles.isEmpty()) {
      return List.of();
    }
    return team.stream().filter(member -> named(member, handles)).toList();
  }

  private static boolean named(Account member, Set<String> handles) {
    String login =
        Folding.caseAndAccents(member.getEmail().substring(0, member.getEmail().indexOf('@')));
    String loginFirst = login.split("[._-]", 2)[0];
    String firstName = Folding.caseAndAccents(member.getDisplayName().strip().split("\\s+", 2)[0]);
    return handles.contains(login) || handles.contains(loginFirst) || handles.contains(firstName);
  }
}
