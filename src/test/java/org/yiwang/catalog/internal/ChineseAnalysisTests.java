package org.yiwang.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseAnalysisTests {

  @Test
  void wordsCutTheSameCharactersDifferentlyInDifferentContexts() {
    var words = ChineseAnalysis.words();
    assertThat(ChineseAnalysis.distinctWords(words, "食品许可")).containsExactly("食品", "许可");
    assertThat(ChineseAnalysis.distinctWords(words, "食品经营许可证核发")).contains("许可证").doesNotContain("许可");
  }

  @Test
  void bigramsForAQueryAreConsecutiveSoThatTheyFormAPhrase() {
    var tokens = ChineseAnalysis.tokens(ChineseAnalysis.bigramsForQuery(), "许可证");
    assertThat(tokens).extracting(ChineseAnalysis.Token::text).containsExactly("许可", "可证");
    assertThat(tokens).extracting(ChineseAnalysis.Token::position).containsExactly(0, 1);
  }

  @Test
  void indexedBigramsKeepUnigramsForOneCharacterWords() {
    var texts =
        ChineseAnalysis.tokens(ChineseAnalysis.bigramsForIndexing(), "许可证").stream()
            .map(ChineseAnalysis.Token::text)
            .toList();
    assertThat(texts).contains("许", "可", "证", "许可", "可证");
  }

  @Test
  void pinyinInitials() {
    assertThat(ChineseAnalysis.pinyinInitials("食品经营许可证核发")).isEqualTo("spjyxkzhf");
    assertThat(ChineseAnalysis.pinyinInitials("ICP备案（A类）")).isEqualTo("icpbaal");
  }

  @Test
  void highlightsWordsEvenInsideLongerWordsAndEscapesTheRest() {
    assertThat(Highlighter.highlight("食品经营许可证核发", List.of("食品", "许可")))
        .isEqualTo("<mark>食品</mark>经营<mark>许可</mark>证核发");
    assertThat(Highlighter.highlight("<b>公积金</b>", List.of("公积金")))
        .isEqualTo("&lt;b&gt;<mark>公积金</mark>&lt;/b&gt;");
    assertThat(Highlighter.highlight("住房公积金", List.of())).isEqualTo("住房公积金");
  }
}
