package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.TestMailbox.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The review round of a regional portrait against the real CMS (docs/contracts.md, "Review rounds"): a portrait
 * editor invites a contact, the contact opens the draft and its PDF through the link from the e-mail and leaves
 * feedback, the editor sees and handles it; links are refused when unknown, expired, revoked, replaced, for another
 * portrait, or after publication; nobody else reads drafts, contacts or feedback.
 */
@ExtendWith(CmsServer.class)
class ReviewRoundIT {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    private Http admin;
    private Http anonymous;
    private Http editor;
    private Researchers users;
    private PortraitFixtures portraits;
    private TestMailbox mailbox;
    private Cms cms;

    @BeforeEach
    void setUp(Cms cms, TestMailbox mailbox) {
        this.cms = cms;
        this.mailbox = mailbox;
        admin = Http.admin(cms.base());
        anonymous = Http.anonymous(cms.base());
        users = new Researchers(admin);
        portraits = new PortraitFixtures(admin);
        Researchers.User user = portraits.newPortraitEditor(users);
        editor = Http.as(cms.base(), user.name(), user.password());
    }

    @AfterEach
    void tearDown() {
        users.deleteCreatedUsers();
    }

    @Test
    void anInvitedContactReadsTheDraftAndItsPdfAndLeavesFeedbackThatTheEditorHandles() throws Exception {
        String pdf = PortraitFixtures.pdf("Concept Twente");
        String portrait = portraits.draftPortrait("Regioportret Twente (test)", "AM21",
                portraits.uploadPdf("twente-" + System.nanoTime() + ".pdf", pdf));
        assertEquals(401, anonymous.get(portrait + ".html").statusCode(), "the draft is not public");

        String address = TestMailbox.newAddress("henk");
        HttpResponse<String> invited = invite(portrait, "Henk <b>Jansen</b>", address, "14");
        assertEquals(303, invited.statusCode(), invited.body());
        Mail mail = mailbox.awaitMailsTo(address, 1, DELIVERY).get(0);
        assertTrue(mail.subject().contains("Regioportret Twente (test)"), mail.subject());
        assertTrue(mail.body().contains("Henk <b>Jansen</b>"), "the name as the text it is");
        String link = PortraitFixtures.reviewPath(mail.body());

        HttpResponse<String> draft = anonymous.get(link);
        assertEquals(200, draft.statusCode(), draft.body());
        assertTrue(draft.body().contains("Regioportret Twente (test)"), "the draft page itself");
        assertTrue(draft.body().contains("Sterk: korte lijnen"), "with its sections");
        assertTrue(draft.body().contains("Concept ter review"), "and the review banner");
        assertTrue(draft.body().contains("Henk &lt;b&gt;Jansen&lt;/b&gt;"), "the name escaped");
        assertFalse(draft.body().contains("<b>Jansen</b>"));
        assertEquals("private, no-store", draft.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("same-origin", draft.headers().firstValue("Referrer-Policy").orElse(""));

        HttpResponse<byte[]> download = anonymous.getBytes(link.replace("review.html/", "review.pdf/"));
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertArrayEquals(pdf.getBytes(StandardCharsets.US_ASCII), download.body(), "the draft's own PDF");

        String csrf = Researchers.csrfToken(draft.body());
        assertNotNull(csrf, "the feedback form carries a CSRF token");
        HttpResponse<String> sent = anonymous.post(link, List.of(
                Map.entry(":swk-csrf", csrf),
                Map.entry("feedback-general", "Herkenbaar beeld.\nMaar <script>alert(1)</script> mist iets."),
                Map.entry("feedback-strengths", "De korte lijnen kloppen."),
                Map.entry("feedback-weaknesses", "")));
        assertEquals(303, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElse("").endsWith("?sent=1"));
        assertTrue(anonymous.get(link + "?sent=1").body().contains("Uw reactie is opgeslagen"));

        String console = editor.get(PortraitFixtures.CONSOLE_PAGE + portrait).body();
        assertTrue(console.contains("Herkenbaar beeld."), console);
        assertTrue(console.contains("De korte lijnen kloppen."));
        assertTrue(console.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "feedback shows as text");
        assertFalse(console.contains("<script>alert(1)</script>"));
        assertTrue(console.contains("data-open-feedback>2<"), "two open remarks");
        assertTrue(console.contains(address), "the editor sees whom they invited");

        String remark = between(console, "data-feedback=\"", "\"");
        HttpResponse<String> handled = editor.post(PortraitFixtures.CONSOLE_ACTIONS, List.of(
                Map.entry(":swk-csrf", Researchers.csrfToken(console)), Map.entry("portrait", portrait),
                Map.entry("action", "handled"), Map.entry("feedback", remark)));
        assertEquals(303, handled.statusCode(), handled.body());
        assertTrue(editor.get(PortraitFixtures.CONSOLE_PAGE + portrait).body().contains("data-open-feedback>1<"));
    }

    @Test
    void linksAreRefusedWhenUnknownRevokedExpiredReplacedForeignOrEnded() {
        String pdf = portraits.uploadPdf("refusals-" + System.nanoTime() + ".pdf", PortraitFixtures.pdf("A"));
        String first = portraits.draftPortrait("Portret Eerste (test)", "AM01", pdf);
        String second = portraits.draftPortrait("Portret Tweede (test)", "AM02", pdf);
        String toRevoke = link(first, "revoke").path();
        String toExpire = link(first, "expire").path();
        Invited toRemind = link(first, "remind");
        String ofSecond = link(second, "second").path();
        String toEnd = link(first, "end").path();

        assertEquals(404, anonymous.get(PortraitFixtures.REVIEW + ".html/" + "A".repeat(43)).statusCode());
        assertEquals(404, anonymous.get(PortraitFixtures.REVIEW + ".html/kort").statusCode());
        assertEquals(404, anonymous.get(PortraitFixtures.REVIEW + ".html").statusCode());

        HttpResponse<String> foreign = anonymous.get(ofSecond);
        assertEquals(200, foreign.statusCode());
        assertTrue(foreign.body().contains("Portret Tweede (test)"));
        assertFalse(foreign.body().contains("Portret Eerste (test)"), "a link opens only its own portrait");

        editorAction(first, "revoke", invitationOf(first, "revoke"));
        assertEquals(410, anonymous.get(toRevoke).statusCode(), "revoked");
        HttpResponse<byte[]> revokedPdf = anonymous.getBytes(toRevoke.replace("review.html/", "review.pdf/"));
        assertNotEquals(200, revokedPdf.statusCode(), "nor its PDF");
        assertFalse(new String(revokedPdf.body(), StandardCharsets.ISO_8859_1).startsWith("%PDF"));

        String expiring = invitationOf(first, "expire");
        portraits.set(PortraitFixtures.REVIEWS_ROOT + "/" + portraitId(first) + "/invitations/" + expiring,
                "expiresAt", "2020-01-01T00:00:00.000Z", "Date");
        assertEquals(410, anonymous.get(toExpire).statusCode(), "expired");
        editorAction(first, "extend", expiring, Map.entry("days", "10"));
        assertEquals(200, anonymous.get(toExpire).statusCode(), "extended again");

        editorAction(first, "remind", invitationOf(first, "remind"));
        assertEquals(404, anonymous.get(toRemind.path()).statusCode(), "a reminder replaces the link");
        Mail reminder = mailbox.awaitMailsTo(toRemind.address(), 2, DELIVERY).get(1);
        assertTrue(reminder.subject().startsWith("Herinnering"), reminder.subject());
        String reminded = PortraitFixtures.reviewPath(reminder.body());
        assertEquals(200, anonymous.get(reminded).statusCode(), "by the new one");

        assertEquals(200, anonymous.get(toEnd).statusCode());
        HttpResponse<String> published = editorAction(first, "publish", null);
        assertEquals(303, published.statusCode(), published.body());
        assertEquals(410, anonymous.get(toEnd).statusCode(), "publishing ends the links");
        assertEquals(410, anonymous.get(reminded).statusCode());
        assertEquals(200, anonymous.get(first + ".html").statusCode(), "and the portrait is public");
        portraits.set(first + "/jcr:content", "sling:published", "false", "Boolean");
        assertEquals(410, anonymous.get(toEnd).statusCode(), "ended links stay ended after unpublishing");
        assertEquals(200, anonymous.get(ofSecond).statusCode(), "the other portrait's round goes on");
    }

    @Test
    void publishingNeedsEverythingAndSaysWhat() {
        String incomplete = portraits.draftPortrait("Onvolledig portret (test)", "AM05", null);
        HttpResponse<String> refused = editorAction(incomplete, "publish", null);
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("Kies de pdf van het portret"), refused.body());
        assertEquals(401, anonymous.get(incomplete + ".html").statusCode(), "still a draft");
    }

