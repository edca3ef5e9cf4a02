package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.Researchers.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's data request in the real CMS: a visitor sends a submission in anonymously; a researcher finds it by
 * the visitor's e-mail address, downloads everything stored about them, erases it; site editors and anonymous
 * visitors can do none of this.
 */
@ExtendWith(CmsServer.class)
class SubmitterDataIT {

    static final String SERVLET = "/bin/samenwerkingskaart/console/personal-data";
    static final String PAGE = "/cms/samenwerking/personal-data.html";
    static final String SUBMISSIONS = PublicSubmissions.DATA_ROOT;

    /** The console speaks Dutch unless the browser prefers English (a client without the header gets the JVM's). */
    private static final String[] DUTCH = {"Accept-Language", "nl-NL,nl;q=0.9"};

    private URI base;
    private Http anonymous;
    private Http admin;
    private Researchers researchers;

    @BeforeEach
    void setUp(Cms cms) {
        base = cms.base();
        anonymous = Http.anonymous(base);
        admin = Http.admin(base);
        researchers = new Researchers(admin);
    }

    @AfterEach
    void removeUsers() {
        researchers.deleteCreatedUsers();
    }

    @Test
    void aResearcherExportsAndErasesWhatASubmitterSentAndNobodyElseCan() throws IOException {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String email = "anja-" + id + "@example.nl";
        String name = "Anja de Boer " + id;
        String message = "Bel me gerust: 06-" + id;
        String proposal = "Zorgpact " + id;
        String reference = submit(proposal, name, email, message);
        String node = SUBMISSIONS + "/" + reference + ".infinity.json";

        User researcher = researchers.newResearcher();
        Http asResearcher = researcher.http(base);
        String token = tokenFrom(asResearcher);

        // Find: the list names the submission.
        HttpResponse<String> found = asResearcher.post(SERVLET, form(token, "find", email.toUpperCase()), DUTCH);
        assertEquals(200, found.statusCode(), found.body());
        assertTrue(found.body().contains(reference), "the list shows the reference");
        assertFalse(found.body().contains(message), "the list does not show the message");

        // Export: everything stored about the person, as a download nobody caches.
        HttpResponse<String> export = asResearcher.post(SERVLET, form(token, "export", email));
        assertEquals(200, export.statusCode(), export.body());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
                export.headers().toString());
        assertEquals("no-store", export.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode exported = Http.JSON.readTree(export.body());
        assertEquals(1, exported.path("submissions").size(), export.body());
        JsonNode submission = exported.path("submissions").get(0);
        assertEquals(reference, submission.path("reference").asText());
        assertEquals(name, submission.path("submitter").path("name").asText());
        assertEquals(email, submission.path("submitter").path("email").asText());
        assertEquals(message, submission.path("message").asText());
        assertEquals(proposal, submission.path("proposed").path("name").asText());
        assertEquals("received", submission.path("state").asText());

        // Bad input: a clear Dutch message, nothing else happens.
        HttpResponse<String> bad = asResearcher.post(SERVLET, form(token, "erase", "geen-adres"), DUTCH);
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.body().contains("vul een geldig e-mailadres in"), bad.body());
        HttpResponse<String> empty = asResearcher.post(SERVLET, form(token, "find", ""), DUTCH);
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("vul het e-mailadres van de indiener in"), empty.body());
        HttpResponse<String> english = asResearcher.post(SERVLET, form(token, "export", "no-address"),
                "Accept-Language", "en");
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("enter a valid e-mail address"), english.body());

        // The confirmation step changes nothing yet.
        HttpResponse<String> confirm = asResearcher.post(SERVLET, form(token, "confirm", email), DUTCH);
        assertEquals(200, confirm.statusCode(), confirm.body());
        assertTrue(confirm.body().contains("value=\"erase\""), "the page asks before erasing");
        assertEquals(email, admin.getJson(node).path("submitterEmail").asText());

        // Neither a site editor (even with a token of their own) nor an anonymous visitor gets anywhere.
        User editor = researchers.newSiteEditor();
        Http asEditor = editor.http(base);
        String editorsToken = Researchers.csrfToken(asEditor.get(PAGE).body());
        for (String action : List.of("find", "export", "erase")) {
            for (String usedToken : new String[] {editorsToken, token}) {
                HttpResponse<String> refused = asEditor.post(SERVLET, form(usedToken, action, email));
                assertForbiddenOrNotFound(refused, "site editor " + action);
                assertFalse(refused.body().contains(name) || refused.body().contains(message), refused.body());
            }
            // Sling's login requirement answers an anonymous request before our servlet is reached: 401.
            HttpResponse<String> anonymousTry = anonymous.post(SERVLET, form(token, action, email));
            assertTrue(List.of(401, 403, 404).contains(anonymousTry.statusCode()),
                    "anonymous " + action + ": got " + anonymousTry.statusCode());
            assertFalse(anonymousTry.body().contains(name) || anonymousTry.body().contains(message));
        }
        JsonNode unchanged = admin.getJson(node);
        assertEquals(email, unchanged.path("submitterEmail").asText(), "nothing changed: " + unchanged);
        assertEquals(message, unchanged.path("message").asText());

        // Erase: the personal data go, the submission and its proposal stay, with who erased and when.
        HttpResponse<String> erased = asResearcher.post(SERVLET, form(token, "erase", email), DUTCH);
        assertEquals(200, erased.statusCode(), erased.body());
        assertTrue(erased.body().contains("zijn gewist uit 1 inzending"), erased.body());
        JsonNode after = admin.getJson(node);
        String stored = after.toString();
        for (String personal : List.of(name, email, message, id + "@")) {
            assertFalse(stored.contains(personal), personal + " is still stored: " + stored);
        }
        assertTrue(after.path("clientHash").isMissingNode(), stored);
        assertEquals(proposal, after.path("proposed").path("name").asText(), "what it was about stays");
        assertEquals("received", after.path("state").asText(), "an open submission stays open");
        assertEquals(researcher.name(), after.path("erasedBy").asText());
        assertTrue(after.hasNonNull("erasedAt"), stored);

        // Export again: nothing is stored about this person any more.
        HttpResponse<String> again = asResearcher.post(SERVLET, form(token, "export", email));
        assertEquals(200, again.statusCode());
        assertEquals(0, Http.JSON.readTree(again.body()).path("submissions").size(), again.body());
        assertFalse(again.body().contains(name) || again.body().contains(message), again.body());
    }

    @Test
    void theNavigationOffersThePageToResearchersOnly() {
        HttpResponse<String> page = researchers.newResearcher().http(base).get(PAGE, DUTCH);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Persoonsgegevens van indieners"), "Dutch title");
        assertNotNull(Researchers.csrfToken(page.body()), "the form carries a CSRF token");
        String navLink = "href=\"" + PAGE + "\"";
        assertTrue(page.body().contains(navLink), "the Manage menu links to the page for researchers");
        HttpResponse<String> editorsPage = researchers.newSiteEditor().http(base).get(PAGE, DUTCH);
        assertFalse(editorsPage.body().contains(navLink), "site editors' menu does not offer it");
        HttpResponse<String> anonymousPage = anonymous.get(PAGE);
        assertFalse(anonymousPage.statusCode() == 200 && anonymousPage.body().contains("swk-personal"),
                "anonymous gets no console page: " + anonymousPage.statusCode());
    }

    private static void assertForbiddenOrNotFound(HttpResponse<String> response, String who) {
        assertTrue(response.statusCode() == 403 || response.statusCode() == 404,
                who + ": must get 403 or 404, got " + response.statusCode() + " " + response.body());
    }

    private String tokenFrom(Http http) {
        HttpResponse<String> page = http.get(PAGE);
        assertEquals(200, page.statusCode(), "GET " + PAGE);
        String token = Researchers.csrfToken(page.body());
        assertNotNull(token, "the page carries a :swk-csrf token");
        return token;
    }

    private static List<Map.Entry<String, String>> form(String token, String action, String email) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        if (token != null) {
            form.add(Map.entry(":swk-csrf", token));
        }
        form.add(Map.entry("_charset_", "utf-8"));
        form.add(Map.entry(":action", action));
        form.add(Map.entry("email", email));
        return form;
    }

    /** Sends a new initiative through the public endpoint, as a visitor's browser does, and returns its reference. */
    private String submit(String proposal, String name, String email, String message) {
        Map<String, String> form = PublicSubmissions.newInitiative(proposal);
        form.put("message", message);
        form.put("submitterName", name);
        form.put("submitterEmail", email);
        form.put("submitterOrganisation", "Noorderpoort");
        return new PublicSubmissions(anonymous).submit(form);
    }
}
