-- The values a measure's results may take (issue 14, plausibility): either end may be open. A result outside is
-- refused at every door. Measures defined before keep an open range: nothing already saved becomes invalid.
alter table success_measure add column valid_min numeric(19,4);
alter table success_measure add column valid_max numeric(19,4);
alter table measure_template_version add column valid_min numeric(19,4);
alter table measure_template_version add column valid_max numeric(19,4);

-- the seeded templates: a share is 0 to 100 %, hours and counts are never negative
update measure_template_version set valid_min = 0, valid_max = 100 where unit = '%' and created_by = 'system';
update measure_template_version set valid_min = 0 where unit in ('hours', 'count') and created_by = 'system';
update measure_template_version set valid_min = 1, valid_max = 5 where unit = 'score' and created_by = 'system'
	and definition like 'Average score (1 to 5)%';
