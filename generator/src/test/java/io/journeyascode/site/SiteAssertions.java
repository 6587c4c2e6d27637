package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Helpers to read a built site with jsoup. */
final class SiteAssertions {

    private SiteAssertions() {}

    static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> htmlFiles(Path site) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a site, by relative path, with its bytes. */
    static Map<String, byte[]> snapshot(Path site) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every relative href/src (and SVG link) of every page, with problems as messages. */
    static List<String> brokenLinks(Path site) {
        List<String> broken = new ArrayList<>();
        for (Path page : htmlFiles(site)) {
            Document doc = parse(page);
            for (Element el : doc.select("[href], [src], a[xlink:href]")) {
                for (String attr : List.of("href", "src", "xlink:href")) {
                    if (!el.hasAttr(attr)) {
                        continue;
                    }
                    String url = el.attr(attr);
                    String problem = check(site, page, url);
                    if (problem != null) {
                        broken.add(site.relativize(page) + ": " + attr + "=\"" + url + "\" " + problem);
                    }
                }
            }
        }
        return broken;
    }

    private static String check(Path site, Path page, String url) {
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
            return null;
        }
        if (url.contains(":")) {
            return "has an unexpected scheme";
        }
        String path = url;
        String fragment = "";
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = path.isEmpty()
                ? page
                : page.getParent().resolve(URI.create(path).getPath()).normalize();
        if (!target.startsWith(site)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "points at a missing file";
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html")) {
            if (parse(target).getElementById(fragment) == null) {
                return "points at a missing id #" + fragment;
            }
        }
        return null;
    }

    static void assertSingleH1AndLandmarks(Path site) {
        for (Path page : htmlFiles(site)) {
            Document doc = parse(page);
            String name = site.relativize(page).toString();
            assertThat(doc.select("h1")).as("one h1 in " + name).hasSize(1);
            assertThat(doc.select("header.site-header")).as("header in " + name).hasSize(1);
            assertThat(doc.select("nav.site-nav")).as("nav in " + name).hasSize(1);
            assertThat(doc.select("main#main")).as("main in " + name).hasSize(1);
            assertThat(doc.select("footer")).as("footer in " + name).hasSize(1);
            assertThat(doc.select("a.skip-link[href=#main]"))
                    .as("skip link in " + name)
                    .hasSize(1);
            assertThat(doc.select("nav.site-nav a[aria-current=page]").size())
                    .as("current nav in " + name)
                    .isLessThanOrEqualTo(1);
        }
    }
}
