package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.journeyascode.model.Message;
import io.journeyascode.rules.FindingMessages;
import org.junit.jupiter.api.Test;

class CodeSpansTest {

    @Test
    void theCataloguesBackticksBecomeCodeAndEverythingIsEscaped() {
        assertThat(CodeSpans.html("unknown key `untill` in waiver; did you mean `until`?"))
                .isEqualTo("unknown key <code>untill</code> in waiver; did you mean <code>until</code>?");
        assertThat(CodeSpans.html("write `a: \"<b>\" & 'c'`"))
                .isEqualTo("write <code>a: &quot;&lt;b&gt;&quot; &amp; &#39;c&#39;</code>");
    }

    @Test
    void aBacktickInAValueStaysABacktickAndDoesNotOpenCode() {
        // a touchpoint id cannot hold a backtick, but a quoted value in a message can
        Message message = Message.of("unknown-reference.emotion", "x`<i>", "`a`, b", Message.none());
        String marked = FindingMessages.formatMarked(message, "en", FindingMessages.Values.AS_WRITTEN);
        String html = CodeSpans.html(marked);
        assertThat(html).contains("<code>x`&lt;i&gt;</code>").doesNotContain("<i>");
        assertThat(marked.replace(FindingMessages.VALUE_BACKTICK, '`')).isEqualTo(FindingMessages.english(message));
    }

    @Test
    void aMessageWithAnOddNumberOfBackticksIsShownAsWritten() {
        assertThat(CodeSpans.html("found ` here <x>")).isEqualTo("found ` here &lt;x&gt;");
    }
}
