package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Moderation in the real CMS, over HTTP as the console's forms do it: a visitor's submission reaches the queue; a
 * researcher's decision changes the public map (or, for a rejection, only the submission); nobody else can decide.
 */
@ExtendWith(CmsServer.class)
class ModerationIT {

    static final String SERVLET = "/bin/samenwerkingskaart/console/submissions";
    static final String QUEUE = "/cms/samenwerking/submissions.html";
    static final String DETAIL = "/cms/samenwerking/submission.html" + PublicSubmissions.DATA_ROOT + "/";

    private Http anonymous;
    private Http admin;
    private Researchers researchers;
    private TestData data;
    private PublicSubmissions visitor;

    @BeforeEach
    void setUp(Cms cms) {
        anonymous = Http.anonymous(cms.base());
        admin = Http.admin(cms.base());
        researchers = new Researchers(admin);
        data = new TestData(admin);
        visitor = new PublicSubmissions(anonymous);
    }

    @AfterEach
    void removeUsers() {
        researchers.deleteCreatedUsers();
    }

    @Test
    void anApprovedNewInitiativeAppearsOnTheMapAndChangesItsETag(Cms cms) throws Exception {
        String name = "Zorgpact " + UUID.randomUUID().toString().substring(0, 8);
        String reference = visitor.submit(PublicSubmissions.newInitiative(name));
        Http researcher = researchers.newResearcher().http(cms.base());

        String queue = researcher.get(QUEUE).body();
        assertTrue(queue.contains(reference), "the new submission is in the open queue");
        String page = researcher.get(DETAIL + reference).body();
        assertTrue(page.contains(name) && page.contains("anja@example.nl"), "the researcher sees all of it");
        HttpResponse<String> before = anonymous.get(TestPaths.MAP_DATA);
        assertFalse(before.body().contains(name));

        HttpResponse<String> approved = decide(researcher, reference, "approve",
                List.of(Map.entry("publish", "true"), Map.entry("note", "Gecontroleerd via de website.")));

        assertEquals(303, approved.statusCode(), approved.body());
        assertTrue(approved.headers().firstValue("Location").orElse("").endsWith(reference + "?notice=approve"));
        HttpResponse<String> after = Eventually.until(() -> anonymous.get(TestPaths.MAP_DATA),
                response -> response.body().contains(name), "the approved initiative on the public map");
        assertNotEquals(before.headers().firstValue("ETag").orElseThrow(),
                after.headers().firstValue("ETag").orElseThrow());
        assertFalse(after.body().contains("anja@example.nl"), "no submitter data in public output");
        JsonNode stored = admin.getJson(PublicSubmissions.DATA_ROOT + "/" + reference + ".infinity.json");
        assertEquals("approved", stored.path("state").asText());
        String initiative = stored.path("initiative").asText();
        JsonNode history = admin.getJson(TestPaths.DATA_ROOT + "/" + initiative + "/history.infinity.json");
        assertEquals(reference, history.path(reference).path("reference").asText());
        assertFalse(researcher.get(QUEUE).body().contains(reference), "decided submissions leave the open queue");
    }

    @Test
    void anApprovedCorrectionChangesOnlyTheAcceptedFields(Cms cms) throws Exception {
        String id = data.create(TestData.uniqueId("correctie"), "Correctie testinitiatief", true);
        String reference = visitor.submit(PublicSubmissions.correction(id, Map.of(
                "goal", "Een nieuw doel van de indiener.", "website", "https://voorstel.example")));
        Http researcher = researchers.newResearcher().http(cms.base());
        String page = researcher.get(DETAIL + reference).body();
        assertTrue(page.contains("Een nieuw doel van de indiener.") && page.contains("Testdoel"),
                "the comparison shows the current and the proposed value: " + text(page));

        HttpResponse<String> approved = decide(researcher, reference, "approve",
                List.of(Map.entry("accepted", "goal")));

        assertEquals(303, approved.statusCode(), approved.body());
        String json = Eventually.until(() -> anonymous.get(TestPaths.DETAIL + id).body(),
                body -> body.contains("Een nieuw doel van de indiener."), "the accepted goal in the public detail");
        assertFalse(json.contains("voorstel.example"), "the website was not accepted: " + json);
    }

