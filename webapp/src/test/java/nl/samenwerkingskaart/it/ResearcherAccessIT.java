package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.Researchers.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what with initiatives, over plain HTTP: a researcher is not an administrator and writes initiatives only
 * through the console servlet with a valid CSRF token; a signed-in user outside the group researchers gets nowhere.
 */
@ExtendWith(CmsServer.class)
class ResearcherAccessIT {

    private static final String SERVLET = Researchers.CONSOLE_SERVLET;

    private Cms cms;
    private Http admin;
    private TestData data;
    private Researchers researchers;
    private final List<String> toDelete = new ArrayList<>();

    @BeforeEach
    void setUp(Cms cms) {
        this.cms = cms;
        admin = Http.admin(cms.base());
        data = new TestData(admin);
        researchers = new Researchers(admin);
    }

    @AfterEach
    void tearDown() {
        researchers.deleteCreatedUsers();
        // Whatever a failed test left behind (a passing one has deleted it already: then this finds nothing).
        for (String id : toDelete) {
            admin.post(TestPaths.DATA_ROOT + "/" + id, Map.of(":operation", "delete"));
        }
    }

    @Test
    void aResearcherIsNotAnAdministrator() {
        User researcher = researchers.newResearcher();
        Http http = researcher.http(cms.base());
        // The console works for them, so the refusals below are about rights, not about a broken login.
        assertEquals(200, http.get(Researchers.LIST_PAGE).statusCode(), "the researcher can open the console list");

        for (String path : List.of("/system/console/bundles", "/system/console/configMgr", "/bin/browser.html",
                "/bin/users.html", "/bin/packages.html")) {
            HttpResponse<String> response = http.get(path);
            assertFalse(response.statusCode() >= 200 && response.statusCode() < 300,
                    "a researcher must not open the administration tool " + path + ", got " + response.statusCode());
        }

        String contentTarget = "/content/" + TestData.uniqueId("onderzoeker-inbraak");
        assertRefused(http.post(contentTarget, Map.of("jcr:title", "Inbraak")), "create under /content");
        assertEquals(404, admin.get(contentTarget + ".json").statusCode(), "nothing created under /content");

        String pageContent = TestPaths.SITE + "/kaart/jcr:content";
        String titleBefore = admin.getJson(pageContent + ".json").path("jcr:title").asText();
        assertRefused(http.post(pageContent, Map.of("jcr:title", "Gekaapt door onderzoeker")), "change a page");
        assertEquals(titleBefore, admin.getJson(pageContent + ".json").path("jcr:title").asText(),
                "the page title is unchanged");

        String appsTarget = "/apps/" + TestData.uniqueId("onderzoeker-inbraak");
        assertRefused(http.post(appsTarget, Map.of("sling:resourceType", "sling/servlet/default")), "create in /apps");
        assertEquals(404, admin.get(appsTarget + ".json").statusCode(), "nothing created under /apps");

        String libsScript = "/libs/samenwerking/components/cms/initiativelist";
        assertRefused(http.post(libsScript, Map.of("gekaapt", "ja")), "change /libs");
        assertTrue(admin.getJson(libsScript + ".json").path("gekaapt").isMissingNode(), "/libs is unchanged");

        assertRefused(http.post("/system/userManager/group/administrators.update.json",
                List.of(Map.entry(":member", researcher.name()))), "join the administrators");
        JsonNode administrators = admin.getJson("/system/userManager/group/administrators.json");
        administrators.path("members").forEach(m -> assertFalse(m.asText().endsWith("/" + researcher.name()),
                "the researcher became an administrator"));

        String newUser = TestData.uniqueId("door-onderzoeker");
        assertRefused(http.post("/system/userManager/user.create.json", List.of(Map.entry(":name", newUser),
                Map.entry("pwd", "x-Geheim-1"), Map.entry("pwdConfirm", "x-Geheim-1"))), "create a user");
        assertEquals(404, admin.get("/system/userManager/user/" + newUser + ".json").statusCode(),
                "no user was created");
    }

