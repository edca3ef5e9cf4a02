package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
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
 * The moderation cannot be gone around: a researcher reads submissions but cannot change one through Sling's default
 * POST servlet (state, decision, history, submitter data, delete, move, import, a new node); the console's decision
 * still works, is written by the moderation service user, and names the researcher in the submission's history, the
 * initiative's provenance and its history. Likewise a submitter's erasure names the researcher.
 */
@ExtendWith(CmsServer.class)
class ModerationBypassIT {

    private static final String SUBMISSIONS = PublicSubmissions.DATA_ROOT;

    private Http admin;
    private Researchers researchers;
    private PublicSubmissions visitor;

    @BeforeEach
    void setUp(Cms cms) {
        admin = Http.admin(cms.base());
        researchers = new Researchers(admin);
        visitor = new PublicSubmissions(Http.anonymous(cms.base()));
    }

    @AfterEach
    void removeUsers() {
        researchers.deleteCreatedUsers();
    }

    @Test
    void aResearchersRawPostToASubmissionIsDeniedAndChangesNothing(Cms cms) {
        String name = "Omweg " + UUID.randomUUID().toString().substring(0, 8);
        String reference = visitor.submit(PublicSubmissions.newInitiative(name));
        String path = SUBMISSIONS + "/" + reference;
        Http researcher = researchers.newResearcher().http(cms.base());
        String before = admin.get(path + ".infinity.json").body();
        assertEquals(200, researcher.get(path + ".json").statusCode(), "researchers still read submissions");

        List<List<Map.Entry<String, String>>> attempts = List.of(
                List.of(Map.entry("state", "approved")),
                List.of(Map.entry("state", "rejected"), Map.entry("decision/type", "reject"),
                        Map.entry("decision/reason", "omweg")),
                List.of(Map.entry("history/x/to", "approved"), Map.entry("history/x/who", "iemand")),
                List.of(Map.entry("submitterEmail", "ander@example.nl")),
                List.of(Map.entry("proposed/name", "Overgenomen")),
                List.of(Map.entry("state@Delete", "")),
                List.of(Map.entry(":operation", "delete")),
                List.of(Map.entry(":operation", "move"), Map.entry(":dest", path + "-verplaatst")),
                List.of(Map.entry(":operation", "import"), Map.entry(":contentType", "json"),
                        Map.entry(":name", "geimporteerd"), Map.entry(":content", "{\"state\":\"approved\"}")));
        List<String> allowed = new ArrayList<>();
        for (List<Map.Entry<String, String>> attempt : attempts) {
            HttpResponse<String> response = researcher.post(path, attempt);
            if (response.statusCode() < 400) {
                allowed.add(attempt + " -> " + response.statusCode());
            }
        }
        HttpResponse<String> created = researcher.post(SUBMISSIONS + "/SW-2026-OMWEG1", List.of(
                Map.entry("state", "approved"), Map.entry("sling:resourceType", "samenwerking/submission")));
        if (created.statusCode() < 400) {
            allowed.add("create a submission -> " + created.statusCode());
        }

        assertEquals(List.of(), allowed, "Sling's POST servlet let the researcher change the submission");
        assertEquals(before, admin.get(path + ".infinity.json").body(), "the submission is unchanged");
        assertEquals(404, admin.get(path + "-verplaatst.json").statusCode());
        assertEquals(404, admin.get(SUBMISSIONS + "/SW-2026-OMWEG1.json").statusCode());
    }

    @Test
    void theConsolesDecisionStillWorksAndNamesTheResearcher(Cms cms) throws Exception {
        String name = "Via de console " + UUID.randomUUID().toString().substring(0, 8);
        String reference = visitor.submit(PublicSubmissions.newInitiative(name));
        User user = researchers.newResearcher();
        Http researcher = user.http(cms.base());

        HttpResponse<String> review = decide(researcher, reference, "review", List.of());
        assertEquals(303, review.statusCode(), review.body());
        HttpResponse<String> approved = decide(researcher, reference, "approve",
                List.of(Map.entry("publish", "true")));
        assertEquals(303, approved.statusCode(), approved.body());

        JsonNode stored = admin.getJson(SUBMISSIONS + "/" + reference + ".infinity.json");
        assertEquals("approved", stored.path("state").asText());
        List<String> who = new ArrayList<>();
        stored.path("history").forEach(row -> {
            if (row.isObject()) {
                who.add(row.path("who").asText());
            }
        });
        assertEquals(List.of(user.name(), user.name()), who, "both steps name the researcher: " + stored);
        String initiative = stored.path("initiative").asText();
        JsonNode created = admin.getJson(TestPaths.DATA_ROOT + "/" + initiative + ".json");
        assertEquals(user.name(), created.path("verifiedBy").asText(), created.toString());
        JsonNode history = admin.getJson(TestPaths.DATA_ROOT + "/" + initiative + "/history.infinity.json");
        assertEquals(user.name(), history.path(reference).path("who").asText(), history.toString());

        // A site editor's decision is still refused, with nothing written.
        String other = visitor.submit(PublicSubmissions.newInitiative(name + " 2"));
        Http editor = researchers.newSiteEditor().http(cms.base());
        String token = Researchers.csrfToken(editor.get(ModerationIT.QUEUE).body());
        HttpResponse<String> byEditor = editor.post(ModerationIT.SERVLET, List.of(Map.entry(":action", "reject"),
                Map.entry("reason", "nee"), Map.entry("reference", other),
                Map.entry(":swk-csrf", String.valueOf(token))));
        assertEquals(403, byEditor.statusCode(), byEditor.body());
        assertEquals("received", admin.getJson(SUBMISSIONS + "/" + other + ".json").path("state").asText());
    }

    @Test
    void aSubmittersErasureStillWorksAndNamesTheResearcher(Cms cms) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String email = "wis-" + id + "@example.nl";
        Map<String, String> form = PublicSubmissions.newInitiative("Wissen " + id);
        form.put("submitterEmail", email);
        String reference = visitor.submit(form);
        User user = researchers.newResearcher();
        Http researcher = user.http(cms.base());
        String token = Researchers.csrfToken(researcher.get(SubmitterDataIT.PAGE).body());
        assertNotNull(token);

        HttpResponse<String> erased = researcher.post(SubmitterDataIT.SERVLET, List.of(
                Map.entry(":action", "erase"), Map.entry("email", email), Map.entry(":swk-csrf", token)));

        assertEquals(200, erased.statusCode(), erased.body());
        JsonNode stored = admin.getJson(SUBMISSIONS + "/" + reference + ".json");
        assertEquals(user.name(), stored.path("erasedBy").asText(), stored.toString());
        assertFalse(stored.toString().contains(email), stored.toString());
    }

    private static HttpResponse<String> decide(Http researcher, String reference, String action,
            List<Map.Entry<String, String>> fields) {
        String token = Researchers.csrfToken(researcher.get(ModerationIT.DETAIL + reference).body());
        assertNotNull(token, "the submission page carries a CSRF token");
        List<Map.Entry<String, String>> form = new ArrayList<>(fields);
        form.add(Map.entry(":action", action));
        form.add(Map.entry("reference", reference));
        form.add(Map.entry(":swk-csrf", token));
        form.add(Map.entry("_charset_", "utf-8"));
        return researcher.post(ModerationIT.SERVLET, form);
    }
}
