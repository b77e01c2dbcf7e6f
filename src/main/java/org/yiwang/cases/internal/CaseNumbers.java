package org.yiwang.cases.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.yiwang.shared.db.Sequences;
import org.springframework.stereotype.Component;

/**
 * Case numbers people can read out on the phone: {@code YK} (营口), the date, and a 7-digit
 * serial from a database sequence, e.g. {@code YK2611270000123}: unique across nodes.
 */
@Component
class CaseNumbers {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyMMdd");

  private final Sequences sequences;

  CaseNumbers(Sequences sequences) {
    this.sequences = sequences;
  }

  String next(LocalDate today) {
    long serial = sequences.next("case_number_seq");
    return "YK" + today.format(DATE) + "%07d".formatted(serial % 10_000_000L);
  }
}
