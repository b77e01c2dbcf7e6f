package org.yiwang.shared;

/** A requested record does not exist (or the caller may not know that it does). */
public class NotFoundException extends RuntimeException {

  private final String messageCode;
  private final Object[] args;

  public NotFoundException(String messageCode, Object... args) {
    super(messageCode);
    this.messageCode = messageCode;
    this.args = args;
  }

  public String messageCode() {
    return messageCode;
  }

  public Object[] args() {
    return args;
  }
}
