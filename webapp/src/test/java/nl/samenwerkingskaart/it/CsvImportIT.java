package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import nl.samenwerkingskaart.it.Researchers.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The CSV import and the exports in the real CMS, over HTTP: a researcher imports a file with good and bad rows
 * (upload, column mapping, dry run, import in steps), re-imports it without any change, round-trips the complete
 * export; the public downloads hold only published initiatives and public fields; anonymous visitors and site
 * editors can neither import nor get the complete export.
 */
@ExtendWith(CmsServer.class)
class CsvImportIT {

    static final String SERVLET = "/bin/samenwerkingskaart/console/import";
    static final String PAGE = "/cms/samenwerking/import.html";
    static final String EXPORT = "/bin/samenwerkingskaart/console/export.csv";
    static final String PUBLIC_CSV = "/bin/samenwerkingskaart/public/initiatives.csv";
    static final String PUBLIC_GEOJSON = "/bin/samenwerkingskaart/public/initiatives.geojson";
    private static final String[] DUTCH = {"Accept-Language", "nl-NL,nl;q=0.9"};
    private static final Pattern JOB = Pattern.compile("name=\"job\" value=\"([0-9a-f-]{36})\"");
    private static final Pattern OUTCOME = Pattern.compile("data-swk-outcome=\"([a-z]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void aResearcherImportsGoodAndBadRowsAndReimportingChangesNothing() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String quiet = "Importpact stil " + tag;
        String open = "Importpact open " + tag;
        String bad = "Importpact fout " + tag;
        // Dutch Excel: semicolons, Windows-1252, decimal commas, Dutch headers, an Excel text cell, a trailing column.
        String file = "Naam;Doel;Plaats;Breedtegraad;Lengtegraad;Partijen;Startjaar;Gepubliceerd;\r\n"
                + quiet + ";Coöperatie in de zorg.;Zwolle;52,5168;6,083;Deltion College | mbo | Zwolle;=\"2022\";nee;\r\n"
                + open + ";\"Techniek; samen\";Enschede;52,2215;6,8937;\"ROC van Twente | mbo\nBouw B.V. | bedrijf\";2020;ja;\r\n"
                + bad + ";;Enschede;52,2215;6,8937;;tweeduizend;ja;\r\n";
        byte[] bytes = file.getBytes(Charset.forName("windows-1252"));

        User researcher = researchers.newResearcher();
        Http http = researcher.http(base);
        String token = token(http);

        String jobId = upload(http, token, bytes, "initiatieven.csv");
        HttpResponse<String> dryRun = dryRun(http, token, jobId, true);
        assertEquals(List.of("create", "create", "refused"), outcomes(dryRun.body()), dryRun.body());
        assertTrue(dryRun.body().contains("Doel: dit veld is verplicht") || dryRun.body().contains("Doel:"),
                "the refusal names the field in Dutch");
        assertTrue(dryRun.body().contains("Beginjaar:"), "and the start year");
        assertTrue(dryRun.body().contains("Partijen:"), "and the missing parties");

        JsonNode done = runImport(http, token, jobId);
        assertEquals(2, done.get("created").asInt(), done.toString());
        assertEquals(1, done.get("refused").asInt(), done.toString());

        String all = export(http);
        assertTrue(all.contains(quiet) && all.contains(open), "both good rows are stored");
        assertFalse(all.contains(bad), "the bad row is not");
        assertTrue(all.contains("Coöperatie in de zorg."), "Windows-1252 read as such");
        assertTrue(all.contains(",2022,"), "Excel's =\"2022\" read as 2022");
        String publicCsv = new String(anonymous.getBytes(PUBLIC_CSV).body(), StandardCharsets.UTF_8);
        assertTrue(publicCsv.contains(open), "published as the file said and the researcher allowed");
        assertFalse(publicCsv.contains(quiet), "the unpublished row is not public");

        String again = upload(http, token, bytes, "initiatieven.csv");
        HttpResponse<String> second = dryRun(http, token, again, true);
        assertEquals(List.of("unchanged", "unchanged", "refused"), outcomes(second.body()), second.body());
        JsonNode nothing = runImport(http, token, again);
        assertEquals(0, nothing.get("created").asInt() + nothing.get("updated").asInt(), nothing.toString());
        assertEquals(2, nothing.get("unchanged").asInt(), nothing.toString());
        assertEquals(all.split("\r\n").length, export(http).split("\r\n").length, "no row added");
    }

