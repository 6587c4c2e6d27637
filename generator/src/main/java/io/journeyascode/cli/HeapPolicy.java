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
        freeRatios("10", "30");
    }

    /**
     * For {@code build --watch}, which builds again and again in one JVM: the heap keeps room for
     * the next build's garbage. With the ratios of {@link #compact()} the parallel collector
     * shrank the heap after each build and then ran a full collection (0.13 s) in almost every
     * rebuild at N = 1000; with these, in one rebuild of three, and a rebuild took 0.9-1.0 s
     * instead of 1.2-1.35 s, the process peaking at 560-590 MiB instead of 520. (A full
     * collection between the builds, while the watch waits, did not make them faster.)
     */
    static void roomy() {
        freeRatios("40", "70");
    }

    private static void freeRatios(String min, String max) {
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotspot == null) {
                return;
            }
            // The JVM refuses a minimum above the maximum at any moment: raise the maximum first,
            // lower the minimum first.
            boolean raising = Integer.parseInt(max)
                    >= Integer.parseInt(hotspot.getVMOption("MaxHeapFreeRatio").getValue());
            if (raising) {
                setUnlessTheUsers(hotspot, "MaxHeapFreeRatio", max);
                setUnlessTheUsers(hotspot, "MinHeapFreeRatio", min);
            } else {
                setUnlessTheUsers(hotspot, "MinHeapFreeRatio", min);
                setUnlessTheUsers(hotspot, "MaxHeapFreeRatio", max);
            }
        } catch (RuntimeException | LinkageError e) {
            // not HotSpot, or the flags are not manageable here: the JVM's defaults stay
        }
    }

    /** Sets {@code flag} unless the user gave it (on the command line, in the environment or a file). */
    private static void setUnlessTheUsers(HotSpotDiagnosticMXBean hotspot, String flag, String value) {
        VMOption.Origin origin = hotspot.getVMOption(flag).getOrigin();
        if (origin != VMOption.Origin.VM_CREATION
                && origin != VMOption.Origin.ENVIRON_VAR
                && origin != VMOption.Origin.CONFIG_FILE) {
            hotspot.setVMOption(flag, value);
        }
    }
}
