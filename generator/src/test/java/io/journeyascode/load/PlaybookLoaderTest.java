package io.journeyascode.load;

import static io.journeyascode.load.LoaderFixtures.MINIMAL;
import static io.journeyascode.load.LoaderFixtures.brief;
import static io.journeyascode.load.LoaderFixtures.onlyJourney;
import static io.journeyascode.load.LoaderFixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.api.ToolException;
import io.journeyascode.model.Interaction;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.Phase;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.Span;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.Waiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader as a whole: discovery, playbook.yaml, and a realistic journey read into the model. */
class PlaybookLoaderTest {

    static final String ONLINE_ORDER =
            """
            id: online-order
            title: Online order and delivery
            persona: busy-parent
            owner: ecommerce
            target_emotions: [trust, relief]
            summary: One line for lists.
            description: |
              Why this journey **matters**.
            stages:
              - id: discover
                name: Discover
                phase: before
                touchpoints:
                  - id: social-ad
                    name: Social media ad
                    channel: social
                    interaction: indirect
                    owner: marketing
                    critical: true
                    ownership: outsourced
                    provider: Mainostoimisto Oy
                    expectations:
                      - The ad's offer is honoured on the web page
                    target_emotion: joy
                    dimensions: [emotional, sensory]
                    factors: [content]
                    moment: peak
                    metrics:
                      - type: nps
                        name: Ad recall NPS
                        target: 30
                        actual: 24
                      - type: ces
                        target: 2.5
                    leads_to: [landing]
                    sets_expectations_for: [checkout, returns/return-label]
                    notes: |
                      Check the offer.
                    links:
                      - title: NPS dashboard
                        url: https://bi.example.com/nps/checkout
                    waivers:
                      - rule: critical-outsourced
                        reason: Contract with SLA and monthly review
                        until: 2027-06-30
              - id: buy
                name: Buy
                phase: during
                touchpoints:
                  - id: landing
                    name: Landing page
                    channel: web
                  - id: checkout
                    name: Checkout
                    channel: web
            """;

    @TempDir
    Path dir;

    @Test
    void loadsARealisticJourneyIntoTheModel() {
        write(dir.resolve("online-order.yaml"), ONLINE_ORDER);
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings()).isEmpty();
        Journey journey = onlyJourney(result);
        assertThat(journey.file()).isEqualTo("online-order.yaml");
        assertThat(journey.id()).isEqualTo(new Located<>("online-order", span(1, 1), span(1, 5)));
        assertThat(journey.title().value()).isEqualTo("Online order and delivery");
        assertThat(journey.span()).isEqualTo(span(2, 1));
        assertThat(journey.persona().map(Located::value)).contains("busy-parent");
        assertThat(journey.owner().map(Located::value)).contains("ecommerce");
        assertThat(journey.targetEmotions())
                .containsExactly(Located.at("trust", span(5, 19)), Located.at("relief", span(5, 26)));
        assertThat(journey.summary()).contains("One line for lists.");
        assertThat(journey.description()).contains("Why this journey **matters**.\n");

        assertThat(journey.stages()).extracting(s -> s.id().value()).containsExactly("discover", "buy");
        Stage discover = journey.stages().get(0);
        assertThat(discover.name().value()).isEqualTo("Discover");
        assertThat(discover.phase()).isEqualTo(new Located<>(Phase.BEFORE, span(12, 5), span(12, 12)));

