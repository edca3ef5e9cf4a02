package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DuplicateFinderTest {

    private static final double ENSCHEDE_LAT = 52.2215;
    private static final double ENSCHEDE_LON = 6.8937;
    private static final double HENGELO_LAT = 52.2658;
    private static final double HENGELO_LON = 6.7931;
    private static final double ZWOLLE_LAT = 52.5168;
    private static final double ZWOLLE_LON = 6.0830;
    private static final double MAASTRICHT_LAT = 50.8514;
    private static final double MAASTRICHT_LON = 5.6910;

    private static Initiative initiative(String id, String name, double lat, double lon) {
        return Initiative.builder().id(id).name(name)
                .locations(List.of(new Location(null, null, lat, lon, null))).build();
    }

    private static final Initiative TECHNIEK_PACT_HENGELO =
            initiative("techniek-pact-twente-aaaaa", "Techniek Pact Twente", HENGELO_LAT, HENGELO_LON);
    private static final Initiative TECHNIEKPACT_MAASTRICHT =
            initiative("techniekpact-twente-bbbbb", "Techniekpact Twente", MAASTRICHT_LAT, MAASTRICHT_LON);
    private static final Initiative TECHNIEKPACT_LIMBURG =
            initiative("techniekpact-limburg-ccccc", "Techniekpact Limburg", MAASTRICHT_LAT, MAASTRICHT_LON);
    private static final Initiative TALENTLAB_ENSCHEDE =
            initiative("talentlab-enschede-ddddd", "Talentlab Enschede", ENSCHEDE_LAT, ENSCHEDE_LON);
    private static final Initiative ZORGACADEMIE_ZWOLLE =
            initiative("zorgacademie-zwolle-eeeee", "Zorgacademie Zwolle", ZWOLLE_LAT, ZWOLLE_LON);
    private static final Initiative NO_LOCATION =
            Initiative.builder().id("techniekpact-twente-fffff").name("Techniekpact Twente").build();

    private static final List<Initiative> EXISTING = List.of(TALENTLAB_ENSCHEDE, TECHNIEKPACT_LIMBURG,
            TECHNIEKPACT_MAASTRICHT, TECHNIEK_PACT_HENGELO, ZORGACADEMIE_ZWOLLE, NO_LOCATION);

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Techniekpact Twente | Techniek Pact Twente | 1.0",
            "De Bouwcampus van Enschede | Bouwcampus Enschede | 1.0",
            "Zorgcampus Zwolle | Zorgacademie Zwolle | 0.5",
            "Techniekpact Twente | Zorgacademie Zwolle | 0.0",
            "Leerwerkplaats Één | LEERWERKPLAATS EEN | 1.0",
            "de van en het | Techniekpact | 0.0"})
    void comparesNormalisedNames(String a, String b, double expected) {
        assertEquals(expected, NameSimilarity.of(a, b), 0.001);
        assertEquals(expected, NameSimilarity.of(b, a), 0.001, "symmetric");
    }

    @Test
    void normalisesCaseAccentsAndStopWords() {
        assertEquals("cafetechniekzwolle", NameSimilarity.normalise("Het Café voor Techniek en Zwolle"));
    }

    @Test
    void aTypoCostsLittle() {
        double typo = NameSimilarity.of("Zorgcampus Zwolle", "Zorgcampus Zwol");
        assertTrue(typo > 0.8 && typo < 1, "was " + typo);
    }

    @ParameterizedTest
    @CsvSource({
            "52.3676, 4.9041, 51.9244, 4.4777, 57.3",
            "52.2215, 6.8937, 52.2215, 6.8937, 0.0",
            "53.2194, 6.5665, 50.8514, 5.6910, 270.0"})
    void measuresHaversineDistance(double lat1, double lon1, double lat2, double lon2, double km) {
        assertEquals(km, Distance.km(lat1, lon1, lat2, lon2), 2.0);
    }

    @Test
    void ranksTheSameInitiativeNearbyFirst() {
        List<DuplicateScore> found = new DuplicateFinder()
                .find("Techniekpact Twente", ENSCHEDE_LAT, ENSCHEDE_LON, EXISTING);
        // The two far ones tie at 0.5 and come in id order, so the list is the same on every run.
        assertEquals(List.of(TECHNIEK_PACT_HENGELO.id(), TECHNIEKPACT_MAASTRICHT.id(), NO_LOCATION.id()),
                found.stream().map(s -> s.initiative().id()).toList());
        DuplicateScore best = found.get(0);
        assertEquals(1.0, best.nameSimilarity(), 1e-9);
        assertEquals(8.6, best.distanceKm(), 0.5);
        assertEquals(1 - 0.5 * best.distanceKm() / 25, best.score(), 1e-9);
    }

    @Test
    void theSameNameFarAwayScoresBelowTheSameNameNearby() {
        DuplicateScore nearby = DuplicateFinder.score("Techniekpact Twente", ENSCHEDE_LAT, ENSCHEDE_LON,
                TECHNIEK_PACT_HENGELO);
        DuplicateScore far = DuplicateFinder.score("Techniekpact Twente", ENSCHEDE_LAT, ENSCHEDE_LON,
                TECHNIEKPACT_MAASTRICHT);
        assertTrue(far.distanceKm() > 150, "was " + far.distanceKm());
        assertEquals(0.5, far.score(), 1e-9);
        assertTrue(nearby.score() > far.score() + 0.3);
    }

    @Test
    void anInitiativeWithoutLocationIsFarAway() {
        DuplicateScore score = DuplicateFinder.score("Techniekpact Twente", ENSCHEDE_LAT, ENSCHEDE_LON,
                NO_LOCATION);
        assertEquals(Double.POSITIVE_INFINITY, score.distanceKm());
        assertEquals(0.5, score.score(), 1e-9);
    }

    @Test
    void aHalfSimilarNameNearbyIsAPossibleDuplicate() {
        List<DuplicateScore> found = new DuplicateFinder()
                .find("Zorgcampus Zwolle", ZWOLLE_LAT + 0.01, ZWOLLE_LON, EXISTING);
        assertEquals(List.of(ZORGACADEMIE_ZWOLLE), found.stream().map(DuplicateScore::initiative).toList());
        assertTrue(found.get(0).score() > 0.45 && found.get(0).score() < 0.5, "was " + found.get(0).score());
    }

    @Test
    void aDifferentNameOnTheSameSpotIsNoDuplicate() {
        DuplicateScore score = DuplicateFinder.score("Techniekpact Twente", ENSCHEDE_LAT, ENSCHEDE_LON,
                TALENTLAB_ENSCHEDE);
        assertEquals(0.0, score.distanceKm(), 1e-9);
        assertTrue(score.score() < 0.3, "was " + score.score());
        assertTrue(new DuplicateFinder().find("Techniekpact Twente", ENSCHEDE_LAT, ENSCHEDE_LON,
                List.of(TALENTLAB_ENSCHEDE, TECHNIEKPACT_LIMBURG)).isEmpty());
    }

    @Test
    void returnsAtMostTheLimitAboveTheThreshold() {
        List<DuplicateScore> found = new DuplicateFinder(0.4, 2)
                .find("Techniekpact Twente", ENSCHEDE_LAT, ENSCHEDE_LON, EXISTING);
        assertEquals(2, found.size());
        assertTrue(found.get(0).score() >= found.get(1).score());
        assertTrue(new DuplicateFinder(0.99, 5)
                .find("Techniekpact Twente", ENSCHEDE_LAT, ENSCHEDE_LON, EXISTING).isEmpty());
    }

    @Test
    void findsDuplicatesOfAProposedInitiativeButNotItself() {
        Initiative proposed = initiative("techniekpact-twente-zzzzz", "Techniekpact Twente", ENSCHEDE_LAT,
                ENSCHEDE_LON);
        List<String> ids = new DuplicateFinder().find(proposed, List.of(proposed, TECHNIEK_PACT_HENGELO)).stream()
                .map(s -> s.initiative().id()).toList();
        assertEquals(List.of(TECHNIEK_PACT_HENGELO.id()), ids);
    }

    @Test
    void aProposedInitiativeWithoutLocationIsComparedByNameAtHalfWeight() {
        Initiative proposed = Initiative.builder().name("Techniekpact Twente").build();
        List<DuplicateScore> found = new DuplicateFinder().find(proposed, List.of(TECHNIEK_PACT_HENGELO));
        assertEquals(1, found.size());
        assertEquals(0.5, found.get(0).score(), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, found.get(0).distanceKm());
    }

    @Test
    void refusesNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> new DuplicateFinder(1.5, 5));
        assertThrows(IllegalArgumentException.class, () -> new DuplicateFinder(0.5, 0));
    }
}
