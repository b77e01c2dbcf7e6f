package org.yiwang.license.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface UseRecords extends JpaRepository<UseRecord, Long> {

  /** A page of a license's uses, the latest first: a business license is read in case after case, for years. */
  Slice<UseRecord> findByIdentifierOrderByIdDesc(String identifier, Pageable page);
}
