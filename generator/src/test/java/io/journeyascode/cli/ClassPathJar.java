package io.journeyascode.cli;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A jar that only names the test's class path in its manifest, for tests that start {@code java
 * -cp JAR JourneyCommand …}. With the class path itself on the command line (several KB under
 * Maven) Linux shows the JVM a cut command line, and {@link Launcher}, rightly, does not start a
 * second JVM: such a test would run in one JVM only.
 */
public final class ClassPathJar {

    private ClassPathJar() {}

    /**
     * The command line that runs {@code journey} with {@code jvmOptions} and {@code args} in a JVM
     * of its own, through a class-path jar written into {@code folder}.
     */
    public static List<String> javaCommand(Path folder, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", write(folder).toString(), JourneyCommand.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Writes the jar into {@code folder} and returns its path. */
    public static Path write(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.append(Path.of(entry).toUri()).append(' ');
        }
        main.put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
        Path jar = folder.resolve("classpath.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
