-- Lists page, sort and filter in the database (issue 13): each index serves a list's query or its count.

-- the latest scorecard of each relationship (not exists a later one), a relationship's scorecards by period
create index ix_scorecard_rel_period on scorecard (relationship_id, period_start);

-- the relationships list: visibility and the provider filter join on the provider, the default order is the name
create index ix_relationship_provider on relationship (provider_id);
create index ix_relationship_name on relationship (name);

-- a relationship's audit trail, newest first, a page at a time
create index ix_audit_rel_time on audit_event (relationship_id, occurred_at);

-- a person's notifications, newest first: to them, or to one of their groups
create index ix_notification_user_time on notification (recipient_user, created_at);
create index ix_notification_group_time on notification (recipient_group, created_at);

-- the API's lists of plans and decisions, newest first within the visible relationships
create index ix_plan_rel_created on improvement_plan (relationship_id, created_at);
create index ix_decision_rel_prepared on sourcing_decision (relationship_id, prepared_at);
