package io.journeyascode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.Finding;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rule is documented in English and Finnish, has a fixture that makes it fire, and matches SPEC §6. */
class RuleCatalogueTest {

    /** SPEC §6's table, and {@code map-too-large}, ours (a journey too large for a map gets none). */
    private static final Map<String, Severity> SPEC_SEVERITIES = Map.ofEntries(
            Map.entry("yaml-syntax", Severity.ERROR),
            Map.entry("schema", Severity.ERROR),
            Map.entry("duplicate-id", Severity.ERROR),
            Map.entry("unknown-reference", Severity.ERROR),
            Map.entry("critical-unmeasured", Severity.ERROR),
            Map.entry("waiver-expired", Severity.ERROR),
            Map.entry("critical-outsourced", Severity.WARNING),
            Map.entry("missing-expectations", Severity.WARNING),
            Map.entry("missing-target-emotion", Severity.WARNING),
            Map.entry("negative-target-emotion", Severity.WARNING),
            Map.entry("phase-gap", Severity.WARNING),
            Map.entry("metric-below-target", Severity.WARNING),
            Map.entry("stale-measurement", Severity.WARNING),
            Map.entry("unreachable-touchpoint", Severity.WARNING),
            Map.entry("waiver-unused", Severity.WARNING),
            Map.entry("map-too-large", Severity.WARNING),
            Map.entry("single-channel", Severity.INFO),
            Map.entry("no-peak-moment", Severity.INFO),
            Map.entry("emotion-off-target", Severity.INFO));

    static List<Rule> rules() {
        return RuleCatalogue.all();
    }

    @Test
    void listsTheNineteenRulesOnceEachInSpecOrder() {
        assertThat(RuleCatalogue.all()).extracting(Rule::id).containsExactlyElementsOf(RuleIds.ALL);
        assertThat(RuleIds.ALL).hasSize(19).doesNotHaveDuplicates();
        assertThat(RuleCatalogue.all()).extracting(r -> r.getClass()).doesNotHaveDuplicates();
    }

    @Test
    void findsRulesById() {
        assertThat(RuleCatalogue.byId("critical-unmeasured")).containsInstanceOf(CriticalUnmeasuredRule.class);
        assertThat(RuleCatalogue.byId("critical_unmeasured")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void hasTheDefaultSeverityOfSpec(Rule rule) {
        assertThat(rule.defaultSeverity()).isEqualTo(SPEC_SEVERITIES.get(rule.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void isASmallFinalClass(Rule rule) {
        assertThat(Modifier.isFinal(rule.getClass().getModifiers())).isTrue();
        assertThat(rule.getClass().getPackageName()).isEqualTo("io.journeyascode.rules");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void isDocumentedInEnglishAndFinnish(Rule rule) {
        for (RuleCatalogue.Part part : RuleCatalogue.Part.values()) {
            String english = RuleCatalogue.text(rule, "en", part);
            assertThat(english).as("%s %s (en)", rule.id(), part).isNotBlank();
            assertThat(RuleCatalogue.hasFinnish(rule, part))
                    .as("%s %s (fi)", rule.id(), part)
                    .isTrue();
            assertThat(RuleCatalogue.text(rule, "fi", part))
                    .as("%s %s (fi)", rule.id(), part)
                    .isNotBlank()
                    .isNotEqualTo(english);
        }
        RuleDoc finnish = RuleCatalogue.doc(rule, "fi");
        assertThat(finnish.id()).isEqualTo(rule.id());
        assertThat(finnish.defaultSeverity()).isEqualTo(rule.defaultSeverity());
        assertThat(finnish.fix()).contains("`");
        assertThat(rule.fix()).as("a fix quotes what to write").contains("`");
    }

    @Test
    void choosesFinnishForFinnishLocalesAndEnglishOtherwise() {
        Rule rule = RuleCatalogue.byId(RuleIds.CRITICAL_UNMEASURED).orElseThrow();
        String finnish = RuleCatalogue.text(rule, "fi", RuleCatalogue.Part.SUMMARY);

        assertThat(RuleCatalogue.text(rule, "fi-FI", RuleCatalogue.Part.SUMMARY))
                .isEqualTo(finnish);
        assertThat(RuleCatalogue.text(rule, "en", RuleCatalogue.Part.SUMMARY)).isEqualTo(rule.summary());
        assertThat(RuleCatalogue.text(rule, "sv", RuleCatalogue.Part.SUMMARY)).isEqualTo(rule.summary());
        assertThat(RuleCatalogue.docs("fi")).extracting(RuleDoc::id).containsExactlyElementsOf(RuleIds.ALL);
    }

    @Test
    void finnishTextsNameOnlyKnownRulesAndParts() throws IOException {
        Properties finnish = new Properties();
        try (InputStream in = RuleCatalogue.class.getResourceAsStream("rules_fi.properties")) {
            finnish.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> parts = Arrays.stream(RuleCatalogue.Part.values())
                .map(p -> p.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toSet());
        for (String key : finnish.stringPropertyNames()) {
            int dot = key.lastIndexOf('.');
            assertThat(RuleIds.ALL).as(key).contains(key.substring(0, dot));
            assertThat(parts).as(key).contains(key.substring(dot + 1));
        }
        assertThat(finnish).hasSize(19 * 3);
        assertThat(finnish.getProperty("critical-unmeasured.summary")).containsIgnoringCase("kosketuspiste");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void hasAFixtureThatMakesItFire(Rule rule) {
        assertThat(RuleFixturesTest.ROOT.resolve(rule.id())).isDirectory();
        assertThat(Expectations.read(RuleFixturesTest.ROOT.resolve(rule.id())).mentions(rule.id()))
                .as("fixture %s expects its rule", rule.id())
                .isTrue();
        List<Finding> findings = RuleFixturesTest.run(rule.id());
        assertThat(findings).extracting(Finding::rule).contains(rule.id());
    }

    @Test
    void everyFixtureFolderIsNamedAfterARule() throws IOException {
        try (var dirs = Files.list(RuleFixturesTest.ROOT)) {
            assertThat(dirs.map(p -> p.getFileName().toString())).allMatch(RuleIds.ALL::contains);
        }
    }
}
