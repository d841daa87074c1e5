package org.pacer.people;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeactivatedPersonRepository extends JpaRepository<DeactivatedPerson, String> {
}
