package org.pacer.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.pacer.audit.AuditLog;
import org.pacer.common.ValidationException;
import org.pacer.imports.RowImporter.ImportContext;
import org.pacer.imports.RowImporter.RowWriter;
import org.pacer.time.PacerClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a file's rows through its importer in one transaction. The check rolls that transaction back, so every rule of
 * the domain (duplicates in the database and in the file itself, a manager who is not one, an archived provider) is
 * applied without a copy of it here; the save commits it only when every row went in, so a refusal at that point
 * (someone added the same provider meanwhile) saves nothing at all. Progress and problems are written in
 * transactions of their own, so a page sees them while the work runs.
 */
@Component
class ImportWork {

	private static final Logger log = LoggerFactory.getLogger(ImportWork.class);

	/** Rows between progress reports and between clearing the persistence context, which keeps each row cheap. */
	static final int BATCH = 100;

	/** Problems kept per run: enough to fix a file, bounded for a file where every row is wrong. */
	static final int MAX_PROBLEMS = 1000;

	private final Map<ImportKind, RowImporter> importers;

	private final ImportRunRepository runs;

	private final ImportProblemRepository problems;

	private final EntityManager entities;

	private final TransactionTemplate work;

	private final TransactionTemplate separately;

	private final AuditLog audit;

	private final PacerClock clock;

	ImportWork(List<RowImporter> importers, ImportRunRepository runs, ImportProblemRepository problems,
			EntityManager entities, PlatformTransactionManager transactions, AuditLog audit, PacerClock clock) {
		Map<ImportKind, RowImporter> byKind = new HashMap<>();
		importers.forEach(importer -> byKind.put(importer.kind(), importer));
		this.importers = Map.copyOf(byKind);
		this.runs = runs;
		this.problems = problems;
		this.entities = entities;
		this.work = new TransactionTemplate(transactions);
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.audit = audit;
		this.clock = clock;
	}

	RowImporter importer(ImportKind kind) {
		return importers.get(kind);
	}

	/** A problem found on a line and column, or (both null) of the whole file. */
	record Problem(Integer line, String column, String message) {
	}

	void check(long runId) {
		run(runId, false);
	}

	void save(long runId) {
		run(runId, true);
	}

	private void run(long runId, boolean keep) {
		ImportRun run = separately.execute(status -> runs.findById(runId).orElseThrow());
		RowImporter importer = importers.get(run.getKind());
		ImportFile file = ImportFile.read(run.getContent(), importer.columns());
		if (!file.problems().isEmpty()) {
			finish(run, ImportStatus.CHECKED, 0, 0, 0, 0,
					file.problems().stream().map(p -> new Problem(null, null, p)).toList(), null);
			return;
		}
		int total = file.rows().size();
		List<Problem> found = new ArrayList<>();
		int[] counts = new int[3]; // done, rows with errors, saved
		try {
			work.execute(status -> {
				RowWriter writer = importer.open(new ImportContext(run.getCreatedBy(), run.getRelationshipId()));
				Map<String, Integer> firstLineOf = new HashMap<>();
				for (ImportRow row : file.rows()) {
					List<Problem> refused = write(importer, writer, row, firstLineOf);
					if (!refused.isEmpty()) {
						if (keep) {
							throw new RefusedAtSave(refused.get(0));
						}
						counts[1]++;
						refused.stream().limit(Math.max(0, MAX_PROBLEMS - found.size())).forEach(found::add);
					}
					else {
						counts[2]++;
					}
					if (++counts[0] % BATCH == 0) {
						entities.flush();
						entities.clear();
						separately.executeWithoutResult(s -> runs.progress(runId, total, counts[0], counts[1], clock.now()));
					}
				}
				if (!keep) {
					status.setRollbackOnly();
				}
				return null;
			});
		}
		catch (RefusedAtSave e) {
			log.info("Import {} refused at line {} while saving: {}", runId, e.problem.line(), e.problem.message());
			finish(run, ImportStatus.FAILED, total, counts[0], 1, 0, List.of(e.problem), "Line " + e.problem.line()
					+ " was refused while saving (it passed the check: the data changed since). Nothing was saved; "
					+ "upload the file again to check it anew.");
			return;
		}
		catch (ValidationException e) {
			// the importer refused the run as a whole, such as a history for a relationship without measures
			List<Problem> whole = e.fieldErrors().values().stream().map(m -> new Problem(null, null, m)).toList();
			log.info("Import {} refused: {}", runId, e.getMessage());
			finish(run, ImportStatus.CHECKED, total, 0, 0, 0, whole, null);
			return;
		}
		catch (RuntimeException e) {
			log.error("Import {} stopped at row {} of {}", runId, counts[0] + 1, total, e);
			finish(run, ImportStatus.FAILED, total, counts[0], counts[1], 0, found, "The import stopped at line "
					+ lineOf(file, counts[0]) + " on an unexpected problem. Nothing was saved.");
			return;
		}
		if (keep) {
			audit.record(run.getRelationshipId(), run.getCreatedBy(), "IMPORT_SAVED", counts[2] + " "
					+ importer.title().toLowerCase(Locale.ROOT) + " from " + run.getFileName());
		}
		finish(run, keep ? ImportStatus.SAVED : ImportStatus.CHECKED, total, counts[0], counts[1],
				keep ? counts[2] : 0, found, null);
	}

	/** The row's problems: a second row with the same key, its shape, or what the importer refused. */
	private static List<Problem> write(RowImporter importer, RowWriter writer, ImportRow row,
			Map<String, Integer> firstLineOf) {
		String key = importer.keyOf(row);
		Integer first = key == null ? null : firstLineOf.putIfAbsent(key, row.line());
		if (first != null) {
			return List.of(new Problem(row.line(), importer.keyColumn(), "Line " + first + " has the same "
					+ importer.keyColumn() + ": each row must differ in it"));
		}
		if (row.shapeProblem() != null) {
			return List.of(new Problem(row.line(), null, row.shapeProblem()));
		}
		try {
			writer.write(row);
			return List.of();
		}
		catch (ValidationException e) {
			return e.fieldErrors().entrySet().stream().map(f -> new Problem(row.line(), f.getKey(), f.getValue()))
					.toList();
		}
	}

	private static int lineOf(ImportFile file, int index) {
		return index < file.rows().size() ? file.rows().get(index).line() : file.rows().get(file.rows().size() - 1).line();
	}

	/** A problem of the file as a whole leaves a message, so the run cannot be saved even with no row refused. */
	private void finish(ImportRun run, ImportStatus status, int total, int done, int errors, int saved,
			List<Problem> found, String message) {
		String said = message != null || found.stream().noneMatch(p -> p.line() == null) ? message
				: "The file was not read: see why below.";
		separately.executeWithoutResult(s -> {
			problems.saveAll(found.stream()
					.map(p -> new ImportProblem(run.getId(), p.line(), p.column(), p.message())).toList());
			runs.finish(run.getId(), status, total, done, errors, saved, said, clock.now());
		});
	}

	/** A row that passed the check but not the save: the transaction rolls back whole. */
	private static final class RefusedAtSave extends RuntimeException {

		private final transient Problem problem;

		RefusedAtSave(Problem problem) {
			super(problem.message(), null, false, false);
			this.problem = problem;
		}
	}
}
