package org.pacer.api;

/** Example bodies for the OpenAPI document: what a caller sends and gets back, as JSON. */
final class ApiExamples {

	private ApiExamples() {
	}

	static final String PROBLEM_404 = """
			{"type":"about:blank","title":"Not Found","status":404,"detail":"Relationship 7 not found","instance":"/api/v1/relationships/7"}""";

	static final String PROBLEM_400 = """
			{"type":"about:blank","title":"Bad Request","status":400,"detail":"A parameter has the wrong type.",
			 "instance":"/api/v1/scorecards","errors":[{"field":"period","row":null,"message":"'March' is not a date as YYYY-MM-DD"}]}""";

	static final String PUSH = """
			{"rows":[
			 {"period":"2026-10-01","measureId":12,"value":99.95,"unit":"%","comment":"Planned maintenance on the 12th"},
			 {"period":"2026-10-01","measureId":13,"value":3.5,"unit":"h"},
			 {"period":"2026-09-01","measureId":12,"value":"99.7"}]}""";

	static final String PUSHED = """
			{"accepted":2,"replaced":1,"refused":0,"rows":[
			 {"row":0,"measureId":12,"period":"2026-10-01","outcome":"ACCEPTED","reasons":[]},
			 {"row":1,"measureId":13,"period":"2026-10-01","outcome":"ACCEPTED","reasons":[]},
			 {"row":2,"measureId":12,"period":"2026-09-01","outcome":"REPLACED","reasons":[]}]}""";

	static final String PUSH_REFUSED = """
			{"type":"about:blank","title":"Bad Request","status":400,
			 "detail":"2 row(s) refused; nothing was saved. Correct the fields listed and send the request again.",
			 "instance":"/api/v1/relationships/3/results",
			 "errors":[{"field":"rows[1].value","row":1,"message":"'n/a' is not a number"},
			  {"field":"rows[2].measureId","row":2,"message":"Unknown measure 99 for this relationship"}],
			 "rows":[{"row":0,"measureId":12,"period":"2026-10-01","outcome":"NOT_SAVED","reasons":[]},
			  {"row":1,"measureId":13,"period":"2026-10-01","outcome":"REFUSED","reasons":["rows[1].value: 'n/a' is not a number"]},
			  {"row":2,"measureId":99,"period":"2026-10-01","outcome":"REFUSED","reasons":["rows[2].measureId: Unknown measure 99 for this relationship"]}]}""";

	static final String RELATIONSHIPS = """
			{"items":[{"id":3,"name":"Hosting and operations","providerId":1,"provider":"Acme Hosting","providerKind":"VENDOR",
			 "managerId":"maria","status":"ACTIVE","reviewPeriod":"MONTHLY","startDate":"2025-11-01","expectedLevel":2,
			 "achievedLevel":2,"rampUpEndsOn":null,"latestScorecard":{"id":40,"relationshipId":3,"reviewId":41,
			 "period":"2026-10-01","computedAt":"2026-11-04T09:12:00Z","inRampUp":false,"overallScore":96.5,
			 "achievedLevel":2,"standing":"AMBER","green":7,"amber":1,"red":0,"noData":0}}],
			 "page":0,"size":20,"total":1,"pages":1}""";

	static final String RELATIONSHIP = """
			{"id":3,"name":"Hosting and operations","providerId":1,"provider":"Acme Hosting","providerKind":"VENDOR",
			 "managerId":"maria","status":"ACTIVE","reviewPeriod":"MONTHLY","startDate":"2025-11-01","expectedLevel":2,
			 "achievedLevel":2,"rampUpEndsOn":null,"latestScorecard":null}""";

	static final String PROVIDER = """
			{"id":1,"name":"Acme Hosting","kind":"VENDOR","contact":"servicedesk@acme.example","notes":null,
			 "archived":false,"archivedAt":null}""";

	static final String PROVIDERS = """
			{"items":[{"id":1,"name":"Acme Hosting","kind":"VENDOR","contact":"servicedesk@acme.example","notes":null,
			 "archived":false,"archivedAt":null}],"page":0,"size":20,"total":1,"pages":1}""";

	static final String PROVIDER_REQUEST = """
			{"name":"Acme Hosting","kind":"VENDOR","contact":"servicedesk@acme.example","notes":"Contract 2026-04"}""";

	static final String NEW_RELATIONSHIP = """
			{"name":"Hosting and operations","providerId":1,"managerId":"maria","reviewPeriod":"MONTHLY",
			 "startDate":"2026-11-01","expectedLevel":2,"copyFrom":"library:1"}""";

