package org.yiwang.notification.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredMessages extends JpaRepository<StoredMessage, Long> {

  List<StoredMessage> findByRecipientOrderByIdDesc(String recipient, Pageable page);

  long countByRecipientAndReadAtIsNull(String recipient);

  List<StoredMessage> findByRecipientAndReadAtIsNull(String recipient);
}
