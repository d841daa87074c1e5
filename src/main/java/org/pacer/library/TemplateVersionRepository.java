package org.pacer.library;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TemplateVersionRepository extends JpaRepository<TemplateVersion, Long> {

	/** The newest version of each of the templates, in one query. */
	@Query("select v from TemplateVersion v where v.templateId in ?1 and v.version = "
			+ "(select max(w.version) from TemplateVersion w where w.templateId = v.templateId)")
	List<TemplateVersion> currentOf(Collection<Long> templateIds);

	Optional<TemplateVersion> findByTemplateIdAndVersion(Long templateId, int version);

	List<TemplateVersion> findByTemplateIdOrderByVersionDesc(Long templateId);
}
