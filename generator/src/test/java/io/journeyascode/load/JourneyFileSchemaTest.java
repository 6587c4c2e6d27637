package io.journeyascode.load;

import static io.journeyascode.load.LoaderFixtures.MINIMAL;
import static io.journeyascode.load.LoaderFixtures.brief;
import static io.journeyascode.load.LoaderFixtures.loadJourney;
import static io.journeyascode.load.LoaderFixtures.onlyJourney;
import static io.journeyascode.load.LoaderFixtures.onlyTouchpoint;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.Finding;
import io.journeyascode.model.Interaction;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Metric;
import io.journeyascode.model.Phase;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Span;
import io.journeyascode.model.Touchpoint;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journey file's schema (SPEC §3): each mistake is one finding at its place, and the rest still loads. */
class JourneyFileSchemaTest {

    @TempDir
    Path dir;

    private LoadResult load(String yaml) {
        return loadJourney(dir, yaml);
    }

    private LoadResult withTouchpointLines(String lines) {
        return load(MINIMAL + lines.indent(8));
    }

    @Test
    void readsAMisspeltKeyAsTheKeyItWasMeantToBeWithOneFinding() {
        LoadResult result = load(MINIMAL.replace("channel: web", "chanel: mail"));

        // not also "lacks the required key `channel`", nor findings about what is under it
        assertThat(brief(result))
                .containsExactly("schema 8:9 unknown key `chanel` in touchpoint; did you mean `channel`?");
        assertThat(result.findings()).allMatch(f -> f.touchpoint().equals(java.util.Optional.of("pay")));
        assertThat(onlyTouchpoint(result).channel().value()).isEqualTo("mail");
        assertThat(onlyTouchpoint(result).channel().span().line()).isEqualTo(8);
    }

    @Test
    void aMisspeltKeyWrittenBesideTheRightOneIsOnlyReported() {
        LoadResult result = load(MINIMAL.replace("channel: web", "channel: web\n        chanel: mail"));

        assertThat(brief(result))
                .containsExactly("schema 9:9 unknown key `chanel` in touchpoint; did you mean `channel`?");
        assertThat(onlyTouchpoint(result).channel().value()).isEqualTo("web");
    }

    @Test
    void aMisspeltStageKeyKeepsTheTouchpointsUnderIt() {
        LoadResult result = load(MINIMAL.replace("    touchpoints:", "    touchpoint:"));

        assertThat(brief(result))
                .containsExactly("schema 5:5 unknown key `touchpoint` in stage; did you mean `touchpoints`?");
        assertThat(onlyTouchpoint(result).id().value()).isEqualTo("pay");
    }

    @Test
    void listsTheKeysWhenNoKeyIsClose() {
        assertThat(brief(withTouchpointLines("colour: blue")))
                .containsExactly("schema 9:9 unknown key `colour` in touchpoint; the keys are id, name, channel,"
                        + " interaction, owner, critical, ownership, provider, expectations, target_emotion, dimensions,"
                        + " factors, moment, metrics, leads_to, sets_expectations_for, notes, links, waivers");
    }

    @Test
    void reportsValueOutsideItsSetWithDidYouMeanAndReadsTheValueMeant() {
        LoadResult result = withTouchpointLines("interaction: indirekt");

        assertThat(brief(result))
                .containsExactly("schema 9:22 `interaction` must be one of direct, indirect, not `indirekt`; did you"
                        + " mean `indirect`?");
        assertThat(onlyTouchpoint(result).interaction()).isEqualTo(Interaction.INDIRECT);
    }

    @Test
    void reportsAMisspeltPhaseAndReadsThePhaseMeant() {
        LoadResult result = load(MINIMAL.replace("phase: during", "phase: durin"));

        assertThat(brief(result))
                .containsExactly(
                        "schema 4:12 `phase` must be one of before, during, after, not `durin`; did you mean `during`?");
        assertThat(onlyJourney(result).stages().get(0).phase().value()).isEqualTo(Phase.DURING);
        // no typo of a phase: the stage keeps the phase of the stage before it (before, for the first)
        LoadResult unknown = load(MINIMAL.replace("phase: during", "phase: checkout"));
        assertThat(onlyJourney(unknown).stages().get(0).phase().value()).isEqualTo(Phase.BEFORE);
    }

