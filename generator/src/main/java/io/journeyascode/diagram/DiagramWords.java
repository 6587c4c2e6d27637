package io.journeyascode.diagram;

import java.util.HashMap;
import java.util.Map;

/**
 * The words the diagrams and emotion curves show themselves (legend, markers, summaries), in
 * English and Finnish (SPEC §4 {@code locale}). The summaries that count ({@code diagram.desc},
 * {@code curve.desc}) are {@link java.text.MessageFormat} patterns; titles use {@code %s}. A caller may pass its own map; missing keys fall
 * back to English.
 */
public final class DiagramWords {

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("phase.before", "before the purchase"),
            Map.entry("phase.during", "during the purchase"),
            Map.entry("phase.after", "after the purchase"),
            Map.entry("legend", "Legend"),
            Map.entry("legend.touchpoint", "Touchpoint\nchannel · owner"),
            Map.entry("critical", "critical"),
            Map.entry("legend.critical", "Critical touchpoint"),
            Map.entry("at-risk", "at risk: not measured"),
            Map.entry("legend.at-risk", "Critical, no metric:\nat risk"),
            Map.entry("short-of-target", "short of target"),
            Map.entry("legend.short-of-target", "Metric short\nof target"),
            Map.entry("outsourced", "outsourced"),
            Map.entry("outsourced-by", "outsourced to"),
            Map.entry("legend.outsourced", "Outsourced\n(provider named)"),
            Map.entry("external", "external: not controlled"),
            Map.entry("legend.external", "External:\nnot controlled"),
            Map.entry("peak", "peak moment"),
            Map.entry("pain", "pain point"),
            Map.entry("end", "end moment"),
            Map.entry("legend.peak", "Peak moment"),
            Map.entry("legend.pain", "Pain point"),
            Map.entry("legend.end", "End moment"),
            Map.entry("legend.flow", "customer flow"),
            Map.entry("legend.expectations", "sets expectations for"),
            Map.entry("other-journey", "other journey"),
            Map.entry("unknown", "unknown"),
            Map.entry("expectations", "Expectations"),
            Map.entry("no-expectations", "No expectations written"),
            Map.entry("target-emotion", "Target emotion"),
            Map.entry("lang", "en"),
            Map.entry("diagram.title", "Journey map: %s"),
            Map.entry(
                    "diagram.desc",
                    "{0,choice,0#{0} stages|1#{0} stage|1<{0} stages}, {1,choice,0#{1} touchpoints|1#{1} touchpoint|1<{1} touchpoints}."),
            Map.entry("diagram.flows", "Flow: %s. Any other touchpoint leads to the next one."),
            Map.entry("diagram.expectations", "Sets expectations for: %s."),
            Map.entry("stage", "Stage"),
            Map.entry("curve.title", "Emotion curve: %s"),
            Map.entry("curve.intended", "intended feeling"),
            Map.entry("curve.measured", "measured against target"),
            Map.entry("curve.positive", "positive"),
            Map.entry("curve.negative", "negative"),
            Map.entry("curve.neutral", "neutral"),
            Map.entry("curve.no-emotion", "no target emotion"),
            Map.entry("curve.not-measured", "not measured"),
            Map.entry(
                    "curve.desc",
                    "{0,choice,0#{0} touchpoints|1#{0} touchpoint|1<{0} touchpoints}; {1} with a target emotion, {2} measured."),
            Map.entry("curve.summary.intended", "intended %s"),
            Map.entry("curve.summary.measured", "measured %s"),
            Map.entry("curve.above", "better than target"),
            Map.entry("curve.below", "short of target"),
            Map.entry("curve.on", "on target"));

    private static final Map<String, String> FI = Map.ofEntries(
            Map.entry("phase.before", "ennen ostoa"),
            Map.entry("phase.during", "oston aikana"),
            Map.entry("phase.after", "oston jälkeen"),
            Map.entry("legend", "Selite"),
            Map.entry("legend.touchpoint", "Kosketuspiste\nkanava · omistaja"),
            Map.entry("critical", "kriittinen"),
            Map.entry("legend.critical", "Kriittinen kosketuspiste"),
            Map.entry("at-risk", "riski: ei mittaria"),
            Map.entry("legend.at-risk", "Kriittinen, ei mittaria:\nriski"),
            Map.entry("short-of-target", "jää tavoitteesta"),
            Map.entry("legend.short-of-target", "Mittari jää\ntavoitteesta"),
            Map.entry("outsourced", "ulkoistettu"),
            Map.entry("outsourced-by", "ulkoistettu:"),
            Map.entry("legend.outsourced", "Ulkoistettu\n(toimittaja)"),
            Map.entry("external", "ulkopuolinen: emme hallitse"),
            Map.entry("legend.external", "Ulkopuolinen:\nemme hallitse"),
            Map.entry("peak", "huippuhetki"),
            Map.entry("pain", "kipukohta"),
            Map.entry("end", "loppuhetki"),
            Map.entry("legend.peak", "Huippuhetki"),
            Map.entry("legend.pain", "Kipukohta"),
            Map.entry("legend.end", "Loppuhetki"),
            Map.entry("legend.flow", "asiakkaan eteneminen"),
            Map.entry("legend.expectations", "luo odotuksia"),
            Map.entry("other-journey", "toinen asiakaspolku"),
            Map.entry("unknown", "tuntematon"),
            Map.entry("expectations", "Odotukset"),
            Map.entry("no-expectations", "Odotuksia ei ole kirjattu"),
            Map.entry("target-emotion", "Tavoitetunne"),
            Map.entry("lang", "fi"),
            Map.entry("diagram.title", "Polkukartta: %s"),
            Map.entry(
                    "diagram.desc",
                    "{0,choice,0#{0} vaihetta|1#{0} vaihe|1<{0} vaihetta}, {1,choice,0#{1} kosketuspistettä|1#{1} kosketuspiste|1<{1} kosketuspistettä}."),
            Map.entry("diagram.flows", "Kulku: %s. Muut kosketuspisteet johtavat seuraavaan."),
            Map.entry("diagram.expectations", "Luo odotuksia: %s."),
            Map.entry("stage", "Vaihe"),
            Map.entry("curve.title", "Tunnekäyrä: %s"),
            Map.entry("curve.intended", "tavoiteltu tunne"),
            Map.entry("curve.measured", "mitattu suhteessa tavoitteeseen"),
            Map.entry("curve.positive", "myönteinen"),
            Map.entry("curve.negative", "kielteinen"),
            Map.entry("curve.neutral", "neutraali"),
            Map.entry("curve.no-emotion", "ei tavoitetunnetta"),
            Map.entry("curve.not-measured", "ei mitattu"),
            Map.entry(
                    "curve.desc",
                    "{0,choice,0#{0} kosketuspistettä|1#{0} kosketuspiste|1<{0} kosketuspistettä}; tavoitetunne {1}, mitattu {2}."),
            Map.entry("curve.summary.intended", "tavoite %s"),
            Map.entry("curve.summary.measured", "mitattu tulos %s"),
            Map.entry("curve.above", "tavoitetta parempi"),
            Map.entry("curve.below", "jää tavoitteesta"),
            Map.entry("curve.on", "tavoitteessa"));

    private DiagramWords() {}

    /** The words for a locale ("en" or "fi"; anything else is English). */
    public static Map<String, String> of(String locale) {
        return "fi".equals(locale) ? FI : EN;
    }

    /**
     * The words for a locale with a vocabulary of the site's (keys {@code vocab.channel.ID} and
     * {@code vocab.emotion.ID}, as in its messages): the diagrams name channels and emotions with
     * them, and show the id itself where the vocabulary has no word.
     */
    public static Map<String, String> of(String locale, Map<String, String> vocabulary) {
        Map<String, String> all = new HashMap<>(of(locale));
        vocabulary.forEach((key, word) -> {
            if (key.startsWith(CHANNEL) || key.startsWith(EMOTION)) {
                all.put(key, word);
            }
        });
        return Map.copyOf(all);
    }

    private static final String CHANNEL = "vocab.channel.";
    private static final String EMOTION = "vocab.emotion.";

    /** A channel's word in {@code words}, else its id. */
    static String channel(Map<String, String> words, String id) {
        return words.getOrDefault(CHANNEL + id, id);
    }

    /** An emotion's word in {@code words}, else its id. */
    static String emotion(Map<String, String> words, String id) {
        return words.getOrDefault(EMOTION + id, id);
    }

    /** {@code words} completed with English for the keys it lacks. */
    static Map<String, String> complete(Map<String, String> words) {
        if (words == EN || words == FI) {
            return words;
        }
        Map<String, String> all = new HashMap<>(EN);
        all.putAll(words);
        return all;
    }
}
