package org.yiwang.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yiwang.security.*}: lockout after repeated failures, API token lifetime, how long a node
 * keeps a token it has resolved to its account.
 */
@ConfigurationProperties("yiwang.security")
record IdentityProperties(Lockout lockout, Duration tokenValidity, Duration tokenCache) {

  record Lockout(int maxFailures, Duration duration) {}

  IdentityProperties {
    if (lockout == null) {
      lockout = new Lockout(5, Duration.ofMinutes(15));
    }
    if (tokenValidity == null) {
      tokenValidity = Duration.ofHours(8);
    }
    if (tokenCache == null) {
      tokenCache = Duration.ofSeconds(10);
    }
    if (tokenCache.isNegative()) {
      throw new IllegalArgumentException("yiwang.security.token-cache must not be negative, not " + tokenCache);
    }
  }
}
