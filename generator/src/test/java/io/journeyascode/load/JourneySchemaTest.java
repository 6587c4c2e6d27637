package io.journeyascode.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The editor schema: valid JSON Schema 2020-12 that accepts a valid journey and rejects an unknown key. */
class JourneySchemaTest {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @Test
    void isValidJsonAgainstTheDraft202012MetaSchema() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(JourneySchema.json());

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(JourneySchema.ID);
        assertThat(schema.get("additionalProperties").asBoolean()).isFalse();
        JsonSchema meta = FACTORY.getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
        assertThat(meta.validate(schema)).isEmpty();
    }

    @Test
    void describesEveryKeyTheLoaderKnows() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(JourneySchema.json());

        assertThat(schema.get("properties").fieldNames())
                .toIterable()
                .containsExactlyElementsOf(JourneyFormat.JOURNEY.keys());
        JsonNode touchpoint = schema.get("$defs").get("touchpoint");
        assertThat(touchpoint.get("properties").fieldNames())
                .toIterable()
                .containsExactlyElementsOf(JourneyFormat.TOUCHPOINT.keys());
        touchpoint
                .get("properties")
                .forEach(p -> assertThat(p.get("description").asText()).isNotBlank());
    }

    @Test
    void acceptsAValidJourney() {
        assertThat(validate(PlaybookLoaderTest.ONLINE_ORDER)).isEmpty();
    }

    /** Editors validate the example playbook's journeys with the schema: it must accept them all. */
    @Test
    void acceptsEveryJourneyOfTheExamplePlaybook() throws Exception {
        java.nio.file.Path journeys = java.nio.file.Path.of("..", "journeys");
        try (var files = java.nio.file.Files.list(journeys)) {
            var yamlFiles = files.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("playbook.yaml"))
                    .sorted()
                    .toList();
            assertThat(yamlFiles).hasSizeGreaterThanOrEqualTo(4);
            for (var file : yamlFiles) {
                assertThat(validate(java.nio.file.Files.readString(file)))
                        .as(file.toString())
                        .isEmpty();
            }
        }
    }

    @Test
    void acceptsTheMinimalJourney() {
        assertThat(validate(LoaderFixtures.MINIMAL)).isEmpty();
    }

    @Test
    void rejectsAnUnknownKey() {
        Set<ValidationMessage> errors =
                validate(PlaybookLoaderTest.ONLINE_ORDER.replace("    channel: web\n", "    chanel: web\n"));

        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(m -> m.contains("chanel"));
    }

    @Test
    void rejectsValuesTheLoaderRejects() {
        assertThat(validate(LoaderFixtures.MINIMAL.replace("phase: during", "phase: durin")))
                .isNotEmpty();
        assertThat(validate(LoaderFixtures.MINIMAL.replace("id: pay", "id: Pay")))
                .isNotEmpty();
        assertThat(validate(LoaderFixtures.MINIMAL + "        critical: yes\n")).isNotEmpty();
        assertThat(validate(LoaderFixtures.MINIMAL + "        metrics: [{type: nps, target: 150}]\n"))
                .isNotEmpty();
        assertThat(validate(LoaderFixtures.MINIMAL + "        links: [{title: x, url: 'javascript:alert(1)'}]\n"))
                .isNotEmpty();
        assertThat(validate(LoaderFixtures.MINIMAL.replace("title: Test journey\n", "")))
                .isNotEmpty();
        assertThat(validate(LoaderFixtures.MINIMAL.replace("title: Test journey", "title: \"  \"")))
                .isNotEmpty();
        assertThat(validate(LoaderFixtures.MINIMAL + "        expectations: [\"\"]\n"))
                .isNotEmpty();
    }

    private static Set<ValidationMessage> validate(String yaml) {
        JsonSchema schema = FACTORY.getSchema(JourneySchema.json());
        return schema.validate(toJson(yaml));
    }

    /** YAML as an editor reads it (YAML 1.2 core schema): plain true/false and numbers are typed. */
    private static JsonNode toJson(String yaml) {
        Node root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(yaml));
        return json(root);
    }

    private static JsonNode json(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode mapping) {
            ObjectNode object = f.objectNode();
            for (NodeTuple t : mapping.getValue()) {
                object.set(((ScalarNode) t.getKeyNode()).getValue(), json(t.getValueNode()));
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = f.arrayNode();
            sequence.getValue().forEach(n -> array.add(json(n)));
            return array;
        }
        ScalarNode scalar = (ScalarNode) node;
        String value = scalar.getValue();
        if (scalar.isPlain()) {
            if (value.equals("true") || value.equals("false")) {
                return f.booleanNode(Boolean.parseBoolean(value));
            }
            if (NUMBER.matcher(value).matches()) {
                return f.numberNode(new java.math.BigDecimal(value));
            }
            if (value.isEmpty() || value.equals("null") || value.equals("~")) {
                return f.nullNode();
            }
        }
        return f.textNode(value);
    }
}
