package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlPolicyTest {

    @Test
    void numericReferencesPastUnicodeAreReadAsReplacementCharactersNotAsACrash() {
        // Found by MarkdownFuzzTest: commons-text threw on &#1159105; and the whole build stopped.
        assertThat(UrlPolicy.isSafeLink("&#1159105;www.example")).isTrue();
        // U+FFFD then a colon: a browser reads a relative path; the policy drops it all the same.
        assertThat(UrlPolicy.isSafeLink("&#x110000;javascript:alert(1)")).isFalse();
        assertThat(UrlPolicy.isSafeLink("&#99999999999999999999;")).isTrue();
        assertThat(UrlPolicy.isSafeImage("a/&#X11AFC1;.png")).isTrue();
        assertThat(UrlPolicy.isSafeLink("java&#115;cript:alert(1)&#1159105;")).isFalse();
        assertThat(UrlPolicy.isSafeLink("&#106;avascript:alert(1)")).isFalse();
    }
}
