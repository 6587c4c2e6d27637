package io.journeyascode.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Composes one YAML document into SnakeYAML nodes (which keep their positions) with the safe
 * options of NOTES.md, and reports what compose lets through: anchors, aliases, tags, merge
 * keys, duplicate and non-text keys, a second document. Nothing escapes as an exception.
 */
final class YamlDocument {

    static final int MAX_ALIASES = 10;
    static final int MAX_DEPTH = 50;

    private YamlDocument() {}

    /**
     * The document's root node, or empty when the text is not one readable YAML document.
     * An empty file is a finding when {@code emptyIsFinding} (a journey file), else just empty.
     */
    static Optional<Node> compose(String text, Problems problems, boolean emptyIsFinding) {
        LoaderOptions options = options();
        RecordingParser parser = new RecordingParser(new ParserImpl(new StreamReader(text), options), problems);
        Composer composer = new Composer(parser, new SourceTextResolver(), options);
        Node root;
        try {
            if (!composer.checkNode()) {
                if (emptyIsFinding) {
                    problems.schema(
                            problems.fileStart(), "the file is empty; write a journey with `title:` and `stages:`");
                }
                return Optional.empty();
            }
            root = composer.getNode();
            Event next = parser.peekEvent();
            if (!next.is(Event.ID.StreamEnd)) {
                problems.schema(
                        problems.span(next.getStartMark()),
                        "a second YAML document starts here; a file holds exactly one: remove the `---` and what"
                                + " follows, or move it into a file of its own");
                rest(composer, problems, text);
            }
        } catch (MarkedYAMLException e) {
            YamlSyntax syntax = YamlSyntax.of(e, text);
            problems.syntax(problems.span(syntax.mark()), syntax.message());
            return Optional.empty();
        } catch (YAMLException e) {
            // nested too deep: at the bracket or key where it went too deep, the last one opened
            boolean nesting = String.valueOf(e.getMessage()).contains("Nesting Depth");
            problems.syntax(
                    nesting && parser.lastOpened != null ? problems.span(parser.lastOpened) : problems.fileStart(),
                    unmarkedMessage(e));
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            problems.syntax(problems.fileStart(), "the file cannot be read as YAML (" + e + "); check its syntax");
            return Optional.empty();
        }
        new Walk(problems, parser.sawAlias).node(root);
        return Optional.of(root);
    }

    /** Reads the documents after the first only to report their syntax errors too. */
    private static void rest(Composer composer, Problems problems, String text) {
        try {
            while (composer.checkNode()) {
                composer.getNode();
            }
        } catch (MarkedYAMLException e) {
            YamlSyntax syntax = YamlSyntax.of(e, text);
            problems.syntax(problems.span(syntax.mark()), syntax.message());
        } catch (YAMLException e) {
            problems.syntax(problems.fileStart(), unmarkedMessage(e));
        }
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(SourceText.MAX_BYTES);
        options.setTagInspector(tag -> false);
        options.setAllowRecursiveKeys(false);
        options.setMergeOnCompose(false);
        return options;
    }

    private static String unmarkedMessage(YAMLException e) {
        String text = String.valueOf(e.getMessage());
        if (text.contains("Nesting Depth")) {
            return "the YAML is nested more than " + MAX_DEPTH + " levels deep; flatten it";
        }
        if (text.contains("aliases")) {
            return "the YAML uses too many aliases; write the values out instead of using `*` aliases";
        }
        if (text.contains("exceeds the limit")) {
            return "the file is larger than 1 MiB; split it (one journey a file) or shorten its texts";
        }
        return "the file cannot be read as YAML: " + oneLine(text);
    }

    private static String oneLine(String text) {
        return YamlSyntax.oneLine(text);
    }

    static String tagName(String tag) {
        if (tag.startsWith(Tag.PREFIX)) {
            return "!!" + tag.substring(Tag.PREFIX.length());
        }
        return tag.startsWith("!") ? tag : "!<" + tag + ">";
    }

    /** Reports anchors, aliases and tags as the events pass, at their own positions. */
    private static final class RecordingParser implements Parser {
        private final Parser delegate;
        private final Problems problems;
        private boolean sawAlias;
        /** Where the last mapping or sequence opened: where the nesting limit is crossed. */
        private org.yaml.snakeyaml.error.Mark lastOpened;

