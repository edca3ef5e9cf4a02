package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public submissions endpoint in the real CMS: an anonymous visitor can send a submission in, and nobody but a
 * researcher (or the administrator) can read it back by any route.
 */
@ExtendWith(CmsServer.class)
class SubmissionEndpointIT {

    static final String ENDPOINT = PublicSubmissions.ENDPOINT;
    static final String TOKEN = PublicSubmissions.TOKEN;
    static final String SUBMISSIONS = PublicSubmissions.DATA_ROOT;

    private java.net.URI base;
    private Http anonymous;
    private Http admin;
    private Researchers researchers;

    @BeforeEach
    void setUp(Cms cms) {
        base = cms.base();
        anonymous = Http.anonymous(base);
        admin = Http.admin(cms.base());
        researchers = new Researchers(admin);
    }

    @AfterEach
    void removeUsers() {
        researchers.deleteCreatedUsers();
    }

    @Test
    void anAnonymousVisitorSubmitsANewInitiativeOnceEvenWhenPostingTwice() throws IOException {
        int before = count();
        String name = "Zorgpact " + UUID.randomUUID().toString().substring(0, 8);
        List<Map.Entry<String, String>> form = withToken(valid(name));

        HttpResponse<String> created = anonymous.post(ENDPOINT, form);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));
        JsonNode json = Http.JSON.readTree(created.body());
        String reference = json.path("reference").asText();
        assertTrue(reference.matches("SW-\\d{4}-[0-9A-Z]{6}"), reference);
        assertTrue(json.path("message").asText().contains(reference));
        assertEquals(before + 1, count());

        JsonNode node = admin.getJson(SUBMISSIONS + "/" + reference + ".infinity.json");
        assertEquals(name, node.path("proposed").path("name").asText());
        assertEquals("received", node.path("state").asText());
        assertTrue(node.hasNonNull("clientHash") && node.hasNonNull("receivedAt"));
        String stored = node.toString();
        for (String address : List.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1", "localhost")) {
            assertFalse(stored.contains(address), "the client's address must not be stored: " + stored);
        }

        HttpResponse<String> again = anonymous.post(ENDPOINT, form);
        assertEquals(200, again.statusCode(), again.body());
        assertEquals(reference, Http.JSON.readTree(again.body()).path("reference").asText());
        assertEquals(before + 1, count(), "a second POST of the same form stores nothing");

        Http asResearcher = researchers.newResearcher().http(base);
        assertEquals(name, asResearcher.getJson(SUBMISSIONS + "/" + reference + ".infinity.json")
                .path("proposed").path("name").asText(), "a researcher reads submissions");

        Http asSiteEditor = researchers.newSiteEditor().http(base);
        for (String path : List.of(SUBMISSIONS + ".1.json", SUBMISSIONS + "/" + reference + ".infinity.json",
                SUBMISSIONS + "/" + reference + ".json")) {
            HttpResponse<String> response = asSiteEditor.get(path);
            assertFalse(response.statusCode() == 200, "a site editor must not read " + path);
            assertFalse(response.body().contains(name), "a site editor must not see " + path);
        }
    }

    @Test
    void badInputIsRefusedWithAMessageAndStoresNothing() {
        int before = count();
        List<HttpResponse<String>> answers = new ArrayList<>();

        answers.add(expect(400, anonymous.post(ENDPOINT, withToken(with(valid("Zorgpact"), "name", "")))));
        answers.add(expect(400, anonymous.post(ENDPOINT, withToken(with(valid("Zorgpact"), "submitterEmail",
                "geen-adres")))));
        answers.add(expect(400, anonymous.post(ENDPOINT, withToken(with(valid("Zorgpact"), "consent", "")))));
        answers.add(expect(403, anonymous.post(ENDPOINT, valid("Zorgpact"))));
        List<Map.Entry<String, String>> forged = withToken(valid("Zorgpact"));
        forged.replaceAll(e -> e.getKey().equals(":swk-csrf") ? Map.entry(":swk-csrf", "9999999999.AAAA") : e);
        answers.add(expect(403, anonymous.post(ENDPOINT, forged)));
        List<Map.Entry<String, String>> huge = withToken(with(valid("Zorgpact"), "message", "x".repeat(100_000)));
        answers.add(expect(413, anonymous.post(ENDPOINT, huge)));
        answers.add(expect(415, anonymous.postRaw(ENDPOINT, "application/json", "{\"name\":\"Zorgpact\"}")));

        for (HttpResponse<String> answer : answers) {
            assertTrue(answer.body().contains("\"error\"") || answer.body().contains("\"errors\""),
                    answer.statusCode() + " without a message: " + answer.body());
        }
        assertTrue(answers.get(1).body().contains("submitterEmail"), answers.get(1).body());
        assertTrue(answers.get(2).body().contains("consent"), answers.get(2).body());
        assertEquals(before, count(), "nothing may be stored");
    }

    @Test
    void anonymousCannotReadOrWriteSubmissions() throws IOException {
        String reference = Http.JSON.readTree(expect(201, anonymous.post(ENDPOINT,
                withToken(valid("Geheim " + UUID.randomUUID())))).body()).path("reference").asText();
        String node = SUBMISSIONS + "/" + reference;
        List<String> paths = Stream.of(SUBMISSIONS, node, node + "/proposed", ENDPOINT + "/" + reference)
                .flatMap(p -> Stream.of(p + ".json", p + ".1.json", p + ".infinity.json", p + ".tidy.json",
                        p + ".xml", p + ".txt", p + ".html", p, p + "/"))
                .toList();
        for (String path : paths) {
            HttpResponse<String> response = anonymous.get(path);
            assertFalse(response.statusCode() >= 200 && response.statusCode() < 300,
                    "anonymous GET " + path + " must fail, got " + response.statusCode());
            assertFalse(response.body().contains("anja@example.nl"), "anonymous GET " + path + " leaked it");
        }
        assertFalse(anonymous.get(ENDPOINT).statusCode() < 300, "the endpoint lists nothing");

        int before = count();
        HttpResponse<String> create = anonymous.post(SUBMISSIONS + "/*", List.of(Map.entry("name", "Inbraak")));
        assertFalse(create.statusCode() >= 200 && create.statusCode() < 300, "got " + create.statusCode());
        HttpResponse<String> change = anonymous.post(node, List.of(Map.entry("state", "approved")));
        assertFalse(change.statusCode() >= 200 && change.statusCode() < 300, "got " + change.statusCode());
        HttpResponse<String> delete = anonymous.post(node, List.of(Map.entry(":operation", "delete")));
        assertFalse(delete.statusCode() >= 200 && delete.statusCode() < 300, "got " + delete.statusCode());
        assertEquals(before, count());
        assertEquals("received", admin.getJson(node + ".json").path("state").asText());
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    /** The number of stored submissions, as the administrator sees them. */
    private int count() {
        return PublicSubmissions.count(admin);
    }

    private List<Map.Entry<String, String>> withToken(Map<String, String> form) {
        return new PublicSubmissions(anonymous).withToken(form);
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        form.put(name, value);
        return form;
    }

    private static Map<String, String> valid(String name) {
        return PublicSubmissions.newInitiative(name);
    }

}
