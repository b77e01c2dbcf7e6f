package org.yiwang.catalog;

/**
 * Where a version of an item stands: a department administrator edits a DRAFT and SUBMITs it, the
 * platform administrator PUBLISHes it (or returns it to DRAFT with a note); publishing a new
 * version makes the previous one SUPERSEDED, still readable.
 */
public enum VersionStatus {
  DRAFT,
  SUBMITTED,
  PUBLISHED,
  SUPERSEDED
}
