package io.journeyascode.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import io.journeyascode.api.ToolException;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
        // and the shared macros every page imports: a slip in them is then named once, not with
        // whichever page the threads happened to render first
        template("layout.ftlh");
    }

    private static TemplateLoader loader(Optional<Path> userTemplates) {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(Templates.class, "/io/journeyascode/templates");
        if (userTemplates.isEmpty()) {
            return builtIn;
        }
        Path dir = userTemplates.get();
        SiteFiles.requireFolder(dir, "templates", "your templates");
        try {
            return new MultiTemplateLoader(new TemplateLoader[] {new StrictFileLoader(dir), builtIn});
        } catch (IOException e) {
            throw new ToolException(
                    "Cannot read the templates folder " + dir + ": " + ToolException.reason(e) + ".", e);
        }
    }

    /**
     * The user's templates, decoded strictly: FreeMarker's own loader reads a Latin-1 file with
     * U+FFFD in place of its letters and renders it without a word.
     */
    private static final class StrictFileLoader extends FileTemplateLoader {

        /** The folder as given: FreeMarker's loader works with its canonical path. */
        private final Path given;

        StrictFileLoader(Path dir) throws IOException {
            super(dir.toFile());
            this.given = dir;
        }

        @Override
        public Reader getReader(Object source, String encoding) throws IOException {
            Path file = ((File) source).toPath();
            Path shown = given.resolve(getBaseDirectory().toPath().relativize(file));
            Charset charset;
            try {
                charset = Charset.forName(encoding); // UTF-8 unless the template's <#ftl encoding=…> says otherwise
            } catch (IllegalArgumentException e) {
                throw new NotDecodable(shown + " names the encoding " + encoding
                        + ", which Java does not know; save the file as UTF-8 and leave the encoding out.");
            }
            byte[] bytes = Files.readAllBytes(file);
            Utf8Text.Decoded text = Utf8Text.decode(bytes, charset, shown);
            if (text.problem().isPresent() && declaresOtherEncoding(bytes, charset)) {
                // FreeMarker reads the <#ftl encoding=…> header from this text and asks again in that encoding
                return new StringReader(new String(bytes, charset));
            }
            if (text.problem().isPresent()) {
                throw new NotDecodable(text.problem().get());
            }
            return new StringReader(text.text());
        }
    }

    private static final java.util.regex.Pattern FTL_ENCODING =
            java.util.regex.Pattern.compile("^\\s*[<\\[]#ftl\\b[^>\\]]*?\\bencoding\\s*=\\s*[\"']([^\"']+)[\"']");

    /** Whether the file starts with an {@code <#ftl encoding="…">} header naming another encoding than {@code charset}. */
    private static boolean declaresOtherEncoding(byte[] bytes, Charset charset) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher header = FTL_ENCODING.matcher(head);
        if (!header.find()) {
            return false;
        }
        try {
            return !Charset.forName(header.group(1)).equals(charset);
        } catch (IllegalArgumentException e) {
            return true; // FreeMarker asks again with it, and the name is refused then
        }
    }

    /** A user's template in another encoding than its own: FreeMarker passes it on as the cause. */
    private static final class NotDecodable extends IOException {
        NotDecodable(String message) {
            super(message);
        }
    }

    private Template template(String name) {
        try {
            return configuration.getTemplate(name);
        } catch (IOException e) {
            Optional<NotDecodable> encoding = cause(e, NotDecodable.class);
            if (encoding.isPresent()) {
                throw new ToolException(encoding.get().getMessage(), e);
            }
            throw new ToolException(failure(e, name, null), e);
        }
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
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

    /**
     * The data model of a page, its three values wrapped once here: templates read {@code view}
     * and {@code layout} hundreds of times a page, and a map would wrap them anew on each read.
     */
    public Object pageModel(Object layout, Object texts, Object view) {
        ObjectWrapper wrapper = configuration.getObjectWrapper();
        SimpleHash model = new SimpleHash(wrapper);
        try {
            model.put("layout", wrapper.wrap(layout));
            model.put("msg", wrapper.wrap(texts));
            model.put("view", wrapper.wrap(view));
        } catch (TemplateModelException e) {
            throw new ToolException("Cannot prepare the page model: " + oneLine(e.getMessage()), e);
        }
        return model;
    }

    /**
     * Renders one page; the data model is {@code layout}, {@code msg} and {@code view}; {@code
     * page} is the file it becomes ({@code index.html}), for the message when it fails.
     */
    public String render(String templateName, String page, Object model) {
        StringWriter out = new StringWriter(16 * 1024);
        render(templateName, page, model, out);
        return out.toString();
    }

    /** Renders one page straight to UTF-8 bytes (no intermediate String: pages are many and large). */
    public byte[] renderBytes(String templateName, String page, Object model) {
        // FreeMarker writes a page as thousands of small strings: an OutputStreamWriter wraps each
        // in a CharBuffer and encodes it on its own, so the text is collected in this thread's
        // reused buffer, encoded as it is written.
        TextBuffer out = BUFFER.get();
        out.reset();
        render(templateName, page, model, out);
        byte[] bytes = out.utf8();
        if (out.capacity() > MAX_KEPT_BUFFER) {
            BUFFER.remove();
        }
        return bytes;
    }

    private static final int MAX_KEPT_BUFFER = 1 << 20;

    private static final ThreadLocal<TextBuffer> BUFFER = ThreadLocal.withInitial(TextBuffer::new);

    /**
     * A Writer that encodes to UTF-8 as it goes, into a growing byte array: no char buffer, no
     * String of the whole page, one pass. The bytes are what {@code String.getBytes(UTF_8)} gives
     * for all the text written (a surrogate without its pair becomes {@code ?}).
     */
    static final class TextBuffer extends Writer {
        byte[] bytes = new byte[64 * 1024];
        int length;
        private final char[] scratch = new char[256];
        /** A high surrogate written last, waiting for its low half; 0 when none. */
        private char high;

        void reset() {
            length = 0;
            high = 0;
        }

        int capacity() {
            return bytes.length;
        }

        /** Room for {@code chars} more characters at three bytes each (a pair takes four for two). */
        private void ensure(int chars) {
            ensureBytes(3L * chars);
        }

        private void ensureBytes(long more) {
            long needed = length + more + 3;
            if (needed > bytes.length) {
                if (needed > Integer.MAX_VALUE - 16) {
                    throw new OutOfMemoryError("A page of more than 2 GiB");
                }
                bytes = java.util.Arrays.copyOf(
                        bytes, (int) Math.max(needed, Math.min(Integer.MAX_VALUE - 16, 2L * bytes.length)));
            }
        }

        private void put(char c) {
            byte[] b = bytes;
            int o = length;
            if (c < 0x80 && high == 0) {
                b[o++] = (byte) c;
            } else if (high != 0) {
                if (Character.isLowSurrogate(c)) {
                    int cp = Character.toCodePoint(high, c);
                    high = 0;
                    b[o++] = (byte) (0xf0 | (cp >> 18));
                    b[o++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    b[o++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    b[o++] = (byte) (0x80 | (cp & 0x3f));
                    length = o;
                    return;
                }
                high = 0;
                b[o++] = '?';
                length = o;
                put(c);
                return;
            } else if (c < 0x800) {
                b[o++] = (byte) (0xc0 | (c >> 6));
                b[o++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isHighSurrogate(c)) {
                high = c;
            } else if (Character.isLowSurrogate(c)) {
                b[o++] = '?';
            } else {
                b[o++] = (byte) (0xe0 | (c >> 12));
                b[o++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[o++] = (byte) (0x80 | (c & 0x3f));
            }
            length = o;
        }

        @Override
        public void write(int c) {
            ensure(1);
            put((char) c);
        }

        @Override
        public void write(char[] source, int offset, int count) {
            ensure(count);
            byte[] b = bytes;
            int end = offset + count;
            int i = offset;
            if (high == 0) { // ASCII runs without the general path
                int o = length;
                while (i < end) {
                    char c = source[i];
                    if (c >= 0x80) {
                        break;
                    }
                    b[o++] = (byte) c;
                    i++;
                }
                length = o;
            }
            for (; i < end; i++) {
                put(source[i]);
            }
        }

        @Override
        public void write(String str) {
            write(str, 0, str.length());
        }

        @Override
        public void write(String str, int offset, int count) {
            if (count >= 16 && high == 0 && offset == 0 && count == str.length()) {
                char first = str.charAt(0);
                char last = str.charAt(count - 1);
                if (!Character.isLowSurrogate(first) && !Character.isHighSurrogate(last)) {
                    // No pair spans the ends: the String's own encoder (vectorised for ASCII) is exact.
                    byte[] encoded = str.getBytes(StandardCharsets.UTF_8);
                    ensureBytes(encoded.length);
                    System.arraycopy(encoded, 0, bytes, length, encoded.length);
                    length += encoded.length;
                    return;
                }
            }
            // Short texts (most of a page: escaped values, attribute parts) go through a scratch
            // array, which the loop reads faster than String.charAt.
            char[] chunk = scratch;
            for (int done = 0; done < count; ) {
                int n = Math.min(chunk.length, count - done);
                str.getChars(offset + done, offset + done + n, chunk, 0);
                write(chunk, 0, n);
                done += n;
            }
        }

        @Override
        public Writer append(CharSequence text) {
            write(String.valueOf(text));
            return this;
        }

        @Override
        public Writer append(CharSequence text, int start, int end) {
            write(String.valueOf(text == null ? "null" : text).substring(start, end));
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

        /** The bytes written so far, a lone high surrogate at the end as {@code ?}. */
        byte[] utf8() {
            if (high != 0) {
                high = 0;
                ensure(1);
                bytes[length++] = '?';
            }
            return java.util.Arrays.copyOf(bytes, length);
        }
    }

    public void render(String templateName, String page, Object model, Writer out) {
        try {
            template(templateName).process(model, out);
        } catch (TemplateException | IOException e) {
            Optional<NotDecodable> encoding = cause(e, NotDecodable.class); // an included or imported template
            if (encoding.isPresent()) {
                throw new ToolException(encoding.get().getMessage(), e);
            }
            throw new ToolException(failure(e, templateName, page), e);
        }
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "unknown error.";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.endsWith(".") ? first : first + ".";
    }

    /** The longest account of what went wrong that a message carries; it is cut at a sentence's end. */
    static final int MAX_DETAIL = 400;

    /**
     * What went wrong, on one line: where first (the template, line and column that FreeMarker
     * blames, and the page being written with which page template), then FreeMarker's account
     * without the positions it repeats, its tips and the loader's paths, cut at a sentence's end
     * when long. {@code page} is null while the templates are parsed, before any page.
     */
    static String failure(Exception e, String template, String page) {
        Optional<ParseException> syntax = cause(e, ParseException.class);
        String where;
        String what;
        String detail;
        if (syntax.isPresent()) {
            ParseException p = syntax.get();
            where = p.getTemplateName() == null ? template : p.getTemplateName();
            what = " has a syntax error" + position(p.getLineNumber(), p.getColumnNumber());
            detail = p.getEditorMessage();
        } else if (e instanceof TemplateException t) {
            where = t.getTemplateSourceName() == null ? template : t.getTemplateSourceName();
            what = " failed"
                    + (t.getLineNumber() == null
                            ? ""
                            : position(t.getLineNumber(), t.getColumnNumber() == null ? 0 : t.getColumnNumber()));
            detail = t.getMessageWithoutStackTop();
        } else {
            where = template;
            what = " cannot be loaded";
            detail = e.getMessage();
        }
        String context =
                page == null ? "" : ", rendering " + page + (where.equals(template) ? "" : " with " + template);
        return "Template " + where + what + context + ": " + detail(detail);
    }

    private static String position(int line, int column) {
        return line <= 0 ? "" : " at line " + line + (column <= 0 ? "" : ", column " + column);
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile(
            "\\s*\\[in template \"[^\"]*\"(?: in (?:macro|function) \"[^\"]*\")? at line \\d+, column \\d+\\]");

    /** FreeMarker's account of a failure, on one line, as {@link #failure} gives it. */
    static String detail(String message) {
        if (message == null || message.isBlank()) {
            return "unknown error.";
        }
        String text = message;
        int tips = text.indexOf("\n----");
        if (tips >= 0) {
            text = text.substring(0, tips);
        }
        // the long list of what a parser would have taken next, when a sentence already says what is wrong
        int expected = text.indexOf("\nWas expecting one of these patterns:");
        if (expected > 0) {
            text = text.substring(0, expected);
        }
        text = POSITION.matcher(text).replaceAll("");
        // the loader's description: absolute paths of the template folders, which the user knows
        text = text.replaceAll("(?m)^The name was interpreted by this TemplateLoader: .*$", "");
        text = text.replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_DETAIL) {
            int end = text.lastIndexOf(". ", MAX_DETAIL);
            if (end > MAX_DETAIL / 4) {
                text = text.substring(0, end + 1);
            } else {
                int space = text.lastIndexOf(' ', MAX_DETAIL - 1);
                text = text.substring(0, space > MAX_DETAIL / 4 ? space : MAX_DETAIL - 1) + " …";
            }
        }
        while (text.endsWith(":")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.endsWith(".") || text.endsWith(".)") || text.endsWith("…") ? text : text + ".";
    }
}
