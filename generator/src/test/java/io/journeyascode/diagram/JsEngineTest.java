package io.journeyascode.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.journeyascode.api.Engine;
import io.journeyascode.api.ToolException;
import io.journeyascode.model.PlaybookIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JavaScript (V8) engine renders without native Graphviz. */
class JsEngineTest {

    @Test
    void rendersAFixtureWithTheJavaScriptEngine() throws Exception {
        try {
            JsRenderer.start();
        } catch (ToolException e) {
            assumeTrue(false, "V8 cannot load on this platform: " + e.getMessage());
        }
        PlaybookIndex index = DiagramDotTest.sample("en");
        List<String> log = new ArrayList<>();
        DiagramSet set = Diagrams.render(index, Engine.JS, 2, log::add);
        assertThat(set.engineUsed()).isEqualTo("js");
        assertThat(set.failures()).isEmpty();
        String svg = set.svgByJourney().get("online-order");
        DotEngineTest.parse(svg);
        assertThat(svg).startsWith("<svg").contains("role=\"group\"", "<desc id=\"jd-online-order-desc\">");
        assertThat(DotEngineTest.count(svg, "class=\"node tp")).isEqualTo(6);
        // in the journey's order, which Tab follows, as with native dot
        assertThat(DotEngineTest.hrefs(svg)).containsExactlyElementsOf(DotEngineTest.ONLINE_ORDER_PAGES);
        String evil = set.svgByJourney().get("evil");
        assertThat(DotEngineTest.count(evil, "class=\"node")).isEqualTo(SampleJourneys.EVIL.length);
        assertThat(evil).doesNotContain("<script");
    }
}
