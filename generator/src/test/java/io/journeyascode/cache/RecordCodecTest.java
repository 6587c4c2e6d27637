package io.journeyascode.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.model.Located;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tagged record encoding of the caches: values come back equal, and only allowed classes are made. */
class RecordCodecTest {

    /** Every kind of value the codec knows, in one record. */
    public record Everything(
            String text,
            int small,
            long big,
            double ratio,
            boolean flag,
            LocalDate day,
            Severity severity,
            Optional<Located<String>> maybe,
            Optional<String> none,
            List<Object> mixed,
            Map<String, Integer> ordered,
            Located<Double> measured) {}

    /** A record whose last component is computed from the first. */
    public record Derived(List<String> given, List<String> computed) {
        public Derived {
            given = List.copyOf(given);
            computed = given.stream().map(String::toUpperCase).toList();
        }
    }

    public record Outsider(String value) {}

    private static final RecordCodec CODEC = new RecordCodec(
            List.of(Everything.class, Derived.class, Located.class, Span.class, Severity.class),
            Map.of(Derived.class, Set.of("computed")));

    private static Everything sample() {
        Map<String, Integer> ordered = new LinkedHashMap<>();
        ordered.put("zebra", 1);
        ordered.put("apple", -2);
        ordered.put("mango", Integer.MIN_VALUE);
        Span span = new Span("area/ä file.yaml", 3, 7);
        return new Everything(
                "unicode: äö € \uD83D\uDE00 and \u0000",
                -42,
                Long.MAX_VALUE,
                -0.0,
                true,
                LocalDate.of(2026, 11, 22),
                Severity.WARNING,
                Optional.of(Located.at("value", span)),
                Optional.empty(),
                List.of("a", 1, 2L, 3.5, false, List.of(), Optional.empty(), Severity.INFO, "a"),
                ordered,
                new Located<>(Double.NaN, span, new Span("other", 1, 1)));
    }

    @Test
    void everyKindOfValueComesBackEqual() {
        Everything value = sample();
        byte[] bytes = CODEC.encode(value);

        Object back = CODEC.decode(bytes, 0, bytes.length);

        assertThat(back).isEqualTo(value);
        assertThat(((Everything) back).ordered().keySet()).containsExactly("zebra", "apple", "mango");
    }

    @Test
    void aRecordMetTwiceComesBackAsOneInstance() {
        Span span = new Span("f.yaml", 2, 3);
        Located<String> located = new Located<>("x", span, span);
        List<Object> value = List.of(located, located);
        byte[] bytes = CODEC.encode(value);

        List<?> back = (List<?>) CODEC.decode(bytes, 0, bytes.length);

        assertThat(back.get(0)).isSameAs(back.get(1));
        assertThat(((Located<?>) back.get(0)).keySpan()).isSameAs(((Located<?>) back.get(0)).span());
    }

    @Test
    void aDerivedComponentIsMadeAgainByTheConstructor() {
        Derived value = new Derived(List.of("a", "b"), List.of());
        byte[] bytes = CODEC.encode(value);

        assertThat(CODEC.decode(bytes, 0, bytes.length)).isEqualTo(value);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("A");
    }

    @Test
    void aClassOutsideTheAllowedOnesIsNeitherWrittenNorRead() {
        RecordCodec permissive = new RecordCodec(List.of(Outsider.class), Map.of());
        byte[] bytes = permissive.encode(new Outsider("x"));

        assertThatThrownBy(() -> CODEC.encode(new Outsider("x"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CODEC.decode(bytes, 0, bytes.length))
                .isInstanceOf(RecordCodec.Malformed.class)
                .hasMessageContaining("not allowed");
    }

    @Test
    void aClassNameOfTheJdkInTheStreamIsRefused() {
        byte[] bytes = CODEC.encode(new Span("f", 1, 1));
        String name = Span.class.getName();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        // Same length, so only the name differs: "java.lang.ProcessBuilder" padded.
        String other = "java.lang.ProcessBuilder";
        other = other + "x".repeat(name.length() - other.length());
        byte[] forged = text.replace(name, other).getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CODEC.decode(forged, 0, forged.length))
                .isInstanceOf(RecordCodec.Malformed.class)
                .hasMessageContaining("not allowed");
    }

    @Test
    void everyTruncationIsMalformed() {
        byte[] bytes = CODEC.encode(sample());
        for (int length = 0; length < bytes.length; length++) {
            int cut = length;
            assertThatThrownBy(() -> CODEC.decode(bytes, 0, cut))
                    .as("cut at %d", cut)
                    .isInstanceOf(RecordCodec.Malformed.class);
        }
    }

    @Test
    void changedBytesGiveMalformedOrAValueButNeverAnotherError() {
        byte[] bytes = CODEC.encode(sample());
        Random random = new Random(20261122L);
        for (int round = 0; round < 5000; round++) {
            byte[] copy = bytes.clone();
            copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
            try {
                CODEC.decode(copy, 0, copy.length);
            } catch (RecordCodec.Malformed expected) {
                // refused: fine
            }
        }
    }

    @Test
    void aRecordThatRefusesItsComponentsIsMalformed() {
        byte[] bytes = CODEC.encode(new Span("f", 1, 1));
        // The stream ends with the line and the column, each a tag and 1 as zigzag 2; line 0 is refused.
        byte[] forged = bytes.clone();
        int line = forged.length - 3;
        assertThat(forged[line]).isEqualTo((byte) 2);
        forged[line] = 0;

        assertThatThrownBy(() -> CODEC.decode(forged, 0, forged.length))
                .isInstanceOf(RecordCodec.Malformed.class)
                .hasMessageContaining("Span");
    }
}
