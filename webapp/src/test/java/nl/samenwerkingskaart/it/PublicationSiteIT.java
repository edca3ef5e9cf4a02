package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The publications site around the map on the real CMS: the publications overview (articles and portraits, newest
 * first, with category, date and authors; a category filter), an article's byline and "Lees ook", the latest
 * publications on the home page, and the English pages with the language links between the two sites.
 */
@ExtendWith(CmsServer.class)
class PublicationSiteIT {

    private static final String SITE = "/content/samenwerkingskaart/samenwerkingskaart";
    private static final String ENGLISH = "/content/samenwerkingskaart/cooperation-map";
    private static final String OVERVIEW = SITE + "/publicaties.html";
    private static final String ARTICLES = SITE + "/artikelen";
    /** Sling CMS's rewriter writes boolean attributes out and may reorder attributes: match loosely. */
    private static final Pattern ENTRY = Pattern.compile("<li [^>]*data-swk-publication-item[^>]*>"
            + "\\s*<p [^>]*data-swk-publication-category[^>]*>([^<]*)</p>"
            + "\\s*<h3 class=\"swk-portraits__item-title\"><a href=\"([^\"]+)\">([^<]+)</a></h3>"
            + "\\s*<p class=\"swk-portraits__meta\">\\s*<time [^>]*datetime=\"([0-9-]+)\"");

    /** A path as links on the site show it: Sling CMS's rewriter drops the leading /content. */
    static String link(String path) {
        return path.startsWith("/content/") ? path.substring("/content".length()) : path;
    }

    /** Whether the page has a link to {@code path} (as the rewriter writes it) with exactly this text. */
    static boolean linksTo(String html, String path, String text) {
        return Pattern.compile("<a [^>]*href=\"" + Pattern.quote(link(path)) + "\"[^>]*>" + Pattern.quote(text) + "</a>")
                .matcher(html).find();
    }

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

    /** One line of the overview: category, link, title, ISO date. */
    record Entry(String category, String url, String title, String date) {}

    static List<Entry> entries(String html) {
        List<Entry> entries = new ArrayList<>();
        Matcher m = ENTRY.matcher(html);
        while (m.find()) {
            entries.add(new Entry(m.group(1), m.group(2), m.group(3).replace("&#39;", "'").replace("&amp;", "&"),
                    m.group(4)));
        }
        return entries;
    }

