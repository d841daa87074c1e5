-- Providers are set up in the portal: a contact and notes, and archiving instead of deleting, so a provider's
-- history stays readable while it gets no new relationships.
alter table provider add column contact varchar(200);
alter table provider add column notes varchar(2000);
alter table provider add column archived_at timestamp with time zone;
alter table provider add column archived_by varchar(64);
