package org.pacer.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a check found wrong, on its line and column; neither for a problem of the file as a whole. */
@Entity
@Table(name = "import_problem")
class ImportProblem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "run_id")
	private Long runId;

	@Column(name = "line_number")
	private Integer line;

	@Column(name = "column_name")
	private String column;

	private String message;

	protected ImportProblem() {
	}

	ImportProblem(Long runId, Integer line, String column, String message) {
		this.runId = runId;
		this.line = line;
		this.column = column;
		this.message = message;
	}

	public Integer getLine() {
		return line;
	}

	public String getColumn() {
		return column;
	}

	public String getMessage() {
		return message;
	}
}
