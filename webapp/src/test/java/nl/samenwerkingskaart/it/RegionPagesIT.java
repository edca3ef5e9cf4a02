package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Region pages, the counts per region and their CSV against the running CMS. Expectations are computed from the
 * public map data (the CMS is shared with other tests, so no fixed numbers), and the counts must agree with it.
 */
@ExtendWith(CmsServer.class)
class RegionPagesIT {

    static final String REGION_PAGES = TestPaths.SITE + "/regios/index.html";
    static final String COUNTS_JSON = "/bin/samenwerkingskaart/public/region-counts.json";
    static final String COUNTS_CSV = "/bin/samenwerkingskaart/public/region-counts.csv";
    private static final Pattern TOTAL = Pattern.compile("data-swk-region-total=\"(\\d+)\"");
    private static final Pattern LEVEL_ROW = Pattern.compile(
            "data-swk-count-code=\"(vmbo|mbo|hbo)\">\\s*<th[^>]*>[^<]*</th>\\s*<td[^>]*>(\\d+)</td>");

    private Http anonymous;
    private Http admin;
    private TestData data;

    @BeforeEach
    void setUp(Cms cms) {
        anonymous = Http.anonymous(cms.base());
        admin = Http.admin(cms.base());
        data = new TestData(admin);
    }

    @Test
    void everyRegionHasAPageWithTheCountsOfThePublicMapData() {
        Map<String, int[]> expected = countsFromMapData();
        JsonNode regions = anonymous.getJson(COUNTS_JSON).get("regions");
        assertEquals(35, regions.size(), "35 labour-market regions");
        for (JsonNode region : regions) {
            String code = region.get("code").asText();
            String slug = region.get("slug").asText();
            HttpResponse<String> page = anonymous.get(TestPaths.SITE + "/regios/index.html/" + slug);
            assertEquals(200, page.statusCode(), slug);
            String html = page.body();
            assertTrue(html.contains("data-swk-region-page=\"" + code + "\""), slug);
            int[] want = expected.getOrDefault(code, new int[4]);
            Matcher total = TOTAL.matcher(html);
            assertTrue(total.find(), slug);
            assertEquals(want[0], Integer.parseInt(total.group(1)), "total of " + slug);
            Map<String, Integer> levels = new HashMap<>();
            int table = html.indexOf("data-swk-counts=\"level\"");
            assertTrue(table > 0, slug);
            Matcher row = LEVEL_ROW.matcher(html.substring(table, html.indexOf("</table>", table)));
            while (row.find()) {
                levels.put(row.group(1), Integer.parseInt(row.group(2)));
            }
            assertEquals(Map.of("vmbo", want[1], "mbo", want[2], "hbo", want[3]), levels, "levels of " + slug);
            assertEquals(want[0], region.get("total").asInt(), "region-counts.json for " + slug);
            assertTrue(page.headers().firstValue("Link").orElse("").endsWith("/regios/index.html/" + slug
                    + ">; rel=\"canonical\""), page.headers().toString());
        }
    }

    @Test
    void theOverviewLinksToAllRegions() {
        String html = anonymous.get(REGION_PAGES).body();
        Matcher link = Pattern.compile("href=\"[^\"]*/regios/index\\.html/([a-z0-9-]+)\"").matcher(html);
        java.util.Set<String> slugs = new java.util.TreeSet<>();
        while (link.find()) {
            slugs.add(link.group(1));
        }
        assertEquals(35, slugs.size(), slugs.toString());
        assertTrue(slugs.contains("groot-amsterdam") && slugs.contains("zaanstreek-waterland"), slugs.toString());
        assertTrue(html.contains("region-counts.csv"), "the CSV download is offered");
    }

    @Test
    void anUnknownRegionIsNotFound() {
        for (String suffix : List.of("atlantis", "Twente", "twente/extra", "AM05", "%3Cem%3Eswkprobe")) {
            HttpResponse<String> page = anonymous.get(TestPaths.SITE + "/regios/index.html/" + suffix);
            assertEquals(404, page.statusCode(), suffix);
            assertTrue(page.body().contains("data-swk-region-unknown"), "the page says so: " + suffix);
            assertFalse(page.body().contains("<em>swkprobe"), "the suffix is not echoed: " + suffix);
        }
        assertEquals(200, anonymous.get(TestPaths.SITE + "/regios/index.html/twente").statusCode());
    }

