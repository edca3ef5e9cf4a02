package nl.samenwerkingskaart.initiatives.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import javax.servlet.FilterChain;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionSlugs;
import nl.samenwerkingskaart.initiatives.service.RegionFigures;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Which requests the region pages answer, before the page renders: known regions, unknown ones, other pages. */
@ExtendWith(SlingContextExtension.class)
class RegionPageFilterTest {

    private static final String PAGE = "/content/site/regios";

    private final SlingContext context = new SlingContext();
    private final FilterChain chain = mock(FilterChain.class);
    private RegionPageFilter filter;

    @BeforeEach
    void setUp() {
        RegionFigures figures = mock(RegionFigures.class);
        when(figures.slugs()).thenReturn(new RegionSlugs(Map.of("AM05", "Twente", "AM17", "Zaanstreek/Waterland")));
        context.registerService(RegionFigures.class, figures);
        filter = context.registerInjectActivateService(new RegionPageFilter());
        context.create().resource(PAGE, "jcr:primaryType", "sling:Page");
        context.create().resource(PAGE + "/jcr:content", "sling:resourceType", "site/page");
        context.create().resource(PAGE + "/jcr:content/container/regions",
                "sling:resourceType", RegionPages.RESOURCE_TYPE);
        context.create().resource("/content/site/artikel", "jcr:primaryType", "sling:Page");
        context.create().resource("/content/site/artikel/jcr:content", "sling:resourceType", "site/page");
    }

    private void request(String page, String suffix) {
        context.currentResource(page);
        MockRequestPathInfo info = (MockRequestPathInfo) context.request().getRequestPathInfo();
        info.setResourcePath(page);
        info.setExtension("html");
        info.setSuffix(suffix);
    }

    @Test
    void aKnownRegionIsHandedToThePageWithItsCanonicalAddress() throws Exception {
        request(PAGE, "/zaanstreek-waterland");
        filter.doFilter(context.request(), context.response(), chain);

        assertEquals("AM17", context.request().getAttribute(RegionPageFilter.REGION_ATTRIBUTE));
        assertEquals(200, context.response().getStatus());
        assertEquals("</content/site/regios.html/zaanstreek-waterland>; rel=\"canonical\"",
                context.response().getHeader("Link"));
        verify(chain).doFilter(context.request(), context.response());
    }

    @Test
    void anUnknownRegionIsNotFoundAndThePageSaysSo() throws Exception {
        for (String suffix : new String[] {"/atlantis", "/Twente", "/twente/extra", "/AM05"}) {
            context.request().removeAttribute(RegionPageFilter.UNKNOWN_ATTRIBUTE);
            context.response().setStatus(200);
            request(PAGE, suffix);
            filter.doFilter(context.request(), context.response(), chain);

            assertEquals(404, context.response().getStatus(), suffix);
            assertEquals(Boolean.TRUE, context.request().getAttribute(RegionPageFilter.UNKNOWN_ATTRIBUTE), suffix);
            assertNull(context.request().getAttribute(RegionPageFilter.REGION_ATTRIBUTE), suffix);
        }
    }

    @Test
    void otherPagesAndRequestsWithoutSuffixAreLeftAlone() throws Exception {
        request("/content/site/artikel", "/atlantis");
        filter.doFilter(context.request(), context.response(), chain);
        assertEquals(200, context.response().getStatus());
        assertNull(context.request().getAttribute(RegionPageFilter.UNKNOWN_ATTRIBUTE));

        request(PAGE, null);
        filter.doFilter(context.request(), context.response(), chain);
        assertEquals(200, context.response().getStatus());
        assertNull(context.request().getAttribute(RegionPageFilter.REGION_ATTRIBUTE));
    }
}
