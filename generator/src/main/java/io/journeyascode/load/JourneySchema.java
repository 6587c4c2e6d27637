package io.journeyascode.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyascode.load.JourneyFormat.Field;
import io.journeyascode.load.JourneyFormat.Shape;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of the journey file, for editors (yaml-language-server,
 * IntelliJ): built from the same key and value tables the loader checks against ({@link
 * JourneyFormat}), so the two cannot drift apart. What the schema cannot say (a channel from
 * playbook.yaml, a number written without quotes) the loader still checks.
 */
public final class JourneySchema {

    public static final String ID = "https://journey-as-code.github.io/schemas/journey.schema.json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String URL_PATTERN = "^([hH][tT][tT][pP][sS]?://|[mM][aA][iI][lL][tT][oO]:)";
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private JourneySchema() {}

    /** The schema as pretty-printed JSON, ending with a newline; the same every time. */
    public static String json() {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode schema() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "journey-as-code journey file");
        object(root, JourneyFormat.JOURNEY);
        ObjectNode defs = root.putObject("$defs");
        for (Shape shape : List.of(
                JourneyFormat.STAGE,
                JourneyFormat.TOUCHPOINT,
                JourneyFormat.METRIC,
                JourneyFormat.LINK,
                JourneyFormat.WAIVER)) {
            object(defs.putObject(shape.name()), shape);
        }
        metricRanges((ObjectNode) defs.get(JourneyFormat.METRIC.name()));
        return root;
    }

    private static void object(ObjectNode node, Shape shape) {
        node.put("description", shape.description());
        node.put("type", "object");
        ObjectNode properties = node.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (Field field : shape.fields()) {
            properties.set(field.key(), property(field));
            if (field.required()) {
                required.add(field.key());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
    }

    private static ObjectNode property(Field field) {
        ObjectNode node =
                switch (field.kind()) {
                    case TEXT -> text();
                    case NAME -> name();
                    case ID -> id();
                    case REFERENCE -> reference();
                    case BOOLEAN -> type("boolean");
                    case NUMBER -> type("number");
                    case POSITIVE_INTEGER -> type("integer").put("minimum", 1);
                    case DATE -> type("string").put("format", "date").put("pattern", DATE_PATTERN);
                    case URL -> type("string").put("pattern", URL_PATTERN);
                    case ENUM -> values(field.values());
                    case TEXT_LIST -> array(name());
                    case ID_LIST -> array(id());
                    case REFERENCE_LIST -> array(reference());
                    case ENUM_LIST -> array(values(field.values()));
                    case OBJECT_LIST -> objects(field);
                    case SEVERITY_MAP -> type("object");
                };
        ObjectNode described = JSON.objectNode();
        described.put("description", field.description());
        described.setAll(node);
        if (!field.example().isEmpty() && field.kind() != JourneyFormat.Kind.OBJECT_LIST) {
            described.putArray("examples").add(example(field));
        }
        return described;
    }

    private static ObjectNode objects(Field field) {
        ObjectNode items = JSON.objectNode()
                .put("$ref", "#/$defs/" + JourneyFormat.itemsOf(field.key()).name());
        ObjectNode array = array(items);
        if (field.required()) {
            array.put("minItems", 1);
        }
        return array;
    }

    /** Any scalar is text to the loader: {@code name: 0777} is the text "0777". */
    private static ObjectNode text() {
        ObjectNode node = JSON.objectNode();
        node.putArray("type").add("string").add("number").add("boolean");
        return node;
    }

    /** A text that is not blank: a number or boolean is text to the loader, and never blank. */
    private static ObjectNode name() {
        return text().put("pattern", "\\S");
    }

    private static ObjectNode id() {
        ObjectNode node = JSON.objectNode();
        node.putArray("type").add("string").add("integer");
        node.put("minimum", 0);
        node.put("pattern", Ids.PATTERN);
        node.put("maxLength", Ids.MAX_LENGTH);
        return node;
    }

    private static ObjectNode reference() {
        return type("string").put("pattern", Ids.REFERENCE_PATTERN);
    }

    private static ObjectNode type(String type) {
        return JSON.objectNode().put("type", type);
    }

    private static ObjectNode values(List<String> values) {
        ObjectNode node = type("string");
        ArrayNode list = node.putArray("enum");
        values.forEach(list::add);
        return node;
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode node = type("array");
        node.set("items", items);
        return node;
    }

    private static com.fasterxml.jackson.databind.JsonNode example(Field field) {
        return switch (field.kind()) {
            case BOOLEAN -> JSON.booleanNode(Boolean.parseBoolean(field.example()));
            case NUMBER, POSITIVE_INTEGER -> JSON.numberNode(new java.math.BigDecimal(field.example()));
            case TEXT_LIST, ID_LIST, REFERENCE_LIST, ENUM_LIST -> JSON.arrayNode()
                    .add(field.example());
            default -> JSON.textNode(field.example());
        };
    }

    /** Each metric type's range for target and actual, and a name for custom metrics. */
    private static void metricRanges(ObjectNode metric) {
        ArrayNode all = metric.putArray("allOf");
        for (MetricType type : MetricType.values()) {
            ObjectNode rule = all.addObject();
            ObjectNode when = rule.putObject("if");
            when.putObject("properties").putObject("type").put("const", type.yaml());
            when.putArray("required").add("type");
            ObjectNode then = rule.putObject("then");
            if (type == MetricType.CUSTOM) {
                then.putArray("required").add("name");
                continue;
            }
            ObjectNode properties = then.putObject("properties");
            for (String key : List.of("target", "actual")) {
                properties.putObject(key).put("minimum", (long) type.min()).put("maximum", (long) type.max());
            }
            properties.putObject("better").put("const", type.higherIsBetter() ? Metric.HIGHER : Metric.LOWER);
        }
    }
}
