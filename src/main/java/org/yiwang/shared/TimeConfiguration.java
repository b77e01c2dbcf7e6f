package org.yiwang.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform's clock: China Standard Time, where every legal time limit is counted. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.system(CHINA);
  }
}