    @Test
    void townsWithoutCoordinatesArePlacedByTheGazetteerAndAmbiguousOnesRefused() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String file = "name,goal,town,parties\n"
                + "Plaatspact " + tag + ",Doel.,Zwolle,Deltion College | mbo\n"
                + "Twijfelpact " + tag + ",Doel.,Hengelo,Een B.V. | company\n";
        User researcher = researchers.newResearcher();
        Http http = researcher.http(base);
        String token = token(http);
        HttpResponse<String> dryRun = dryRun(http, token, upload(http, token,
                file.getBytes(StandardCharsets.UTF_8), "plaatsen.csv"), false);
        assertEquals(List.of("create", "refused"), outcomes(dryRun.body()), refusedOrChanged(dryRun.body()));
        assertTrue(dryRun.body().contains("Hengelo") && dryRun.body().contains("provincie"),
                "the ambiguous town is refused with the way out: " + refusedOrChanged(dryRun.body()));
    }

    @Test
    void theCompleteExportImportsBackUnchanged() {
        TestData data = new TestData(admin);
        String id = data.create(TestData.uniqueId("rondje"), "=SUM(1) rondje " + UUID.randomUUID(), false);
        User researcher = researchers.newResearcher();
        Http http = researcher.http(base);
        String token = token(http);
        String all = export(http);
        assertTrue(all.startsWith("\uFEFFid,name,goal,"), all.substring(0, Math.min(80, all.length())));
        assertTrue(all.contains(id), "unpublished initiatives are in the complete export");
        assertTrue(all.contains(",'=SUM(1) rondje "), "a formula-like name is guarded in the file");
        assertTrue(all.contains("geheime-bron-" + id), "provenance is in the complete export");

        String jobId = upload(http, token, all.getBytes(StandardCharsets.UTF_8), "export.csv");
        HttpResponse<String> dryRun = dryRun(http, token, jobId, true);
        List<String> outcomes = outcomes(dryRun.body());
        assertFalse(outcomes.isEmpty());
        assertFalse(outcomes.contains("create"), dryRun.body());
        assertFalse(outcomes.contains("update"), refusedOrChanged(dryRun.body()));
        assertTrue(dryRun.body().contains("data-swk-outcome=\"unchanged\" data-swk-line=\""),
                "rows are reported unchanged");
        assertTrue(Pattern.compile("data-swk-outcome=\"unchanged\" data-swk-line=\"\\d+\" data-swk-id=\""
                + Pattern.quote(id) + "\"").matcher(dryRun.body()).find(), "the formula-like one among them");
        assertEquals(0, outcomes.stream().filter("refused"::equals).count(), refusedOrChanged(dryRun.body()));
    }

    @Test
    void thePublicDownloadsHoldPublishedInitiativesAndPublicFieldsOnly() throws IOException {
        TestData data = new TestData(admin);
        String published = data.create(TestData.uniqueId("openbaar"), "Openbaar pact " + UUID.randomUUID(), true);
        String draft = data.create(TestData.uniqueId("concept"), "Conceptpact " + UUID.randomUUID(), false);
        Eventually.until(() -> new String(anonymous.getBytes(PUBLIC_CSV).body(), StandardCharsets.UTF_8),
                text -> text.contains(published), "the published initiative in the public CSV");
        HttpResponse<byte[]> csv = anonymous.getBytes(PUBLIC_CSV);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,name,goal,description,parties,levels,town,latitude,longitude,"
                + "locationLabel,moreLocations,"), text.substring(0, 120));
        assertFalse(text.contains(draft), "no unpublished initiative");
        assertFalse(text.contains("geheime-bron-"), "no provenance source");
        assertFalse(text.contains("onderzoeker-"), "no verifiedBy user ids");
        String etag = csv.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymous.getBytes(PUBLIC_CSV, "If-None-Match", etag).statusCode());

        HttpResponse<byte[]> geo = anonymous.getBytes(PUBLIC_GEOJSON);
        assertEquals(200, geo.statusCode());
        JsonNode features = JSON.readTree(geo.body()).get("features");
        boolean found = false;
        for (JsonNode feature : features) {
            assertNotEquals(draft, feature.get("id").asText());
            found |= published.equals(feature.get("id").asText());
        }
        assertTrue(found, "the published initiative is a feature");
        String geoText = new String(geo.body(), StandardCharsets.UTF_8);
        assertFalse(geoText.contains("geheime-bron-") || geoText.contains("onderzoeker-"), "no provenance");
        assertEquals(404, anonymous.get(PUBLIC_CSV + "/x").statusCode());
    }

    @Test
    void anonymousVisitorsAndSiteEditorsCanNeitherImportNorExportEverything() {
        String secret = "Geheim concept " + UUID.randomUUID();
        new TestData(admin).create(TestData.uniqueId("geheim"), secret, false);
        HttpResponse<String> anonymousExport = anonymous.get(EXPORT);
        assertNotEquals(200, anonymousExport.statusCode());
        assertFalse(anonymousExport.body().contains(secret));
        HttpResponse<byte[]> anonymousImport = anonymous.exchange("POST", SERVLET,
                new MultipartForm().field(":action", "upload").file("file", "x.csv", "text/csv",
                        ("name\n" + secret).getBytes(StandardCharsets.UTF_8)).publisher());
        assertTrue(anonymousImport.statusCode() >= 400, "anonymous upload answered " + anonymousImport.statusCode());

        User editor = researchers.newSiteEditor();
        Http asEditor = editor.http(base);
        HttpResponse<String> editorExport = asEditor.get(EXPORT);
        assertEquals(403, editorExport.statusCode(), editorExport.body());
        assertFalse(editorExport.body().contains(secret));
        String token = Researchers.csrfToken(asEditor.get(PAGE).body());
        if (token != null) {
            MultipartForm form = new MultipartForm().field(CsrfField.NAME, token).field(":action", "upload")
                    .file("file", "x.csv", "text/csv", "name,goal\nEen pact,Doel".getBytes(StandardCharsets.UTF_8));
            HttpResponse<byte[]> editorImport = asEditor.exchange("POST", SERVLET, form.publisher(), "Content-Type",
                    form.contentType());
            assertEquals(403, editorImport.statusCode(), new String(editorImport.body(), StandardCharsets.UTF_8));
        }
        User researcher = researchers.newResearcher();
        HttpResponse<String> forged = researcher.http(base).post(SERVLET, List.of(Map.entry(":action", "dryrun"),
                Map.entry(CsrfField.NAME, "forged")));
        assertEquals(403, forged.statusCode(), "no CSRF token, no import step");
    }

    /** The name of the console's CSRF field. */
    private static final class CsrfField {
        static final String NAME = ":swk-csrf";
    }

    private String token(Http http) {
        HttpResponse<String> page = http.get(PAGE, DUTCH);
        assertEquals(200, page.statusCode(), page.body());
        String token = Researchers.csrfToken(page.body());
        assertNotNull(token, "the import page carries a CSRF token");
        return token;
    }

    private String upload(Http http, String token, byte[] bytes, String name) {
        MultipartForm form = new MultipartForm().field("_charset_", "utf-8").field(CsrfField.NAME, token)
                .field(":action", "upload").file("file", name, "text/csv", bytes);
        HttpResponse<byte[]> response = http.exchange("POST", SERVLET, form.publisher(), "Content-Type",
                form.contentType(), DUTCH[0], DUTCH[1]);
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertEquals(200, response.statusCode(), body);
        Matcher job = JOB.matcher(body);
        assertTrue(job.find(), "the mapping step names the uploaded job: " + body);
        return job.group(1);
    }

    /** The dry run with the mapping the page suggested (sent back without col.* it is suggested again). */
    private HttpResponse<String> dryRun(Http http, String token, String jobId, boolean applyPublished) {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("_charset_", "utf-8"),
                Map.entry(CsrfField.NAME, token), Map.entry(":action", "dryrun"), Map.entry("job", jobId),
                Map.entry("encoding", "auto"), Map.entry("separator", "auto")));
        if (applyPublished) {
            form.add(Map.entry("applyPublished", "on"));
        }
        HttpResponse<String> response = http.post(SERVLET, form, DUTCH);
        assertEquals(200, response.statusCode(), response.body());
        return response;
    }

    /** Starts the import and posts its steps as the page's script does, until it is done. */
    private JsonNode runImport(Http http, String token, String jobId) throws IOException {
        String action = "import";
        for (int i = 0; i < 200; i++) {
            HttpResponse<String> step = http.post(SERVLET, List.of(Map.entry(CsrfField.NAME, token),
                    Map.entry(":action", action), Map.entry("job", jobId), Map.entry(":format", "json")), DUTCH);
            assertEquals(200, step.statusCode(), step.body());
            JsonNode progress = JSON.readTree(step.body());
            if ("done".equals(progress.get("state").asText())) {
                return progress;
            }
            action = "continue";
        }
        throw new AssertionError("the import did not finish");
    }

    private String export(Http http) {
        HttpResponse<byte[]> response = http.getBytes(EXPORT);
        assertEquals(200, response.statusCode());
        assertEquals("private, no-store", response.headers().firstValue("Cache-Control").orElse(""));
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<String> outcomes(String html) {
        return OUTCOME.matcher(html).results().map(m -> m.group(1)).toList();
    }

    /** The dry run's rows that are not unchanged, for a readable failure. */
    private static String refusedOrChanged(String html) {
        StringBuilder rows = new StringBuilder();
        Matcher row = Pattern.compile("<tr data-swk-outcome=\"(update|refused)\".*?</tr>", Pattern.DOTALL)
                .matcher(html);
        while (row.find()) {
            rows.append(row.group().replaceAll("\\s+", " ")).append('\n');
        }
        return rows.toString();
    }
}
