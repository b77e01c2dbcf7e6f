-- An entry is written with the action it records (in the same transaction) and chained a moment
-- later by the chainer, in chain_seq order: the business transaction no longer holds the head.
alter table audit_entry alter column prev_hash drop not null;
alter table audit_entry alter column hash drop not null;
alter table audit_entry add column chain_seq bigint;
update audit_entry set chain_seq = id;
create unique index audit_entry_chain_seq on audit_entry (chain_seq);

alter table audit_head add column seq bigint not null default 0;
update audit_head set seq = (select coalesce(max(chain_seq), 0) from audit_entry);
