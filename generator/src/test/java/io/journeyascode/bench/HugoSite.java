package io.journeyascode.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Metric;
import io.journeyascode.model.Playbook;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Touchpoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Hugo side of the benchmark: the same pages as the generator's site (one per journey, per
 * touchpoint, team and channel, plus overview, findings and rules) as Hugo content with JSON
 * front matter and a minimal layout of about the same HTML, without diagrams. The facts the pages
 * list are computed here, as the generator computes its view models, so that Hugo only renders.
 */
final class HugoSite {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HugoSite() {}

    /** Writes the Hugo project into {@code dir}; returns the number of content pages. */
    static int write(Playbook playbook, Path dir) throws IOException {
        layouts(dir.resolve("layouts"));
        Files.writeString(
                dir.resolve("config.toml"),
                """
                baseURL = "/"
                title = "CX playbook"
                uglyURLs = true
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                """,
                StandardCharsets.UTF_8);
        Path content = dir.resolve("content");
        int pages = 0;
        Map<String, List<Map<String, Object>>> byTeam = new TreeMap<>();
        Map<String, List<Map<String, Object>>> byChannel = new TreeMap<>();
        List<Map<String, Object>> journeyList = new ArrayList<>();
        for (Journey journey : playbook.journeys()) {
            String jid = journey.id().value();
            List<Map<String, Object>> stages = new ArrayList<>();
            for (Stage stage : journey.stages()) {
                List<Map<String, Object>> tps = new ArrayList<>();
                for (Touchpoint tp : stage.touchpoints()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", tp.id().value());
                    row.put("name", tp.name().value());
                    row.put("channel", tp.channel().value());
                    row.put("owner", journey.ownerOf(tp).map(Located::value).orElse(""));
                    row.put("emotion", tp.targetEmotion().map(Located::value).orElse(""));
                    row.put("critical", tp.isCritical());
                    tps.add(row);
                    Map<String, Object> ref = new LinkedHashMap<>(row);
                    ref.put("journey", jid);
                    ref.put("journeyTitle", journey.title().value());
                    byTeam.computeIfAbsent((String) row.get("owner"), k -> new ArrayList<>())
                            .add(ref);
                    byChannel
                            .computeIfAbsent(tp.channel().value(), k -> new ArrayList<>())
                            .add(ref);
                    pages += page(
                            content.resolve("journeys/" + jid + "/" + tp.id().value() + ".md"),
                            touchpoint(journey, stage, tp),
                            tp.notes().orElse(""));
                }
                stages.add(Map.of(
                        "name",
                        stage.name().value(),
                        "phase",
                        stage.phase().value().yaml(),
                        "touchpoints",
                        tps));
            }
            Map<String, Object> front = new LinkedHashMap<>();
            front.put("title", journey.title().value());
            front.put("summary", journey.summary().orElse(""));
            front.put("kind", "journey");
            front.put("stages", stages);
            pages += page(
                    content.resolve("journeys/" + jid + ".md"),
                    front,
                    journey.description().orElse(""));
            journeyList.add(Map.of(
                    "id",
                    jid,
                    "title",
                    journey.title().value(),
                    "touchpoints",
                    journey.touchpoints().size()));
        }
        for (Map.Entry<String, List<Map<String, Object>>> team : byTeam.entrySet()) {
            pages += page(
                    content.resolve("teams/" + team.getKey() + ".md"),
                    Map.of("title", team.getKey(), "kind", "list", "rows", team.getValue()),
                    "");
        }
        for (Map.Entry<String, List<Map<String, Object>>> channel : byChannel.entrySet()) {
            pages += page(
                    content.resolve("channels/" + channel.getKey() + ".md"),
                    Map.of("title", channel.getKey(), "kind", "list", "rows", channel.getValue()),
                    "");
        }
        pages += page(
                content.resolve("_index.md"),
                Map.of("title", playbook.config().title(), "journeys", journeyList),
                "Overview of the journeys.");
        pages += page(content.resolve("findings.md"), Map.of("title", "Findings"), "No findings.");
        pages += page(content.resolve("rules.md"), Map.of("title", "Rules"), "The 18 rules of the catalogue.");
        return pages;
    }

    private static Map<String, Object> touchpoint(Journey journey, Stage stage, Touchpoint tp) {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", tp.name().value());
        front.put("kind", "touchpoint");
        front.put("journey", journey.id().value());
        front.put("journeyTitle", journey.title().value());
        front.put("stage", stage.name().value());
        front.put("channel", tp.channel().value());
        front.put("owner", journey.ownerOf(tp).map(Located::value).orElse(""));
        front.put("critical", tp.isCritical());
        front.put("ownership", tp.ownership().value().yaml());
        front.put("emotion", tp.targetEmotion().map(Located::value).orElse(""));
        front.put("expectations", tp.expectations().stream().map(Located::value).toList());
        List<Map<String, Object>> metrics = new ArrayList<>();
        for (Metric m : tp.metrics()) {
            metrics.add(Map.of(
                    "label", m.label(),
                    "target", m.target().map(t -> t.value().toString()).orElse(""),
                    "actual", m.actual().map(a -> a.value().toString()).orElse("")));
        }
        front.put("metrics", metrics);
        front.put(
                "links",
                tp.links().stream()
                        .map(l -> Map.of("title", l.title(), "url", l.url().value()))
                        .toList());
        return front;
    }

