package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.TestMailbox.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The newsletter in the real CMS (issue 5): double opt-in through the local SMTP server, the same answer for an
 * address already on the list, unsubscribing through the mailed link, expiry of unconfirmed signups by the
 * scheduled job, and who may read the subscribers: anonymous by no rendering, a site editor not, a newsletter
 * editor the confirmed ones as CSV.
 */
@ExtendWith(CmsServer.class)
class NewsletterIT {

    static final String HOME = TestPaths.SITE + "/index.html";
    static final String ENDPOINT = "/bin/samenwerkingskaart/public/newsletter";
    static final String EXPORT = "/bin/samenwerkingskaart/console/newsletter.csv";
    static final String ROOT = "/var/samenwerkingskaart/newsletter";
    static final String PID = "nl.samenwerkingskaart.initiatives.newsletter.service.NewsletterDesk";
    static final String JOB_PID = "nl.samenwerkingskaart.initiatives.newsletter.service.NewsletterExpiryJob";
    private static final Duration DELIVERY = Duration.ofSeconds(60);
    private static final Duration QUIET = Duration.ofSeconds(5);
    static final Pattern CSRF = Pattern.compile("name=\":swk-csrf\" value=\"([^\"]+)\"");
    static final Pattern LINK = Pattern.compile("(https?://[^\\s]+/bin/samenwerkingskaart/public/newsletter\\."
            + "(confirm|unsubscribe)\\.html/[A-Za-z0-9_-]{43})");

    private URI base;
    private Http anonymous;
    private Http admin;
    private TestMailbox mailbox;
    private Researchers users;

    @BeforeEach
    void setUp(Cms cms, TestMailbox mailbox) {
        base = cms.base();
        anonymous = Http.anonymous(cms.base());
        admin = Http.admin(cms.base());
        this.mailbox = mailbox;
        users = new Researchers(admin);
    }

    @AfterEach
    void tearDown() {
        users.deleteCreatedUsers();
    }

    @Test
    void doubleOptInThenUnsubscribe() throws Exception {
        String address = TestMailbox.newAddress("lezer");
        HttpResponse<String> signup = signup(anonymous, address, "Lezer <b>Een</b>");
        assertEquals(303, signup.statusCode(), signup.body());
        String location = signup.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("swk-newsletter=sent"), location);
        assertTrue(location.endsWith("#" + formId()), location);
        JsonishNode pending = subscriber(address);
        assertEquals("pending", pending.state());

