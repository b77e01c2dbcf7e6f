-- Four reductions (四减): each item keeps the figures of its first publication as its baseline.
alter table service_item add column baseline_steps integer;
alter table service_item add column baseline_materials integer;
alter table service_item add column baseline_days integer;
alter table service_item add column baseline_visits integer;

alter table item_version add column steps_count integer default 0 not null;
alter table item_version add column materials_count integer default 0 not null;

-- The laws and regulations the catalogue may cite; a legal basis naming another is a finding.
create table law (
  name       varchar(200) not null primary key,
  added_by   varchar(64)  not null,
  added_at   timestamp with time zone not null
);
