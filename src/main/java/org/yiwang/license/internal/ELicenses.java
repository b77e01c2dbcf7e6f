package org.yiwang.license.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ELicenses extends JpaRepository<ELicense, String> {

  List<ELicense> findByHolderUsernameOrderByIssuedOnDescIdentifierDesc(String holderUsername);

  List<ELicense> findByDepartmentCodeOrderByCreatedAtDesc(String departmentCode, Pageable page);

  Optional<ELicense> findByCaseId(String caseId);
}
