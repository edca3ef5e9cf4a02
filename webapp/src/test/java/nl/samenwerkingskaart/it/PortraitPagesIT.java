package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Regional portraits on the real CMS: the demo portraits in the list (newest first, filters), a portrait page with
 * its sections, download, "read also" and region map, the public portraits endpoint, and a draft portrait that no
 * anonymous URL reveals.
 */
@ExtendWith(CmsServer.class)
class PortraitPagesIT {

    /** The six demo portraits, newest publication date first. */
    static final List<String> DEMO_NEWEST_FIRST = List.of(
            "Regioportret Zuid-Limburg (demo)", "Regioportret Groot Amsterdam (demo)", "Regioportret Zeeland (demo)",
            "Regioportret Rijnmond (demo)", "Regioportret Twente (demo)", "Regioportret Groningen (demo)");
    private static final Pattern ITEM_TITLE =
            Pattern.compile("<h3 class=\"swk-portraits__item-title\"><a href=\"([^\"]+)\">([^<]+)</a></h3>");
    private static final Pattern STATUS =
            Pattern.compile("<p class=\"swk-portraits__count\" role=\"status\" data-swk-portrait-count=\"(\\d+)\">\\s*([^<]+?)\\s*</p>");
    private static final Pattern MAP_CONFIG = Pattern.compile("data-swk-config=\"([^\"]+)\"");

    private Http anonymous;
    private Http admin;

    @BeforeEach
    void setUp(Cms cms) {
        anonymous = Http.anonymous(cms.base());
        admin = Http.admin(cms.base());
    }

    private String page(String path) {
        HttpResponse<String> response = anonymous.get(path);
        assertEquals(200, response.statusCode(), "GET " + path + ": " + response.body());
        return response.body();
    }

    /**
     * The demo portraits a list shows, in its order. Other tests in the same CMS publish portraits of their own
     * (titles without "(demo)"); they are left out here, so that these checks hold whichever tests ran before.
     */
    static List<String> listedTitles(String html) {
        List<String> titles = new ArrayList<>();
        Matcher m = ITEM_TITLE.matcher(html);
        while (m.find()) {
            String title = unescape(m.group(2));
            if (isDemo(title)) {
                titles.add(title);
            }
        }
        return titles;
    }

    /** How many portraits a list shows, the other tests' included: what its status line must count. */
    static int listedCount(String html) {
        return (int) ITEM_TITLE.matcher(html).results().count();
    }

    static boolean isDemo(String title) {
        return title.endsWith("(demo)");
    }

    private static String status(String html) {
        Matcher m = STATUS.matcher(html);
        assertTrue(m.find(), "the list has a status line");
        return m.group(2).strip();
    }

    @Test
    void theSixDemoPortraitsAreListedForAnonymousNewestFirst() {
        String html = page(TestPaths.PORTRAIT_LIST);
        assertEquals(DEMO_NEWEST_FIRST, listedTitles(html));
        assertEquals(listedCount(html) + " regioportretten", status(html));
        assertTrue(html.contains("Download de pdf"), "each item offers its download");
        assertTrue(html.contains("(PDF, 2 kB)"), "with format and size");
        assertTrue(html.contains("dr. L. Huizinga"), "with its authors");
        assertTrue(html.contains("<time datetime=\"2025-06-03\">3 juni 2025</time>"), "with its date in Dutch");
        // Sling CMS's link rewriting maps /content/samenwerkingskaart to /samenwerkingskaart in pages
        assertTrue(Pattern.compile("<a href=\"[^\"]*/regioportretten/index\\.html\"[^>]*>Regioportretten</a>")
                .matcher(html).find(), "the site menu links the list");
    }

    @Test
    void filtersByRegionAndYearWithAPlainGet() {
        assertEquals(List.of("Regioportret Twente (demo)"), listedTitles(page(TestPaths.PORTRAIT_LIST + "?region=AM05")));
        String year = page(TestPaths.PORTRAIT_LIST + "?year=2026");
        assertEquals(DEMO_NEWEST_FIRST.subList(0, 2), listedTitles(year));
        assertEquals(listedCount(year) + " regioportretten", status(year));
        assertTrue(Pattern.compile("<option (selected=\"selected\" value=\"2026\"|value=\"2026\" selected=\"selected\")>")
                .matcher(year).find(), "the choice stays");
        String none = page(TestPaths.PORTRAIT_LIST + "?region=AM05&year=2026");
        assertEquals(List.of(), listedTitles(none));
        assertEquals("Er zijn geen regioportretten bij deze filters.", status(none));
        assertEquals(DEMO_NEWEST_FIRST, listedTitles(page(TestPaths.PORTRAIT_LIST + "?region=%3Cscript%3E&year=x")),
                "odd values are ignored");
    }

