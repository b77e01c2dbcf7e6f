package org.yiwang.notification;

/**
 * Sends a text message. Replace the default (which only logs, with the number masked) by a bean
 * for the city's SMS gateway.
 */
public interface SmsSender {
  void send(String phone, String text);
}