        RecordingParser(Parser delegate, Problems problems) {
            this.delegate = delegate;
            this.problems = problems;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = delegate.getEvent();
            if (event instanceof AliasEvent) {
                sawAlias = true;
            }
            if (event instanceof CollectionStartEvent) {
                lastOpened = event.getStartMark();
            }
            if (problems.isFull()) {
                return event;
            }
            if (event instanceof AliasEvent alias) {
                problems.schema(
                        problems.span(event.getStartMark()),
                        "aliases (`*" + alias.getAnchor() + "`) are not allowed; write the value out in full");
            } else if (event instanceof NodeEvent node) {
                if (node.getAnchor() != null) {
                    problems.schema(
                            problems.span(event.getStartMark()),
                            "anchors (`&" + node.getAnchor() + "`) are not allowed; write the value out in full");
                }
                String tag = event instanceof ScalarEvent scalar
                        ? scalar.getTag()
                        : event instanceof CollectionStartEvent start ? start.getTag() : null;
                if (tag != null) {
                    problems.tag(problems.span(event.getStartMark()), tagName(tag));
                }
            }
            return event;
        }
    }

    /**
     * Every scalar is text to the loader: the YAML 1.1 resolver would turn {@code NO} into
     * false and {@code 0777} into 511, and its regular expressions cost time on every scalar.
     */
    private static final class SourceTextResolver extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            return switch (kind) {
                case scalar -> Tag.STR;
                case sequence -> Tag.SEQ;
                default -> Tag.MAP;
            };
        }
    }

    /** Checks every mapping once (aliases make the tree a graph): keys must be unique text. */
    private static final class Walk {
        /** Mappings with at most this many keys are checked by comparing keys pairwise. */
        private static final int SMALL = 8;

        private final Problems problems;
        /** Nodes already checked; only needed when aliases make the tree a graph. */
        private final Set<Node> seen;

        Walk(Problems problems, boolean graph) {
            this.problems = problems;
            this.seen = graph ? Collections.newSetFromMap(new IdentityHashMap<>()) : null;
        }

        void node(Node root) {
            List<Node> todo = new ArrayList<>();
            todo.add(root);
            while (!todo.isEmpty()) {
                Node node = todo.remove(todo.size() - 1);
                if (seen != null && !seen.add(node)) {
                    continue;
                }
                if (node instanceof MappingNode mapping) {
                    mapping(mapping, todo);
                } else if (node instanceof SequenceNode sequence) {
                    todo.addAll(sequence.getValue());
                }
            }
        }

        private void mapping(MappingNode mapping, List<Node> todo) {
            List<NodeTuple> tuples = mapping.getValue();
            // Few keys: a pairwise comparison is cheaper than a hash map per mapping.
            Map<String, Node> keys = tuples.size() > SMALL ? new HashMap<>() : null;
            String[] names = keys == null ? new String[tuples.size()] : null;
            Node[] nodes = keys == null ? new Node[tuples.size()] : null;
            int count = 0;
            for (NodeTuple tuple : tuples) {
                Node key = tuple.getKeyNode();
                todo.add(tuple.getValueNode());
                if (!(key instanceof ScalarNode scalar)) {
                    problems.schema(problems.at(key), "keys must be plain text, not a list or mapping");
                    todo.add(key);
                    continue;
                }
                if (scalar.isPlain() && scalar.getValue().equals("<<")) {
                    problems.schema(problems.at(key), "merge keys (`<<`) are not allowed; write the keys out in full");
                    continue;
                }
                Node first = null;
                if (keys != null) {
                    first = keys.putIfAbsent(scalar.getValue(), key);
                } else {
                    String name = scalar.getValue();
                    for (int i = 0; i < count; i++) {
                        if (names[i].equals(name)) {
                            first = nodes[i];
                            break;
                        }
                    }
                    if (first == null) {
                        names[count] = name;
                        nodes[count] = key;
                        count++;
                    }
                }
                if (first != null && !problems.isFull()) {
                    problems.schema(
                            problems.at(key),
                            "duplicate key `" + scalar.getValue() + "` (first at line "
                                    + (first.getStartMark().getLine() + 1) + "); remove one of them");
                }
            }
        }
    }
}
