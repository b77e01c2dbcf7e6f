package org.yiwang.quality;

import java.util.List;
import java.util.Optional;
import org.yiwang.catalog.ItemContent;

/** The quality module's public face. Reads come from the latest audit and never wait for one. */
public interface CatalogueQuality {

  QualityReport report();

  Optional<ItemQuality> item(String code);

  /** A department's items with findings, worst first. */
  List<ItemQuality> itemsOfDepartment(String departmentCode);

  /** Audits the whole published catalogue now. */
  QualityReport auditAll();

  /** Findings of a version not yet published (for the editor and the publication queue). */
  List<Finding> check(ItemContent content);
}
