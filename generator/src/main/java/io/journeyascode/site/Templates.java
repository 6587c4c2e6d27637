package io.journeyascode.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
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
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
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
        // reused buffer first and encoded once.
        TextBuffer out = BUFFER.get();
        out.text.setLength(0);
        render(templateName, model, out);
        byte[] bytes = out.text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (out.text.capacity() > MAX_KEPT_BUFFER) {
            BUFFER.remove();
        }
        return bytes;
    }

    private static final int MAX_KEPT_BUFFER = 1 << 20;

    private static final ThreadLocal<TextBuffer> BUFFER = ThreadLocal.withInitial(TextBuffer::new);

    /** A Writer into a StringBuilder, without StringWriter's synchronized StringBuffer. */
    private static final class TextBuffer extends Writer {
        final StringBuilder text = new StringBuilder(64 * 1024);

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String str) {
            text.append(str);
        }

        @Override
        public void write(String str, int offset, int length) {
            text.append(str, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public Writer append(CharSequence chars, int start, int end) {
            text.append(chars, start, end);
            return this;
        }

        @Override
        public Writer append(char c) {
            text.append(c);
            return this;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
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
