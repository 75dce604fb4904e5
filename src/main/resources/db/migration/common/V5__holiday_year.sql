-- Holiday notices loaded at run time (calendar maintenance); they add to or replace the years of the
-- data files.
create table holiday_year (
  calendar_year int primary key,
  source      varchar(300) not null,
  off_days    varchar(4000) not null,
  work_days   varchar(2000) not null,
  loaded_at   timestamp with time zone not null,
  loaded_by   varchar(64)
);