    @Test
    void theCsvHoldsTheSameCountsAsTheMapData() {
        Map<String, int[]> expected = countsFromMapData();
        HttpResponse<byte[]> csv = anonymous.getBytes(COUNTS_CSV);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv.body(), 3), "BOM");
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertEquals("regiocode;regio;totaal;vmbo;mbo;hbo", lines[0]);
        assertEquals(36, lines.length, "a header and 35 regions");
        int sum = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(";");
            int[] want = expected.getOrDefault(cells[0], new int[4]);
            assertEquals(List.of(want[0], want[1], want[2], want[3]), List.of(Integer.parseInt(cells[2]),
                    Integer.parseInt(cells[3]), Integer.parseInt(cells[4]), Integer.parseInt(cells[5])), lines[i]);
            sum += Integer.parseInt(cells[2]);
        }
        int placed = expected.values().stream().mapToInt(c -> c[0]).sum();
        assertEquals(placed, sum);
        String etag = csv.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, anonymous.get(COUNTS_CSV, "If-None-Match", etag).statusCode());
    }

    @Test
    void draftsAreNeverCountedAndAPublishShowsOnTheRegionPage() {
        String name = "Regiopagina testinitiatief " + TestData.uniqueId("x");
        String id = data.create(TestData.uniqueId("regio"), name, false);
        int before = Eventually.until(() -> twenteTotal(), n -> n == countsFromMapData().get("AM05")[0],
                "the Twente counts agree with the map data");
        assertFalse(anonymous.get(TestPaths.SITE + "/regios/index.html/twente").body().contains(name),
                "a draft is not listed");

        data.setPublished(id, true);
        int after = Eventually.until(() -> twenteTotal(), n -> n == before + 1, "the published initiative counted");
        assertEquals(before + 1, after);
        String page = anonymous.get(TestPaths.SITE + "/regios/index.html/twente").body();
        assertTrue(page.contains(name), "the published initiative is listed on its region page");
        assertTrue(page.contains("data-swk-initiative=\"" + id + "\""));

        data.setPublished(id, false);
        Eventually.until(() -> twenteTotal(), n -> n == before, "unpublishing takes it out again");
    }

    @Test
    void aRegionPageShowsItsPortraitAndLinksToThePrefilledForm() {
        String html = anonymous.get(TestPaths.SITE + "/regios/index.html/twente").body();
        assertTrue(html.contains("data-swk-region-portrait"), "Twente has a published demo portrait");
        assertTrue(html.contains("Regioportret Twente (demo)"));
        assertTrue(html.contains("/regioportretten/twente.pdf"), "its PDF");
        Matcher submit = Pattern.compile("data-swk-region-submit(?:=\"[^\"]*\")? href=\"([^\"]+)\"").matcher(html);
        assertTrue(submit.find());
        String form = submit.group(1).replace("&amp;", "&");
        assertTrue(form.contains("kaart.html?region=AM05#melden"), form);

        String formPage = anonymous.get(TestPaths.MAP_PAGE + "?region=AM05").body();
        assertTrue(formPage.contains("name=\"regionCode\" value=\"AM05\""), "the form carries the region");
        assertTrue(formPage.contains("data-swk-region-prefill=\"AM05\""));
        assertFalse(anonymous.get(TestPaths.MAP_PAGE + "?region=AM99").body().contains("name=\"regionCode\""));

        String friesland = anonymous.get(TestPaths.SITE + "/regios/index.html/friesland").body();
        assertFalse(friesland.contains("data-swk-region-portrait"), "no demo portrait for Friesland");
    }

    private int twenteTotal() {
        for (JsonNode region : anonymous.getJson(COUNTS_JSON).get("regions")) {
            if ("AM05".equals(region.get("code").asText())) {
                return region.get("total").asInt();
            }
        }
        throw new AssertionError("no AM05 in the counts");
    }

    /** Per region code: total, vmbo, mbo, hbo, from the public map data. */
    private Map<String, int[]> countsFromMapData() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (JsonNode feature : anonymous.getJson(TestPaths.MAP_DATA).get("features")) {
            JsonNode properties = feature.get("properties");
            if (!properties.hasNonNull("r")) {
                continue;
            }
            int[] c = counts.computeIfAbsent(properties.get("r").asText(), code -> new int[4]);
            String levels = properties.path("l").asText("");
            c[0]++;
            c[1] += levels.contains("v") ? 1 : 0;
            c[2] += levels.contains("m") ? 1 : 0;
            c[3] += levels.contains("h") ? 1 : 0;
        }
        counts.computeIfAbsent("AM05", code -> new int[4]);
        return counts;
    }
}
