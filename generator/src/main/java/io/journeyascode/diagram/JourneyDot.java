package io.journeyascode.diagram;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Located;
import io.journeyascode.model.Moment;
import io.journeyascode.model.Ownership;
import io.journeyascode.model.PlaybookIndex;
import io.journeyascode.model.Stage;
import io.journeyascode.model.Team;
import io.journeyascode.model.Touchpoint;
import io.journeyascode.model.TouchpointRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the DOT text of one journey. Node ids are generated ({@code n0}… touchpoints in file
 * order, {@code x0}… stubs for other journeys' touchpoints; the legend is drawn by {@link Legend}, no HTML-like
 * labels at all); user text only
 * appears inside quoted, escaped labels and tooltips; links are made here from ids. Edge labels
 * are avoided altogether (dot 2.43 crashes on labelled edges in batched input).
 */
final class JourneyDot {

    static final String FONT = "Helvetica,Arial,sans-serif";
    private static final int NAME_WIDTH = 24;
    private static final int INFO_WIDTH = 30;

    /**
     * {@code outputorder=edgesfirst}: the SVG has the edges first, then the nodes in the order they
     * are written here, the journey's; that is the order in which Tab moves through the map's links
     * (by default dot emits nodes in an order of its own, the checkout before the landing page).
     */
    private static final String HEADER = "digraph \"journey\" {\n"
            + "graph [rankdir=LR, outputorder=edgesfirst, fontname=\"" + FONT + "\", fontsize=11, nodesep=0.25,"
            + " ranksep=0.4, pad=0.1, bgcolor=\"white\"];\n"
            + "node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", color=\"#57606a\","
            + " fontname=\"" + FONT + "\", fontsize=10, margin=\"0.12,0.06\"];\n"
            + "edge [color=\"#424a53\", arrowsize=0.7];\n";

    private final Journey journey;
    private final PlaybookIndex index;
    private final Map<String, String> words;
    private final StringBuilder out = new StringBuilder(16384);
    /** dot's own title text of an element (its generated id) -> the XML text to show instead. */
    private final Map<String, String> titles = new HashMap<>();

    private final Set<String> links = new HashSet<>();
    private final Map<String, String> nodeOfTouchpoint = new HashMap<>();
    private final Map<String, String> nameOfNode = new HashMap<>();
    private final Map<String, String> stubs = new LinkedHashMap<>();
    /** For the text of the map: the flows written out ({@code leads_to}), "A → B, C". */
    private final List<String> writtenFlows = new ArrayList<>();
    /** For the text of the map: the expectations arrows, "A ⇢ B". */
    private final List<String> expectationArrows = new ArrayList<>();

    private JourneyDot(Journey journey, PlaybookIndex index, Map<String, String> words) {
        this.journey = journey;
        this.index = index;
        this.words = words;
    }

    static DotGraph of(Journey journey, PlaybookIndex index, Map<String, String> words, String idPrefix) {
        return new JourneyDot(journey, index, words).build(idPrefix);
    }

    private DotGraph build(String idPrefix) {
        List<Touchpoint> all = journey.touchpoints();
        for (int i = 0; i < all.size(); i++) {
            String node = "n" + i;
            nodeOfTouchpoint.putIfAbsent(all.get(i).id().value(), node);
            nameOfNode.put(node, DotText.clean(all.get(i).name().value()));
        }
        out.append(HEADER);
        int n = 0;
        int s = 0;
        for (Stage stage : journey.stages()) {
            String cluster = "cluster_s" + s++;
            String phase = words.get("phase." + stage.phase().value().yaml());
            out.append("subgraph ").append(cluster).append(" {\n");
            out.append("label=\"")
                    .append(DotText.label(stage.name().value()))
                    .append("\\n(")
                    .append(DotText.label(phase))
                    .append(")\";\n");
            out.append(
                    "class=\"stage\"; fontsize=11; style=\"rounded,filled\"; fillcolor=\"#f6f8fa\"; color=\"#d0d7de\";\n");
            titles.put(
                    cluster,
                    DotText.xml(words.get("stage") + ": " + stage.name().value() + " (" + phase + ")"));
            for (Touchpoint tp : stage.touchpoints()) {
                node(n++, tp);
            }
            out.append("}\n");
        }
        edges(all);
        for (Map.Entry<String, String> stub : stubs.entrySet()) {
            stub(stub.getValue(), stub.getKey());
        }
        out.append("}\n");
        String title = String.format(
                Locale.ROOT,
                words.get("diagram.title"),
                DotText.clean(journey.title().value()));
        titles.put("journey", DotText.xml(title));
        return new DotGraph(
                journey.id().value(),
                out.toString(),
                idPrefix,
                title,
                description(),
                Map.copyOf(titles),
                Set.copyOf(links),
                words);
    }

