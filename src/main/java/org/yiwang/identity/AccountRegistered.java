package org.yiwang.identity;

/** An applicant registered with real-name data. */
public record AccountRegistered(String username, AccountType type) {}
