-- The API's rate limits shared by all nodes (docs/decisions/0014): one row per caller and limits, holding the state
-- of its Bucket4j bucket in Bucket4j's own binary form; each request locks its row with SELECT ... FOR UPDATE.
-- Used on PostgreSQL only (org.pacer.api.ApiLimitsConfig): on the embedded H2 the buckets stay in memory and this
-- table stays empty. V6 was never used; Flyway would refuse a V6 below an applied V7.
create table api_rate_bucket (
	id varchar(400) not null,
	state bytea,
	constraint api_rate_bucket_pk primary key (id)
);
