-- The applicant's query code (查询码), printed on the 收件凭证; only its SHA-256 is kept.
alter table case_file add column query_secret_hash varchar(64);