        Touchpoint ad = discover.touchpoints().get(0);
        assertThat(ad.id()).isEqualTo(new Located<>("social-ad", span(14, 9), span(14, 13)));
        assertThat(ad.span()).isEqualTo(span(14, 9));
        assertThat(ad.name().value()).isEqualTo("Social media ad");
        assertThat(ad.channel().value()).isEqualTo("social");
        assertThat(ad.interaction()).isEqualTo(Interaction.INDIRECT);
        assertThat(ad.owner().map(Located::value)).contains("marketing");
        assertThat(ad.isCritical()).isTrue();
        assertThat(ad.critical().span()).isEqualTo(span(19, 19));
        assertThat(ad.ownership().value()).isEqualTo(Ownership.OUTSOURCED);
        assertThat(ad.provider().map(Located::value)).contains("Mainostoimisto Oy");
        assertThat(ad.expectations())
                .extracting(Located::value)
                .containsExactly("The ad's offer is honoured on the web page");
        assertThat(ad.targetEmotion().map(Located::value)).contains("joy");
        assertThat(ad.dimensions()).extracting(Located::value).containsExactly("emotional", "sensory");
        assertThat(ad.factors()).extracting(Located::value).containsExactly("content");
        assertThat(ad.moment().map(Located::value)).contains(Moment.PEAK);

        assertThat(ad.metrics()).hasSize(2);
        Metric nps = ad.metrics().get(0);
        assertThat(nps.type()).isEqualTo(new Located<>(MetricType.NPS, span(29, 13), span(29, 19)));
        assertThat(nps.name().map(Located::value)).contains("Ad recall NPS");
        assertThat(nps.target().map(Located::value)).contains(30.0);
        assertThat(nps.actual().map(Located::value)).contains(24.0);
        Metric ces = ad.metrics().get(1);
        assertThat(ces.name()).isEmpty();
        assertThat(ces.target().map(Located::value)).contains(2.5);
        assertThat(ces.actual()).isEmpty();

        assertThat(ad.leadsTo()).contains(List.of(Located.at("landing", span(35, 20))));
        assertThat(ad.setsExpectationsFor())
                .extracting(Located::value)
                .containsExactly("checkout", "returns/return-label");
        assertThat(ad.notes()).contains("Check the offer.\n");
        assertThat(ad.links()).hasSize(1);
        assertThat(ad.links().get(0).title()).isEqualTo("NPS dashboard");
        assertThat(ad.links().get(0).url().value()).isEqualTo("https://bi.example.com/nps/checkout");
        Waiver waiver = ad.waivers().get(0);
        assertThat(waiver.rule()).isEqualTo(new Located<>("critical-outsourced", span(43, 13), span(43, 19)));
        assertThat(waiver.reason()).isEqualTo("Contract with SLA and monthly review");
        assertThat(waiver.until().value()).isEqualTo(LocalDate.of(2027, 6, 30));

