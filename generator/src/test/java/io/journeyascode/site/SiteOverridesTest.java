package io.journeyascode.site;

import static io.journeyascode.site.SiteAssertions.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.api.BuildOptions;
import io.journeyascode.api.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --templates and --site override the built-in files one by one. */
class SiteOverridesTest {

    @TempDir
    Path tmp;

    private BuildOptions options(Optional<Path> templates, Optional<Path> siteDir) throws Exception {
        BuildOptions o = Fixture.options(Files.createDirectories(tmp.resolve("journeys")), tmp.resolve("out"), 2);
        return new BuildOptions(
                o.journeysDir(),
                o.outputDir(),
                templates,
                siteDir,
                o.engine(),
                o.jobs(),
                o.sourceUrl(),
                o.failOn(),
                o.today(),
                o.sourceDateEpoch());
    }

    @Test
    void aUserTemplateWinsAndTheOthersStayBuiltIn() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(
                templates.resolve("rules.ftlh"),
                """
                <#import "layout.ftlh" as l>
                <@l.page><h1>Our rules</h1><p class="count">${view.rules?size}</p><p class="t">${layout.siteTitle}</p></@l.page>
                """);
        SiteBuilder.build(Fixture.sample("en"), options(Optional.of(templates), Optional.empty()), s -> {});
        var rules = parse(tmp.resolve("out/rules.html"));
        assertThat(rules.selectFirst("h1").text()).isEqualTo("Our rules");
        assertThat(rules.select(".count").text()).isEqualTo(String.valueOf(io.journeyascode.model.RuleIds.ALL.size()));
        assertThat(parse(tmp.resolve("out/index.html")).select(".journey-card")).hasSize(2);
    }

    @Test
    void aBrokenUserTemplateFailsBeforeAnythingIsWritten() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("index.ftlh"), "<#if>");
        assertThatThrownBy(() -> SiteBuilder.build(
                        Fixture.sample("en"), options(Optional.of(templates), Optional.empty()), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("index.ftlh")
                // what is wrong, not only where (FreeMarker's first line ends in a colon)
                .hasMessageContaining("line 1, column 2")
                .hasMessageContaining("#if")
                .hasMessageNotContaining(":.")
                .hasMessageNotContaining("\n");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aTemplateThatNamesAMissingValueSaysWhichOne() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("rules.ftlh"), "<p>${view.nosuchthing}</p>");
        assertThatThrownBy(() -> SiteBuilder.build(
                        Fixture.sample("en"), options(Optional.of(templates), Optional.empty()), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage("Template rules.ftlh failed at line 1, column 6, rendering rules.html: The following has"
                        + " evaluated to null or missing: ==> view.nosuchthing.");
    }

    private String failure(String template, String text) throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve(template), text);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() ->
                SiteBuilder.build(Fixture.sample("en"), options(Optional.of(templates), Optional.empty()), s -> {}));
        assertThat(thrown).isInstanceOf(ToolException.class);
        assertThat(tmp.resolve("out")).doesNotExist();
        return thrown.getMessage();
    }

    @Test
    void aFailingTemplateNamesItsLineAndThePageBeingWritten() throws Exception {
        String page = "<#import \"layout.ftlh\" as l>\n<#macro boom>%s</#macro>\n<@l.page>\n<@boom/>\n</@l.page>\n";
        assertThat(failure("page.ftlh", page.formatted("<#stop \"custom failure\">")))
                .isEqualTo("Template page.ftlh failed at line 2, column 14, rendering pages/how-to-read.html: custom"
                        + " failure.");
        assertThat(failure("page.ftlh", page.formatted("${1/0}")))
                .isEqualTo("Template page.ftlh failed at line 2, column 14, rendering pages/how-to-read.html:"
                        + " Arithmetic operation failed: / by zero.");
    }

    @Test
    void aFailureInATemplateAPageIncludesNamesBoth() throws Exception {
        Files.writeString(
                Files.createDirectories(tmp.resolve("templates")).resolve("house.ftlh"), "<p>${view.nosuch}</p>");
        assertThat(failure(
                        "rules.ftlh", "<#import \"layout.ftlh\" as l>\n<@l.page><#include \"house.ftlh\"></@l.page>"))
                .isEqualTo("Template house.ftlh failed at line 1, column 6, rendering rules.html with rules.ftlh: The"
                        + " following has evaluated to null or missing: ==> view.nosuch.");
    }

    @Test
    void aMissingIncludeIsNamedInFullWithoutTheLoadersPaths() throws Exception {
        assertThat(failure(
                        "page.ftlh",
                        "<#import \"layout.ftlh\" as l>\n<#include \"partials/missing.ftlh\">\n<@l.page>x</@l.page>\n"))
                .isEqualTo("Template page.ftlh failed at line 2, column 1, rendering pages/how-to-read.html: Template"
                        + " inclusion failed (for parameter value \"partials/missing.ftlh\"): Template not found for"
                        + " name \"partials/missing.ftlh\".");
    }

    @Test
    void aSyntaxErrorIsNamedWithItsLineAndItsWholeSentences() throws Exception {
        String message = failure(
                "page.ftlh",
                "<#import \"layout.ftlh\" as l>\n<@l.page>\n<#if view.title>\n<h1>${view.title}</h1>\n</@l.page>\n");
        assertThat(message)
                .startsWith("Template page.ftlh has a syntax error at line 5, column 1: Encountered \"</@l.page>\", but"
                        + " at this place only this can be closed: \"#if\".")
                .endsWith("(Note that FreeMarker end-tags must have # or @ after the / character.)")
                .doesNotContain("\n", "…", "Was expecting");
        // the shared macros are parsed before any page too: named once, with no page
        Files.delete(tmp.resolve("templates/page.ftlh"));
        assertThat(failure("layout.ftlh", "<#macro page>\n<#assign x = 1 + >\n</#macro>\n"))
                .startsWith("Template layout.ftlh has a syntax error at line 2, column 18: Encountered \">\", but was"
                        + " expecting one of these patterns: <STRING_LITERAL>");
    }

    @Test
    void aLongFailureIsCutAtTheEndOfASentence() {
        String sentence = "This sentence is long enough to need cutting somewhere along the line. ";
        String cut = Templates.detail(sentence.repeat(10));
        assertThat(cut).endsWith("line.").hasSizeLessThanOrEqualTo(Templates.MAX_DETAIL);
        assertThat(Templates.detail("x ".repeat(300)))
                .endsWith(" …")
                .hasSizeLessThanOrEqualTo(Templates.MAX_DETAIL + 2);
    }

    @Test
    void aBrokenCountingMessageIsNamedWithItsFileAndKeyBeforeAnythingIsWritten() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("mysite"));
        Files.writeString(
                site.resolve("messages_en.properties"),
                "index.summary={0,choice,0#{0} journeys|1#{0} journey|1<{0} journeys\n");
        assertThatThrownBy(() ->
                        SiteBuilder.build(Fixture.sample("en"), options(Optional.empty(), Optional.of(site)), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining(site.resolve("messages_en.properties").toString())
                .hasMessageContaining("index.summary")
                .hasMessageNotContaining("\n");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aBrokenMessageThatDoesNotCountIsNamedWithItsFileAndKeyBeforeAnythingIsWritten() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("mysite"));
        Files.writeString(site.resolve("messages_en.properties"), "coverage.detail={0 of {1}\n");
        assertThatThrownBy(() ->
                        SiteBuilder.build(Fixture.sample("en"), options(Optional.empty(), Optional.of(site)), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage("Cannot read " + site.resolve("messages_en.properties")
                        + ": the message coverage.detail is no java.text.MessageFormat pattern (Unmatched braces in"
                        + " the pattern.); write its values as the built-in one does: `{0} of {1}`.");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aMalformedMessagesFileIsNamedInOneLine() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("mysite"));
        Files.writeString(site.resolve("messages_en.properties"), "nav.overview=Home \\uZZZZ\n");
        assertThatThrownBy(() ->
                        SiteBuilder.build(Fixture.sample("en"), options(Optional.empty(), Optional.of(site)), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining(site.resolve("messages_en.properties").toString())
                .hasMessageContaining("\\u");
    }

    @Test
    void siteFolderOverridesAssetsPagesAndWords() throws Exception {
        Path site = tmp.resolve("mysite");
        Files.createDirectories(site.resolve("assets"));
        Files.createDirectories(site.resolve("pages"));
        Files.writeString(site.resolve("assets/style.css"), "body { color: black; }\n");
        Files.writeString(site.resolve("assets/logo.txt"), "logo");
        Files.writeString(site.resolve("pages/contact-us.md"), "# Contact us\n\nWrite to <cx@example.com>.\n");
        Files.writeString(site.resolve("messages_en.properties"), "nav.overview=Home\n");
        SiteBuilder.build(Fixture.sample("en"), options(Optional.empty(), Optional.of(site)), s -> {});
        Path out = tmp.resolve("out");
        assertThat(Files.readString(out.resolve("assets/style.css"))).isEqualTo("body { color: black; }\n");
        assertThat(out.resolve("assets/logo.txt")).hasContent("logo");
        assertThat(out.resolve("assets/search.js")).isRegularFile();
        var index = parse(out.resolve("index.html"));
        assertThat(index.select("nav.site-nav a").eachText())
                .containsExactly("Home", "Findings", "Rules", "Contact us", "How to read this playbook", "Search");
        var page = parse(out.resolve("pages/contact-us.html"));
        assertThat(page.select("h1").eachText()).containsExactly("Contact us");
        assertThat(page.select("a[href=mailto:cx@example.com]")).hasSize(1);
    }

    @Test
    void aTemplatesOrSiteFolderThatIsAFileIsSaidToBeAFile() throws Exception {
        Path file = Files.writeString(tmp.resolve("tfile"), "");
        assertThatThrownBy(() ->
                        SiteBuilder.build(Fixture.sample("en"), options(Optional.of(file), Optional.empty()), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage("The templates folder " + file + " is a file, not a folder; give the folder that holds"
                        + " your templates.");
        assertThatThrownBy(() ->
                        SiteBuilder.build(Fixture.sample("en"), options(Optional.empty(), Optional.of(file)), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage("The site folder " + file + " is a file, not a folder; give the folder that holds your"
                        + " assets, pages and messages.");
        Path missing = tmp.resolve("missing");
        assertThatThrownBy(() -> SiteBuilder.build(
                        Fixture.sample("en"), options(Optional.of(missing), Optional.empty()), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage("The templates folder " + missing + " does not exist; give an existing folder.");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aUserPageReplacesTheBuiltInPageInEveryLanguage() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("mysite/pages"));
        Files.writeString(site.resolve("how-to-read.md"), "# House reading guide\n\nOwn.\n");
        SiteBuilder.build(Fixture.sample("fi"), options(Optional.empty(), Optional.of(site.getParent())), s -> {});
        // the built-in how-to-read.fi.md no longer wins over the user's how-to-read.md
        assertThat(parse(tmp.resolve("out/pages/how-to-read.html")).select("h1").eachText())
                .containsExactly("House reading guide");

        Files.writeString(site.resolve("how-to-read.fi.md"), "# Talon lukuohje\n\nOma.\n");
        SiteBuilder.build(Fixture.sample("fi"), options(Optional.empty(), Optional.of(site.getParent())), s -> {});
        assertThat(parse(tmp.resolve("out/pages/how-to-read.html")).select("h1").eachText())
                .containsExactly("Talon lukuohje");
    }

    @Test
    void aUserTranslationAloneLeavesOtherLanguagesTheBuiltInPage() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("mysite/pages"));
        Files.writeString(site.resolve("how-to-read.fi.md"), "# Talon lukuohje\n\nOma.\n");
        SiteBuilder.build(Fixture.sample("en"), options(Optional.empty(), Optional.of(site.getParent())), s -> {});
        assertThat(parse(tmp.resolve("out/pages/how-to-read.html")).select("h1").eachText())
                .containsExactly("How to read this playbook");
    }

    /** "Käsikirja" as Latin-1 (ä is the single byte 0xE4), as an editor that is not set to UTF-8 saves it. */
    private static final byte[] LATIN_1 = "Käsikirja\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private static byte[] latin1After(String utf8) {
        byte[] head = utf8.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(head, head.length + LATIN_1.length);
        System.arraycopy(LATIN_1, 0, all, head.length, LATIN_1.length);
        return all;
    }

    @Test
    void aMessagesFileThatIsNotUtf8IsNamedWithItsLineBeforeAnythingIsWritten() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("mysite"));
        Path messages =
                Files.write(site.resolve("messages_fi.properties"), latin1After("nav.search=Haku\nnav.overview="));
        assertThatThrownBy(() ->
                        SiteBuilder.build(Fixture.sample("fi"), options(Optional.empty(), Optional.of(site)), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage(messages + " is not UTF-8: byte 0xE4 on line 2 cannot be read; save the file as UTF-8.");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aPageThatIsNotUtf8IsNamedWithItsLineBeforeAnythingIsWritten() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("mysite"));
        Path page = Files.write(
                Files.createDirectories(site.resolve("pages")).resolve("house-rules.md"),
                latin1After("# Talon tavat\n\n"));
        assertThatThrownBy(() ->
                        SiteBuilder.build(Fixture.sample("fi"), options(Optional.empty(), Optional.of(site)), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage(page + " is not UTF-8: byte 0xE4 on line 3 cannot be read; save the file as UTF-8.");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void templatesThatAreNotUtf8AreNamedWithTheirLine() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Path page = Files.write(templates.resolve("page.ftlh"), latin1After("<#import \"layout.ftlh\" as l>\n"));
        assertThatThrownBy(() -> SiteBuilder.build(
                        Fixture.sample("fi"), options(Optional.of(templates), Optional.empty()), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage(page + " is not UTF-8: byte 0xE4 on line 2 cannot be read; save the file as UTF-8.");

        // a template that only a page includes is read while pages render: the same line
        Files.writeString(page, "<#import \"layout.ftlh\" as l>\n<@l.page><#include \"house.ftlh\"></@l.page>\n");
        Path house = Files.write(templates.resolve("house.ftlh"), LATIN_1);
        assertThatThrownBy(() -> SiteBuilder.build(
                        Fixture.sample("fi"), options(Optional.of(templates), Optional.empty()), s -> {}))
                .isInstanceOf(ToolException.class)
                .hasMessage(house + " is not UTF-8: byte 0xE4 on line 1 cannot be read; save the file as UTF-8.");
        assertThat(tmp.resolve("out")).doesNotExist();
    }

    @Test
    void aTemplateMayStillDeclareItsOwnEncoding() throws Exception {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.write(
                templates.resolve("page.ftlh"),
                "<#ftl encoding=\"ISO-8859-1\">\n<#import \"layout.ftlh\" as l>\n<@l.page><h1>Käsikirja</h1></@l.page>\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        SiteBuilder.build(Fixture.sample("fi"), options(Optional.of(templates), Optional.empty()), s -> {});
        assertThat(parse(tmp.resolve("out/pages/how-to-read.html")).select("h1").eachText())
                .containsExactly("Käsikirja");
    }
}
