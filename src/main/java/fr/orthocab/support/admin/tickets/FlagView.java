package fr.orthocab.support.admin.tickets;

import fr.orthocab.support.screening.FlagKind;
import fr.orthocab.support.screening.OffensiveLanguage;
import fr.orthocab.support.screening.OffensiveWord;
import fr.orthocab.support.screening.TicketFlag;
import java.util.ArrayList;
import java.util.List;

/**
 * A flag as the agents' page shows it: the flag, and for offensive language the message cut into
 * pieces, the offensive words marked (each piece is printed escaped, never as markup).
 */
public record FlagView(TicketFlag flag, List<Piece> pieces) {
  /** A piece of a message's text, marked or not. */
  public record Piece(String text, boolean marked) {
    public boolean isMarked() {
      return marked;
    }

    public String getText() {
      return text;
    }
  }

  static FlagView of(TicketFlag flag) {
    if (flag.getKind() != FlagKind.OFFENSIVE_LANGUAGE || flag.getMessage() == null) {
      return new FlagView(flag, List.of());
    }
    String body = flag.getMessage().getBody();
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (OffensiveWord word : OffensiveLanguage.find(body)) {
      if (word.start() > at) {
        pieces.add(new Piece(body.substring(at, word.start()), false));
      }
      pieces.add(new Piece(body.substring(word.start(), word.end()), true));
      at = word.end();
    }
    if (at < body.length()) {
      pieces.add(new Piece(body.substring(at), false));
    }
    return new FlagView(flag, pieces);
  }

  public TicketFlag getFlag() {
    return flag;
  }

  public List<Piece> getPieces() {
    return pieces;
  }
}
