package org.yiwang.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

  @Test
  void idsAreVersion7UuidsThatBeginWithTheMillisecondTheyWereMade() {
    long before = System.currentTimeMillis();
    String id = TimeOrderedIds.next();
    long after = System.currentTimeMillis();

    UUID uuid = UUID.fromString(id);
    assertThat(uuid.version()).isEqualTo(7);
    assertThat(uuid.variant()).isEqualTo(2);
    assertThat(id).hasSize(36);
    long millis = Long.parseLong(id.substring(0, 8) + id.substring(9, 13), 16);
    assertThat(millis).isBetween(before, after);
  }

  @Test
  void idsMadeOneAfterAnotherSortAsTextInTheOrderMade() {
    // thousands fall in the same millisecond: the generator must still count up within it
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      ids.add(TimeOrderedIds.next());
    }
    for (int i = 1; i < ids.size(); i++) {
      assertThat(ids.get(i)).isGreaterThan(ids.get(i - 1));
    }
  }
}
