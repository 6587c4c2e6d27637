package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SparklineTest {

    @Test
    void roundsToOneDecimalAsBigDecimalHalfUpDoes() {
        Random random = new Random(3);
        double[] edges = {0, 1, 4, 9.95, 9.96, 99.95, 999.99, 0.05, -0.05, -3.25, 1e-5, 1e7, 123456789.75, 3.25, 3.35};
        for (double v : edges) {
            assertThat(Sparkline.fmt(v)).as("%s", v).isEqualTo(reference(v));
        }
        for (int i = 0; i < 200_000; i++) {
            double v = random.nextInt(3) == 0
                    ? Math.round(random.nextDouble() * 20000) / 100.0
                    : random.nextDouble() * 200 - 20;
            assertThat(Sparkline.fmt(v)).as("%s", v).isEqualTo(reference(v));
        }
    }

    private static String reference(double value) {
        return new BigDecimal(Double.toString(value))
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