    @Test
    void aPhaseWrittenInTheFinnishSitesWordIsReadAsThatPhase() {
        LoadResult result = load(MINIMAL.replace("phase: during", "phase: ennen"));

        assertThat(brief(result))
                .containsExactly("schema 4:12 `phase` must be one of before, during, after, not `ennen`; did you mean"
                        + " `before`?");
        assertThat(onlyJourney(result).stages().get(0).phase().value()).isEqualTo(Phase.BEFORE);
        assertThat(onlyTouchpoint(withTouchpointLines("ownership: ulkoistettu\nprovider: Kuljetus Oy"))
                        .ownership()
                        .value())
                .isEqualTo(io.journeyascode.model.Ownership.OUTSOURCED);
    }

    @Test
    void reportsChannelOutsideThePlaybooksChannels() {
        assertThat(brief(load(MINIMAL.replace("channel: web", "channel: webb"))))
                .containsExactly("schema 8:18 unknown channel `webb`; write one of web, mobile, email, phone, chat,"
                        + " store, social, print, mail, partner, word-of-mouth (or declare it in playbook.yaml's"
                        + " `channels`); did you mean `web`?");
    }

    @Test
    void reportsMissingTitleAtTheFirstKeyAndFallsBackToTheId() {
        LoadResult result = load(MINIMAL.replace("title: Test journey\n", ""));

        assertThat(brief(result))
                .containsExactly("schema 1:1 the journey lacks the required key `title`; add `title: Online order and"
                        + " delivery`");
        Journey journey = onlyJourney(result);
        assertThat(journey.title().value()).isEqualTo("test");
        assertThat(journey.span()).isEqualTo(new Span("test.yaml", 1, 1));
    }

    @Test
    void reportsMissingKeyOfAnEmptyMappingAtItsStart() {
        LoadResult result = load("title: T\nstages:\n  - {}\n");

        assertThat(brief(result))
                .containsExactly(
                        "schema 3:5 the stage lacks the required key `id`; add `id: discover`",
                        "schema 3:5 the stage lacks the required key `phase`; add `phase: before`",
                        "schema 3:5 the stage lacks the required key `touchpoints`; add `touchpoints:`");
    }

    @Test
    void reportsBadIdAndUsesItsKebabForm() {
        LoadResult result = load(MINIMAL.replace("id: pay", "id: Pay Now"));

        assertThat(brief(result))
                .containsExactly("schema 6:13 `id` must be a kebab-case id (lowercase letters, digits and single"
                        + " hyphens), not `Pay Now`; write `pay-now`");
        assertThat(onlyTouchpoint(result).id().value()).isEqualTo("pay-now");
    }

    @Test
    void markdownNestedTooDeepIsAWarningAtItsValue() {
        LoadResult result = load(MINIMAL.replace(
                "title: Test journey", "title: Test journey\ndescription: \"" + "> ".repeat(40) + "x\""));

        assertThat(brief(result))
                .containsExactly("schema 2:14 `description` nests block quotes, lists or emphasis 40 levels deep, more"
                        + " than the site shows as Markdown (32); it is shown as plain text; nest less deeply");
        assertThat(result.findings().get(0).severity()).isEqualTo(io.journeyascode.model.Severity.WARNING);
    }

    @Test
    void anIdTooLongForAFileNameIsAnErrorAndReadShortened() {
        // valid kebab-case, but the site's file `journeys/test/aaa….html` could not be written
        String id = "a".repeat(251);
        LoadResult result = load(MINIMAL.replace("id: pay", "id: " + id)
                .replace("channel: web", "channel: web\n        owner: " + "b-".repeat(60) + "c"));

        assertThat(brief(result))
                .contains(
                        "schema 6:13 `id` is 251 characters long, more than an id may be (100: it becomes a file name"
                                + " of the site); write a shorter id",
                        "schema 9:16 `owner` is 121 characters long, more than an id may be (100: it becomes a file"
                                + " name of the site); write a shorter id");
        assertThat(onlyTouchpoint(result).id().value()).isEqualTo("a".repeat(100));
        assertThat(onlyTouchpoint(result).owner().orElseThrow().value())
                .hasSize(99)
                .doesNotEndWith("-");
        // at the limit, an id is an id
        assertThat(brief(load(MINIMAL.replace("id: pay", "id: " + "a".repeat(100)))))
                .isEmpty();
    }

