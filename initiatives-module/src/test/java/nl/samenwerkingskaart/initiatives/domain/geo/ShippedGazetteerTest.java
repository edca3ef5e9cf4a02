package nl.samenwerkingskaart.initiatives.domain.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShippedGazetteerTest {

    private static ShippedGazetteer gazetteer;

    @BeforeAll
    static void load() {
        gazetteer = ShippedGazetteer.load();
    }

    @Test
    void theShippedDataHoldEveryDutchPlaceOfTheSourceInsideTheNetherlands() {
        assertEquals(1572, gazetteer.size());
        Set<String> provinces = Set.of("Drenthe", "Fryslân", "Gelderland", "Groningen", "Limburg", "Noord-Brabant",
                "Noord-Holland", "Utrecht", "Zeeland", "Zuid-Holland", "Overijssel", "Flevoland");
        for (Place place : gazetteer.places()) {
            assertTrue(place.latitude() >= 50.75 && place.latitude() <= 53.56, place::toString);
            assertTrue(place.longitude() >= 3.35 && place.longitude() <= 7.23, place::toString);
            assertTrue(provinces.contains(place.province()), place::toString);
            assertTrue(!gazetteer.municipality(place).isEmpty(), place::toString);
        }
        assertEquals(provinces, gazetteer.places().stream().map(Place::province).collect(Collectors.toSet()));
    }

    @Test
    void theProvinceComesFromTheCodeAsGeoNamesDefinesIt() {
        assertEquals("Overijssel", found("Enschede").province());
        assertEquals("Fryslân", found("Leeuwarden").province());
        assertEquals("Noord-Brabant", found("Eindhoven").province());
        assertEquals("Zuid-Holland", found("Rotterdam").province());
        assertEquals("Flevoland", found("Almere Stad").province());
        assertEquals("Limburg", found("Maastricht").province());
    }

    @Test
    void anExactNameIsFoundWithItsCoordinates() {
        Place enschede = found("Enschede");
        assertEquals("Enschede", enschede.name());
        assertEquals(52.22, enschede.latitude(), 0.05);
        assertEquals(6.89, enschede.longitude(), 0.05);
    }

    @ParameterizedTest
    @ValueSource(strings = {"enschede", "ENSCHEDE", "  Enschede  ", "En schede"})
    void caseAndSpaceDoNotMatter(String typed) {
        assertEquals("Enschede", found(typed).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sint Odiliënberg", "Sint Odilienberg", "sint-odilienberg", "SINT ODILIËNBERG"})
    void diacriticsDoNotMatter(String typed) {
        assertEquals("Sint Odiliënberg", found(typed).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"'s-Hertogenbosch", "’s-Hertogenbosch", "s-Hertogenbosch", "'s Hertogenbosch",
        "s Hertogenbosch", "SHertogenbosch", "shertogenbosch"})
    void apostropheAndHyphenFormsOfDutchNamesAreOneName(String typed) {
        assertEquals("'s-Hertogenbosch", found(typed).name());
    }

    @Test
    void theLigatureIjIsTwoLetters() {
        assertEquals("IJsselstein", found("Ĳsselstein").name());
    }

    @Test
    void aSharedNameIsAmbiguousWithEveryCandidate() {
        TownMatch hengelo = gazetteer.lookup("Hengelo");
        assertEquals(TownMatch.Kind.AMBIGUOUS, hengelo.kind());
        assertEquals(List.of("Gelderland", "Overijssel"), hengelo.candidates().stream().map(Place::province).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hengelo (Overijssel)", "Hengelo, Overijssel", "hengelo(overijssel)", "Hengelo ,overijssel"})
    void theProvinceTellsSharedNamesApart(String typed) {
        Place hengelo = found(typed);
        assertEquals("Overijssel", hengelo.province());
        assertEquals(52.26, hengelo.latitude(), 0.05);
    }

    @Test
    void frieslandIsTheProvinceFryslan() {
        assertEquals("Ameland", gazetteer.municipality(found("Nes (Ameland)")));
        assertEquals(TownMatch.Kind.AMBIGUOUS, gazetteer.lookup("Nes (Friesland)").kind());
        assertEquals(TownMatch.Kind.AMBIGUOUS, gazetteer.lookup("Nes, Fryslân").kind());
    }

    @Test
    void twoPlacesOfOneNameInOneProvinceAreToldApartByMunicipality() {
        TownMatch heusden = gazetteer.lookup("Heusden (Noord-Brabant)");
        assertEquals(TownMatch.Kind.AMBIGUOUS, heusden.kind());
        assertEquals(List.of("Heusden (Asten)", "Heusden (Heusden)"),
                heusden.candidates().stream().map(gazetteer::qualifiedName).toList());
        assertEquals("Asten", gazetteer.municipality(found("Heusden (Asten)")));
        assertEquals("Heusden", gazetteer.municipality(found("Heusden, Heusden")));
    }

    @Test
    void everyQualifiedNameLeadsBackToItsPlace() {
        for (Place place : gazetteer.places()) {
            TownMatch match = gazetteer.lookup(gazetteer.qualifiedName(place));
            assertTrue(match.isFound(), () -> gazetteer.qualifiedName(place) + ": " + match.kind());
            assertEquals(place, match.place());
        }
    }

    @Test
    void aWrongProvinceForASharedNameStillShowsTheChoices() {
        TownMatch match = gazetteer.lookup("Hengelo (Zeeland)");
        assertEquals(TownMatch.Kind.AMBIGUOUS, match.kind());
        assertEquals(2, match.candidates().size());
    }

    @Test
    void aWrongProvinceForAUniqueNameIsNoMatchRatherThanAGuess() {
        assertEquals(TownMatch.Kind.UNKNOWN, gazetteer.lookup("Enschede (Zeeland)").kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "Enschde", "Den Bosch", "()", "-", "'s"})
    void anUnknownNameIsUnknownAndNeverTheNearestSpelling(String typed) {
        TownMatch match = gazetteer.lookup(typed);
        assertEquals(TownMatch.Kind.UNKNOWN, match.kind());
        assertEquals(typed.strip(), match.query());
        assertTrue(match.candidates().isEmpty());
    }

    @Test
    void aMunicipalityThatNoPlaceIsNamedAfterOffersItsPlacesNeverOneOfThem() {
        TownMatch denHaag = gazetteer.lookup("den haag");
        assertEquals(TownMatch.Kind.AMBIGUOUS, denHaag.kind());
        assertTrue(denHaag.candidates().stream().anyMatch(p -> p.name().equals("The Hague")), denHaag.candidates()
                .toString());
        assertTrue(denHaag.candidates().stream().allMatch(p -> gazetteer.municipality(p).equals("Den Haag")));
        TownMatch almere = gazetteer.lookup("Almere");
        assertEquals(TownMatch.Kind.AMBIGUOUS, almere.kind());
        assertTrue(almere.candidates().stream().allMatch(p -> p.name().startsWith("Almere ")), almere.candidates()
                .toString());
        assertEquals("The Hague", gazetteer.lookup("The Hague").place().name(), "a place's own name still wins");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void blankIsUnknown(String typed) {
        assertEquals(TownMatch.Kind.UNKNOWN, gazetteer.lookup(typed).kind());
    }

    @Test
    void suggestionsOfferSimilarNamesToChooseFrom() {
        assertEquals("Enschede", gazetteer.suggestions("Enschde", 5).get(0).name());
        assertTrue(gazetteer.suggestions("Amersfo", 5).stream().anyMatch(p -> p.name().equals("Amersfoort")));
        assertTrue(gazetteer.suggestions("Xq", 5).isEmpty());
        assertTrue(gazetteer.suggestions("Qqqqqqqq", 5).isEmpty());
        assertEquals(3, gazetteer.suggestions("Sint", 3).size());
    }

    @Test
    void aBrokenDataLineIsRefusedWithItsLineNumber() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ShippedGazetteer.read(new StringReader("header\nA\tB\tC\t1\t2\nBroken\t1\n")));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    private static Place found(String typed) {
        TownMatch match = gazetteer.lookup(typed);
        assertEquals(TownMatch.Kind.FOUND, match.kind(), () -> typed + " -> " + match.candidates());
        return match.place();
    }
}
