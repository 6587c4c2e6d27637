package io.journeyascode.site.view;

import java.util.List;

/**
 * A journey page. {@code descriptionHtml} and {@code personaHtml} are Markdown rendered and
 * sanitised by the generator; {@code diagramSvg} (the Graphviz diagram) and
 * {@code emotionCurveSvg} are inline SVG made by the generator; when one could not be made its
 * notice says why ({@code diagramNotice}, {@code emotionCurveNotice}). {@code diagramPrint} is
 * how the diagram is printed when it is too wide for the paper: rows cut between its stages, and
 * its legend (none when it prints as it is); {@code emotionCurvePrint}, markup the generator made, is
 * the same for the curve: rows of its touchpoints under its legend (empty when it prints as it is).
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
        List<PrintRowView> diagramPrint,
        String emotionCurveSvg,
        String emotionCurveNotice,
        String emotionCurvePrint,
        List<StageView> stages,
        List<FindingView> findings,
        String sourceHref) {

    public JourneyView {
        targetEmotions = List.copyOf(targetEmotions);
        diagramPrint = List.copyOf(diagramPrint);
        stages = List.copyOf(stages);
        findings = List.copyOf(findings);
    }
}
