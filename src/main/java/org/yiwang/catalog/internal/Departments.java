package org.yiwang.catalog.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Departments extends JpaRepository<Department, String> {

  List<Department> findAllByOrderBySortOrder();
}
