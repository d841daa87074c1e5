package org.pacer.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of a bulk results push. Fields Pacer does not know are collected rather than ignored, so a typo
 * ("vaule") is refused by name instead of silently dropping the value.
 */
@Schema(description = "Results of one relationship: any number of measures and periods")
class ResultRows {

	@Schema(description = "One row per measure and period")
	private List<Row> rows;

	private final Map<String, Object> unknown = new LinkedHashMap<>();

	public List<Row> getRows() {
		return rows;
	}

	public void setRows(List<Row> rows) {
		this.rows = rows;
	}

	@JsonAnySetter
	void unknown(String name, Object value) {
		unknown.put(name, value);
	}

	List<String> unknownFields() {
		return new ArrayList<>(unknown.keySet());
	}

	@Schema(description = "The value of one measure for one period")
	public static class Row {

		@Schema(description = "First day of the review period", example = "2026-10-01")
		private String period;

		@Schema(description = "Id of a measure of the relationship", example = "12")
		private Long measureId;

		@Schema(description = "The result, a number (as a JSON number or a string)", example = "99.95",
				type = "number")
		private String value;

		@Schema(description = "Optional: the measure's unit, checked against it", example = "%")
		private String unit;

		@Schema(description = "Optional remark, up to 1000 characters", example = "Planned maintenance on the 12th")
		private String comment;

		private final Map<String, Object> unknown = new LinkedHashMap<>();

		public String getPeriod() {
			return period;
		}

		public void setPeriod(String period) {
			this.period = period;
		}

		public Long getMeasureId() {
			return measureId;
		}

		public void setMeasureId(Long measureId) {
			this.measureId = measureId;
		}

		public String getValue() {
			return value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getUnit() {
			return unit;
		}

		public void setUnit(String unit) {
			this.unit = unit;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}

		@JsonAnySetter
		void unknown(String name, Object value) {
			unknown.put(name, value);
		}

		List<String> unknownFields() {
			return new ArrayList<>(unknown.keySet());
		}
	}
}
