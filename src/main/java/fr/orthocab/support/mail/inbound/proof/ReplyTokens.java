package fr.orthocab.support.mail.inbound.proof;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The reply token of a plus-addressed support address, {@code support+<token>@domain}: the random
 * part of the Message-ID of the desk's mail it was the Reply-To of, so that a reply whose mail
 * program drops the thread headers still proves what it answers. Read in the addresses the mail was
 * sent or delivered to.
 */
public final class ReplyTokens {
  /** The random part of the desk's Message-IDs: 128 bits in lower-case hexadecimal. */
  static final int LENGTH = 32;

  private static final List<String> RECIPIENT_FIELDS =
      List.of("Delivered-To", "X-Original-To", "To", "Cc");

  private ReplyTokens() {}

  /** The support address carrying the token of that Message-ID, or null when it has none. */
  public static String replyAddress(String supportAddress, String messageId) {
    String token = tokenOf(messageId);
    int at = supportAddress.lastIndexOf('@');
    if (token == null || at <= 0) {
      return null;
    }
    return supportAddress.substring(0, at) + "+" + token + supportAddress.substring(at);
  }

  /** The random part of a desk Message-ID {@code <token@domain>}, or null. */
  public static String tokenOf(String messageId) {
    if (messageId == null || !messageId.startsWith("<")) {
      return null;
    }
    int at = messageId.indexOf('@');
    String token = at < 0 ? "" : messageId.substring(1, at);
    return token.length() == LENGTH && isHex(token, 0, LENGTH) ? token : null;
  }

  /** The tokens of the support address found among the mail's recipients, in header order. */
  public static Set<String> in(HeaderFields headers, String supportAddress) {
    int at = supportAddress.lastIndexOf('@');
    if (at <= 0) {
      return Set.of();
    }
    String prefix = supportAddress.substring(0, at).toLowerCase(Locale.ROOT) + "+";
    String suffix = supportAddress.substring(at).toLowerCase(Locale.ROOT);
    Set<String> tokens = new LinkedHashSet<>();
    for (String field : RECIPIENT_FIELDS) {
      for (String value : headers.values(field)) {
        collect(value.toLowerCase(Locale.ROOT), prefix, suffix, tokens);
      }
    }
    return tokens;
  }

  private static void collect(String value, String prefix, String suffix, Set<String> tokens) {
    int from = 0;
    while (tokens.size() < 10) {
      int start = value.indexOf(prefix, from);
      if (start < 0) {
        return;
      }
      int token = start + prefix.length();
      int end = token + LENGTH;
      boolean ownAddress = start == 0 || !isLocalPartChar(value.charAt(start - 1));
      if (ownAddress
          && end <= value.length()
          && isHex(value, token, end)
          && value.startsWith(suffix, end)
          && (end + suffix.length() == value.length()
              || !isDomainChar(value.charAt(end + suffix.length())))) {
        tokens.add(value.substring(token, end));
      }
      from = token;
    }
  }

  private static boolean isHex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLocalPartChar(char c) {
    return Character.isLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~.".indexOf(c) >= 0;
  }

  private static boolean isDomainChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '.';
  }
}
