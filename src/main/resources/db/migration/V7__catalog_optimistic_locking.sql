-- Two administrators (or an editor and the publisher) acting on one item at once: one wins, the
-- other is told, and nothing is written back over a newer state.
alter table service_item add column lock_version bigint default 0 not null;
alter table item_version add column lock_version bigint default 0 not null;
