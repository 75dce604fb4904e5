-- 告知承诺: the commitment an applicant signed in a case (the conditions as written in the 告知承诺书),
-- where it stands, and the regulator's verification due date. Applicant, item, decision and licence
-- are the case's (case_file).
create table commitment (
  case_number        varchar(32) primary key references case_file (case_number),
  conditions         varchar(4000) not null,
  signed_at          timestamp with time zone not null,
  recorded_by        varchar(64) not null,
  status             varchar(24) not null,
  verification_due   timestamp with time zone,
  status_note        varchar(1000),
  status_changed_at  timestamp with time zone
);
