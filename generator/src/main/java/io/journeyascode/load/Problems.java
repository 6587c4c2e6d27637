package io.journeyascode.load;

import io.journeyascode.model.Finding;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The findings of one file, with the journey and touchpoint being read filled in. Converts
 * SnakeYAML's 0-based marks to 1-based spans, once, here.
 */
final class Problems {

    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private Optional<String> journey = Optional.empty();
    private Optional<String> touchpoint = Optional.empty();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    Span fileStart() {
        return Span.ofFile(file);
    }

    Span span(Mark mark) {
        return mark == null ? fileStart() : new Span(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    Span at(Node node) {
        return span(node.getStartMark());
    }

    Span at(int line, int column) {
        return new Span(file, line, column);
    }

    void journey(String id) {
        journey = Optional.of(id);
    }

    void touchpoint(Optional<String> id) {
        touchpoint = id;
    }

    void schema(Span span, String message) {
        add(RuleIds.SCHEMA, span, message);
    }

    void syntax(Span span, String message) {
        add(RuleIds.YAML_SYNTAX, span, message);
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    private void add(String rule, Span span, String message) {
        findings.add(new Finding(rule, Severity.ERROR, span, journey, touchpoint, message));
    }
}