    @Test
    void aPortraitPageShowsItsSectionsDownloadReadAlsoAndRegionMap() throws Exception {
        String html = page(TestPaths.PORTRAITS + "/twente.html");
        assertTrue(html.contains("<h1 class=\"site__title\">Regioportret Twente (demo)</h1>"), "the site's own page");
        for (String heading : List.of("Samenvatting", "Typering", "Sterke punten", "Zwakke punten", "Aanbevelingen",
                "Goede voorbeelden", "Lees ook")) {
            assertTrue(html.contains(">" + heading + "</h2>"), "section " + heading);
        }
        assertTrue(html.contains("<li>Een doorlopende leerlijn techniek van vmbo tot hbo</li>"), "list items");
        assertTrue(html.contains("Demodata:"), "marked as demo");
        assertTrue(html.contains("prof. dr. H. Nijhuis, M. Oude Vrielink MSc"), "authors");
        assertTrue(html.contains("Samenwerkingsvorm:</span> Publiek-private samenwerking"), "typology tags translated");
        assertTrue(html.contains("<time datetime=\"2025-06-03\">3 juni 2025</time>"));
        assertTrue(Pattern.compile("<a class=\"swk-portrait__download-link\" href=\"[^\"]*/regioportretten/twente\\.pdf\"")
                .matcher(html).find(), "the download link");
        assertTrue(html.contains("Download het regioportret <span class=\"swk-portrait__download-size\">(PDF, 2 kB)</span>"),
                "format and size");
        assertTrue(html.contains(">Doorlopende leerlijnen: drie lessen uit de regio&#39;s</a>")
                || html.contains(">Doorlopende leerlijnen: drie lessen uit de regio's</a>"), "read also: the article");
        assertTrue(html.contains(">Regioportret Groningen (demo)</a>"), "read also: another portrait");
        Matcher practice = Pattern.compile("href=\"[^\"]*/kaart\\.html"
                + "#(m[0-9a-f]{6})\\.id=maakindustrie-leerlijn-twente-demo-62dbx\"").matcher(html);
        assertTrue(practice.find(), "a good practice opens on the site's map");

        Matcher config = MAP_CONFIG.matcher(html);
        assertTrue(config.find(), "the page includes the map component");
        JsonNode map = Http.JSON.readTree(unescape(config.group(1)));
        assertFalse(config.find(), "one map on the page");
        assertEquals("AM05", map.path("startView").asText());
        assertEquals("AM05", map.path("presets").path("region").asText());
        assertFalse(map.path("visibleFilters").toString().contains("region"), "no region filter on a region's map");
        assertTrue(map.path("showList").asBoolean(), "with the list, the accessible alternative");
        assertTrue(html.contains(">Initiatieven in Twente</h2>"), "the map's title names the region");
        assertTrue(html.contains("style=\"height: 380px\""), "a smaller map");
    }

