package io.journeyascode.site.view;

/** How many touchpoints of a channel aim at an emotion; {@code share} 0..100 for the bar. */
public record EmotionShare(String emotion, int count, int share) {}
