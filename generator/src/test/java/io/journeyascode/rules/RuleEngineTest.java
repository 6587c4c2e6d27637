package io.journeyascode.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.load.LoadResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Journey;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import io.journeyascode.model.Touchpoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private final TestModel model = new TestModel();

    @Test
    void reportsCriticalTouchpointWithTheRuleIdDefaultSeverityAndIds() {
        Touchpoint checkout = model.touchpoint("checkout").critical().build();

        List<Finding> findings = check(model.journey("shop", checkout));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleIds.CRITICAL_UNMEASURED);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.span()).isEqualTo(checkout.span());
            assertThat(f.journey()).contains("shop");
            assertThat(f.touchpoint()).contains("checkout");
            assertThat(f.message()).contains("`checkout`").contains("metrics: [{type: csat, target: 85}]");
        });
    }

    @Test
    void validWaiverSilencesItsRuleAndCountsAsUsed() {
        Touchpoint checkout = model.touchpoint("checkout")
                .critical()
                .waiver(RuleIds.CRITICAL_UNMEASURED, TODAY.plusDays(30))
                .build();

        assertThat(check(model.journey("shop", checkout))).isEmpty();
    }

    @Test
    void waiverStillHoldsOnItsLastDay() {
        Touchpoint checkout = model.touchpoint("checkout")
                .critical()
                .waiver(RuleIds.CRITICAL_UNMEASURED, TODAY)
                .build();

        assertThat(check(model.journey("shop", checkout))).isEmpty();
    }

    @Test
    void expiredWaiverSilencesNothingAndIsReportedAtItsRuleKey() {
        Touchpoint checkout = model.touchpoint("checkout")
                .critical()
                .waiver(RuleIds.CRITICAL_UNMEASURED, TODAY.minusDays(1))
                .build();

        List<Finding> findings = check(model.journey("shop", checkout));

        assertThat(findings)
                .extracting(Finding::rule)
                .containsExactly(RuleIds.CRITICAL_UNMEASURED, RuleIds.WAIVER_EXPIRED);
        Finding expired = findings.get(1);
        assertThat(expired.span()).isEqualTo(checkout.waivers().get(0).rule().keySpan());
        assertThat(expired.severity()).isEqualTo(Severity.ERROR);
        assertThat(expired.message()).contains("2026-05-31");
    }

    @Test
    void waiverOfARuleThatDoesNotFireIsUnused() {
        Touchpoint checkout = model.touchpoint("checkout")
                .waiver(RuleIds.CRITICAL_OUTSOURCED, TODAY.plusDays(1))
                .build();

        List<Finding> findings = check(model.journey("shop", checkout));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleIds.WAIVER_UNUSED);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.span()).isEqualTo(checkout.waivers().get(0).rule().keySpan());
        });
    }

    @Test
    void waiverSilencesOnlyItsOwnTouchpoint() {
        Touchpoint waived = model.touchpoint("checkout")
                .critical()
                .waiver(RuleIds.CRITICAL_UNMEASURED, TODAY.plusDays(1))
                .build();
        Touchpoint other = model.touchpoint("payment").critical().build();

        List<Finding> findings = check(model.journey("shop", waived, other));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleIds.CRITICAL_UNMEASURED);
            assertThat(f.touchpoint()).contains("payment");
        });
    }

    @Test
    void waiverSilencesOnlyItsOwnRule() {
        Touchpoint checkout = model.touchpoint("checkout")
                .critical()
                .outsourced()
                .waiver(RuleIds.CRITICAL_OUTSOURCED, TODAY.plusDays(1))
                .build();

        List<Finding> findings = check(model.journey("shop", checkout));

        assertThat(findings).extracting(Finding::rule).containsExactly(RuleIds.CRITICAL_UNMEASURED);
    }

    @Test
    void waiverFindingsCannotBeWaived() {
        Touchpoint checkout = model.touchpoint("checkout")
                .critical()
                .waiver(RuleIds.CRITICAL_UNMEASURED, TODAY.minusDays(10))
                .waiver(RuleIds.WAIVER_EXPIRED, TODAY.plusDays(10))
                .build();

        List<Finding> findings = check(model.journey("shop", checkout));

        assertThat(findings)
                .extracting(Finding::rule)
                .containsExactly(RuleIds.CRITICAL_UNMEASURED, RuleIds.WAIVER_EXPIRED, RuleIds.WAIVER_UNUSED);
        assertThat(findings.get(2).message()).contains("cannot be waived");
    }

    @Test
    void waiverOfARuleNoWaiverSilencesIsReportedOnceWhetherItFiresOrNot() {
        Touchpoint first = model.touchpoint("checkout")
                .waiver(RuleIds.DUPLICATE_ID, TODAY.plusDays(10))
                .waiver(RuleIds.SCHEMA, TODAY.plusDays(10))
                .build();
        Touchpoint second = model.touchpoint("checkout")
                .waiver(RuleIds.DUPLICATE_ID, TODAY.plusDays(10))
                .waiver(RuleIds.YAML_SYNTAX, TODAY.plusDays(10))
                .build();

        List<Finding> findings = check(model.journey("shop", first, second));

        assertThat(findings)
                .extracting(Finding::rule)
                .containsExactlyInAnyOrder(
                        RuleIds.DUPLICATE_ID,
                        RuleIds.WAIVER_UNUSED,
                        RuleIds.WAIVER_UNUSED,
                        RuleIds.WAIVER_UNUSED,
                        RuleIds.WAIVER_UNUSED);
        assertThat(findings)
                .filteredOn(f -> f.rule().equals(RuleIds.WAIVER_UNUSED))
                .allSatisfy(f -> assertThat(f.message())
                        .contains("silences nothing")
                        .contains("cannot be waived")
                        .contains("remove the waiver")
                        .doesNotContain(": off`")
                        .doesNotContain("does not fire"))
                .anySatisfy(f -> assertThat(f.message()).contains("an id of its own"))
                .anySatisfy(f -> assertThat(f.message()).contains("fix the YAML"))
                .anySatisfy(f -> assertThat(f.message()).contains("fix the key or value"));
    }

    @Test
    void waiverOfARuleSetOffIsUnused() {
        Touchpoint checkout = model.touchpoint("checkout")
                .critical()
                .waiver(RuleIds.CRITICAL_UNMEASURED, TODAY.plusDays(1))
                .build();

        List<Finding> findings =
                check(config(Map.of(RuleIds.CRITICAL_UNMEASURED, "off")), List.of(), model.journey("shop", checkout));

        assertThat(findings).extracting(Finding::rule).containsExactly(RuleIds.WAIVER_UNUSED);
        assertThat(findings.get(0).message()).contains("`off` in playbook.yaml");
    }

    @Test
    void severityOverrideChangesTheSeverity() {
        Touchpoint checkout = model.touchpoint("checkout").critical().build();

        List<Finding> findings = check(
                config(Map.of(RuleIds.CRITICAL_UNMEASURED, "warning")), List.of(), model.journey("shop", checkout));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(RuleIds.CRITICAL_UNMEASURED);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void severityOffDropsTheFindings() {
        Touchpoint checkout = model.touchpoint("checkout").critical().build();

        List<Finding> findings =
                check(config(Map.of(RuleIds.CRITICAL_UNMEASURED, "off")), List.of(), model.journey("shop", checkout));

        assertThat(findings).isEmpty();
    }

    @Test
    void severityOverridesApplyToTheLoadersFindings() {
        Finding schema = loaderFinding(RuleIds.SCHEMA, new Span("a.yaml", 3, 1));
        Finding syntax = loaderFinding(RuleIds.YAML_SYNTAX, new Span("b.yaml", 1, 5));

        List<Finding> findings =
                check(config(Map.of(RuleIds.SCHEMA, "info", RuleIds.YAML_SYNTAX, "off")), List.of(schema, syntax));

        assertThat(findings).containsExactly(schema.withSeverity(Severity.INFO));
    }

    @Test
    void unknownSeverityLevelsAreIgnored() {
        Touchpoint checkout = model.touchpoint("checkout").critical().build();

        List<Finding> findings =
                check(config(Map.of(RuleIds.CRITICAL_UNMEASURED, "fatal")), List.of(), model.journey("shop", checkout));

        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void ordersFindingsByFileLineColumnAndRule() {
        Touchpoint checkout =
                model.touchpoint("checkout").critical().outsourced().build();
        Touchpoint payment = model.touchpoint("payment").critical().build();
        Finding early = loaderFinding(RuleIds.SCHEMA, new Span("a.yaml", 9, 1));
        Finding late = loaderFinding(RuleIds.SCHEMA, new Span("z.yaml", 1, 1));
        Finding sameLine = loaderFinding(
                RuleIds.SCHEMA, new Span(TestModel.FILE, payment.span().line(), 1));

        List<Finding> findings = check(
                PlaybookConfig.defaults(), List.of(late, sameLine, early), model.journey("shop", checkout, payment));

        assertThat(findings)
                .extracting(f ->
                        f.span().file() + ":" + f.span().line() + ":" + f.span().column() + " " + f.rule())
                .containsExactly(
                        "a.yaml:9:1 schema",
                        TestModel.FILE + ":" + checkout.span().line() + ":3 critical-outsourced",
                        TestModel.FILE + ":" + checkout.span().line() + ":3 critical-unmeasured",
                        TestModel.FILE + ":" + payment.span().line() + ":1 schema",
                        TestModel.FILE + ":" + payment.span().line() + ":3 critical-unmeasured",
                        "z.yaml:1:1 schema");
    }

    @Test
    void anUnknownReferenceReplacesTheAdviceToWriteWhatTheLoaderReadThere() {
        Span at = new Span(TestModel.FILE, 12, 19);
        Finding schema = new Finding(
                RuleIds.SCHEMA,
                Severity.ERROR,
                at,
                Optional.of("shop"),
                Optional.of("pay"),
                new Finding.ReadAs(
                        "`leads_to` must name a touchpoint as `touchpoint-id`, not `Check Out`", "check-out"));
        List<Finding> loaded = new ArrayList<>(List.of(schema));

        List<Finding> kept = RuleEngine.oneMistakeOneFinding(loaded, List.of(unknownReference(at, "check-out")));

        assertThat(kept).isEmpty();
        assertThat(loaded)
                .extracting(Finding::message)
                .containsExactly("`leads_to` must name a touchpoint as `touchpoint-id`, not `Check Out`; `check-out`"
                        + " would not do either: `leads_to` names `check-out`, which is no touchpoint");
    }

    @Test
    void aLoadersMessageIsNotTakenApartForAdviceItDoesNotHoldAsWhatItRead() {
        // The words "; write `…`" at its end are text, not what the loader read the value as: here the
        // value was read only without its control character, and the advice is about something else.
        Span at = new Span(TestModel.FILE, 12, 19);
        Finding schema = new Finding(
                RuleIds.SCHEMA,
                Severity.ERROR,
                at,
                Optional.of("shop"),
                Optional.of("pay"),
                "`leads_to` contains the control character U+0007; write `nowhere`");
        List<Finding> loaded = new ArrayList<>(List.of(schema));

        RuleEngine.oneMistakeOneFinding(loaded, List.of(unknownReference(at, "nowhere")));

        assertThat(loaded)
                .extracting(Finding::message)
                .containsExactly("`leads_to` contains the control character U+0007; write `nowhere`; even without it,"
                        + " `leads_to` names `nowhere`, which is no touchpoint");
    }

    @Test
    void aFindingsMessageMustBeTheAdviceToWriteWhatItHoldsAsRead() {
        Finding.ReadAs read = new Finding.ReadAs("`owner` must be a kebab-case id, not `Web Team`", "web-team");

        assertThat(read.message()).isEqualTo("`owner` must be a kebab-case id, not `Web Team`; write `web-team`");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new Finding(
                        RuleIds.SCHEMA,
                        Severity.ERROR,
                        new Span(TestModel.FILE, 1, 1),
                        Optional.empty(),
                        Optional.empty(),
                        read.message() + " (without the tag `!!str`)",
                        Optional.empty(),
                        Optional.of(read))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cesBelowTargetIsGoodAndAboveTargetIsBad() {
        Touchpoint good = model.touchpoint("good").metric(MetricType.CES, 3, 2).build();
        Touchpoint bad = model.touchpoint("bad").metric(MetricType.CES, 3, 4.5).build();
        Touchpoint nps = model.touchpoint("nps").metric(MetricType.NPS, 30, 24).build();

        List<Finding> findings = check(model.journey("shop", good, bad, nps));

        assertThat(findings)
                .extracting(f -> f.rule() + " " + f.touchpoint().orElseThrow())
                .containsExactly("metric-below-target bad", "metric-below-target nps");
        assertThat(findings.get(0).span()).isEqualTo(bad.metrics().get(0).type().keySpan());
        assertThat(findings.get(0).message()).contains("4.5").contains("3").contains("lower is better");
    }

    @Test
    void aCustomMetricWithBetterLowerIsGoodBelowItsTarget() {
        Touchpoint quick = model.touchpoint("quick")
                .customMetric("Wait in minutes", 5, 3, Optional.of("lower"))
                .build();
        Touchpoint slow = model.touchpoint("slow")
                .customMetric("Wait in minutes", 5, 7, Optional.of("lower"))
                .build();
        Touchpoint few = model.touchpoint("few")
                .customMetric("Repeat orders", 5, 3, Optional.empty())
                .build();

        List<Finding> findings = check(model.journey("shop", quick, slow, few));

        assertThat(findings)
                .extracting(f -> f.rule() + " " + f.touchpoint().orElseThrow())
                .containsExactly("metric-below-target slow", "metric-below-target few");
        assertThat(findings.get(0).message()).contains("Wait in minutes").contains("lower is better");
        assertThat(findings.get(1).message()).doesNotContain("lower is better");
    }

    @Test
    void checksAThousandJourneysOfTwentyFiveTouchpoints() {
        List<Journey> journeys = new ArrayList<>();
        for (int j = 0; j < 1000; j++) {
            Touchpoint[] tps = new Touchpoint[23];
            for (int t = 0; t < tps.length; t++) {
                tps[t] = model.touchpoint("tp-" + t).critical().build();
            }
            journeys.add(model.journey("journey-" + j, tps));
        }

        List<Finding> findings = check(PlaybookConfig.defaults(), List.of(), journeys.toArray(Journey[]::new));

        assertThat(findings).hasSize(1000 * 23);
    }

    private List<Finding> check(Journey... journeys) {
        return check(PlaybookConfig.defaults(), List.of(), journeys);
    }

    private static List<Finding> check(PlaybookConfig config, List<Finding> loaderFindings, Journey... journeys) {
        Playbook playbook = new Playbook(config, List.of(journeys), List.of());
        return RuleEngine.check(new LoadResult(playbook, loaderFindings), TODAY);
    }

    private static Finding loaderFinding(String rule, Span span) {
        return new Finding(rule, Severity.ERROR, span, Optional.empty(), Optional.empty(), "bad");
    }

    private static Finding unknownReference(Span span, String name) {
        return new Finding(
                RuleIds.UNKNOWN_REFERENCE,
                Severity.ERROR,
                span,
                Optional.of("shop"),
                Optional.of("pay"),
                "`leads_to` names `" + name + "`, which is no touchpoint");
    }

    private static PlaybookConfig config(Map<String, String> levels) {
        return io.journeyascode.model.PlaybookConfigs.withLevels(levels);
    }
}
