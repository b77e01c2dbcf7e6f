package org.yiwang.shared.db;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;

/**
 * Ids for rows written at a high rate into big tables: version 7 UUIDs (RFC 9562), whose text
 * begins with the millisecond they were made, so a new row's key lands at the end of each index it
 * is in. A random or version 1 UUID lands anywhere in the index: with ten million cases every insert
 * would read and dirty its own page of indexes far larger than the database's cache.
 */
public final class TimeOrderedIds {

  // increments within the same millisecond, so ids made by one node also sort in the order made
  private static final TimeBasedEpochGenerator generator = Generators.timeBasedEpochGenerator();

  private TimeOrderedIds() {}

  /** A new id, in the canonical 36-character form of a UUID. */
  public static String next() {
    return generator.generate().toString();
  }
}
