package org.yiwang.catalog.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The two ways the catalogue cuts Chinese text. Words (smartcn) rank well but cut differently in
 * different contexts: "食品许可" gives 许可 while "食品经营许可证" gives 许可证. Overlapping
 * character bigrams always find a word inside a longer one. Search asks for each word in both, so
 * recall comes from the bigrams and ranking from the words.
 */
final class ChineseAnalysis {

  private ChineseAnalysis() {}

  static Analyzer words() {
    return new SmartChineseAnalyzer();
  }

  /** Bigrams of Han characters, with unigrams too so that a one-character word is found. */
  static Analyzer bigramsForIndexing() {
    return bigrams(true);
  }

  /** Bigrams only (a lone character stays a unigram): consecutive positions for a phrase query. */
  static Analyzer bigramsForQuery() {
    return bigrams(false);
  }

  private static Analyzer bigrams(boolean withUnigrams) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        var tokenizer = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN, withUnigrams);
        return new TokenStreamComponents(tokenizer, stream);
      }
    };
  }

  /** A token and its position in the analysed text. */
  record Token(String text, int position) {}

  static List<Token> tokens(Analyzer analyzer, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      var increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(new Token(term.toString(), position));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** Distinct words of the text, in order. */
  static List<String> distinctWords(Analyzer words, String text) {
    Set<String> distinct = new LinkedHashSet<>();
    for (Token token : tokens(words, text)) {
      distinct.add(token.text());
    }
    return List.copyOf(distinct);
  }

  /** Pinyin initials of the text ("食品经营许可证核发" → "spjyxkzhf"); other letters and digits kept. */
  static String pinyinInitials(String text) {
    var initials = new StringBuilder();
    for (char c : text.toCharArray()) {
      String[] readings = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
          ? PinyinHelper.toHanyuPinyinStringArray(c)
          : null;
      if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
        initials.append(readings[0].charAt(0));
      } else if (Character.isLetterOrDigit(c) && c < 128) {
        initials.append(Character.toLowerCase(c));
      }
    }
    return initials.toString();
  }
}
