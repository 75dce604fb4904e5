-- Idempotent API requests: a client's retry with the same Idempotency-Key gets the first answer again
-- instead of acting twice. One row per client and key, written in the same transaction as the work;
-- only successful answers are kept (a refused request wrote nothing and may be sent again).
create table api_idempotency (
  client_id        varchar(64) not null,
  idempotency_key  varchar(100) not null,
  operation        varchar(64) not null,
  fingerprint      varchar(64) not null,
  status_code      integer not null,
  response_body    varchar(16000) not null,
  created_at       timestamp with time zone not null,
  primary key (client_id, idempotency_key)
);
