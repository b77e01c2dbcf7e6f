package org.yiwang.catalog;

/** A department with how many published items it offers and how many of them fully online. */
public record DepartmentView(
    String code,
    String name,
    String responsibleOffice,
    String phone,
    String uscc,
    long itemCount,
    long fullyOnlineCount) {}