        Mail request = mailbox.awaitMailsTo(address, 1, DELIVERY).get(0);
        assertEquals("Bevestig uw aanmelding voor de nieuwsbrief", request.subject());
        assertTrue(request.body().contains("Beste Lezer <b>Een</b>,"), request.body());
        String confirm = link(request, "confirm");
        String unsubscribeFirst = link(request, "unsubscribe");
        assertEquals("<" + oneClick(unsubscribeFirst) + ">", request.header("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", request.header("List-Unsubscribe-Post"));

        HttpResponse<String> page = anonymous.get(path(confirm));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-swk-newsletter-confirm"), page.body());
        assertEquals("private, no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("pending", subscriber(address).state(), "opening the link (a mail scanner) confirms nothing");

        HttpResponse<String> forged = anonymous.post(path(confirm), List.of(Map.entry(":swk-csrf", "1.forged")));
        assertEquals(403, forged.statusCode(), "a button post without its form's token");
        assertEquals("pending", subscriber(address).state());

        HttpResponse<String> confirmed = anonymous.post(path(confirm), List.of(Map.entry(":swk-csrf",
                csrf(page.body()))));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertTrue(confirmed.body().contains("data-swk-newsletter-page=\"confirmed\""), confirmed.body());
        assertEquals("confirmed", subscriber(address).state());

        Mail welcome = mailbox.awaitMailsTo(address, 2, DELIVERY).get(1);
        assertEquals("Welkom bij de nieuwsbrief", welcome.subject());
        String unsubscribe = link(welcome, "unsubscribe");
        String header = welcome.header("List-Unsubscribe");
        assertEquals("<" + oneClick(unsubscribe) + ">", header);
        String oneClickAddress = header.substring(1, header.length() - 1);

        Researchers.User editor = newsletterEditor();
        HttpResponse<String> export = editor.http(base).get(EXPORT);
        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains("\"" + address + "\""), export.body());

        // Opened in a browser, the header's address goes on to the link's page, which asks first.
        HttpResponse<String> opened = anonymous.get(pathAndQuery(oneClickAddress));
        assertEquals(303, opened.statusCode());
        assertTrue(opened.headers().firstValue("Location").orElse("").endsWith(path(unsubscribe)));
        // RFC 8058: the mail program posts List-Unsubscribe=One-Click to the header's address, without any form
        // token and without a Referer (which Sling's referrer filter would refuse anywhere else).
        HttpResponse<String> gone = postWithoutReferer(pathAndQuery(oneClickAddress), "List-Unsubscribe=One-Click");
        assertEquals(200, gone.statusCode(), gone.body());
        assertTrue(gone.body().contains("data-swk-newsletter-page=\"unsubscribed\""), gone.body());
        assertEquals(404, admin.get(ROOT + "/subscribers/" + key(address) + ".json").statusCode(),
                "nothing of the subscriber is kept");
        assertEquals(404, anonymous.get(path(unsubscribeFirst)).statusCode(), "its other links went with it");
        assertFalse(editor.http(base).get(EXPORT).body().contains(address));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressIsOnTheList() throws Exception {
        String known = TestMailbox.newAddress("bekend");
        HttpResponse<String> first = signup(anonymous, known, "");
        mailbox.awaitMailsTo(known, 1, DELIVERY);
        HttpResponse<String> again = signup(anonymous, known, "");
        HttpResponse<String> fresh = signup(anonymous, TestMailbox.newAddress("nieuw"), "");
        for (HttpResponse<String> response : List.of(first, again, fresh)) {
            assertEquals(303, response.statusCode());
            assertEquals(first.headers().firstValue("Location"), response.headers().firstValue("Location"));
        }
        HttpResponse<String> json = anonymous.post(ENDPOINT, form(anonymous, known, ""), "Accept", "application/json");
        assertEquals(202, json.statusCode());
        assertEquals(1, mailbox.mailsToAfter(known, QUIET).size(), "a pending address gets one mail per window");
    }

    @Test
    void aRefusedSignupShowsThePageAgainWithTheValuesAndTheMessageAtTheField() {
        String typed = "geen-adres";
        HttpResponse<String> refused = signup(anonymous, typed, "Anja \"<script>x</script>\"");
        assertEquals(400, refused.statusCode());
        String html = refused.body();
        assertTrue(html.contains("value=\"" + typed + "\""), "the typed address is kept");
        assertTrue(html.contains("aria-invalid=\"true\" aria-describedby=\"" + formId() + "-email-error\""), html);
        assertTrue(html.contains("id=\"" + formId() + "-email-error\""), html);
        assertTrue(html.contains("vul een geldig e-mailadres in"), "in the page's language (Dutch)");
        assertFalse(html.contains("<script>x</script>"), "the name is escaped");
        assertEquals(404, admin.get(ROOT + "/subscribers/" + key(typed) + ".json").statusCode());
    }

    @Test
    void unconfirmedSignupsExpire() throws Exception {
        String address = TestMailbox.newAddress("vergeten");
        try {
            configure("PT3S", "0/2 * * * * ?");
            assertEquals(303, signup(anonymous, address, "").statusCode());
            String confirm = link(mailbox.awaitMailsTo(address, 1, DELIVERY).get(0), "confirm");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (admin.get(ROOT + "/subscribers/" + key(address) + ".json").statusCode() != 404) {
                assertTrue(Instant.now().isBefore(deadline), "the expiry job did not remove the signup");
                Thread.sleep(500);
            }
            assertEquals(404, anonymous.get(path(confirm)).statusCode(), "its link no longer works");
        } finally {
            configure("P7D", "0 15 * * * ?");
        }
    }

    @Test
    void anonymousCannotReadSubscribersByAnyRendering() throws Exception {
        String address = TestMailbox.newAddress("geheim");
        assertEquals(303, signup(anonymous, address, "Geheime Naam").statusCode());
        String node = ROOT + "/subscribers/" + key(address);
        for (String path : renderings(ROOT, ROOT + "/subscribers", ROOT + "/links", node)) {
            HttpResponse<String> response = anonymous.get(path);
            assertFalse(response.statusCode() >= 200 && response.statusCode() < 300,
                    "anonymous GET " + path + " answered " + response.statusCode());
            assertFalse(response.body().contains(address) || response.body().contains("Geheime Naam"), path);
        }
        HttpResponse<String> post = anonymous.post(ROOT + "/subscribers/evil", List.of(Map.entry("email",
                "evil@example.nl"), Map.entry("state", "confirmed")));
        assertFalse(post.statusCode() >= 200 && post.statusCode() < 300, "Sling POST answered " + post.statusCode());
        assertEquals(404, admin.get(ROOT + "/subscribers/evil.json").statusCode());
        HttpResponse<String> change = anonymous.post(node, List.of(Map.entry("state", "confirmed")));
        assertFalse(change.statusCode() >= 200 && change.statusCode() < 300);
        assertEquals("pending", subscriber(address).state());
        HttpResponse<String> export = anonymous.get(EXPORT);
        assertFalse(export.statusCode() == 200 || export.body().contains(address), "export: " + export.statusCode());
    }

    @Test
    void aSiteEditorCannotReadSubscribersANewsletterEditorExportsOnlyConfirmedOnes() throws Exception {
        String pending = TestMailbox.newAddress("wachtend");
        assertEquals(303, signup(anonymous, pending, "=HYPERLINK(\"https://evil.example\")").statusCode());
        String confirmed = TestMailbox.newAddress("bevestigd");
        assertEquals(303, signup(anonymous, confirmed, "=HYPERLINK(\"https://evil.example\")").statusCode());
        String confirm = link(mailbox.awaitMailsTo(confirmed, 1, DELIVERY).get(0), "confirm");
        String page = anonymous.get(path(confirm)).body();
        assertEquals(200, anonymous.post(path(confirm), List.of(Map.entry(":swk-csrf", csrf(page)))).statusCode());

        Http siteEditor = users.newSiteEditor().http(base);
        for (String path : renderings(ROOT, ROOT + "/subscribers/" + key(confirmed))) {
            HttpResponse<String> response = siteEditor.get(path);
            assertFalse(response.body().contains(confirmed), "site editor GET " + path + " leaked an address");
        }
        HttpResponse<String> refused = siteEditor.get(EXPORT);
        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains(confirmed));
        HttpResponse<String> console = siteEditor.get("/cms/samenwerking/newsletter.html");
        assertFalse(console.body().contains("data-swk-newsletter-download"), "no download for a site editor");

        Http editor = newsletterEditor().http(base);
        HttpResponse<byte[]> csv = editor.getBytes(EXPORT);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        byte[] body = csv.body();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(body[0], body[1], body[2]), "BOM");
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\"email\",\"name\",\"confirmed_at\",\"language\"\r\n"), text);
        assertTrue(text.contains("\"" + confirmed + "\",\"'=HYPERLINK(\"\"https://evil.example\"\")\","), text);
        assertFalse(text.contains(pending), "a pending signup is not exported");
        HttpResponse<String> consolePage = editor.get("/cms/samenwerking/newsletter.html");
        assertEquals(200, consolePage.statusCode());
        assertTrue(consolePage.body().contains("data-swk-newsletter-download"), consolePage.body());
    }

    // --- helpers, also used by NewsletterBrowserIT and the bad-input generator

    static String formId() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((TestPaths.SITE
                    + "/index/jcr:content/container/nieuwsbrief").getBytes(StandardCharsets.UTF_8));
            return "swk-newsletter-" + HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Map.Entry<String, String>> form(Http client, String email, String name) {
        HttpResponse<String> home = client.get(HOME);
        assertEquals(200, home.statusCode(), "the demo home page");
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("_charset_", "UTF-8"));
        form.add(Map.entry(":swk-csrf", csrf(home.body())));
        form.add(Map.entry(":swk-return", TestPaths.SITE + "/index.html#" + formId()));
        form.add(Map.entry(":swk-form", TestPaths.SITE + "/index/jcr:content/container/nieuwsbrief"));
        form.add(Map.entry("email", email));
        form.add(Map.entry("name", name));
        form.add(Map.entry("homepage", ""));
        return form;
    }

    static HttpResponse<String> signup(Http client, String email, String name) {
        return client.post(ENDPOINT, form(client, email, name));
    }

    static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertTrue(matcher.find(), "no CSRF token in the page");
        return matcher.group(1);
    }

    static String key(String address) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(address.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String link(Mail mail, String purpose) {
        Matcher matcher = LINK.matcher(mail.body());
        while (matcher.find()) {
            if (matcher.group(2).equals(purpose)) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("No " + purpose + " link in " + mail.body());
    }

    static String path(String link) {
        return URI.create(link).getRawPath();
    }

    static String pathAndQuery(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The header's one-click address for a mail's unsubscribe link: its token as a query parameter. */
    static String oneClick(String unsubscribeLink) {
        int slash = unsubscribeLink.lastIndexOf('/');
        return unsubscribeLink.substring(0, slash) + "?token=" + unsubscribeLink.substring(slash + 1);
    }

    /** A form POST as a mail program sends it: no Referer, no cookie, no form token. */
    private HttpResponse<String> postWithoutReferer(String pathAndQuery, String body) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(base.resolve(
                pathAndQuery)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> renderings(String... paths) {
        return Stream.of(paths).flatMap(p -> Stream.of(p + ".json", p + ".1.json", p + ".infinity.json",
                p + ".tidy.json", p + ".tidy.infinity.json", p + ".xml", p + ".txt", p + ".html", p)).toList();
    }

    private JsonishNode subscriber(String address) throws Exception {
        HttpResponse<String> response = admin.get(ROOT + "/subscribers/" + key(address) + ".json");
        assertEquals(200, response.statusCode(), "the subscriber as the administrator sees it");
        return new JsonishNode(Http.JSON.readTree(response.body()).path("state").asText());
    }

    private record JsonishNode(String state) {}

    private Researchers.User newsletterEditor() {
        Researchers.User user = users.newSiteEditor();
        HttpResponse<String> member = admin.post("/system/userManager/group/newsletter-editors.update.json",
                List.of(Map.entry(":member", user.name())));
        assertEquals(200, member.statusCode(), "adding to newsletter-editors: " + member.body());
        return user;
    }

    private void configure(String period, String schedule) {
        HttpResponse<String> desk = admin.post("/system/console/configMgr/" + PID, List.of(
                Map.entry("apply", "true"),
                Map.entry("action", "ajaxConfigManager"),
                Map.entry("propertylist", "confirmationPeriod,resendWindowSeconds,rateLimit,rateWindowSeconds,"
                        + "maxBodyBytes,siteAddress"),
                Map.entry("confirmationPeriod", period),
                Map.entry("resendWindowSeconds", "600"),
                Map.entry("rateLimit", "1000"),
                Map.entry("rateWindowSeconds", "600"),
                Map.entry("maxBodyBytes", "8192"),
                Map.entry("siteAddress", "")));
        assertTrue(desk.statusCode() < 400, "configuring the newsletter: " + desk.statusCode());
        HttpResponse<String> job = admin.post("/system/console/configMgr/" + JOB_PID, List.of(
                Map.entry("apply", "true"),
                Map.entry("action", "ajaxConfigManager"),
                Map.entry("propertylist", "scheduler.expression"),
                Map.entry("scheduler.expression", schedule)));
        assertTrue(job.statusCode() < 400, "configuring the expiry job: " + job.statusCode());
    }
}
