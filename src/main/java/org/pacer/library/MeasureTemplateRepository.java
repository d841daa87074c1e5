package org.pacer.library;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasureTemplateRepository extends JpaRepository<MeasureTemplate, Long> {

	@Query("select t from MeasureTemplate t join fetch t.need n join fetch n.level where t.setId in ?1")
	List<MeasureTemplate> findBySetIdIn(Collection<Long> setIds);

	@Query("select t from MeasureTemplate t join fetch t.need n join fetch n.level where n.id in ?1")
	List<MeasureTemplate> findByNeedIdIn(Collection<Long> needIds);
}
