package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordObjectWrapperTest {

    static {
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "none"); // as Templates does
        }
    }

    public record Link(String label, String href) {
        public static Link text(String label) {
            return new Link(label, "");
        }

        public String shout() {
            return label.toUpperCase(java.util.Locale.ROOT);
        }
    }

    public record Row(String name, int count, double share, boolean critical, List<Link> links, Link main) {}

    private static final String TEMPLATE = "${r.name}|${r.name()}|${r.count}|${r.count()}|${r.share}|${r.critical?c}"
            + "|<#list r.links as l>${l.label}:${l.href}:${l.shout()};</#list>|${r.main.label}|${r.main.label()}"
            + "|${r.main?has_content?c}|${r.links?size}|${r.main.href?has_content?c}|${r.toString()}"
            + "|${r.main.shout()}|${(r.missing)!'none'}|${r?is_hash?c}|${r.main?is_hash?c}";

    @Test
    void templatesSeeRecordsAsWithTheDefaultWrapper() throws Exception {
        Row row = new Row("Pay", 3, 0.5, true, List.of(new Link("a", "x.html"), Link.text("b")), Link.text("m"));

        String fast = render(new RecordObjectWrapper(), row);
        String standard = render(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build(), row);

        assertThat(fast).isEqualTo(standard).startsWith("Pay|Pay|3|3|0.5|true|a:x.html:A;b::B;|m|m|true|2|false|");
    }

    private static String render(ObjectWrapper wrapper, Row row) throws Exception {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setObjectWrapper(wrapper);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        StringWriter out = new StringWriter();
        new Template("t", TEMPLATE, cfg).process(Map.of("r", row), out);
        return out.toString();
    }
}
