package io.journeyascode.diagram;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.api.ToolException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsRendererSafetyTest {

    private final String userDir = System.getProperty("user.dir");

    @TempDir
    Path checkout;

    @AfterEach
    void restore() {
        System.setProperty("user.dir", userDir);
    }

    @Test
    void refusesANativeLibraryPlantedInTheWorkingDirectory() throws Exception {
        Files.writeString(checkout.resolve("libj2v8_linux_x86_64.so"), "not a library");
        System.setProperty("user.dir", checkout.toString());
        assertThatThrownBy(JsRenderer::refuseLibrariesFromTheWorkingDirectory)
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("libj2v8_linux_x86_64.so")
                .hasMessageContaining("--engine dot");
    }

    @Test
    void refusesANativeLibraryPlantedInItsJniFolder() throws Exception {
        Files.createDirectories(checkout.resolve("jni"));
        Files.writeString(checkout.resolve("jni/libj2v8_linux_x86_64.so"), "not a library");
        System.setProperty("user.dir", checkout.toString());
        assertThatThrownBy(JsRenderer::refuseLibrariesFromTheWorkingDirectory).isInstanceOf(ToolException.class);
    }

    @Test
    void acceptsAnOrdinaryWorkingDirectory() throws Exception {
        Files.writeString(checkout.resolve("journey.yaml"), "title: x\n");
        System.setProperty("user.dir", checkout.toString());
        assertThatCode(JsRenderer::refuseLibrariesFromTheWorkingDirectory).doesNotThrowAnyException();
    }
}