    @Test
    void aBadIdOfAVocabularyIsToldTheIdItIsCloseToOnceNotAKebabFormThatIsUnknown() {
        // `mail-box` is no channel: suggesting it would only bring "unknown channel `mail-box`"
        LoadResult result = load(MINIMAL.replace("channel: web", "channel: mail box"));

        assertThat(brief(result))
                .containsExactly("schema 8:18 `channel` must be a kebab-case id (lowercase letters, digits and single"
                        + " hyphens), not `mail box`; did you mean `mail`?");
        // told the channel it starts with, but not read as it: `mail box` is no typo of `mail`
        assertThat(onlyTouchpoint(result).isUnreadable("channel")).isTrue();

        assertThat(brief(load(MINIMAL.replace("channel: web", "channel: E-mail"))))
                .containsExactly("schema 8:18 `channel` must be a kebab-case id (lowercase letters, digits and single"
                        + " hyphens), not `E-mail`; did you mean `email`?");
        // a typo is read as the channel meant
        assertThat(onlyTouchpoint(load(MINIMAL.replace("channel: web", "channel: E-mail")))
                        .channel()
                        .value())
                .isEqualTo("email");
        // a kebab form that is a channel is the one to write, as for any id
        assertThat(brief(load(MINIMAL.replace("channel: web", "channel: Chat"))))
                .containsExactly("schema 8:18 `channel` must be a kebab-case id (lowercase letters, digits and single"
                        + " hyphens), not `Chat`; write `chat`");
    }

    @Test
    void anItemOfATextListThatReadsAsTheRestOfTheOneBeforeIsAWarning() {
        // Finnish puts a comma before every subordinate clause: inside [...] it cuts the text in two
        LoadResult result = withTouchpointLines("expectations: [Näen, mistä summa koostuu, Maksu onnistuu]");

        assertThat(result.findings())
                .extracting(f ->
                        f.severity() + " " + f.span().line() + ":" + f.span().column() + " " + f.message())
                .containsExactly("WARNING 9:30 `expectations` has an item `mistä summa koostuu` that reads as the rest"
                        + " of the one before it: inside `[...]` a comma starts a new item; if it is one text, write it"
                        + " in quotes, `\"Näen, mistä summa koostuu\"`");
        // read as written: the warning says what YAML made of it
        assertThat(onlyTouchpoint(result).expectations()).hasSize(3);

        // quoted, on lines of their own, or items that are sentences of their own: nothing to say
        assertThat(withTouchpointLines("expectations: [\"Näen, mistä summa koostuu\", Maksu onnistuu]")
                        .findings())
                .isEmpty();
        assertThat(withTouchpointLines("expectations:\n  - Näen, mistä summa koostuu")
                        .findings())
                .isEmpty();
        assertThat(withTouchpointLines("expectations: [Fast delivery, clear prices, I can pay by card]")
                        .findings())
                .isEmpty();
        // lowercase items that stand on their own, after an item that is no sentence
        assertThat(withTouchpointLines("expectations: [toimitusaika, miten palautus toimii]")
                        .findings())
                .isEmpty();
        // a text cut twice is one warning, quoting all of it
        assertThat(withTouchpointLines("expectations: [Näen, mistä summa koostuu, ja voin maksaa, Nopea]")
                        .findings())
                .extracting(f -> f.span().column() + " "
                        + f.message().substring(f.message().lastIndexOf("quotes")))
                .containsExactly("30 quotes, `\"Näen, mistä summa koostuu, ja voin maksaa\"`");
    }

    @Test
    void waiversOfAStageAreToldWhereWaiversGo() {
        LoadResult result = load(MINIMAL.replace(
                "    phase: during\n",
                "    phase: during\n    waivers: [{rule: single-channel, reason: x, until: 2030-01-01}]\n"));
        assertThat(brief(result))
                .containsExactly("schema 5:5 unknown key `waivers` in stage; the keys are id, name, phase, touchpoints"
                        + " (a journey's own waivers go beside `stages:`, a touchpoint's under the touchpoint)");
    }