    private void node(int i, Touchpoint tp) {
        String node = "n" + i;
        boolean atRisk = tp.isCritical() && tp.metrics().isEmpty();
        boolean shortOfTarget = index.shortOfTarget(journey, tp);
        Ownership ownership = tp.ownership().value();
        Optional<Moment> moment = tp.moment().map(Located::value);
        List<String> lines = new ArrayList<>(DotText.wrap(tp.name().value(), NAME_WIDTH));
        lines.addAll(DotText.wrap(channel(tp) + " · " + owner(tp), INFO_WIDTH));
        if (ownership == Ownership.OUTSOURCED) {
            lines.addAll(DotText.wrap(
                    tp.provider()
                            .map(p -> words.get("outsourced-by") + " " + p.value())
                            .orElse(words.get("outsourced")),
                    INFO_WIDTH));
        } else if (ownership == Ownership.EXTERNAL) {
            lines.add(words.get("external"));
        }
        if (atRisk) {
            lines.add("⚠ " + words.get("critical") + ", " + words.get("at-risk"));
        } else if (tp.isCritical()) {
            lines.add("★ " + words.get("critical"));
        }
        if (shortOfTarget) {
            lines.add("✗ " + words.get("short-of-target"));
        }
        moment.ifPresent(m -> lines.add(
                switch (m) {
                    case PEAK -> "▲ " + words.get("peak");
                    case PAIN -> "▼ " + words.get("pain");
                    case END -> "■ " + words.get("end");
                }));

        StringBuilder css = new StringBuilder("tp");
        StringBuilder style = new StringBuilder("rounded,filled");
        String fill = "#ffffff";
        String color = "#57606a";
        String pen = "1";
        if (tp.isCritical()) {
            css.append(" critical");
            fill = "#ddf4ff";
            color = "#0969da";
            pen = "2.5";
        }
        if (moment.isPresent()) {
            css.append(' ').append(moment.get().yaml());
            fill = momentFill(moment.get());
        }
        if (atRisk) {
            css.append(" at-risk");
            fill = "#ffebe9";
            color = "#cf222e";
            pen = "3";
        }
        if (shortOfTarget) {
            // its fill stays (critical, a moment): the frame says that the metrics fall short
            css.append(" short-of-target");
            color = "#cf222e";
            pen = "3";
        }
        String peripheries = "1";
        if (ownership == Ownership.OUTSOURCED) {
            css.append(" outsourced");
            peripheries = "2";
        } else if (ownership == Ownership.EXTERNAL) {
            css.append(" external");
            style.append(",dashed");
        }
        out.append(node).append(" [label=\"");
        appendLines(lines);
        out.append("\", class=\"")
                .append(css)
                .append("\", style=\"")
                .append(style)
                .append("\", fillcolor=\"")
                .append(fill)
                .append("\", color=\"")
                .append(color)
                .append("\", penwidth=")
                .append(pen);
        if (!"1".equals(peripheries)) {
            out.append(", peripheries=").append(peripheries);
        }
        String tooltip = tooltip(tp);
        out.append(", tooltip=\"").append(tooltipDot(tp)).append('"');
        link(journey.id().value(), tp.id().value());
        titles.put(node, DotText.xml(tooltip));
        out.append("];\n");
    }

    /** Appends a URL attribute when the ids make a safe relative link. */
    private void link(String journeyId, String touchpointId) {
        if (DotText.isSafeId(journeyId) && DotText.isSafeId(touchpointId)) {
            String url = journeyId + "/" + touchpointId + ".html";
            links.add(url);
            out.append(", URL=\"").append(url).append("\", target=\"_top\"");
        }
    }

