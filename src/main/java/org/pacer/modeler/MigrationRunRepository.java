package org.pacer.modeler;

import org.springframework.data.jpa.repository.JpaRepository;

interface MigrationRunRepository extends JpaRepository<MigrationRun, String> {
}
