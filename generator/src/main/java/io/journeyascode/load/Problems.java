package io.journeyascode.load;

import io.journeyascode.model.Finding;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Severity;
import io.journeyascode.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The findings of one file, with the journey and touchpoint being read filled in. Converts
 * SnakeYAML's 0-based marks to 1-based spans, once, here.
 */
final class Problems {

    /** As compilers stop at 100 errors: past this, more findings of one file help nobody. */
    static final int MAX_FINDINGS = 1000;

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

    /** The journey later findings are about, or none. */
    void journey(Optional<String> id) {
        journey = id;
    }

    void touchpoint(Optional<String> id) {
        touchpoint = id;
    }

    void schema(Span span, String message) {
        schema(span, message, Optional.empty());
    }

    /** A schema error whose advice is to write the value as it was read (see {@link Finding.ReadAs}). */
    void schema(Span span, Finding.ReadAs readAs) {
        schema(span, readAs.message(), Optional.of(readAs));
    }

    private void schema(Span span, String message, Optional<Finding.ReadAs> readAs) {
        Tagged tagged = tags.remove(span);
        if (tagged != null) {
            // The value the tag stands on is at fault too (`expectations: !!binary aGk=`, no list):
            // one mistake, one finding, the one that says what to write, which is without the tag.
            // (Its advice is then not its last word: it no longer holds the value read.)
            Finding tag = findings.get(tagged.index());
            findings.set(
                    tagged.index(),
                    new Finding(
                            tag.rule(),
                            tag.severity(),
                            span,
                            tag.journey(),
                            tag.touchpoint(),
                            message + " (without the tag `" + tagged.tag() + "`: tags are not allowed)"));
            return;
        }
        add(RuleIds.SCHEMA, Severity.ERROR, span, message, readAs);
    }

    /** A tag's finding, by its place, until a finding about the value there takes it in. */
    private record Tagged(int index, String tag) {}

    private final Map<Span, Tagged> tags = new HashMap<>();

    /** A tag ({@code !!binary}) on the value at {@code span}: tags are not allowed. */
    void tag(Span span, String tag) {
        if (findings.size() < MAX_FINDINGS) {
            tags.put(span, new Tagged(findings.size(), tag));
        }
        add(RuleIds.SCHEMA, span, "tags (`" + tag + "`) are not allowed; remove the tag and write the plain value");
    }

    void syntax(Span span, String message) {
        add(RuleIds.YAML_SYNTAX, span, message);
    }

    /**
     * Fills in the journey, and the touchpoint whose text holds the finding, on findings made
     * before the ids were known (while composing the YAML).
     */
    void attribute(String journeyId, List<Region> touchpoints) {
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            if (f.journey().isPresent() || !f.span().file().equals(file)) {
                continue;
            }
            Optional<String> in = touchpoints.stream()
                    .filter(r -> r.contains(f.span()))
                    .map(Region::touchpoint)
                    .findFirst();
            findings.set(i, f.withPlace(Optional.of(journeyId), in));
        }
    }

    /** The text of a touchpoint, from its start to its end (exclusive). */
    record Region(String touchpoint, Span start, Span end) {
        boolean contains(Span span) {
            return span.compareTo(start) >= 0 && span.compareTo(end) < 0;
        }
    }

    /** How many findings the file has so far: a mark for {@link #amendSince}. */
    int size() {
        return findings.size();
    }

    /**
     * Adds what follows from them to the messages of the findings made since {@code mark} (a
     * waiver's mistakes: it silences nothing); the cap's own finding stays as it is.
     */
    void amendSince(int mark, String consequence) {
        for (int i = mark; i < Math.min(findings.size(), MAX_FINDINGS); i++) {
            Finding f = findings.get(i);
            findings.set(i, f.withMessageSuffix(consequence));
        }
    }

    /** True once the cap is reached: callers may skip building messages nobody will see. */
    boolean isFull() {
        return findings.size() > MAX_FINDINGS;
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    /**
     * A warning of {@code rule}: the loader's findings are errors except for text that is valid
     * but suspicious, such as invisible characters (see {@link SourceText}).
     */
    void warning(String rule, Span span, String message) {
        add(rule, Severity.WARNING, span, message, Optional.empty());
    }

    void add(String rule, Span span, String message) {
        add(rule, Severity.ERROR, span, message, Optional.empty());
    }

    private void add(String rule, Severity severity, Span span, String message, Optional<Finding.ReadAs> readAs) {
        if (findings.size() < MAX_FINDINGS) {
            findings.add(new Finding(rule, severity, span, journey, touchpoint, message, Optional.empty(), readAs));
        } else if (findings.size() == MAX_FINDINGS) {
            findings.add(new Finding(
                    RuleIds.SCHEMA,
                    Severity.ERROR,
                    span,
                    journey,
                    touchpoint,
                    "this file has more than " + MAX_FINDINGS + " problems; fix those shown, then validate again"));
        }
    }
}
