package io.journeyascode.report;

/** Escaping for the hand-written XML reports (JUnit, Checkstyle). */
final class Xml {

    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private Xml() {}

    /** Text for an attribute value in double quotes; line breaks and tabs survive as references. */
    static String attr(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("&#10;");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append("&#9;");
                default -> appendChar(sb, c);
            }
        });
        return sb.toString();
    }

    /** Text for element content. */
    static String text(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '\r' -> sb.append("&#13;");
                case '\n', '\t' -> sb.appendCodePoint(c);
                default -> appendChar(sb, c);
            }
        });
        return sb.toString();
    }

    /** Characters XML 1.0 cannot carry at all (controls, lone surrogates, U+FFFE/F) become U+FFFD. */
    private static void appendChar(StringBuilder sb, int c) {
        boolean allowed = (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
        sb.appendCodePoint(allowed ? c : 0xFFFD);
    }
}
