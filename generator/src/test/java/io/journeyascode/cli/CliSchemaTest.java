package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliSchemaTest {

    @Test
    void schemaCommandPrintsTheDraft202012Schema() throws Exception {
        CliRun run = CliRun.of("schema");
        assertThat(run.exitCode()).isZero();
        var schema = new ObjectMapper().readTree(run.out());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("required").toString()).contains("title", "stages");
    }

    /** Editors point at the committed copy (README): it must be what this version prints. */
    @Test
    void committedSchemaIsUpToDate() throws Exception {
        Path committed = Path.of("..", "schema", "journey.schema.json");
        assertThat(Files.readString(committed))
                .as(
                        "schema/journey.schema.json is stale: regenerate it with `journey schema > schema/journey.schema.json`")
                .isEqualTo(CliRun.of("schema").out());
    }
}
