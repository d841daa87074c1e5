package org.pacer.catalogue;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MaturityLevelRepository extends JpaRepository<MaturityLevel, Integer> {
}
