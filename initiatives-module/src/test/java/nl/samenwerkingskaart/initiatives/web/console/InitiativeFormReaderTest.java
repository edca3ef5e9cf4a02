package nl.samenwerkingskaart.initiatives.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;
import org.junit.jupiter.api.Test;

class InitiativeFormReaderTest {

    private final Map<String, String[]> parameters = new HashMap<>();

    private void param(String name, String... values) {
        parameters.put(name, values);
    }

    private InitiativeForm read() {
        return new InitiativeFormReader(parameters).read();
    }

    @Test
    void readsTheSingleFields() {
        param("name", "Techniekpact Twente");
        param("goal", "Meer technici");
        param("description", "<p>Tekst</p>");
        param("website", "https://example.nl");
        param("contact", "info@example.nl");
        param("status", "planned");
        param("startYear", "2021");
        param("endYear", "");
        param("regionCode", "AM20");

        InitiativeInput input = read().input();

        assertEquals("Techniekpact Twente", input.name());
        assertEquals("Meer technici", input.goal());
        assertEquals("<p>Tekst</p>", input.description());
        assertEquals("https://example.nl", input.website());
        assertEquals("info@example.nl", input.contact());
        assertEquals("planned", input.status());
        assertEquals("2021", input.startYear());
        assertEquals("", input.endYear());
        assertEquals("AM20", input.regionCode());
    }

    @Test
    void missingParametersAreNullAndEmptyLists() {
        InitiativeForm form = read();

        assertNull(form.input().name());
        assertTrue(form.input().parties().isEmpty());
        assertTrue(form.input().locations().isEmpty());
        assertTrue(form.input().levels().isEmpty());
        assertNull(form.source());
        assertFalse(form.markVerified());
    }

    @Test
    void readsCheckboxGroupsWithoutEmptyOrRepeatedValues() {
        param("levels", "vmbo", "", "mbo", "vmbo");
        param("sectors", "techniek", "zorg");
        param("themes", "praktijkleren");

        InitiativeInput input = read().input();

        assertEquals(List.of("vmbo", "mbo"), input.levels());
        assertEquals(List.of("techniek", "zorg"), input.sectors());
        assertEquals(List.of("praktijkleren"), input.themes());
    }

    @Test
    void splitsFundingOnCommas() {
        param("funding", " regio-investeringsfonds, ,mbo-werkt ,regio-investeringsfonds");

        assertEquals(List.of("regio-investeringsfonds", "mbo-werkt"), read().input().funding());
    }

    @Test
    void readsPartyRowsInIndexOrderAndDropsEmptyRows() {
        param("parties[10].name", "Gemeente Enschede");
        param("parties[10].kind", "government");
        param("parties[2].name", "ROC van Twente");
        param("parties[2].kind", "mbo");
        param("parties[2].town", "Hengelo");
        param("parties[3].name", "");
        param("parties[3].kind", "");
        param("parties[3].town", " ");

        List<PartyInput> parties = read().input().parties();

        assertEquals(List.of(new PartyInput("ROC van Twente", "mbo", "Hengelo"),
                new PartyInput("Gemeente Enschede", "government", null)), parties);
    }

    @Test
    void keepsAPartlyFilledRowSoTheValidatorCanReportIt() {
        param("parties[0].town", "Almelo");
        param("parties[0].name", "");

        assertEquals(List.of(new PartyInput("", null, "Almelo")), read().input().parties());
    }

    @Test
    void readsLocationRowsWithCoordinatesAsTyped() {
        param("locations[0].label", "Campus");
        param("locations[0].town", "Enschede");
        param("locations[0].latitude", "52,22154");
        param("locations[0].longitude", "6.89312");
        param("locations[0].address", "Gieskesstraat 32");
        param("locations[1].label", "");
        param("locations[1].latitude", "");

        List<LocationInput> locations = read().input().locations();

        assertEquals(List.of(new LocationInput("Campus", "Enschede", "52,22154", "6.89312", "Gieskesstraat 32")),
                locations);
    }

    @Test
    void ignoresParametersThatOnlyLookLikeRows() {
        param("parties[0].email", "x@example.nl");
        param("parties[a].name", "A");
        param("parties[123456].name", "Too far");
        param("locations[0]", "x");

        InitiativeInput input = read().input();

        assertTrue(input.parties().isEmpty());
        assertTrue(input.locations().isEmpty());
    }

    @Test
    void readsNoMoreThanTheMaximumNumberOfRows() {
        for (int i = 0; i < InitiativeFormReader.MAX_ROWS + 50; i++) {
            param("parties[" + i + "].name", "Partij " + i);
        }

        assertEquals(InitiativeFormReader.MAX_ROWS, read().input().parties().size());
    }

    @Test
    void readsProvenance() {
        param("source", "Website van het initiatief");
        param("lastVerified", "2025-03-01");
        param("markVerified", "true");

        InitiativeForm form = read();

        assertEquals("Website van het initiatief", form.source());
        assertEquals("2025-03-01", form.lastVerified());
        assertTrue(form.markVerified());
    }

    @Test
    void onlyTheValueTrueTicksVerifiedToday() {
        param("markVerified", "on");

        assertFalse(read().markVerified());
    }
}
