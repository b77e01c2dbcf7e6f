package org.yiwang.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import org.yiwang.catalog.ItemContent.FieldType;
import org.yiwang.catalog.ItemContent.FormField;
import org.yiwang.catalog.ItemContent.ServiceObject;

/**
 * The application form an item's situation asks when its department has not written its own: who
 * applies and how to reach them, by kind of applicant (the fields of the general application form).
 */
final class StandardForms {

  private StandardForms() {}

  static List<FormField> forApplicants(List<ServiceObject> applicants) {
    boolean enterprise = applicants.contains(ServiceObject.ENTERPRISE);
    boolean person = applicants.isEmpty() || applicants.contains(ServiceObject.PERSON);
    List<FormField> fields = new ArrayList<>();
    if (enterprise && !person) {
      fields.add(field("organisationName", "单位名称", "Organisation name", FieldType.TEXT, true));
      fields.add(field("creditCode", "统一社会信用代码", "Unified social credit code", FieldType.USCC, true));
      fields.add(field("legalRepresentative", "法定代表人", "Legal representative", FieldType.TEXT, true));
    } else {
      fields.add(field("applicantName", "申请人姓名", "Applicant's name", FieldType.TEXT, true));
      fields.add(field("idNumber", "公民身份号码", "Resident ID number", FieldType.ID_NUMBER, true));
    }
    fields.add(field("phone", "联系电话", "Phone", FieldType.PHONE, true));
    fields.add(field("address", "联系地址", "Address", FieldType.ADDRESS, true));
    fields.add(field("reason", "申请事由", "Reason for applying", FieldType.TEXT, false));
    return List.copyOf(fields);
  }

  private static FormField field(String name, String label, String labelEn, FieldType type, boolean required) {
    return new FormField(name, label, labelEn, type, required, null, List.of());
  }
}
