package org.yiwang.catalog.internal;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemQuery;
import org.yiwang.catalog.ItemSummary;
import org.yiwang.catalog.ItemType;
import org.yiwang.catalog.SearchResults;
import org.yiwang.shared.YiwangProperties;

/**
 * Lucene index of the published catalogue under {@code <data-dir>/index}: rebuilt from the database
 * at start, updated on each publication. Each node keeps its own; the database stays the truth.
 * Hits carry their list fields, so a search never touches the database.
 */
@Component
class ItemSearchIndex {

  private static final Logger log = LoggerFactory.getLogger(ItemSearchIndex.class);
  private static final Pattern LATIN = Pattern.compile("[A-Za-z0-9-]+");
  private static final int MAX_WORDS = 16;
  /** Bump when the fields or analysis change, so that indexes on disk are rebuilt. */
  private static final String INDEX_FORMAT = "2";

  private final Analyzer words = ChineseAnalysis.words();
  private final Analyzer queryBigrams = ChineseAnalysis.bigramsForQuery();
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final JdbcClient jdbc;
  private final ItemDocuments documents;
  private final PublishedVersions items;

  ItemSearchIndex(
      YiwangProperties properties, JdbcClient jdbc, ItemDocuments documents, PublishedVersions items,
      org.springframework.transaction.PlatformTransactionManager transactions)
      throws IOException {
    this.jdbc = jdbc;
    this.readOnly = new org.springframework.transaction.support.TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.documents = documents;
    this.items = items;
    Path path = properties.resolve("index");
    Files.createDirectories(path);
    Analyzer indexBigrams = ChineseAnalysis.bigramsForIndexing();
    Analyzer analyzer =
        new PerFieldAnalyzerWrapper(
            words, Map.of("name_g", indexBigrams, "text_g", indexBigrams));
    this.directory = FSDirectory.open(path);
    this.writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    this.searchers = new SearcherManager(writer, null);
  }

  @PreDestroy
  void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  private final Map<String, Integer> versions = new java.util.concurrent.ConcurrentHashMap<>();
  /** The list fields of each live segment's documents that searches have hit, by the segment's core. */
  private final Map<IndexReader.CacheKey, AtomicReferenceArray<ItemSummary>> summaries = new java.util.concurrent.ConcurrentHashMap<>();
  /** The published versions the last reconciliation compared: the same instance means nothing changed. */
  private Map<String, Integer> reconciledAgainst;
  private final org.springframework.transaction.support.TransactionTemplate readOnly;

