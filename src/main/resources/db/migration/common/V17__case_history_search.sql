-- Issue #9: the auditors' case history search (audit/CaseHistory) pages over every case, newest received
-- first, and filters by status, officer and date; these keep it off full scans of a large history.
create index idx_case_file_received on case_file (received_at);
create index idx_case_file_status_received on case_file (status, received_at);
create index idx_case_file_received_by on case_file (received_by);
create index idx_case_file_decided_by on case_file (decided_by);
create index idx_case_file_process on case_file (process_instance_id);
create index idx_case_opinion_officer on case_opinion (officer_id, case_number);
