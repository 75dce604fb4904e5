-- Idempotent API requests (/api/v1, the portal's and the regulators' systems'): a client's retry with the
-- same Idempotency-Key gets the first answer again instead of acting twice. One row per client, key space
-- and key, written in the same transaction as the work; only successful answers are kept (a refused request
-- wrote nothing and may be sent again). The key space (scope) is '*' for a client whose keys are unique
-- across its operations (the regulators' systems), else the operation (the portal: APPLICATION, or
-- CORRECTIONS / SUPPLEMENTS / RECTIFICATION with the case number). The stored answer may hold an
-- applicant's query code in clear (the answer to an online application).
create table api_idempotency (
  client_id        varchar(64) not null,
  scope            varchar(64) not null,
  idempotency_key  varchar(100) not null,
  operation        varchar(64) not null,
  fingerprint      varchar(64) not null,
  status_code      integer not null,
  response_body    varchar(16000) not null,
  created_at       timestamp with time zone not null,
  primary key (client_id, scope, idempotency_key)
);
