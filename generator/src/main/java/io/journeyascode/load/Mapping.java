package io.journeyascode.load;

import io.journeyascode.load.JourneyFormat.Field;
import io.journeyascode.load.JourneyFormat.Kind;
import io.journeyascode.load.JourneyFormat.Shape;
import io.journeyascode.model.Finding;
import io.journeyascode.model.Located;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Span;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping read against its {@link Shape}: unknown keys are reported when it is opened,
 * and each typed getter reports a value it cannot use and returns empty. Scalars are read as
 * their source text, never through the YAML 1.1 resolver.
 */
final class Mapping {

    private final MappingNode node;
    private final Shape shape;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> unreadable = new TreeSet<>();
    /** Examples for messages taken from the playbook (its channels and emotions) instead of the format's. */
    private Map<String, String> examples = Map.of();

    private Mapping(MappingNode node, Shape shape, Problems problems) {
        this.node = node;
        this.shape = shape;
        this.problems = problems;
        Set<String> meant = new TreeSet<>();
        Map<String, NodeTuple> typos = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue; // reported by YamlDocument
            }
            String name = key.getValue();
            if (key.isPlain() && name.equals("<<")) {
                continue; // reported by YamlDocument
            }
            if (!shape.hasKey(name)) {
                if (!problems.isFull()) {
                    problems.schema(problems.at(key), unknownKey(name));
                    Optional<String> typo = Suggest.typo(name, shape.keys());
                    typo.ifPresent(k -> typos.putIfAbsent(k, tuple));
                    typo.or(() -> Suggest.stem(name, shape.keys())).ifPresent(meant::add);
                }
                continue;
            }
            entries.putIfAbsent(name, tuple); // a duplicate is reported by YamlDocument; the first wins
        }
        // A misspelt key (`touchpoint:`, `Title:`, a typo's distance from a key, not merely its
        // start: `owner_email` is no `owner`) is read as the key it was meant to be when that one is
        // not written too: one mistake is one finding, not another for the missing key and more for
        // everything under it that is then lost. Never what silences findings (`waivers`, `rules`),
        // nor inside a waiver, which must say exactly what it silences and until when: there the
        // key stays missing, and rules leave it to the finding, as they do for any key meant.
        if (shape != JourneyFormat.WAIVER) {
            typos.forEach((key, tuple) -> {
                if (!SILENCING.contains(key)) {
                    entries.putIfAbsent(key, tuple);
                }
            });
        }
        meant.removeAll(entries.keySet());
        unreadable.addAll(meant);
    }

    /** Keys whose values silence findings: never read from a misspelt key. */
    private static final Set<String> SILENCING = Set.of("waivers", "rules");

    /** The node as a mapping of {@code shape}, or empty after a finding. */
    static Optional<Mapping> of(Node node, Shape shape, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new Mapping(mapping, shape, problems));
        }
        problems.schema(
                problems.at(node),
                "a " + shape.name() + " must be a mapping of keys such as `"
                        + shape.keys().get(0) + ": " + shape.fields().get(0).example() + "`, not " + describe(node));
        return Optional.empty();
    }

    /** The text of a key of a mapping node without reading it (to know a touchpoint's id early). */
    static Optional<String> peek(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k
                        && k.getValue().equals(key)
                        && tuple.getValueNode() instanceof ScalarNode v) {
                    return Optional.of(v.getValue());
                }
            }
        }
        return Optional.empty();
    }

    Shape shape() {
        return shape;
    }

    /** Where findings about the mapping point: its first key, or its start when it is empty. */
    Span start() {
        List<NodeTuple> tuples = node.getValue();
        return tuples.isEmpty() ? problems.at(node) : problems.at(tuples.get(0).getKeyNode());
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Span keySpan(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? start() : problems.at(tuple.getKeyNode());
    }

    /**
     * Uses {@code examples} (key to value) in messages instead of the format's own, so that an
     * example is one the playbook accepts (`channel: web` where the playbook has no `web` would
     * lead to another finding). Returns this mapping.
     */
    Mapping examples(Map<String, String> examples) {
        this.examples = Map.copyOf(examples);
        return this;
    }

    private String example(Field field) {
        return examples.getOrDefault(field.key(), field.example());
    }

    /** Reports a missing required key at the mapping's first key; true when present. */
    boolean require(String key) {
        if (has(key)) {
            return true;
        }
        Field field = shape.get(key);
        String example = field.kind() == Kind.OBJECT_LIST ? "" : " " + example(field);
        problems.schema(
                start(),
                "the " + shape.name() + " lacks the required key `" + key + "`; add `" + key + ":" + example + "`");
        return false;
    }

    Optional<Located<String>> text(String key) {
        return noted(key, scalar(key).map(s -> located(key, s.getValue(), s)));
    }

    /**
     * As {@link #text(String)}, for Markdown (a description, notes): text whose block quotes or
     * lists nest deeper than the site renders ({@link io.journeyascode.model.MarkdownNesting}) is a
     * warning; the site shows it as plain text.
     */
    Optional<Located<String>> markdown(String key) {
        Optional<Located<String>> text = text(key);
        text.ifPresent(t -> {
            int depth = io.journeyascode.model.MarkdownNesting.depth(t.value());
            if (depth > io.journeyascode.model.MarkdownNesting.MAX) {
                problems.warning(
                        io.journeyascode.model.RuleIds.SCHEMA,
                        t.span(),
                        "`" + key + "` nests block quotes, lists or emphasis " + depth
                                + " levels deep, more than the site"
                                + " shows as Markdown (" + io.journeyascode.model.MarkdownNesting.MAX
                                + "); it is shown as plain text; nest less deeply");
            }
        });
        return text;
    }

    /** Nothing visible: only white space and invisible format characters (U+200B, U+FEFF…). */
    static boolean isBlank(String text) {
        // a loop, not a stream: it runs for every value of every file, and stops at the first letter
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /** A kebab-case id; a bad one is reported and replaced by its kebab-case form when it has one. */
    Optional<Located<String>> id(String key) {
        return id(key, List.of());
    }

    /**
     * As {@link #id(String)}, for an id that is to be one of {@code known} (a vocabulary of the
     * playbook; empty when any id goes). A bad id whose kebab-case form is none of them but close
     * to one is told that one, in the same finding, and read as it when it is a typo of it (not
     * read at all otherwise): suggesting its kebab-case form would only bring a second finding,
     * that there is no such id. (Close to none, its kebab-case form is suggested, and the finding
     * that follows says how to declare it.)
     */
    Optional<Located<String>> id(String key, java.util.Collection<String> known) {
        return noted(key, scalar(key).flatMap(s -> reported(readId(s.getValue(), "`" + key + "`", known), s)
                .map(v -> located(key, v, s))));
    }

    Optional<Located<Boolean>> bool(String key) {
        return noted(key, scalar(key).flatMap(s -> {
            if (s.isPlain() && (s.getValue().equals("true") || s.getValue().equals("false"))) {
                return Optional.of(located(key, Boolean.parseBoolean(s.getValue()), s));
            }
            String hint = s.isPlain() ? "" : " (without quotes)";
            problems.schema(
                    problems.at(s),
                    "`" + key + "` must be true or false" + hint + ", not `" + shortText(s.getValue())
                            + "`; write true or false");
            return Optional.empty();
        }));
    }

    Optional<Located<Double>> number(String key) {
        return noted(key, scalar(key).flatMap(s -> {
            if (s.isPlain() && Lexical.isNumber(s.getValue())) {
                double value = Double.parseDouble(s.getValue());
                if (Double.isFinite(value)) {
                    return Optional.of(located(key, value, s));
                }
                problems.schema(
                        problems.at(s), "`" + key + "` is too large a number: `" + shortText(s.getValue()) + "`");
                return Optional.empty();
            }
            problems.schema(
                    problems.at(s),
                    !s.isPlain() && Lexical.isNumber(s.getValue().strip())
                            ? "`" + key + "` must be a number, not text in quotes; write `" + key + ": "
                                    + s.getValue().strip() + "`"
                            : mustBe(key, Kind.NUMBER, s));
            return Optional.empty();
        }));
    }

    /** The largest whole number {@link #positiveInteger} takes: nine digits. */
    static final int MAX_POSITIVE_INTEGER = 999_999_999;

    Optional<Located<Integer>> positiveInteger(String key) {
        return noted(key, scalar(key).flatMap(s -> {
            String digits = s.getValue().strip();
            boolean whole = !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
            // leading zeros aside, more than nine digits is too large: no need to parse a long text
            String significant = whole ? digits.replaceFirst("^0+(?=.)", "") : "";
            boolean tooLarge = significant.length() > 9;
            long value = whole && !tooLarge ? Long.parseLong(significant) : 0;
            boolean inRange = value > 0 && value <= MAX_POSITIVE_INTEGER;
            if (s.isPlain() && inRange) {
                return Optional.of(located(key, (int) value, s));
            }
            String example = "; write e.g. `" + key + ": " + example(shape.get(key)) + "`";
            problems.schema(
                    problems.at(s),
                    tooLarge
                            ? "`" + key + "` is too large: it can be at most " + MAX_POSITIVE_INTEGER + ", not "
                                    + shortText(digits) + example
                            : inRange
                                    ? "`" + key + "` must be a number, not text in quotes; write `" + key + ": "
                                            + digits + "`"
                                    : mustBe(key, Kind.POSITIVE_INTEGER, s));
            return Optional.empty();
        }));
    }

    Optional<Located<LocalDate>> date(String key) {
        return noted(key, scalar(key).flatMap(s -> {
            if (Lexical.isDate(s.getValue())) {
                try {
                    return Optional.of(located(key, Lexical.date(s.getValue()), s));
                } catch (DateTimeException e) {
                    // 2027-02-30 is written as a date should be, but names no day
                    Lexical.NoDay no = Lexical.noDay(s.getValue(), key + ": ");
                    problems.schema(
                            problems.at(s),
                            "`" + key + ": " + s.getValue() + "` is not a day of the calendar (" + no.why() + "); "
                                    + no.fix());
                    return Optional.empty();
                }
            }
            problems.schema(
                    problems.at(s),
                    mustBe(key, Kind.DATE, s)
                            + Lexical.paddedDate(s.getValue())
                                    .map(d -> "; write `" + key + ": " + d + "`")
                                    .orElse(""));
            return Optional.empty();
        }));
    }

    /** An http, https or mailto address (checked case-insensitively); anything else is dropped. */
    Optional<Located<String>> url(String key) {
        return noted(key, scalar(key).flatMap(s -> {
            String value = s.getValue();
            Optional<String> problem = urlProblem(value);
            if (problem.isPresent()) {
                problems.schema(problems.at(s), "`" + key + "` " + problem.get());
                return Optional.empty();
            }
            return Optional.of(located(key, value, s));
        }));
    }

    /** A value of the key's set; a value outside it is reported with the set and a did-you-mean. */
    Optional<Located<String>> oneOf(String key) {
        List<String> allowed = shape.get(key).values();
        return noted(key, scalar(key).flatMap(s -> oneOfValue(key, allowed, s).map(v -> located(key, v, s))));
    }

    /**
     * As {@link #oneOf(String)}, and a value that is a likely typo of one of the set ({@code phase:
     * durin}) is, after its finding, read as that one: a journey is then checked as it was meant
     * (no phase gap for a stage that is plainly `during`). Only for what describes the customer's
     * journey; never for what silences findings (a waiver's {@code rule}).
     */
    Optional<Located<String>> oneOfMeant(String key) {
        List<String> allowed = shape.get(key).values();
        return noted(key, scalar(key).flatMap(s -> oneOfValue(key, allowed, s)
                .or(() -> meant(key, s.getValue(), allowed))
                .map(v -> located(key, v, s))));
    }

    /**
     * The words a Finnish site shows for the values of the journey's shape (its messages'
     * {@code vocab.*}), which a Finnish team may write for them: {@code phase: ennen} is
     * {@code before}.
     */
    private static final Map<String, Map<String, String>> FINNISH_VALUES = Map.of(
            "phase",
                    Map.of(
                            "ennen",
                            "before",
                            "ennen ostoa",
                            "before",
                            "aikana",
                            "during",
                            "oston aikana",
                            "during",
                            "jälkeen",
                            "after",
                            "oston jälkeen",
                            "after"),
            "ownership",
                    Map.of(
                            "oma",
                            "owned",
                            "oma organisaatio",
                            "owned",
                            "ulkoistettu",
                            "outsourced",
                            "ulkopuolinen",
                            "external"),
            "interaction", Map.of("suora", "direct", "epäsuora", "indirect"),
            "moment", Map.of("huippuhetki", "peak", "kipukohta", "pain", "loppuhetki", "end"));

    /** The value of {@code key} that {@code written} means: a typo of one, or its Finnish word. */
    private static Optional<String> meant(String key, String written, List<String> allowed) {
        return finnishValue(key, written).or(() -> Suggest.typo(written, allowed));
    }

    /** The value of {@code key} whose Finnish word {@code written} is. */
    private static Optional<String> finnishValue(String key, String written) {
        return Optional.ofNullable(
                FINNISH_VALUES.getOrDefault(key, Map.of()).get(written.strip().toLowerCase(Locale.ROOT)));
    }

    /** A value of an explicit set (the playbook's channels): outside it is reported like {@link #oneOf}. */
    Optional<Located<String>> oneOf(String key, List<String> allowed) {
        return noted(key, scalar(key).flatMap(s -> oneOfValue(key, allowed, s).map(v -> located(key, v, s))));
    }

    Optional<List<Located<String>>> textList(String key) {
        commaSplits(key);
        return list(key, Reading::of);
    }

    /**
     * Words that start the rest of a sentence, not a sentence: an item of a {@code [...]} list of
     * texts that starts with one ({@code [Näen, mistä summa koostuu]}) is most likely the second
     * half of the item before it, cut by the comma, as Finnish puts one before every such clause.
     */
    private static final Set<String> CONTINUATIONS = Set.of(
            "and",
            "but",
            "that",
            "which",
            "who",
            "whose",
            "when",
            "where",
            "if",
            "because",
            "so",
            "than",
            "while",
            "although",
            "unless",
            "until",
            "ja",
            "mutta",
            "että",
            "kun",
            "jos",
            "joka",
            "jotka",
            "mikä",
            "mitkä",
            "mistä",
            "missä",
            "mihin",
            "miten",
            "kuinka",
            "koska",
            "jotta",
            "vaikka",
            "eli",
            "sekä",
            "kunnes",
            "jolloin",
            "jonka",
            "jossa",
            "josta",
            "johon");

    private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s,.;:!?]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s*$");

    /** Warns of each item of a flow list of texts that reads as the rest of the item before it. */
    private void commaSplits(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null
                || !(tuple.getValueNode() instanceof SequenceNode sequence)
                || sequence.getFlowStyle() != org.yaml.snakeyaml.DumperOptions.FlowStyle.FLOW) {
            return;
        }
        List<Node> items = sequence.getValue();
        for (int i = 1; i < items.size(); i++) {
            // a sentence (a capital, no full stop) cut before a word that carries it on: the cut
            // item and any that carry it on further are one text, told once
            if (!(items.get(i - 1) instanceof ScalarNode before)
                    || !startsSentence(before.getValue())
                    || !continues(items.get(i))) {
                continue;
            }
            StringBuilder whole = new StringBuilder(before.getValue());
            int last = i;
            while (last < items.size() && continues(items.get(last))) {
                whole.append(", ").append(((ScalarNode) items.get(last)).getValue());
                last++;
            }
            ScalarNode cut = (ScalarNode) items.get(i);
            problems.warning(
                    RuleIds.SCHEMA,
                    problems.at(cut),
                    "`" + key + "` has an item `" + shortText(cut.getValue()) + "` that reads as the rest of the one"
                            + " before it: inside `[...]` a comma starts a new item; if it is one text, write it in"
                            + " quotes, `" + flowItem(whole.toString()) + "`");
            i = last - 1;
        }
    }

    /** An item that starts as the rest of a sentence: plain (not quoted) and its first word one of {@link #CONTINUATIONS}. */
    private static boolean continues(Node node) {
        return node instanceof ScalarNode item
                && item.isPlain()
                && CONTINUATIONS.contains(FIRST_WORD_END.split(item.getValue(), 2)[0]);
    }

    /** A text that starts a sentence and does not end one: a capital first, no full stop last. */
    private static boolean startsSentence(String text) {
        return !text.isEmpty()
                && Character.isUpperCase(text.charAt(0))
                && !SENTENCE_END.matcher(text).find();
    }

    Optional<List<Located<String>>> idList(String key) {
        return list(key, value -> readId(value, "`" + key + "`", List.of()));
    }

    Optional<List<Located<String>>> referenceList(String key) {
        return list(key, value -> readReference(key, value));
    }

    Optional<List<Located<String>>> oneOfList(String key) {
        List<String> allowed = shape.get(key).values();
        return list(key, value -> readOneOf(key, allowed, value));
    }

    /**
     * The items of a list of scalars, each read by {@code reader}. A value written without
     * brackets is a finding and is read as the list it stands for ({@code expectations: Price} as
     * {@code [Price]}, {@code leads_to: a, b} as {@code [a, b]}), so that the touchpoint does not
     * look as if it listed nothing. That finding writes the list with each item as it is read
     * ({@code leads_to: Check Out, landing}: write {@code leads_to: [check-out, landing]}), and
     * an item whose only mistake is then how it is written ({@code Check Out}) has no finding of
     * its own: one mistake, one finding, whose advice works as written.
     */
    private Optional<List<Located<String>>> list(String key, ItemReader reader) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null
                || !(tuple.getValueNode() instanceof ScalarNode scalar)
                || isNull(scalar)
                || isBlank(scalar.getValue())) {
            return noted(key, items(key).map(items -> scalars(key, items, reader, Set.of())));
        }
        List<ScalarNode> items = pieces(key, scalar);
        Set<Node> told = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        StringJoiner list = new StringJoiner(", ", "[", "]");
        for (ScalarNode item : items) {
            Optional<Finding.ReadAs> readAs = hasBadCharacter(item.getValue())
                    ? Optional.empty()
                    : reader.read(item.getValue()).readAs();
            readAs.ifPresent(read -> told.add(item));
            list.add(readAs.map(Finding.ReadAs::value).orElseGet(() -> flowItem(item.getValue())));
        }
        String written = key + ": " + list;
        String fault = mustBe(key, shape.get(key).kind(), scalar);
        // Written out only when short; longer when that tells items as read, which each of their
        // own findings would tell at more length.
        if (written.length() <= (told.isEmpty() ? 80 : 200)) {
            problems.schema(problems.at(scalar), new Finding.ReadAs(fault, written));
        } else {
            // too long to write out: each item's own finding says how to write it
            problems.schema(problems.at(scalar), fault + listHint(key));
            told.clear();
        }
        return Optional.of(scalars(key, items, reader, told));
    }

    /** The items a value written without brackets stands for. */
    private List<ScalarNode> pieces(String key, ScalarNode scalar) {
        List<ScalarNode> items = new ArrayList<>();
        if (shape.get(key).kind() != Kind.TEXT_LIST) {
            // Ids, references and set values hold no commas: `a, b` is two of them.
            for (String piece : scalar.getValue().split(",")) {
                if (!piece.isBlank()) {
                    items.add(new ScalarNode(
                            scalar.getTag(),
                            piece.strip(),
                            scalar.getStartMark(),
                            scalar.getEndMark(),
                            scalar.getScalarStyle()));
                }
            }
        }
        if (items.isEmpty()) {
            items.add(scalar);
        }
        return items;
    }

    private static final Pattern PLAIN_FLOW_ITEM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} .'/()-]*");

    /** A list item as it can stand in a flow list: plain when it may, else in double quotes. */
    private static String flowItem(String text) {
        if (PLAIN_FLOW_ITEM.matcher(text).matches() && !text.endsWith(" ")) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The items of a list of mappings (each read by its own {@link Mapping}). */
    Optional<List<Node>> items(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        if (value instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        problems.schema(problems.at(value), mustBe(key, shape.get(key).kind(), value) + listHint(key));
        unreadable.add(key);
        return Optional.empty();
    }

    /**
     * The keys written here whose value could not be read (each a finding already): rules about a
     * missing value leave them to that finding, so that one mistake is one finding.
     */
    List<String> unreadable() {
        return List.copyOf(unreadable);
    }

    private <T> Optional<T> noted(String key, Optional<T> value) {
        if (value.isEmpty() && has(key)) {
            unreadable.add(key);
        }
        return value;
    }

    /** The value node of a key, unchecked (for mappings of their own such as playbook.yaml's rules). */
    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    private interface ItemReader {
        Reading read(String value);
    }

    /**
     * A value as read, before anything is reported: what it is read as (none when it cannot be
     * read), and, when it is not written as it must be, the message that says so, or what is
     * wrong and that it was read as another value ({@code readAs}).
     */
    private record Reading(Optional<String> value, Optional<String> problem, Optional<Finding.ReadAs> readAs) {
        static Reading of(String value) {
            return new Reading(Optional.of(value), Optional.empty(), Optional.empty());
        }

        static Reading wrong(Optional<String> value, String problem) {
            return new Reading(value, Optional.of(problem), Optional.empty());
        }

        static Reading readAs(String fault, String value) {
            return new Reading(Optional.of(value), Optional.empty(), Optional.of(new Finding.ReadAs(fault, value)));
        }
    }

    /** Reports what is wrong with the value at {@code at}, if anything; gives what it is read as. */
    private Optional<String> reported(Reading reading, Node at) {
        if (reading.readAs().isPresent()) {
            problems.schema(problems.at(at), reading.readAs().get());
        } else {
            reading.problem().ifPresent(problem -> problems.schema(problems.at(at), problem));
        }
        return reading.value();
    }

    /**
     * The items read by {@code reader}; what is wrong with an item in {@code told} is said by the
     * list's finding already.
     */
    private List<Located<String>> scalars(String key, List<? extends Node> items, ItemReader reader, Set<Node> told) {
        List<Located<String>> values = new ArrayList<>();
        for (Node item : items) {
            if (!(item instanceof ScalarNode scalar) || isNull(scalar)) {
                problems.schema(
                        problems.at(item),
                        "each item of `" + key + "` must be " + itemExpected(key) + ", not " + describe(item));
                continue;
            }
            // made only for a message: a playbook has a hundred thousand items
            java.util.function.Supplier<String> advice =
                    () -> "; write e.g. `" + example(shape.get(key)) + "`, or remove the item";
            ScalarNode clean = withoutControls(() -> "an item of `" + key + "`", key, scalar, advice);
            if (isBlank(clean.getValue())) {
                // A blank item is no item: it does not count, e.g. as one of a touchpoint's expectations.
                // One that held only control characters is their finding already: one mistake, one finding.
                if (clean == scalar) {
                    problems.schema(problems.at(clean), "an item of `" + key + "` is blank" + advice.get());
                }
                continue;
            }
            Reading reading = reader.read(clean.getValue());
            Optional<String> value = told.contains(item) ? reading.value() : reported(reading, clean);
            value.ifPresent(v -> values.add(Located.at(v, problems.at(clean))));
        }
        return values;
    }

    /**
     * The scalar without control characters, which only an escape in a double-quoted string
     * ({@code "\u0007"}, {@code "\e"}) can put there (the file itself may hold none, see
     * {@link SourceText}): one is a {@code schema} error, and the value goes on without them, so
     * that no page, report or terminal line carries them.
     */
    /** A character a value may not hold: the file's forbidden ones, and a carriage return (YAML folds line ends). */
    private static boolean isControl(char c) {
        return SourceText.isForbidden(c) || c == '\r';
    }

    /**
     * Whether the character at {@code i} may not stand in a value: a control character, or half
     * of a surrogate pair without its other half ({@code "\ud800"}), which no text can show (it
     * became {@code ?} in the site and the reports).
     */
    private static boolean isBadAt(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return isControl(c);
    }

    /** Whether the value holds a character it may not (see {@link #isBadAt}). */
    private static boolean hasBadCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isBadAt(value, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * As told above; {@code what} names the value in a message that it holds nothing else (`an
     * item of `expectations``), and {@code ifBlank} is then what to write instead, since the value
     * is blank once they are gone (null where a blank value is no mistake); both are made only for
     * that message: one finding, not one for the character and one for the blank that is left.
     */
    private ScalarNode withoutControls(
            java.util.function.Supplier<String> what,
            String key,
            ScalarNode scalar,
            java.util.function.Supplier<String> ifBlank) {
        String value = scalar.getValue();
        int bad = 0;
        while (bad < value.length() && !isBadAt(value, bad)) {
            bad++;
        }
        if (bad == value.length()) {
            return scalar;
        }
        char first = value.charAt(bad);
        StringBuilder clean = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (!isBadAt(value, i)) {
                clean.append(value.charAt(i));
            }
        }
        String message;
        if (ifBlank != null && isBlank(clean.toString())) {
            message = String.format(
                            Locale.ROOT,
                            "%s holds nothing but %s U+%04X, written as an escape",
                            what.get(),
                            Character.isSurrogate(first) ? "half of a character," : "the control character",
                            (int) first)
                    + ifBlank.get();
        } else {
            message = Character.isSurrogate(first)
                    ? String.format(
                            Locale.ROOT,
                            "`%s` contains U+%04X, written as an escape: half of a character, which no text can"
                                    + " hold; write the whole character (an emoji is one escape, `\\U0001F600`)"
                                    + " or remove it",
                            key,
                            (int) first)
                    : String.format(
                            Locale.ROOT,
                            "`%s` contains the control character U+%04X, written as an escape; remove it",
                            key,
                            (int) first);
        }
        problems.schema(problems.at(scalar), message);
        return new ScalarNode(
                scalar.getTag(), clean.toString(), scalar.getStartMark(), scalar.getEndMark(), scalar.getScalarStyle());
    }

    private Optional<ScalarNode> scalar(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        Node value = tuple.getValueNode();
        Field field = shape.get(key);
        if (value instanceof ScalarNode scalar && !isNull(scalar)) {
            // Any blank value is a mistake but in free text (notes, a summary), where it says nothing.
            boolean blankIsMistake = field.kind() != Kind.TEXT;
            // made only for a message: a playbook has a hundred thousand values
            java.util.function.Supplier<String> advice = () -> "; write e.g. `" + key + ": " + example(field) + "`"
                    + (field.required() ? "" : ", or remove the key");
            ScalarNode clean = withoutControls(() -> "`" + key + "`", key, scalar, blankIsMistake ? advice : null);
            if (blankIsMistake && isBlank(clean.getValue())) {
                // a value that held only control characters is their finding already
                if (clean == scalar) {
                    problems.schema(problems.at(clean), "`" + key + "` is blank" + advice.get());
                }
                return Optional.empty();
            }
            return Optional.of(clean);
        }
        if (value instanceof ScalarNode && field.kind() == Kind.TEXT && !field.required()) {
            // `notes:` with nothing after it: free text that says nothing, as `notes: ""` does
            return Optional.empty();
        }
        problems.schema(
                problems.at(value),
                mustBe(key, field.kind(), value) + "; write e.g. `" + key + ": " + example(field) + "`");
        return Optional.empty();
    }

    private Reading readId(String value, String what, java.util.Collection<String> known) {
        if (Ids.isId(value)) {
            if (value.length() > Ids.MAX_LENGTH) {
                // it would be a file name of the site too long for the file system: the build could not write it
                return Reading.wrong(
                        Optional.of(Ids.shortened(value)),
                        what + " is " + value.length() + " characters long, more than an id may be (" + Ids.MAX_LENGTH
                                + ": it becomes a file name of the site); write a shorter id");
            }
            return Reading.of(value);
        }
        String fixed = Ids.normalize(value);
        Optional<String> read = fixed.isEmpty() ? Optional.empty() : Optional.of(fixed);
        String advice = fixed.isEmpty() ? "" : "; write `" + fixed + "`";
        Optional<String> closest = known.isEmpty() || known.contains(fixed)
                ? Optional.empty()
                : Suggest.closest(fixed.isEmpty() ? value : fixed, known);
        if (closest.isPresent()) {
            // read as the id meant only for a typo (`E-mail`), as a misspelt key or value is; a
            // longer name (`Web Shop` for `web`) is told the id, and not read (nor told again that it is unknown)
            read = Suggest.typo(fixed, known);
            advice = "; did you mean `" + closest.get() + "`?";
        }
        String fault = what + " must be a kebab-case id (lowercase letters, digits and single hyphens), not `"
                + shortText(value) + "`";
        String site = siteWord(what, value, fixed);
        if (closest.isEmpty() && !fixed.isEmpty() && site.isEmpty()) {
            return Reading.readAs(fault, fixed);
        }
        return Reading.wrong(read, fault + advice + site);
    }

    /**
     * For a playbook's emotion or channel written with letters an id cannot hold ({@code
     * epävarmuus}): how the site can still show the word as written, since the id is also what
     * the site shows until its messages give it a word.
     */
    private static String siteWord(String what, String value, String fixed) {
        String vocabulary =
                switch (what) {
                    case "`emotions`", "`negative_emotions`" -> "emotion";
                    case "`channels`" -> "channel";
                    default -> "";
                };
        if (vocabulary.isEmpty() || fixed.isEmpty() || value.chars().allMatch(c -> c < 128)) {
            return "";
        }
        return "; the site can still show `" + shortText(value) + "`: add `vocab." + vocabulary + "." + fixed + "="
                + value + "` to the site's messages in the folder given as --site (messages_fi.properties for a"
                + " Finnish site, messages_en.properties for an English one)";
    }

    private Reading readReference(String key, String value) {
        if (Ids.isReference(value)) {
            return Reading.of(value);
        }
        String fixed = Ids.normalizeReference(value);
        String fault = "`" + key + "` must name a touchpoint as `touchpoint-id` or `journey-id/touchpoint-id`"
                + " (kebab-case), not `" + shortText(value) + "`"
                + (value.indexOf('/') != value.lastIndexOf('/')
                        ? ": one `/` at most, and a journey's id is its file's name without folders"
                        : "");
        return fixed.isEmpty() ? Reading.wrong(Optional.empty(), fault) : Reading.readAs(fault, fixed);
    }

    private Optional<String> oneOfValue(String key, List<String> allowed, ScalarNode value) {
        return reported(readOneOf(key, allowed, value.getValue()), value);
    }

    private Reading readOneOf(String key, List<String> allowed, String value) {
        if (allowed.contains(value)) {
            return Reading.of(value);
        }
        // a language is no typo of another (`fr` is not `fi`): the site speaks English or Finnish
        String suggestion = key.equals("locale")
                ? ""
                : finnishValue(key, value)
                        .map(v -> "; did you mean `" + v + "`?")
                        .orElseGet(() -> Suggest.didYouMean(value, allowed));
        // A long list (the rule ids) only buries a close suggestion.
        String set =
                allowed.size() > 6 && !suggestion.isEmpty() ? "a known " + key : "one of " + String.join(", ", allowed);
        return Reading.wrong(
                Optional.empty(), "`" + key + "` must be " + set + ", not `" + shortText(value) + "`" + suggestion);
    }

    private static Optional<String> urlProblem(String value) {
        int colon = value.indexOf(':');
        String scheme = colon > 0 ? value.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!JourneyFormat.URL_SCHEMES.contains(scheme)) {
            return Optional.of("must be an http, https or mailto address such as `https://example.com/dashboard`,"
                    + " not `" + shortText(value) + "`");
        }
        try {
            URI uri = new URI(value);
            if (!scheme.equals("mailto")
                    && (uri.getHost() == null || uri.getHost().isEmpty())) {
                return Optional.of(
                        "must name a host, as in `https://example.com/dashboard`, not `" + shortText(value) + "`");
            }
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid address (" + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "); encode spaces and special characters, as in `https://example.com/a%20b`");
        }
        return Optional.empty();
    }

    private <T> Located<T> located(String key, T value, Node at) {
        return new Located<>(value, keySpan(key), problems.at(at));
    }

    private String unknownKey(String name) {
        String suggestion = Suggest.didYouMean(name, shape.keys());
        if (!suggestion.isEmpty()) {
            return "unknown key `" + shortText(name) + "` in " + shape.name() + suggestion;
        }
        // waivers belong to a touchpoint or to the journey, not to what lies between
        String waivers = name.equals("waivers") && shape == JourneyFormat.STAGE
                ? " (a journey's own waivers go beside `stages:`, a touchpoint's under the touchpoint)"
                : "";
        return "unknown key `" + shortText(name) + "` in " + shape.name() + "; the keys are "
                + String.join(", ", shape.keys()) + waivers;
    }

    private String mustBe(String key, Kind kind, Node value) {
        return "`" + key + "` must be " + expected(key, kind) + ", not " + describe(value);
    }

    private String expected(String key, Kind kind) {
        Field field = shape.get(key);
        if (kind == Kind.ENUM) {
            return "one of " + String.join(", ", field.values());
        }
        if (kind == Kind.ENUM_LIST) {
            return "a list of " + String.join(", ", field.values());
        }
        if (kind == Kind.ID_LIST) {
            // the key's own ids, not emotions for `channels`
            return "a list of kebab-case ids such as `[" + example(field) + "]`";
        }
        if (kind == Kind.OBJECT_LIST) {
            return "a list of " + JourneyFormat.itemsOf(key).name() + "s, one `- "
                    + JourneyFormat.itemsOf(key).keys().get(0) + ": …` a line";
        }
        return kind.expected();
    }

    private String listHint(String key) {
        Field field = shape.get(key);
        return field.kind() == Kind.OBJECT_LIST ? "" : "; write e.g. `" + key + ": [" + example(field) + "]`";
    }

    private String itemExpected(String key) {
        Field field = shape.get(key);
        return switch (field.kind()) {
            case ID_LIST -> "a kebab-case id";
            case REFERENCE_LIST -> "a reference `touchpoint-id` or `journey-id/touchpoint-id`";
            case ENUM_LIST -> "one of " + String.join(", ", field.values());
            default -> "a text";
        };
    }

    /** {@code key:} with nothing, {@code ~} or {@code null} written plain: no value at all. */
    static boolean isNull(ScalarNode scalar) {
        if (!scalar.isPlain()) {
            return false;
        }
        String v = scalar.getValue();
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
    }

    static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode scalar) {
            if (isNull(scalar)) {
                return "an empty value";
            }
            return isBlank(scalar.getValue()) ? "an empty text" : "`" + shortText(scalar.getValue()) + "`";
        }
        return "this value";
    }

    static String shortText(String text) {
        String flat = text.replaceAll("\\s+", " ").replace('`', '\'');
        return flat.length() > 60 ? flat.substring(0, 57) + "…" : flat;
    }
}