    @Test
    void theOverviewListsArticlesAndPortraitsNewestFirstWithCategoryAndAuthors() {
        String html = page(OVERVIEW);
        List<Entry> entries = entries(html);
        List<String> titles = entries.stream().map(Entry::title).toList();
        assertTrue(titles.contains("Van losse projecten naar regionale netwerken"), html);
        assertTrue(titles.contains("Regioportret Twente (demo)"), titles.toString());
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(entries.get(i - 1).date().compareTo(entries.get(i).date()) >= 0, "newest first: " + entries);
        }
        Entry article = entries.stream().filter(e -> e.title().startsWith("Van losse projecten")).findFirst()
                .orElseThrow();
        assertEquals("Artikel", article.category());
        assertEquals("2025-03-14", article.date());
        assertEquals(link(SITE + "/artikelen/van-projecten-naar-netwerken.html"), article.url());
        assertTrue(html.contains("dr. M. de Vos, drs. R. Aydın"), "authors with their titles");
        assertEquals("Regioportret", entries.stream().filter(e -> e.title().startsWith("Regioportret Twente"))
                .findFirst().orElseThrow().category());
        assertFalse(titles.contains("Privacyverklaring"), "a page without a publication date is no publication");
    }

    @Test
    void aCategoryFilterShowsOnlyThatCategoryAndOddValuesShowEverything() {
        List<Entry> portraits = entries(page(OVERVIEW + "?category=portrait"));
        assertTrue(portraits.size() >= 6, portraits.toString());
        assertTrue(portraits.stream().allMatch(e -> e.category().equals("Regioportret")), portraits.toString());
        String news = page(OVERVIEW + "?category=%2Fetc%2Ftaxonomy%2Fsamenwerkingskaart-publicaties%2Fnieuws");
        assertTrue(entries(news).stream().allMatch(e -> e.category().equals("Nieuws")), news);
        assertTrue(Pattern.compile("<option [^>]*selected[^>]*>Nieuws</option>").matcher(news).find(),
                "the chosen category stays selected");
        int all = entries(page(OVERVIEW)).size();
        String odd = page(OVERVIEW + "?category=%3Cscript%3Ealert(1)%3C/script%3E");
        assertEquals(all, entries(odd).size());
        assertFalse(odd.contains("<script>alert(1)"));
    }

    @Test
    void draftsStayOutUntilTheyArePublished() {
        String path = ARTICLES + "/concept-" + System.nanoTime();
        String title = "Conceptartikel " + System.nanoTime();
        HttpResponse<String> created = admin.post(path, List.of(
                Map.entry("jcr:primaryType", "sling:Page"),
                Map.entry("jcr:content/jcr:primaryType", "nt:unstructured"),
                Map.entry("jcr:content/jcr:title", title),
                Map.entry("jcr:content/sling:resourceType", "samenwerkingskaart-demo/components/pages/article"),
                Map.entry("jcr:content/publishDate", LocalDate.now().toString()),
                Map.entry("jcr:content/sling:published", "false"),
                Map.entry("jcr:content/sling:published@TypeHint", "Boolean")));
        assertTrue(created.statusCode() < 300, created.body());
        assertFalse(page(OVERVIEW).contains(title), "a draft is never listed");
        assertFalse(page(SITE + "/index.html").contains(title));

        HttpResponse<String> published = admin.post(path + "/jcr:content", List.of(
                Map.entry("sling:published", "true"), Map.entry("sling:published@TypeHint", "Boolean")));
        assertTrue(published.statusCode() < 300, published.body());
        List<Entry> entries = entries(page(OVERVIEW));
        assertEquals(title, entries.get(0).title(), "published today, so first: " + entries);
        assertEquals("Overige publicaties", entries.get(0).category(), "no keyword, no category of its own");
        admin.post(path, List.of(Map.entry(":operation", "delete")));
    }

    @Test
    void anArticleShowsItsBylineAndReadAlsoWithPublishedPagesOnly() {
        String html = page(ARTICLES + "/van-projecten-naar-netwerken.html");
        assertTrue(html.contains("data-swk-byline"), html);
        assertTrue(html.contains("<time datetime=\"2025-03-14\">14 maart 2025</time>"), html);
        assertTrue(html.contains("Door dr. M. de Vos, drs. R. Aydın"), html);
        int readAlso = html.indexOf("data-swk-read-also");
        assertTrue(readAlso > 0, "Lees ook");
        String list = html.substring(readAlso);
        assertTrue(list.contains(link(ARTICLES + "/doorlopende-leerlijnen.html")), list);
        assertTrue(list.contains(link(SITE + "/regioportretten/twente.html")), list);
        assertTrue(html.contains(">Lees ook</h2>"));
        // an unpublished related page disappears from the list instead of leading to a 404
        admin.post(SITE + "/regioportretten/twente/jcr:content", List.of(
                Map.entry("sling:published", "false"), Map.entry("sling:published@TypeHint", "Boolean")));
        try {
            String without = page(ARTICLES + "/van-projecten-naar-netwerken.html");
            assertFalse(without.substring(without.indexOf("data-swk-read-also")).contains("regioportretten/twente"));
        } finally {
            admin.post(SITE + "/regioportretten/twente/jcr:content", List.of(
                    Map.entry("sling:published", "true"), Map.entry("sling:published@TypeHint", "Boolean")));
        }
    }

    @Test
    void theHomePageShowsTheThreeLatestPublicationsAndTheMenuTheOverview() {
        String home = page(SITE + "/index.html");
        List<Entry> latest = entries(home);
        assertEquals(3, latest.size(), home);
        List<Entry> overview = entries(page(OVERVIEW));
        assertEquals(overview.subList(0, 3).stream().map(Entry::title).toList(),
                latest.stream().map(Entry::title).toList());
        assertFalse(home.contains("data-swk-publication-count"), "the home page's list has no filter");
        assertTrue(linksTo(home, SITE + "/publicaties.html", "Publicaties"), "the menu links the overview");
    }

    @Test
    void theEnglishPagesSpeakEnglishAndTheSitesLinkEachOther() {
        String map = page(ENGLISH + "/map.html");
        assertTrue(map.contains("<html lang=\"en\">"), map.substring(0, Math.min(400, map.length())));
        assertTrue(map.contains("Cooperation initiatives in the Netherlands"));
        assertTrue(map.contains("samenwerking/components/map") || map.contains("data-swk-config"), "the map");
        assertTrue(linksTo(map, SITE + "/index.html", "Nederlands") && map.contains("hreflang=\"nl\""), map);
        String privacy = page(ENGLISH + "/privacy.html");
        assertTrue(privacy.contains("Newsletter") && privacy.contains("<html lang=\"en\">"));
        String dutch = page(SITE + "/index.html");
        assertTrue(linksTo(dutch, ENGLISH + "/index.html", "English") && dutch.contains("hreflang=\"en\""), dutch);
        assertTrue(page(ENGLISH + "/index.html").contains("Skip to content"), "the site's own texts in English");
    }
}
