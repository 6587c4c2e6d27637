package io.journeyascode.site;

import static io.journeyascode.site.Fixture.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.Engine;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Link;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Persona;
import io.journeyascode.model.Phase;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import io.journeyascode.model.Team;
import io.journeyascode.model.Waiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile text in every text and Markdown field reaches the pages only as text. */
class XssTest {

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java&#115;cript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
            "{{7*7}}",
            "${7*7}",
            "<#assign x=7*7>${x}",
            "' onmouseover='alert(1)",
            "<svg onload=alert(1)>",
            "</textarea></title></style><a href=javascript:alert(1)>x</a>");

    static final String MARKDOWN = String.join(
            "\n\n",
            "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#115;cript:alert(1))",
            "[d](data:text/html,alert) [e](vbscript:msgbox(1)) [f](//evil.example/x) [g]( javascript:alert(1))",
            "[h](jav\tascript:alert(1)) [i](&#x6A;avascript:alert(1)) [j](java&amp;#115;cript:alert(1))",
            "![img](javascript:alert(1)) ![remote](https://evil.example/x.png) ![data](data:image/png;base64,AAAA)",
            "[ref link][r] ![ref image][r]",
            "[r]: javascript:alert(1)",
            "<javascript:alert(1)> <script>alert(1)</script> <img src=x onerror=alert(1)>",
            "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
            "{{7*7}} ${7*7} <#assign y=1>",
            "[fine](https://example.com/ok) [relative](other.html) [mail](mailto:cx@example.com)");

    @TempDir
    static Path tmp;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = tmp.resolve("site");
        BuildOptions options = new BuildOptions(
                Files.createDirectories(tmp.resolve("journeys")),
                site,
                Optional.empty(),
                Optional.empty(),
                Engine.AUTO,
                2,
                Optional.of("javascript:alert(1)//"),
                FailOn.NEVER,
                Fixture.TODAY,
                Optional.empty());
        SiteBuilder.build(hostile(), options, s -> {});
    }

    static String p(int i) {
        return PAYLOADS.get(Math.floorMod(i, PAYLOADS.size()));
    }

    static ValidationResult hostile() {
        List<Fixture.Tp> tps = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            int n = i;
            tps.add(new Fixture.Tp("tp-" + i, p(n)).with(t -> {
                t.channel = n % 2 == 0 ? "web" : p(n + 1);
                t.owner = n % 2 == 0 ? "team-a" : p(n + 2);
                t.critical = true;
                t.provider = p(n + 3);
                t.expectations = List.of(p(n + 4), p(n + 5));
                t.targetEmotion = p(n + 6);
                t.dimensions = List.of(p(n + 7));
                t.factors = List.of(p(n + 8));
                t.metrics = List.of(Fixture.metric(MetricType.CUSTOM, p(n + 9), 1.0, 0.5));
                t.leadsTo = List.of(p(n + 10));
                t.setsExpectationsFor = List.of(p(n + 11));
                t.notes = MARKDOWN + "\n\n" + p(n);
                t.links = List.of(
                        new Link(p(n + 12), at(p(n), "x.yaml", 1)),
                        new Link(p(n + 13), at("javascript:alert(1)", "x.yaml", 1)));
                t.waivers = List.of(
                        new Waiver(at(p(n + 1), "x.yaml", 1), p(n + 2), at(LocalDate.of(2020, 1, 1), "x.yaml", 1)));
                return t;
            }));
        }
        var journey = Fixture.journey(
                "evil.yaml",
                "evil",
                p(0),
                "persona-x",
                "team-a",
                List.of(p(1), p(2)),
                p(3),
                MARKDOWN,
                List.of(
                        new Fixture.StageDef("s1", p(4), Phase.BEFORE, tps.subList(0, 7)),
                        new Fixture.StageDef("s2", p(5), Phase.AFTER, tps.subList(7, tps.size()))));
        PlaybookConfig d = PlaybookConfig.defaults();
        PlaybookConfig config = new PlaybookConfig(
                "playbook.yaml",
                p(9),
                "en",
                Optional.of(p(10)),
                List.of(p(0), p(1), "joy"),
                List.of(p(2)),
                List.of("web", p(3)),
                true,
                List.of(new Team(at("team-a", "playbook.yaml", 1), p(6), Optional.of(p(2)))),
                true,
                List.of(new Persona(at("persona-x", "playbook.yaml", 2), p(7), Optional.of(MARKDOWN))),
                90,
                Map.of(),
                List.of());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < PAYLOADS.size(); i++) {
            findings.add(new Finding(
                    i % 2 == 0 ? "schema" : p(i),
                    Severity.values()[i % 3],
                    new Span(i % 2 == 0 ? "evil.yaml" : p(i), i + 1, 1),
                    Optional.of(i % 3 == 0 ? "evil" : p(i)),
                    Optional.of(i % 3 == 0 ? "tp-" + i : p(i + 1)),
                    p(i + 2)));
        }
        return new ValidationResult(
                new Playbook(config, List.of(journey), List.of()),
                findings.stream().sorted().toList());
    }

    @Test
    void noScriptButOurOwn() {
        SafeSite.assertNoScriptButOurOwn(site);
    }

    @Test
    void noUnsafeAddressInAnyLinkAttribute() {
        SafeSite.assertNoUnsafeAddress(site);
    }

    @Test
    void diagramsAndSearchIndexCarryNoCode() {
        SafeSite.assertSvgsInert(site);
        SafeSite.assertSearchIndexIsData(site);
    }

    @Test
    void templateSyntaxInDataIsPrintedNotEvaluated() {
        String index = SiteAssertions.parse(site.resolve("index.html")).text();
        assertThat(index).contains("${7*7}");
        String journey =
                SiteAssertions.parse(site.resolve("journeys/evil.html")).text();
        assertThat(journey).contains("{{7*7}}", "${7*7}", "<#assign", "<script>alert(1)</script>");
        assertThat(journey).doesNotContain("49");
    }

    @Test
    void safeLinksInMarkdownSurvive() {
        Document doc = SiteAssertions.parse(site.resolve("journeys/evil.html"));
        assertThat(doc.select(".prose a[href]").eachAttr("href"))
                .contains("https://example.com/ok", "other.html", "mailto:cx@example.com");
    }
}