	static final String MEASURES = """
			[{"id":12,"relationshipId":3,"name":"Service availability","unit":"%","direction":"HIGHER_IS_BETTER",
			  "need":"Service availability","perspective":"INTERNAL_PROCESS","level":1,"retiredFrom":null,
			  "versions":[{"id":20,"effectiveFrom":"2025-11-01","target":99.9,"threshold":99.5,"weight":2,
			   "createdBy":"maria","createdAt":"2025-11-02T10:00:00Z"}]}]""";

	static final String RESULTS = """
			{"items":[{"measureId":12,"measure":"Service availability","unit":"%","period":"2026-10-01","value":99.95,
			 "comment":null,"source":"API","submittedBy":"token:Acme monitoring","submittedAt":"2026-11-02T06:00:00Z"}],
			 "page":0,"size":50,"total":1,"pages":1}""";

	static final String SCORECARDS = """
			{"items":[{"id":40,"relationshipId":3,"reviewId":41,"period":"2026-10-01","computedAt":"2026-11-04T09:12:00Z",
			 "inRampUp":false,"overallScore":96.5,"achievedLevel":2,"standing":"AMBER","green":7,"amber":1,"red":0,
			 "noData":0}],"page":0,"size":20,"total":1,"pages":1}""";

	static final String SCORECARD = """
			{"summary":{"id":40,"relationshipId":3,"reviewId":41,"period":"2026-10-01","computedAt":"2026-11-04T09:12:00Z",
			 "inRampUp":false,"overallScore":96.5,"achievedLevel":2,"standing":"AMBER","green":7,"amber":1,"red":0,"noData":0},
			 "lines":[{"measureId":12,"measure":"Service availability","perspective":"INTERNAL_PROCESS","level":1,
			  "direction":"HIGHER_IS_BETTER","actual":99.6,"target":99.9,"threshold":99.5,"targetSource":"CONTRACT",
			  "weight":2,"attainment":25,"rating":"AMBER",
			  "explanation":"Service availability 99.6 against target 99.9 (amber line 99.5, higher is better): attainment 25 % -> AMBER"}],
			 "perspectives":[{"perspective":"INTERNAL_PROCESS","score":90,"measures":3,"measuresWithData":3}],
			 "levels":[{"level":1,"name":"Systems reliability","status":"ACHIEVED","green":3,"amber":1,"red":0,"noData":0}]}""";

	static final String REVIEWS = """
			{"items":[{"id":41,"relationshipId":3,"period":"2026-10-01","status":"PUBLISHED","openedAt":"2026-11-01T00:00:00Z",
			 "resultsSubmittedBy":"token:Acme monitoring","resultsSubmittedAt":"2026-11-02T06:00:00Z",
			 "recommendedImprovement":false,"recommendationReason":"No measure is RED","assessment":"A solid month.",
			 "improvementNeeded":false,"overrideReason":null,"reviewedBy":"maria","reviewedAt":"2026-11-05T10:00:00Z",
			 "acknowledgedBy":"vera","acknowledgedAt":"2026-11-06T08:00:00Z","disputeReason":null,
			 "publishedAt":"2026-11-06T08:00:00Z","scorecard":null}],"page":0,"size":20,"total":1,"pages":1}""";

	static final String REVIEW = """
			{"id":41,"relationshipId":3,"period":"2026-10-01","status":"IN_REVIEW","openedAt":"2026-11-01T00:00:00Z",
			 "resultsSubmittedBy":"token:Acme monitoring","resultsSubmittedAt":"2026-11-02T06:00:00Z",
			 "recommendedImprovement":null,"recommendationReason":null,"assessment":null,"improvementNeeded":null,
			 "overrideReason":null,"reviewedBy":null,"reviewedAt":null,"acknowledgedBy":null,"acknowledgedAt":null,
			 "disputeReason":null,"publishedAt":null,"scorecard":null}""";

	static final String PLANS = """
			{"items":[{"id":5,"relationshipId":3,"reviewId":38,"status":"APPROVED","targetMaturity":3,
			 "summary":"Stabilise the storage cluster","submittedBy":"vera","submittedAt":"2026-08-10T09:00:00Z",
			 "reviewComments":null,"decidedBy":"maria","decidedAt":"2026-08-12T15:00:00Z","createdAt":"2026-08-06T08:00:00Z",
			 "actions":[{"id":9,"description":"Replace the failing controllers","ownerSide":"PROVIDER","ownerUser":"vera",
			  "dueDate":"2026-09-30","measureId":12,"status":"OPEN","completedBy":null,"completedAt":null,
			  "completionNote":null}]}],"page":0,"size":20,"total":1,"pages":1}""";

