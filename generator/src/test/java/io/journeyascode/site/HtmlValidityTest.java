package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Nu Html Checker over every page: zero errors (SPEC §8). */
class HtmlValidityTest {

    @Test
    void everyPageOfTheExampleSiteIsValidHtml5() throws Exception {
        assertThat(errors(ExampleSite.get())).isEmpty();
    }

    @Test
    void everyPageOfTheFixtureSiteIsValidHtml5(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        SiteBuilder.build(
                Fixture.sample("fi"), Fixture.options(Files.createDirectories(tmp.resolve("j")), out, 2), s -> {});
        assertThat(errors(out)).isEmpty();
    }

    static List<String> errors(Path site) throws Exception {
        return errors(site, page -> true);
    }

    /** As {@link #errors(Path)}, over the pages whose path in the site ({@code teams/x.html}) is accepted. */
    static List<String> errors(Path site, java.util.function.Predicate<String> which) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        ObjectMapper json = new ObjectMapper();
        List<String> errors = new ArrayList<>();
        for (Path page : SiteAssertions.htmlFiles(site)) {
            if (!which.test(site.relativize(page).toString().replace('\\', '/'))) {
                continue;
            }
            JsonNode report = json.readTree(validator.validate(page));
            for (JsonNode message : report.path("messages")) {
                String type = message.path("type").asText();
                if (type.equals("error") || message.path("subType").asText().equals("fatal")) {
                    errors.add(site.relativize(page) + ":"
                            + message.path("lastLine").asText() + ": "
                            + message.path("message").asText() + " ["
                            + message.path("extract").asText() + "]");
                }
            }
        }
        return errors;
    }
}
