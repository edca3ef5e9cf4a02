package nl.samenwerkingskaart.portraits.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Instant;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code <portrait>.pdf}: which pages answer with which file, for whom. */
@ExtendWith(SlingContextExtension.class)
class PortraitPdfServletTest {

    private static final String SITE = "/content/samenwerkingskaart/samenwerkingskaart";
    private static final String PORTRAIT = SITE + "/portretten/groningen";
    private static final String FILES = "/static/samenwerkingskaart/portretten";
    private static final String FIRST_PDF = FILES + "/Regioportret Groningen – concept ë.pdf";
    private static final String SECOND_PDF = FILES + "/regioportret-groningen-2026.pdf";
    private static final byte[] FIRST = RepositoryFiles.pdf("eerste");
    private static final byte[] SECOND = RepositoryFiles.pdf("tweede, langer");
    private static final Instant MODIFIED = Instant.parse("2026-03-03T09:05:00Z");

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final PortraitPdfServlet servlet = new PortraitPdfServlet();

    @BeforeEach
    void createThePortraitAndItsPdf() throws Exception {
        RepositoryFiles.put(context.resourceResolver(), FIRST_PDF, FIRST, "application/pdf", MODIFIED);
        RepositoryFiles.put(context.resourceResolver(), SECOND_PDF, SECOND, "application/pdf", MODIFIED);
        context.build()
                .resource(PORTRAIT)
                .resource(PORTRAIT + "/jcr:content",
                        "sling:resourceType", PortraitProperties.RESOURCE_TYPE,
                        PortraitProperties.TITLE, "Groningen",
                        PortraitProperties.PDF, FIRST_PDF,
                        PortraitProperties.PUBLISHED, true)
                .resource(SITE + "/over-ons")
                .resource(SITE + "/over-ons/jcr:content", "sling:resourceType", "reference/components/pages/base")
                .commit();
    }

    @Test
    void aPublishedPortraitSendsItsPdfToAnyone() throws IOException {
        MockSlingHttpServletResponse response = get(PORTRAIT, anonymous());

        assertEquals(200, response.getStatus());
        assertArrayEquals(FIRST, response.getOutput());
        assertTrue(response.getHeader("Content-Disposition").contains("filename*=UTF-8''Regioportret%20Groningen"));
        assertEquals("public, max-age=0, must-revalidate", response.getHeader("Cache-Control"));
    }

    @Test
    void theSameAddressFollowsTheEditorToAnotherFile() throws Exception {
        String before = get(PORTRAIT, anonymous()).getHeader("ETag");
        setPortrait(PortraitProperties.PDF, SECOND_PDF);

        MockSlingHttpServletResponse response = get(PORTRAIT, anonymous());
        assertEquals(200, response.getStatus());
        assertArrayEquals(SECOND, response.getOutput());
        assertEquals("attachment; filename=\"regioportret-groningen-2026.pdf\"; "
                + "filename*=UTF-8''regioportret-groningen-2026.pdf", response.getHeader("Content-Disposition"));
        assertNotEquals(before, response.getHeader("ETag"));
    }

    @Test
    void headReadsNoBytes() throws IOException {
        MockSlingHttpServletRequest request = request(PORTRAIT, anonymous());
        request.setMethod("HEAD");
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        servlet.doHead(request, response);

        assertEquals(200, response.getStatus());
        assertEquals(String.valueOf(FIRST.length), response.getHeader("Content-Length"));
        assertEquals(0, response.getOutput().length);
    }

    @Test
    void anUnpublishedPortraitIsNotFoundForAnonymous() throws Exception {
        setPortrait(PortraitProperties.PUBLISHED, false);
        assertNotFound(get(PORTRAIT, anonymous()));
    }

    @Test
    void anEditorGetsAnUnpublishedPortraitsPdfButNoCacheKeepsIt() throws Exception {
        setPortrait(PortraitProperties.PUBLISHED, false);
        MockSlingHttpServletResponse response = get(PORTRAIT, context.resourceResolver());

        assertEquals(200, response.getStatus());
        assertArrayEquals(FIRST, response.getOutput());
        assertEquals("private, no-store", response.getHeader("Cache-Control"));
    }

    @Test
    void aPortraitWithoutPdfIsNotFound() throws Exception {
        setPortrait(PortraitProperties.PDF, " ");
        assertNotFound(get(PORTRAIT, anonymous()));
    }

    @Test
    void aPortraitWhosePdfIsGoneIsNotFound() throws Exception {
        setPortrait(PortraitProperties.PDF, FILES + "/verwijderd.pdf");
        assertNotFound(get(PORTRAIT, anonymous()));
    }

    @Test
    void aPortraitPointingAtSomethingElseThanAPdfIsNotFound() throws Exception {
        setPortrait(PortraitProperties.PDF, SITE + "/over-ons");
        assertNotFound(get(PORTRAIT, anonymous()));
    }

    @Test
    void otherPagesAreNotFound() throws IOException {
        assertNotFound(get(SITE + "/over-ons", anonymous()));
        assertNotFound(get(SITE + "/over-ons", context.resourceResolver()));
        assertNotFound(get(SITE, context.resourceResolver()));
    }

    @Test
    void onlyThePlainAddressServesThePdf() throws IOException {
        MockSlingHttpServletRequest selector = request(PORTRAIT, anonymous());
        ((MockRequestPathInfo) selector.getRequestPathInfo()).setSelectorString("kopie");
        MockSlingHttpServletResponse withSelector = new MockSlingHttpServletResponse();
        servlet.doGet(selector, withSelector);
        assertNotFound(withSelector);

        MockSlingHttpServletRequest suffix = request(PORTRAIT, anonymous());
        ((MockRequestPathInfo) suffix.getRequestPathInfo()).setSuffix("/nog-een.pdf");
        MockSlingHttpServletResponse withSuffix = new MockSlingHttpServletResponse();
        servlet.doGet(suffix, withSuffix);
        assertNotFound(withSuffix);
    }

    private void assertNotFound(MockSlingHttpServletResponse response) {
        assertEquals(404, response.getStatus());
        assertEquals(NotFound.MESSAGE, response.getOutputAsString());
        assertEquals("text/plain;charset=UTF-8", response.getContentType().replace(" ", ""));
    }

    private void setPortrait(String name, Object value) throws PersistenceException {
        context.resourceResolver().getResource(PORTRAIT + "/jcr:content").adaptTo(ModifiableValueMap.class)
                .put(name, value);
        context.resourceResolver().commit();
    }

    /** The test's own session, but saying it is anonymous, as Sling's anonymous resolver does. */
    private ResourceResolver anonymous() {
        ResourceResolver anonymous = spy(context.resourceResolver());
        when(anonymous.getUserID()).thenReturn("anonymous");
        return anonymous;
    }

    private MockSlingHttpServletRequest request(String pagePath, ResourceResolver resolver) {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(resolver, context.bundleContext());
        request.setMethod("GET");
        request.setResource(resolver.getResource(pagePath));
        ((MockRequestPathInfo) request.getRequestPathInfo()).setExtension("pdf");
        return request;
    }

    private MockSlingHttpServletResponse get(String pagePath, ResourceResolver resolver) throws IOException {
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        servlet.doGet(request(pagePath, resolver), response);
        return response;
    }
}
