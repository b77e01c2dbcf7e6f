package org.yiwang.notification.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.yiwang.notification.Message;

@Entity
@Table(name = "notification_message")
class StoredMessage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String recipient;
  private String title;
  private String body;
  private String link;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  /** PENDING while the message is still to reach its recipient outside the platform; null if it stays in the box. */
  private String delivery;

  @Column(name = "delivery_due_at")
  private OffsetDateTime deliveryDueAt;

  protected StoredMessage() {}

  StoredMessage(String recipient, String title, String body, String link, OffsetDateTime createdAt, boolean outside) {
    this.recipient = recipient;
    this.title = title;
    this.body = body;
    this.link = link;
    this.createdAt = createdAt;
    if (outside) {
      this.delivery = OutsideDelivery.PENDING;
      this.deliveryDueAt = createdAt;
    }
  }

  Message view() {
    return new Message(id, title, body, link, createdAt, readAt != null);
  }
}