    private static int page(Path file, Map<String, Object> front, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(front) + "\n\n" + body + "\n", StandardCharsets.UTF_8);
        return 1;
    }

    private static void layouts(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("_default"));
        Files.writeString(
                dir.resolve("_default/baseof.html"),
                """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} · {{ .Site.Title }}</title>
                <link rel="stylesheet" href="/assets/site.css">
                </head>
                <body>
                <header class="site-header"><a class="brand" href="/index.html">{{ .Site.Title }}</a>
                <nav><ul><li><a href="/index.html">Journeys</a></li><li><a href="/findings.html">Findings</a></li>
                <li><a href="/rules.html">Rules</a></li><li><a href="/teams/index.html">Teams</a></li>
                <li><a href="/channels/index.html">Channels</a></li></ul></nav>
                <form role="search"><label for="q">Search</label><input id="q" type="search" name="q"></form></header>
                <main id="main">
                {{ block "main" . }}{{ end }}
                </main>
                <footer class="site-footer"><p>Generated by the benchmark's Hugo twin.</p></footer>
                <script src="/assets/search.js" defer></script>
                </body>
                </html>
                """,
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("_default/single.html"),
                """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
                {{ if eq .Params.kind "journey" }}
                <figure class="diagram"><p>(no diagram in the Hugo twin)</p></figure>
                {{ range .Params.stages }}
                <section class="stage"><h2>{{ .name }} <span class="phase">{{ .phase }}</span></h2>
                <table><thead><tr><th>Touchpoint</th><th>Channel</th><th>Owner</th><th>Emotion</th><th>Critical</th></tr></thead><tbody>
                {{ range .touchpoints }}<tr><td><a href="{{ $.File.ContentBaseName }}/{{ .id }}.html">{{ .name }}</a></td><td>{{ .channel }}</td><td>{{ .owner }}</td><td>{{ .emotion }}</td><td>{{ if .critical }}yes{{ else }}no{{ end }}</td></tr>
                {{ end }}</tbody></table></section>
                {{ end }}
                {{ else if eq .Params.kind "touchpoint" }}
                <p class="breadcrumb"><a href="../{{ .Params.journey }}.html">{{ .Params.journeyTitle }}</a> › {{ .Params.stage }}</p>
                <dl><dt>Channel</dt><dd>{{ .Params.channel }}</dd><dt>Owner</dt><dd>{{ .Params.owner }}</dd>
                <dt>Critical</dt><dd>{{ if .Params.critical }}yes{{ else }}no{{ end }}</dd><dt>Ownership</dt><dd>{{ .Params.ownership }}</dd>
                <dt>Target emotion</dt><dd>{{ .Params.emotion }}</dd></dl>
                <h2>Expectations</h2><ul>{{ range .Params.expectations }}<li>{{ . }}</li>{{ end }}</ul>
                {{ with .Params.metrics }}<h2>Metrics</h2><table><thead><tr><th>Metric</th><th>Target</th><th>Actual</th></tr></thead><tbody>
                {{ range . }}<tr><td>{{ .label }}</td><td>{{ .target }}</td><td>{{ .actual }}</td></tr>{{ end }}</tbody></table>{{ end }}
                {{ with .Params.links }}<h2>Links</h2><ul>{{ range . }}<li><a href="{{ .url }}">{{ .title }}</a></li>{{ end }}</ul>{{ end }}
                {{ else if eq .Params.kind "list" }}
                <table><thead><tr><th>Journey</th><th>Touchpoint</th><th>Channel</th><th>Owner</th><th>Emotion</th></tr></thead><tbody>
                {{ range .Params.rows }}<tr><td><a href="../journeys/{{ .journey }}.html">{{ .journeyTitle }}</a></td><td><a href="../journeys/{{ .journey }}/{{ .id }}.html">{{ .name }}</a></td><td>{{ .channel }}</td><td>{{ .owner }}</td><td>{{ .emotion }}</td></tr>
                {{ end }}</tbody></table>
                {{ end }}
                <div class="notes">{{ .Content }}</div>
                {{ end }}
                """,
                StandardCharsets.UTF_8);
        Files.writeString(
                dir.resolve("_default/list.html"),
                """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                {{ .Content }}
                {{ with .Params.journeys }}<table><thead><tr><th>Journey</th><th>Touchpoints</th></tr></thead><tbody>
                {{ range . }}<tr><td><a href="journeys/{{ .id }}.html">{{ .title }}</a></td><td>{{ .touchpoints }}</td></tr>
                {{ end }}</tbody></table>{{ end }}
                {{ end }}
                """,
                StandardCharsets.UTF_8);
    }
}