    @Test
    void aResearcherWritesInitiativesOnlyWithAValidCsrfToken() {
        User researcher = researchers.newResearcher();
        Http http = researcher.http(cms.base());
        String token = tokenFrom(http, Researchers.FORM_PAGE);
        String adminsToken = tokenFrom(admin, Researchers.FORM_PAGE);
        String forged = forge(token);

        String name = "Csrf proef " + TestData.uniqueId("n");
        assertEquals(403, http.post(SERVLET, newInitiative(name, null)).statusCode(), "save without a token");
        assertEquals(403, http.post(SERVLET, newInitiative(name, forged)).statusCode(), "save with a forged token");
        assertEquals(403, http.post(SERVLET, newInitiative(name, "")).statusCode(), "save with an empty token");
        assertEquals(403, http.post(SERVLET, newInitiative(name, adminsToken)).statusCode(),
                "save with a token issued to someone else");
        assertEquals(List.of(), idsListedFor(http, name), "no refused save stored anything");

        HttpResponse<String> saved = http.post(SERVLET, newInitiative(name, token));
        assertEquals(303, saved.statusCode(), "a save with the form's token is accepted: " + saved.body());
        assertTrue(saved.headers().firstValue("Location").orElse("").contains(Researchers.LIST_PAGE),
                "back to the list after saving");
        List<String> ids = idsListedFor(http, name);
        assertEquals(1, ids.size(), "the saved initiative is listed once: " + ids);
        JsonNode stored = admin.getJson(TestPaths.DATA_ROOT + "/" + ids.get(0) + ".infinity.json");
        assertEquals(name, stored.path("name").asText());
        assertEquals("ROC Csrf", stored.path("parties").path("0").path("name").asText());
        assertFalse(stored.path("published").asBoolean(), "a new initiative starts unpublished");

        // An existing draft: nothing happens to it without the right token.
        toDelete.add(ids.get(0));
        String draft = data.create(TestData.uniqueId("csrf-concept"), "Csrf concept", false);
        toDelete.add(draft);
        String draftJson = TestPaths.DATA_ROOT + "/" + draft + ".json";
        for (String badToken : new String[] {null, forged, adminsToken}) {
            assertEquals(403, http.post(SERVLET, action("publish", draft, badToken)).statusCode(),
                    "publish with token " + badToken);
            assertEquals(403, http.post(SERVLET, action("delete", draft, badToken)).statusCode(),
                    "delete with token " + badToken);
            List<Map.Entry<String, String>> rename = newInitiative("Gekaapt concept", badToken);
            rename.add(Map.entry("id", draft));
            assertEquals(403, http.post(SERVLET, rename).statusCode(), "save with token " + badToken);
        }
        JsonNode unchanged = admin.getJson(draftJson);
        assertFalse(unchanged.path("published").asBoolean(), "still unpublished");
        assertEquals("Csrf concept", unchanged.path("name").asText(), "still its own name");

        assertEquals(303, http.post(SERVLET, action("publish", draft, token)).statusCode(), "publish with the token");
        assertTrue(admin.getJson(draftJson).path("published").asBoolean(), "published by the researcher");
        assertEquals(303, http.post(SERVLET, action("delete", draft, token)).statusCode(), "delete with the token");
        assertEquals(404, admin.get(draftJson).statusCode(), "deleted by the researcher");
        assertEquals(303, http.post(SERVLET, action("delete", ids.get(0), token)).statusCode());
    }