    @Test
    void aRejectionStoresTheReasonTellsTheSubmitterAndChangesNothingPublic(Cms cms, TestMailbox mailbox)
            throws Exception {
        String name = "Afgewezen " + UUID.randomUUID().toString().substring(0, 8);
        String address = TestMailbox.newAddress("afgewezen");
        Map<String, String> form = PublicSubmissions.newInitiative(name);
        form.put("submitterEmail", address);
        String reference = visitor.submit(form);
        Http researcher = researchers.newResearcher().http(cms.base());
        String token = Researchers.csrfToken(researcher.get(DETAIL + reference).body());

        HttpResponse<String> empty = decide(researcher, reference, "reject", List.of(Map.entry("reason", " ")));
        assertEquals(400, empty.statusCode());
        assertTrue(text(empty.body()).contains("Reason for rejection: enter the reason"),
                "a message names the reason: " + text(empty.body()));

        HttpResponse<String> rejected = decide(researcher, reference, "reject",
                List.of(Map.entry("reasonPreset", "Dit initiatief ligt buiten Nederland.")));

        assertEquals(303, rejected.statusCode(), rejected.body());
        JsonNode stored = admin.getJson(PublicSubmissions.DATA_ROOT + "/" + reference + ".infinity.json");
        assertEquals("rejected", stored.path("state").asText());
        assertEquals("Dit initiatief ligt buiten Nederland.", stored.path("decision").path("reason").asText());
        assertFalse(anonymous.get(TestPaths.MAP_DATA).body().contains(name));
        List<TestMailbox.Mail> mails = mailbox.awaitMailsTo(address, 2, java.time.Duration.ofSeconds(60));
        TestMailbox.Mail outcome = mails.stream().filter(m -> m.body().contains("Dit initiatief ligt buiten Nederland."))
                .findFirst().orElseThrow(() -> new AssertionError("no mail with the reason among " + mails));
        assertTrue(outcome.body().contains(reference), outcome.body());
        HttpResponse<String> again = researcher.post(SERVLET, List.of(Map.entry(":action", "approve"),
                Map.entry("reference", reference), Map.entry(":swk-csrf", token)));
        assertTrue(again.headers().firstValue("Location").orElse("").endsWith("notice=alreadyDecided"));
    }

    @Test
    void markupSentByAVisitorShowsAsTextInTheConsole(Cms cms) {
        String payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
        Map<String, String> form = PublicSubmissions.newInitiative("Pact " + payload);
        form.put("message", "Groet " + payload);
        form.put("submitterOrganisation", "ROC \"><svg onload=alert(3)>");
        String reference = visitor.submit(form);
        Http researcher = researchers.newResearcher().http(cms.base());

        for (String page : List.of(researcher.get(QUEUE).body(), researcher.get(DETAIL + reference).body())) {
            assertFalse(page.contains("<img src=x") || page.contains("<script>alert") || page.contains("<svg onload"),
                    "markup from a visitor must not reach the console as markup");
        }
        assertTrue(researcher.get(DETAIL + reference).body().contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    @Test
    void onlyResearchersCanSeeOrDecide(Cms cms) throws Exception {
        String name = "Niet voor redacteuren " + UUID.randomUUID().toString().substring(0, 8);
        String reference = visitor.submit(PublicSubmissions.newInitiative(name));
        Http editor = researchers.newSiteEditor().http(cms.base());
        Http researcher = researchers.newResearcher().http(cms.base());
        String token = Researchers.csrfToken(researcher.get(DETAIL + reference).body());

        assertFalse(editor.get(QUEUE).body().contains(reference), "a site editor's queue does not list it");
        assertFalse(editor.get(DETAIL + reference).body().contains(name), "nor shows it");
        String editorToken = Researchers.csrfToken(editor.get(QUEUE).body());
        HttpResponse<String> byEditor = editor.post(SERVLET, List.of(Map.entry(":action", "approve"),
                Map.entry("reference", reference), Map.entry(":swk-csrf", String.valueOf(editorToken))));
        assertTrue(byEditor.statusCode() == 403 || byEditor.statusCode() == 404, "editor: " + byEditor.statusCode());
        HttpResponse<String> byAnonymous = anonymous.post(SERVLET, List.of(Map.entry(":action", "approve"),
                Map.entry("reference", reference), Map.entry(":swk-csrf", String.valueOf(token))));
        assertTrue(byAnonymous.statusCode() >= 400 || byAnonymous.headers().firstValue("Location").orElse("")
                .contains("login"), "anonymous: " + byAnonymous.statusCode());
        HttpResponse<String> noToken = researcher.post(SERVLET, List.of(Map.entry(":action", "approve"),
                Map.entry("reference", reference)));
        assertEquals(403, noToken.statusCode());

        JsonNode stored = admin.getJson(PublicSubmissions.DATA_ROOT + "/" + reference + ".json");
        assertEquals("received", stored.path("state").asText(), "nobody but a researcher decided anything");
    }

    /** The console's part of a page as plain text, for failure messages. */
    private static String text(String html) {
        int start = Math.max(0, html.indexOf("swk-moderation"));
        return html.substring(start).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
    }

    private static HttpResponse<String> decide(Http researcher, String reference, String action,
            List<Map.Entry<String, String>> fields) {
        HttpResponse<String> page = researcher.get(DETAIL + reference);
        String token = Researchers.csrfToken(page.body());
        assertNotNull(token, "the submission page carries a CSRF token: " + page.statusCode() + " "
                + text(page.body()));
        List<Map.Entry<String, String>> form = new ArrayList<>(fields);
        form.add(Map.entry(":action", action));
        form.add(Map.entry("reference", reference));
        form.add(Map.entry(":swk-csrf", token));
        form.add(Map.entry("_charset_", "utf-8"));
        return researcher.post(SERVLET, form);
    }
}
