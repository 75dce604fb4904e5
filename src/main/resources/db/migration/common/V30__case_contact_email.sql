-- The applicant's e-mail address (optional), given at registration at the window or in the online hall: notices are
-- also sent there with the sealed PDF attached (the outbox, issue #23). casefile/CaseFiles owns it.
alter table case_file add column contact_email varchar(254);
