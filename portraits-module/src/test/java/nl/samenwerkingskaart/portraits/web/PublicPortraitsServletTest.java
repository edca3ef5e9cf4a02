package nl.samenwerkingskaart.portraits.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.samenwerkingskaart.portraits.web.models.TestSite;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class PublicPortraitsServletTest {

    private final SlingContext context = new SlingContext();
    private final PublicPortraitsServlet servlet = new PublicPortraitsServlet();

    @BeforeEach
    void setUp() {
        TestSite.load(context);
        // a second site: the endpoint lists the portraits of every site
        context.create().resource("/content/tweede", "jcr:primaryType", "sling:Site");
        context.create().resource("/content/tweede/portret", "jcr:primaryType", "sling:Page");
        context.create().resource("/content/tweede/portret/jcr:content", "jcr:primaryType", "nt:unstructured",
                "sling:resourceType", "samenwerking-portraits/components/pages/portrait", "sling:published", true,
                "jcr:title", "Tweede site", "regions", new String[] {"AM24"}, "summary", "s",
                "publicationDate", "2024-01-02");
    }

    private MockSlingHttpServletResponse get(String ifNoneMatch, String selectors) throws Exception {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(),
                context.bundleContext());
        request.setMethod("GET");
        request.setPathInfo("/bin/samenwerkingskaart/public/portraits.json");
        request.setResource(context.resourceResolver().resolve("/bin/samenwerkingskaart/public/portraits"));
        ((org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo) request.getRequestPathInfo())
                .setExtension("json");
        ((org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo) request.getRequestPathInfo())
                .setSelectorString(selectors);
        if (ifNoneMatch != null) {
            request.setHeader("If-None-Match", ifNoneMatch);
        }
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        servlet.doGet(request, response);
        return response;
    }

    @Test
    void listsPublishedPortraitsOfAllSitesNewestFirst() throws Exception {
        MockSlingHttpServletResponse response = get(null, null);
        assertEquals(200, response.getStatus());
        assertTrue(response.getContentType().startsWith("application/json"));
        JsonNode portraits = new ObjectMapper().readTree(response.getOutputAsString()).path("portraits");
        List<String> titles = new ArrayList<>();
        portraits.forEach(p -> titles.add(p.path("title").asText()));
        assertEquals(List.of("Regioportret Zeeland", "Regioportret Achterhoek", "Regioportret Twente", "Tweede site"),
                titles);
        assertFalse(response.getOutputAsString().contains("Concept"), "never a draft");
        JsonNode twente = portraits.get(2);
        assertEquals("/content/publicaties/portretten/twente.html", twente.path("url").asText());
        assertEquals("[\"AM05\",\"AM09\"]", twente.path("regions").toString());
        assertEquals("2025-06-03", twente.path("publicationDate").asText());
        assertEquals("/content/publicaties/portretten/twente.pdf", twente.path("pdf").path("url").asText());
        assertEquals(TestSite.TWENTE_PDF_BYTES, twente.path("pdf").path("bytes").asLong());
        assertTrue(portraits.get(1).path("pdf").isNull(), "Achterhoek has no PDF");
        assertEquals(PublicPortraitsServlet.CACHE_CONTROL, response.getHeader("Cache-Control"));
    }

    @Test
    void theEtagGivesA304UntilAPortraitIsPublished() throws Exception {
        String etag = get(null, null).getHeader("ETag");
        assertNotNull(etag);
        MockSlingHttpServletResponse again = get(etag, null);
        assertEquals(304, again.getStatus());
        assertEquals("", again.getOutputAsString());
        assertEquals(304, get("\"other\", W/" + etag, null).getStatus(), "weak comparison, lists of tags");

        context.resourceResolver().getResource(TestSite.DRAFT + "/jcr:content").adaptTo(ModifiableValueMap.class)
                .put("sling:published", true);
        context.resourceResolver().commit();
        MockSlingHttpServletResponse published = get(etag, null);
        assertEquals(200, published.getStatus());
        assertNotEquals(etag, published.getHeader("ETag"));
        assertTrue(published.getOutputAsString().contains("Concept Twente"));
    }

    @Test
    void selectorsAreNotFound() throws Exception {
        assertEquals(404, get(null, "infinity").getStatus());
    }
}
