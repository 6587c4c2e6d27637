package io.journeyascode.rules;

import io.journeyascode.model.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The findings a fixture folder expects: {@code # expect: rule[@column], ...} comments in its
 * YAML files (on the line the finding points at), and the lines of a sidecar {@code expect.txt}
 * ({@code file:line: rule} or {@code file:line:column: rule}) for files that cannot hold
 * comments, such as measurements CSV files. Both render as {@code file:line: rule}, with the
 * column added where an expectation gives one, so a multiset of strings can be compared.
 */
record Expectations(List<String> lines, Set<String> withColumn) {

    static final String SIDECAR = "expect.txt";
    private static final Pattern COMMENT = Pattern.compile("#\\s*expect:\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile("([a-z0-9-]+)(?:@(\\d+))?");
    private static final Pattern SIDECAR_LINE = Pattern.compile("(.+?):(\\d+)(?::(\\d+))?:\\s*([a-z0-9-]+)");

    static Expectations read(Path dir) {
        List<String> lines = new ArrayList<>();
        Set<String> withColumn = new HashSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                if (name.equals(SIDECAR)) {
                    readSidecar(file, lines, withColumn);
                } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                    readComments(file, name, lines, withColumn);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Expectations(List.copyOf(lines), Set.copyOf(withColumn));
    }

    /** The findings rendered like the expectations, sorted. */
    List<String> render(List<Finding> findings) {
        return findings.stream()
                .map(f -> {
                    String lineKey = f.span().file() + ":" + f.span().line() + ": " + f.rule();
                    return withColumn.contains(lineKey)
                            ? f.span().file() + ":" + f.span().line() + ":"
                                    + f.span().column() + ": " + f.rule()
                            : lineKey;
                })
                .sorted()
                .toList();
    }

    List<String> sorted() {
        return lines.stream().sorted().toList();
    }

    boolean mentions(String rule) {
        return lines.stream().anyMatch(l -> l.endsWith(": " + rule));
    }

    private static void readComments(Path file, String name, List<String> lines, Set<String> withColumn)
            throws IOException {
        List<String> text = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < text.size(); i++) {
            Matcher comment = COMMENT.matcher(text.get(i));
            if (!comment.find()) {
                continue;
            }
            for (String item : comment.group(1).split(",")) {
                Matcher m = ITEM.matcher(item.trim());
                if (!m.matches()) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": bad expectation `" + item + "`");
                }
                add(name, i + 1, m.group(2), m.group(1), lines, withColumn);
            }
        }
    }

    private static void readSidecar(Path file, List<String> lines, Set<String> withColumn) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SIDECAR_LINE.matcher(line.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException(file + ": bad line `" + line + "`");
            }
            add(m.group(1), Integer.parseInt(m.group(2)), m.group(3), m.group(4), lines, withColumn);
        }
    }

    private static void add(
            String file, int line, String column, String rule, List<String> lines, Set<String> withColumn) {
        String lineKey = file + ":" + line + ": " + rule;
        if (column == null) {
            lines.add(lineKey);
        } else {
            withColumn.add(lineKey);
            lines.add(file + ":" + line + ":" + column + ": " + rule);
        }
    }
}
