package io.journeyascode.diff;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.journeyascode.diff.PlaybookDiff.Change;
import io.journeyascode.diff.PlaybookDiff.Coverage;
import io.journeyascode.diff.PlaybookDiff.JourneyEntry;
import io.journeyascode.diff.PlaybookDiff.Move;
import io.journeyascode.diff.PlaybookDiff.TouchpointEntry;
import io.journeyascode.diff.PlaybookDiff.UnreadableEntry;
import io.journeyascode.model.Finding;
import io.journeyascode.report.PrettyJson;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A diff for tools: {@code changed}, {@code journeys {added, removed, unreadable,
 * readableAgain}} ({@code unreadable}: files the head cannot read, with the journey as the base
 * read it or nulls), {@code touchpoints
 * {added, removed, moved}}, {@code changes}, {@code findings {introduced, resolved}} (the
 * finding keys of the json report) and {@code coverage {before, after}}; absent values are
 * {@code null}. Files are shown as {@code validate} shows them (see {@link DiffPaths}). Laid out like every JSON
 * output of the tool (see {@link PrettyJson}).
 */
public final class DiffJson {

    private DiffJson() {}

    /** The diff with paths inside the journeys folder. */
    public static String render(PlaybookDiff diff) {
        return render(diff, DiffPaths.INSIDE);
    }

    /** The diff with each side's paths as {@code validate} shows them. */
    public static String render(PlaybookDiff diff, DiffPaths paths) {
        ObjectNode root = PrettyJson.object();
        root.put("changed", !diff.isEmpty());
        root.put("verdict", DiffMarkdown.verdict(diff, paths).replace("**", ""));
        ObjectNode journeys = root.putObject("journeys");
        journeyList(journeys.putArray("added"), diff.journeysAdded(), paths::head);
        journeyList(journeys.putArray("removed"), diff.journeysRemoved(), paths::base);
        ArrayNode unreadable = journeys.putArray("unreadable");
        for (UnreadableEntry u : diff.journeysUnreadable()) {
            ObjectNode o = unreadable.addObject();
            Optional<JourneyEntry> j = u.before();
            o.put("journey", j.map(JourneyEntry::id).orElse(null));
            o.put("title", j.map(JourneyEntry::title).orElse(null));
            o.put("file", paths.head(u.file()));
            o.put("touchpoints", j.map(JourneyEntry::touchpoints).orElse(null));
        }
        journeyList(journeys.putArray("readableAgain"), diff.journeysReadableAgain(), paths::head);
        ObjectNode touchpoints = root.putObject("touchpoints");
        touchpointList(touchpoints.putArray("added"), diff.touchpointsAdded());
        touchpointList(touchpoints.putArray("removed"), diff.touchpointsRemoved());
        ArrayNode moved = touchpoints.putArray("moved");
        for (Move m : diff.touchpointsMoved()) {
            ObjectNode o = moved.addObject();
            o.put("journey", m.journey());
            o.put("touchpoint", m.touchpoint());
            o.put("name", m.name());
            o.put("from", m.fromStage());
            o.put("to", m.toStage());
        }
        ArrayNode changes = root.putArray("changes");
        for (Change c : diff.changes()) {
            ObjectNode o = changes.addObject();
            o.put("journey", c.journey());
            o.put("touchpoint", c.touchpoint().orElse(null));
            o.put("field", c.field());
            o.put("before", c.before().orElse(null));
            o.put("after", c.after().orElse(null));
        }
        ObjectNode findings = root.putObject("findings");
        findingList(findings.putArray("introduced"), diff.findingsIntroduced(), paths::head);
        findingList(findings.putArray("resolved"), diff.findingsResolved(), paths::base);
        ObjectNode coverage = root.putObject("coverage");
        coverage(coverage.putObject("before"), diff.coverageBefore());
        coverage(coverage.putObject("after"), diff.coverageAfter());
        return PrettyJson.write(root);
    }

    private static void journeyList(ArrayNode array, List<JourneyEntry> entries, UnaryOperator<String> path) {
        for (JourneyEntry j : entries) {
            ObjectNode o = array.addObject();
            o.put("journey", j.id());
            o.put("title", j.title());
            o.put("file", path.apply(j.file()));
            o.put("touchpoints", j.touchpoints());
        }
    }

    private static void touchpointList(ArrayNode array, List<TouchpointEntry> entries) {
        for (TouchpointEntry t : entries) {
            ObjectNode o = array.addObject();
            o.put("journey", t.journey());
            o.put("touchpoint", t.touchpoint());
            o.put("name", t.name());
            o.put("stage", t.stage());
            o.put("critical", t.critical());
            o.put("measured", t.measured());
        }
    }

    private static void findingList(ArrayNode array, List<Finding> findings, UnaryOperator<String> path) {
        for (Finding f : findings) {
            ObjectNode o = array.addObject();
            o.put("rule", f.rule());
            o.put("severity", f.severity().id());
            o.put("file", path.apply(f.span().file()));
            o.put("line", f.span().line());
            o.put("column", f.span().column());
            o.put("journey", f.journey().orElse(null));
            o.put("touchpoint", f.touchpoint().orElse(null));
            o.put("message", f.message());
        }
    }

    private static void coverage(ObjectNode o, Coverage c) {
        o.put("criticalTouchpoints", c.criticalTouchpoints());
        o.put("criticalMeasured", c.criticalMeasured());
        o.put("touchpoints", c.touchpoints());
        o.put("withExpectations", c.withExpectations());
    }
}
