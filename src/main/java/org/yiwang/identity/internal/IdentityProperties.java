package org.yiwang.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code yiwang.security.*}: lockout after repeated failures, API token lifetime. */
@ConfigurationProperties("yiwang.security")
record IdentityProperties(Lockout lockout, Duration tokenValidity) {

  record Lockout(int maxFailures, Duration duration) {}

  IdentityProperties {
    if (lockout == null) {
      lockout = new Lockout(5, Duration.ofMinutes(15));
    }
    if (tokenValidity == null) {
      tokenValidity = Duration.ofHours(8);
    }
  }
}
