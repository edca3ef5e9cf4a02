package nl.samenwerkingskaart.portraits.web;

import static nl.samenwerkingskaart.portraits.TestPortraits.completeContent;
import static nl.samenwerkingskaart.portraits.TestPortraits.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.portraits.MutableClock;
import nl.samenwerkingskaart.portraits.TestPortraits;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.ReviewTokens;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import nl.samenwerkingskaart.portraits.service.ReviewDesk;
import nl.samenwerkingskaart.portraits.service.TestServices;
import nl.samenwerkingskaart.portraits.web.models.ReviewView;
import org.apache.sling.api.request.RequestDispatcherOptions;
import org.apache.sling.api.resource.ModifiableValueMap;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.servlethelpers.MockRequestDispatcherFactory;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The review link as a contact uses it; the page it forwards to is rendered in the integration tests. */
@ExtendWith(SlingContextExtension.class)
class ReviewServletTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String SITE = "/content/site";
    private static final String TWENTE = SITE + "/portretten/twente";
    private static final String SECRET = "Geheime samenvatting van het concept";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final MutableClock clock = new MutableClock(NOW);
    private final CsrfProtection csrf = mock(CsrfProtection.class);
    private final List<ResourceResolver> serviceResolvers = new ArrayList<>();
    private ResourceResolver resolver;
    private ReviewServlet servlet;
    private MockSlingHttpServletRequest request;
    private MockSlingHttpServletResponse response;
    private String forwardedTo;
    private ServletRequest forwardedRequest;
    private String token;

    @BeforeEach
    void setUp() throws Exception {
        resolver = context.resourceResolver();
        TestPortraits.node(resolver, SITE, Map.of("jcr:primaryType", "nt:unstructured",
                "sling:resourceType", "sling:Site", "jcr:language", "nl"));
        Map<String, Object> content = new HashMap<>(completeContent("Twente"));
        content.put(PortraitProperties.ID, "p-twente");
        content.put(PortraitProperties.SUMMARY, SECRET);
        page(resolver, TWENTE, content);
        TestPortraits.pdf(resolver, TestPortraits.PDF, "%PDF-1.4 concept");
        token = new ReviewTokens().newToken();
        ReviewStore.addInvitation(resolver, new Invitation(UUID.randomUUID().toString(), ReviewTokens.hash(token),
                "p-twente", "Anja de Boer", "anja@example.nl", Locale.ENGLISH, NOW, "editor",
                Instant.parse("2026-12-11T23:30:00Z"), null, null, null), TWENTE);
        resolver.commit();

        when(csrf.isValid(any())).thenReturn(true);
        when(csrf.tokenFor(any())).thenReturn("csrf-token");
        context.registerService(CsrfProtection.class, csrf);
        ReviewDesk desk = TestServices.desk(TestServices.serviceResolvers(context, serviceResolvers), clock);
        context.registerService(ReviewDesk.class, desk);
        context.registerInjectActivateService(new ReviewPdf());
        servlet = context.registerInjectActivateService(new ReviewServlet());

        request = context.request();
        response = context.response();
        request.setRequestDispatcherFactory(new MockRequestDispatcherFactory() {
            @Override
            public RequestDispatcher getRequestDispatcher(String path, RequestDispatcherOptions options) {
                return dispatcher(path);
            }

            @Override
            public RequestDispatcher getRequestDispatcher(Resource resource, RequestDispatcherOptions options) {
                return dispatcher(resource.getPath());
            }
        });
    }

    @AfterEach
    void serviceResolversAreClosed() {
        serviceResolvers.forEach(service -> assertFalse(service.isLive()));
    }

    private RequestDispatcher dispatcher(String path) {
        RequestDispatcher dispatcher = mock(RequestDispatcher.class);
        try {
            doAnswer(invocation -> {
                forwardedTo = path;
                forwardedRequest = invocation.getArgument(0);
                return null;
            }).when(dispatcher).forward(any(), any());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return dispatcher;
    }

    private void path(String extension, String suffix) {
        MockRequestPathInfo info = (MockRequestPathInfo) request.getRequestPathInfo();
        info.setResourcePath(ReviewServlet.PATH);
        info.setExtension(extension);
        info.setSuffix(suffix);
    }

    private void get(String extension, String suffix) throws Exception {
        request.setMethod("GET");
        path(extension, suffix);
        servlet.doGet(request, response);
    }

    private void post(String suffix, Map<String, Object> parameters) throws Exception {
        request.setMethod("POST");
        path("html", suffix);
        request.setParameterMap(parameters);
        servlet.doPost(request, response);
    }

    private String body() {
        return response.getOutputAsString();
    }

    private ReviewView view() {
        return assertInstanceOf(ReviewView.class, request.getAttribute(ReviewView.ATTRIBUTE));
    }

    private int remarks() {
        resolver.refresh();
        return ReviewStore.feedback(resolver, "p-twente").size();
    }

    private void invitation(String property, Object value) throws Exception {
        Invitation invitation = ReviewStore.findInvitation(resolver, ReviewTokens.hash(token)).orElseThrow();
        resolver.getResource(ReviewStore.ROOT + "/p-twente/invitations/" + invitation.id())
                .adaptTo(ModifiableValueMap.class).put(property, value);
        resolver.commit();
    }

    private void assertPrivate() {
        assertEquals("private, no-store", response.getHeader("Cache-Control"));
        assertEquals("same-origin", response.getHeader("Referrer-Policy"));
        assertTrue(response.getHeader("X-Robots-Tag").contains("noindex"));
        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
    }

    private void assertRefused(int status, String messageKey) {
        assertEquals(status, response.getStatus());
        assertPrivate();
        assertTrue(response.getContentType().startsWith("text/html"), response.getContentType());
        String dutch = nl.samenwerkingskaart.portraits.domain.PortraitMessages.text(Locale.ROOT, messageKey);
        String english = nl.samenwerkingskaart.portraits.domain.PortraitMessages.text(Locale.ENGLISH, messageKey);
        assertTrue(body().contains(dutch) && body().contains(english), body());
        assertFalse(body().contains(SECRET), "no draft content");
        assertFalse(body().contains("Twente"), "not even its title");
        assertNull(forwardedTo, "not forwarded to the page");
        assertNull(request.getAttribute(ReviewView.ATTRIBUTE));
    }

    @Test
    void anOpenLinkShowsThePageWithTheReviewView() throws Exception {
        get("html", "/" + token);

        assertEquals(TWENTE, forwardedTo);
        assertEquals("GET", ((HttpServletRequest) forwardedRequest).getMethod());
        assertPrivate();
        ReviewView view = view();
        assertEquals("Anja de Boer", view.getContactName());
        assertEquals("12 december 2026", view.getExpiresOn(), "the page's language, the day in Amsterdam");
        assertEquals(ReviewServlet.PATH + ".pdf/" + token, view.getPdfUrl());
        assertEquals(ReviewServlet.PATH + ".html/" + token, view.getFeedbackAction());
        assertEquals(CsrfProtection.PARAMETER, view.getCsrfParameter());
        assertEquals("csrf-token", view.getCsrfToken());
        assertEquals(List.of("general", "summary", "typology", "strengths", "weaknesses", "recommendations",
                "good-practices", "pdf"), view.getSections());
        assertFalse(view.isSent());
        assertEquals(Map.of(), view.getErrors());
        assertTrue(view.getMessages().get("review.banner.title").startsWith("Concept"), "Dutch, as the page");
    }

    @Test
    void afterSendingThePageSaysSo() throws Exception {
        request.setQueryString("sent=1");
        request.setParameterMap(Map.of("sent", "1"));
        get("html", "/" + token);
        assertTrue(view().isSent());
    }

    @Test
    void anEnglishSiteGetsEnglishTexts() throws Exception {
        resolver.getResource(SITE).adaptTo(ModifiableValueMap.class).put("jcr:language", "en");
        resolver.commit();
        get("html", "/" + token);
        assertEquals("12 December 2026", view().getExpiresOn());
        assertFalse(view().getMessages().get("review.banner.title").startsWith("Concept"));
    }

    @Test
    void unknownAndMalformedLinksAre404() throws Exception {
        get("html", "/" + new ReviewTokens().newToken());
        assertRefused(404, "review.refused.unknown");
    }

    @Test
    void aMalformedTokenIs404() throws Exception {
        get("html", "/" + token.substring(1));
        assertRefused(404, "review.refused.unknown");
    }

    @Test
    void noTokenIs404() throws Exception {
        get("html", null);
        assertRefused(404, "review.refused.unknown");
    }

    @Test
    void anotherExtensionIs404() throws Exception {
        get("json", "/" + token);
        assertRefused(404, "review.refused.unknown");
    }

    @Test
    void anExpiredLinkIs410() throws Exception {
        clock.set(Instant.parse("2026-12-11T23:30:00Z"));
        get("html", "/" + token);
        assertRefused(410, "review.refused.expired");
    }

    @Test
    void aRevokedLinkIs410() throws Exception {
        invitation("revokedAt", java.util.Calendar.getInstance());
        get("html", "/" + token);
        assertRefused(410, "review.refused.revoked");
    }

    @Test
    void aPublishedPortraitsLinkIs410() throws Exception {
        resolver.getResource(TWENTE + "/jcr:content").adaptTo(ModifiableValueMap.class)
                .put(PortraitProperties.PUBLISHED, true);
        resolver.commit();
        get("html", "/" + token);
        assertRefused(410, "review.refused.ended");
    }

    @Test
    void theDraftsPdfThroughAnOpenLink() throws Exception {
        get("pdf", "/" + token);
        assertEquals("application/pdf", response.getContentType());
        assertEquals("%PDF-1.4 concept", new String(response.getOutput(), StandardCharsets.US_ASCII));
        assertTrue(response.getHeader("Content-Disposition").startsWith("attachment"));
        assertPrivate();
    }

    @Test
    void noPdfThroughARevokedLink() throws Exception {
        invitation("revokedAt", java.util.Calendar.getInstance());
        get("pdf", "/" + token);
        assertRefused(404, "review.refused.unknown");
        assertFalse(body().contains("%PDF"));
    }

    @Test
    void feedbackIsStoredAndTheContactSentBackToThePage() throws Exception {
        request.setContextPath("/ctx");
        post("/" + token, Map.of("feedback-general", "Herkenbaar.", "feedback-pdf", "Pagina 3 klopt niet.",
                CsrfProtection.PARAMETER, "csrf-token"));

        assertEquals(303, response.getStatus());
        assertEquals("/ctx" + ReviewServlet.PATH + ".html/" + token + "?sent=1", response.getHeader("Location"));
        assertPrivate();
        assertEquals(2, remarks());
        assertNull(forwardedTo);
    }

    @Test
    void withoutAValidCsrfTokenNothingIsStoredAndTheTextIsKept() throws Exception {
        when(csrf.isValid(any())).thenReturn(false);
        post("/" + token, Map.of("feedback-general", "Herkenbaar."));

        assertEquals(403, response.getStatus());
        assertPrivate();
        assertEquals(0, remarks());
        assertEquals(TWENTE, forwardedTo);
        ReviewView view = view();
        assertEquals("Herkenbaar.", view.getValues().get("feedback-general"));
        assertTrue(view.getErrors().get("feedback-general").startsWith("Het formulier was verlopen"),
                view.getErrors().toString());
    }

    @Test
    void invalidFeedbackIs422AndStoresNothing() throws Exception {
        post("/" + token, new LinkedHashMap<>(Map.of("feedback-general", " ", "feedback-summary", "x".repeat(4_001))));

        assertEquals(422, response.getStatus());
        assertPrivate();
        assertEquals(0, remarks());
        assertEquals(TWENTE, forwardedTo);
        assertEquals("GET", ((HttpServletRequest) forwardedRequest).getMethod());
        assertEquals(Map.of("feedback-summary", "Deze reactie is te lang (maximaal 4000 tekens)."), view().getErrors());
        assertEquals("x".repeat(4_001), view().getValues().get("feedback-summary"));
    }

    @Test
    void feedbackThroughAClosedLinkIsRefused() throws Exception {
        invitation("revokedAt", java.util.Calendar.getInstance());
        post("/" + token, Map.of("feedback-general", "Toch nog."));
        assertRefused(410, "review.refused.revoked");
        assertEquals(0, remarks());
    }

    @Test
    void feedbackThroughAnUnknownLinkIsRefused() throws Exception {
        post("/" + new ReviewTokens().newToken(), Map.of("feedback-general", "Hallo."));
        assertRefused(404, "review.refused.unknown");
        assertEquals(0, remarks());
    }

    @Test
    void anOversizedPostIsRefused() throws Exception {
        request.setContent(new byte[ReviewServlet.MAX_BODY + 1]);
        post("/" + token, Map.of("feedback-general", "Hallo."));
        assertEquals(404, response.getStatus());
        assertEquals(0, remarks());
    }

    @Test
    void anExpiredLinkTakesNoFeedback() throws Exception {
        clock.set(Instant.parse("2026-12-11T23:30:00Z").plus(Duration.ofSeconds(1)));
        post("/" + token, Map.of("feedback-general", "Te laat."));
        assertRefused(410, "review.refused.expired");
        assertEquals(0, remarks());
    }
}
