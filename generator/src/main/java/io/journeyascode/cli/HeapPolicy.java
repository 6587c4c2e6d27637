package io.journeyascode.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/**
 * Asks the JVM that runs {@code journey build} to give back memory it no longer needs (SPEC §10:
 * peak memory under 1 GiB at N = 1000). With plain {@code java -jar}, G1 keeps up to 70 % of the
 * heap free after a full collection ({@code MaxHeapFreeRatio}), so the collections the build
 * runs between its stages shrank a heap of ~180 MiB live data only to about 600 MiB, from which
 * young collections grew it past 1 GiB again. Both ratios are "manageable" HotSpot flags, so the
 * command line (which owns its process; the Maven plugin does not call this) sets them at start,
 * unless the user gave them. Any other JVM is left as it is.
 */
final class HeapPolicy {

    private HeapPolicy() {}

    static void compact() {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null) {
                return;
            }
            setIfDefault(hotspot, "MinHeapFreeRatio", "10");
            setIfDefault(hotspot, "MaxHeapFreeRatio", "30");
        } catch (RuntimeException | LinkageError e) {
            // not HotSpot, or the flags are not manageable here: the JVM's defaults stay
        }
    }

    private static void setIfDefault(HotSpotDiagnosticMXBean hotspot, String flag, String value) {
        VMOption option = hotspot.getVMOption(flag);
        if (option.getOrigin() == VMOption.Origin.DEFAULT) {
            hotspot.setVMOption(flag, value);
        }
    }
}
