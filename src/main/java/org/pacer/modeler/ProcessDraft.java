package org.pacer.modeler;

import org.pacer.process.ProcessFile;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A model saved from the browser modeler but not deployed: who saved it, when, and which version it started from. */
@Entity
@Table(name = "process_draft")
class ProcessDraft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "definition_key")
	private String definitionKey;

	@Enumerated(EnumType.STRING)
	private ProcessFile.Kind kind;

	@Column(name = "resource_name")
	private String resourceName;

	@Column(name = "based_on")
	private String basedOn;

	private String xml;

	private String author;

	@Column(name = "saved_at")
	private Instant savedAt;

	protected ProcessDraft() {
	}

	ProcessDraft(String definitionKey, ProcessFile file, String basedOn, String author, Instant savedAt) {
		this.definitionKey = definitionKey;
		this.kind = file.kind();
		this.resourceName = file.resourceName();
		this.basedOn = basedOn;
		this.xml = file.text();
		this.author = author;
		this.savedAt = savedAt;
	}

	public Long getId() {
		return id;
	}

	public String getDefinitionKey() {
		return definitionKey;
	}

	public ProcessFile.Kind getKind() {
		return kind;
	}

	public String getResourceName() {
		return resourceName;
	}

	public String getBasedOn() {
		return basedOn;
	}

	public String getXml() {
		return xml;
	}

	public byte[] bytes() {
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	public String getAuthor() {
		return author;
	}

	public Instant getSavedAt() {
		return savedAt;
	}
}
