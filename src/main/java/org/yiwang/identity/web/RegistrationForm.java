package org.yiwang.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.yiwang.identity.AccountType;

/** The registration page's form. */
class RegistrationForm {

  @NotNull(message = "{identity.type.invalid}")
  private AccountType type = AccountType.PERSON;

  @NotBlank(message = "{identity.username.required}")
  @Pattern(regexp = "[A-Za-z][A-Za-z0-9_.-]{3,31}", message = "{identity.username.pattern}")
  private String username;

  @NotBlank(message = "{identity.name.required}")
  @Size(max = 100, message = "{identity.name.size}")
  private String name;

  @NotBlank(message = "{identity.idNumber.required}")
  @Size(max = 18, message = "{identity.idNumber.size}")
  private String idNumber;

  @NotBlank(message = "{identity.phone.required}")
  @Pattern(regexp = "1[3-9]\\d{9}", message = "{identity.phone.pattern}")
  private String phone;

  @NotBlank(message = "{identity.password.length}")
  private String password;

  private String confirmPassword;

  public AccountType getType() {
    return type;
  }

  public void setType(AccountType type) {
    this.type = type;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public void setIdNumber(String idNumber) {
    this.idNumber = idNumber;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmPassword() {
    return confirmPassword;
  }

  public void setConfirmPassword(String confirmPassword) {
    this.confirmPassword = confirmPassword;
  }
}
