package io.journeyascode.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.journeyascode.api.ToolException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The FreeMarker configuration, made once per build and shared by all rendering threads: HTML
 * output format (auto-escaping) everywhere, the user's template folder before the built-in
 * templates, no {@code ?new}/{@code ?api}, errors thrown rather than printed into pages.
 */
public final class Templates {

    /** One template per page kind; {@code layout.ftlh} holds the shared macros. */
    public static final List<String> PAGE_TEMPLATES = List.of(
            "index.ftlh",
            "journey.ftlh",
            "touchpoint.ftlh",
            "team.ftlh",
            "channel.ftlh",
            "findings.ftlh",
            "rules.ftlh",
            "page.ftlh",
            "search.ftlh");

    static {
        // FreeMarker's own log only repeats what the exceptions we throw already say.
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none");
        }
    }

    private final Configuration configuration;

    public Templates(Optional<Path> userTemplates, Locale locale) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setObjectWrapper(new RecordObjectWrapper());
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(locale);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setLocalizedLookup(false);
        // Templates do not change during a build: never re-check their files.
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setTemplateLoader(loader(userTemplates));
        this.configuration = cfg;
        // Parse every template once, up front: a broken user template fails before any writing.
        for (String name : PAGE_TEMPLATES) {
            template(name);
        }
    }

    private static TemplateLoader loader(Optional<Path> userTemplates) {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(Templates.class, "/io/journeyascode/templates");
        if (userTemplates.isEmpty()) {
            return builtIn;
        }
        Path dir = userTemplates.get();
        if (!Files.isDirectory(dir)) {
            throw new ToolException("The templates folder " + dir + " does not exist; give an existing folder.");
        }
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(dir.toFile()), builtIn});
        } catch (IOException e) {
            throw new ToolException("Cannot read the templates folder " + dir + ": " + e.getMessage() + ".", e);
        }
    }

    private Template template(String name) {
        try {
            return configuration.getTemplate(name);
        } catch (IOException e) {
            throw new ToolException("Cannot load template " + name + ": " + oneLine(e.getMessage()), e);
        }
    }

    /**
     * A map of texts as a model that every page can share: its values are wrapped once here, not
     * on every access of every page. Read-only, so safe for all rendering threads.
     */
    public Object texts(Map<String, String> texts) {
        SimpleHash hash = new SimpleHash(configuration.getObjectWrapper());
        texts.forEach((key, value) -> hash.put(key, new SimpleScalar(value)));
        return hash;
    }

    /** Renders one page; the data model is {@code layout}, {@code msg} and {@code view}. */
    public String render(String templateName, Map<String, Object> model) {
        StringWriter out = new StringWriter(16 * 1024);
        render(templateName, model, out);
        return out.toString();
    }

    /** Renders one page straight to UTF-8 bytes (no intermediate String: pages are many and large). */
    public byte[] renderBytes(String templateName, Map<String, Object> model) {
        // FreeMarker writes a page as thousands of small strings: an OutputStreamWriter wraps each
        // in a CharBuffer and encodes it on its own, so the text is collected in this thread's
        // reused buffer first and encoded once, straight from the buffer.
        TextBuffer out = BUFFER.get();
        out.length = 0;
        render(templateName, model, out);
        byte[] bytes = out.utf8();
        if (out.chars.length > MAX_KEPT_BUFFER) {
            BUFFER.remove();
        }
        return bytes;
    }

    private static final int MAX_KEPT_BUFFER = 1 << 20;

    private static final ThreadLocal<TextBuffer> BUFFER = ThreadLocal.withInitial(TextBuffer::new);

    /** A Writer into a growing char array, encoded to UTF-8 at the end without a String between. */
    static final class TextBuffer extends Writer {
        char[] chars = new char[64 * 1024];
        int length;

        private void ensure(int more) {
            int needed = length + more;
            if (needed > chars.length) {
                chars = java.util.Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
            }
        }

        @Override
        public void write(int c) {
            ensure(1);
            chars[length++] = (char) c;
        }

        @Override
        public void write(char[] source, int offset, int count) {
            ensure(count);
            System.arraycopy(source, offset, chars, length, count);
            length += count;
        }

        @Override
        public void write(String str) {
            int count = str.length();
            ensure(count);
            str.getChars(0, count, chars, length);
            length += count;
        }

        @Override
        public void write(String str, int offset, int count) {
            ensure(count);
            str.getChars(offset, offset + count, chars, length);
            length += count;
        }

        @Override
        public Writer append(CharSequence text) {
            String str = String.valueOf(text);
            write(str);
            return this;
        }

        @Override
        public Writer append(CharSequence text, int start, int end) {
            write(String.valueOf(text).substring(start, end));
            return this;
        }

        @Override
        public Writer append(char c) {
            write(c);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        /**
         * The text as UTF-8, as {@code String.getBytes(UTF_8)} encodes it (a lone surrogate
         * becomes {@code ?}).
         */
        byte[] utf8() {
            char[] in = chars;
            int n = length;
            int size = n;
            for (int i = 0; i < n; i++) {
                char c = in[i];
                if (c >= 0x80) {
                    size += utf8Extra(in, i, n);
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                        i++;
                    }
                }
            }
            byte[] out = new byte[size];
            int o = 0;
            for (int i = 0; i < n; i++) {
                char c = in[i];
                if (c < 0x80) {
                    out[o++] = (byte) c;
                } else if (c < 0x800) {
                    out[o++] = (byte) (0xc0 | (c >> 6));
                    out[o++] = (byte) (0x80 | (c & 0x3f));
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                        int cp = Character.toCodePoint(c, in[++i]);
                        out[o++] = (byte) (0xf0 | (cp >> 18));
                        out[o++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                        out[o++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                        out[o++] = (byte) (0x80 | (cp & 0x3f));
                    } else {
                        out[o++] = '?';
                    }
                } else {
                    out[o++] = (byte) (0xe0 | (c >> 12));
                    out[o++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    out[o++] = (byte) (0x80 | (c & 0x3f));
                }
            }
            return out;
        }

        /** How many bytes more than one the character at {@code i} (not ASCII) takes. */
        private static int utf8Extra(char[] in, int i, int n) {
            char c = in[i];
            if (c < 0x800) {
                return 1;
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in[i + 1])) {
                    return 2; // four bytes for two chars
                }
                return 0; // '?'
            }
            return 2;
        }
    }

    public void render(String templateName, Map<String, Object> model, Writer out) {
        try {
            template(templateName).process(model, out);
        } catch (TemplateException | IOException e) {
            throw new ToolException("Template " + templateName + " failed: " + oneLine(e.getMessage()), e);
        }
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error.";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.endsWith(".") ? first : first + ".";
    }
}