    @Test
    void theDemoPdfsArePublicFilesWithTheSizeTheEndpointGives() {
        JsonNode portraits = anonymous.getJson(TestPaths.PORTRAITS_JSON).path("portraits");
        for (JsonNode portrait : portraits) {
            if (!isDemo(portrait.path("title").asText())) {
                continue;
            }
            String name = portrait.path("url").asText().replaceAll(".*/(.+)\\.html$", "$1");
            HttpResponse<byte[]> pdf = anonymous.getBytes(TestPaths.PORTRAIT_PDFS + "/" + name + ".pdf");
            assertEquals(200, pdf.statusCode(), name);
            assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).equals("%PDF-"), name + " is a PDF");
            assertEquals(portrait.path("pdf").path("bytes").asLong(), pdf.body().length, name);
            assertTrue(pdf.body().length < 10_000, "small demo files");
        }
        JsonNode file = admin.getJson(TestPaths.PORTRAIT_PDFS + "/twente.pdf.json");
        assertEquals("sling:File", file.path("jcr:primaryType").asText(), "a Sling CMS file, listed in Static Content");
        assertTrue(admin.getJson(TestPaths.PORTRAIT_PDFS + "/twente.pdf/jcr:content.json").path("sling:published")
                .asBoolean(), "published");
    }

    @Test
    void portraitsJsonListsExactlyThePublishedOnesWithEtag() {
        HttpResponse<String> response = anonymous.get(TestPaths.PORTRAITS_JSON);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("max-age="));
        List<String> titles = new ArrayList<>();
        Set<String> regions = new TreeSet<>();
        try {
            for (JsonNode portrait : Http.JSON.readTree(response.body()).path("portraits")) {
                if (!isDemo(portrait.path("title").asText())) {
                    continue;
                }
                titles.add(portrait.path("title").asText());
                regions.add(portrait.path("regions").get(0).asText());
                assertTrue(portrait.path("url").asText().startsWith(TestPaths.PORTRAITS + "/"));
                assertTrue(portrait.path("pdf").path("url").asText().endsWith(".pdf"));
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertEquals(DEMO_NEWEST_FIRST, titles);
        assertEquals(Set.of("AM01", "AM05", "AM18", "AM22", "AM24", "AM30"), regions, "six different regions");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymous.get(TestPaths.PORTRAITS_JSON, "If-None-Match", etag).statusCode());
    }

    @Test
    void aDraftPortraitIsNotReadableAnonymouslyByAnyUrl() {
        String secret = "Geheim concept " + TestData.uniqueId("portret");
        String name = TestData.uniqueId("concept");
        String draft = TestPaths.PORTRAITS + "/" + name;
        HttpResponse<String> created = admin.post(draft, List.of(
                Map.entry("jcr:primaryType", "sling:Page"),
                Map.entry("jcr:content/jcr:primaryType", "nt:unstructured"),
                Map.entry("jcr:content/jcr:title", secret),
                Map.entry("jcr:content/sling:resourceType", "samenwerking-portraits/components/pages/portrait"),
                Map.entry("jcr:content/sling:resourceSuperType", "samenwerkingskaart-demo/components/pages/base"),
                Map.entry("jcr:content/sling:published", "false"),
                Map.entry("jcr:content/sling:published@TypeHint", "Boolean"),
                Map.entry("jcr:content/regions", "AM05"),
                Map.entry("jcr:content/regions@TypeHint", "String[]"),
                Map.entry("jcr:content/summary", secret + " samenvatting"),
                Map.entry("jcr:content/publicationDate", "2026-06-01"),
                Map.entry("jcr:content/pdf", TestPaths.PORTRAIT_PDFS + "/twente.pdf")));
        assertTrue(created.statusCode() < 300, "got " + created.statusCode());
        assertEquals(200, admin.get(draft + ".html").statusCode(), "the draft renders for its editors");
        assertTrue(admin.get(draft + ".html").body().contains(secret));

        List<String> urls = new ArrayList<>();
        for (String path : List.of(draft, draft + "/jcr:content")) {
            for (String ending : List.of(".html", "", "/", ".json", ".1.json", ".infinity.json", ".tidy.json",
                    ".tidy.infinity.json", ".xml", ".txt", ".pdf", ".print.html", ".anything.html", ".download.pdf",
                    ".html/suffix.pdf")) {
                urls.add(path + ending);
            }
        }
        urls.add(TestPaths.PORTRAITS + ".infinity.json");
        urls.add(TestPaths.PORTRAITS + ".2.json");
        for (String url : urls) {
            HttpResponse<String> response = anonymous.get(url);
            assertFalse(response.statusCode() >= 200 && response.statusCode() < 300 && response.body().contains(secret),
                    "anonymous GET " + url + " showed the draft (" + response.statusCode() + ")");
            assertFalse(response.body().contains(secret), "anonymous GET " + url + " leaked the draft");
        }
        for (String list : List.of(TestPaths.PORTRAIT_LIST, TestPaths.PORTRAIT_LIST + "?region=AM05",
                TestPaths.PORTRAIT_LIST + "?year=2026")) {
            assertFalse(page(list).contains(secret), list);
            assertFalse(page(list).contains(name), list);
        }
        assertEquals(List.of("Regioportret Twente (demo)"), listedTitles(page(TestPaths.PORTRAIT_LIST + "?region=AM05")));
        String json = anonymous.get(TestPaths.PORTRAITS_JSON).body();
        assertFalse(json.contains(secret) || json.contains(name), "portraits.json never lists a draft");
    }

    static String unescape(String html) {
        return html.replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }
}
