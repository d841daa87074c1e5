-- The values a measure's results may take (issue 14, plausibility): either end may be open. A result outside is
-- refused at every door. Measures defined before keep an open range: nothing already saved becomes invalid.
alter table success_measure add column valid_min numeric(19,4);
alter table success_measure add column valid_max numeric(19,4);
alter table measure_template_version add column valid_min numeric(19,4);
alter table measure_template_version add column valid_max numeric(19,4);

-- The seeded templates. A share where higher is better is 0 to 100 %; spend against budget (an amber line above
-- 100 %) can run over but not below 0; a change in unit cost can be negative, so it keeps an open range.
update measure_template_version set valid_min = 0, valid_max = 100
	where created_by = 'system' and unit = '%' and direction = 'HIGHER_IS_BETTER';
update measure_template_version set valid_min = 0
	where created_by = 'system' and unit = '%' and direction = 'LOWER_IS_BETTER' and threshold > 100;
-- hours and counts are never negative; the satisfaction score is asked on a scale of 1 to 5
update measure_template_version set valid_min = 0 where created_by = 'system' and unit in ('hours', 'count');
update measure_template_version set valid_min = 1, valid_max = 5
	where created_by = 'system' and unit = 'score' and definition like 'Average score (1 to 5)%';
