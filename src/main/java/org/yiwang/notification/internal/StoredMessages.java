package org.yiwang.notification.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredMessages extends JpaRepository<StoredMessage, Long> {

  List<StoredMessage> findByRecipientOrderByIdDesc(String recipient, Pageable page);

  /** On PostgreSQL from the partial index of unread messages (V32), not the recipient's every message. */
  long countByRecipientAndReadAtIsNull(String recipient);

  /** One statement, however many: a window clerk is told of every case that arrives. */
  @Modifying
  @Query("update StoredMessage m set m.readAt = :now where m.recipient = :recipient and m.readAt is null")
  int markAllRead(String recipient, OffsetDateTime now);
}
