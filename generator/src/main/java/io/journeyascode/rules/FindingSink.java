package io.journeyascode.rules;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Message;
import io.journeyascode.model.Span;
import io.journeyascode.model.Touchpoint;

/**
 * Where rules report: the engine turns each report into a finding of the reporting rule. A message
 * is a key of {@code findings.properties} and its values (see {@link FindingMessages}).
 */
public interface FindingSink {

    /** A finding about a touchpoint (waivers on that touchpoint apply). */
    void report(Span span, Journey journey, Touchpoint touchpoint, Message message);

    /** A finding about a journey as a whole. */
    void report(Span span, Journey journey, Message message);

    /** A finding outside any journey (playbook.yaml, a measurements file). */
    void report(Span span, Message message);
}