    private void appendLines(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append("\\n");
            }
            out.append(DotText.label(lines.get(i)));
        }
    }

    /** The channel's word in the playbook's language, else its id. */
    private String channel(Touchpoint tp) {
        return DiagramWords.channel(words, tp.channel().value());
    }

    private String owner(Touchpoint tp) {
        return journey.ownerOf(tp)
                .map(Located::value)
                .map(id -> index.playbook().config().team(id).map(Team::name).orElse(id))
                .orElse("—");
    }

    private String tooltip(Touchpoint tp) {
        StringBuilder text = new StringBuilder(DotText.clean(tp.name().value()));
        text.append(" — ");
        if (tp.expectations().isEmpty()) {
            text.append(words.get("no-expectations"));
        } else {
            text.append(words.get("expectations")).append(": ");
            for (int i = 0; i < tp.expectations().size(); i++) {
                text.append(i == 0 ? "" : "; ")
                        .append(DotText.clean(tp.expectations().get(i).value()));
            }
        }
        tp.targetEmotion().ifPresent(e -> text.append(" — ")
                .append(words.get("target-emotion"))
                .append(": ")
                .append(DotText.clean(DiagramWords.emotion(words, e.value()))));
        return text.toString();
    }

    /** The tooltip in DOT: one line per part (dot turns {@code \n} into a line break). */
    private String tooltipDot(Touchpoint tp) {
        StringBuilder text = new StringBuilder(DotText.tooltip(tp.name().value()));
        if (tp.expectations().isEmpty()) {
            text.append("\\n").append(DotText.tooltip(words.get("no-expectations")));
        } else {
            text.append("\\n")
                    .append(DotText.tooltip(words.get("expectations")))
                    .append(':');
            for (Located<String> e : tp.expectations()) {
                text.append("\\n• ").append(DotText.tooltip(e.value()));
            }
        }
        tp.targetEmotion().ifPresent(e -> text.append("\\n")
                .append(DotText.tooltip(words.get("target-emotion")))
                .append(": ")
                .append(DotText.tooltip(DiagramWords.emotion(words, e.value()))));
        return text.toString();
    }

    private void edges(List<Touchpoint> all) {
        Set<String> reached = new HashSet<>();
        // another journey's touchpoint that only expectation arrows (which do not rank) reach: placed
        // by an invisible edge from the first touchpoint that names it, next to it (dot would put it
        // in the first rank, under the first stage, far from its arrow's source)
        Map<String, String> expectedStubFrom = new java.util.LinkedHashMap<>();
        StringBuilder edges = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            Touchpoint tp = all.get(i);
            String from = "n" + i;
            List<String> leadsTo = new ArrayList<>();
            for (String ref : journey.successors(tp)) {
                target(ref).ifPresent(to -> {
                    edges.append(from).append(" -> ").append(to).append(" [class=\"flow\"];\n");
                    titles.put(from + "&#45;&gt;" + to, DotText.xml(nameOfNode.get(from) + " → " + nameOfNode.get(to)));
                    reached.add(to);
                    leadsTo.add(nameOfNode.get(to));
                });
            }
            // the flow by file order goes without saying; a written one is what the arrows add
            if (tp.leadsTo().isPresent() && !leadsTo.isEmpty()) {
                writtenFlows.add(nameOfNode.get(from) + " → " + String.join(", ", leadsTo));
            }
            List<String> sets = new ArrayList<>();
            for (Located<String> ref : tp.setsExpectationsFor()) {
                target(ref.value()).ifPresent(to -> {
                    sets.add(nameOfNode.get(to));
                    if (stubs.containsValue(to)) {
                        expectedStubFrom.putIfAbsent(to, from);
                    }
                    edges.append(from)
                            .append(" -> ")
                            .append(to)
                            .append(" [class=\"expects\", style=dashed,")
                            .append(" color=\"#8250df\", arrowhead=empty, constraint=false];\n");
                    titles.put(
                            SvgPostProcessor.EXPECTS + from + "&#45;&gt;" + to,
                            DotText.xml(nameOfNode.get(from) + " ⇢ " + nameOfNode.get(to)));
                });
            }
            if (!sets.isEmpty()) {
                expectationArrows.add(nameOfNode.get(from) + " ⇢ " + String.join(", ", sets));
            }
        }
        expectedStubFrom.forEach((stub, from) -> {
            if (!reached.contains(stub)) {
                edges.append(from).append(" -> ").append(stub).append(" [style=invis];\n");
            }
        });
        // A touchpoint nothing leads to keeps its file-order place through an invisible edge
        // (dot draws nothing for it).
        for (int i = 1; i < all.size(); i++) {
            String node = "n" + i;
            if (!reached.contains(node)) {
                edges.append("n").append(i - 1).append(" -> ").append(node).append(" [style=invis];\n");
            }
        }
        out.append(edges);
    }

    /** The node for a reference: a touchpoint of this journey, or a stub for another journey's. */
    private Optional<String> target(String ref) {
        int slash = ref.indexOf('/');
        if (slash < 0) {
            return Optional.ofNullable(nodeOfTouchpoint.get(ref));
        }
        if (ref.substring(0, slash).equals(journey.id().value())) {
            String local = nodeOfTouchpoint.get(ref.substring(slash + 1));
            if (local != null) {
                return Optional.of(local);
            }
        }
        return Optional.of(stubs.computeIfAbsent(ref, r -> {
            String stub = "x" + stubs.size();
            nameOfNode.put(
                    stub,
                    index.resolve(journey, r)
                            .map(t -> DotText.clean(t.journey().title().value() + ": "
                                    + t.touchpoint().name().value()))
                            .orElse(DotText.clean(r)));
            return stub;
        }));
    }

    private void stub(String node, String ref) {
        Optional<TouchpointRef> target = index.resolve(journey, ref);
        List<String> lines = new ArrayList<>();
        lines.add("↗ " + words.get("other-journey"));
        if (target.isPresent()) {
            lines.addAll(DotText.wrap(target.get().journey().title().value(), NAME_WIDTH));
            lines.addAll(DotText.wrap(target.get().touchpoint().name().value(), NAME_WIDTH));
        } else {
            lines.addAll(DotText.wrap(ref + " (" + words.get("unknown") + ")", NAME_WIDTH));
        }
        out.append(node).append(" [label=\"");
        appendLines(lines);
        out.append("\", class=\"stub\", shape=note, style=\"filled\", fillcolor=\"#f6f8fa\",")
                .append(" color=\"#8c959f\", fontsize=8, tooltip=\"")
                .append(DotText.tooltip(String.join(" ", lines)))
                .append('"');
        target.ifPresent(t -> link(t.journey().id().value(), t.touchpoint().id().value()));
        out.append("];\n");
        titles.put(node, DotText.xml(String.join(" ", lines)));
    }

    private String description() {
        List<Touchpoint> all = journey.touchpoints();
        StringBuilder desc = new StringBuilder(new java.text.MessageFormat(words.get("diagram.desc"), Locale.ROOT)
                .format(new Object[] {journey.stages().size(), all.size()}));
        for (Stage stage : journey.stages()) {
            desc.append(' ')
                    .append(DotText.clean(stage.name().value()))
                    .append(" (")
                    .append(words.get("phase." + stage.phase().value().yaml()))
                    .append("): ");
            for (int i = 0; i < stage.touchpoints().size(); i++) {
                Touchpoint tp = stage.touchpoints().get(i);
                desc.append(i == 0 ? "" : ", ").append(DotText.clean(tp.name().value()));
                List<String> marks = new ArrayList<>();
                marks.add(DotText.clean(channel(tp)));
                if (tp.isCritical()) {
                    marks.add(words.get(tp.metrics().isEmpty() ? "at-risk" : "critical"));
                }
                if (index.shortOfTarget(journey, tp)) {
                    marks.add(words.get("short-of-target"));
                }
                if (tp.ownership().value() == Ownership.OUTSOURCED) {
                    marks.add(words.get("outsourced"));
                } else if (tp.ownership().value() == Ownership.EXTERNAL) {
                    marks.add(words.get("external"));
                }
                tp.moment().ifPresent(m -> marks.add(words.get(m.value().yaml())));
                desc.append(" (").append(String.join(", ", marks)).append(')');
            }
            desc.append('.');
        }
        // what the arrows show beyond the order of the touchpoints
        if (!writtenFlows.isEmpty()) {
            desc.append(' ')
                    .append(String.format(Locale.ROOT, words.get("diagram.flows"), String.join("; ", writtenFlows)));
        }
        if (!expectationArrows.isEmpty()) {
            desc.append(' ')
                    .append(String.format(
                            Locale.ROOT, words.get("diagram.expectations"), String.join("; ", expectationArrows)));
        }
        return desc.toString();
    }

    /** The fill of a touchpoint's box that is a designed moment (the legend shows the same). */
    static String momentFill(Moment moment) {
        return switch (moment) {
            case PEAK -> "#dafbe1";
            case PAIN -> "#fff1e5";
            case END -> "#fbefff";
        };
    }
}
