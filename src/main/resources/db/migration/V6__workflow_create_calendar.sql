-- The working-day calendar: each year's State Council notice and its days off and adjusted working days.
create table calendar_notice (
  notice_year  integer      not null primary key,
  title        varchar(300) not null,
  published_on date         not null,
  source       varchar(300) not null,
  entered_by   varchar(64)  not null,
  entered_at   timestamp with time zone not null
);

create table calendar_day (
  on_date     date        not null primary key,
  notice_year integer     not null references calendar_notice (notice_year),
  kind      varchar(8)  not null,
  name      varchar(50) not null
);
create index calendar_day_by_year on calendar_day (notice_year);
