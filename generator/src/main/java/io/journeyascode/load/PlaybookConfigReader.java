package io.journeyascode.load;

import io.journeyascode.model.Located;
import io.journeyascode.model.Persona;
import io.journeyascode.model.PlaybookConfig;
import io.journeyascode.model.RuleIds;
import io.journeyascode.model.Team;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads playbook.yaml (SPEC §4); what is missing or unusable keeps its default. */
final class PlaybookConfigReader {

    private PlaybookConfigReader() {}

    static PlaybookConfig read(Node root, Problems problems) {
        PlaybookConfig defaults = PlaybookConfig.defaults();
        Optional<Mapping> opened = Mapping.of(root, JourneyFormat.PLAYBOOK, problems);
        if (opened.isEmpty()) {
            return PlaybookConfig.unreadable();
        }
        Mapping m = opened.get();
        // teams or personas written but not as a list are that list's finding, and not declared:
        // every journey's owner would be told it is none of them
        Optional<List<Team>> teamList = declared(
                m,
                "teams",
                "team",
                "name: …, contact: …",
                JourneyFormat.TEAM,
                PlaybookConfigReader::team,
                id -> new Team(id, id.value(), Optional.empty()),
                problems);
        Optional<List<Persona>> personaList = declared(
                m,
                "personas",
                "persona",
                "name: …",
                JourneyFormat.PERSONA,
                PlaybookConfigReader::persona,
                id -> new Persona(id, id.value(), Optional.empty()),
                problems);
        List<Team> teams = teamList.orElse(List.of());
        List<Persona> personas = personaList.orElse(List.of());
        repeatedIds("team", teams.stream().map(Team::id).toList(), problems);
        repeatedIds("persona", personas.stream().map(Persona::id).toList(), problems);
        Optional<List<Located<String>>> emotions = vocabulary(m, "emotions", problems);
        Optional<List<Located<String>>> negative = vocabulary(m, "negative_emotions", problems);
        List<String> allEmotions = values(emotions).orElse(defaults.emotions());
        Optional<List<Located<String>>> channels = vocabulary(m, "channels", problems);
        List<String> unread = new ArrayList<>();
        Map.of("channels", channels, "emotions", emotions, "negative_emotions", negative)
                .forEach((key, list) -> {
                    if (m.has(key) && list.isEmpty()) {
                        unread.add(key);
                    }
                });
        for (Located<String> e : negative.orElse(List.of())) {
            if (!allEmotions.contains(e.value()) && !unread.contains("emotions")) {
                problems.warning(
                        RuleIds.SCHEMA,
                        e.span(),
                        "`negative_emotions` names `" + e.value() + "`, which is not in `emotions`; add it there"
                                + " or remove it here" + Suggest.didYouMean(e.value(), allEmotions));
            }
        }
        return new PlaybookConfig(
                problems.file(),
                m.text("title").map(Located::value).orElse(defaults.title()),
                m.oneOf("locale").map(Located::value).orElse(defaults.locale()),
                m.text("brand_promise").map(Located::value),
                allEmotions,
                values(negative).orElse(defaults.negativeEmotions()),
                values(channels).orElse(defaults.channels()),
                teamList.isPresent(),
                teams,
                personaList.isPresent(),
                personas,
                m.positiveInteger("measurement_max_age_days")
                        .map(Located::value)
                        .orElse(defaults.measurementMaxAgeDays()),
                m.node("rules").map(n -> severities(n, problems)).orElse(Map.of()),
                unread);
    }

    /**
     * A list of ids that every journey is checked against. One written without brackets is
     * reported, with the list it stands for, but keeps the default: taking `channels: web` as
     * [web] would make every other channel of every journey a finding of its own.
     */
    private static Optional<List<Located<String>>> vocabulary(Mapping m, String key, Problems problems) {
        Optional<List<Located<String>>> list = m.idList(key);
        // a word listed twice is a slip (two lines merged, a copy): said, as a repeated team is
        Map<String, Located<String>> first = new java.util.HashMap<>();
        for (Located<String> item : list.orElse(List.of())) {
            Located<String> before = first.putIfAbsent(item.value(), item);
            if (before != null) {
                problems.warning(
                        RuleIds.SCHEMA,
                        item.span(),
                        "`" + key + "` lists `" + item.value() + "` twice (also at line "
                                + before.span().line() + "); remove one");
            }
        }
        return m.node(key).filter(n -> n instanceof SequenceNode).isPresent() ? list : Optional.empty();
    }

    /**
     * The teams or personas {@code key} declares, each read from its mapping ({@code read}) or, an
     * id written alone, from its id ({@code bare}); empty when the key is absent or not a list.
     */
    private static <T> Optional<List<T>> declared(
            Mapping m,
            String key,
            String what,
            String more,
            JourneyFormat.Shape shape,
            java.util.function.Function<Mapping, Optional<T>> read,
            java.util.function.Function<Located<String>, T> bare,
            Problems problems) {
        Optional<List<Node>> items = m.items(key);
        List<T> declared = new ArrayList<>();
        bareIds(items.orElse(List.of()), key, what, more, problems);
        for (Node item : items.orElse(List.of())) {
            if (isBareId(item)) {
                declared.add(bare.apply(bareId(item, problems)));
            } else {
                Mapping.of(item, shape, problems).flatMap(read).ifPresent(declared::add);
            }
        }
        return items.map(i -> declared);
    }

