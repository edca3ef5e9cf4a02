package nl.samenwerkingskaart.initiatives.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitiativeValidatorTest {

    private static final String ID = "techniekpact-twente-k3f9q";
    private static RegionLookup regions;

    @BeforeAll
    static void loadRegions() {
        regions = RegionCatalog.loadDefault();
    }

    /** A complete, valid submission; each test breaks one thing. */
    private static InitiativeInput.Builder valid() {
        return InitiativeInput.builder()
                .name("Techniekpact Twente")
                .goal("Meer jongeren kiezen voor techniek.")
                .party("ROC van Twente", "mbo", "Enschede")
                .location("Campus", "Enschede", "52,2215", "6.8937", "Gieterij 200");
    }

    private static Validated<Initiative> validate(InitiativeInput.Builder input) {
        return InitiativeValidator.validate(input.build(), ID, regions);
    }

    private static List<FieldError> errors(InitiativeInput.Builder input) {
        Validated<Initiative> result = validate(input);
        assertNull(result.value(), "no value when invalid");
        return result.errors();
    }

    private static void assertOnlyError(InitiativeInput.Builder input, String field, String code, Object... args) {
        assertEquals(List.of(FieldError.of(field, code, args)), errors(input));
    }

    @Test
    void turnsValidInputIntoAnInitiative() {
        Validated<Initiative> result = validate(valid()
                .name("  Techniekpact Twente\u00A0")
                .description("<p>Samen met bedrijven.</p>")
                .website("https://www.techniekpact.nl/twente")
                .contact("")
                .startYear(" 2021 ")
                .sectors("techniek", "techniek", "")
                .themes("praktijkleren")
                .funding("regio-investeringsfonds")
                .party("Saxion", "hbo", "")
                .party("Bouwbedrijf Jansen", "company", null));
        assertTrue(result.isValid(), () -> result.errors().toString());
        Initiative initiative = result.value();
        assertEquals(ID, initiative.id());
        assertEquals("Techniekpact Twente", initiative.name());
        assertEquals("<p>Samen met bedrijven.</p>", initiative.description());
        assertEquals(List.of(new Party("ROC van Twente", PartyKind.MBO_INSTITUTION, "Enschede"),
                new Party("Saxion", PartyKind.HBO_INSTITUTION, null),
                new Party("Bouwbedrijf Jansen", PartyKind.COMPANY, null)), initiative.parties());
        assertEquals(Set.of(Level.MBO, Level.HBO), initiative.levels(), "derived from the schools");
        assertEquals(List.of(new Location("Campus", "Enschede", 52.2215, 6.8937, "Gieterij 200")),
                initiative.locations());
        assertEquals("AM05", initiative.regionCode());
        assertEquals("PV23", initiative.provinceCode());
        assertFalse(initiative.regionOverridden());
        assertEquals(List.of("techniek"), initiative.sectors());
        assertEquals(Status.RUNNING, initiative.status(), "the default");
        assertEquals(2021, initiative.startYear());
        assertNull(initiative.endYear());
        assertNull(initiative.contact(), "empty optional text becomes null");
        assertFalse(initiative.published());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<FieldError> errors = errors(InitiativeInput.builder().name("ab").website("www.x.nl").endYear("3000"));
        assertEquals(List.of(
                FieldError.of("name", FieldError.TOO_SHORT, 3, 200),
                FieldError.of("goal", FieldError.REQUIRED, 0, 2000),
                FieldError.of("parties", FieldError.AT_LEAST_ONE),
                FieldError.of("locations", FieldError.AT_LEAST_ONE),
                FieldError.of("endYear", FieldError.INVALID_YEAR, 1950, 2100),
                FieldError.of("website", FieldError.NOT_A_URL)), errors);
    }

    @Test
    void checksTheLengthOfTheNameInCharactersAfterTrimming() {
        assertOnlyError(valid().name("   "), "name", FieldError.REQUIRED, 3, 200);
        assertOnlyError(valid().name(" ab "), "name", FieldError.TOO_SHORT, 3, 200);
        assertOnlyError(valid().name("x".repeat(201)), "name", FieldError.TOO_LONG, 200, 201);
        assertTrue(validate(valid().name("abc")).isValid());
        assertTrue(validate(valid().name("x".repeat(200))).isValid());
        assertTrue(validate(valid().name("🔧".repeat(200))).isValid(), "an emoji is one character");
    }

    @Test
    void limitsGoalAndDescription() {
        assertOnlyError(valid().goal("x".repeat(2001)), "goal", FieldError.TOO_LONG, 2000, 2001);
        assertTrue(validate(valid().description("x".repeat(20_000))).isValid());
        assertOnlyError(valid().description("x".repeat(20_001)), "description", FieldError.TOO_LONG, 20_000, 20_001);
    }

    @Test
    void refusesControlCharactersRatherThanStrippingThem() {
        assertOnlyError(valid().name("Techniek\u0000pact"), "name", FieldError.CONTROL_CHARACTERS);
        assertOnlyError(valid().name("Techniekpact\u0007"), "name", FieldError.CONTROL_CHARACTERS);
        assertOnlyError(valid().name("Techniek\npact"), "name", FieldError.CONTROL_CHARACTERS);
        assertOnlyError(valid().goal("Doel\u001b[31m"), "goal", FieldError.CONTROL_CHARACTERS);
        assertOnlyError(valid().party("Jansen\tBV", "company", null), "parties[1].name", FieldError.CONTROL_CHARACTERS);
        assertOnlyError(valid().contact("bel\u0085ons"), "contact", FieldError.CONTROL_CHARACTERS);
    }

    @Test
    void allowsNewlinesAndTabsInGoalAndDescriptionAndStoresBrowserLineBreaksAsNewlines() {
        Initiative initiative = validate(valid().goal("Eerste regel\r\n\tTweede regel\n").description("a\r\nb")).value();
        assertEquals("Eerste regel\n\tTweede regel", initiative.goal());
        assertEquals("a\nb", initiative.description());
    }

    @Test
    void needsANamedPartyOfAKnownKind() {
        assertOnlyError(valid().party("", "company", "Hengelo"), "parties[1].name", FieldError.REQUIRED, 1, 200);
        assertOnlyError(valid().party("Jansen", "", null), "parties[1].kind", FieldError.REQUIRED);
        assertOnlyError(valid().party("Jansen", "bedrijf", null), "parties[1].kind", FieldError.UNKNOWN_CODE);
        assertOnlyError(valid().party("Jansen", "company", "x".repeat(101)), "parties[1].town", FieldError.TOO_LONG,
                100, 101);
        assertOnlyError(valid().party("x".repeat(201), "company", null), "parties[1].name", FieldError.TOO_LONG,
                200, 201);
    }

    @Test
    void skipsEmptyFormRowsButKeepsTheRowNumbersInErrors() {
        InitiativeInput input = new InitiativeInput("Techniekpact Twente", "Doel", null, null, null, null, null, null,
                null, null, null, null, null,
                java.util.Arrays.asList(new PartyInput("", " ", null), null, new PartyInput("Saxion", "hb0", null)),
                List.of(new LocationInput(null, null, "52.2215", "6.8937", null)));
        assertEquals(List.of(FieldError.of("parties[2].kind", FieldError.UNKNOWN_CODE)),
                InitiativeValidator.validate(input, ID, regions).errors());
        List<FieldError> onlyBlankRows = InitiativeValidator.validate(new InitiativeInput("Techniekpact Twente",
                "Doel", null, null, null, null, null, null, null, null, null, null, null,
                List.of(new PartyInput(null, null, null)),
                List.of(new LocationInput("", "", "", "", ""))), ID, regions).errors();
        assertEquals(List.of(FieldError.of("parties", FieldError.AT_LEAST_ONE),
                FieldError.of("locations", FieldError.AT_LEAST_ONE)), onlyBlankRows);
    }

    @Test
    void readsCoordinatesWithADecimalPointOrComma() {
        Location location = validate(InitiativeInput.builder().name("Zorgacademie").goal("Doel")
                .party("Deltion", "mbo", null).location(null, null, " 52,5168 ", "+6.0830", null)).value()
                .mainLocation();
        assertEquals(52.5168, location.latitude());
        assertEquals(6.083, location.longitude());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "52.2.1", "52,2215.1", "5 2", "NaN", "Infinity", "0x1p4", "52.", "1e1"})
    void refusesWhatIsNotADecimalNumber(String latitude) {
        assertOnlyError(valid().location(null, null, latitude, "6.9", null), "locations[1].latitude",
                FieldError.NOT_A_NUMBER);
    }

    @Test
    void needsCoordinatesInsideTheNetherlandsBox() {
        assertOnlyError(valid().location(null, null, null, "6.9", null), "locations[1].latitude", FieldError.REQUIRED);
        assertOnlyError(valid().location(null, null, "49.9", "6.9", null), "locations[1].latitude",
                FieldError.OUTSIDE_NETHERLANDS, 50.6, 53.7);
        assertOnlyError(valid().location(null, null, "52.0", "8.0", null), "locations[1].longitude",
                FieldError.OUTSIDE_NETHERLANDS, 3.2, 7.4);
        assertOnlyError(valid().location(null, null, "6.8937", "52.2215", null), "locations[1].latitude",
                FieldError.COORDINATES_SWAPPED);
        assertEquals(List.of(FieldError.of("locations[1].latitude", FieldError.OUTSIDE_NETHERLANDS, 50.6, 53.7),
                FieldError.of("locations[1].longitude", FieldError.OUTSIDE_NETHERLANDS, 3.2, 7.4)),
                errors(valid().location(null, null, "0", "0", null)));
        assertTrue(validate(valid().location(null, null, "50.6", "7.4", null)).isValid(), "the box edges count");
    }

    @Test
    void placesTheInitiativeInTheRegionsOfItsMainLocation() {
        Initiative initiative = validate(InitiativeInput.builder().name("Haven en techniek").goal("Doel")
                .party("Albeda", "mbo", "Rotterdam")
                .location(null, "Rotterdam", "51.9225", "4.4792", null)
                .location(null, "Enschede", "52.2215", "6.8937", null)).value();
        assertEquals("AM22", initiative.regionCode());
        assertEquals("PV28", initiative.provinceCode());
    }

    @Test
    void refusesAMainLocationOutsideEveryRegion() {
        assertOnlyError(valid().locations(new LocationInput(null, null, "52.5", "3.5", null)),
                "locations[0].latitude", FieldError.NOT_IN_NETHERLANDS);
        assertTrue(validate(valid().location(null, null, "52.5", "3.5", null)).isValid(),
                "only the main location decides the region");
    }

    @Test
    void aBrokenMainLocationDoesNotHandItsPlaceToTheNextOne() {
        List<FieldError> errors = errors(InitiativeInput.builder().name("Techniekpact").goal("Doel")
                .party("ROC van Twente", "mbo", null)
                .location(null, null, "abc", "6.8937", null)
                .location(null, null, "51.9225", "4.4792", null));
        assertEquals(List.of(FieldError.of("locations[0].latitude", FieldError.NOT_A_NUMBER)), errors);
    }

    @Test
    void letsAResearcherChooseTheLabourMarketRegion() {
        Initiative initiative = validate(valid().regionCode(" AM18 ")).value();
        assertEquals("AM18", initiative.regionCode());
        assertEquals("PV23", initiative.provinceCode(), "the province still follows the main location");
        assertTrue(initiative.regionOverridden());

        Initiative offshore = validate(valid().regionCode("AM21")
                .locations(new LocationInput(null, null, "52.5", "3.5", null))).value();
        assertEquals("AM21", offshore.regionCode());
        assertNull(offshore.provinceCode());

        assertOnlyError(valid().regionCode("PV23"), "regionCode", FieldError.UNKNOWN_REGION);
        assertOnlyError(valid().regionCode("AM04"), "regionCode", FieldError.UNKNOWN_REGION);
    }

    @Test
    void takesLevelsAsGivenOrFromTheSchools() {
        assertEquals(Set.of(Level.VMBO), validate(valid().levels("vmbo", "vmbo")).value().levels());
        assertEquals(Set.of(Level.MBO), validate(valid().levels("", null)).value().levels(), "none given");
        assertEquals(Set.of(), validate(InitiativeInput.builder().name("Netwerk").goal("Doel")
                .party("Gemeente Almere", "government", null)
                .location(null, null, "52.37", "5.22", null)).value().levels());
        assertOnlyError(valid().levels("vmbo", "havo"), "levels[1]", FieldError.UNKNOWN_CODE);
    }

    @Test
    void readsTheStatus() {
        assertEquals(Status.ENDED, validate(valid().status("ended")).value().status());
        assertEquals(Status.RUNNING, validate(valid().status(" ")).value().status());
        assertOnlyError(valid().status("klaar"), "status", FieldError.UNKNOWN_CODE);
    }

    @Test
    void checksYears() {
        assertOnlyError(valid().startYear("2021").endYear("2020"), "endYear", FieldError.END_BEFORE_START, 2021);
        assertOnlyError(valid().startYear("1949"), "startYear", FieldError.INVALID_YEAR, 1950, 2100);
        assertOnlyError(valid().startYear("twintig"), "startYear", FieldError.INVALID_YEAR, 1950, 2100);
        assertOnlyError(valid().endYear("99999999999999"), "endYear", FieldError.INVALID_YEAR, 1950, 2100);
        Initiative initiative = validate(valid().startYear("2021").endYear("2021")).value();
        assertEquals(2021, initiative.endYear());
        assertEquals(2030, validate(valid().endYear("2030")).value().endYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.voorbeeld.nl", "javascript:alert(1)", "ftp://voorbeeld.nl", "https://", "http:/x",
        "https://voor beeld.nl", "mailto:info@voorbeeld.nl", "//voorbeeld.nl"})
    void refusesWebsitesThatAreNotAbsoluteHttpUrls(String website) {
        assertOnlyError(valid().website(website), "website", FieldError.NOT_A_URL);
    }

    @Test
    void acceptsHttpAndHttpsWebsitesOfUpToFiveHundredCharacters() {
        assertEquals("HTTPS://Voorbeeld.nl/pad?x=1#y",
                validate(valid().website(" HTTPS://Voorbeeld.nl/pad?x=1#y ")).value().website());
        assertTrue(validate(valid().website("http://voorbeeld.nl")).isValid());
        String longUrl = "https://voorbeeld.nl/" + "a".repeat(480);
        assertTrue(validate(valid().website(longUrl.substring(0, 500))).isValid());
        assertOnlyError(valid().website(longUrl), "website", FieldError.TOO_LONG, 500, 501);
        assertOnlyError(valid().contact("x".repeat(501)), "contact", FieldError.TOO_LONG, 500, 501);
    }

    @Test
    void checksTaxonomyCodes() {
        assertOnlyError(valid().sectors("techniek", "Zorg"), "sectors[1]", FieldError.INVALID_TAG);
        assertOnlyError(valid().themes("praktijk leren"), "themes[0]", FieldError.INVALID_TAG);
        assertOnlyError(valid().funding("x".repeat(61)), "funding[0]", FieldError.INVALID_TAG);
        String[] many = IntStream.range(0, 21).mapToObj(i -> "tag-" + i).toArray(String[]::new);
        assertOnlyError(valid().sectors(many), "sectors", FieldError.TOO_MANY, 20);
        assertTrue(validate(valid().themes(java.util.Arrays.copyOf(many, 20))).isValid());
    }

    @Test
    void refusesAnIdThatCouldNotBeOne() {
        assertThrows(IllegalArgumentException.class,
                () -> InitiativeValidator.validate(valid().build(), "../etc", regions));
        assertNull(InitiativeValidator.validate(valid().build(), null, regions).value().id());
    }

    @Test
    void survivesNullsEverywhere() {
        InitiativeInput input = new InitiativeInput(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        List<FieldError> errors = InitiativeValidator.validate(input, ID, regions).errors();
        assertEquals(List.of("name", "goal", "parties", "locations"),
                errors.stream().map(FieldError::field).toList());
        List<String> withNullEntries = new ArrayList<>();
        withNullEntries.add(null);
        InitiativeInput nullEntries = new InitiativeInput("Techniekpact", "Doel", null, null, null, null, null, null,
                null, withNullEntries, withNullEntries, withNullEntries, withNullEntries,
                List.of(new PartyInput("ROC", "mbo", null)), List.of(new LocationInput(null, null, "52", "5", null)));
        assertTrue(InitiativeValidator.validate(nullEntries, ID, regions).isValid());
    }
}
