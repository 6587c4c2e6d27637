package io.journeyascode.diagram;

import static io.journeyascode.diagram.Fixtures.journey;
import static io.journeyascode.diagram.Fixtures.tp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Phase;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Touchpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The DOT writer on journeys made of arbitrary text (names, ids, references, providers,
 * expectations): what it writes is one well-formed graph whose nodes are exactly the model's
 * touchpoints ({@code n0}…) and the stubs of other journeys' touchpoints it refers to
 * ({@code x0}…). The structure is always checked; when {@code dot} is on the PATH, the text is
 * also parsed by {@code dot -Tjson0} and its node list compared. Seeds:
 * {@code src/test/resources/io/journeyascode/diagram/DotFuzzTestInputs/}.
 */
class DotFuzzTest {

    private static final Optional<Path> DOT = NativeDotRenderer.find();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NODE = Pattern.compile("(?m)^([nx]\\d+) \\[");
    private static final String[] IDS = {"ad", "landing", "pay", "other/a", "other/gone", "fuzz/pay", "x-1"};

    @FuzzTest(maxDuration = "3m")
    void writesOneGraphWithExactlyTheModelsNodes(FuzzedDataProvider data) throws Exception {
        Journey other = journey("other", "Other journey")
                .stage("s", "S", Phase.AFTER, tp("a", data.consumeString(40), "web"))
                .build();
        Journey fuzzed = fuzzedJourney(data);
        PlaybookIndex index = Fixtures.index(
                Fixtures.config(data.consumeBoolean() ? "fi" : "en", Fixtures.team("t", data.consumeString(40))),
                List.of(fuzzed, other),
                List.of());
        String dot = Diagrams.dot(fuzzed, index);

        Set<String> expected = expectedNodes(fuzzed);
        assertThat(nodesWritten(dot)).as(dot).isEqualTo(expected);
        assertWellFormed(dot);
        if (DOT.isPresent()) {
            assertThat(nodesParsedByDot(dot)).as(dot).isEqualTo(expected);
        }
    }

    private static Journey fuzzedJourney(FuzzedDataProvider data) {
        Fixtures.JourneyBuilder journey =
                journey(data.consumeBoolean() ? "fuzz" : data.consumeString(12), data.consumeString(60));
        if (data.consumeBoolean()) {
            journey.owner(data.consumeBoolean() ? "t" : data.consumeString(20));
        }
        int stages = data.consumeInt(1, 3);
        for (int s = 0; s < stages; s++) {
            int count = data.consumeInt(1, 4);
            Fixtures.TouchpointBuilder[] tps = new Fixtures.TouchpointBuilder[count];
            for (int i = 0; i < count; i++) {
                tps[i] = touchpoint(data);
            }
            journey.stage("s" + s, data.consumeString(40), data.pickValue(Phase.values()), tps);
        }
        return journey.build();
    }

    private static Fixtures.TouchpointBuilder touchpoint(FuzzedDataProvider data) {
        String id = data.consumeBoolean() ? data.pickValue(IDS) : data.consumeString(16);
        Fixtures.TouchpointBuilder tp = tp(id, data.consumeString(80), data.consumeString(16));
        switch (data.consumeInt(0, 2)) {
            case 1 -> tp.outsourced(data.consumeBoolean() ? data.consumeString(40) : null);
            case 2 -> tp.external();
            default -> {}
        }
        if (data.consumeBoolean()) {
            tp.critical();
        }
        if (data.consumeBoolean()) {
            tp.metric(Fixtures.metric(MetricType.NPS, 10.0, null));
        }
        if (data.consumeBoolean()) {
            tp.moment(data.pickValue(Moment.values()));
        }
        if (data.consumeBoolean()) {
            tp.emotion(data.consumeString(20));
        }
        tp.expects(strings(data, 3, 60));
        if (data.consumeBoolean()) {
            tp.leadsTo(refs(data));
        }
        tp.setsExpectationsFor(refs(data));
        if (data.consumeBoolean()) {
            tp.owner(data.consumeString(20));
        }
        return tp;
    }

    private static String[] refs(FuzzedDataProvider data) {
        int n = data.consumeInt(0, 3);
        String[] refs = new String[n];
        for (int i = 0; i < n; i++) {
            refs[i] = data.consumeBoolean() ? data.pickValue(IDS) : data.consumeString(20);
        }
        return refs;
    }

    private static String[] strings(FuzzedDataProvider data, int max, int length) {
        int n = data.consumeInt(0, max);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = data.consumeString(length);
        }
        return out;
    }

    /** n0… for the touchpoints; one stub x0… for each distinct reference into another journey. */
    static Set<String> expectedNodes(Journey journey) {
        Set<String> nodes = new TreeSet<>();
        List<Touchpoint> all = journey.touchpoints();
        Map<String, Integer> local = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            nodes.add("n" + i);
            local.putIfAbsent(all.get(i).id().value(), i);
        }
        Set<String> stubs = new LinkedHashSet<>();
        for (Touchpoint tp : all) {
            List<String> refs = new ArrayList<>(journey.successors(tp));
            tp.setsExpectationsFor().stream().map(Located::value).forEach(refs::add);
            for (String ref : refs) {
                int slash = ref.indexOf('/');
                if (slash < 0) {
                    continue;
                }
                boolean own = ref.substring(0, slash).equals(journey.id().value())
                        && local.containsKey(ref.substring(slash + 1));
                if (!own) {
                    stubs.add(ref);
                }
            }
        }
        for (int i = 0; i < stubs.size(); i++) {
            nodes.add("x" + i);
        }
        return nodes;
    }

    /** The node statements: user text only ever appears inside quotes, so none can start a line. */
    static Set<String> nodesWritten(String dot) {
        Set<String> nodes = new TreeSet<>();
        Matcher m = NODE.matcher(dot);
        while (m.find()) {
            nodes.add(m.group(1));
        }
        return nodes;
    }

    /** Quotes close, braces balance outside quotes and HTML labels, and the graph is one statement. */
    static void assertWellFormed(String dot) {
        int depth = 0;
        boolean quoted = false;
        int html = 0;
        for (int i = 0; i < dot.length(); i++) {
            char c = dot.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    assertThat(c)
                            .as("raw line break or control inside a quoted string")
                            .isGreaterThanOrEqualTo(' ');
                }
            } else if (html > 0) {
                html += c == '<' ? 1 : c == '>' ? -1 : 0;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '<') {
                html = 1;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("closing brace without an opening one").isNotNegative();
                if (depth == 0) {
                    assertThat(dot.substring(i + 1).strip())
                            .as("text after the graph")
                            .isEmpty();
                }
            }
        }
        assertThat(quoted).as("unclosed quote").isFalse();
        assertThat(html).as("unclosed HTML label").isZero();
        assertThat(depth).as("unclosed brace").isZero();
    }

    private static Set<String> nodesParsedByDot(String dot) throws Exception {
        Process process = new ProcessBuilder(DOT.get().toString(), "-Tjson0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] out = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (var in = process.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // dot stopped reading: its exit code tells why
            }
            return process.getInputStream().readAllBytes();
        });
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("dot exit code for\n" + dot).isZero();
        JsonNode graph = JSON.readTree(out);
        int subgraphs = graph.path("_subgraph_cnt").asInt();
        Set<String> nodes = new TreeSet<>();
        JsonNode objects = graph.path("objects");
        for (int i = subgraphs; i < objects.size(); i++) {
            nodes.add(objects.get(i).path("name").asText());
        }
        return nodes;
    }
}
