package org.yiwang.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of integration tests: points the application at the suite's database and data directory. */
public abstract class DatabaseProperties {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    TestDatabases.register(registry);
    TestMail.register(registry);
  }
}
