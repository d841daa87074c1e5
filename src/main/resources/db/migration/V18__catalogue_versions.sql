-- The catalogue edited by administrators (docs/decisions/0018). A level or need that a measure or a scorecard used
-- is never rewritten: an edit adds a new version row and marks the old one superseded, so measures keep the row they
-- were defined with. Written once for H2 and PostgreSQL: plain types only.

-- A need's code names it across its versions, so it is no longer unique on its own. Dropping the column drops its
-- unnamed unique constraint on both databases (named differently on each), hence the copy and rename.
alter table persistent_need add column need_code varchar(60);
update persistent_need set need_code = code;
alter table persistent_need drop column code;
alter table persistent_need rename column need_code to code;
alter table persistent_need alter column code set not null;

alter table persistent_need add column version_no integer default 1 not null;
-- null: the current version; otherwise when a newer version replaced it
alter table persistent_need add column superseded_at timestamp with time zone;
-- null: offered for new measures; otherwise when it was retired (it stays on the measures and scorecards using it)
alter table persistent_need add column retired_at timestamp with time zone;
-- when the need entered the catalogue (kept by its later versions); null: shipped with Pacer, older than any measure
alter table persistent_need add column introduced_at timestamp with time zone;
alter table persistent_need add constraint uq_need_version unique (code, version_no);

-- Two versions of a level share its order, and a reordering may give a level the order another one had: the
-- current levels' orders are kept apart by the catalogue service, not by a constraint.
alter table hierarchy_level add column level_rank integer;
update hierarchy_level set level_rank = rank_no;
alter table hierarchy_level drop column rank_no;
alter table hierarchy_level rename column level_rank to rank_no;
alter table hierarchy_level alter column rank_no set not null;

alter table hierarchy_level add column version_no integer default 1 not null;
alter table hierarchy_level add column superseded_at timestamp with time zone;

-- When a measure was defined: a need added to the catalogue later is a gap only for measures defined after it.
-- Measures defined before this migration count from their relationship's creation.
alter table success_measure add column defined_at timestamp with time zone;
update success_measure set defined_at = (select r.created_at from relationship r where r.id = success_measure.relationship_id);
alter table success_measure alter column defined_at set not null;
