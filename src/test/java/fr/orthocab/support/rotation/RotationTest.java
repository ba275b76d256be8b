package fr.orthocab.support.rotation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RotationTest {
  @Test
  void theTurnGoesToTheNextAvailableAfterTheLastThenBackToTheFirst() {
    List<Long> available = List.of(12L, 4L, 9L);
    assertEquals(Optional.of(4L), Rotation.nextAfter(null, available), "the first ever");
    assertEquals(Optional.of(9L), Rotation.nextAfter(4L, available));
    assertEquals(Optional.of(12L), Rotation.nextAfter(9L, available));
    assertEquals(Optional.of(4L), Rotation.nextAfter(12L, available), "round again");
  }

  @Test
  void whoeverLeftTheRotationIsSkippedAndNobodyAvailableGivesNoTurn() {
    assertEquals(Optional.of(12L), Rotation.nextAfter(10L, List.of(4L, 12L)), "10 left");
    assertEquals(Optional.of(4L), Rotation.nextAfter(15L, List.of(4L, 12L)));
    assertEquals(Optional.empty(), Rotation.nextAfter(4L, List.of()));
  }
}