	static final String PLAN = """
			{"id":5,"relationshipId":3,"reviewId":38,"status":"SUBMITTED","targetMaturity":3,"summary":"Stabilise the storage cluster",
			 "submittedBy":"vera","submittedAt":"2026-08-10T09:00:00Z","reviewComments":null,"decidedBy":null,"decidedAt":null,
			 "createdAt":"2026-08-06T08:00:00Z","actions":[]}""";

	static final String DECISIONS = """
			{"items":[{"id":2,"relationshipId":4,"trigger":"REPEATED_MISSES","status":"DECIDED",
			 "preparedAt":"2026-07-01T08:00:00Z","optionsConsidered":"CONTINUE,REMEDIATE,BRING_IN_HOUSE,RE_TENDER",
			 "decision":"REMEDIATE","rationale":"One more quarter with a remediation plan","evidence":"{...}",
			 "remediationDeadline":"2026-09-30","noticePeriodDays":null,"decidedBy":"tom",
			 "decidedAt":"2026-07-09T14:00:00Z","successorRelationshipId":null}],"page":0,"size":20,"total":1,"pages":1}""";

	static final String DECISION = """
			{"id":2,"relationshipId":4,"trigger":"SCHEDULED","status":"PENDING","preparedAt":"2026-07-01T08:00:00Z",
			 "optionsConsidered":"CONTINUE,REMEDIATE,BRING_IN_HOUSE,RE_TENDER","decision":null,"rationale":null,
			 "evidence":"{...}","remediationDeadline":null,"noticePeriodDays":null,"decidedBy":null,"decidedAt":null,
			 "successorRelationshipId":null}""";

	static final String CATALOGUE = """
			{"levels":[{"id":1,"rank":1,"name":"Systems reliability","description":"Systems are available and incidents are resolved within agreed times.",
			  "minMaturity":2,"version":1}],
			 "needs":[{"id":1,"code":"SERVICE_AVAILABILITY","name":"Service availability","description":"Share of agreed service hours the service is up.",
			  "perspective":"INTERNAL_PROCESS","levelId":1,"level":1,"version":1,"retired":false}],
			 "maturityLevels":[{"level":1,"name":"Initial","description":"Work is done ad hoc; results depend on individuals."}]}""";

	static final String LEVEL_IN = """
			{"rank":6,"name":"Ecosystem leadership","description":"The provider leads a network of partners.","minMaturity":5}""";

	static final String LEVEL = """
			{"id":6,"rank":6,"name":"Ecosystem leadership","description":"The provider leads a network of partners.","minMaturity":5,"version":1}""";

	static final String NEED_IN = """
			{"name":"Security incidents","description":"Number of security incidents in the period.","perspective":"INTERNAL_PROCESS","levelId":1}""";

	static final String NEED = """
			{"id":16,"code":"SECURITY_INCIDENTS","name":"Security incidents","description":"Number of security incidents in the period.",
			 "perspective":"INTERNAL_PROCESS","levelId":1,"level":1,"version":1,"retired":false}""";

	static final String MATURITY_IN = """
			{"name":"Repeatable"}""";

	static final String MATURITY = """
			{"level":2,"name":"Repeatable","description":"Work is planned and tracked per service; commitments are met under normal load."}""";

	static final String CATALOGUE_REFUSED = """
			{"type":"about:blank","title":"Bad Request","status":400,
			 "detail":"The request was refused and nothing was saved: correct the fields listed.","instance":"/api/v1/catalogue/levels",
			 "errors":[{"field":"name","row":null,"message":"A level named 'Systems reliability' exists already"},
			  {"field":"rank","row":null,"message":"Cost effectiveness has order 2 already"}]}""";

	static final String RESULTS_CSV = """
			period,measure_id,measure,unit,value,comment\r
			2026-10-01,12,Service availability,%,99.95,Planned maintenance on the 12th\r
			2026-10-01,13,Incident resolution time,h,3.5,\r
			""";

	static final String SCORECARDS_CSV = """
			period,measure_id,measure,perspective,level,actual,target,amber_line,target_source,weight,attainment,rating,explanation,overall_score,standing\r
			2026-10-01,12,Service availability,INTERNAL_PROCESS,1,99.6,99.9,99.5,CONTRACT,2,25,AMBER,"99.6 % against a target of 99.9 %, AMBER",96.5,AMBER\r
			""";

