package io.journeyascode.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteCacheTest {

    private final List<String> log = new ArrayList<>();

    @Test
    void recordedEntriesAreReadBackByTheNextBuild(@TempDir Path dir) throws IOException {
        SiteCache first = SiteCache.open(dir, "g1", log::add);
        first.record("journeys/a.html", new SiteCache.Entry("k1", 10, 123456789L, 0xCAFEBABE));
        first.record("index.html", new SiteCache.Entry("k2", 0, 1, -1));
        first.commit();

        SiteCache second = SiteCache.open(dir, "g1", log::add);

        assertThat(second.size()).isEqualTo(2);
        assertThat(second.entry("journeys/a.html")).contains(new SiteCache.Entry("k1", 10, 123456789L, 0xCAFEBABE));
        assertThat(second.entry("index.html")).contains(new SiteCache.Entry("k2", 0, 1, -1));
        assertThat(log).isEmpty();
    }

    @Test
    void aMissingCacheIsEmptyWithoutComplaint(@TempDir Path dir) {
        assertThat(SiteCache.open(dir.resolve("none"), "g", log::add).isEmpty()).isTrue();
        assertThat(log).isEmpty();
    }

    @Test
    void aTruncatedManifestIsIgnored(@TempDir Path dir) throws IOException {
        writeTwoEntries(dir);
        Path file = dir.resolve(SiteCache.FILE);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 20));

        assertThat(SiteCache.open(dir, "g", log::add).isEmpty()).isTrue();
        assertThat(log).singleElement().asString().contains("Ignoring the build cache");
    }

    @Test
    void aManifestCutAtALineEndIsIgnored(@TempDir Path dir) throws IOException {
        writeTwoEntries(dir);
        Path file = dir.resolve(SiteCache.FILE);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.lastIndexOf("end\t")));

        assertThat(SiteCache.open(dir, "g", log::add).isEmpty()).isTrue();
    }

    @Test
    void anAlteredEntryIsIgnored(@TempDir Path dir) throws IOException {
        writeTwoEntries(dir);
        Path file = dir.resolve(SiteCache.FILE);
        Files.writeString(file, Files.readString(file).replace("\t10\t", "\t11\t"));

        assertThat(SiteCache.open(dir, "g", log::add).isEmpty()).isTrue();
    }

    @Test
    void anotherGlobalKeyInvalidatesEverything(@TempDir Path dir) throws IOException {
        writeTwoEntries(dir);

        assertThat(SiteCache.open(dir, "other templates", log::add).isEmpty()).isTrue();
    }

    @Test
    void invalidateRemovesTheManifest(@TempDir Path dir) throws IOException {
        writeTwoEntries(dir);
        SiteCache cache = SiteCache.open(dir, "g", log::add);

        cache.invalidate();

        assertThat(SiteCache.open(dir, "g", log::add).isEmpty()).isTrue();
        assertThat(log).isEmpty();
    }

    @Test
    void theCacheFolderIsASiblingOfTheOutputFolder(@TempDir Path dir) {
        assertThat(SiteCache.folderFor(dir.resolve("target/playbook"))).isEqualTo(dir.resolve("target/playbook.cache"));
    }

    @Test
    void keysSeparateTheirParts() {
        assertThat(ContentKey.of("x").add("ab").add("c").hex())
                .isNotEqualTo(ContentKey.of("x").add("a").add("bc").hex())
                .isEqualTo(ContentKey.of("x").add("ab").add("c").hex())
                .hasSize(64);
    }

    private void writeTwoEntries(Path dir) throws IOException {
        SiteCache cache = SiteCache.open(dir, "g", log::add);
        cache.record("a.html", new SiteCache.Entry("k1", 10, 5, 7));
        cache.record("b.html", new SiteCache.Entry("k2", 20, 6, 8));
        cache.commit();
    }
}
