package org.pacer.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A CMMI-style process maturity level (1 Initial to 5 Optimizing). The scale is fixed; its names are the
 * organisation's words for it, renamed in place (assessments and plans keep the number, no scorecard shows a name).
 */
@Entity
@Table(name = "maturity_level")
public class MaturityLevel {

	@Id
	@Column(name = "level_no")
	private int level;

	private String name;

	private String description;

	protected MaturityLevel() {
	}

	void rename(String name) {
		this.name = name;
	}

	public int getLevel() {
		return level;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}
}
