-- The channels (SMS, EMAIL) an applicant turned off for their case through the online hall (issue #23): the
-- documents of the case are no longer sent there. messaging/ContactPreferences owns it.
create table contact_opt_out (
  case_number varchar(32) not null references case_file (case_number),
  channel varchar(16) not null,
  opted_out_at timestamp with time zone not null,
  primary key (case_number, channel)
);
