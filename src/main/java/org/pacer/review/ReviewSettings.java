package org.pacer.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** When results are due after a period ends, and how early the provider is reminded. */
@ConfigurationProperties("pacer.review")
record ReviewSettings(@DefaultValue("10") int resultsDueDays, @DefaultValue("3") int reminderDaysBeforeDue) {
}
