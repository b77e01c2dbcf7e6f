package org.yiwang.notification;

import java.util.List;

/** Each account's in-app messages, newest first. */
public interface MessageBox {

  List<Message> latest(String username, int limit);

  long unread(String username);

  void markAllRead(String username);
}
