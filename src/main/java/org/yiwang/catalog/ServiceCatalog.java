package org.yiwang.catalog;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue's public face. Reads show published versions only, except where a version or the
 * history is asked for; edits work on the one open draft of an item. Callers check who may edit
 * which department's items; the catalogue checks the state of what is edited.
 */
public interface ServiceCatalog {

  List<DepartmentView> departments();

  Optional<DepartmentView> department(String code);

  Optional<ItemGuide> publishedItem(String code);

  Optional<ItemGuide> itemVersion(String code, int version);

  List<VersionSummary> history(String code);

  SearchResults search(ItemQuery query);

  CatalogueOverview overview();

  /** A file referred to by the item's published version (blank forms, samples), else empty. */
  Optional<DownloadableFile> publishedFile(String itemCode, String fileId);

  /** Every published item at its published version, by department. */
  List<PublishedItem> publishedItems();

  /**
   * Every published item, one at a time, read from the database as it goes: for the whole
   * catalogue of a province (100,000 items) without holding it in memory.
   */
  void forEachPublishedItem(java.util.function.Consumer<PublishedItem> action);

  /** Each published item's code and the version the portal shows: cheap, for reconciling caches. */
  java.util.Map<String, Integer> publishedVersions();

  /**
   * Changes whenever the catalogue's figures may have (the overview, the departments' counts, the
   * reductions): a key for what is rendered from them.
   */
  long figuresRevision();

  /** The four reductions: before (first publication) and after (now). */
  ReductionStats reductions();

  /** The names of the laws and regulations the catalogue may cite, normalised. */
  java.util.Set<String> knownLaws();

  /** Adds a law to the list the catalogue may cite (platform administrator). */
  void addLaw(String name, String by);

  // --- editing (back office) ---

  /** All items of a department, published or not, with their newest version's status. */
  List<VersionSummary> itemsForEditing(String departmentCode);

  /**
   * What an editor starts from: the open draft, else the newest version (saving it opens the
   * draft). Refused while a version awaits publication.
   */
  ItemGuide editableVersion(String code);

  /** The open draft of the item, opened from the newest version when there is none. */
  ItemGuide openDraft(String code, String editor);

  /** A file referred to by the given version of an item (any status), else empty. */
  Optional<DownloadableFile> versionFile(String itemCode, int version, String fileId);

  /**
   * Saves the content as the item's open draft. Refuses (400) content whose guide {@link
   * SituationGuides#validate} refuses for the content's situations.
   */
  ItemGuide saveDraft(String code, ItemContent content, String editor);

  void submitDraft(String code, String editor);

  /** Versions waiting for the platform administrator. */
  List<VersionSummary> awaitingPublication();

  void publish(String code, int version, String publisher);

  void returnToDraft(String code, int version, String note, String reviewer);

  /** Stores an uploaded blank form or sample (checked by content) and gives its reference. */
  ItemContent.FileRef storeFile(byte[] bytes, String originalName);

  /** A file and its bytes. */
  record DownloadableFile(ItemContent.FileRef ref, byte[] bytes) {}
}
