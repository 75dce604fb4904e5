-- Issue #11 (benchmark, README "Benchmark"): every task query of a logged-in officer joins the engine's
-- authorizations with "perms_ & 2 = 2" (READ on the task) or "perms_ & 64 = 64" (READ_TASK on the process
-- definition). PostgreSQL has no statistics for such an expression and guesses 0.5 % of the rows: for 10 000 open
-- tasks it expected 12 authorization rows instead of 2 501 and compared every task with every row (6.2 million
-- comparisons, group inbox count 1.2-1.5 s). With statistics on the two expressions it probes the authorization
-- index per task instead (57 ms). The plan is only used when PostgreSQL plans the statement with its values: the
-- application sends the engine's statements with an authorization check unprepared (schema/AuthorizationCheckPlans);
-- a generic plan never sees the numbers 2 and 64 and falls back to the guess.
-- Expression statistics exist from PostgreSQL 14 on; on older servers this migration changes nothing.
do $$
begin
  if current_setting('server_version_num')::int >= 140000 then
    execute 'create statistics if not exists oneseal_auth_read on ((perms_ & 2)) from act_ru_authorization';
    execute 'create statistics if not exists oneseal_auth_read_task on ((perms_ & 64)) from act_ru_authorization';
    execute 'analyze act_ru_authorization';
  end if;
end
$$;
