package org.yiwang.notification;

import java.time.OffsetDateTime;

/** A message in someone's message box. */
public record Message(long id, String title, String body, String link, OffsetDateTime createdAt, boolean read) {}
