package org.pacer.export;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.pacer.improvement.ImprovementAction;
import org.pacer.improvement.ImprovementPlan;
import org.pacer.improvement.ImprovementService;
import org.pacer.relationship.Relationship;
import org.pacer.review.PerformanceReview;
import org.pacer.scorecard.Rating;
import org.pacer.scorecard.Scorecard;
import org.pacer.scorecard.ScorecardLine;
import org.pacer.scorecard.ScorecardService;
import org.pacer.time.PacerClock;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A review as a PDF report a manager can send to the provider: the scorecard with each figure's explanation, trend
 * charts up to the period, the manager's assessment and the improvement plan. Drawn with OpenPDF. The caller has
 * checked the review is visible.
 */
@Service
@Transactional(readOnly = true)
public class ReviewReport {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

	private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);

	private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);

	private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

	private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7, Color.DARK_GRAY);

	private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

	private static final Map<Rating, Color> RATING_COLOURS = Map.of(Rating.GREEN, new Color(0xD4EDDA), Rating.AMBER,
			new Color(0xFFE8B3), Rating.RED, new Color(0xF8D0D0), Rating.NO_DATA, new Color(0xE8E8E8));

	private final ScorecardService scorecards;

	private final ImprovementService improvements;

	private final PacerClock clock;

	public ReviewReport(ScorecardService scorecards, ImprovementService improvements, PacerClock clock) {
		this.scorecards = scorecards;
		this.improvements = improvements;
		this.clock = clock;
	}

	/** The report as a download. */
	public ResponseEntity<byte[]> file(Relationship relationship, PerformanceReview review) {
		return Downloads.pdf(pdf(relationship, review),
				Exports.fileName(relationship, "review", review.getPeriodStart(), "pdf"));
	}

	public byte[] pdf(Relationship relationship, PerformanceReview review) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 40, 40, 40, 40);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		String period = relationship.periodLabel(review.getPeriodStart());
		document.addTitle("Performance review " + period + " - " + relationship.getName());
		document.addCreator("Pacer");
		document.open();
		document.add(new Paragraph("Performance review " + period, TITLE));
		document.add(new Paragraph(relationship.getName() + " with " + relationship.getProvider().getName()
				+ " - manager " + relationship.getManagerId() + " - status " + words(review.getStatus().name())
				+ " - printed " + clock.today().format(DAY), TEXT));

		Scorecard scorecard = scorecards.forReview(review.getId()).orElse(null);
		heading(document, "Scorecard");
		if (scorecard == null) {
			document.add(new Paragraph("The scorecard is computed once the period's results are in.", TEXT));
		}
		else {
			document.add(new Paragraph("Overall score " + number(scorecard.getOverallScore()) + " % - standing "
					+ scorecard.standing() + " - " + scorecard.getRatings().summary()
					+ " - level achieved " + scorecard.getAchievedLevel()
					+ (scorecard.isInRampUp() ? " (ramp-up period)" : ""), BOLD));
			document.add(scorecardTable(scorecard));
		}

		List<Scorecard> history = scorecards.history(relationship.getId()).stream()
				.filter(s -> !s.getPeriodStart().isAfter(review.getPeriodStart())).toList();
		if (history.size() > 1) {
			heading(document, "Trends");
			document.add(trends(writer, relationship, history));
		}

		heading(document, "Assessment");
		document.add(new Paragraph(review.getAssessment() == null ? "Not assessed yet." : review.getAssessment(), TEXT));
		if (review.getImprovementNeeded() != null) {
			document.add(new Paragraph("Improvement needed: " + (review.getImprovementNeeded() ? "yes" : "no")
					+ (review.getOverrideReason() == null ? "" : " (recommendation overridden: "
							+ review.getOverrideReason() + ")"), TEXT));
		}
		if (review.getDisputeReason() != null) {
			document.add(new Paragraph("Disputed by the provider: " + review.getDisputeReason(), TEXT));
		}

		improvements.plansOf(relationship.getId()).stream().filter(p -> p.getReviewId().equals(review.getId()))
				.findFirst().ifPresent(plan -> plan(document, plan));
		document.close();
		return out.toByteArray();
	}

	private static PdfPTable scorecardTable(Scorecard scorecard) {
		PdfPTable table = new PdfPTable(new float[] { 3.2f, 1.1f, 1.1f, 1.2f, 1.5f, 1.2f, 4.4f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		table.setHeaderRows(1);
		for (String title : List.of("Measure", "Actual", "Target", "Amber line", "Attainment", "Rating",
				"Explanation")) {
			PdfPCell cell = new PdfPCell(new Phrase(title, BOLD));
			cell.setBackgroundColor(new Color(0xEEF1F5));
			table.addCell(cell);
		}
		for (ScorecardLine line : scorecard.getLines()) {
			table.addCell(new Phrase(line.getMeasureName(), TEXT));
			table.addCell(right(number(line.getActual())));
			table.addCell(right(number(line.getTargetUsed())));
			table.addCell(right(number(line.getThresholdUsed())));
			table.addCell(right(line.getAttainment() == null ? "" : number(line.getAttainment()) + " %"));
			PdfPCell rating = new PdfPCell(new Phrase(line.getRating().name().replace('_', ' '), BOLD));
			rating.setBackgroundColor(RATING_COLOURS.get(line.getRating()));
			table.addCell(rating);
			table.addCell(new Phrase(line.getExplanation(), SMALL));
		}
		return table;
	}

	/** The overall score and each measure's attainment, one small chart each, two to a row. */
	private static PdfPTable trends(PdfWriter writer, Relationship relationship, List<Scorecard> history) {
		List<String> labels = history.stream().map(s -> relationship.periodLabel(s.getPeriodStart())).toList();
		PdfPTable grid = new PdfPTable(2);
		grid.setWidthPercentage(100);
		grid.getDefaultCell().setBorder(PdfPCell.NO_BORDER);
		grid.addCell(chart(writer, "Overall score (%)", labels,
				history.stream().map(Scorecard::getOverallScore).toList()));
		// attainment by measure and period; a period without a result has none (a gap in the line)
		Map<String, Map<LocalDate, BigDecimal>> byMeasure = new TreeMap<>();
		for (Scorecard s : history) {
			for (ScorecardLine l : s.getLines()) {
				byMeasure.computeIfAbsent(l.getMeasureName(), n -> new HashMap<>()).put(s.getPeriodStart(),
						l.getAttainment());
			}
		}
		byMeasure.forEach((name, points) -> grid.addCell(chart(writer, name + " - attainment (%)", labels,
				history.stream().map(s -> points.get(s.getPeriodStart())).toList())));
		grid.completeRow();
		return grid;
	}

	/** A line chart of values by period, the 100 % line dashed; a period without a value leaves a gap. */
	private static Image chart(PdfWriter writer, String title, List<String> labels, List<BigDecimal> values) {
		float width = 250;
		float height = 120;
		float left = 28;
		float bottom = 18;
		float plotW = width - left - 8;
		float plotH = height - bottom - 18;
		double max = Math.max(110, values.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue)
				.max().orElse(100) * 1.05);
		PdfContentByte canvas = writer.getDirectContent();
		PdfTemplate t = canvas.createTemplate(width, height);
		BaseFont font = TEXT.getCalculatedBaseFont(false);
		t.beginText();
		t.setFontAndSize(font, 7.5f);
		t.showTextAligned(Element.ALIGN_LEFT, title, 0, height - 9, 0);
		t.setFontAndSize(font, 6);
		for (int tick : new int[] { 0, 50, 100 }) {
			t.showTextAligned(Element.ALIGN_RIGHT, Integer.toString(tick), left - 3,
					bottom + (float) (tick / max) * plotH - 2, 0);
		}
		int step = Math.max(1, labels.size() / 6);
		for (int i = 0; i < labels.size(); i += step) {
			t.showTextAligned(Element.ALIGN_CENTER, labels.get(i), x(i, labels.size(), left, plotW), 6, 0);
		}
		t.endText();
		t.setColorStroke(Color.GRAY);
		t.setLineWidth(0.5f);
		t.rectangle(left, bottom, plotW, plotH);
		t.stroke();
		t.setLineDash(2, 2);
		float hundred = bottom + (float) (100 / max) * plotH;
		t.moveTo(left, hundred);
		t.lineTo(left + plotW, hundred);
		t.stroke();
		t.setLineDash(0);
		t.setColorStroke(new Color(0x1F5FA8));
		t.setColorFill(new Color(0x1F5FA8));
		t.setLineWidth(1.2f);
		boolean drawing = false;
		List<float[]> dots = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			BigDecimal v = values.get(i);
			if (v == null) {
				if (drawing) {
					t.stroke();
				}
				drawing = false;
				continue;
			}
			float px = x(i, values.size(), left, plotW);
			float py = bottom + (float) (Math.max(0, v.doubleValue()) / max) * plotH;
			if (drawing) {
				t.lineTo(px, py);
			}
			else {
				t.moveTo(px, py);
				drawing = true;
			}
			dots.add(new float[] { px, py });
		}
		if (drawing) {
			t.stroke();
		}
		dots.forEach(d -> t.circle(d[0], d[1], 1.6f));
		t.fill();
		Image image = Image.getInstance(t);
		image.setAlignment(Element.ALIGN_CENTER);
		return image;
	}

	private static float x(int i, int count, float left, float plotW) {
		return left + (count == 1 ? plotW / 2 : 6 + i * (plotW - 12) / (count - 1));
	}

	private void plan(Document document, ImprovementPlan plan) {
		heading(document, "Improvement plan");
		document.add(new Paragraph("Status " + words(plan.getStatus().name())
				+ (plan.getTargetMaturity() == null ? "" : " - target maturity " + plan.getTargetMaturity()), BOLD));
		if (plan.getSummary() != null) {
			document.add(new Paragraph(plan.getSummary(), TEXT));
		}
		List<ImprovementAction> actions = improvements.actionsOf(plan.getId());
		if (actions.isEmpty()) {
			return;
		}
		PdfPTable table = new PdfPTable(new float[] { 5, 1.3f, 1.6f, 1.6f, 1.4f });
		table.setWidthPercentage(100);
		table.setSpacingBefore(6);
		table.setHeaderRows(1);
		for (String title : List.of("Action", "Side", "Owner", "Due", "Status")) {
			PdfPCell cell = new PdfPCell(new Phrase(title, BOLD));
			cell.setBackgroundColor(new Color(0xEEF1F5));
			table.addCell(cell);
		}
		for (ImprovementAction a : actions) {
			table.addCell(new Phrase(a.getDescription(), TEXT));
			table.addCell(new Phrase(words(a.getOwnerSide().name()), TEXT));
			table.addCell(new Phrase(a.getOwnerUser(), TEXT));
			table.addCell(new Phrase(a.getDueDate().format(DAY), TEXT));
			table.addCell(new Phrase(words(a.getStatus().name()), TEXT));
		}
		document.add(table);
	}

	private static void heading(Document document, String text) {
		Paragraph heading = new Paragraph(text, HEADING);
		heading.setSpacingBefore(12);
		heading.setSpacingAfter(4);
		document.add(heading);
	}

	private static PdfPCell right(String text) {
		PdfPCell cell = new PdfPCell(new Phrase(text, TEXT));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	/** Figures as people write them: 90, 99.5; nothing for a missing one. */
	static String number(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static String words(String code) {
		String text = code.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
