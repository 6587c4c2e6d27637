package io.journeyascode.load;

import io.journeyascode.model.Playbook;
import io.journeyascode.model.PlaybookConfig;
import java.nio.file.Path;
import java.util.List;

/** Reads a journeys folder (SPEC §3–§5) into the model; problems become findings. */
public final class PlaybookLoader {

    private PlaybookLoader() {}

    /**
     * Loads every journey file, playbook.yaml and the measurements under {@code dir}.
     *
     * @throws io.journeyascode.api.ToolException when the folder does not exist or cannot be read
     */
    public static LoadResult load(Path dir) {
        // TODO(loader): placeholder until the loader lands.
        return new LoadResult(new Playbook(PlaybookConfig.defaults(), List.of(), List.of()), List.of());
    }
}