    @Test
    void nobodyButPortraitEditorsReadsDraftsContactsOrFeedback() {
        String portrait = portraits.draftPortrait("Geheim concept (test)", "AM10",
                portraits.uploadPdf("secret-" + System.nanoTime() + ".pdf", PortraitFixtures.pdf("S")));
        String address = TestMailbox.newAddress("geheim");
        assertEquals(303, invite(portrait, "Geheime Contactpersoon", address, "7").statusCode());
        String id = portraitId(portrait);
        Http siteEditor = siteEditor();

        List<String> paths = new ArrayList<>();
        for (String root : List.of(PortraitFixtures.REVIEWS_ROOT, PortraitFixtures.REVIEWS_ROOT + "/" + id,
                "/var/samenwerkingskaart")) {
            for (String rendering : List.of(".json", ".1.json", ".infinity.json", ".tidy.json", ".xml", ".txt",
                    ".html", "")) {
                paths.add(root + rendering);
            }
        }
        for (String rendering : List.of(".html", ".json", ".infinity.json", ".tidy.infinity.json", ".xml", ".txt",
                "", ".pdf", "/jcr:content.json")) {
            paths.add(portrait + rendering);
        }
        for (String path : paths) {
            for (Http who : List.of(anonymous, siteEditor)) {
                HttpResponse<String> response = who.get(path);
                assertFalse(response.body().contains(address), path + " shows a contact's address");
                assertFalse(response.body().contains("Geheime Contactpersoon"), path + " shows a contact");
            }
            if (!path.startsWith(PortraitFixtures.REVIEWS_ROOT)) {
                assertNotEquals(200, anonymous.get(path).statusCode(), path + " is readable anonymously");
            }
        }
        assertEquals(403, siteEditor.post(PortraitFixtures.CONSOLE_ACTIONS, List.of(
                Map.entry("portrait", portrait), Map.entry("action", "publish"))).statusCode(),
                "a site editor who is not a portrait editor cannot run a review round");
        assertNotEquals(200, anonymous.post(PortraitFixtures.REVIEWS_ROOT + "/" + id + "/feedback/x",
                Map.of("text", "ingebroken")).statusCode());
        assertNotEquals(200, anonymous.post(PortraitFixtures.CONSOLE_ACTIONS,
                Map.of("portrait", portrait, "action", "publish")).statusCode());
        assertEquals(401, anonymous.get(portrait + ".html").statusCode());
    }

