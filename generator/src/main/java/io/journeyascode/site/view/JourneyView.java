package io.journeyascode.site.view;

import java.util.List;

/**
 * A journey page. {@code descriptionHtml} and {@code personaHtml} are Markdown rendered and
 * sanitised by the generator; {@code diagramSvg} (the Graphviz diagram) and
 * {@code emotionCurveSvg} are inline SVG made by the generator; when one could not be made its
 * notice says why ({@code diagramNotice}, {@code emotionCurveNotice}). {@code diagramPrintSvg} and
 * {@code emotionCurvePrintSvg}, SVG made by the generator too, are how they print when they are too
 * wide for the paper: rows of the map cut between its stages, with its legend; rows of the
 * curve's touchpoints, under its legend (empty when they print as they are). {@code waivers} are
 * the journey's own, of findings about it as a whole, then its touchpoints', each with its
 * touchpoint; {@code allClear} is what the page says when it has no findings (and how many the
 * waivers accept).
 */
public record JourneyView(
        String id,
        String title,
        String summary,
        String descriptionHtml,
        String persona,
        String personaHtml,
        LinkView owner,
        List<String> targetEmotions,
        int touchpoints,
        int critical,
        String diagramSvg,
        String diagramNotice,
        String svgHref,
        String diagramPrintSvg,
        String emotionCurveSvg,
        String emotionCurveNotice,
        String emotionCurvePrintSvg,
        List<StageView> stages,
        List<FindingView> findings,
        List<WaiverView> waivers,
        String allClear,
        String sourceHref) {

    public JourneyView {
        targetEmotions = List.copyOf(targetEmotions);
        stages = List.copyOf(stages);
        findings = List.copyOf(findings);
        waivers = List.copyOf(waivers);
    }
}
