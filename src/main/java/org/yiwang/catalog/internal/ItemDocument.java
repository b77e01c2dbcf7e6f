package org.yiwang.catalog.internal;

import org.yiwang.catalog.ItemContent;

/** An item version's content together with its stored JSON form. */
record ItemDocument(ItemContent content, String json) {}
