package org.pacer.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

class RagCountsTests {

	@Test
	void countsEachRatingAndTheTotal() {
		// given
		List<Rating> ratings = List.of(Rating.GREEN, Rating.RED, Rating.GREEN, Rating.NO_DATA, Rating.AMBER,
				Rating.GREEN);

		// when
		RagCounts counts = RagCounts.of(ratings);

		// then
		assertThat(counts).isEqualTo(new RagCounts(3, 1, 1, 1));
		assertThat(counts.total()).isEqualTo(6);
		assertThat(counts.summary()).isEqualTo("3 green, 1 amber, 1 red, 1 no data");
	}

	@Test
	void standsAtTheWorstRatingAndAtNoDataWhenNothingWasRated() {
		assertThat(new RagCounts(5, 2, 1, 3).standing()).isEqualTo(Rating.RED);
		assertThat(new RagCounts(5, 2, 0, 3).standing()).isEqualTo(Rating.AMBER);
		assertThat(new RagCounts(5, 0, 0, 3).standing()).isEqualTo(Rating.GREEN);
		assertThat(new RagCounts(0, 0, 0, 3).standing()).isEqualTo(Rating.NO_DATA);
		assertThat(RagCounts.of(List.of()).standing()).isEqualTo(Rating.NO_DATA);
	}

	@Test
	void hasRedOnlyWithARedRating() {
		assertThat(new RagCounts(0, 0, 1, 0).hasRed()).isTrue();
		assertThat(new RagCounts(4, 4, 0, 4).hasRed()).isFalse();
	}

	@Test
	void refusesANegativeCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RagCounts(1, -1, 0, 0))
				.withMessageContaining("-1 amber");
	}
}
