package nl.samenwerkingskaart.initiatives.domain.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.InitiativeValidator;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.domain.Validated;
import nl.samenwerkingskaart.initiatives.domain.ValidationMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TownCoordinatesTest {

    private static ShippedGazetteer gazetteer;
    private static RegionCatalog regions;

    @BeforeAll
    static void load() {
        gazetteer = ShippedGazetteer.load();
        regions = RegionCatalog.loadDefault();
    }

    private static InitiativeInput.Builder initiative() {
        return InitiativeInput.builder()
                .name("Techniekpact Twente")
                .goal("Meer jongeren kiezen voor techniek.")
                .party("ROC van Twente", "mbo", "Enschede");
    }

    @Test
    void aLocationWithOnlyATownGetsTheTownsCoordinatesAndRegion() {
        Validated<Initiative> validated = InitiativeValidator.validate(
                initiative().location("Campus", "enschede", "", null, "Gieterij 200").build(), null, regions,
                gazetteer);
        assertEquals(List.of(), validated.errors());
        Initiative initiative = validated.value();
        assertEquals(52.21833, initiative.locations().get(0).latitude(), 1e-9);
        assertEquals(6.89583, initiative.locations().get(0).longitude(), 1e-9);
        assertEquals("enschede", initiative.locations().get(0).town());
        assertEquals("AM05", initiative.regionCode());
        assertEquals("PV23", initiative.provinceCode());
    }

    @Test
    void givenCoordinatesWinOverTheTown() {
        InitiativeInput input = initiative().location(null, "Enschede", "52,5168", "6,0830", null).build();
        TownCoordinates.Completion completion = TownCoordinates.complete(input, gazetteer);
        assertEquals(input, completion.input());
        assertEquals(List.of(), completion.errors());
    }

    @Test
    void aRowWithOneCoordinateIsNotCompletedButReportedByTheValidator() {
        Validated<Initiative> validated = InitiativeValidator.validate(
                initiative().location(null, "Enschede", "52,2", "", null).build(), null, regions, gazetteer);
        assertEquals(List.of(FieldError.of("locations[0].longitude", FieldError.REQUIRED)), validated.errors());
    }

    @Test
    void anAmbiguousTownIsAnErrorOnTheTownListingHowToWriteEachPlace() {
        Validated<Initiative> validated = InitiativeValidator.validate(
                initiative().location(null, "Hengelo", null, null, null).build(), null, regions, gazetteer);
        assertEquals(List.of(FieldError.of("locations[0].town", TownCoordinates.AMBIGUOUS_TOWN, "Hengelo",
                "Hengelo (Gelderland); Hengelo (Overijssel)")), validated.errors());
        assertEquals("Locatie 1, plaats: er zijn meer plaatsen met de naam \"Hengelo\". Schrijf een van deze: "
                + "Hengelo (Gelderland); Hengelo (Overijssel). Of vul de breedtegraad en de lengtegraad in.",
                ValidationMessages.text(validated.errors().get(0), Locale.forLanguageTag("nl")));
        assertEquals("Location 1, town: there is more than one place called \"Hengelo\". Write one of these: "
                + "Hengelo (Gelderland); Hengelo (Overijssel). Or enter the latitude and longitude.",
                ValidationMessages.text(validated.errors().get(0), Locale.ENGLISH));
    }

    @Test
    void theProvinceResolvesTheAmbiguity() {
        Validated<Initiative> validated = InitiativeValidator.validate(
                initiative().location(null, "Hengelo (Overijssel)", null, null, null).build(), null, regions,
                gazetteer);
        assertEquals(List.of(), validated.errors());
        assertEquals("PV23", validated.value().provinceCode());
    }

    @Test
    void anUnknownTownSuggestsSimilarNamesWithoutTakingOne() {
        Validated<Initiative> validated = InitiativeValidator.validate(
                initiative().location(null, "Enschde", null, null, null).build(), null, regions, gazetteer);
        assertEquals(1, validated.errors().size(), validated.errors()::toString);
        FieldError error = validated.errors().get(0);
        assertEquals("locations[0].town", error.field());
        assertEquals(TownCoordinates.UNKNOWN_TOWN_SIMILAR, error.code());
        assertTrue(((String) error.args().get(1)).startsWith("Enschede"), error::toString);
        assertTrue(ValidationMessages.text(error, Locale.forLanguageTag("nl"))
                .startsWith("Locatie 1, plaats: de plaats \"Enschde\" kennen we niet. Bedoelt u: Enschede"));
    }

    @Test
    void anUnknownTownWithNothingSimilarSaysSo() {
        Validated<Initiative> validated = InitiativeValidator.validate(
                initiative().location(null, "Qwxyzzy", null, null, null).build(), null, regions, gazetteer);
        assertEquals(List.of(FieldError.of("locations[0].town", TownCoordinates.UNKNOWN_TOWN, "Qwxyzzy")),
                validated.errors());
    }

    @Test
    void eachRowIsReportedOnItsOwnIndexAndOtherErrorsStay() {
        InitiativeInput input = initiative().name("")
                .location(null, "Zwolle", null, null, null)
                .location(null, "Atlantis", null, null, null)
                .build();
        Validated<Initiative> validated = InitiativeValidator.validate(input, null, regions, gazetteer);
        assertEquals(List.of("locations[1].town", "name"),
                validated.errors().stream().map(FieldError::field).sorted().toList());
    }

    @Test
    void aLocationWithoutTownStillNeedsCoordinates() {
        Validated<Initiative> validated = InitiativeValidator.validate(
                initiative().location("Campus", null, null, null, null).build(), null, regions, gazetteer);
        assertEquals(List.of(FieldError.of("locations[0].latitude", FieldError.REQUIRED),
                FieldError.of("locations[0].longitude", FieldError.REQUIRED)), validated.errors());
    }

    @Test
    void withoutAGazetteerATownAloneIsNotEnough() {
        Validated<Initiative> validated = InitiativeValidator.validate(
                initiative().location(null, "Enschede", null, null, null).build(), null, regions);
        assertEquals(2, validated.errors().size());
    }

    @Test
    void theCompletedInputKeepsEveryOtherField() {
        InitiativeInput input = initiative().website("https://x.nl").levels("mbo").sectors("techniek")
                .location(null, "Zwolle", null, null, "Straat 1").build();
        InitiativeInput completed = TownCoordinates.complete(input, gazetteer).input();
        assertEquals(new LocationInput(null, "Zwolle", "52.51250", "6.09444", "Straat 1"),
                completed.locations().get(0));
        assertEquals(input.website(), completed.website());
        assertEquals(input.levels(), completed.levels());
        assertEquals(input.sectors(), completed.sectors());
        assertEquals(input.parties(), completed.parties());
    }
}
