package io.journeyascode.maven;

/** The one-touchpoint journey the mojo tests build on. */
final class ShopJourney {

    private ShopJourney() {}

    /** The journey with {@code touchpointLines} (e.g. {@code critical: true}) added to its touchpoint. */
    static String with(String... touchpointLines) {
        StringBuilder yaml = new StringBuilder(
                """
                title: Shop
                stages:
                  - id: buy
                    name: Buy
                    phase: during
                    touchpoints:
                      - id: checkout
                        name: Checkout
                        channel: web
                """);
        for (String line : touchpointLines) {
            yaml.append("        ").append(line).append('\n');
        }
        return yaml.toString();
    }
}
