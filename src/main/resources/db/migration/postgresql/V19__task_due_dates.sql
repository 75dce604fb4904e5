-- Issue #11 (benchmark, README "Benchmark"): the officers' inboxes are sorted by due date and the 即将超期 / 已超期
-- filters compare the follow-up and due dates; the engine has no index on either. Measured with 10 000 open tasks
-- (group inbox page + count without the authorization join): p50 18.6 ms -> 5.6 ms, p95 28.3 ms -> 8.4 ms.
create index if not exists idx_oneseal_task_due on act_ru_task (due_date_);
create index if not exists idx_oneseal_task_follow_up on act_ru_task (follow_up_date_);