    @Test
    void aDraftBelowAPublishedFolderAndAnUnpublishedPdfStayPrivate() {
        String pdf = portraits.uploadPdf("unpublished-" + System.nanoTime() + ".pdf", PortraitFixtures.pdf("D"));
        String folder = portraits.publishedFolder();
        String draft = portraits.draftPortrait(folder, "Concept in gepubliceerde map (test)", "AM12", pdf);
        assertEquals(200, admin.get(folder + ".infinity.json").statusCode());
        for (String rendering : List.of(".infinity.json", ".2.json", ".1.json", ".tidy.infinity.json", ".xml",
                ".txt", ".json", ".harray.infinity.json")) {
            HttpResponse<String> response = anonymous.get(folder + rendering);
            assertNotEquals(200, response.statusCode(), folder + rendering);
            assertFalse(response.body().contains("Concept in gepubliceerde map"), folder + rendering + " shows a draft");
        }
        assertNotEquals(200, anonymous.get(draft + ".html").statusCode());
        assertEquals(401, anonymous.getBytes(pdf).statusCode(), "a static file is public only once published");
        portraits.set(pdf + "/jcr:content", "sling:published", "true", "Boolean");
        assertEquals(200, anonymous.getBytes(pdf).statusCode(), "and then it is");
    }

    /** An invited contact's address and review link. */
    private record Invited(String address, String path) {}

    private Invited link(String portrait, String who) {
        String address = TestMailbox.newAddress(who);
        HttpResponse<String> invited = invite(portrait, "Contact " + who, address, "14");
        assertEquals(303, invited.statusCode(), invited.body());
        return new Invited(address,
                PortraitFixtures.reviewPath(mailbox.awaitMailsTo(address, 1, DELIVERY).get(0).body()));
    }

    private HttpResponse<String> invite(String portrait, String name, String email, String days) {
        String console = editor.get(PortraitFixtures.CONSOLE_PAGE + portrait).body();
        return editor.post(PortraitFixtures.CONSOLE_ACTIONS, List.of(
                Map.entry(":swk-csrf", String.valueOf(Researchers.csrfToken(console))), Map.entry("portrait", portrait),
                Map.entry("action", "invite"), Map.entry("name", name), Map.entry("email", email),
                Map.entry("days", days), Map.entry("language", "nl")));
    }

    @SafeVarargs
    private HttpResponse<String> editorAction(String portrait, String action, String invitation,
            Map.Entry<String, String>... more) {
        String console = editor.get(PortraitFixtures.CONSOLE_PAGE + portrait).body();
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry(":swk-csrf", String.valueOf(Researchers.csrfToken(console))),
                Map.entry("portrait", portrait), Map.entry("action", action)));
        if (invitation != null) {
            form.add(Map.entry("invitation", invitation));
        }
        form.addAll(List.of(more));
        return editor.post(PortraitFixtures.CONSOLE_ACTIONS, form, "Accept-Language", "nl-NL,nl;q=0.9");
    }

    /** The id of the invitation of "Contact {@code who}", from the console's invitation rows. */
    private String invitationOf(String portrait, String who) {
        String console = editor.get(PortraitFixtures.CONSOLE_PAGE + portrait).body();
        for (String row : console.split("data-invitation=\"")) {
            if (row.contains("Contact " + who + "<")) {
                return row.substring(0, row.indexOf('"'));
            }
        }
        throw new AssertionError("No invitation of " + who + " in " + console);
    }

    private String portraitId(String portrait) {
        return admin.getJson(portrait + "/jcr:content.json").path("portraitId").asText();
    }

    private Http siteEditor() {
        Researchers.User user = users.newSiteEditor();
        return Http.as(cms.base(), user.name(), user.password());
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
