package nl.samenwerkingskaart.initiatives.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionStatistics;
import nl.samenwerkingskaart.initiatives.service.RegionFigures;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The counts endpoints: JSON and CSV with their own ETags, 304, and nothing for other URLs. */
@ExtendWith(SlingContextExtension.class)
class RegionCountsServletTest {

    private static final byte[] JSON = "{\"total\":0}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CSV = "\uFEFFregiocode;regio\r\n".getBytes(StandardCharsets.UTF_8);

    private final SlingContext context = new SlingContext();
    private RegionCountsServlet servlet;

    @BeforeEach
    void setUp() {
        RegionFigures figures = mock(RegionFigures.class);
        when(figures.current()).thenReturn(new RegionFigures.Figures("\"m\"",
                RegionStatistics.of(List.of(), List.of()), JSON, "\"j1\"", CSV, "\"c1\""));
        context.registerService(RegionFigures.class, figures);
        servlet = context.registerInjectActivateService(new RegionCountsServlet());
    }

    @Test
    void servesTheJsonWithItsTag() throws Exception {
        pathInfo().setExtension("json");
        servlet.service(context.request(), context.response());
        assertEquals(200, context.response().getStatus());
        assertArrayEquals(JSON, context.response().getOutput());
        assertEquals("\"j1\"", context.response().getHeader("ETag"));
    }

    @Test
    void servesTheCsvAsADownloadWithItsTag() throws Exception {
        pathInfo().setExtension("csv");
        servlet.service(context.request(), context.response());
        assertEquals(200, context.response().getStatus());
        assertEquals("text/csv;charset=UTF-8", context.response().getContentType().replace(" ", ""));
        assertEquals("attachment; filename=\"initiatieven-per-regio.csv\"",
                context.response().getHeader("Content-Disposition"));
        assertEquals("\"c1\"", context.response().getHeader("ETag"));
        assertArrayEquals(CSV, context.response().getOutput());
    }

    @Test
    void answersNotModifiedToTheCsvTag() throws Exception {
        pathInfo().setExtension("csv");
        context.request().addHeader("If-None-Match", "\"c1\"");
        servlet.service(context.request(), context.response());
        assertEquals(304, context.response().getStatus());
        assertEquals(0, context.response().getOutput().length);
    }

    @Test
    void otherExtensionsSelectorsAndSuffixesAreNotFound() throws Exception {
        pathInfo().setExtension("xml");
        servlet.service(context.request(), context.response());
        assertEquals(404, context.response().getStatus());

        pathInfo().setExtension("csv");
        pathInfo().setSuffix("/x");
        context.response().reset();
        servlet.service(context.request(), context.response());
        assertEquals(404, context.response().getStatus());
    }

    private MockRequestPathInfo pathInfo() {
        return (MockRequestPathInfo) context.request().getRequestPathInfo();
    }
}
