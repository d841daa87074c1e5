package org.pacer.imports;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One uploaded file, its check and its save, with the progress a page shows while they run. */
@Entity
@Table(name = "import_run")
class ImportRun {

	/** A run that reported no progress for this long stopped with its node; its transaction rolled back. */
	static final Duration STALLED_AFTER = Duration.ofMinutes(5);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private ImportKind kind;

	@Column(name = "relationship_id")
	private Long relationshipId;

	@Column(name = "file_name")
	private String fileName;

	private byte[] content;

	private String checksum;

	@Enumerated(EnumType.STRING)
	private ImportStatus status;

	@Column(name = "total_rows")
	private int totalRows;

	@Column(name = "done_rows")
	private int doneRows;

	@Column(name = "error_rows")
	private int errorRows;

	@Column(name = "saved_rows")
	private int savedRows;

	private String message;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	protected ImportRun() {
	}

	ImportRun(ImportKind kind, Long relationshipId, String fileName, byte[] content, String checksum, String createdBy,
			Instant now) {
		this.kind = kind;
		this.relationshipId = relationshipId;
		this.fileName = fileName;
		this.content = content;
		this.checksum = checksum;
		this.status = ImportStatus.CHECKING;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	boolean stalled(Instant now) {
		return status.working() && updatedAt.plus(STALLED_AFTER).isBefore(now);
	}

	/** Every row checked and none refused: the file may be saved. */
	public boolean saveable() {
		return status == ImportStatus.CHECKED && errorRows == 0 && message == null && totalRows > 0;
	}

	public int percentDone() {
		return totalRows == 0 ? 0 : (int) (100L * doneRows / totalRows);
	}

	public Long getId() {
		return id;
	}

	public ImportKind getKind() {
		return kind;
	}

	public Long getRelationshipId() {
		return relationshipId;
	}

	public String getFileName() {
		return fileName;
	}

	byte[] getContent() {
		return content;
	}

	public String getChecksum() {
		return checksum;
	}

	public ImportStatus getStatus() {
		return status;
	}

	public int getTotalRows() {
		return totalRows;
	}

	public int getDoneRows() {
		return doneRows;
	}

	public int getErrorRows() {
		return errorRows;
	}

	public int getSavedRows() {
		return savedRows;
	}

	public String getMessage() {
		return message;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}
}
