package org.yiwang.license.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface UseRecords extends JpaRepository<UseRecord, Long> {

  List<UseRecord> findByIdentifierOrderByIdDesc(String identifier);
}
