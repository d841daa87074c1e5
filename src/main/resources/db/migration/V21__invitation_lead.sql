-- An invitation into a provider's group may make the person its lead once they join (a people import's "lead"
-- column, the form's "lead" box): the lead is appointed when the password is set, so a revoked or expired
-- invitation leaves no lead behind for a user name someone else may be given later.
alter table invitation add column lead boolean default false not null;
