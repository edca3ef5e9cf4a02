package nl.samenwerkingskaart.initiatives.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import nl.samenwerkingskaart.initiatives.mapdata.MapData;
import nl.samenwerkingskaart.initiatives.service.PublishedInitiatives;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** How the public map data answers: caching headers, 304, gzip negotiation, and nothing for odd URLs. */
@ExtendWith(SlingContextExtension.class)
class MapDataServletTest {

    private static final byte[] JSON = "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] GZIPPED = {31, -117, 8, 0, 1, 2, 3};
    private static final String ETAG = "\"tag-1\"";

    private final SlingContext context = new SlingContext();
    private MapDataServlet servlet;

    @BeforeEach
    void setUp() {
        PublishedInitiatives published = mock(PublishedInitiatives.class);
        when(published.mapData()).thenReturn(new MapData(JSON, GZIPPED, ETAG, 0));
        context.registerService(PublishedInitiatives.class, published);
        servlet = context.registerInjectActivateService(new MapDataServlet());
        pathInfo().setExtension("json");
    }

    @Test
    void servesTheJsonWithItsTagAndRevalidationHeaders() throws Exception {
        servlet.service(context.request(), context.response());
        assertEquals(200, context.response().getStatus());
        assertEquals("application/json;charset=UTF-8", context.response().getContentType().replace(" ", ""));
        assertArrayEquals(JSON, context.response().getOutput());
        assertEquals(ETAG, context.response().getHeader("ETag"));
        assertEquals("public, max-age=0, must-revalidate", context.response().getHeader("Cache-Control"));
        assertEquals("Accept-Encoding", context.response().getHeader("Vary"));
        assertNull(context.response().getHeader("Content-Encoding"));
    }

    @Test
    void answersNotModifiedToItsTag() throws Exception {
        context.request().addHeader("If-None-Match", ETAG);
        servlet.service(context.request(), context.response());
        assertEquals(304, context.response().getStatus());
        assertEquals(0, context.response().getOutput().length);
        assertEquals(ETAG, context.response().getHeader("ETag"));
    }

    @Test
    void servesTheGzippedBytesToClientsThatAcceptThem() throws Exception {
        context.request().addHeader("Accept-Encoding", "gzip, deflate");
        servlet.service(context.request(), context.response());
        assertEquals("gzip", context.response().getHeader("Content-Encoding"));
        assertArrayEquals(GZIPPED, context.response().getOutput());
    }

    @Test
    void oddUrlsAreNotFound() throws Exception {
        pathInfo().setExtension("xml");
        servlet.service(context.request(), context.response());
        assertEquals(404, context.response().getStatus());
        assertTrue(context.response().getOutputAsString().contains("Niet gevonden"));
    }

    @Test
    void aSelectorOrSuffixIsNotFound() throws Exception {
        pathInfo().setSelectorString("infinity");
        servlet.service(context.request(), context.response());
        assertEquals(404, context.response().getStatus());
    }

    private MockRequestPathInfo pathInfo() {
        return (MockRequestPathInfo) context.request().getRequestPathInfo();
    }
}
