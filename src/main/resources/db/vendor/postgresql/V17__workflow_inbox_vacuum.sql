-- The inbox is a queue: rows come and go with every task. Vacuumed often, its pages stay all-visible,
-- so a page of the inbox is read from the index alone (PostgreSQL's defaults wait for a fifth of the
-- table to change).
alter table work_inbox set (
  autovacuum_vacuum_scale_factor = 0.02,
  autovacuum_vacuum_insert_scale_factor = 0.02,
  autovacuum_analyze_scale_factor = 0.05
);
