package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.TestMailbox.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Nog actueel?" through the real CMS: the researchers' list of initiatives not verified for 12 months, marking one
 * verified, a request to the contact by e-mail, the contact's confirmation through the mailed link, and the links
 * and pages nobody else may use.
 */
@ExtendWith(CmsServer.class)
class StillCurrentIT {

    static final String PAGE = "/cms/samenwerking/still-current.html";
    private static final String SERVLET = "/bin/samenwerkingskaart/console/still-current";
    private static final String CONFIRM = "/bin/samenwerkingskaart/public/still-current.html";
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+/bin/samenwerkingskaart/public/"
            + "still-current\\.html\\?i=([a-z0-9-]+)&t=([A-Za-z0-9_-]{43})(?:&l=en)?");

    private Http admin;
    private Http anonymous;
    private Http researcher;
    private String researcherName;
    private Researchers users;
    private TestData data;
    private TestMailbox mailbox;
    private String today;
    private Cms cms;

    @BeforeEach
    void setUp(Cms cms, TestMailbox mailbox) {
        this.mailbox = mailbox;
        this.cms = cms;
        admin = Http.admin(cms.base());
        anonymous = Http.anonymous(cms.base());
        users = new Researchers(admin);
        data = new TestData(admin);
        Researchers.User user = users.newResearcher();
        researcherName = user.name();
        researcher = user.http(cms.base());
        today = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
    }

    @AfterEach
    void tearDown() {
        users.deleteCreatedUsers();
    }

    private String initiative(String prefix, String lastVerified) {
        String id = data.create(TestData.uniqueId(prefix), "Nog actueel " + prefix, true);
        if (lastVerified != null) {
            set(id, Map.of("lastVerified", lastVerified));
        }
        return id;
    }

    private void set(String id, Map<String, String> properties) {
        HttpResponse<String> response = admin.post(TestPaths.DATA_ROOT + "/" + id, properties);
        assertTrue(response.statusCode() < 300, response.body());
    }

    private JsonNode stored(String id) {
        return admin.getJson(TestPaths.DATA_ROOT + "/" + id + ".json");
    }

    private String list() {
        HttpResponse<String> page = researcher.get(PAGE);
        assertEquals(200, page.statusCode(), page.body());
        return page.body();
    }

    /** The list's row of one initiative. */
    private static String row(String html, String id) {
        int start = html.indexOf("data-swk-id=\"" + id + "\"");
        assertTrue(start >= 0, "listed: " + id);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private static boolean listed(String html, String id) {
        return html.contains("data-swk-id=\"" + id + "\"");
    }

    private HttpResponse<String> act(String action, String id, String... more) {
        String token = Researchers.csrfToken(list());
        assertNotNull(token, "the list carries a CSRF token");
        List<Map.Entry<String, String>> form = new java.util.ArrayList<>(List.of(
                Map.entry(":swk-csrf", token), Map.entry(":action", action), Map.entry("id", id)));
        for (int i = 0; i + 1 < more.length; i += 2) {
            form.add(Map.entry(more[i], more[i + 1]));
        }
        return researcher.post(SERVLET, form);
    }

    /** Sends a request to a new address and returns the mail the contact gets. */
    private Mail request(String id, String language) {
        String address = TestMailbox.newAddress("contact");
        HttpResponse<String> sent = act("request", id, "email", address, "language", language);
        assertEquals(303, sent.statusCode(), sent.body());
        assertTrue(sent.headers().firstValue("Location").orElse("").contains("notice=requested"),
                sent.headers().toString());
        Mail mail = mailbox.awaitMailsTo(address, 1, DELIVERY).get(0);
        assertEquals(List.of(address), mail.recipients());
        return mail;
    }

    static String confirmPath(Mail mail) {
        Matcher link = CONFIRM_LINK.matcher(mail.body());
        assertTrue(link.find(), mail.body());
        URI uri = URI.create(link.group());
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    @Test
    void theListShowsOldAndNeverVerifiedInitiativesButNotAFreshOne() {
        String old = initiative("oud", "2020-01-01");
        String never = initiative("nooit", null);
        String fresh = initiative("vers", today);

        String html = list();

        assertTrue(listed(html, old), "verified six years ago");
        assertTrue(listed(html, never), "never verified");
        assertFalse(listed(html, fresh), "verified today");
        assertTrue(html.indexOf("data-swk-id=\"" + never + "\"") < html.indexOf("data-swk-id=\"" + old + "\""),
                "never verified comes before the oldest");
    }

    @Test
    void aResearcherMarksAnInitiativeVerified() {
        String old = initiative("controle", "2021-05-05");

        HttpResponse<String> verified = act("verify", old);

        assertEquals(303, verified.statusCode(), verified.body());
        assertEquals(today, stored(old).path("lastVerified").asText());
        assertEquals(researcherName, stored(old).path("verifiedBy").asText());
        assertFalse(listed(list(), old), "off the list once verified");
    }

    @Test
    void aRequestMailsTheContactWhoConfirmsThroughTheLink() {
        String old = initiative("verzoek", "2022-02-02");

        Mail mail = request(old, "nl");

        assertTrue(mail.subject().startsWith("Klopt het nog?"), mail.subject());
        assertTrue(mail.body().contains("kaart.html?kind=correction&target=" + old + "#melden"), mail.body());
        String token = CONFIRM_LINK.matcher(mail.body()).results().findFirst().orElseThrow().group(2);
        assertFalse(stored(old).toString().contains(token), "the token itself is not stored, only its hash");
        String row = row(list(), old);
        assertTrue(row.matches("(?s).*data-swk-requested>\\s*<time datetime=\"" + today + "T[^\"]*\">\\s*\\S.*"),
                "the list says when the request was sent: " + row);
        assertFalse(stored(old).toString().contains("@"), "the contact's address is not stored");

        String path = confirmPath(mail);
        HttpResponse<String> question = anonymous.get(path);
        assertEquals(200, question.statusCode(), question.body());
        assertTrue(question.body().contains("Nog actueel verzoek"), question.body());
        assertEquals("2022-02-02", stored(old).path("lastVerified").asText(), "opening the link changes nothing");

        URI uri = URI.create(path);
        Map<String, String> form = query(uri.getRawQuery());
        form.put(":swk-csrf", Researchers.csrfToken(question.body()));
        HttpResponse<String> confirmed = anonymous.post(CONFIRM, form);
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("data-swk-confirmed"), confirmed.body());
        assertEquals(today, stored(old).path("lastVerified").asText());
        assertEquals("contact", stored(old).path("verifiedBy").asText());
        assertFalse(listed(list(), old), "the researcher sees it confirmed: off the list");

        HttpResponse<String> again = anonymous.post(CONFIRM, form);
        assertEquals(404, again.statusCode(), "a used link works once");
        assertTrue(again.body().contains("Deze link werkt niet"), again.body());
    }

    @Test
    void anEnglishRequestIsInEnglish() {
        String old = initiative("engels", "2022-02-02");
        Mail mail = request(old, "en");
        assertTrue(mail.subject().startsWith("Still correct?"), mail.subject());
        HttpResponse<String> question = anonymous.get(confirmPath(mail));
        assertEquals(200, question.statusCode());
        assertTrue(question.body().contains("lang=\"en\""), question.body());
    }

    @Test
    void forgedAndExpiredLinksAreRefusedWithAMessage() {
        String old = initiative("vervalst", "2022-02-02");
        Mail mail = request(old, "nl");
        String path = confirmPath(mail);
        Map<String, String> form = query(URI.create(path).getRawQuery());
        String forgedToken = form.get("t").charAt(0) == 'A' ? "B" + form.get("t").substring(1)
                : "A" + form.get("t").substring(1);

        HttpResponse<String> forged = anonymous.post(CONFIRM, Map.of("i", old, "t", forgedToken));
        assertEquals(404, forged.statusCode());
        assertTrue(forged.body().contains("Deze link werkt niet"), forged.body());
        assertEquals(404, anonymous.get(CONFIRM + "?i=" + old + "&t=%3Cscript%3E").statusCode());
        assertEquals(404, anonymous.get(CONFIRM + "?i=..%2F..%2Fetc&t=" + form.get("t")).statusCode());
        assertEquals(404, anonymous.get(CONFIRM).statusCode());

        set(old, Map.of("verificationTokenExpires", "2020-01-01T00:00:00.000Z",
                "verificationTokenExpires@TypeHint", "Date"));
        HttpResponse<String> expired = anonymous.post(CONFIRM, form);
        assertEquals(410, expired.statusCode(), expired.body());
        assertTrue(expired.body().contains("verlopen"), expired.body());
        assertEquals("2022-02-02", stored(old).path("lastVerified").asText(), "nothing changed");
    }

    @Test
    void anonymousVisitorsAndSiteEditorsCannotSeeTheListNorAct() {
        String old = initiative("geheim", "2020-01-01");

        HttpResponse<String> anonymousPage = anonymous.get(PAGE);
        assertFalse(anonymousPage.statusCode() == 200 && listed(anonymousPage.body(), old),
                "anonymous: " + anonymousPage.statusCode());
        assertFalse(anonymousPage.body().contains("Nog actueel geheim"));

        Researchers.User editorUser = users.newSiteEditor();
        Http editor = editorUser.http(cms.base());
        HttpResponse<String> editorPage = editor.get(PAGE);
        assertFalse(listed(editorPage.body(), old), "a site editor sees no initiative to check");
        assertFalse(editorPage.body().contains("Nog actueel geheim"));
        String token = Researchers.csrfToken(editorPage.body());
        if (token != null) {
            HttpResponse<String> refused = editor.post(SERVLET, List.of(Map.entry(":swk-csrf", token),
                    Map.entry(":action", "verify"), Map.entry("id", old)));
            assertNotEquals(303, refused.statusCode());
            assertTrue(refused.statusCode() >= 400, "site editor: " + refused.statusCode());
        }
        HttpResponse<String> anonymousPost = anonymous.post(SERVLET, List.of(Map.entry(":action", "verify"),
                Map.entry("id", old)));
        assertTrue(anonymousPost.statusCode() >= 400, "anonymous: " + anonymousPost.statusCode());
        assertEquals("2020-01-01", stored(old).path("lastVerified").asText(), "nothing changed");
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            values.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return values;
    }
}
