package org.pacer.scorecard;

import java.util.Collection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How many measures were rated GREEN, AMBER, RED and NO DATA: of a scorecard or of one of its levels. The one place
 * that counts ratings and reads a standing from the counts; stored as the owner's four count columns.
 */
@Embeddable
public record RagCounts(
		@Column(name = "green_count") int green,
		@Column(name = "amber_count") int amber,
		@Column(name = "red_count") int red,
		@Column(name = "no_data_count") int noData) {

	public RagCounts {
		if (green < 0 || amber < 0 || red < 0 || noData < 0) {
			throw new IllegalArgumentException(
					"A count of ratings cannot be negative: %d green, %d amber, %d red, %d no data".formatted(green,
							amber, red, noData));
		}
	}

	public static RagCounts of(Collection<Rating> ratings) {
		return new RagCounts(count(ratings, Rating.GREEN), count(ratings, Rating.AMBER), count(ratings, Rating.RED),
				count(ratings, Rating.NO_DATA));
	}

	/** The number of measures rated, NO DATA included. */
	public int total() {
		return green + amber + red + noData;
	}

	public boolean hasRed() {
		return red > 0;
	}

	/** The worst rating: RED, AMBER, GREEN, or NO_DATA when no measure had a result. */
	public Rating standing() {
		return red > 0 ? Rating.RED : amber > 0 ? Rating.AMBER : green > 0 ? Rating.GREEN : Rating.NO_DATA;
	}

	/** The counts as reports and pages write them: "3 green, 1 amber, 0 red, 0 no data". */
	public String summary() {
		return green + " green, " + amber + " amber, " + red + " red, " + noData + " no data";
	}

	private static int count(Collection<Rating> ratings, Rating rating) {
		return (int) ratings.stream().filter(r -> r == rating).count();
	}
}
