-- the bureau (engine tenant) that received the case
alter table case_file add column bureau_id varchar(32);
create index idx_case_file_bureau on case_file (bureau_id, received_at);
