package io.journeyascode.rules;

import io.journeyascode.model.Message;
import io.journeyascode.model.Metric;
import io.journeyascode.model.MetricType;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.stream.Collectors;

/** Small formatting helpers shared by the rules' messages. */
final class Texts {

    private Texts() {}

    /** A number as a person writes it: {@code 85}, not {@code 85.0}. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * A metric as a message names it: its own name, the abbreviation of its type ({@code CSAT}), or
     * the word for an emotion metric in the message's language.
     */
    static Object label(Metric metric) {
        return metric.name().isEmpty() && metric.type().value() == MetricType.EMOTION
                ? Message.of("metric.emotion")
                : metric.label();
    }

    /** A YAML flow list: {@code [joy, trust]}. */
    static String list(Collection<String> items) {
        return items.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
