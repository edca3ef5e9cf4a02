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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.jcr.Session;
import javax.jcr.SimpleCredentials;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.api.MailSender;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import nl.samenwerkingskaart.portraits.MutableClock;
import nl.samenwerkingskaart.portraits.TestPortraits;
import nl.samenwerkingskaart.portraits.domain.FieldProblem;
import nl.samenwerkingskaart.portraits.domain.review.ExpiryPolicy;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.repository.PortraitProperties;
import nl.samenwerkingskaart.portraits.repository.PortraitReader;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import nl.samenwerkingskaart.portraits.service.ReviewDesk;
import nl.samenwerkingskaart.portraits.service.ReviewRound;
import nl.samenwerkingskaart.portraits.service.TestServices;
import nl.samenwerkingskaart.portraits.web.models.ConsoleResult;
import org.apache.jackrabbit.api.JackrabbitSession;
import org.apache.sling.api.request.RequestDispatcherOptions;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.servlethelpers.MockRequestDispatcherFactory;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.EventAdmin;

/** The portrait editors' actions through the console endpoint, on a real Oak repository. */
@ExtendWith(SlingContextExtension.class)
class PortraitConsoleServletTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String TWENTE = "/content/site/portretten/twente";
    private static final String LINK = "http://localhost/bin/samenwerkingskaart/public/review.html/";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final MutableClock clock = new MutableClock(NOW);
    private final CsrfProtection csrf = mock(CsrfProtection.class);
    private final MailSender mail = TestServices.mailSender();
    private final EventAdmin events = mock(EventAdmin.class);
    private ResourceResolver resolver;
    private ReviewDesk desk;
    private PortraitConsoleServlet servlet;
    private MockSlingHttpServletRequest request;
    private MockSlingHttpServletResponse response;
    private final Map<String, Object> parameters = new HashMap<>();
    private String forwardedTo;
    private ServletRequest forwardedRequest;

    @BeforeEach
    void setUp() throws Exception {
        resolver = context.resourceResolver();
        page(resolver, TWENTE, completeContent("Twente"));
        TestPortraits.pdf(resolver, TestPortraits.PDF, "%PDF-1.4");
        TestPortraits.node(resolver, ReviewStore.ROOT, Map.of("jcr:primaryType", "sling:Folder"));
        resolver.commit();
        when(csrf.isValid(any())).thenReturn(true);
        context.registerService(CsrfProtection.class, csrf);
        context.registerService(ReviewRound.class, TestServices.round(mail, events, clock));
        desk = TestServices.desk(TestServices.serviceResolvers(context, new java.util.ArrayList<>()), clock);
        servlet = context.registerInjectActivateService(new PortraitConsoleServlet());
        request = context.request();
        response = context.response();
        dispatchInto(request);
    }

    private void dispatchInto(MockSlingHttpServletRequest target) {
        target.setRequestDispatcherFactory(new MockRequestDispatcherFactory() {
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

    private void post(String action) throws Exception {
        parameters.putIfAbsent("portrait", TWENTE);
        parameters.put("action", action);
        request.setMethod("POST");
        request.setParameterMap(parameters);
        servlet.doPost(request, response);
    }

    private void assertDone(String key) {
        assertEquals(303, response.getStatus(), String.valueOf(request.getAttribute(ConsoleResult.ATTRIBUTE)));
        assertEquals("/cms/samenwerking-portraits/portrait.html" + TWENTE + "?done=" + key,
                response.getHeader("Location"));
        assertNull(forwardedTo);
        assertFalse(resolver.hasChanges());
    }

    private ConsoleResult shown(int status) {
        assertEquals(status, response.getStatus());
        assertEquals("/mnt/overlay/sling-cms/content/samenwerking-portraits/portrait.html" + TWENTE, forwardedTo);
        assertEquals("GET", ((HttpServletRequest) forwardedRequest).getMethod());
        return assertInstanceOf(ConsoleResult.class, request.getAttribute(ConsoleResult.ATTRIBUTE));
    }

    private String portraitId() {
        resolver.refresh();
        return PortraitReader.read(resolver.getResource(TWENTE)).orElseThrow().id();
    }

    private Invitation invitation() {
        List<Invitation> invitations = ReviewStore.invitations(resolver, portraitId());
        assertEquals(1, invitations.size());
        return invitations.get(0);
    }

    /** Invites Anja through the servlet and starts a new request; answers the token in her mail. */
    private String invited() throws Exception {
        parameters.putAll(Map.of("name", "Anja", "email", "anja@example.nl", "days", "14", "language", "en"));
        post("invite");
        assertDone("invite.done");
        ArgumentCaptor<PlainMail> sent = ArgumentCaptor.forClass(PlainMail.class);
        verify(mail, org.mockito.Mockito.atLeastOnce()).send(sent.capture());
        String body = sent.getValue().body();
        int start = body.indexOf(LINK);
        assertTrue(start >= 0, body);
        nextRequest();
        return body.substring(start + LINK.length(), start + LINK.length() + 43);
    }

    private void nextRequest() {
        request = new MockSlingHttpServletRequest(resolver, context.bundleContext());
        response = new MockSlingHttpServletResponse();
        dispatchInto(request);
        parameters.clear();
        forwardedTo = null;
    }

    @Test
    void inviteMailsALinkToTheReviewServlet() throws Exception {
        String token = invited();
        assertEquals(ExpiryPolicy.endOfDay(NOW.plus(Duration.ofDays(14))), invitation().expiresAt());
        assertEquals("en", invitation().language().getLanguage());
        assertTrue(desk.open(token).isOpen());
    }

    @Test
    void inviteWithDefaultDays() throws Exception {
        parameters.putAll(Map.of("name", "Anja", "email", "anja@example.nl", "days", " "));
        post("invite");
        assertDone("invite.done");
        assertEquals(ExpiryPolicy.endOfDay(NOW.plus(Duration.ofDays(21))), invitation().expiresAt());
        assertEquals("nl", invitation().language().getLanguage());
    }

    @Test
    void anInvalidInvitationIsShownAgainWithItsProblems() throws Exception {
        parameters.putAll(Map.of("name", "", "email", "anja@example.nl", "days", "veel"));
        post("invite");
        ConsoleResult result = shown(422);
        assertEquals("invite.refused.invalid", result.outcome().messageKey());
        assertEquals(Map.of("name", "invite.name.required", "days", "invite.days.invalid"), result.fieldProblems());
        assertNull(portraitId());
        verify(mail, never()).send(any());
    }

    @Test
    void remindRevokeAndExtend() throws Exception {
        String first = invited();
        String id = invitation().id();

        parameters.put("invitation", id);
        post("remind");
        assertDone("remind.done");
        assertFalse(desk.open(first).isOpen());

        nextRequest();
        parameters.putAll(Map.of("invitation", id, "days", "7"));
        post("extend");
        assertDone("extend.done");
        assertEquals(ExpiryPolicy.endOfDay(NOW.plus(Duration.ofDays(21))), invitation().expiresAt());

        nextRequest();
        parameters.put("invitation", id);
        post("revoke");
        assertDone("revoke.done");
        assertEquals(NOW, invitation().revokedAt());

        nextRequest();
        parameters.putAll(Map.of("invitation", id, "days", "7"));
        post("extend");
        assertEquals("extend.refused.closed", shown(409).outcome().messageKey());
    }

    @Test
    void handledAndReopen() throws Exception {
        String token = invited();
        desk.send(token, Map.of("feedback-general", "Goed."));
        resolver.refresh();
        String remark = ReviewStore.feedback(resolver, portraitId()).get(0).id();

        parameters.put("feedback", remark);
        post("handled");
        assertDone("handled.done");
        assertTrue(ReviewStore.feedback(resolver, portraitId()).get(0).isHandled());

        nextRequest();
        parameters.put("feedback", remark);
        post("reopen");
        assertDone("reopened.done");
        assertFalse(ReviewStore.feedback(resolver, portraitId()).get(0).isHandled());
    }

    @Test
    void publish() throws Exception {
        String token = invited();
        post("publish");
        assertDone("publish.done");
        assertTrue(PortraitReader.read(resolver.getResource(TWENTE)).orElseThrow().published());
        assertFalse(desk.open(token).isOpen());
        verify(events).postEvent(any());
    }

    @Test
    void anIncompletePortraitIsShownAgainWithWhatItNeeds() throws Exception {
        resolver.getResource(TWENTE + "/jcr:content").adaptTo(org.apache.sling.api.resource.ModifiableValueMap.class)
                .remove(PortraitProperties.PUBLICATION_DATE);
        resolver.commit();
        post("publish");
        ConsoleResult result = shown(409);
        assertEquals("publish.refused.incomplete", result.outcome().messageKey());
        assertEquals(List.of(FieldProblem.of("publicationDate", "portrait.publicationDate.required")),
                result.outcome().problems());
    }

    @Test
    void anUnknownActionIsRefused() throws Exception {
        post("delete");
        assertFalse(shown(409).outcome().done());
    }

    @Test
    void withoutCsrfTokenNothingHappens() throws Exception {
        when(csrf.isValid(any())).thenReturn(false);
        parameters.putAll(Map.of("name", "Anja", "email", "anja@example.nl"));
        post("invite");
        assertEquals("console.refused.csrf", shown(403).outcome().messageKey());
        assertNull(portraitId());
        verify(mail, never()).send(any());
    }

    @Test
    void aPortraitPathOutsideTheSitesIsABadRequest() throws Exception {
        for (String portrait : new String[] {"/apps/x", "content/site/x", "/contentx/y"}) {
            nextRequest();
            parameters.put("portrait", portrait);
            post("publish");
            assertEquals(400, response.getStatus(), portrait);
        }
        nextRequest();
        request.setMethod("POST");
        request.setParameterMap(Map.of("action", "publish"));
        servlet.doPost(request, response);
        assertEquals(400, response.getStatus(), "no portrait");
        verify(events, never()).postEvent(any());
    }

    @Test
    void someoneWhoCannotReadTheReviewDataIsForbidden() throws Exception {
        Session admin = resolver.adaptTo(Session.class);
        ((JackrabbitSession) admin).getUserManager().createUser("auteur", "geheim");
        admin.save();
        Session author = admin.getRepository().login(new SimpleCredentials("auteur", "geheim".toCharArray()));
        ResourceResolver authorResolver = context.getService(ResourceResolverFactory.class)
                .getResourceResolver(Map.of("user.jcr.session", author));
        try {
            assertEquals("auteur", authorResolver.getUserID());
            assertNull(authorResolver.getResource(ReviewStore.ROOT));
            request = new MockSlingHttpServletRequest(authorResolver, context.bundleContext());
            parameters.putAll(Map.of("name", "Anja", "email", "anja@example.nl"));
            post("invite");
            assertEquals(403, response.getStatus());
            verify(mail, never()).send(any());
            verify(csrf, never()).isValid(any());
        } finally {
            authorResolver.close();
            author.logout();
        }
        assertNull(portraitId());
    }
}
