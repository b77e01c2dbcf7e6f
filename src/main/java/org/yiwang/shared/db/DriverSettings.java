package org.yiwang.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's driver writes a failed statement's parameters and the server's detail ("Key
 * (id_number)=(…) already exists") into its exception messages, and the persistence layer logs them:
 * a citizen's ID number would reach the log. The driver is told to leave them out, whatever URL the
 * pool was given (the profile's, a test's or the benchmark's); the error itself is still logged.
 */
@Component
class DriverSettings implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
      pool.addDataSourceProperty("logServerErrorDetail", "false");
    }
    return bean;
  }
}
