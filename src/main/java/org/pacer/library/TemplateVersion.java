package org.pacer.library;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.pacer.measure.Direction;
import org.pacer.measure.ValidRange;

/** What a template suggests from one version on. Never edited: measures name the version they copied. */
@Entity
@Table(name = "measure_template_version")
class TemplateVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "template_id")
	private Long templateId;

	@Column(name = "version_no")
	private int version;

	private String name;

	private String definition;

	private String unit;

	@Enumerated(EnumType.STRING)
	private Direction direction;

	private BigDecimal target;

	private BigDecimal threshold;

	private BigDecimal weight;

	@Enumerated(EnumType.STRING)
	@Column(name = "reported_by")
	private Reporter reportedBy;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "valid_min")
	private BigDecimal validMin;

	@Column(name = "valid_max")
	private BigDecimal validMax;

	protected TemplateVersion() {
	}

	TemplateVersion(Long templateId, int version, TemplateDraft draft, String createdBy, Instant createdAt) {
		this.templateId = templateId;
		this.version = version;
		this.name = draft.name().trim();
		this.definition = draft.definition() == null || draft.definition().isBlank() ? null : draft.definition().trim();
		this.unit = draft.unit().trim();
		this.direction = draft.direction();
		this.target = draft.target();
		this.threshold = draft.threshold();
		this.weight = draft.weight();
		this.reportedBy = draft.reportedBy();
		this.validMin = draft.validMin();
		this.validMax = draft.validMax();
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Whether the draft suggests exactly this: then saving it again makes no new version. */
	boolean suggests(TemplateDraft draft) {
		String otherDefinition = draft.definition() == null || draft.definition().isBlank() ? null
				: draft.definition().trim();
		return name.equals(draft.name().trim()) && Objects.equals(definition, otherDefinition)
				&& unit.equals(draft.unit().trim()) && direction == draft.direction()
				&& target.compareTo(draft.target()) == 0 && threshold.compareTo(draft.threshold()) == 0
				&& weight.compareTo(draft.weight()) == 0 && reportedBy == draft.reportedBy()
				&& getValid().sameAs(draft.valid());
	}

	Long getTemplateId() {
		return templateId;
	}

	int getVersion() {
		return version;
	}

	String getName() {
		return name;
	}

	String getDefinition() {
		return definition;
	}

	String getUnit() {
		return unit;
	}

	Direction getDirection() {
		return direction;
	}

	BigDecimal getTarget() {
		return target;
	}

	BigDecimal getThreshold() {
		return threshold;
	}

	BigDecimal getWeight() {
		return weight;
	}

	Reporter getReportedBy() {
		return reportedBy;
	}

	ValidRange getValid() {
		return new ValidRange(validMin, validMax);
	}

	String getCreatedBy() {
		return createdBy;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
