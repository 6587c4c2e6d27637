package io.journeyascode.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyascode.load.LoaderFixtures;
import io.journeyascode.site.SafeSite;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journeys folder of hostile files (SPEC §6, §11) through the command line: each file is a
 * located finding with the message that names its problem, nothing is a stack trace, and the
 * site built from the readable part (valid YAML with hostile text) holds nothing executable.
 */
class HostileCorpusTest {

    /** A guard against hangs only, far above the second the folder takes; not a benchmark. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String MINIMAL = LoaderFixtures.MINIMAL;

    @TempDir
    static Path tmp;

    static Path journeys;

    /** File → a fragment of a message it must get. */
    static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    @BeforeAll
    static void corpus() throws IOException {
        journeys = Files.createDirectories(tmp.resolve("journeys"));
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            bomb.append(String.join(",", Collections.nCopies(9, "*" + (char) (c - 1))))
                    .append("]\n");
        }
        file("alias-bomb.yaml", bomb.toString(), "too many aliases");
        file("deep-flow.yaml", "title: " + "[".repeat(5000) + "]".repeat(5000) + "\n", "nested more than 50 levels");
        file("deep-block.yaml", deepBlock(), "nested more than 50 levels");
        file("huge-scalar.yaml", "title: " + "a".repeat(3 * 1024 * 1024 + 512 * 1024) + "\n", "larger than 1 MiB");
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes("title: T\nsummary: caf".getBytes(StandardCharsets.UTF_8));
        bad.write(0xC3);
        bad.write('(');
        Files.write(journeys.resolve("invalid-utf8.yaml"), bad.toByteArray());
        EXPECTED.put("invalid-utf8.yaml", "not valid UTF-8");
        file(
                "control-characters.yaml",
                MINIMAL.replace("name: Pay", "name: P\u001B[31may"),
                "control character U+001B");
        file("local-tag.yaml", MINIMAL.replace("name: Pay", "name: !local Pay"), "tags (`!local`)");
        file("global-tag.yaml", MINIMAL.replace("name: Pay", "name: !!python/object:os.system Pay"), "tags (`!!python");
        file(
                "verbatim-tag.yaml",
                MINIMAL.replace("stages:", "stages: !<tag:example.com,2000:stages>"),
                "tags (`!<tag:example.com");
        file("merge-keys.yaml", MINIMAL + "        <<: {critical: true}\n", "merge keys (`<<`)");
        file("two-documents.yaml", MINIMAL + "---\ntitle: Another\n", "a second YAML document");
        file("duplicate-keys.yaml", MINIMAL + "        name: Again\n", "duplicate key `name`");
        file(
                "bidi-names.yaml",
                MINIMAL.replace("title: Test journey", "title: \"Refund \u202Eyad 03 nihtiw\u202C\"")
                        .replace("name: Pay", "name: Pay\u2066 now\u2069"),
                "bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE)");
        file(
                "zero-width.yaml",
                MINIMAL.replace("id: pay", "id: p\u200Bay")
                        .replace("channel: web", "channel: web\n        provider: A\u2060B"),
                "invisible character U+200B (ZERO WIDTH SPACE)");
        file("Checkout.yaml", "id: checkout-upper\n" + MINIMAL, "id: checkout-upper");
        file("checkout.yaml", "id: checkout-lower\n" + MINIMAL, "differs from `Checkout.yaml` only in case");
        EXPECTED.remove("Checkout.yaml"); // the first of the pair is fine on its own
        file("hostile-text.yaml", hostileText(), null);
        Files.writeString(journeys.resolve("playbook.yaml"), hostilePlaybook());
    }

    private static void file(String name, String text, String expected) throws IOException {
        Files.writeString(journeys.resolve(name), text);
        if (expected != null) {
            EXPECTED.put(name, expected);
        }
    }

    private static String deepBlock() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            deep.append("  ".repeat(i)).append("k:\n");
        }
        return deep.toString();
    }

    /** Valid YAML whose every text is one of the payloads. */
    static String hostileText() throws IOException {
        List<String> p = SafeSite.PAYLOADS;
        StringBuilder yaml = new StringBuilder();
        yaml.append("id: hostile-text\n");
        yaml.append("title: ").append(q(p.get(0))).append('\n');
        yaml.append("summary: ").append(q(p.get(1))).append('\n');
        yaml.append("owner: ").append(q(p.get(2))).append('\n');
        yaml.append("target_emotions: [").append(q(p.get(3))).append(", joy]\n");
        yaml.append("description: ").append(q(SafeSite.MARKDOWN)).append('\n');
        yaml.append("stages:\n");
        for (int s = 0; s < 2; s++) {
            yaml.append("  - id: stage-").append(s).append('\n');
            yaml.append("    name: ").append(q(p.get(s + 4))).append('\n');
            yaml.append("    phase: ").append(s == 0 ? "before" : "after").append('\n');
            yaml.append("    touchpoints:\n");
            for (int i = 0; i < p.size(); i++) {
                String x = p.get((i + s) % p.size());
                yaml.append("      - id: tp-").append(s).append('-').append(i).append('\n');
                yaml.append("        name: ").append(q(x)).append('\n');
                yaml.append("        channel: ")
                        .append(i % 2 == 0 ? "web" : q(x))
                        .append('\n');
                yaml.append("        critical: true\n");
                yaml.append("        ownership: outsourced\n");
                yaml.append("        provider: ").append(q(x)).append('\n');
                yaml.append("        expectations: [")
                        .append(q(x))
                        .append(", ")
                        .append(q(p.get(i)))
                        .append("]\n");
                yaml.append("        target_emotion: ").append(q(x)).append('\n');
                yaml.append("        notes: ")
                        .append(q(SafeSite.MARKDOWN + "\n\n" + x))
                        .append('\n');
                yaml.append("        leads_to: [").append(q(x)).append("]\n");
                yaml.append("        metrics:\n          - type: custom\n            name: ")
                        .append(q(x));
                yaml.append("\n            target: 50\n            actual: 10\n");
                yaml.append("        links:\n");
                yaml.append("          - title: ")
                        .append(q(x))
                        .append("\n            url: ")
                        .append(q(x))
                        .append('\n');
                yaml.append("          - title: js\n            url: \"javascript:alert(1)\"\n");
                // Past U+10FFFF: this reference stopped the build before UrlPolicy clamped it.
                yaml.append("          - title: far\n            url: \"&#1159105;x\"\n");
                yaml.append("        waivers:\n          - rule: ").append(q(x)).append('\n');
                yaml.append("            reason: ").append(q(x)).append("\n            until: 2020-01-01\n");
            }
        }
        return yaml.toString();
    }

    private static String hostilePlaybook() throws IOException {
        List<String> p = SafeSite.PAYLOADS;
        return "title: " + q(p.get(0)) + "\nbrand_promise: " + q(p.get(1)) + "\nteams:\n  - id: team-a\n    name: "
                + q(p.get(2)) + "\n    contact: " + q(p.get(3)) + "\npersonas:\n  - id: persona-x\n    name: "
                + q(p.get(4)) + "\n    description: " + q(SafeSite.MARKDOWN) + "\n";
    }

    /** A YAML double-quoted scalar (JSON's escapes are YAML's). */
    private static String q(String text) throws IOException {
        return JSON.writeValueAsString(text);
    }

    @Test
    void validateReportsEveryHostileFileAsALocatedFinding() throws IOException {
        CliRun run = assertTimeoutPreemptively(
                HANG_GUARD, () -> CliRun.of("validate", journeys.toString(), "--format", "json"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode findings = JSON.readTree(run.out()).path("findings");
        Map<String, List<String>> messages = new LinkedHashMap<>();
        for (JsonNode f : findings) {
            assertThat(f.path("line").asInt()).as(f.toString()).isPositive();
            assertThat(f.path("column").asInt()).as(f.toString()).isPositive();
            String file = Path.of(f.path("file").asText()).getFileName().toString();
            messages.computeIfAbsent(file, k -> new ArrayList<>())
                    .add(f.path("message").asText());
        }
        EXPECTED.forEach((file, fragment) ->
                assertThat(messages.getOrDefault(file, List.of())).as(file).anyMatch(m -> m.contains(fragment)));
        assertThat(messages.get("bidi-names.yaml"))
                .as("bidi and zero-width characters are warnings, the journey is still read")
                .allMatch(m -> !m.contains("report this"));
        assertThat(run.hasNoStackTrace()).isTrue();
    }

    @Test
    void bidiAndZeroWidthCharactersAreWarningsNotErrors() throws IOException {
        JsonNode findings = JSON.readTree(CliRun.of("validate", journeys.toString(), "--format", "json")
                        .out())
                .path("findings");
        List<String> severities = new ArrayList<>();
        for (JsonNode f : findings) {
            if (f.path("message").asText().contains("in review; remove it")) {
                assertThat(f.path("rule").asText()).isEqualTo("schema");
                severities.add(f.path("severity").asText());
            }
        }
        assertThat(severities).hasSizeGreaterThanOrEqualTo(4).containsOnly("warning");
    }

    @Test
    void buildWithTheDefaultFailOnWritesNothing() {
        Path out = tmp.resolve("refused");
        CliRun run = assertTimeoutPreemptively(
                HANG_GUARD, () -> CliRun.of("build", journeys.toString(), "--out", out.toString()));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Site not written");
        assertThat(run.hasNoStackTrace()).isTrue();
        assertThat(out).doesNotExist();
        assertThat(Corpus.names(tmp)).doesNotContain(".refused.lock");
    }

    @Test
    void theSiteBuiltFromHostileTextHoldsNothingExecutable() throws IOException {
        Path out = tmp.resolve("site");
        CliRun run = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> CliRun.of(
                        "build", journeys.toString(), "--out", out.toString(), "--fail-on", "never", "--jobs", "2"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.hasNoStackTrace()).as(run.err()).isTrue();
        assertThat(out.resolve("journeys/hostile-text.html")).exists();
        assertThat(out.resolve("journeys/hostile-text/tp-0-0.html")).exists();
        SafeSite.assertNothingExecutable(out);
        assertThat(Corpus.names(tmp)).contains(".site.lock", "journeys", "site").noneMatch(n -> n.contains(".tmp-"));
    }
}
