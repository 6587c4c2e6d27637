package io.journeyascode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentKeyTest {

    @Test
    void aCopyGoesOnFromWhatTheOriginalHadAndTheTwoStayApart() {
        ContentKey prefix = ContentKey.of("page").add("shared").add(42);
        ContentKey first = prefix.copy().add("a");
        ContentKey second = prefix.copy().add("b");

        assertThat(first.hex())
                .isEqualTo(ContentKey.of("page").add("shared").add(42).add("a").hex())
                .isNotEqualTo(second.hex());
        assertThat(second.hex())
                .isEqualTo(ContentKey.of("page").add("shared").add(42).add("b").hex());
        assertThat(prefix.hex())
                .isEqualTo(ContentKey.of("page").add("shared").add(42).hex());
    }

    @Test
    void theHexIsTheSameEachTimeAsked() {
        ContentKey key = ContentKey.of("k").add("v");
        assertThat(key.hex())
                .isEqualTo(key.hex())
                .isEqualTo(ContentKey.of("k").add("v").hex());
    }

    @Test
    void partsAreKeptApartByTheirLengths() {
        assertThat(ContentKey.of("k").add("ab").add("c").hex())
                .isNotEqualTo(ContentKey.of("k").add("a").add("bc").hex());
    }
}
