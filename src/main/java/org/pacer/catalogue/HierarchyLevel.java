package org.pacer.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A level of the hierarchy of needs; ordered by rank, kept as data so an organisation can add its own. */
@Entity
@Table(name = "hierarchy_level")
public class HierarchyLevel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "rank_no")
	private int rank;

	private String name;

	private String description;

	@Column(name = "min_maturity")
	private int minMaturity;

	protected HierarchyLevel() {
	}

	public Long getId() {
		return id;
	}

	public int getRank() {
		return rank;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public int getMinMaturity() {
		return minMaturity;
	}
}
