package io.journeyascode.diagram;

import static io.journeyascode.diagram.Fixtures.custom;
import static io.journeyascode.diagram.Fixtures.journey;
import static io.journeyascode.diagram.Fixtures.metric;
import static io.journeyascode.diagram.Fixtures.tp;

import io.journeyascode.model.Journey;
import io.journeyascode.model.MetricType;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Phase;

/** The fixture journeys of the diagram tests. */
final class SampleJourneys {

    static final String[] EVIL = {
        "quote \" inside",
        "back\\slash",
        "trailing backslash\\",
        "expand \\N \\G \\E \\T \\H \\L \\l \\r \\n",
        "<b>html</b>",
        "\"]; evil [label=\"",
        "new\nline",
        "} { -> n0 -> n1",
        "javascript:alert(1)",
        "<script>alert(1)</script>",
        "entity &lt;b&gt; &amp; &#10; AT&T",
        "<<html-like>>",
    };

    private SampleJourneys() {}

    /** Every marker once: critical measured and at risk, outsourced, external, peak, end. */
    static Journey onlineOrder() {
        return journey("online-order", "Online order and delivery")
                .owner("ecommerce")
                .stage(
                        "discover",
                        "Discover",
                        Phase.BEFORE,
                        tp("social-ad", "Social media ad", "social")
                                .owner("marketing")
                                .outsourced("Mainostoimisto Oy")
                                .expects("The ad's offer is honoured on the web page")
                                .emotion("joy")
                                .metric(metric(MetricType.NPS, 30.0, 24.0))
                                .setsExpectationsFor("checkout"),
                        tp("reviews", "Reviews and word of mouth", "word-of-mouth")
                                .external()
                                .emotion("trust"))
                .stage(
                        "buy",
                        "Buy",
                        Phase.DURING,
                        tp("landing", "Landing page with the offer", "web")
                                .expects("Same price as in the ad", "Loads fast")
                                .emotion("anticipation"),
                        tp("checkout", "Checkout and payment", "web")
                                .critical()
                                .expects("No surprise costs")
                                .emotion("trust")
                                .moment(Moment.PEAK)
                                .metric(metric(MetricType.CES, 2.0, 3.0)))
                .stage(
                        "receive",
                        "Receive",
                        Phase.AFTER,
                        tp("delivery", "Home delivery", "partner")
                                .critical()
                                .outsourced("Kuljetus Oy")
                                .expects("Arrives within the promised window")
                                .emotion("relief"),
                        tp("invoice", "Invoice", "email")
                                .moment(Moment.END)
                                .expects("Matches the order")
                                .metric(metric(MetricType.CSAT, 80.0, null)))
                .build();
    }

    /** Branches, a loop back, and references to another journey (resolved and not). */
    static Journey support() {
        return journey("support", "Getting help")
                .owner("service")
                .stage(
                        "ask",
                        "Ask",
                        Phase.AFTER,
                        tp("faq", "FAQ", "web").leadsTo("chat", "phone"),
                        tp("chat", "Chat", "chat").leadsTo("solved", "faq"),
                        tp("phone", "Phone call", "phone")
                                .critical()
                                .metric(custom("First call resolution", 70.0, 64.0))
                                .leadsTo("solved", "online-order/invoice"))
                .stage(
                        "close",
                        "Close",
                        Phase.AFTER,
                        tp("solved", "Problem solved", "email")
                                .moment(Moment.END)
                                .leadsTo()
                                .setsExpectationsFor("online-order/social-ad", "nowhere/missing"),
                        tp("survey", "Survey", "email"))
                .build();
    }

    /** Every field that reaches the diagram holds hostile text. */
    static Journey evil() {
        var b = journey("evil", EVIL[5] + " title " + EVIL[9]).owner(EVIL[3]);
        var tps = new Fixtures.TouchpointBuilder[EVIL.length];
        for (int i = 0; i < EVIL.length; i++) {
            tps[i] = tp("t" + i, EVIL[i], EVIL[(i + 1) % EVIL.length])
                    .owner(EVIL[(i + 2) % EVIL.length])
                    .expects(EVIL[(i + 3) % EVIL.length], EVIL[(i + 4) % EVIL.length])
                    .emotion(EVIL[(i + 5) % EVIL.length])
                    .outsourced(EVIL[(i + 6) % EVIL.length]);
        }
        return b.stage("s", EVIL[6] + EVIL[1], Phase.DURING, tps).build();
    }
}
