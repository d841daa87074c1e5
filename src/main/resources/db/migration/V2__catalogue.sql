-- The hierarchy of needs and the persistent-needs catalogue ship as data: an organisation may add levels and needs.

insert into maturity_level (level_no, name, description) values
	(1, 'Initial', 'Work is done ad hoc; results depend on individuals.'),
	(2, 'Managed', 'Work is planned and tracked per service; commitments are met under normal load.'),
	(3, 'Defined', 'Standard processes are documented and followed across the service.'),
	(4, 'Quantitatively managed', 'Processes are steered by measures with known variation.'),
	(5, 'Optimizing', 'Processes improve continuously from measured causes.');

insert into hierarchy_level (rank_no, name, description, min_maturity) values
	(1, 'Systems reliability', 'Systems are available and incidents are resolved within agreed times.', 2),
	(2, 'Cost effectiveness', 'The service is delivered within budget at a falling unit cost.', 2),
	(3, 'Service responsiveness', 'Users are served quickly and changes arrive when promised.', 3),
	(4, 'Business improvement', 'The provider improves the business processes it supports.', 4),
	(5, 'Strategic partnership', 'The provider shapes strategy and brings innovation.', 5);

insert into persistent_need (code, name, description, perspective, level_id) values
	('SERVICE_AVAILABILITY', 'Service availability', 'Share of agreed service hours the service is up.', 'INTERNAL_PROCESS', (select id from hierarchy_level where rank_no = 1)),
	('INCIDENT_RESOLUTION', 'Incident resolution time', 'Time to resolve priority incidents.', 'INTERNAL_PROCESS', (select id from hierarchy_level where rank_no = 1)),
	('MAJOR_INCIDENTS', 'Major incidents', 'Number of major incidents in the period.', 'CUSTOMER', (select id from hierarchy_level where rank_no = 1)),
	('STAFF_CONTINUITY', 'Staff continuity', 'Share of key staff retained on the account.', 'LEARNING_AND_GROWTH', (select id from hierarchy_level where rank_no = 1)),
	('COST_AGAINST_BUDGET', 'Cost against budget', 'Spend in the period as a share of budget.', 'FINANCIAL', (select id from hierarchy_level where rank_no = 2)),
	('UNIT_COST_TREND', 'Unit cost trend', 'Change of the cost per unit of service against the year before.', 'FINANCIAL', (select id from hierarchy_level where rank_no = 2)),
	('INVOICE_ACCURACY', 'Invoice accuracy', 'Share of invoices accepted without correction.', 'FINANCIAL', (select id from hierarchy_level where rank_no = 2)),
	('AUTOMATION_RATE', 'Automation rate', 'Share of routine work handled without manual effort.', 'INTERNAL_PROCESS', (select id from hierarchy_level where rank_no = 2)),
	('USER_SATISFACTION', 'User satisfaction', 'Average satisfaction score from user surveys.', 'CUSTOMER', (select id from hierarchy_level where rank_no = 3)),
	('CHANGE_ON_TIME', 'Change delivery on time', 'Share of changes delivered by the agreed date.', 'INTERNAL_PROCESS', (select id from hierarchy_level where rank_no = 3)),
	('FIRST_CONTACT_RESOLUTION', 'First contact resolution', 'Share of requests resolved at first contact.', 'CUSTOMER', (select id from hierarchy_level where rank_no = 3)),
	('SKILLS_COVERAGE', 'Skills coverage', 'Share of required skills covered by trained staff.', 'LEARNING_AND_GROWTH', (select id from hierarchy_level where rank_no = 3)),
	('IMPROVEMENT_IDEAS', 'Improvement ideas adopted', 'Number of provider improvement ideas adopted in the period.', 'LEARNING_AND_GROWTH', (select id from hierarchy_level where rank_no = 4)),
	('PROCESS_CYCLE_TIME', 'Business process cycle time', 'Change of the cycle time of the supported business process.', 'CUSTOMER', (select id from hierarchy_level where rank_no = 4)),
	('INNOVATION_VALUE', 'Innovation value', 'Value delivered by provider-led innovation.', 'FINANCIAL', (select id from hierarchy_level where rank_no = 5));
