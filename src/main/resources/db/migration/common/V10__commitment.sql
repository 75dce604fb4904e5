-- 告知承诺: the applicant's signed commitment of a case, the licence granted on it and the
-- regulator's verification due date.
create table commitment (
  case_number        varchar(32) primary key references case_file (case_number),
  applicant_id       varchar(32) not null,
  item_code          varchar(64) not null,
  conditions         varchar(4000) not null,
  signed_at          timestamp with time zone not null,
  recorded_by        varchar(64) not null,
  status             varchar(24) not null,
  licence_number     varchar(32),
  decided_at         timestamp with time zone,
  verification_due   timestamp with time zone,
  status_note        varchar(1000),
  status_changed_at  timestamp with time zone
);
create index idx_commitment_applicant on commitment (applicant_id);
