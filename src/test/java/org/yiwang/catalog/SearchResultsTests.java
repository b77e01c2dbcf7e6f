package org.yiwang.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchResultsTests {

  @Test
  void pagesCountTheHitsThatCanBeReached() {
    assertThat(new SearchResults(0, 0, 20, List.of()).pages()).isZero();
    assertThat(new SearchResults(41, 0, 20, List.of()).pages()).isEqualTo(3);
    assertThat(new SearchResults(10_000, 0, 20, List.of()).pages()).isEqualTo(500);
    // "证明" in the province: 96,522 hits, of which the first 10,000 are paged (the portal's pages 1–500)
    assertThat(new SearchResults(96_522, 0, 20, List.of()).pages()).isEqualTo(500);
  }
}