        Touchpoint landing = journey.stages().get(1).touchpoints().get(0);
        assertThat(landing.interaction()).isEqualTo(Interaction.DIRECT);
        assertThat(landing.ownership().value()).isEqualTo(Ownership.OWNED);
        assertThat(landing.isCritical()).isFalse();
        assertThat(landing.leadsTo()).isEmpty();
        assertThat(landing.owner()).isEmpty();
        assertThat(journey.ownerOf(landing).map(Located::value)).contains("ecommerce");
        assertThat(landing.metrics()).isEmpty();
        assertThat(landing.moment()).isEmpty();
        assertThat(journey.successors(landing)).containsExactly("checkout");
    }

    @Test
    void findsJourneyFilesInSubfoldersSortedAndSkipsHiddenTargetAndPlaybook() {
        write(dir.resolve("b.yaml"), MINIMAL);
        write(dir.resolve("a/c.yml"), MINIMAL);
        write(dir.resolve("a.yaml"), MINIMAL);
        write(dir.resolve(".git/x.yaml"), "not: [valid");
        write(dir.resolve("target/x.yaml"), "not: [valid");
        write(dir.resolve("sub/target/x.yaml"), "not: [valid");
        write(dir.resolve("notes.txt"), "not yaml");
        write(dir.resolve("sub/playbook.yaml"), MINIMAL);
        write(dir.resolve("playbook.yaml"), "title: Mine\n");
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings()).isEmpty();
        assertThat(result.playbook().journeys())
                .extracting(Journey::file)
                .containsExactly("a.yaml", "a/c.yml", "b.yaml", "sub/playbook.yaml");
        assertThat(result.playbook().config().title()).isEqualTo("Mine");
    }

    @Test
    void aPlaybookYmlIsToldItsNameNotReadAsAJourneyThatLacksEverything() {
        write(dir.resolve("a.yaml"), MINIMAL);
        write(dir.resolve("playbook.yml"), "title: Mine\nlocale: fi\n");
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings())
                .extracting(f -> f.rule() + " " + f.span().file() + " " + f.message())
                .containsExactly("schema playbook.yml the playbook file is read only as `playbook.yaml`; rename"
                        + " `playbook.yml` to `playbook.yaml` (it is not read as a journey either)");
        assertThat(result.playbook().journeys()).extracting(Journey::file).containsExactly("a.yaml");
    }

    @Test
    void aJourneyFileWithItsEndingInCapitalsIsToldItIsNotRead() {
        write(dir.resolve("a.yaml"), MINIMAL);
        write(dir.resolve("Checkout.YAML"), MINIMAL);
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings())
                .extracting(f -> f.severity() + " " + f.span().file() + " " + f.message())
                .containsExactly("WARNING Checkout.YAML the file is not read: journey files end in `.yaml` or `.yml` in"
                        + " small letters; rename it to `Checkout.yaml`");
        assertThat(result.playbook().journeys()).extracting(Journey::file).containsExactly("a.yaml");
    }

    @Test
    void aWordListedTwiceInAVocabularyIsAWarningAtItsSecondPlace() {
        write(dir.resolve("a.yaml"), MINIMAL);
        write(dir.resolve("playbook.yaml"), "channels: [web, email,\n  web]\n");
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings())
                .extracting(f ->
                        f.severity() + " " + f.span().line() + ":" + f.span().column() + " " + f.message())
                .containsExactly("WARNING 2:3 `channels` lists `web` twice (also at line 1); remove one");
        assertThat(result.playbook().config().channels()).contains("web", "email");
    }

    @Test
    void loadsAnEmptyFolder() {
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings()).isEmpty();
        assertThat(result.playbook().journeys()).isEmpty();
        assertThat(result.playbook().config()).isEqualTo(PlaybookConfig.defaults());
    }

    @Test
    void failsWithOneSentenceOnAMissingFolder() {
        Path missing = dir.resolve("nope");

        assertThatThrownBy(() -> PlaybookLoader.load(missing))
                .isInstanceOf(ToolException.class)
                .hasMessage("The journeys folder " + missing + " does not exist.");
    }

    @Test
    void failsOnAFileGivenAsFolderNamingTheFolderToGive() {
        write(dir.resolve("x.yaml"), MINIMAL);

        assertThatThrownBy(() -> PlaybookLoader.load(dir.resolve("x.yaml")))
                .isInstanceOf(ToolException.class)
                .hasMessage("The journeys folder " + dir.resolve("x.yaml") + " is a file, not a folder; give the folder"
                        + " that holds it instead, " + dir + " (the rules check the journeys against each other, so"
                        + " they read all of them).");
    }

    @Test
    void theFolderToGiveForAFileIsTheJourneysFolderItIsIn() {
        Path journeys = dir.resolve("journeys");
        write(journeys.resolve("payments/refund.yaml"), MINIMAL);
        write(journeys.resolve("measurements/survey.csv"), "journey,touchpoint,metric,value,date\n");

        // a journey in a subfolder: the folder above with a playbook.yaml, when there is one
        assertThat(PlaybookLoader.journeysFolderOf(journeys.resolve("payments/refund.yaml")))
                .isEqualTo(journeys.resolve("payments"));
        assertThat(PlaybookLoader.journeysFolderOf(journeys.resolve("measurements/survey.csv")))
                .isEqualTo(journeys);
        write(journeys.resolve("playbook.yaml"), "title: Playbook\n");
        assertThat(PlaybookLoader.journeysFolderOf(journeys.resolve("payments/refund.yaml")))
                .isEqualTo(journeys);
        assertThat(PlaybookLoader.journeysFolderOf(journeys.resolve("playbook.yaml")))
                .isEqualTo(journeys);
        assertThat(PlaybookLoader.journeysFolderOf(Path.of("order.yaml"))).isEqualTo(Path.of("."));
    }

    @Test
    void doesNotFollowSymbolicLinksOutOfTheFolder(@TempDir Path outside) throws IOException {
        write(outside.resolve("secret.yaml"), MINIMAL);
        write(outside.resolve("more/other.yaml"), MINIMAL);
        write(dir.resolve("real/inside.yaml"), MINIMAL);
        assumeTrue(symlink(dir.resolve("leak.yaml"), outside.resolve("secret.yaml")), "symbolic links unsupported");
        symlink(dir.resolve("leaked-folder"), outside.resolve("more"));
        symlink(dir.resolve("alias.yaml"), dir.resolve("real/inside.yaml"));
        symlink(dir.resolve("loop"), dir);
        // a file only links name (its folder is skipped) is read once, under the first link's name
        write(dir.resolve(".drafts/draft.yaml"), MINIMAL);
        symlink(dir.resolve("draft-a.yaml"), dir.resolve(".drafts/draft.yaml"));
        symlink(dir.resolve("draft-b.yaml"), dir.resolve(".drafts/draft.yaml"));
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings())
                .extracting(f -> f.rule() + " " + f.span() + " " + f.message())
                .containsExactly(
                        "schema leak.yaml:1:1 symbolic link points outside the journeys folder; not followed (copy the"
                                + " file in instead)",
                        "schema leaked-folder:1:1 symbolic link points outside the journeys folder; not followed (copy"
                                + " the file in instead)");
        assertThat(result.playbook().journeys())
                .extracting(Journey::file)
                // alias.yaml names real/inside.yaml, which is read once, under its own name
                .containsExactly("draft-a.yaml", "real/inside.yaml");
    }

    @Test
    void usesDefaultsWithoutPlaybookYaml() {
        write(dir.resolve("j.yaml"), MINIMAL);
        PlaybookConfig config = PlaybookLoader.load(dir).playbook().config();

        assertThat(config).isEqualTo(PlaybookConfig.defaults());
        assertThat(config.teamsDeclared()).isFalse();
        assertThat(config.personasDeclared()).isFalse();
    }

    @Test
    void readsPlaybookYamlOverrides() {
        write(
                dir.resolve("playbook.yaml"),
                """
                title: Acme CX playbook
                locale: fi
                brand_promise: Easy, reliable, delightful
                emotions: [joy, trust, fear]
                negative_emotions: [fear]
                channels: [web, kiosk]
                teams:
                  - id: marketing
                    name: Marketing
                    contact: marketing@example.com
                  - id: sales
                personas:
                  - id: busy-parent
                    name: Busy parent
                    description: Markdown
                measurement_max_age_days: 30
                rules:
                  single-channel: off
                  phase-gap: error
                """);
        write(dir.resolve("j.yaml"), MINIMAL.replace("channel: web", "channel: kiosk"));
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings()).isEmpty();
        PlaybookConfig config = result.playbook().config();
        assertThat(config.title()).isEqualTo("Acme CX playbook");
        assertThat(config.locale()).isEqualTo("fi");
        assertThat(config.brandPromise()).contains("Easy, reliable, delightful");
        assertThat(config.emotions()).containsExactly("joy", "trust", "fear");
        assertThat(config.negativeEmotions()).containsExactly("fear");
        assertThat(config.channels()).containsExactly("web", "kiosk");
        assertThat(config.teamsDeclared()).isTrue();
        assertThat(config.teams())
                .extracting(
                        t -> t.id().value() + "/" + t.name() + "/" + t.contact().orElse("-"))
                .containsExactly("marketing/Marketing/marketing@example.com", "sales/sales/-");
        assertThat(config.personasDeclared()).isTrue();
        assertThat(config.persona("busy-parent").flatMap(p -> p.description())).contains("Markdown");
        assertThat(config.measurementMaxAgeDays()).isEqualTo(30);
        assertThat(config.ruleSeverities().get("single-channel"))
                .isEqualTo(new Located<>("off", new Span("playbook.yaml", 18, 3), new Span("playbook.yaml", 18, 19)));
        assertThat(config.ruleSeverities().get("phase-gap").value()).isEqualTo("error");
    }

    @Test
    void reportsATeamDeclaredTwiceAndANegativeEmotionOutsideTheEmotions() {
        write(
                dir.resolve("playbook.yaml"),
                """
                emotions: [joy, trust, fear]
                negative_emotions: [fear, anger]
                teams:
                  - {id: web, name: Web team}
                  - {id: web, name: Another web team}
                """);
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(brief(result))
                .containsExactly(
                        "schema 2:27 `negative_emotions` names `anger`, which is not in `emotions`; add it there or"
                                + " remove it here",
                        "schema 5:10 the team `web` is declared twice (first at line 4); remove one or give it"
                                + " another id");
    }

    @Test
    void keepsTheRulesThatGuardTheFilesThemselvesOn() {
        write(
                dir.resolve("playbook.yaml"),
                """
                rules:
                  yaml-syntax: off
                  duplicate-id: warning
                  schema: off
                  single-channel: off
                  phase-gap: info
                """);
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(brief(result))
                .containsExactly(
                        "schema 2:16 `yaml-syntax` is always an error (what it finds drops out of the site or"
                                + " overwrites another page); remove this line and fix the files it names",
                        "schema 3:17 `duplicate-id` is always an error (what it finds drops out of the site or"
                                + " overwrites another page); remove this line and fix the files it names",
                        "schema 4:11 `schema` cannot be off (it checks this file too); write `schema: warning` to"
                                + " let the build go on, or fix what it names");
        assertThat(result.playbook().config().ruleSeverities().keySet()).containsExactly("phase-gap", "single-channel");
    }

    @Test
    void reportsPlaybookYamlMistakesAndKeepsTheDefaults() {
        write(
                dir.resolve("playbook.yaml"),
                """
                locale: de
                channels: web
                measurement_max_age_days: -3
                teams: []
                rules:
                  single-chanel: off
                  phase-gap: never
                  no-peak-moment: warn
                titel: X
                """);
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings()).allMatch(f -> f.span().file().equals("playbook.yaml"));
        assertThat(brief(result))
                .containsExactly(
                        "schema 1:9 `locale` must be one of en, fi, not `de`",
                        "schema 2:11 `channels` must be a list of kebab-case ids such as `[web]`, not `web`;"
                                + " write `channels: [web]`",
                        "schema 3:27 `measurement_max_age_days` must be a whole number above zero such as `90`, not"
                                + " `-3`",
                        "schema 6:3 unknown rule `single-chanel` in `rules`; did you mean `single-channel`?",
                        "schema 7:14 the level of `phase-gap` must be one of error, warning, info, off, not `never`",
                        "schema 8:19 the level of `no-peak-moment` must be one of error, warning, info, off, not"
                                + " `warn`; did you mean `warning`?",
                        "schema 9:1 unknown key `titel` in playbook.yaml; did you mean `title`?");
        PlaybookConfig config = result.playbook().config();
        assertThat(config.locale()).isEqualTo("en");
        assertThat(config.channels()).isEqualTo(PlaybookConfig.DEFAULT_CHANNELS);
        assertThat(config.measurementMaxAgeDays()).isEqualTo(90);
        assertThat(config.teamsDeclared()).isTrue();
        assertThat(config.ruleSeverities()).isEmpty();
    }

    /** A journey with its own vocabulary: channel sms, emotion confidence, owner and persona given. */
    private static final String OWN_WORDS =
            """
            title: Own words
            owner: marketing
            persona: busy-parent
            target_emotions: [confidence]
            stages:
              - id: buy
                phase: during
                touchpoints:
                  - id: pay
                    name: Pay
                    channel: sms
                    target_emotion: confidence
            """;

    /** What the rules and the loader find, as "rule file:line:column". */
    private java.util.List<String> everything() {
        return io.journeyascode.rules.RuleEngine.check(PlaybookLoader.load(dir), LocalDate.of(2026, 6, 1)).stream()
                .filter(f -> f.severity() == io.journeyascode.model.Severity.ERROR)
                .map(f -> f.rule() + " " + f.span())
                .toList();
    }

    @Test
    void aMisspeltKeyIsReadAsTheKeyMeantOnlyForATypoAndNeverForWhatSilencesFindings() {
        write(dir.resolve("playbook.yaml"), "rule: {critical-unmeasured: off}\n");
        write(
                dir.resolve("shop.yaml"),
                """
                title: Shop
                stages:
                  - id: buy
                    phase: during
                    touchpoints:
                      - id: pay
                        name: Pay
                        channel: web
                        critical: true
                        owner_email: shop@example.com
                        waiver: [{rule: critical-unmeasured, reason: Contract, until: 2030-01-01}]
                """);

        // `rule:` and `waiver:` silence nothing, `owner_email` is not read as `owner`
        assertThat(everything())
                .containsExactly(
                        "schema playbook.yaml:1:1",
                        "critical-unmeasured shop.yaml:6:9",
                        "schema shop.yaml:10:9",
                        "schema shop.yaml:11:9");
        assertThat(onlyJourney(PlaybookLoader.load(dir)).touchpoints().get(0).owner())
                .isEmpty();
    }

    @Test
    void aMisspeltValueOfTheJourneysShapeIsReadAsTheValueMeantButNotAWaiversRule() {
        write(
                dir.resolve("shop.yaml"),
                """
                title: Shop
                stages:
                  - id: look
                    phase: before
                    touchpoints:
                      - {id: ad, name: Ad, channel: web, moment: peak}
                  - id: buy
                    phase: durin
                    touchpoints:
                      - id: pay
                        name: Pay
                        channel: web
                        critical: true
                        ownership: outsorced
                        metrics: [{type: csta, target: 80}]
                        waivers: [{rule: critical-outsorced, reason: Contract, until: 2030-01-01}]
                  - id: after
                    phase: after
                    touchpoints:
                      - {id: mail, name: Mail, channel: email}
                """);

        // each slip is one finding: no phase gap for `durin`, no unmeasured critical touchpoint for
        // `csta`; but the waiver's misspelt rule silences nothing (critical-outsourced stands)
        assertThat(io.journeyascode.rules.RuleEngine.check(PlaybookLoader.load(dir), LocalDate.of(2026, 6, 1)).stream()
                        .filter(f -> !List.of("missing-expectations", "missing-target-emotion")
                                .contains(f.rule()))
                        .map(f -> f.rule() + " " + f.span()))
                .containsExactly(
                        "schema shop.yaml:8:12",
                        "critical-outsourced shop.yaml:10:9",
                        "schema shop.yaml:14:20",
                        "schema shop.yaml:15:26",
                        "schema shop.yaml:16:26");
        io.journeyascode.model.Journey journey = onlyJourney(PlaybookLoader.load(dir));
        assertThat(journey.stages().get(1).phase().value()).isEqualTo(io.journeyascode.model.Phase.DURING);
        assertThat(journey.touchpoints().get(1).metrics())
                .singleElement()
                .satisfies(m -> assertThat(m.type().value()).isEqualTo(io.journeyascode.model.MetricType.CSAT));
    }

    @Test
    void anEmotionWithFinnishLettersIsToldHowTheSiteCanStillShowItsWord() {
        write(dir.resolve("playbook.yaml"), "locale: fi\nemotions: [ilo, epävarmuus]\n");

        assertThat(brief(PlaybookLoader.load(dir)))
                .containsExactly("schema 2:17 `emotions` must be a kebab-case id (lowercase letters, digits and single"
                        + " hyphens), not `epävarmuus`; write `epavarmuus`; the site can still show `epävarmuus`: add"
                        + " `vocab.emotion.epavarmuus=epävarmuus` to the site's messages in the folder given as"
                        + " --site (messages_fi.properties for a Finnish site, messages_en.properties for an English"
                        + " one)");
        assertThat(PlaybookLoader.load(dir).playbook().config().emotions()).containsExactly("ilo", "epavarmuus");
    }

    @Test
    void checksNoJourneyAgainstAListThatPlaybookYamlWritesButThatCannotBeRead() {
        write(dir.resolve("playbook.yaml"), "emotions: confidence\nchannels: sms\n");
        write(dir.resolve("own.yaml"), OWN_WORDS);

        // the two mistakes, not also `sms` and `confidence` checked against the default lists
        assertThat(everything()).containsExactly("schema playbook.yaml:1:11", "schema playbook.yaml:2:11");
        PlaybookConfig config = PlaybookLoader.load(dir).playbook().config();
        assertThat(config.checks("emotions")).isFalse();
        assertThat(config.checks("channels")).isFalse();
        assertThat(config.checks("negative_emotions")).isTrue();
    }

    @Test
    void checksNoJourneyAgainstTheDefaultListsWhenPlaybookYamlIsNotYaml() {
        write(dir.resolve("playbook.yaml"), "emotions: [confidence]\n  oops: 1\nchannels: [sms]\n");
        write(dir.resolve("own.yaml"), OWN_WORDS);

        assertThat(everything()).containsExactly("yaml-syntax playbook.yaml:2:3");
        assertThat(PlaybookLoader.load(dir).playbook().config()).isEqualTo(PlaybookConfig.unreadable());
    }

    @Test
    void teamsAndPersonasWrittenButNotAsAListAreOneFindingAndDeclareNothing() {
        write(
                dir.resolve("playbook.yaml"),
                "emotions: [confidence]\nchannels: [sms]\nteams: {marketing: Marketing}\npersonas: busy-parent\n");
        write(dir.resolve("own.yaml"), OWN_WORDS);

        assertThat(everything()).containsExactly("schema playbook.yaml:3:8", "schema playbook.yaml:4:11");
        PlaybookConfig config = PlaybookLoader.load(dir).playbook().config();
        assertThat(config.teamsDeclared()).isFalse();
        assertThat(config.personasDeclared()).isFalse();
    }

    @Test
    void aPlaybookYamlOfCommentsWithAWarningStillChecksTheJourneys() {
        // an invisible character in a comment is a warning, not a file that cannot be read
        write(dir.resolve("playbook.yaml"), "# settings \u200b come later\n");
        write(dir.resolve("own.yaml"), OWN_WORDS);

        assertThat(PlaybookLoader.load(dir).playbook().config()).isEqualTo(PlaybookConfig.defaults());
        // sms is no default channel, confidence no default emotion
        assertThat(everything())
                .containsExactly(
                        "unknown-reference own.yaml:4:19", "schema own.yaml:11:18", "unknown-reference own.yaml:12:25");
    }

    @Test
    void declaresTeamsAndPersonasWrittenAsIdsAloneWithOneFindingEach() {
        write(
                dir.resolve("playbook.yaml"),
                "emotions: [confidence]\nchannels: [sms]\nteams: [ecommerce, marketing]\npersonas: [busy-parent]\n");
        write(dir.resolve("own.yaml"), OWN_WORDS);

        assertThat(brief(PlaybookLoader.load(dir)))
                .containsExactly(
                        "schema 3:9 a team in `teams` is a mapping with its `id` and `name`, not an id alone; write"
                                + " `- {id: ecommerce, name: …, contact: …}` for each of ecommerce, marketing",
                        "schema 4:12 a persona in `personas` is a mapping with its `id` and `name`, not an id alone;"
                                + " write `- {id: busy-parent, name: …}`");
        assertThat(everything()).containsExactly("schema playbook.yaml:3:9", "schema playbook.yaml:4:12");
        PlaybookConfig config = PlaybookLoader.load(dir).playbook().config();
        assertThat(config.team("marketing").orElseThrow().name()).isEqualTo("marketing");
        assertThat(config.persona("busy-parent")).isPresent();
    }

    @Test
    void anUnknownLocaleIsNotTakenForATypoOfAnother() {
        write(dir.resolve("playbook.yaml"), "locale: fr\n");

        assertThat(brief(PlaybookLoader.load(dir)))
                .containsExactly("schema 1:9 `locale` must be one of en, fi, not `fr`");
    }

    @Test
    void saysWhatIsWrongWithAMaximumAgeThatLooksLikeAWholeNumber() {
        for (String written : List.of("\"90\"", "'90'", "100000000000", "0", "1.5")) {
            write(dir.resolve("playbook.yaml"), "measurement_max_age_days: " + written + "\n");

            LoadResult result = PlaybookLoader.load(dir);

            assertThat(result.playbook().config().measurementMaxAgeDays()).isEqualTo(90);
            assertThat(brief(result))
                    .singleElement()
                    .asString()
                    .startsWith("schema 1:27 `measurement_max_age_days` ")
                    .endsWith(
                            switch (written) {
                                case "\"90\"", "'90'" -> "must be a number, not text in quotes; write"
                                        + " `measurement_max_age_days: 90`";
                                case "100000000000" -> "is too large: it can be at most 999999999, not 100000000000;"
                                        + " write e.g. `measurement_max_age_days: 90`";
                                default -> "must be a whole number above zero such as `90`, not `" + written + "`";
                            });
        }
        write(dir.resolve("playbook.yaml"), "measurement_max_age_days: 999999999\n");
        assertThat(PlaybookLoader.load(dir).playbook().config().measurementMaxAgeDays())
                .isEqualTo(999_999_999);
        write(dir.resolve("playbook.yaml"), "measurement_max_age_days: 0000000180\n");
        assertThat(PlaybookLoader.load(dir).playbook().config().measurementMaxAgeDays())
                .isEqualTo(180);
        // a megabyte of digits is too large at a glance (it was parsed whole: 12 s of CPU)
        write(dir.resolve("playbook.yaml"), "measurement_max_age_days: " + "9".repeat(1_000_000) + "\n");
        assertThat(brief(PlaybookLoader.load(dir)))
                .singleElement()
                .asString()
                .contains("is too large: it can be at most 999999999");
    }

    @Test
    void readsAnEmptyPlaybookYamlAsDefaults() {
        write(dir.resolve("playbook.yaml"), "# settings come later\n");

        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings()).isEmpty();
        assertThat(result.playbook().config()).isEqualTo(PlaybookConfig.defaults());
    }

    @Test
    void appliesTheSameHardeningToPlaybookYaml() {
        write(dir.resolve("playbook.yaml"), "title: &a x\nlocale: !!str en\n");

        assertThat(brief(PlaybookLoader.load(dir)))
                .containsExactly(
                        "schema 1:8 anchors (`&a`) are not allowed; write the value out in full",
                        "schema 2:9 tags (`!!str`) are not allowed; remove the tag and write the plain value");
    }

    @Test
    void readsEveryFileWhenSomeAreBroken() {
        write(dir.resolve("a.yaml"), "title: [broken\n");
        write(dir.resolve("b.yaml"), MINIMAL);
        write(dir.resolve("c.yaml"), MINIMAL.replace("phase: during", "phase: maybe"));
        LoadResult result = PlaybookLoader.load(dir);

        assertThat(result.findings()).extracting(f -> f.span().file()).containsExactly("a.yaml", "c.yaml");
        assertThat(result.playbook().journeys()).extracting(Journey::file).containsExactly("b.yaml", "c.yaml");
        assertThat(result.findings().get(1).journey()).contains("c");
    }

    private static Span span(int line, int column) {
        return new Span("online-order.yaml", line, column);
    }

    private static boolean symlink(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
