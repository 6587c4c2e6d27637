package io.journeyascode.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.journeyascode.model.Journey;
import io.journeyascode.model.Phase;
import io.journeyascode.model.TouchpointRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void fillsPagesGreedilyAndBreaksOnlyBetweenJourneys() {
        List<TouchpointRef> a = refs("a", 3);
        List<TouchpointRef> b = refs("b", 2);
        List<TouchpointRef> c = refs("c", 1);
        List<TouchpointRef> d = refs("d", 2);

        List<List<TouchpointRef>> pages = Paging.pages(concat(a, b, c, d), 4);

        // a (3) leaves no room for b (2); b and c fill 3 of 4 rows; d (2) does not fit beside them.
        assertThat(pages).containsExactly(a, concat(b, c), d);
    }

    @Test
    void aJourneyWithMoreRowsThanAPageGetsAPageOfItsOwn() {
        List<TouchpointRef> a = refs("a", 1);
        List<TouchpointRef> big = refs("big", 7);
        List<TouchpointRef> c = refs("c", 1);

        assertThat(Paging.pages(concat(a, big, c), 4)).containsExactly(a, big, c);
        assertThat(Paging.pages(big, 4)).containsExactly(big);
    }

    @Test
    void upToAPageOfRowsIsOnePageAsGiven() {
        List<TouchpointRef> rows = concat(refs("a", 2), refs("b", 3), refs("c", 1));

        assertThat(Paging.pages(rows, 6)).containsExactly(rows);
        assertThat(Paging.pages(rows, Paging.PAGE_ROWS)).containsExactly(rows);
        assertThat(Paging.pages(List.of(), 6)).containsExactly(List.of());
    }

    @Test
    void rowsOfAJourneyThatAreNotTogetherAreGatheredWhereTheJourneyFirstAppears() {
        List<TouchpointRef> a = refs("a", 2);
        List<TouchpointRef> b = refs("b", 2);
        List<TouchpointRef> mixed = List.of(a.get(0), b.get(0), a.get(1), b.get(1));

        assertThat(Paging.pages(mixed, 10)).containsExactly(concat(a, b));
        assertThat(Paging.pages(mixed, 2)).containsExactly(a, b);
    }

    @Test
    void everyRowIsOnExactlyOnePageAndEveryJourneyOnOne() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int pageRows = 1 + random.nextInt(12);
            List<TouchpointRef> rows = new ArrayList<>();
            int journeys = random.nextInt(15);
            for (int j = 0; j < journeys; j++) {
                rows.addAll(refs("j" + j, 1 + random.nextInt(20)));
            }

            List<List<TouchpointRef>> pages = Paging.pages(rows, pageRows);

            assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(rows);
            Map<String, Integer> pageOf = new HashMap<>();
            for (int p = 0; p < pages.size(); p++) {
                List<TouchpointRef> page = pages.get(p);
                long journeysHere =
                        page.stream().map(PagingTest::journeyOf).distinct().count();
                assertThat(page.size() <= pageRows || journeysHere == 1)
                        .as("page %d of %s rows", p, page.size())
                        .isTrue();
                if (p > 0) {
                    // Greedy: the first journey here did not fit on the page before.
                    long firstHere = page.stream()
                            .filter(r -> journeyOf(r).equals(journeyOf(page.get(0))))
                            .count();
                    assertThat(pages.get(p - 1).size() + firstHere).isGreaterThan(pageRows);
                }
                for (TouchpointRef ref : page) {
                    assertThat(pageOf.putIfAbsent(journeyOf(ref), p)).isIn(null, p);
                }
            }
        }
    }

    @Test
    void refusesAPageOfNoRows() {
        assertThatThrownBy(() -> Paging.pages(refs("a", 1), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String journeyOf(TouchpointRef ref) {
        return ref.journey().id().value();
    }

    @SafeVarargs
    private static List<TouchpointRef> concat(List<TouchpointRef>... lists) {
        List<TouchpointRef> all = new ArrayList<>();
        for (List<TouchpointRef> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private static List<TouchpointRef> refs(String journeyId, int touchpoints) {
        List<Fixture.Tp> tps = IntStream.rangeClosed(1, touchpoints)
                .mapToObj(i -> new Fixture.Tp("tp-" + i, "Touchpoint " + i))
                .toList();
        Journey journey = Fixture.journey(
                journeyId + ".yaml",
                journeyId,
                "Journey " + journeyId,
                null,
                "ecommerce",
                List.of(),
                null,
                null,
                List.of(new Fixture.StageDef("s", "Stage", Phase.values()[0], tps)));
        return journey.touchpoints().stream()
                .map(tp -> new TouchpointRef(journey, tp))
                .toList();
    }
}
