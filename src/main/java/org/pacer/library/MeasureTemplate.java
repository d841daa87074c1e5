package org.pacer.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.pacer.catalogue.PersistentNeed;

/** A template of a set, for one need; what it suggests lives in its versions. */
@Entity
@Table(name = "measure_template")
class MeasureTemplate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "set_id")
	private Long setId;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "need_id")
	private PersistentNeed need;

	protected MeasureTemplate() {
	}

	MeasureTemplate(Long setId, PersistentNeed need) {
		this.setId = setId;
		this.need = need;
	}

	Long getId() {
		return id;
	}

	Long getSetId() {
		return setId;
	}

	PersistentNeed getNeed() {
		return need;
	}
}
