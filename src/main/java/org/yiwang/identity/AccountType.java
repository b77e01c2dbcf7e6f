package org.yiwang.identity;

public enum AccountType {
  PERSON,
  ENTERPRISE,
  STAFF
}
