-- Idempotency-Key on the API's POSTs (docs/decisions/0025): the first answer to a caller's key, replayed when the
-- same request comes again within 24 hours. status is null while the first request still runs.
create table api_idempotency (
	caller varchar(200) not null,
	idem_key varchar(255) not null,
	fingerprint varchar(64) not null,
	created_at timestamp not null,
	status integer,
	content_type varchar(200),
	location varchar(1000),
	body bytea,
	-- the answer held a secret shown once (an invitation link): kept without its body
	secret boolean default false not null,
	constraint api_idempotency_pk primary key (caller, idem_key)
);
