package org.pacer.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.pacer.measure.MeasureService;
import org.pacer.measure.SuccessMeasure;
import org.pacer.relationship.Relationship;
import org.pacer.result.PeriodResult;
import org.pacer.result.ResultService;
import org.pacer.result.ResultsCsv;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardLine;
import org.pacer.scorecard.ScorecardService;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A relationship's results and scorecards as CSV files people can share. The results file has exactly the columns
 * the CSV upload takes ({@link ResultsCsv#COLUMNS}): a period's file can be edited and uploaded again. The caller
 * has checked the relationship is visible.
 */
@Service
@Transactional(readOnly = true)
public class Exports {

	/** The columns of the scorecards file: each figure with what went into it and why it is rated so. */
	public static final List<String> SCORECARD_COLUMNS = List.of("period", "measure_id", "measure", "perspective",
			"level", "actual", "target", "amber_line", "target_source", "weight", "attainment", "rating", "explanation",
			"overall_score", "standing");

	private final MeasureService measures;

	private final ResultService results;

	private final ScorecardService scorecards;

	public Exports(MeasureService measures, ResultService results, ScorecardService scorecards) {
		this.measures = measures;
		this.results = results;
		this.scorecards = scorecards;
	}

	/** Every result of the relationship, or of one period, by period and measure name. */
	public byte[] resultsCsv(Relationship relationship, LocalDate period) {
		Map<Long, SuccessMeasure> byId = measures.measuresOf(relationship.getId()).stream()
				.collect(Collectors.toMap(SuccessMeasure::getId, Function.identity()));
		List<PeriodResult> rows = results.history(List.copyOf(byId.values())).stream()
				.filter(r -> period == null || r.getPeriodStart().equals(period))
				.sorted(Comparator.comparing(PeriodResult::getPeriodStart)
						.thenComparing(r -> byId.get(r.getMeasureId()).getName()))
				.toList();
		Csv csv = new Csv(ResultsCsv.COLUMNS);
		for (PeriodResult r : rows) {
			SuccessMeasure m = byId.get(r.getMeasureId());
			csv.row(r.getPeriodStart(), m.getId(), m.getName(), m.getUnit(), r.getValue(), r.getComment());
		}
		return bytes(csv);
	}

	/** Every line of every scorecard of the relationship, or of one period. */
	public byte[] scorecardsCsv(Relationship relationship, LocalDate period) {
		Csv csv = new Csv(SCORECARD_COLUMNS);
		for (Scorecard s : scorecards.history(relationship.getId())) {
			if (period != null && !s.getPeriodStart().equals(period)) {
				continue;
			}
			for (ScorecardLine l : s.getLines()) {
				csv.row(s.getPeriodStart(), l.getMeasureId(), l.getMeasureName(), l.getPerspective(), l.getLevelRank(),
						l.getActual(), l.getTargetUsed(), l.getThresholdUsed(), l.getTargetSource(), l.getWeight(),
						l.getAttainment(), l.getRating(), l.getExplanation(), s.getOverallScore(), s.standing());
			}
		}
		return bytes(csv);
	}

	/** The results file as a download. */
	public ResponseEntity<byte[]> resultsFile(Relationship relationship, LocalDate period) {
		return Downloads.csv(resultsCsv(relationship, period), fileName(relationship, "results", period, "csv"));
	}

	/** The scorecards file as a download. */
	public ResponseEntity<byte[]> scorecardsFile(Relationship relationship, LocalDate period) {
		return Downloads.csv(scorecardsCsv(relationship, period), fileName(relationship, "scorecards", period, "csv"));
	}

	/** A file name from the relationship's name: "Hosting and operations" -> "hosting-and-operations". */
	public static String fileName(Relationship relationship, String what, LocalDate period, String extension) {
		String slug = relationship.getName().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug + "-" + what + (period == null ? "" : "-" + period) + "." + extension;
	}

	/** UTF-8 with a byte order mark, so spreadsheet programs read the accents right; the upload skips it. */
	private static byte[] bytes(Csv csv) {
		return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
	}
}