    @Test
    void aSignedInUserOutsideTheResearchersGetsNoAccess() {
        String secretName = "Geheim concept " + TestData.uniqueId("p");
        String draft = data.create(TestData.uniqueId("plain-concept"), secretName, false);
        toDelete.add(draft);
        String draftJson = TestPaths.DATA_ROOT + "/" + draft + ".json";

        // A user who once was a researcher holds a valid token; after leaving the group it must be worth nothing.
        User former = researchers.newResearcher();
        Http formerHttp = former.http(cms.base());
        String token = tokenFrom(formerHttp, Researchers.FORM_PAGE);
        HttpResponse<String> removed = admin.post("/system/userManager/group/" + Researchers.GROUP + ".update.json",
                List.of(Map.entry(":member@Delete", former.name())));
        assertEquals(200, removed.statusCode(), removed.body());

        User plain = researchers.newPlainUser("gewone-gebruiker");
        for (Http http : List.of(formerHttp, plain.http(cms.base()))) {
            String who = http == formerHttp ? "former researcher " + former.name() : "plain user " + plain.name();
            // Reading: neither the data root nor the draft, by any rendering, nor the console.
            for (String path : List.of(TestPaths.DATA_ROOT + ".json", TestPaths.DATA_ROOT + ".1.json",
                    TestPaths.DATA_ROOT + ".infinity.json", draftJson, TestPaths.DATA_ROOT + "/" + draft + ".html",
                    Researchers.LIST_PAGE, Researchers.LIST_PAGE + "?q=" + encode(secretName),
                    Researchers.FORM_PAGE + TestPaths.DATA_ROOT + "/" + draft)) {
                HttpResponse<String> response = http.get(path);
                assertFalse(response.statusCode() == 200 && response.body().contains(secretName),
                        who + " read the draft through " + path);
                if (!path.startsWith("/cms/")) {
                    assertFalse(response.statusCode() >= 200 && response.statusCode() < 300,
                            who + " GET " + path + " must fail, got " + response.statusCode());
                }
            }

            // Writing through the console servlet, even with a valid token (the former researcher's).
            String name = "Niet toegestaan " + TestData.uniqueId("n");
            assertClientError(http.post(SERVLET, newInitiative(name, token)), who + " saves a new initiative");
            List<Map.Entry<String, String>> rename = newInitiative("Gekaapt", token);
            rename.add(Map.entry("id", draft));
            assertClientError(http.post(SERVLET, rename), who + " saves over the draft");
            assertClientError(http.post(SERVLET, action("publish", draft, token)), who + " publishes");
            assertClientError(http.post(SERVLET, action("delete", draft, token)), who + " deletes");
            assertEquals(List.of(), idsListedFor(admin, name), who + ": nothing new stored");

            // Writing through Sling's POST servlet.
            assertRefused(http.post(TestPaths.DATA_ROOT + "/" + draft,
                    Map.of("published", "true", "name", "Gekaapt")), who + " posts to the draft");
        }
        JsonNode after = admin.getJson(draftJson);
        assertEquals(secretName, after.path("name").asText(), "the draft keeps its name");
        assertFalse(after.path("published").asBoolean(), "the draft stays unpublished");
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String tokenFrom(Http http, String page) {
        HttpResponse<String> form = http.get(page);
        assertEquals(200, form.statusCode(), "GET " + page);
        String token = Researchers.csrfToken(form.body());
        assertNotNull(token, "the page " + page + " carries a :swk-csrf token");
        return token;
    }

    /** The same token with one character of its signature changed. */
    private static String forge(String token) {
        char last = token.charAt(token.length() - 1);
        return token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    private static List<Map.Entry<String, String>> newInitiative(String name, String token) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        if (token != null) {
            form.add(Map.entry(":swk-csrf", token));
        }
        form.addAll(List.of(
                Map.entry("_charset_", "utf-8"),
                Map.entry(":action", "save"),
                Map.entry("name", name),
                Map.entry("goal", "Leerlingen leren in de praktijk bij bedrijven in de regio."),
                Map.entry("status", "running"),
                Map.entry("levels", "mbo"),
                Map.entry("parties[0].name", "ROC Csrf"),
                Map.entry("parties[0].kind", "mbo"),
                Map.entry("parties[0].town", "Zwolle"),
                Map.entry("locations[0].town", "Zwolle"),
                Map.entry("locations[0].latitude", "52.5125"),
                Map.entry("locations[0].longitude", "6.0944")));
        return form;
    }

    private static List<Map.Entry<String, String>> action(String action, String id, String token) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        if (token != null) {
            form.add(Map.entry(":swk-csrf", token));
        }
        form.add(Map.entry(":action", action));
        form.add(Map.entry("id", id));
        return form;
    }

    private static List<String> idsListedFor(Http http, String name) {
        HttpResponse<String> list = http.get(Researchers.LIST_PAGE + "?q=" + encode(name));
        assertEquals(200, list.statusCode(), "the console list answers");
        return Researchers.listedIds(list.body());
    }

    private static void assertRefused(HttpResponse<String> response, String what) {
        assertFalse(response.statusCode() >= 200 && response.statusCode() < 400,
                what + ": must be refused, got " + response.statusCode());
    }

    private static void assertClientError(HttpResponse<String> response, String what) {
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                what + ": must get a 4xx, got " + response.statusCode() + " "
                        + response.headers().firstValue("Location").orElse("") + " " + response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
