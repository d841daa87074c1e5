package org.pacer.imports;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;

import org.pacer.common.CsvText;
import org.pacer.common.NotFoundException;
import org.pacer.common.ValidationException;
import org.pacer.identity.CurrentUser;
import org.pacer.identity.Roles;
import org.pacer.relationship.Relationship;
import org.pacer.relationship.RelationshipAccess;
import org.pacer.time.PacerClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Imports as people start and follow them: an upload is kept as a run and checked in the background; a clean run is
 * saved on request. One run works at a time per node, the rest wait their turn.
 */
@Service
class Imports {

	private static final Logger log = LoggerFactory.getLogger(Imports.class);

	static final int QUEUE = 20;

	private final ImportRunRepository runs;

	private final ImportProblemRepository problems;

	private final ImportWork work;

	/**
	 * One import works at a time per node: an import of thousands of rows holds a transaction and a connection for
	 * its duration, and a machine of a few cores serves people meanwhile. Not a bean, since an Executor bean would
	 * replace Spring Boot's own application executor.
	 */
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	private final RelationshipAccess access;

	private final PacerClock clock;

	Imports(ImportRunRepository runs, ImportProblemRepository problems, ImportWork work, RelationshipAccess access,
			PacerClock clock) {
		this.runs = runs;
		this.problems = problems;
		this.work = work;
		this.access = access;
		this.clock = clock;
		executor.setCorePoolSize(1);
		executor.setMaxPoolSize(1);
		executor.setQueueCapacity(QUEUE);
		executor.setThreadNamePrefix("pacer-import-");
		// a run cut off at shutdown rolls back and shows as stopped; waiting briefly lets a short one finish
		executor.setWaitForTasksToCompleteOnShutdown(true);
		executor.setAwaitTerminationSeconds(10);
		executor.initialize();
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
	}

	/** The kinds this person may import, in the page's order. */
	List<RowImporter> importersFor(CurrentUser me) {
		return Arrays.stream(ImportKind.values()).map(work::importer).filter(i -> i.mayImport(me)).toList();
	}

	RowImporter importer(ImportKind kind) {
		return work.importer(kind);
	}

	/** Keeps the file and starts its check; what is wrong with the request itself is refused on its field. */
	ImportRun upload(ImportKind kind, Long relationshipId, String fileName, byte[] content, CurrentUser me) {
		if (kind == null) {
			throw ValidationException.of("kind", "Choose what the file holds");
		}
		RowImporter importer = importer(kind);
		if (!importer.mayImport(me)) {
			throw new AccessDeniedException("Importing " + importer.title() + " is not for " + me.id());
		}
		if (kind == ImportKind.HISTORY) {
			historyFor(relationshipId, me);
		}
		if (content == null || content.length == 0) {
			throw ValidationException.of("file", "Choose a CSV file to import");
		}
		if (content.length > CsvText.MAX_BYTES) {
			throw ValidationException.of("file", CsvText.tooLarge(content.length));
		}
		String name = fileName == null || fileName.isBlank() ? "upload.csv"
				: fileName.substring(0, Math.min(fileName.length(), 255));
		ImportRun run = runs.save(new ImportRun(kind, kind == ImportKind.HISTORY ? relationshipId : null, name, content,
				CsvText.checksum(content), me.id(), clock.now()));
		submit(run.getId(), () -> work.check(run.getId()));
		return run;
	}

	/** Starts saving a clean run; a run checked with problems, or already saving or saved, is refused. */
	void save(long runId, CurrentUser me) {
		ImportRun run = run(runId, me);
		if (!run.saveable()) {
			throw ValidationException.of("run", run.getStatus() == ImportStatus.SAVED ? "This file is imported already"
					: "Only a file checked without problems can be imported");
		}
		if (runs.move(runId, ImportStatus.CHECKED, ImportStatus.SAVING, clock.now()) == 0) {
			throw ValidationException.of("run", "This file is being imported already");
		}
		submit(runId, () -> work.save(runId));
	}

	/** The run when it is this person's (or they administer Pacer); otherwise it does not exist for them. */
	ImportRun run(long runId, CurrentUser me) {
		return runs.findById(runId).filter(r -> r.getCreatedBy().equals(me.id()) || me.has(Roles.ROLE_ADMIN))
				.orElseThrow(() -> new NotFoundException("Import", runId));
	}

	List<ImportRun> recent(CurrentUser me) {
		return runs.findTop10ByCreatedByOrderByCreatedAtDesc(me.id());
	}

	List<ImportProblem> problems(ImportRun run, int limit) {
		return problems.findByRunIdOrderByLineAscIdAsc(run.getId(), PageRequest.of(0, limit));
	}

	/** The first rows of a checked file, as they will be saved. */
	List<ImportRow> preview(ImportRun run, int limit) {
		List<ImportRow> rows = ImportFile.read(run.getContent(), importer(run.getKind()).columns()).rows();
		return rows.subList(0, Math.min(limit, rows.size()));
	}

	boolean stalled(ImportRun run) {
		return run.stalled(clock.now());
	}

	/** Relationships whose history this person may import: the ones they manage, or all for an administrator. */
	List<Relationship> historyTargets(CurrentUser me) {
		return access.visibleRelationships().stream()
				.filter(r -> me.has(Roles.ROLE_ADMIN) || me.id().equals(r.getManagerId())).toList();
	}

	private void historyFor(Long relationshipId, CurrentUser me) {
		if (relationshipId == null) {
			throw ValidationException.of("relationshipId", "Choose the relationship the results belong to");
		}
		Relationship relationship = access.relationship(relationshipId);
		if (!me.has(Roles.ROLE_ADMIN) && !me.id().equals(relationship.getManagerId())) {
			throw ValidationException.of("relationshipId",
					"Only the relationship's manager or an administrator imports its history");
		}
	}

	private void submit(long runId, Runnable task) {
		try {
			executor.execute(task);
		}
		catch (RejectedExecutionException e) {
			log.info("Import {} not started: {} imports are waiting on this node", runId, QUEUE);
			runs.finish(runId, ImportStatus.FAILED, 0, 0, 0, 0, "Too many imports are waiting; nothing was saved. "
					+ "Try again in a few minutes.", clock.now());
		}
	}
}
