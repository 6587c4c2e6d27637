package io.journeyascode.site;

import freemarker.template.utility.StringUtil;
import io.journeyascode.rules.FindingMessages;

/**
 * A finding's message as HTML: escaped, and each pair of backticks around code ({@code `until`},
 * {@code `metrics: [{type: csat, target: 85}]`}) a {@code <code>} element, as the rules page shows
 * code. A backtick that a value of the message brought ({@link FindingMessages#VALUE_BACKTICK})
 * stays a backtick; a message with an odd number of backticks is shown as written.
 */
final class CodeSpans {

    private CodeSpans() {}

    static String html(String message) {
        String escaped = StringUtil.XHTMLEnc(message);
        String plain = String.valueOf(FindingMessages.VALUE_BACKTICK);
        if (escaped.chars().filter(c -> c == '`').count() % 2 != 0) {
            return escaped.replace(plain, "`");
        }
        StringBuilder out = new StringBuilder(escaped.length() + 32);
        boolean open = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '`') {
                out.append(open ? "</code>" : "<code>");
                open = !open;
            } else {
                out.append(c == FindingMessages.VALUE_BACKTICK ? '`' : c);
            }
        }
        return out.toString();
    }
}
