package org.yiwang.catalog.internal;

import org.springframework.stereotype.Component;
import org.yiwang.catalog.ItemContent;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes the JSON document of an item version. */
@Component
class ItemDocuments {

  private final JsonMapper json;

  ItemDocuments(JsonMapper json) {
    this.json = json;
  }

  ItemDocument of(ItemContent content) {
    return new ItemDocument(content, json.writeValueAsString(content));
  }

  ItemContent read(String document) {
    return json.readValue(document, ItemContent.class);
  }
}
