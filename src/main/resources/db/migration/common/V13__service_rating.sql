-- 好差评 (国办发〔2019〕51号; GB/T 39734-2020 "一事一评"): one rating per case, 1–5
-- (5 非常满意 … 1 非常不满意); grades 1–2 are bad ratings (差评) and must carry a reason. The channel is
-- where it was given: PORTAL (网上), WINDOW (窗口评价器), FOLLOW_UP (回访时电话评价). A bad rating's
-- rectification is due by rectification_due; its result, told to the applicant, is kept with it.
create table service_rating (
  case_number        varchar(32) primary key references case_file (case_number),
  grade              integer not null check (grade between 1 and 5),
  reason             varchar(1000),
  channel            varchar(16) not null,
  rated_at           timestamp with time zone not null,
  recorded_by        varchar(64),
  rectification_due  timestamp with time zone,
  rectified_at       timestamp with time zone,
  rectification      varchar(2000)
);
create index idx_service_rating_grade on service_rating (grade, rated_at);
