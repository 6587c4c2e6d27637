package io.journeyascode.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Journey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's rebuild cases change one journey's title, in its own corpus or in one of the user's. */
class TitleChangeTest {

    private static final String JOURNEY =
            """
            id: %s
            %s
            stages:
              - id: find
                phase: before
                touchpoints:
                  - id: search
                    channel: web
            """;

    @Test
    void changesTheTitleOfTheFirstJourneyWhoseTitleIsOnOneLineAndRestoresIt(@TempDir Path dir) throws IOException {
        write(dir, "a/first.yaml", "first", "title: >\n  Folded, on the next line");
        write(dir, "a/second.yaml", "second", "title: 'Say \"hi\" to C:\\path' # a comment");
        write(dir, "b/third.yaml", "third", "title: Third");
        String before = Files.readString(dir.resolve("a/second.yaml"));

        TitleChange change = TitleChange.find(dir).orElseThrow();
        change.write("rev 1");

        assertThat(change.relative(dir)).isEqualTo(Path.of("a", "second.yaml").toString());
        Map<String, String> titles = titles(PlaybookLoader.load(dir));
        assertThat(titles)
                .containsEntry("second", "Say \"hi\" to C:\\path rev 1")
                .containsEntry("first", "Folded, on the next line\n")
                .containsEntry("third", "Third");
        change.restore();
        assertThat(Files.readString(dir.resolve("a/second.yaml"))).isEqualTo(before);
    }

    @Test
    void aJourneyFileNamedFirstIsChangedInstead(@TempDir Path dir) throws IOException {
        write(dir, "a.yaml", "a", "title: A");
        write(dir, "b.yaml", "b", "title: B");
        write(dir, "c.yaml", "c", "title: |\n  C");

        assertThat(TitleChange.find(dir, "b.yaml").orElseThrow().relative(dir)).isEqualTo("b.yaml");
        assertThat(TitleChange.find(dir, "c.yaml").orElseThrow().relative(dir)).isEqualTo("a.yaml");
    }

    @Test
    void findsNoneWhenNoTitleIsOnOneLine(@TempDir Path dir) throws IOException {
        write(dir, "only.yaml", "only", "title: |\n  Literal");

        assertThat(TitleChange.find(dir)).isEqualTo(Optional.empty());
    }

    @Test
    void changesTheGeneratedCorpusWithoutFindings(@TempDir Path dir) throws IOException {
        new CorpusGenerator(CorpusGenerator.DEFAULT_SEED).write(dir, 3);
        Map<String, String> before = titles(PlaybookLoader.load(dir));

        TitleChange change = TitleChange.find(dir).orElseThrow();
        change.write("watch 7");
        LoadResult after = PlaybookLoader.load(dir);

        assertThat(after.findings()).isEmpty();
        Map<String, String> titles = titles(after);
        assertThat(titles.entrySet())
                .filteredOn(e -> !e.getValue().equals(before.get(e.getKey())))
                .singleElement()
                .satisfies(e -> assertThat(e.getValue()).isEqualTo(before.get(e.getKey()) + " watch 7"));
    }

    private static void write(Path dir, String file, String id, String title) throws IOException {
        Path path = dir.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, JOURNEY.formatted(id, title), StandardCharsets.UTF_8);
    }

    private static Map<String, String> titles(LoadResult loaded) {
        return loaded.playbook().journeys().stream()
                .collect(Collectors.toMap(
                        j -> j.id().value(), (Journey j) -> j.title().value()));
    }
}
