package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.TestMailbox.Mail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The receipt by e-mail (docs/contracts.md, "E-mails to submitters"), sent by the real CMS through Sling CMS's mail
 * service to a local SMTPS server: one per stored submission, to the submitter, in the form's language; none for a
 * form posted again or a refused one.
 */
@ExtendWith(CmsServer.class)
class SubmissionMailIT {

    private static final String ENDPOINT = "/bin/samenwerkingskaart/public/submissions";
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    /** Long enough for a mail that should not come to have come: receipts arrive within a second or two here. */
    private static final Duration QUIET = Duration.ofSeconds(5);

    private Http anonymous;
    private TestMailbox mailbox;

    @BeforeEach
    void setUp(Cms cms, TestMailbox mailbox) {
        this.anonymous = Http.anonymous(cms.base());
        this.mailbox = mailbox;
    }

    @Test
    void aStoredSubmissionGetsOneDutchReceiptAndTheSameFormAgainNone() throws IOException {
        String address = TestMailbox.newAddress("anja");
        List<Map.Entry<String, String>> form = withToken(valid("Zorgpact <b>Noord</b>", address));

        HttpResponse<String> created = anonymous.post(ENDPOINT, form);
        assertEquals(201, created.statusCode(), created.body());
        String reference = Http.JSON.readTree(created.body()).path("reference").asText();

        Mail receipt = mailbox.awaitMailsTo(address, 1, DELIVERY).get(0);
        assertEquals(List.of(address), receipt.recipients(), "to the submitter and nobody else");
        assertEquals(TestMailbox.SENDER, receipt.from());
        assertTrue(receipt.subject().contains(reference), receipt.subject());
        assertTrue(receipt.subject().startsWith("Ontvangen"), receipt.subject());
        assertTrue(receipt.contentType().toLowerCase().startsWith("text/plain"), receipt.contentType());
        assertTrue(receipt.body().contains("Kenmerk: " + reference), receipt.body());
        assertTrue(receipt.body().contains("Zorgpact <b>Noord</b>"), "markup shows as the text it is");
        assertTrue(receipt.body().contains("Wat gebeurt er nu?"), receipt.body());
        assertFalse(receipt.body().contains("Ons geheime bericht"), "the message to the researchers is not mailed");
        assertEquals("auto-generated", receipt.header("Auto-Submitted"));

        assertEquals(200, anonymous.post(ENDPOINT, form).statusCode(), "the same form again");
        assertEquals(1, mailbox.mailsToAfter(address, QUIET).size(), "a form posted twice gets one receipt");
    }

    @Test
    void aSubmissionInEnglishGetsAnEnglishReceipt() throws IOException {
        String address = TestMailbox.newAddress("anne");
        HttpResponse<String> created = anonymous.post(ENDPOINT, withToken(valid("Care Pact North", address)),
                "Accept-Language", "en-GB,en;q=0.9,nl;q=0.5");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode json = Http.JSON.readTree(created.body());
        String reference = json.path("reference").asText();

        Mail receipt = mailbox.awaitMailsTo(address, 1, DELIVERY).get(0);
        assertTrue(receipt.subject().startsWith("Received"), receipt.subject());
        assertTrue(receipt.body().contains("Reference: " + reference), receipt.body());
        assertTrue(receipt.body().contains("What happens next?"), receipt.body());
        assertEquals("en", receipt.header("Content-Language"));
    }

    @Test
    void aRefusedSubmissionGetsNoMail() throws IOException {
        String address = TestMailbox.newAddress("bert");
        Map<String, String> invalid = valid("Zorgpact Zuid", address);
        invalid.put("consent", "");
        assertEquals(400, anonymous.post(ENDPOINT, withToken(invalid)).statusCode());

        Map<String, String> robot = valid("Zorgpact West", address);
        robot.put("website2", "https://spam.example");
        assertEquals(201, anonymous.post(ENDPOINT, withToken(robot)).statusCode(), "the honeypot's decoy");

        assertEquals(List.of(), mailbox.mailsToAfter(address, QUIET));
    }

    private List<Map.Entry<String, String>> withToken(Map<String, String> form) {
        JsonNode token = anonymous.getJson(ENDPOINT + ".token.json");
        List<Map.Entry<String, String>> entries = new ArrayList<>(List.copyOf(form.entrySet()));
        entries.add(Map.entry(":submission-key", token.path("key").asText()));
        entries.add(Map.entry(":swk-csrf", token.path("token").asText()));
        return entries;
    }

    private static Map<String, String> valid(String name, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "newInitiative");
        form.put("name", name);
        form.put("goal", "Meer stageplaatsen in de zorg.");
        form.put("status", "running");
        form.put("parties[0].name", "Noorderpoort");
        form.put("parties[0].kind", "mbo");
        form.put("locations[0].label", "Campus");
        form.put("locations[0].town", "Groningen");
        form.put("locations[0].latitude", "53.2194");
        form.put("locations[0].longitude", "6.5665");
        form.put("message", "Ons geheime bericht aan de onderzoekers.");
        form.put("submitterName", "Anja de Vries");
        form.put("submitterEmail", email);
        form.put("consent", "on");
        return form;
    }
}
