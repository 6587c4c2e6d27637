package io.journeyascode.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.journeyascode.api.FailOn;
import io.journeyascode.api.ValidationResult;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class XmlAndGithubReportTest {

    private static final ReportOptions JOURNEYS = new ReportOptions("journeys", FailOn.ERROR, Optional.empty());

    @Test
    void checkstyleHasTheSameFindingsAsJson() throws Exception {
        Document doc = parse(Reports.render(ReportFormat.CHECKSTYLE, Samples.result(), JOURNEYS));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("checkstyle");
        List<String> fromXml = new ArrayList<>();
        for (Element e : elements(doc, "error")) {
            Element file = (Element) e.getParentNode();
            assertThat(e.getAttribute("source")).startsWith("journey.");
            fromXml.add(file.getAttribute("name") + ":" + e.getAttribute("line") + ":" + e.getAttribute("column") + ":"
                    + e.getAttribute("severity") + ":"
                    + e.getAttribute("source").substring("journey.".length()) + ":"
                    + e.getAttribute("message"));
        }
        assertThat(fromXml).containsExactlyElementsOf(fromJson(Samples.result()));
    }

    @Test
    void checkstyleListsCleanJourneyFilesToo() throws Exception {
        ValidationResult clean = new ValidationResult(Samples.result().playbook(), List.of());
        Document doc = parse(Reports.render(ReportFormat.CHECKSTYLE, clean, JOURNEYS));
        assertThat(elements(doc, "file"))
                .extracting(e -> e.getAttribute("name"))
                .containsExactly("journeys/online-order.yaml");
    }

    @Test
    void junitHasASuitePerFileACasePerRuleAndFailuresForFailingFindings() throws Exception {
        Document doc = parse(Reports.render(ReportFormat.JUNIT, Samples.result(), JOURNEYS));
        List<Element> suites = elements(doc, "testsuite");
        assertThat(suites)
                .extracting(s -> s.getAttribute("name"))
                .containsExactly("journeys/online-order.yaml", "journeys/playbook.yaml");
        Element journey = suites.get(0);
        assertThat(journey.getAttribute("tests")).isEqualTo(String.valueOf(RuleIds.ALL.size()));
        assertThat(journey.getAttribute("failures")).isEqualTo("1");
        assertThat(suites.get(1).getAttribute("tests")).isEqualTo("1");
        assertThat(suites.get(1).getAttribute("failures")).isEqualTo("1");
        assertThat(doc.getDocumentElement().getAttribute("tests")).isEqualTo(String.valueOf(RuleIds.ALL.size() + 1));
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");

        // every finding appears once, as "file line:column: severity: message" under its rule's case
        List<String> fromXml = new ArrayList<>();
        for (Element testcase : elements(doc, "testcase")) {
            for (String tag : List.of("failure", "system-out")) {
                NodeList nodes = testcase.getElementsByTagName(tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    for (String line : nodes.item(i).getTextContent().split("\n")) {
                        String[] parts = line.split(": ", 3);
                        fromXml.add(((Element) testcase.getParentNode()).getAttribute("file") + ":" + parts[0] + ":"
                                + parts[1] + ":" + testcase.getAttribute("name") + ":" + parts[2]);
                    }
                }
            }
        }
        assertThat(fromXml).containsExactlyInAnyOrderElementsOf(fromJson(Samples.result()));
        Element unmeasured = testcase(doc, "journeys.online-order", "critical-unmeasured");
        assertThat(unmeasured.getElementsByTagName("failure").getLength()).isEqualTo(1);
        // the failure's message is the finding's, where a CI's test view shows it
        Element failure = (Element) unmeasured.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message"))
                .isEqualTo(
                        "12:9: Critical touchpoint 'checkout' has no metric; add `metrics: [{type: csat, target: 80}]`.");
        assertThat(JunitReport.classname("../web/journeys/area/loan.v2.yaml"))
                .isEqualTo("__.web.journeys.area.loan_v2");
        assertThat(JunitReport.classname("./journeys/x.csv")).isEqualTo("journeys.x");
        // Jenkins' xUnit plugin refuses a report with attributes its junit-10.xsd does not have
        assertThat(doc.getDocumentElement().hasAttribute("skipped")).isFalse();
        Element expectations = testcase(doc, "journeys.online-order", "missing-expectations");
        assertThat(expectations.getElementsByTagName("failure").getLength()).isZero();
        assertThat(expectations.getElementsByTagName("system-out").getLength()).isEqualTo(1);
    }

    @Test
    void junitFailsWarningsTooWhenFailOnIsWarningAndErrorsWhenNever() throws Exception {
        Document warning = parse(Reports.render(
                ReportFormat.JUNIT,
                Samples.result(),
                new ReportOptions(
                        "journeys", FailOn.WARNING, Optional.of("https://example.com/r/blob/main/journeys"))));
        assertThat(warning.getDocumentElement().getAttribute("failures")).isEqualTo("3");
        assertThat(testcase(warning, "journeys.online-order", "missing-expectations")
                        .getTextContent())
                .contains("(https://example.com/r/blob/main/journeys/online-order.yaml#L20)");
        Document never = parse(Reports.render(
                ReportFormat.JUNIT, Samples.result(), new ReportOptions("journeys", FailOn.NEVER, Optional.empty())));
        // `never` is about the exit code: the CI recipes pass it to let the job go on, and a test
        // view in which nothing can fail would hide the errors
        Document error = parse(Reports.render(
                ReportFormat.JUNIT, Samples.result(), new ReportOptions("journeys", FailOn.ERROR, Optional.empty())));
        assertThat(error.getDocumentElement().getAttribute("failures")).isNotEqualTo("0");
        assertThat(never.getDocumentElement().getAttribute("failures"))
                .isEqualTo(error.getDocumentElement().getAttribute("failures"));
        assertThat(never.getElementsByTagName("failure").getLength())
                .isEqualTo(error.getElementsByTagName("failure").getLength());
    }

    @Test
    void xmlReportsSurviveMarkupAndControlCharactersInMessages() throws Exception {
        ValidationResult nasty = new ValidationResult(
                Samples.result().playbook(),
                List.of(Samples.finding(
                        "schema",
                        Severity.ERROR,
                        Samples.FILE,
                        1,
                        1,
                        null,
                        null,
                        "Bad \"<name>\" & ]]> \u0001 value\nsecond line")));
        for (ReportFormat format : List.of(ReportFormat.JUNIT, ReportFormat.CHECKSTYLE)) {
            Document doc = parse(Reports.render(format, nasty, JOURNEYS));
            assertThat(doc.getDocumentElement().getTextContent() + attributes(doc, "error", "message"))
                    .as(format.id())
                    .contains("Bad \"<name>\" & ]]> \uFFFD value");
        }
    }

    @Test
    void githubAnnotationsCannotBeBrokenByMessagesOrPaths() {
        ValidationResult nasty = new ValidationResult(
                Samples.result().playbook(),
                List.of(
                        Samples.finding(
                                "schema",
                                Severity.ERROR,
                                "a,b:c.yaml",
                                3,
                                5,
                                null,
                                null,
                                "100% wrong: value a, b\n::error file=x.yaml::injected\r\nend"),
                        Samples.finding("no-peak-moment", Severity.INFO, Samples.FILE, 2, 1, null, null, "note"),
                        Samples.finding("phase-gap", Severity.WARNING, Samples.FILE, 2, 1, null, null, "warn"),
                        Samples.finding(
                                "schema",
                                Severity.ERROR,
                                "e\u001bx.yaml",
                                4,
                                1,
                                null,
                                null,
                                "unknown key `note\u001b[8m\u0001`, rest hidden\u0085")));
        String out = Reports.render(ReportFormat.GITHUB, nasty, JOURNEYS);
        assertThat(out.split("\n"))
                .containsExactly(
                        "::error file=journeys/a%2Cb%3Ac.yaml,line=3,col=5,title=schema::"
                                + "100%25 wrong: value a, b%0A::error file=x.yaml::injected%0D%0Aend",
                        "::notice file=journeys/online-order.yaml,line=2,col=1,title=no-peak-moment::note",
                        "::warning file=journeys/online-order.yaml,line=2,col=1,title=phase-gap::warn",
                        "::error file=journeys/e\\u001bx.yaml,line=4,col=1,title=schema::"
                                + "unknown key `note\\u001b[8m\\u0001`, rest hidden\\u0085");
    }

    private static List<String> fromJson(ValidationResult result) throws Exception {
        JsonNode json = new ObjectMapper().readTree(Reports.render(ReportFormat.JSON, result, JOURNEYS));
        List<String> lines = new ArrayList<>();
        for (JsonNode f : json.get("findings")) {
            lines.add(f.get("file").asText() + ":" + f.get("line").asInt() + ":"
                    + f.get("column").asInt() + ":" + f.get("severity").asText() + ":"
                    + f.get("rule").asText() + ":" + f.get("message").asText());
        }
        assertThat(lines)
                .hasSize(json.at("/summary/errors").asInt()
                        + json.at("/summary/warnings").asInt()
                        + json.at("/summary/infos").asInt());
        return lines;
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static String attributes(Document doc, String tag, String attribute) {
        StringBuilder sb = new StringBuilder();
        elements(doc, tag).forEach(e -> sb.append(e.getAttribute(attribute)));
        return sb.toString();
    }

    private static Element testcase(Document doc, String classname, String name) {
        return elements(doc, "testcase").stream()
                .filter(e -> e.getAttribute("classname").equals(classname)
                        && e.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow();
    }
}
