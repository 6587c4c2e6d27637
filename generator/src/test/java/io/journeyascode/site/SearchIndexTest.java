package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.journeyascode.bench.CorpusGenerator;
import io.journeyascode.load.LoadResult;
import io.journeyascode.load.PlaybookLoader;
import io.journeyascode.model.PlaybookIndex;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index: Jackson's JSON of the entries, whether or not journeys' parts come from the last build. */
class SearchIndexTest {

    /** A title in YAML's double-quoted style, and what it says. */
    private static final String TRICKY_YAML = "Quote \\\" back\\\\slash, tab\\t, ä, 😀, </script>";

    private static final String TRICKY = "Quote \" back\\slash, tab\t, ä, 😀, </script>";

    @TempDir
    Path journeys;

    private final CorpusGenerator corpus = new CorpusGenerator(CorpusGenerator.DEFAULT_SEED);
    private final Messages msg = Messages.load("en", Optional.empty());

    @BeforeEach
    void corpus() throws IOException {
        corpus.write(journeys, 6);
        Path file = journeys.resolve(corpus.journeyFile(1));
        Files.writeString(
                file,
                Files.readString(file)
                        .replaceFirst(
                                "(?m)^title: \".*\"$",
                                java.util.regex.Matcher.quoteReplacement("title: \"" + TRICKY_YAML + "\""))
                        .replaceFirst(
                                "(?m)^summary: .*$",
                                java.util.regex.Matcher.quoteReplacement(
                                        "summary: \"" + TRICKY_YAML + " in the summary\"")));
    }

    @Test
    void theIndexIsWhatJacksonWritesForItsEntries() throws IOException {
        Catalog catalog = catalog(PlaybookLoader.load(journeys));

        String json = SearchIndex.json(catalog, msg, new SearchIndex.Memo());

        assertThat(entries(catalog, msg))
                .filteredOn(e -> e.kind().equals("Journey"))
                .extracting(SearchIndex.Entry::title)
                .contains(TRICKY);
        assertThat(json).isEqualTo(jackson(entries(catalog, msg)));
    }

    @Test
    void aTouchpointNamesItsJourneyApartFromItsOwnText() throws IOException {
        Catalog catalog = catalog(PlaybookLoader.load(journeys));
        io.journeyascode.model.Journey journey = catalog.journeys.get(0);

        List<SearchIndex.Entry> entries = SearchIndex.entries(journey, catalog, msg);

        assertThat(entries.get(0).journey()).isEmpty();
        assertThat(entries.subList(1, entries.size())).isNotEmpty().allSatisfy(e -> {
            assertThat(e.journey()).contains(journey.title().value());
            assertThat(e.text()).doesNotContain(journey.title().value());
        });
        assertThat(SearchIndex.teamsAndChannels(catalog, msg))
                .allSatisfy(e -> assertThat(e.journey()).isEmpty());
    }

    @Test
    void partsKeptFromTheLastBuildGiveTheSameIndexAsMadeAfresh() throws IOException {
        SearchIndex.Memo memo = new SearchIndex.Memo();
        LoadResult first = PlaybookLoader.load(journeys);
        SearchIndex.json(catalog(first), msg, memo);

        // The same journey objects (unchanged files), one journey changed, then other team names.
        Catalog same = catalog(first);
        assertThat(SearchIndex.json(same, msg, memo)).isEqualTo(jackson(entries(same, msg)));
        Path file = journeys.resolve(corpus.journeyFile(2));
        Files.writeString(file, Files.readString(file).replaceFirst("(?m)^title: \"", "title: \"Renamed "));
        LoadResult changed = PlaybookLoader.load(journeys);
        Catalog withChange = catalog(new LoadResult(
                new io.journeyascode.model.Playbook(
                        changed.playbook().config(),
                        mixed(first, changed),
                        changed.playbook().measurements()),
                changed.findings()));
        String json = SearchIndex.json(withChange, msg, memo);
        assertThat(json).isEqualTo(jackson(entries(withChange, msg))).contains("Renamed ");
        Messages finnish = Messages.load("fi", Optional.empty());
        assertThat(SearchIndex.json(withChange, finnish, memo)).isEqualTo(jackson(entries(withChange, finnish)));
    }

    /** The journeys of {@code first}, but the changed one from {@code changed}: as a watch's loader gives them. */
    private static List<io.journeyascode.model.Journey> mixed(LoadResult first, LoadResult changed) {
        List<io.journeyascode.model.Journey> before = first.playbook().journeys();
        List<io.journeyascode.model.Journey> after = changed.playbook().journeys();
        return java.util.stream.IntStream.range(0, after.size())
                .mapToObj(i -> after.get(i).equals(before.get(i)) ? before.get(i) : after.get(i))
                .toList();
    }

    /** Every entry of the index, in order: each journey's, then the teams' and channels'. */
    private static List<SearchIndex.Entry> entries(Catalog catalog, Messages msg) {
        List<SearchIndex.Entry> all = new java.util.ArrayList<>();
        catalog.journeys.forEach(journey -> all.addAll(SearchIndex.entries(journey, catalog, msg)));
        all.addAll(SearchIndex.teamsAndChannels(catalog, msg));
        return all;
    }

    private static Catalog catalog(LoadResult loaded) {
        return new Catalog(new PlaybookIndex(loaded.playbook()), loaded.findings(), Paging.PAGE_ROWS);
    }

    /** The index as the generator wrote it with Jackson's streaming generator, one entry a line. */
    private static String jackson(List<SearchIndex.Entry> entries) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.writeStartArray();
            for (SearchIndex.Entry e : entries) {
                json.writeRaw('\n');
                json.writeStartObject();
                json.writeStringField("title", e.title());
                json.writeStringField("kind", e.kind());
                json.writeStringField("url", e.url());
                if (e.journey().isPresent()) {
                    json.writeStringField("journey", e.journey().get());
                }
                json.writeStringField("text", e.text());
                json.writeEndObject();
            }
            json.writeRaw('\n');
            json.writeEndArray();
        }
        return out + "\n";
    }
}
