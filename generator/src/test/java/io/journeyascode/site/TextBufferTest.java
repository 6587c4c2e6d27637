package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextBufferTest {

    private static final char[] ALPHABET = {
        'a', '<', '\n', 'é', '›', '·', '\u00a0', '€', '\uffff', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\u07ff',
        '\u0800'
    };

    @Test
    void encodesAsStringGetBytesDoesHoweverTheTextIsSplitIntoWrites() {
        Random random = new Random(11);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder text = new StringBuilder();
            Templates.TextBuffer buffer = new Templates.TextBuffer();
            buffer.reset();
            int writes = random.nextInt(8);
            for (int w = 0; w < writes; w++) {
                StringBuilder part = new StringBuilder(random.nextBoolean() ? "plain ascii text " : "");
                int n = random.nextInt(3) == 0 ? 14 + random.nextInt(8) : random.nextInt(6);
                for (int i = 0; i < n; i++) {
                    part.append(ALPHABET[random.nextInt(ALPHABET.length)]);
                }
                String s = part.toString();
                text.append(s);
                switch (random.nextInt(4)) {
                    case 0 -> buffer.write(s);
                    case 1 -> buffer.write(s.toCharArray(), 0, s.length());
                    case 2 -> s.chars().forEach(buffer::write);
                    default -> buffer.append(s);
                }
            }
            String all = text.toString();
            assertThat(buffer.utf8()).as(all).isEqualTo(all.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void growsForLongText() {
        Templates.TextBuffer buffer = new Templates.TextBuffer();
        String text = "ab›".repeat(100_000);

        buffer.write(text);

        assertThat(buffer.utf8()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
    }
}
