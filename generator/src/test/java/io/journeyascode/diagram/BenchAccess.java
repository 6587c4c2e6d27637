package io.journeyascode.diagram;

/** Benchmark helper: the generated corpus as an index. */
public final class BenchAccess {
    private BenchAccess() {}

    public static io.journeyascode.model.PlaybookIndex index(int n) {
        return Fixtures.index(DiagramBenchmark.corpus(n, 42));
    }
}