    @Test
    void suggestsAnIdWithTheBaseLettersOfAccentedOnes() {
        LoadResult result = load(MINIMAL.replace("id: pay", "id: Sähkö-Maksu Æble"));

        assertThat(brief(result))
                .singleElement()
                .asString()
                .endsWith("not `Sähkö-Maksu Æble`; write `sahko-maksu-aeble`");
        assertThat(onlyTouchpoint(result).id().value()).isEqualTo("sahko-maksu-aeble");
    }

    @Test
    void dropsOnlyATouchpointWithoutAnyUsableId() {
        LoadResult result = load(MINIMAL
                + """
                      - name: No id
                        channel: web
                """);

        assertThat(brief(result))
                .containsExactly("schema 9:9 the touchpoint lacks the required key `id`; add `id:" + " social-ad`");
        assertThat(onlyTouchpoint(result).id().value()).isEqualTo("pay");
    }

    @Test
    void defaultsTheIdToTheFileNameLocatedAtTheFileStart() {
        Journey journey = onlyJourney(load(MINIMAL));

        assertThat(journey.id()).isEqualTo(Located.at("test", new Span("test.yaml", 1, 1)));
    }

    @Test
    void reportsAFileNameThatIsNoIdAtTheFileStart() {
        LoaderFixtures.write(dir.resolve("sub/My Journey.yml"), MINIMAL);
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings())
                .extracting(f -> f.span().toString() + " " + f.message())
                .containsExactly("sub/My Journey.yml:1:1 the file name `My Journey` is not a kebab-case id and the"
                        + " file has no `id:`; rename the file or add `id: my-journey`");
        assertThat(onlyJourney(result).id().value()).isEqualTo("my-journey");
    }

    @Test
    void acceptsOnlyHttpHttpsAndMailtoLinksWhateverTheirCase() {
        LoadResult result = withTouchpointLines(
                """
                links:
                  - {title: Dashboard, url: HTTPS://bi.example.com/nps}
                  - {title: Mail, url: mailto:cx@example.com}
                  - {title: Bad, url: "JaVaScRiPt:alert(1)"}
                  - {title: Data, url: "data:text/html,<script>"}
                  - {title: Relative, url: /local/page}
                """);

        assertThat(brief(result))
                .containsExactly(
                        "schema 12:31 `url` must be an http, https or mailto address such as"
                                + " `https://example.com/dashboard`, not `JaVaScRiPt:alert(1)`",
                        "schema 13:32 `url` must be an http, https or mailto address such as"
                                + " `https://example.com/dashboard`, not `data:text/html,<script>`",
                        "schema 14:36 `url` must be an http, https or mailto address such as"
                                + " `https://example.com/dashboard`, not `/local/page`");
        assertThat(onlyTouchpoint(result).links())
                .extracting(l -> l.url().value())
                .containsExactly("HTTPS://bi.example.com/nps", "mailto:cx@example.com");
    }

    @Test
    void reportsMetricValueOutsideItsTypesRangeAtTheValue() {
        LoadResult result = withTouchpointLines(
                """
                metrics:
                  - {type: nps, target: 150, actual: -20}
                  - {type: ces, target: 0.5}
                """);

        assertThat(brief(result))
                .containsExactly(
                        "schema 10:33 `target` of a metric of type `nps` must be between -100 and 100, not 150",
                        "schema 11:33 `target` of a metric of type `ces` must be between 1 and 7, not 0.5");
        assertThat(onlyTouchpoint(result).metrics().get(0).target()).isEmpty();
        assertThat(onlyTouchpoint(result).metrics().get(0).actual().map(Located::value))
                .contains(-20.0);
    }

    @Test
    void checksAMetricValueAgainstItsRangeAsWrittenNotAsItsRoundedDouble() {
        // 7.0000000000000001 and -100.00000000000001 are 7 and -100 as doubles, within the range
        LoadResult result = withTouchpointLines(
                """
                metrics:
                  - {type: ces, target: 7.0000000000000001, actual: 7.000}
                  - {type: nps, target: -100.00000000000001, actual: 1e2}
                """);

        assertThat(brief(result))
                .containsExactly(
                        "schema 10:33 `target` of a metric of type `ces` must be between 1 and 7, not"
                                + " 7.0000000000000001",
                        "schema 11:33 `target` of a metric of type `nps` must be between -100 and 100, not"
                                + " -100.00000000000001");
        assertThat(onlyTouchpoint(result).metrics())
                .extracting(m -> m.target().isPresent(), m -> m.actual().map(Located::value))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(false, java.util.Optional.of(7.0)),
                        org.assertj.core.groups.Tuple.tuple(false, java.util.Optional.of(100.0)));
    }

    @Test
    void reportsQuotedOrTextNumbers() {
        assertThat(brief(withTouchpointLines("metrics:\n  - {type: csat, target: \"80\", actual: high}")))
                .containsExactly(
                        "schema 10:34 `target` must be a number, not text in quotes; write `target: 80`",
                        "schema 10:48 `actual` must be a number such as `30` or `4.5`, not `high`");
    }

    @Test
    void readsEveryNumberOfYamlsCoreSchemaAndRefusesOneTooLarge() {
        LoadResult result = withTouchpointLines("metrics:\n  - {type: csat, target: .5e2, actual: 7.5E+1}");
        assertThat(brief(result)).isEmpty();
        assertThat(onlyTouchpoint(result).metrics().get(0).target().map(Located::value))
                .contains(50.0);
        assertThat(onlyTouchpoint(result).metrics().get(0).actual().map(Located::value))
                .contains(75.0);
        assertThat(brief(withTouchpointLines("metrics:\n  - {type: custom, name: Reach, target: 1e400}")))
                .containsExactly("schema 10:49 `target` is too large a number: `1e400`");
        assertThat(brief(withTouchpointLines("metrics:\n  - {type: csat, target: 1e}")))
                .singleElement()
                .asString()
                .contains("must be a number such as `30` or `4.5`, not `1e`");
    }

    @Test
    void anOptionalTextWithNothingAfterItsKeySaysNothingAsABlankOneDoes() {
        LoadResult result = load(MINIMAL.replace("title: Test journey", "title: Test journey\nsummary:")
                .replace("name: Pay", "name: Pay\n        notes:"));
        assertThat(brief(result)).isEmpty();
        assertThat(onlyJourney(result).summary()).isEmpty();
        // a required one is still missing
        assertThat(brief(load(MINIMAL.replace("title: Test journey", "title:"))))
                .singleElement()
                .asString()
                .startsWith("schema 1:");
    }

    @Test
    void readsAMisspeltMetricTypeAsTheTypeMeantAndKeepsAnUnknownOneSoTheTouchpointStaysMeasured() {
        LoadResult result = withTouchpointLines("metrics:\n  - {type: nsp, target: 30}");

        assertThat(brief(result))
                .containsExactly("schema 10:20 `type` must be one of nps, csat, ces, emotion, custom, not `nsp`; did"
                        + " you mean `nps`?");
        Metric metric = onlyTouchpoint(result).metrics().get(0);
        assertThat(metric.type().value()).isEqualTo(io.journeyascode.model.MetricType.NPS);
        assertThat(metric.target()).map(Located::value).contains(30.0);
        // no typo of a type: the metric is kept, without a target that would mean nothing
        Metric unknown = onlyTouchpoint(withTouchpointLines("metrics:\n  - {type: survey, target: 30}"))
                .metrics()
                .get(0);
        assertThat(unknown.target()).isEmpty();
    }

    @Test
    void requiresANameForCustomMetrics() {
        assertThat(brief(withTouchpointLines("metrics:\n  - type: custom")))
                .containsExactly("schema 10:13 a custom metric needs a `name`; add e.g. `name: Ad recall`");
    }

    @Test
    void reportsWaiverMistakesAndDropsEachWaiverThatLacksAReasonOrEndDate() {
        LoadResult result = withTouchpointLines(
                """
                waivers:
                  - {rule: critical-outsorced, reason: Contract, until: 2027-06-30}
                  - {rule: single-channel, reason: "  ", until: 2027-02-30}
                  - {rule: phase-gap, until: 2027-01-01}
                  - {rule: no-peak-moment, reason: Later, until: 2020-1-1}
                  - {rule: no-peak-moment, reason: Later, untill: 2027-01-01}
                  - {rule: no-peak-moment, reason: Later, until: 2027-01-01}
                """);

        assertThat(brief(result))
                .containsExactly(
                        "schema 10:20 `rule` must be a known rule, not `critical-outsorced`; did you mean"
                                + " `critical-outsourced`?",
                        "schema 11:44 `reason` is blank; write e.g. `reason: Contract with SLA and monthly review`;"
                                + " this waiver silences nothing until it has a `reason` and a valid `until` date",
                        "schema 11:57 `until: 2027-02-30` is not a day of the calendar (February 2027 has 28 days);"
                                + " write a day that exists, e.g. `until: 2027-02-28`; this waiver silences nothing"
                                + " until it has a `reason` and a valid `until` date",
                        "schema 12:14 the waiver lacks the required key `reason`; add `reason: Contract with SLA and"
                                + " monthly review`; this waiver silences nothing until it has a `reason`",
                        "schema 13:58 `until` must be a date written yyyy-mm-dd such as `2027-06-30`, not `2020-1-1`;"
                                + " write `until: 2020-01-01`; this waiver silences nothing until it has a valid"
                                + " `until` date",
                        "schema 14:14 the waiver lacks the required key `until`; add `until: 2027-06-30`; this waiver"
                                + " silences nothing until it has a valid `until` date",
                        "schema 14:51 unknown key `untill` in waiver; did you mean `until`?");
        assertThat(onlyTouchpoint(result).waivers())
                .extracting(w -> w.rule().value() + " " + w.until().value())
                .containsExactly("no-peak-moment 2027-01-01");
    }

    @Test
    void reportsBlankValuesLikeMissingOnesAndFallsBackToTheId() {
        LoadResult result = load(
                """
                title: ""
                stages:
                  - id: buy
                    name: "\u200b "
                    phase: during
                    touchpoints:
                      - id: pay
                        name: "  "
                        channel: web
                        target_emotion: ""
                        expectations: ["", "  ", Paying is quick]
                        notes: ""
                """);

        assertThat(brief(result))
                .filteredOn(f -> !f.contains("invisible"))
                .containsExactly(
                        "schema 1:8 `title` is blank; write e.g. `title: Online order and delivery`",
                        "schema 4:11 `name` is blank; write e.g. `name: Discover`, or remove the key",
                        "schema 8:15 `name` is blank; write e.g. `name: Social media ad`",
                        "schema 10:25 `target_emotion` is blank; write e.g. `target_emotion: joy`, or remove the key",
                        "schema 11:24 an item of `expectations` is blank; write e.g. `The ad's offer is honoured on"
                                + " the web page`, or remove the item",
                        "schema 11:28 an item of `expectations` is blank; write e.g. `The ad's offer is honoured on"
                                + " the web page`, or remove the item");
        Journey journey = onlyJourney(result);
        assertThat(journey.title().value()).isEqualTo("test");
        assertThat(journey.stages().get(0).name().value()).isEqualTo("buy");
        Touchpoint pay = onlyTouchpoint(result);
        assertThat(pay.name().value()).isEqualTo("pay");
        assertThat(pay.targetEmotion()).isEmpty();
        assertThat(pay.expectations()).extracting(Located::value).containsExactly("Paying is quick");
    }

    @Test
    void listsTheRuleIdsWhenNoneIsClose() {
        assertThat(brief(withTouchpointLines("waivers:\n  - {rule: everything, reason: R, until: 2027-01-01}")))
                .containsExactly(
                        "schema 10:20 `rule` must be one of " + String.join(", ", RuleIds.ALL) + ", not `everything`");
    }

    @Test
    void reportsWrongNodeTypesSayingWhatToWrite() {
        LoadResult result = withTouchpointLines("expectations: {a: b}\nname: [Pay]");

        assertThat(brief(result))
                .containsExactly(
                        "schema 9:23 `expectations` must be a list of texts, not a mapping; write e.g."
                                + " `expectations: [The ad's offer is honoured on the web page]`",
                        "schema 10:9 duplicate key `name` (first at line 7); remove one of them");
    }

    @Test
    void readsOneValueWhereAListIsExpectedAsTheListItStandsFor() {
        LoadResult result = withTouchpointLines(
                """
                expectations: "Price: as in the ad"
                leads_to: receipt, other/pay
                dimensions: emotional
                """);

        assertThat(brief(result))
                .containsExactly(
                        "schema 9:23 `expectations` must be a list of texts, not `Price: as in the ad`; write"
                                + " `expectations: [\"Price: as in the ad\"]`",
                        "schema 10:19 `leads_to` must be a list of references such as `[checkout,"
                                + " other-journey/landing]`, not `receipt, other/pay`; write `leads_to: [receipt,"
                                + " other/pay]`",
                        "schema 11:21 `dimensions` must be a list of emotional, cognitive, social, sensory, not"
                                + " `emotional`; write `dimensions: [emotional]`");
        Touchpoint pay = onlyTouchpoint(result);
        assertThat(pay.expectations()).extracting(Located::value).containsExactly("Price: as in the ad");
        assertThat(pay.leadsTo().orElseThrow()).extracting(Located::value).containsExactly("receipt", "other/pay");
        assertThat(pay.dimensions()).extracting(Located::value).containsExactly("emotional");
    }

    @Test
    void aListWrittenWithoutBracketsIsOneFindingThatWritesItsItemsAsTheyAreRead() {
        LoadResult result = load(
                MINIMAL.replace("title: Test journey", "title: Test journey\ntarget_emotions: Trust, Peace Of Mind")
                        + "        leads_to: Check Out, receipt\n        sets_expectations_for: ???, Other Journey/Landing\n");

        // `???` is read as nothing: the advice writes it as it is, and its own finding says what is wrong
        assertThat(brief(result))
                .containsExactly(
                        "schema 2:18 `target_emotions` must be a list of kebab-case ids such as `[joy]`, not `Trust,"
                                + " Peace Of Mind`; write `target_emotions: [trust, peace-of-mind]`",
                        "schema 10:19 `leads_to` must be a list of references such as `[checkout,"
                                + " other-journey/landing]`, not `Check Out, receipt`; write `leads_to: [check-out,"
                                + " receipt]`",
                        "schema 11:32 `sets_expectations_for` must be a list of references such as `[checkout,"
                                + " other-journey/landing]`, not `???, Other Journey/Landing`; write"
                                + " `sets_expectations_for: [\"???\", other-journey/landing]`",
                        "schema 11:32 `sets_expectations_for` must name a touchpoint as `touchpoint-id` or"
                                + " `journey-id/touchpoint-id` (kebab-case), not `???`");
        Touchpoint pay = onlyTouchpoint(result);
        assertThat(onlyJourney(result).targetEmotions())
                .extracting(Located::value)
                .containsExactly("trust", "peace-of-mind");
        assertThat(pay.leadsTo().orElseThrow()).extracting(Located::value).containsExactly("check-out", "receipt");
        assertThat(pay.setsExpectationsFor()).extracting(Located::value).containsExactly("other-journey/landing");
    }

    @Test
    void aListWrittenWithoutBracketsTooLongToWriteOutLeavesEachItemItsOwnFinding() {
        String items = java.util.stream.IntStream.range(0, 16)
                .mapToObj(i -> "Step Number " + i)
                .collect(java.util.stream.Collectors.joining(", "));

        LoadResult result = withTouchpointLines("leads_to: " + items);

        assertThat(brief(result)).hasSize(17);
        assertThat(brief(result).get(0)).endsWith("; write e.g. `leads_to: [landing]`");
        assertThat(brief(result).get(1)).endsWith("not `Step Number 0`; write `step-number-0`");
        assertThat(onlyTouchpoint(result).leadsTo().orElseThrow()).hasSize(16);
    }

    @Test
    void marksTheKeysWrittenButUnreadableSoThatRulesDoNotReportThemMissingAgain() {
        Touchpoint pay = onlyTouchpoint(
                withTouchpointLines(
                        """
                target_emotoin: trust
                critical: yes
                expectations: {a: b}
                moment: peak
                """));

        // `target_emotoin` is read as `target_emotion`: it is not missing
        assertThat(pay.unreadableKeys()).containsExactly("critical", "expectations");
        assertThat(pay.targetEmotion().orElseThrow().value()).isEqualTo("trust");
        assertThat(pay.isUnreadable("moment")).isFalse();
    }

    @Test
    void reportsAStringWhereAMappingIsExpectedAndLoadsNoJourney() {
        LoadResult result = load("- just\n- a list\n");

        assertThat(brief(result))
                .containsExactly(
                        "schema 1:1 a journey must be a mapping of keys such as `id: online-order`, not a list");
        assertThat(result.playbook().journeys()).isEmpty();
    }

    @Test
    void reportsBadReferencesAndKeepsLeadsToAbsentWhenNoneIsUsable() {
        LoadResult result = withTouchpointLines("leads_to: [\"/\"]\nsets_expectations_for: [Other Journey/Landing]");

        assertThat(brief(result))
                .containsExactly(
                        "schema 9:20 `leads_to` must name a touchpoint as `touchpoint-id` or"
                                + " `journey-id/touchpoint-id` (kebab-case), not `/`",
                        "schema 10:33 `sets_expectations_for` must name a touchpoint as `touchpoint-id` or"
                                + " `journey-id/touchpoint-id` (kebab-case), not `Other Journey/Landing`; write"
                                + " `other-journey/landing`");
        Touchpoint touchpoint = onlyTouchpoint(result);
        assertThat(touchpoint.leadsTo()).isEmpty();
        assertThat(touchpoint.setsExpectationsFor())
                .extracting(Located::value)
                .containsExactly("other-journey/landing");
    }

    @Test
    void aValueReadAsAnotherHoldsWhatItWasReadAsBesideItsMessage() {
        LoadResult result = withTouchpointLines(
                "owner: Web Team\nleads_to: [Check Out, \"/\", \"nowhere\\a\"]\nsets_expectations_for: landing");

        // what the rules use when the value as read names nothing (RuleEngine.oneMistakeOneFinding);
        // `/` is read as nothing, and `nowhere` only without a character, with nothing else to write
        assertThat(result.findings())
                .extracting(f -> f.readAs().map(Finding.ReadAs::value).orElse("-"))
                .containsExactly("web-team", "check-out", "-", "-", "sets_expectations_for: [landing]");
        assertThat(result.findings().get(0).readAs().orElseThrow().fault())
                .isEqualTo("`owner` must be a kebab-case id (lowercase letters, digits and single hyphens), not"
                        + " `Web Team`");
    }

    @Test
    void keepsAnExplicitlyEmptyLeadsTo() {
        assertThat(onlyTouchpoint(withTouchpointLines("leads_to: []")).leadsTo())
                .contains(java.util.List.of());
    }

    @Test
    void reportsAnEmptyValue() {
        assertThat(brief(withTouchpointLines("owner:")))
                .containsExactly("schema 9:15 `owner` must be a kebab-case id such as `online-order`, not an empty"
                        + " value; write e.g. `owner: marketing`");
    }

    @Test
    void reportsEmotionThatIsNoIdAndKeepsItsKebabForm() {
        LoadResult result = withTouchpointLines("target_emotion: Joy");

        assertThat(brief(result)).hasSize(1);
        assertThat(onlyTouchpoint(result).targetEmotion().map(Located::value)).contains("joy");
    }

    @Test
    void reportsEmptyStagesAndTouchpoints() {
        assertThat(brief(load("title: T\nstages: []\n")))
                .containsExactly("schema 2:1 `stages` is empty; write at least one stage");
    }

    @Test
    void readsUntilAsADate() {
        LoadResult result = withTouchpointLines("waivers:\n  - {rule: phase-gap, reason: R, until: 2027-06-30}");

        assertThat(result.findings()).isEmpty();
        assertThat(onlyTouchpoint(result).waivers().get(0).until().value()).isEqualTo(LocalDate.of(2027, 6, 30));
    }
}
