package org.yiwang.catalog;

import java.util.List;

/**
 * Asked before a version is published: the problems that must be fixed first, as messages in the
 * publisher's language. Other modules implement it (the quality audit does); the catalogue refuses
 * a publication while any check reports a problem.
 */
public interface PublicationCheck {

  List<String> blockingProblems(String itemCode, String departmentCode, ItemContent content);
}