	static final String PEOPLE = """
			{"items":[{"userId":"maria","name":"Maria Keller","email":"maria@client.example","group":"managers",
			 "groupTitle":"Relationship managers","providerId":null,"state":"ACTIVE","lead":false,"invitationId":null,
			 "expiresAt":null},
			{"userId":"vera","name":"Vera Novak","email":"vera@acme.example","group":"provider-acme-hosting",
			 "groupTitle":"Acme Hosting","providerId":1,"state":"ACTIVE","lead":true,"invitationId":null,"expiresAt":null},
			{"userId":"ana","name":"Ana Smith","email":"ana@acme.example","group":"provider-acme-hosting",
			 "groupTitle":"Acme Hosting","providerId":1,"state":"INVITED","lead":false,"invitationId":7,
			 "expiresAt":"2026-12-11T09:00:00Z"}],
			 "page":0,"size":20,"total":3,"pages":1}""";

	static final String PERSON = """
			[{"userId":"ana","name":"Ana Smith","email":"ana@acme.example","group":"provider-acme-hosting",
			 "groupTitle":"Acme Hosting","providerId":1,"state":"INVITED","lead":false,"invitationId":7,
			 "expiresAt":"2026-12-11T09:00:00Z"}]""";

	static final String INVITE = """
			{"name":"Ana Smith","email":"ana@acme.example","userId":"ana","group":"provider-acme-hosting"}""";

	static final String INVITED = """
			{"invitationId":7,"userId":"ana","email":"ana@acme.example","group":"provider-acme-hosting",
			 "expiresAt":"2026-12-11T09:00:00Z","mailed":true,"link":null}""";

	static final String INVITE_REFUSED = """
			{"type":"about:blank","title":"Bad Request","status":400,
			 "detail":"The request was refused and nothing was saved: correct the fields listed.","instance":"/api/v1/people",
			 "errors":[{"field":"email","row":null,"message":"Someone with this address is already in Pacer or invited"}]}""";

	static final String LIBRARY = """
			[{"id":1,"name":"Managed hosting","description":"Hosting and operations of business systems.","templates":[
			 {"id":1,"setId":1,"version":2,"needId":1,"need":"Service availability","level":1,"name":"Service availability",
			  "definition":"Minutes up during agreed service hours, as a share of those hours.","unit":"%",
			  "direction":"HIGHER_IS_BETTER","target":99.95,"threshold":99.5,"weight":3,"reportedBy":"INTEGRATION",
			  "changedBy":"olivia","changedAt":"2026-11-20T09:00:00Z"}]}]""";

	static final String LIBRARY_SET_DRAFT = """
			{"name":"Service desk","description":"First- and second-line support."}""";

	static final String LIBRARY_SET = """
			{"id":2,"name":"Service desk","description":"First- and second-line support.","templates":[]}""";

	static final String LIBRARY_SET_REFUSED = """
			{"type":"about:blank","title":"Bad Request","status":400,
			 "detail":"The request was refused and nothing was saved: correct the fields listed.",
			 "instance":"/api/v1/library/sets","errors":[{"field":"name","row":null,"message":"There is already a set named 'Service desk'"}]}""";

	static final String TEMPLATE_DRAFT = """
			{"needId":9,"name":"User satisfaction","definition":"Average survey score after each closed ticket.",
			 "unit":"score","direction":"HIGHER_IS_BETTER","target":4.2,"threshold":3.8,"weight":2,"reportedBy":"SURVEY"}""";

	static final String TEMPLATE = """
			{"id":30,"setId":2,"version":1,"needId":9,"need":"User satisfaction","level":3,"name":"User satisfaction",
			 "definition":"Average survey score after each closed ticket.","unit":"score","direction":"HIGHER_IS_BETTER",
			 "target":4.2,"threshold":3.8,"weight":2,"reportedBy":"SURVEY","changedBy":"olivia","changedAt":"2026-11-20T09:00:00Z"}""";

	static final String TEMPLATE_REFUSED = """
			{"type":"about:blank","title":"Bad Request","status":400,
			 "detail":"The request was refused and nothing was saved: correct the fields listed.",
			 "instance":"/api/v1/library/sets/2/templates","errors":[
			  {"field":"name","row":null,"message":"This set already has a template named 'User satisfaction'"},
			  {"field":"threshold","row":null,"message":"When higher is better, the amber line must not be above the target"},
			  {"field":"weight","row":null,"message":"The weight must be more than 0"}]}""";
}
