-- The chainer looks for the entries not yet chained, oldest first. Without this index PostgreSQL
-- walked the primary key past every chained entry to find them: 178 ms a round with the benchmark's
-- audit log, growing with the log. A partial index holds only the few entries waiting.
-- (PostgreSQL only: H2 has no partial indexes, and the embedded default's log stays small.)
create index audit_entry_unchained on audit_entry (id) where chain_seq is null;
