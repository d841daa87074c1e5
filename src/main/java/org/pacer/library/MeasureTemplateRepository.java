package org.pacer.library;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasureTemplateRepository extends JpaRepository<MeasureTemplate, Long> {

	@Query("select t from MeasureTemplate t join fetch t.need n join fetch n.level where t.setId in ?1")
	List<MeasureTemplate> findBySetIdIn(Collection<Long> setIds);

	/** The templates of these needs, made for any version of each (a need's new version keeps its templates). */
	@Query("select t from MeasureTemplate t join fetch t.need n join fetch n.level where n.code in "
			+ "(select asked.code from PersistentNeed asked where asked.id in ?1)")
	List<MeasureTemplate> findForNeedsOfAnyVersion(Collection<Long> needIds);
}
