package io.journeyascode.diff;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Blobs read through the git command line, in one {@code git cat-file --batch} process: JGit
 * reads only the objects a repository holds, while git fetches those a partial clone left out
 * ({@code --filter=blob:none}) from its promisor remote as they are asked for.
 */
final class GitCatFile {

    /** A blob to write into a file; {@code path} names it in messages. */
    record Blob(ObjectId id, String path, Path file) {}

    /** git could not be started: {@code reason} says why, in words. */
    static final class NotRunnable extends Exception {
        NotRunnable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** git ran but did not give a blob: the message is one line, git's own reason when it gave one. */
    static final class Failed extends Exception {
        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int MAX_STDERR = 16 * 1024;

    /** How long git may take for all the files, fetching included. */
    static final long TIME_LIMIT_SECONDS = 300;

    private GitCatFile() {}

    /**
     * Writes every blob into its file.
     *
     * @param git the git command (a name on the PATH, or a path)
     * @param gitDir the repository's git folder, as JGit found it
     */
    static void write(String git, File gitDir, List<Blob> blobs) throws NotRunnable, Failed {
        write(git, gitDir, blobs, TIME_LIMIT_SECONDS);
    }

    /** {@link #write(String, File, List)} with another time limit, in seconds. */
    static void write(String git, File gitDir, List<Blob> blobs, long timeLimitSeconds) throws NotRunnable, Failed {
        // ext:: remotes run a command of the remote URL's choosing: never, whatever the config says
        ProcessBuilder builder = new ProcessBuilder(
                git, "-c", "protocol.ext.allow=never", "--git-dir=" + gitDir.getAbsolutePath(), "cat-file", "--batch");
        // a fetch that needs a password fails at once instead of waiting for one nobody types
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new NotRunnable(String.valueOf(e.getMessage()), e);
        }
        // a fetch that stalls (git sets no time limit of its own) is stopped, not waited for
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        Thread watchdog = new Thread(
                () -> {
                    try {
                        if (!process.waitFor(timeLimitSeconds, TimeUnit.SECONDS)) {
                            late.set(true);
                            process.destroyForcibly();
                        }
                    } catch (InterruptedException e) {
                        process.destroyForcibly();
                    }
                },
                "journey-git-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread errors = new Thread(() -> drain(process.getErrorStream(), stderr), "journey-git-stderr");
        errors.setDaemon(true);
        errors.start();
        try {
            // one request at a time: git answers each before it reads the next, so no pipe fills up
            OutputStream stdin = process.getOutputStream();
            InputStream stdout = new BufferedInputStream(process.getInputStream());
            for (Blob blob : blobs) {
                stdin.write((blob.id().name() + "\n").getBytes(StandardCharsets.US_ASCII));
                stdin.flush();
                copy(stdout, blob, stderr, process, errors);
            }
            stdin.close();
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | Failed e) {
            if (late.get()) {
                throw new Failed("git gave no files within " + timeLimitSeconds + " s, and was stopped", e);
            }
            if (e instanceof Failed failed) {
                throw failed;
            }
            throw new Failed(reason(stderr, process, errors, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("interrupted while git read the files", e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Reads git's answer for one blob: {@code <id> blob <size>}, the bytes, a line break. */
    private static void copy(
            InputStream stdout, Blob blob, ByteArrayOutputStream stderr, Process process, Thread errors)
            throws IOException, Failed {
        String header = line(stdout);
        String[] words = header == null ? new String[0] : header.split(" ");
        if (words.length != 3 || !words[0].equals(blob.id().name()) || !words[1].equals("blob")) {
            String answer = header == null ? "no answer" : "the answer `" + header + "`";
            throw new Failed(reason(stderr, process, errors, answer + " for " + blob.path()), null);
        }
        long size = Long.parseLong(words[2]);
        try (OutputStream out = Files.newOutputStream(blob.file())) {
            byte[] buffer = new byte[8192];
            long left = size;
            while (left > 0) {
                int n = stdout.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("git's output ended inside " + blob.path());
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
        if (stdout.read() != '\n') {
            throw new IOException("git's output for " + blob.path() + " did not end with a line break");
        }
    }

    /** A line of ASCII without its line break; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                return sb.length() == 0 ? null : sb.toString();
            }
            if (sb.length() < 200) {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /**
     * Why git failed, in one line: the first {@code fatal:} or {@code error:} line it wrote (the
     * cause, such as an unreachable remote; later lines repeat the consequence), else {@code fallback}.
     */
    private static String reason(ByteArrayOutputStream stderr, Process process, Thread errors, String fallback) {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // git has gone already
        }
        try {
            process.waitFor(10, TimeUnit.SECONDS);
            errors.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String text;
        synchronized (stderr) {
            text = stderr.toString(StandardCharsets.UTF_8);
        }
        return text.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("fatal:") || l.startsWith("error:"))
                .findFirst()
                .map(l -> l.replaceAll("\\p{Cntrl}", " "))
                .orElse(fallback);
    }

    private static void drain(InputStream in, ByteArrayOutputStream into) {
        byte[] buffer = new byte[4096];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (into) {
                    if (into.size() < MAX_STDERR) {
                        into.write(buffer, 0, Math.min(n, MAX_STDERR - into.size()));
                    }
                }
            }
        } catch (IOException e) {
            // git has gone: nothing more to read
        }
    }
}
