package io.journeyascode.model;

import java.util.List;

/**
 * The ids of SPEC §6's rules, declared once. The loader needs them (waivers and playbook.yaml
 * name rules) before any rule class is involved; each rule class returns its constant.
 */
public final class RuleIds {

    public static final String YAML_SYNTAX = "yaml-syntax";
    public static final String SCHEMA = "schema";
    public static final String DUPLICATE_ID = "duplicate-id";
    public static final String UNKNOWN_REFERENCE = "unknown-reference";
    public static final String CRITICAL_UNMEASURED = "critical-unmeasured";
    public static final String WAIVER_EXPIRED = "waiver-expired";
    public static final String CRITICAL_OUTSOURCED = "critical-outsourced";
    public static final String MISSING_EXPECTATIONS = "missing-expectations";
    public static final String MISSING_TARGET_EMOTION = "missing-target-emotion";
    public static final String NEGATIVE_TARGET_EMOTION = "negative-target-emotion";
    public static final String PHASE_GAP = "phase-gap";
    public static final String METRIC_BELOW_TARGET = "metric-below-target";
    public static final String STALE_MEASUREMENT = "stale-measurement";
    public static final String UNREACHABLE_TOUCHPOINT = "unreachable-touchpoint";
    public static final String WAIVER_UNUSED = "waiver-unused";
    public static final String MAP_TOO_LARGE = "map-too-large";
    public static final String SINGLE_CHANNEL = "single-channel";
    public static final String NO_PEAK_MOMENT = "no-peak-moment";
    public static final String EMOTION_OFF_TARGET = "emotion-off-target";

    /**
     * The rules whose findings are always errors: neither playbook.yaml nor a waiver lowers them,
     * as a file that cannot be read, or a second journey or touchpoint under an id already taken,
     * would drop out of the site or overwrite another's page without a word.
     */
    public static final java.util.Set<String> ALWAYS_ERRORS = java.util.Set.of(YAML_SYNTAX, DUPLICATE_ID);

    /**
     * The rules no waiver silences: those that are always errors, and {@code schema}, whose
     * findings are the loader's (it reads the waivers too). Only fixing the cause removes them.
     */
    public static final java.util.Set<String> NEVER_WAIVED = java.util.Set.of(YAML_SYNTAX, SCHEMA, DUPLICATE_ID);

    /** In the order of SPEC §6's table. */
    public static final List<String> ALL = List.of(
            YAML_SYNTAX,
            SCHEMA,
            DUPLICATE_ID,
            UNKNOWN_REFERENCE,
            CRITICAL_UNMEASURED,
            WAIVER_EXPIRED,
            CRITICAL_OUTSOURCED,
            MISSING_EXPECTATIONS,
            MISSING_TARGET_EMOTION,
            NEGATIVE_TARGET_EMOTION,
            PHASE_GAP,
            METRIC_BELOW_TARGET,
            STALE_MEASUREMENT,
            UNREACHABLE_TOUCHPOINT,
            WAIVER_UNUSED,
            MAP_TOO_LARGE,
            SINGLE_CHANNEL,
            NO_PEAK_MOMENT,
            EMOTION_OFF_TARGET);

    private RuleIds() {}
}
