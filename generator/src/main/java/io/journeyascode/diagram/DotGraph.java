package io.journeyascode.diagram;

import java.util.Map;
import java.util.Set;

/**
 * The DOT text of one journey with what the SVG post-processing needs: a prefix that makes the
 * SVG's element ids unique in a page, the accessible title and description (plain text), the
 * titles to show instead of dot's generated ids (already XML-escaped), the only links the
 * SVG may carry, and the words of its {@link Legend}.
 */
record DotGraph(
        String journeyId,
        String dot,
        String idPrefix,
        String title,
        String description,
        Map<String, String> titles,
        Set<String> links,
        Map<String, String> words) {}
