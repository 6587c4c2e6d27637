package io.journeyascode.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings of {@code playbook.yaml} (SPEC §4) with defaults applied. {@code teams} and
 * {@code personas} are empty-and-undeclared when the file does not declare them: then any id is
 * accepted ({@link #teamsDeclared()}). {@code ruleSeverities} maps a rule id to its configured
 * level as written (error, warning, info or off), located for findings; it iterates in rule-id
 * order, so that everything made from it (the build cache's keys among them) is the same in every
 * run ({@code Map.copyOf} iterates in an order that changes from one JVM to the next).
 * {@code unreadVocabularies} names the lists ({@code channels}, {@code emotions},
 * {@code negative_emotions}) that playbook.yaml writes but that could not be read, all three
 * when the file itself could not be: their defaults stand in, but journeys are not checked
 * against them ({@link #checks}), since the playbook meant lists of its own; its finding says so.
 */
public record PlaybookConfig(
        String file,
        String title,
        String locale,
        Optional<String> brandPromise,
        List<String> emotions,
        List<String> negativeEmotions,
        List<String> channels,
        boolean teamsDeclared,
        List<Team> teams,
        boolean personasDeclared,
        List<Persona> personas,
        int measurementMaxAgeDays,
        Map<String, Located<String>> ruleSeverities,
        List<String> unreadVocabularies) {

    /** The vocabularies a playbook.yaml may declare, which journeys are checked against. */
    public static final List<String> VOCABULARIES = List.of("channels", "emotions", "negative_emotions");

    public static final String FILE_NAME = "playbook.yaml";
    public static final List<String> DEFAULT_EMOTIONS = List.of(
            "joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation", "relief", "calm");
    public static final List<String> DEFAULT_NEGATIVE_EMOTIONS = List.of("fear", "sadness", "disgust", "anger");
    public static final List<String> DEFAULT_CHANNELS = List.of(
            "web", "mobile", "email", "phone", "chat", "store", "social", "print", "mail", "partner", "word-of-mouth");
    public static final int DEFAULT_MEASUREMENT_MAX_AGE_DAYS = 90;

    public PlaybookConfig {
        emotions = List.copyOf(emotions);
        negativeEmotions = List.copyOf(negativeEmotions);
        channels = List.copyOf(channels);
        teams = List.copyOf(teams);
        personas = List.copyOf(personas);
        ruleSeverities = Collections.unmodifiableSortedMap(new TreeMap<>(ruleSeverities));
        unreadVocabularies = unreadVocabularies.stream().sorted().distinct().toList();
    }

    /** The defaults, for a playbook.yaml that could not be read: no journey is checked against its lists. */
    public static PlaybookConfig unreadable() {
        return defaults(VOCABULARIES);
    }

    /** Whether journeys are checked against the vocabulary ({@code channels}, {@code emotions}, {@code negative_emotions}). */
    public boolean checks(String vocabulary) {
        return !unreadVocabularies.contains(vocabulary);
    }

    /** The settings used when there is no playbook.yaml. */
    public static PlaybookConfig defaults() {
        return defaults(List.of());
    }

    private static PlaybookConfig defaults(List<String> unreadVocabularies) {
        return new PlaybookConfig(
                FILE_NAME,
                "CX playbook",
                "en",
                Optional.empty(),
                DEFAULT_EMOTIONS,
                DEFAULT_NEGATIVE_EMOTIONS,
                DEFAULT_CHANNELS,
                false,
                List.of(),
                false,
                List.of(),
                DEFAULT_MEASUREMENT_MAX_AGE_DAYS,
                Map.of(),
                unreadVocabularies);
    }

    /** The emotions that are not negative, in the playbook's order: the feelings a message may suggest. */
    public List<String> nonNegativeEmotions() {
        return emotions.stream().filter(this::isSuggestible).toList();
    }

    /** Whether a message may suggest {@code emotion}: one of the playbook's, and not negative. */
    public boolean isSuggestible(String emotion) {
        return emotions.contains(emotion) && !negativeEmotions.contains(emotion);
    }

    public Optional<Team> team(String id) {
        return teams.stream().filter(t -> t.id().value().equals(id)).findFirst();
    }

    public Optional<Persona> persona(String id) {
        return personas.stream().filter(p -> p.id().value().equals(id)).findFirst();
    }
}
