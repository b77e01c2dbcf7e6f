-- E-licenses (电子证照) with the directory fields of GB/T 36902/36903.
create table e_license (
  identifier        varchar(120) not null primary key,
  license_name      varchar(200) not null,
  license_number    varchar(64)  not null unique,
  type_name         varchar(200) not null,
  type_code         varchar(40)  not null,
  holder_username   varchar(64)  not null,
  holder_name       varchar(200) not null,
  holder_id         varchar(32)  not null,
  holder_id_type    varchar(3)   not null,
  issuer_name       varchar(200) not null,
  issuer_code       varchar(18)  not null,
  department_code   varchar(32)  not null,
  issued_on         date         not null,
  valid_until       date,
  territory_code    varchar(6)   not null,
  trust_level       varchar(2)   not null,
  revoked_at        timestamp with time zone,
  revoked_reason    varchar(1000),
  fields            varchar(20000) not null,
  case_id           varchar(36),
  case_number       varchar(20),
  key_id            varchar(16)  not null,
  signature         varchar(400) not null,
  signed_at         timestamp with time zone not null,
  created_at        timestamp with time zone not null
);
create index e_license_holder on e_license (holder_username, issued_on);
create index e_license_department on e_license (department_code, issued_on);
create unique index e_license_case on e_license (case_id);

create sequence license_serial_seq start with 1 increment by 1;
