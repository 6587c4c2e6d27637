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
        // a second call leaves what is now set (not the JVM's default any more) alone
        HeapPolicy.compact();
        assertThat(hotspot.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo("30");
    }
}
