package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an anonymous visitor must not be able to do: read initiatives other than through the public endpoints
 * (Sling's default renderings included), or write anywhere through Sling's POST servlet or our console servlet.
 */
@ExtendWith(CmsServer.class)
class AnonymousAccessIT {

    private static final String SECRET_NAME = "Onzichtbaar concept";

    private Http anonymous;
    private Http admin;
    private String draftId;

    @BeforeEach
    void setUp(Cms cms) {
        anonymous = Http.anonymous(cms.base());
        admin = Http.admin(cms.base());
        draftId = new TestData(admin).create(TestData.uniqueId("onzichtbaar"), SECRET_NAME, false);
    }

    @Test
    void cannotReadTheDataRootOrAnInitiativeByAnyRendering() {
        String node = TestPaths.DATA_ROOT + "/" + draftId;
        List<String> paths = Stream.of(TestPaths.DATA_ROOT, node, node + "/parties", node + "/parties/0",
                        "/var/samenwerkingskaart", "/var")
                .flatMap(p -> Stream.of(p + ".json", p + ".1.json", p + ".infinity.json", p + ".tidy.json",
                        p + ".tidy.infinity.json", p + ".xml", p + ".txt", p + ".html", p, p + "/"))
                .toList();
        for (String path : paths) {
            HttpResponse<String> response = anonymous.get(path);
            assertFalse(response.statusCode() >= 200 && response.statusCode() < 300,
                    "anonymous GET " + path + " must fail, got " + response.statusCode());
            assertFalse(response.body().contains(SECRET_NAME), "anonymous GET " + path + " leaked the draft");
        }
    }

    @Test
    void cannotWriteThroughSlingsPostServlet() {
        String target = TestPaths.DATA_ROOT + "/" + TestData.uniqueId("inbraak");
        HttpResponse<String> create = anonymous.post(target, Map.of("name", "Inbraak", "published", "true"));
        assertFalse(create.statusCode() >= 200 && create.statusCode() < 300, "got " + create.statusCode());
        assertEquals(404, admin.get(target + ".json").statusCode(), "nothing may be created");

        HttpResponse<String> change = anonymous.post(TestPaths.DATA_ROOT + "/" + draftId,
                Map.of("published", "true", "name", "Gekaapt"));
        assertFalse(change.statusCode() >= 200 && change.statusCode() < 300, "got " + change.statusCode());
        assertEquals(SECRET_NAME, admin.getJson(TestPaths.DATA_ROOT + "/" + draftId + ".json").get("name").asText());

        HttpResponse<String> delete = anonymous.post(TestPaths.DATA_ROOT + "/" + draftId,
                Map.of(":operation", "delete"));
        assertFalse(delete.statusCode() >= 200 && delete.statusCode() < 300, "got " + delete.statusCode());
        assertEquals(200, admin.get(TestPaths.DATA_ROOT + "/" + draftId + ".json").statusCode());

        HttpResponse<String> page = anonymous.post(TestPaths.SITE + "/kaart/jcr:content",
                Map.of("jcr:title", "Gekaapt"));
        assertFalse(page.statusCode() >= 200 && page.statusCode() < 300, "got " + page.statusCode());
    }

    @Test
    void cannotUseTheResearchersConsole() {
        HttpResponse<String> response = anonymous.post("/bin/samenwerkingskaart/console/initiatives",
                Map.of(":action", "publish", "id", draftId));
        assertFalse(response.statusCode() >= 200 && response.statusCode() < 400, "got " + response.statusCode());
        assertFalse(admin.getJson(TestPaths.DATA_ROOT + "/" + draftId + ".json").path("published").asBoolean());
        HttpResponse<String> list = anonymous.get("/cms/samenwerking/initiatives.html");
        assertFalse(list.statusCode() == 200 && list.body().contains(SECRET_NAME));
    }

    @Test
    void cannotReadUnpublishedPagesNorTheSiteStructure() {
        String page = TestPaths.SITE + "/" + TestData.uniqueId("concept-pagina");
        HttpResponse<String> created = admin.post(page, List.of(
                Map.entry("jcr:primaryType", "sling:Page"),
                Map.entry("jcr:content/jcr:primaryType", "nt:unstructured"),
                Map.entry("jcr:content/jcr:title", SECRET_NAME),
                Map.entry("jcr:content/sling:resourceType", "samenwerkingskaart-demo/components/pages/base")));
        assertTrue(created.statusCode() < 300, "got " + created.statusCode());
        assertEquals(200, admin.get(page + ".html").statusCode());
        for (String path : List.of(page + ".html", page + ".json", page + "/jcr:content.json", "/content.json",
                "/content/samenwerkingskaart.infinity.json", "/conf/samenwerkingskaart.json",
                "/conf/samenwerkingskaart.infinity.json")) {
            HttpResponse<String> response = anonymous.get(path);
            assertFalse(response.statusCode() >= 200 && response.statusCode() < 300,
                    "anonymous GET " + path + " must fail, got " + response.statusCode());
            assertFalse(response.body().contains(SECRET_NAME), "anonymous GET " + path + " leaked the draft page");
        }
    }

    @Test
    void canReadTheMapPage() {
        HttpResponse<String> page = anonymous.get(TestPaths.MAP_PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("data-swk-map"), "the page carries the map component");
    }
}
