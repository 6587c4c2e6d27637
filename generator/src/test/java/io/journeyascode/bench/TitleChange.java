package io.journeyascode.bench;

import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.Journey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A journey whose title the rebuild cases change: the first journey file whose {@code title:} is a
 * one-line scalar at the top level, by path, or a file named by the caller. {@link #write} replaces that line by a
 * double-quoted title with a suffix, which changes the journey's pages and every listing of it.
 */
record TitleChange(Path file, String original, int line, String title) {

    static Optional<TitleChange> find(Path corpus) throws IOException {
        return find(corpus, null);
    }

    /** As {@link #find(Path)}, trying the journey file {@code first} (a path in the corpus) first. */
    static Optional<TitleChange> find(Path corpus, String first) throws IOException {
        List<Journey> journeys =
                new ArrayList<>(PlaybookLoader.load(corpus).playbook().journeys());
        journeys.sort(
                Comparator.comparing((Journey j) -> !j.file().equals(first)).thenComparing(Journey::file));
        for (Journey journey : journeys) {
            Path file = corpus.resolve(journey.file());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = text.lines().toList();
            int line = journey.title().keySpan().line() - 1;
            boolean oneLine = line >= 0
                    && line < lines.size()
                    && lines.get(line).matches("title:\\s*[^|>\\s].*")
                    && (line + 1 == lines.size() || !lines.get(line + 1).matches("\\s+\\S.*"));
            if (oneLine) {
                return Optional.of(
                        new TitleChange(file, text, line, journey.title().value()));
            }
        }
        return Optional.empty();
    }

    /** Writes the file with the title followed by {@code suffix}. */
    void write(String suffix) throws IOException {
        String[] lines = original.split("\n", -1);
        lines[line] = "title: \"" + (title + " " + suffix).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    }

    void restore() throws IOException {
        Files.writeString(file, original, StandardCharsets.UTF_8);
    }

    String relative(Path corpus) {
        return corpus.relativize(file).toString();
    }
}
