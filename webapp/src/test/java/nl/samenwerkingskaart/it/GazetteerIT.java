package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Locations by town name through the real CMS's public submission endpoint: a town alone is enough when the shipped
 * gazetteer knows it; an ambiguous or unknown town is refused with a message at the town field that lists the
 * choices, in Dutch or English.
 */
@ExtendWith(CmsServer.class)
class GazetteerIT {

    private Http anonymous;
    private PublicSubmissions submissions;

    @BeforeEach
    void setUp(Cms cms) {
        anonymous = Http.anonymous(cms.base());
        submissions = new PublicSubmissions(anonymous);
    }

    private static Map<String, String> byTown(String name, String town) {
        Map<String, String> form = PublicSubmissions.newInitiative(name);
        form.put("locations[0].town", town);
        form.put("locations[0].latitude", "");
        form.put("locations[0].longitude", "");
        return form;
    }

    private List<JsonNode> errors(HttpResponse<String> answer) throws IOException {
        assertEquals(400, answer.statusCode(), answer.body());
        List<JsonNode> errors = new ArrayList<>();
        Http.JSON.readTree(answer.body()).path("errors").forEach(errors::add);
        return errors;
    }

    @Test
    void aNewInitiativeWithOnlyATownIsStored() {
        String reference = submissions.submit(byTown("Zorgpact Zwolle", "zwolle"));
        assertTrue(!reference.isBlank());
        submissions.submit(byTown("Bouwpact Den Bosch", "'s-Hertogenbosch"));
    }

    @Test
    void anAmbiguousTownIsRefusedAtTheTownFieldWithTheChoices() throws IOException {
        List<JsonNode> errors = errors(anonymous.post(PublicSubmissions.ENDPOINT,
                submissions.withToken(byTown("Techniekpact Hengelo", "Hengelo"))));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("locations[0].town", errors.get(0).path("field").asText(), errors.toString());
        String message = errors.get(0).path("message").asText();
        assertTrue(message.contains("Hengelo (Gelderland)") && message.contains("Hengelo (Overijssel)"), message);
        assertTrue(message.contains("er zijn meer plaatsen"), message);

        submissions.submit(byTown("Techniekpact Hengelo", "Hengelo (Overijssel)"));
    }

    @Test
    void anUnknownTownIsRefusedWithSuggestionsInTheVisitorsLanguage() throws IOException {
        List<JsonNode> errors = errors(anonymous.post(PublicSubmissions.ENDPOINT,
                submissions.withToken(byTown("Zorgpact", "Enschde")), "Accept-Language", "en-GB,en;q=0.9"));
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("locations[0].town", errors.get(0).path("field").asText(), errors.toString());
        String message = errors.get(0).path("message").asText();
        assertTrue(message.contains("we do not know the town \"Enschde\"") && message.contains("Enschede"), message);
    }
}
