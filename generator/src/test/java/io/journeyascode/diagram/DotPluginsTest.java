package io.journeyascode.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin folders that killed builds leave behind are deleted by a later one, and nothing else. */
class DotPluginsTest {

    @TempDir
    Path tmp;

    @Test
    void aLaterRenderDeletesTheStaleFoldersOfKilledOnesAndNothingElse() throws Exception {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        FileTime old = FileTime.from(now.minus(DotPlugins.STALE).minusSeconds(60));
        Path target = Files.writeString(tmp.resolve("plugin.so"), "a plugin of the system's");
        Path stale = folder("journey-graphviz-123", old);
        Files.createSymbolicLink(stale.resolve("libgvplugin_core.so.6"), target);
        Files.writeString(stale.resolve("config6a"), "config");
        Files.setLastModifiedTime(stale, old);
        Path fresh = folder("journey-graphviz-456", FileTime.from(now.minusSeconds(5)));
        Path other = folder("journey-graphviz-root", old);
        Path file = Files.writeString(tmp.resolve("journey-graphviz-789"), "not a folder");
        Files.setLastModifiedTime(file, old);

        DotPlugins.sweep(tmp, Files.getOwner(tmp), now);

        assertThat(stale).doesNotExist();
        assertThat(target).hasContent("a plugin of the system's"); // links are deleted, not followed
        assertThat(fresh).isDirectory(); // may be a render running now
        assertThat(other).isDirectory(); // not a name this class gives
        assertThat(file).isRegularFile();
    }

    private Path folder(String name, FileTime time) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(name));
        Files.setLastModifiedTime(folder, time);
        return folder;
    }
}
