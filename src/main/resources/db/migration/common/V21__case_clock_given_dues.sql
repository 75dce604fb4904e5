-- The deadlines a case's clock has shown to the applicant (受理通知书, the progress query): a deadline
-- counted provisionally — before next year's holiday notice was loaded — and then given is never moved
-- earlier when the notice arrives. A stop moves these dates by the working days it took, like the clock.
alter table case_clock add column promised_due_given date;
alter table case_clock add column statutory_due_given date;
