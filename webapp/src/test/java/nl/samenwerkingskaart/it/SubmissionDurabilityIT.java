package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.UUID;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.Test;

/**
 * A submission the visitor was told is stored survives a crash: the CMS is killed (SIGKILL) right after the
 * acknowledgement, restarted on the same repository, and the submission is there, intact. Runs on a CMS of its own,
 * so the shared one is not disturbed.
 */
class SubmissionDurabilityIT {

    @Test
    void anAcknowledgedSubmissionSurvivesAKillAndRestart() {
        Path work = Path.of(System.getProperty("swk.workDir")).resolveSibling("it-cms-durability");
        String name = "Stroomstoring " + UUID.randomUUID().toString().substring(0, 8);
        Cms first = CmsServer.startOwn(work, true);
        String reference;
        try {
            reference = new PublicSubmissions(Http.anonymous(first.base()))
                    .submit(PublicSubmissions.newInitiative(name));
        } finally {
            first.kill();
        }

        Cms second = CmsServer.startOwn(work, false);
        try {
            JsonNode stored = Http.admin(second.base())
                    .getJson(PublicSubmissions.DATA_ROOT + "/" + reference + ".infinity.json");
            assertEquals(name, stored.path("proposed").path("name").asText());
            assertEquals("received", stored.path("state").asText());
            assertEquals("anja@example.nl", stored.path("submitterEmail").asText());
            assertEquals("Noorderpoort", stored.path("proposed").path("parties").path("0").path("name").asText());
        } finally {
            second.close();
        }
    }
}