  /**
   * Brings the index in line with the database: at start (an index on disk of the same format is
   * kept, and only items published since are re-indexed) and every minute, which also picks up
   * publications made on other nodes.
   */
  synchronized void reconcile() {
    if (rebuildIfNeeded()) {
      return;
    }
    try {
      Map<String, Integer> published = items.current();
      if (published == reconciledAgainst) {
        return; // the catalogue has not changed since (publications here are indexed as they happen)
      }
      long started = System.nanoTime();
      boolean first = reconciledAgainst == null;
      Map<String, Integer> indexed = indexedVersions();
      int changed = 0;
      for (var entry : published.entrySet()) {
        if (!entry.getValue().equals(indexed.get(entry.getKey()))) {
          delete(entry.getKey());
          publishedRows(entry.getKey()).forEach(this::add);
          changed++;
        }
      }
      for (String code : List.copyOf(indexed.keySet())) {
        if (!published.containsKey(code)) {
          delete(code);
          changed++;
        }
      }
      if (changed > 0) {
        commit();
        searchers.maybeRefreshBlocking();
        log.info("Search index reconciled: {} items re-indexed", changed);
      }
      mergeIntoOneSegment(); // also the segments this node's publications left
      reconciledAgainst = published;
      if (first) {
        log.info("Search index checked against the catalogue's {} published items in {} ms", published.size(),
            (System.nanoTime() - started) / 1_000_000);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Which version of each item the index holds: kept beside the index as it is written, read from
   * the index once when it was kept from an earlier run. (Reading every stored document each
   * minute took seconds of CPU per run at province scale.)
   */
  private Map<String, Integer> indexedVersions() throws IOException {
    if (versions.isEmpty()) {
      IndexSearcher searcher = searchers.acquire();
      try {
        for (var leaf : searcher.getIndexReader().leaves()) {
          var live = leaf.reader().getLiveDocs();
          var leafStored = leaf.reader().storedFields();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
              continue; // deleted: an older version of an item
            }
            Document d = leafStored.document(doc, java.util.Set.of("code", "version"));
            if (d.get("code") != null && d.getField("version") != null) {
              versions.put(d.get("code"), d.getField("version").numericValue().intValue());
            }
          }
        }
      } finally {
        searchers.release(searcher);
      }
    }
    return versions;
  }

  private void delete(String code) throws IOException {
    writer.deleteDocuments(new Term("code", code));
    versions.remove(code);
  }

  private String commitData(String key) {
    for (var entry : writer.getLiveCommitData() == null ? java.util.List.<Map.Entry<String, String>>of() : writer.getLiveCommitData()) {
      if (entry.getKey().equals(key)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private void commit() throws IOException {
    writer.setLiveCommitData(Map.of("format", INDEX_FORMAT).entrySet());
    writer.commit();
  }

  /**
   * Rebuilds an index that is empty or of an older format (a new node's, or after an upgrade that
   * changed the fields): it would find nothing, or find wrongly. Whether it did.
   */
  synchronized boolean rebuildIfNeeded() {
    if (INDEX_FORMAT.equals(commitData("format")) && writer.getDocStats().numDocs > 0) {
      return false;
    }
    rebuild();
    return true;
  }

  /** Replaces the whole index with the published catalogue, read from the database. */
  synchronized void rebuild() {
    long started = System.nanoTime();
    try {
      writer.deleteAll();
      versions.clear();
      reconciledAgainst = null;
      int[] count = {0};
      forEachPublishedRow(
          row -> {
            add(row);
            count[0]++;
          });
      writer.forceMerge(1); // before the commit: one commit and one refresh (see mergeIntoOneSegment)
      commit();
      searchers.maybeRefreshBlocking();
      log.info(
          "Search index rebuilt: {} items in {} ms",
          count[0],
          (System.nanoTime() - started) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A search looks each of its words up in every segment of the index, so the index is kept in one:
   * the province's catalogue, written in a few rounds, was left in seven, and a search cost a third
   * more CPU (docs/benchmarks.md). The catalogue changes a few times a day; merging its 100,000 items
   * takes seconds, at most once a minute (the reconciliation), while searches go on.
   */
  private void mergeIntoOneSegment() throws IOException {
    int before = segments();
    if (before > 1) {
      long started = System.nanoTime();
      writer.forceMerge(1);
      commit();
      searchers.maybeRefreshBlocking();
      log.info("Search index merged from {} segments into one in {} ms", before, (System.nanoTime() - started) / 1_000_000);
    }
  }

  /** How many segments the searchers read. */
  int segments() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().leaves().size();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Re-indexes one item at its published version. */
  synchronized void update(String itemCode) {
    try {
      delete(itemCode);
      publishedRows(itemCode).forEach(this::add);
      commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Row(String code, String departmentCode, String departmentName, int version, String content) {}

  /** Every published row, streamed (a province's documents would not fit in memory at once). */
  private void forEachPublishedRow(java.util.function.Consumer<Row> action) {
    readOnly.executeWithoutResult(tx -> {
      try (var rows =
          jdbc.sql(PUBLISHED_ROWS)
              .withFetchSize(200)
              .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
              .stream()) {
        rows.forEach(action);
      }
    });
  }

  private static final String PUBLISHED_ROWS =
      """
      select i.code, i.department_code, d.name, v.version_no, v.content
      from service_item i
      join item_version v on v.item_code = i.code and v.version_no = i.published_version
      join department d on d.code = i.department_code
      """;

  private List<Row> publishedRows(String code) {
    return jdbc.sql(PUBLISHED_ROWS + " where i.code = :code")
        .param("code", code)
        .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)))
        .list();
  }

  private void add(Row row) {
    ItemContent c = documents.read(row.content());
    var doc = new Document();
    doc.add(new StringField("code", row.code(), Field.Store.YES));
    doc.add(new SortedDocValuesField("code_sort", new BytesRef(row.code())));
    doc.add(new StringField("dept", row.departmentCode(), Field.Store.YES));
    doc.add(new StringField("online", c.fullyOnline() ? "1" : "0", Field.Store.YES));
    doc.add(new StringField("initials", ChineseAnalysis.pinyinInitials(c.name()), Field.Store.NO));
    doc.add(new TextField("name_w", c.name(), Field.Store.NO));
    doc.add(new TextField("name_g", c.name(), Field.Store.NO));
    String text = searchableText(row.departmentName(), c);
    doc.add(new TextField("text_w", text, Field.Store.NO));
    doc.add(new TextField("text_g", text, Field.Store.NO));
    doc.add(new StoredField("version", row.version()));
    doc.add(new StoredField("name", c.name()));
    doc.add(new StoredField("deptName", row.departmentName()));
    doc.add(new StoredField("type", c.type() == null ? "" : c.type().name()));
    doc.add(new StoredField("visits", c.visits()));
    doc.add(new StoredField("statutory", c.statutoryDays()));
    doc.add(new StoredField("promised", c.promisedDays()));
    try {
      writer.addDocument(doc);
      versions.put(row.code(), row.version());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String searchableText(String departmentName, ItemContent c) {
    var text = new StringBuilder(departmentName);
    text.append('\n').append(nullToEmpty(c.responsibleOffice()));
    if (c.result() != null) {
      text.append('\n').append(nullToEmpty(c.result().name()));
    }
    for (var situation : c.situations()) {
      text.append('\n').append(nullToEmpty(situation.name()));
      for (var material : situation.materials()) {
        text.append('\n').append(nullToEmpty(material.name()));
      }
    }
    return text.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  SearchResults search(ItemQuery query) {
    // the words of the query as typed, then of each written-out form (社保 → 社会保险), each analysed once
    List<List<String>> forms = new ArrayList<>();
    forms.add(wordsOf(query.text()));
    CommonNames.writtenOut(query.text()).forEach(form -> forms.add(wordsOf(form)));
    List<String> queryWords = forms.stream().flatMap(List::stream).distinct().toList();
    var filtered = new BooleanQuery.Builder().add(textQuery(query.text(), forms), Occur.MUST);
    if (query.departmentCode() != null) {
      filtered.add(new TermQuery(new Term("dept", query.departmentCode())), Occur.FILTER);
    }
    if (query.fullyOnline() != null) {
      filtered.add(new TermQuery(new Term("online", query.fullyOnline() ? "1" : "0")), Occur.FILTER);
    }
    int wanted = Math.min(SearchResults.REACHABLE_HITS, (query.page() + 1) * query.size());
    Sort sort =
        query.text().isEmpty()
            ? new Sort(new SortField("code_sort", SortField.Type.STRING))
            : new Sort(SortField.FIELD_SCORE, new SortField("code_sort", SortField.Type.STRING));
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query found = filtered.build();
        TopDocs top = searcher.search(found, Math.max(wanted, 1), sort);
        // Past 1,000 hits Lucene skips the documents that cannot make the page and counts no further
        // ("证明" said 1,803 of the province's 96,522); counting without scoring costs a tenth of a search.
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(found);
        List<SearchResults.Hit> hits = new ArrayList<>();
        ScoreDoc[] docs = top.scoreDocs;
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        for (int i = query.page() * query.size(); i < docs.length && i < wanted; i++) {
          ItemSummary item = summaryOf(leaves.get(ReaderUtil.subIndex(docs[i].doc, leaves)), docs[i].doc);
          hits.add(new SearchResults.Hit(item, Highlighter.highlight(item.name(), queryWords)));
        }
        return new SearchResults(total, query.page(), query.size(), hits);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A hit's list fields, read from the segment's stored fields once and then kept for as long as the
   * segment lives (a segment never changes; a republished item is a new document). Reading them
   * decompressed a block of stored fields per hit: 18 % of the search threads' JFR samples under P3
   * on JDK 17 (the CPU a search measured 5 % lower, within the noise: docs/benchmarks.md).
   */
  private ItemSummary summaryOf(LeafReaderContext leaf, int doc) throws IOException {
    int local = doc - leaf.docBase;
    IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
    if (segment == null) {
      return summary(leaf.reader().storedFields().document(local));
    }
    AtomicReferenceArray<ItemSummary> kept = summaries.computeIfAbsent(segment.getKey(), key -> {
      segment.addClosedListener(summaries::remove);
      return new AtomicReferenceArray<>(leaf.reader().maxDoc());
    });
    ItemSummary summary = kept.get(local);
    if (summary == null) {
      summary = summary(leaf.reader().storedFields().document(local));
      kept.set(local, summary);
    }
    return summary;
  }

  private List<String> wordsOf(String text) {
    return ChineseAnalysis.distinctWords(words, text).stream().limit(MAX_WORDS).toList();
  }

  /** All words of the text as typed, or of any of its written-out forms (the word lists after the first). */
  private Query textQuery(String text, List<List<String>> forms) {
    if (text.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    var anyForm = new BooleanQuery.Builder();
    for (List<String> form : forms) {
      Query all = allWords(form);
      if (all != null) {
        anyForm.add(all, Occur.SHOULD);
      }
    }
    BooleanQuery any = anyForm.build();
    Query byWords = any.clauses().isEmpty() ? null : any;
    if (!LATIN.matcher(text).matches()) {
      return byWords == null ? new MatchNoDocsQuery() : byWords;
    }
    // item codes and pinyin initials ("spjy" finds 食品经营…) are a bonus for Latin input
    var latin =
        new BooleanQuery.Builder()
            .add(boost(new PrefixQuery(new Term("code", text.toUpperCase(Locale.ROOT))), 10), Occur.SHOULD)
            .add(
                boost(new WildcardQuery(new Term("initials", "*" + text.toLowerCase(Locale.ROOT) + "*")), 2),
                Occur.SHOULD);
    if (byWords != null) {
      latin.add(byWords, Occur.SHOULD);
    }
    return latin.build();
  }

  /** Every word, each found as a word or as bigrams, in the name (ranked higher) or the guide. */
  private Query allWords(List<String> queryWords) {
    if (queryWords.isEmpty()) {
      return null;
    }
    var all = new BooleanQuery.Builder();
    for (String word : queryWords) {
      var any =
          new BooleanQuery.Builder()
              .add(boost(new TermQuery(new Term("name_w", word)), 4), Occur.SHOULD)
              .add(boost(bigramQuery("name_g", word), 3), Occur.SHOULD)
              .add(new TermQuery(new Term("text_w", word)), Occur.SHOULD)
              .add(bigramQuery("text_g", word), Occur.SHOULD);
      all.add(any.build(), Occur.MUST);
    }
    return all.build();
  }

  private Query bigramQuery(String field, String word) {
    var tokens = ChineseAnalysis.tokens(queryBigrams, word);
    if (tokens.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    if (tokens.size() == 1) {
      return new TermQuery(new Term(field, tokens.get(0).text()));
    }
    var phrase = new PhraseQuery.Builder();
    for (var token : tokens) {
      phrase.add(new Term(field, token.text()), token.position());
    }
    return phrase.build();
  }

  private static Query boost(Query query, float boost) {
    return new BoostQuery(query, boost);
  }

  private static ItemSummary summary(Document doc) {
    String type = doc.get("type");
    return new ItemSummary(
        doc.get("code"),
        doc.get("name"),
        doc.get("dept"),
        doc.get("deptName"),
        type == null || type.isEmpty() ? null : ItemType.valueOf(type),
        "1".equals(doc.get("online")),
        doc.getField("visits").numericValue().intValue(),
        doc.getField("statutory").numericValue().intValue(),
        doc.getField("promised").numericValue().intValue());
  }
}
