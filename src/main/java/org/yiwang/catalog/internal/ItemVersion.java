package org.yiwang.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.yiwang.catalog.ItemType;
import org.yiwang.catalog.VersionStatus;
import org.yiwang.shared.BusinessRuleException;

/**
 * One version of an item: its document and where it stands. Only a draft can change; the state
 * moves draft → submitted → published → superseded, or back from submitted to draft.
 */
@Entity
@Table(name = "item_version")
class ItemVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "item_code")
  private String itemCode;

  @Column(name = "version_no")
  private int versionNo;

  @Enumerated(EnumType.STRING)
  private VersionStatus status;

  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "item_type")
  private ItemType itemType;

  @Column(name = "fully_online")
  private boolean fullyOnline;

  private int visits;

  @Column(name = "statutory_days")
  private int statutoryDays;

  @Column(name = "promised_days")
  private int promisedDays;

  private String content;

  @Column(name = "steps_count")
  private int stepsCount;

  @Column(name = "materials_count")
  private int materialsCount;

  @Column(name = "edited_by")
  private String editedBy;

  @Column(name = "edited_at")
  private OffsetDateTime editedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "published_by")
  private String publishedBy;

  @Column(name = "published_at")
  private OffsetDateTime publishedAt;

  @Column(name = "review_note")
  private String reviewNote;

  @jakarta.persistence.Version
  @Column(name = "lock_version")
  private long lockVersion;

  protected ItemVersion() {}

  ItemVersion(String itemCode, int versionNo, ItemDocument document, String editor) {
    this.itemCode = itemCode;
    this.versionNo = versionNo;
    this.status = VersionStatus.DRAFT;
    write(document, editor);
  }

  void edit(ItemDocument document, String editor) {
    requireStatus(VersionStatus.DRAFT, "catalog.version.not.draft");
    write(document, editor);
  }

  void submit(String by) {
    requireStatus(VersionStatus.DRAFT, "catalog.version.not.draft");
    status = VersionStatus.SUBMITTED;
    submittedBy = by;
    submittedAt = OffsetDateTime.now();
    reviewNote = null;
  }

  void publish(String by) {
    requireStatus(VersionStatus.SUBMITTED, "catalog.version.not.submitted");
    status = VersionStatus.PUBLISHED;
    publishedBy = by;
    publishedAt = OffsetDateTime.now();
  }

  void returnToDraft(String note) {
    requireStatus(VersionStatus.SUBMITTED, "catalog.version.not.submitted");
    status = VersionStatus.DRAFT;
    reviewNote = note;
  }

  void supersede() {
    requireStatus(VersionStatus.PUBLISHED, "catalog.version.not.published");
    status = VersionStatus.SUPERSEDED;
  }

  private void write(ItemDocument document, String editor) {
    var c = document.content();
    this.name = c.name();
    this.itemType = c.type();
    this.fullyOnline = c.fullyOnline();
    this.visits = c.visits();
    this.statutoryDays = c.statutoryDays();
    this.promisedDays = c.promisedDays();
    this.content = document.json();
    this.stepsCount = c.steps().size();
    this.materialsCount = c.materialCount();
    this.editedBy = editor;
    this.editedAt = OffsetDateTime.now();
  }

  private void requireStatus(VersionStatus expected, String messageCode) {
    if (status != expected) {
      throw BusinessRuleException.conflict(messageCode, itemCode, versionNo);
    }
  }

  String itemCode() {
    return itemCode;
  }

  int versionNo() {
    return versionNo;
  }

  VersionStatus status() {
    return status;
  }

  String name() {
    return name;
  }

  String content() {
    return content;
  }

  int stepsCount() {
    return stepsCount;
  }

  int materialsCount() {
    return materialsCount;
  }

  int promisedDays() {
    return promisedDays;
  }

  int visits() {
    return visits;
  }

  String editedBy() {
    return editedBy;
  }

  OffsetDateTime editedAt() {
    return editedAt;
  }

  String submittedBy() {
    return submittedBy;
  }

  OffsetDateTime submittedAt() {
    return submittedAt;
  }

  String publishedBy() {
    return publishedBy;
  }

  OffsetDateTime publishedAt() {
    return publishedAt;
  }

  String reviewNote() {
    return reviewNote;
  }
}
