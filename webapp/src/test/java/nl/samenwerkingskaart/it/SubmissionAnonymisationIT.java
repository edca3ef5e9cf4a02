package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The scheduled anonymisation in the real CMS, with its own service user: configured to run every two seconds, it
 * anonymises a submission decided long ago and leaves an open one and a recently decided one alone. The retention is
 * set to five years (and the configuration removed afterwards) so no other test's submissions are touched.
 */
@ExtendWith(CmsServer.class)
class SubmissionAnonymisationIT {

    static final String PID = "nl.samenwerkingskaart.initiatives.submission.privacy.SubmissionAnonymisationJob";
    static final String CONFIG = "/system/console/configMgr/" + PID;
    static final String SUBMISSIONS = PublicSubmissions.DATA_ROOT;

    private Http anonymous;
    private Http admin;

    @BeforeEach
    void setUp(Cms cms) {
        anonymous = Http.anonymous(cms.base());
        admin = Http.admin(cms.base());
    }

    @AfterEach
    void removeConfiguration() {
        admin.post(CONFIG, List.of(Map.entry("apply", "true"), Map.entry("delete", "true")));
    }

    @Test
    void anonymisesWhatWasDecidedLongerAgoThanTheRetention() throws Exception {
        String id = UUID.randomUUID().toString().substring(0, 8);
        String old = submit("Oud " + id, "oud-" + id + "@example.nl");
        String recent = submit("Recent " + id, "recent-" + id + "@example.nl");
        String open = submit("Open " + id, "open-" + id + "@example.nl");
        decide(old, "2015-03-01T10:00:00.000Z");
        decide(recent, Instant.now().toString());

        HttpResponse<String> configured = admin.post(CONFIG, List.of(
                Map.entry("apply", "true"),
                Map.entry("action", "ajaxConfigManager"),
                Map.entry("propertylist", "retentionMonths,scheduler.expression"),
                Map.entry("retentionMonths", "60"),
                Map.entry("scheduler.expression", "0/2 * * * * ?")));
        assertTrue(configured.statusCode() < 400, "configuring the job: " + configured.statusCode());

        JsonNode anonymised = awaitAnonymised(old, Duration.ofSeconds(90));
        String stored = anonymised.toString();
        for (String personal : List.of("oud-" + id, "Anja " + id, "06-" + id)) {
            assertFalse(stored.contains(personal), personal + " is still stored: " + stored);
        }
        assertTrue(anonymised.path("clientHash").isMissingNode(), stored);
        assertEquals("Oud " + id, anonymised.path("proposed").path("name").asText(), "what it was about stays");
        assertEquals("rejected", anonymised.path("state").asText());
        assertTrue(anonymised.path("erasedBy").isMissingNode(), "no one asked: no erasure record");

        assertEquals("recent-" + id + "@example.nl", node(recent).path("submitterEmail").asText(),
                "decided within the retention");
        assertEquals("open-" + id + "@example.nl", node(open).path("submitterEmail").asText(), "open: never due");
    }

    private JsonNode awaitAnonymised(String reference, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode node = node(reference);
        while (Instant.now().isBefore(deadline)) {
            node = node(reference);
            if (node.path("submitterEmail").asText().endsWith(".invalid")) {
                return node;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("not anonymised within " + timeout + ": " + node);
    }

    private JsonNode node(String reference) {
        return admin.getJson(SUBMISSIONS + "/" + reference + ".infinity.json");
    }

    /** Records a rejection as the moderation console stores it (docs/contracts.md), decided at the given moment. */
    private void decide(String reference, String when) {
        HttpResponse<String> decided = admin.post(SUBMISSIONS + "/" + reference, List.of(
                Map.entry("state", "rejected"),
                Map.entry("history/jcr:primaryType", "nt:unstructured"),
                Map.entry("history/0/jcr:primaryType", "nt:unstructured"),
                Map.entry("history/0/from", "received"),
                Map.entry("history/0/to", "rejected"),
                Map.entry("history/0/who", "admin"),
                Map.entry("history/0/why", "Dubbel"),
                Map.entry("history/0/when", when),
                Map.entry("history/0/when@TypeHint", "Date"),
                Map.entry("decision/jcr:primaryType", "nt:unstructured"),
                Map.entry("decision/type", "reject"),
                Map.entry("decision/reason", "Dubbel")));
        assertTrue(decided.statusCode() < 300, "deciding " + reference + ": " + decided.statusCode());
    }

    /** A new initiative sent in by a visitor whose name, address and message all carry the test's id. */
    private String submit(String proposal, String email) {
        String id = email.substring(email.indexOf('-') + 1, email.indexOf('@'));
        Map<String, String> form = PublicSubmissions.newInitiative(proposal);
        form.put("message", "Bel gerust: 06-" + id);
        form.put("submitterName", "Anja " + id);
        form.put("submitterEmail", email);
        return new PublicSubmissions(anonymous).submit(form);
    }
}
