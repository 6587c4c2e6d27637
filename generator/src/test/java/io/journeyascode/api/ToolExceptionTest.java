package io.journeyascode.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.junit.jupiter.api.Test;

/** A failed file operation says why, not only which file (the JDK's message is often the path alone). */
class ToolExceptionTest {

    @Test
    void namesTheReasonOfAFileSystemFailure() {
        assertThat(ToolException.reason(new AccessDeniedException("js/unread.yaml")))
                .isEqualTo("permission denied");
        assertThat(ToolException.reason(new NoSuchFileException("gone.yaml"))).isEqualTo("it does not exist");
        assertThat(ToolException.reason(new NotDirectoryException("afile"))).isEqualTo("it is not a folder");
        assertThat(ToolException.reason(new FileSystemException("out", null, "Read-only file system")))
                .isEqualTo("read-only file system");
        assertThat(ToolException.reason(new FileSystemException("out"))).contains("FileSystemException");
        assertThat(ToolException.reason(new IOException("Stream closed"))).isEqualTo("Stream closed");
    }
}
