package nl.samenwerkingskaart.initiatives.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import org.junit.jupiter.api.Test;

class RegionStatisticsTest {

    private static final List<String> REGIONS = List.of("AM01", "AM05", "AM22");

    @Test
    void countsPublishedInitiativesPerRegionByLevelKindSectorAndTheme() {
        RegionStatistics stats = RegionStatistics.of(List.of(
                initiative("a", "AM05", true, Set.of(Level.MBO, Level.VMBO),
                        List.of(PartyKind.MBO_INSTITUTION, PartyKind.MBO_INSTITUTION, PartyKind.COMPANY),
                        List.of("techniek", "bouw"), List.of("praktijkleren")),
                initiative("b", "AM05", true, Set.of(Level.MBO), List.of(PartyKind.MBO_INSTITUTION),
                        List.of("techniek"), List.of()),
                initiative("c", "AM22", true, Set.of(Level.HBO), List.of(PartyKind.HBO_INSTITUTION),
                        List.of("zorg"), List.of("arbeidsmarkt"))), REGIONS);

        RegionCounts twente = stats.region("AM05").orElseThrow();
        assertEquals(2, twente.total());
        assertEquals(1, twente.level(Level.VMBO));
        assertEquals(2, twente.level(Level.MBO));
        assertEquals(0, twente.level(Level.HBO));
        assertEquals(2, twente.partyKind(PartyKind.MBO_INSTITUTION), "initiatives, not parties");
        assertEquals(1, twente.partyKind(PartyKind.COMPANY));
        assertEquals(Map.of("techniek", 2, "bouw", 1), twente.bySector());
        assertEquals(List.of("techniek", "bouw"), List.copyOf(twente.bySector().keySet()), "most frequent first");
        assertEquals(Map.of("praktijkleren", 1), twente.byTheme());
        assertEquals(3, stats.total());
        assertEquals(2, stats.maximum());
    }

    @Test
    void draftsAreNeverCounted() {
        RegionStatistics stats = RegionStatistics.of(List.of(
                initiative("a", "AM05", true, Set.of(Level.MBO), List.of(), List.of("zorg"), List.of()),
                initiative("draft", "AM05", false, Set.of(Level.HBO), List.of(PartyKind.COMPANY),
                        List.of("ict"), List.of("x"))), REGIONS);

        RegionCounts twente = stats.region("AM05").orElseThrow();
        assertEquals(1, twente.total());
        assertEquals(0, twente.level(Level.HBO));
        assertEquals(0, twente.partyKind(PartyKind.COMPANY));
        assertEquals(Map.of("zorg", 1), twente.bySector());
        assertTrue(twente.byTheme().isEmpty());
        assertEquals(0, stats.unplaced(), "a draft is not even unplaced");
    }

    @Test
    void anInitiativeWithLocationsInSeveralRegionsCountsOnceInItsOwnRegion() {
        Initiative spread = initiative("a", "AM05", true, Set.of(Level.MBO), List.of(), List.of(), List.of())
                .toBuilder()
                .locations(List.of(new Location(null, "Enschede", 52.22, 6.89, null),
                        new Location(null, "Rotterdam", 51.92, 4.48, null)))
                .build();

        RegionStatistics stats = RegionStatistics.of(List.of(spread), REGIONS);

        assertEquals(1, stats.region("AM05").orElseThrow().total());
        assertEquals(0, stats.region("AM22").orElseThrow().total());
        assertEquals(1, stats.total(), "the regions add up to the national total");
    }

    @Test
    void emptyRegionsAreListedWithZeroesInTheOrderAsked() {
        RegionStatistics stats = RegionStatistics.of(List.of(), REGIONS);

        assertEquals(REGIONS, stats.regions().stream().map(RegionCounts::regionCode).toList());
        RegionCounts groningen = stats.region("AM01").orElseThrow();
        assertEquals(0, groningen.total());
        for (Level level : Level.values()) {
            assertEquals(0, groningen.level(level));
        }
        assertEquals(PartyKind.values().length, groningen.byPartyKind().size(), "every kind, zero included");
        assertEquals(0, stats.maximum());
        assertTrue(stats.region("AM99").isEmpty());
    }

    @Test
    void initiativesWithoutAKnownRegionAreCountedApart() {
        RegionStatistics stats = RegionStatistics.of(List.of(
                initiative("a", null, true, Set.of(), List.of(), List.of(), List.of()),
                initiative("b", "AM99", true, Set.of(), List.of(), List.of(), List.of())), REGIONS);

        assertEquals(2, stats.unplaced());
        assertEquals(0, stats.total());
    }

    @Test
    void aRepeatedSectorCountsOnce() {
        RegionStatistics stats = RegionStatistics.of(List.of(initiative("a", "AM01", true, Set.of(), List.of(),
                List.of("zorg", "zorg"), List.of("x", "x"))), REGIONS);

        assertEquals(Map.of("zorg", 1), stats.region("AM01").orElseThrow().bySector());
        assertEquals(Map.of("x", 1), stats.region("AM01").orElseThrow().byTheme());
    }

    static Initiative initiative(String id, String region, boolean published, Set<Level> levels,
            List<PartyKind> kinds, List<String> sectors, List<String> themes) {
        return Initiative.builder()
                .id(id)
                .name("Initiatief " + id)
                .goal("Doel")
                .parties(kinds.stream().map(kind -> new Party("Partij", kind, null)).toList())
                .levels(levels)
                .locations(List.of(new Location(null, null, 52.0, 5.0, null)))
                .regionCode(region)
                .sectors(sectors)
                .themes(themes)
                .published(published)
                .build();
    }
}
