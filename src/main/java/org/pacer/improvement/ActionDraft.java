package org.pacer.improvement;

import java.time.LocalDate;

/** An action as the provider writes it into the plan. */
public record ActionDraft(String description, OwnerSide ownerSide, String ownerUser, LocalDate dueDate,
		Long measureId) {
}
