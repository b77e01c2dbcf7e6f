package org.yiwang.catalog;

import java.math.BigDecimal;

/** The catalogue's headline figures: the full-online rate is in percent, two decimals. */
public record CatalogueOverview(
    long departments, long items, long fullyOnlineItems, BigDecimal fullyOnlineRate) {}
