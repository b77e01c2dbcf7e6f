package org.yiwang.catalog.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "department")
class Department {

  @Id private String code;
  private String name;

  @Column(name = "responsible_office")
  private String responsibleOffice;

  private String phone;
  private String uscc;

  @Column(name = "sort_order")
  private int sortOrder;

  protected Department() {}

  Department(String code, String name, String responsibleOffice, String phone, String uscc, int sortOrder) {
    this.code = code;
    this.name = name;
    this.responsibleOffice = responsibleOffice;
    this.phone = phone;
    this.uscc = uscc;
    this.sortOrder = sortOrder;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  String responsibleOffice() {
    return responsibleOffice;
  }

  String phone() {
    return phone;
  }

  String uscc() {
    return uscc;
  }

  int sortOrder() {
    return sortOrder;
  }
}
