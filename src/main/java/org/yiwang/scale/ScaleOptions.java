package org.yiwang.scale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code yiwang.scale.*}: how much province data to generate. Nonsense is refused at start with a
 * message that says what is wrong.
 */
@ConfigurationProperties("yiwang.scale")
record ScaleOptions(boolean generate, Integer items, Long cases, Integer seed) {

  static final int MAX_ITEMS = 150_000;
  static final long MAX_CASES = 50_000_000L;

  ScaleOptions {
    items = items == null ? 100_000 : items;
    cases = cases == null ? 1_000_000L : cases;
    seed = seed == null ? 42 : seed;
    if (items < 0 || items > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "yiwang.scale.items must be between 0 and " + MAX_ITEMS + " (published items in the whole province), not " + items);
    }
    if (cases < 0 || cases > MAX_CASES) {
      throw new IllegalArgumentException("yiwang.scale.cases must be between 0 and " + MAX_CASES + ", not " + cases);
    }
    if (seed < 0 || seed > 99) {
      throw new IllegalArgumentException("yiwang.scale.seed must be between 0 and 99 (it is part of the case numbers), not " + seed);
    }
  }
}
