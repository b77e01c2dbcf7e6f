package org.yiwang.catalog.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What another node's publication of an item leaves in the database, written here as that node
 * would: a new published version (the name and the guide with a word added), the item's lock
 * version bumped. No event reaches this node.
 */
record AnotherNodesPublication(JdbcClient jdbc, String code, int before, int published) {

  static AnotherNodesPublication of(JdbcClient jdbc, String code, String word) {
    int before = jdbc.sql("select published_version from service_item where code = ?").param(code).query(Integer.class).single();
    int next = jdbc.sql("select max(version_no) + 1 from item_version where item_code = ?").param(code).query(Integer.class).single();
    jdbc.sql(
            """
            insert into item_version (item_code, version_no, status, name, item_type, fully_online, visits, statutory_days,
              promised_days, content, edited_by, edited_at, published_by, published_at)
            select item_code, :next, status, name || :word, item_type, fully_online, visits, statutory_days, promised_days,
              replace(content, name, name || :word), edited_by, edited_at, published_by, published_at
            from item_version where item_code = :code and version_no = :before
            """)
        .param("next", next).param("word", word).param("code", code).param("before", before)
        .update();
    jdbc.sql("update service_item set published_version = ?, lock_version = lock_version + 1 where code = ?").params(next, code).update();
    return new AnotherNodesPublication(jdbc, code, before, next);
  }

  /** The version before published again, and the new one gone, as another node would leave it. */
  void undo() {
    jdbc.sql("update service_item set published_version = ?, lock_version = lock_version + 1 where code = ?").params(before, code).update();
    jdbc.sql("delete from item_version where item_code = ? and version_no = ?").params(code, published).update();
  }
}
