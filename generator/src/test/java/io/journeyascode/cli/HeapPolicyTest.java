package io.journeyascode.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapPolicyTest {

    @Test
    void theBuildAsksTheJvmToKeepLessOfTheHeapFreeUnlessTheUserSetTheRatios() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        VMOption max = hotspot.getVMOption("MaxHeapFreeRatio");
        assumeTrue(
                max.getOrigin() == VMOption.Origin.DEFAULT || max.getValue().equals("30"),
                "this test JVM was started with its own MaxHeapFreeRatio: nothing to check");

        HeapPolicy.compact();

        assertThat(hotspot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
        assertThat(hotspot.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
        // a watch in the same JVM (as the tests run) raises them, and a build lowers them again
        HeapPolicy.roomy();
        assertThat(hotspot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("70");
        assertThat(hotspot.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("40");
        HeapPolicy.compact();
        assertThat(hotspot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
        assertThat(hotspot.getVMOption("MinHeapFreeRatio").getValue()).isEqualTo("10");
    }

    @Test
    void ratiosTheUserGaveAreLeftAlone() throws Exception {
        Process process = new ProcessBuilder(
                        java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                                .toString(),
                        "-XX:MaxHeapFreeRatio=55",
                        "-cp",
                        System.getProperty("java.class.path"),
                        RatiosAfterRoomy.class.getName())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        assertThat(out.strip()).isEqualTo("min 40 max 55");
    }

    /** Runs {@link HeapPolicy#roomy()} in a JVM started with its own maximum and prints the ratios. */
    static final class RatiosAfterRoomy {
        public static void main(String[] args) {
            HeapPolicy.roomy();
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            System.out.println("min " + hotspot.getVMOption("MinHeapFreeRatio").getValue() + " max "
                    + hotspot.getVMOption("MaxHeapFreeRatio").getValue());
        }
    }
}