    /**
     * Ids written alone where a team or persona is a mapping ({@code teams: [marketing, finance]}):
     * one finding for them all, at the first; each is still declared, by its id alone, so that
     * the journeys naming them are not told that they are undeclared.
     */
    private static void bareIds(List<Node> items, String key, String what, String more, Problems problems) {
        List<String> ids = items.stream()
                .filter(PlaybookConfigReader::isBareId)
                .map(n -> ((ScalarNode) n).getValue())
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        Node first = items.stream()
                .filter(PlaybookConfigReader::isBareId)
                .findFirst()
                .orElseThrow();
        problems.schema(
                problems.at(first),
                "a " + what + " in `" + key + "` is a mapping with its `id` and `name`, not an id alone; write `- {id: "
                        + ids.get(0) + ", " + more + "}`"
                        + (ids.size() > 1 ? " for each of " + String.join(", ", ids) : ""));
    }

    private static boolean isBareId(Node node) {
        return node instanceof ScalarNode scalar && Ids.isId(scalar.getValue());
    }

    private static Located<String> bareId(Node node, Problems problems) {
        return new Located<>(((ScalarNode) node).getValue(), problems.at(node), problems.at(node));
    }

    private static Optional<Team> team(Mapping m) {
        Optional<Located<String>> id = m.require("id") ? m.id("id") : Optional.empty();
        Optional<String> name = m.text("name").map(Located::value);
        Optional<String> contact = m.text("contact").map(Located::value);
        return id.map(i -> new Team(i, name.orElse(i.value()), contact));
    }

    private static Optional<Persona> persona(Mapping m) {
        Optional<Located<String>> id = m.require("id") ? m.id("id") : Optional.empty();
        Optional<String> name = m.text("name").map(Located::value);
        Optional<String> description = m.markdown("description").map(Located::value);
        return id.map(i -> new Persona(i, name.orElse(i.value()), description));
    }

    /**
     * Why a rule may not take a level: see {@link RuleIds#ALWAYS_ERRORS}; and with {@code schema}
     * off, mistakes in this very file would pass unseen.
     */
    private static Optional<String> refused(String rule, String level) {
        if (RuleIds.ALWAYS_ERRORS.contains(rule) && !level.equals("error")) {
            return Optional.of("`" + rule + "` is always an error (what it finds drops out of the site or overwrites"
                    + " another page); remove this line and fix the files it names");
        }
        if (rule.equals(RuleIds.SCHEMA) && level.equals("off")) {
            return Optional.of("`schema` cannot be off (it checks this file too); write `schema: warning` to let"
                    + " the build go on, or fix what it names");
        }
        return Optional.empty();
    }

    private static Map<String, Located<String>> severities(Node node, Problems problems) {
        Map<String, Located<String>> levels = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            problems.schema(
                    problems.at(node),
                    "`rules` must be a mapping of rule id to error, warning, info or off, not " + Mapping.describe(node)
                            + "; write e.g. `rules: {single-channel: off}`");
            return levels;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue; // reported by YamlDocument
            }
            String rule = key.getValue();
            if (!RuleIds.ALL.contains(rule)) {
                problems.schema(
                        problems.at(key),
                        "unknown rule `" + Mapping.shortText(rule) + "` in `rules`"
                                + orList(Suggest.didYouMean(rule, RuleIds.ALL), RuleIds.ALL));
                continue;
            }
            Node value = tuple.getValueNode();
            if (value instanceof ScalarNode level
                    && !Mapping.isNull(level)
                    && JourneyFormat.LEVELS.contains(level.getValue())) {
                Optional<String> refused = refused(rule, level.getValue());
                if (refused.isPresent()) {
                    problems.schema(problems.at(level), refused.get());
                    continue;
                }
                levels.putIfAbsent(rule, new Located<>(level.getValue(), problems.at(key), problems.at(level)));
                continue;
            }
            String written = value instanceof ScalarNode s ? s.getValue() : "";
            problems.schema(
                    problems.at(value),
                    "the level of `" + rule + "` must be one of error, warning, info, off, not "
                            + Mapping.describe(value) + Suggest.didYouMean(written, JourneyFormat.LEVELS));
        }
        return levels;
    }

    private static String orList(String suggestion, List<String> all) {
        return suggestion.isEmpty() ? "; the rules are " + String.join(", ", all) : suggestion;
    }

    /** A team or persona id declared twice: the second is an error (which name would a page show?). */
    private static void repeatedIds(String what, List<Located<String>> ids, Problems problems) {
        Map<String, Located<String>> first = new java.util.HashMap<>();
        for (Located<String> id : ids) {
            Located<String> earlier = first.putIfAbsent(id.value(), id);
            if (earlier != null) {
                problems.schema(
                        id.span(),
                        "the " + what + " `" + id.value() + "` is declared twice (first at line "
                                + earlier.span().line() + "); remove one or give it another id");
            }
        }
    }

    private static Optional<List<String>> values(Optional<List<Located<String>>> list) {
        return list.map(l -> l.stream().map(Located::value).distinct().toList());
    }
}
