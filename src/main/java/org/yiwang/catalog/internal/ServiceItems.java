package org.yiwang.catalog.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceItems extends JpaRepository<ServiceItem, String> {}
