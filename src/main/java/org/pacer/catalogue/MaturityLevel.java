package org.pacer.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A CMMI-style process maturity level (1 Initial to 5 Optimizing). */
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
