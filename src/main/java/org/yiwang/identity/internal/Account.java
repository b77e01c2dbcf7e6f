package org.yiwang.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.yiwang.identity.AccountType;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.shared.id.Masking;

@Entity
@Table(name = "account")
class Account {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;

  @Column(name = "password_hash")
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_type")
  private AccountType type;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "id_number")
  private String idNumber;

  private String phone;

  private String email;

  @Column(name = "department_code")
  private String departmentCode;

  private String roles;

  @Column(name = "failed_attempts")
  private int failedAttempts;

  @Column(name = "locked_until")
  private OffsetDateTime lockedUntil;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected Account() {}

  Account(
      String username,
      String passwordHash,
      AccountType type,
      String displayName,
      String idNumber,
      String phone,
      String departmentCode,
      Set<Role> roles) {
    this.username = username;
    this.passwordHash = passwordHash;
    this.type = type;
    this.displayName = displayName;
    this.idNumber = idNumber;
    this.phone = phone;
    this.departmentCode = departmentCode;
    this.roles = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    this.createdAt = OffsetDateTime.now();
  }

  /** A wrong password: after too many in a row the account is locked for a while. */
  void signInFailed(int maxFailures, Duration lockout) {
    failedAttempts++;
    if (failedAttempts >= maxFailures) {
      lockedUntil = OffsetDateTime.now().plus(lockout);
      failedAttempts = 0;
    }
  }

  void signedIn() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  boolean lockedNow() {
    return lockedUntil != null && lockedUntil.isAfter(OffsetDateTime.now());
  }

  String username() {
    return username;
  }

  String idNumber() {
    return idNumber;
  }

  String phone() {
    return phone;
  }

  String email() {
    return email;
  }

  void changeEmail(String email) {
    this.email = email;
  }

  String passwordHash() {
    return passwordHash;
  }

  Set<Role> roles() {
    return roles(roles);
  }

  /** The roles as the column holds them: names joined by commas. */
  static Set<Role> roles(String column) {
    if (column == null || column.isBlank()) {
      return EnumSet.noneOf(Role.class);
    }
    return Arrays.stream(column.split(","))
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  /** As an API request's principal (no password: the token was the credential). */
  SignedInAccount asPrincipal() {
    return new SignedInAccount(
        username,
        "",
        lockedNow(),
        authorities(),
        view());
  }

  java.util.List<org.springframework.security.core.authority.SimpleGrantedAuthority> authorities() {
    return roles().stream().map(r -> new org.springframework.security.core.authority.SimpleGrantedAuthority(r.authority())).toList();
  }

  CurrentUser view() {
    return new CurrentUser(
        username, displayName, type, Masking.idNumber(idNumber), departmentCode, roles());
  }
}
