package io.journeyascode.cli;

import io.journeyascode.load.JourneySchema;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code journey schema}: prints the JSON Schema of the journey file for editors. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the JSON Schema (draft 2020-12) of the journey file.",
            "Save it (journey schema > schema/journey.schema.json) and point your editor at it with a first"
                    + " line in each journey file: `# yaml-language-server: $schema=../schema/journey.schema.json`."
        })
final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(JourneySchema.json());
        return ExitCode.OK;
    }
}
