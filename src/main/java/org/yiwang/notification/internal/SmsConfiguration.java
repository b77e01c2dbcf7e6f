package org.yiwang.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.notification.SmsSender;

/** Without an SMS gateway, text messages go to the log, the phone number masked. */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

  private static final Logger log = LoggerFactory.getLogger("org.yiwang.notification.sms");

  @Bean
  @ConditionalOnMissingBean(SmsSender.class)
  SmsSender loggingSmsSender() {
    return (phone, text) -> log.info("SMS to {}: {}", mask(phone), text);
  }

  static String mask(String phone) {
    if (phone == null || phone.length() < 7) {
      return "***";
    }
    return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
  }
}
