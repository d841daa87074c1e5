package org.pacer.library;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LibrarySetRepository extends JpaRepository<LibrarySet, Long> {

	List<LibrarySet> findAllByOrderByNameAsc();

	boolean existsByNameIgnoreCase(String name);

	boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
