package nl.samenwerkingskaart.initiatives.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samenwerkingskaart.initiatives.service.PublishedInitiatives;
import nl.samenwerkingskaart.initiatives.service.SubmissionMailer;
import nl.samenwerkingskaart.initiatives.submission.repository.JcrSubmissionRepository;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.web.models.SubmissionFormState;
import org.apache.sling.api.request.RequestDispatcherOptions;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.testing.mock.sling.servlet.MockRequestDispatcherFactory;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public submissions endpoint against a real Oak repository: every refusal stores nothing. */
@ExtendWith(SlingContextExtension.class)
class SubmissionServletTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private SubmissionServlet servlet;
    private final SubmissionMailer mailer = mock(SubmissionMailer.class);
    /** Like a chunked request: no Content-Length, so only counting while reading finds a body too large. */
    private boolean unknownLength;
    /** As in the CMS, where Sling parses the parameters (and so reads the body) before the servlet runs. */
    private boolean bodyAlreadyRead;
    /** The Accept header to send; none when null. */
    private String accept;
    /** The page renderings the servlet forwarded to. */
    private final java.util.List<Forward> forwards = new java.util.ArrayList<>();
    private SubmissionTokens tokens;

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String PAGE = "/content/site/kaart.html#melden";

    /** A forward to a page: where, as which method, with what state, at which status. */
    record Forward(String path, String method, SubmissionFormState state, int status) {}

    @BeforeEach
    void setUp() {
        context.build().resource(SubmissionRepository.DATA_ROOT).resource("/content/site/kaart").commit();
        PublishedInitiatives published = mock(PublishedInitiatives.class);
        when(published.find(org.mockito.ArgumentMatchers.anyString())).thenReturn(Optional.empty());
        context.registerService(PublishedInitiatives.class, published);
        context.registerInjectActivateService(new Regions());
        context.registerService(nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer.class,
                nl.samenwerkingskaart.initiatives.domain.geo.ShippedGazetteer.load());
        context.registerService(SubmissionRepository.class, new JcrSubmissionRepository());
        context.registerInjectActivateService(new nl.samenwerkingskaart.initiatives.submission.journal
                .DurableSubmissions());
        context.registerService(SubmissionMailer.class, mailer);
        tokens = context.registerInjectActivateService(new SubmissionTokens());
        servlet = context.registerInjectActivateService(new SubmissionServlet(),
                Map.of("rateLimit", 3, "rateWindowSeconds", 600, "maxBodyBytes", 4_096));
    }

    @Test
    void issuesATokenBoundToAFreshKeyThatNoCacheKeeps() throws Exception {
        MockSlingHttpServletResponse response = getToken();
        assertEquals(200, response.getStatus());
        assertEquals("no-store", response.getHeader("Cache-Control"));
        JsonNode json = JSON.readTree(response.getOutputAsString());
        assertTrue(json.path("key").asText().length() >= 16);
        assertTrue(json.path("token").asText().contains("."));
        assertFalse(json.path("key").asText().equals(JSON.readTree(getToken().getOutputAsString()).path("key").asText()));
    }

    @Test
    void storesAValidSubmissionAndAnswersWithItsReference() throws Exception {
        MockSlingHttpServletResponse response = post(withToken(valid()), FORM, null);

        assertEquals(201, response.getStatus(), response.getOutputAsString());
        assertEquals("no-store", response.getHeader("Cache-Control"));
        JsonNode json = JSON.readTree(response.getOutputAsString());
        String reference = json.path("reference").asText();
        assertTrue(reference.matches("SW-\\d{4}-[0-9A-Z]{6}"), reference);
        assertTrue(json.path("message").asText().startsWith("Bedankt"));
        Resource node = context.resourceResolver().getResource(SubmissionRepository.DATA_ROOT + "/" + reference);
        assertNotNull(node);
        assertEquals("Zorgpact Noord", node.getChild("proposed").getValueMap().get("name", String.class));
        assertEquals("anja@example.nl", node.getValueMap().get("submitterEmail", String.class));
        assertNotNull(node.getValueMap().get("clientHash", String.class));
        assertFalse(node.getValueMap().values().stream().anyMatch(v -> String.valueOf(v).contains("192.0.2.7")),
                "the address is never stored");
    }

    @Test
    void theSameKeyAgainGivesTheSameReferenceAndNoSecondNode() throws Exception {
        Map<String, String> form = withToken(valid());
        String first = JSON.readTree(post(form, FORM, null).getOutputAsString()).path("reference").asText();
        MockSlingHttpServletResponse again = post(form, FORM, null);

        assertEquals(200, again.getStatus());
        assertEquals(first, JSON.readTree(again.getOutputAsString()).path("reference").asText());
        assertEquals(1, stored());
    }

    @Test
    void sendsOneReceiptPerStoredSubmissionInTheFormsLanguageAndNoneForTheSameFormAgain() throws Exception {
        Map<String, String> form = withToken(valid());
        String reference = JSON.readTree(post(form, FORM, "en-GB,en;q=0.9").getOutputAsString())
                .path("reference").asText();
        post(form, FORM, null);

        verify(mailer, times(1)).sendReceipt(eq(reference),
                argThat(content -> "anja@example.nl".equals(content.submitter().email())), eq(Locale.ENGLISH));
        verifyNoMoreInteractions(mailer);
    }

    @Test
    void sendsNoReceiptForARefusedFormOrARobot() throws Exception {
        Map<String, String> invalid = withToken(valid());
        invalid.remove("consent");
        assertEquals(400, post(invalid, FORM, null).getStatus());
        Map<String, String> robot = withToken(valid());
        robot.put("website2", "http://spam.example");
        assertEquals(201, post(robot, FORM, null).getStatus());

        verifyNoInteractions(mailer);
    }

    @Test
    void aMailerThatThrowsDoesNotChangeTheAnswer() throws Exception {
        when(mailer.sendReceipt(any(), any(), any())).thenThrow(new IllegalStateException("mail is down"));
        assertEquals(201, post(withToken(valid()), FORM, null).getStatus());
        assertEquals(1, stored());
    }

    @Test
    void refusesOtherContentTypes() throws Exception {
        assertEquals(415, post(withToken(valid()), "application/json", null).getStatus());
        assertEquals(415, post(withToken(valid()), "multipart/form-data; boundary=x", null).getStatus());
        assertEquals(415, post(withToken(valid()), null, null).getStatus());
        assertEquals(0, stored());
    }

    @Test
    void refusesABodyOverTheLimit() throws Exception {
        Map<String, String> form = withToken(valid());
        form.put("message", "x".repeat(5_000));
        MockSlingHttpServletResponse response = post(form, FORM, null);
        assertEquals(413, response.getStatus());
        assertTrue(response.getOutputAsString().contains("te groot"));
        assertEquals(0, stored());
    }

    @Test
    void countsTheBodyWhenNoLengthIsDeclared() throws Exception {
        Map<String, String> form = withToken(valid());
        form.put("message", "x".repeat(5_000));
        unknownLength = true;
        assertEquals(413, post(form, FORM, null).getStatus());
        assertEquals(201, post(withToken(valid()), FORM, null).getStatus(), "a small body still gets through");
        assertEquals(1, stored());
    }

    @Test
    void measuresTheParametersWhenSomethingElseReadTheBodyFirst() throws Exception {
        Map<String, String> form = withToken(valid());
        form.put("message", "x".repeat(5_000));
        unknownLength = true;
        bodyAlreadyRead = true;
        assertEquals(413, post(form, FORM, null).getStatus());
        assertEquals(201, post(withToken(valid()), FORM, null).getStatus(), "a small form still gets through");
        assertEquals(1, stored());
    }

    @Test
    void refusesAMissingForgedOrOtherKeysToken() throws Exception {
        Map<String, String> none = valid();
        none.put(":submission-key", "abcdefghijklmnopqrstuv");
        Map<String, String> forged = withToken(valid());
        forged.put(":swk-csrf", "99999999999.AAAA");
        Map<String, String> otherKey = withToken(valid());
        otherKey.put(":submission-key", "abcdefghijklmnopqrstuv");
        Map<String, String> noKey = withToken(valid());
        noKey.remove(":submission-key");

        for (Map<String, String> form : java.util.List.of(none, forged, otherKey, noKey)) {
            MockSlingHttpServletResponse response = post(form, FORM, null);
            assertEquals(403, response.getStatus());
            assertTrue(response.getOutputAsString().contains("verlopen"));
            assertTrue(response.getOutputAsString().contains("expired"));
        }
        assertEquals(0, stored());
    }

    @Test
    void refusesMoreThanTheLimitPerClient() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, post(withToken(valid()), FORM, null).getStatus());
        }
        MockSlingHttpServletResponse refused = post(withToken(valid()), FORM, null);
        assertEquals(429, refused.getStatus());
        assertEquals("600", refused.getHeader("Retry-After"));
        assertTrue(refused.getOutputAsString().contains("Probeer het"));
        assertEquals(3, stored());
    }

    @Test
    void answersARobotLikeAPersonButStoresNothing() throws Exception {
        Map<String, String> form = withToken(valid());
        form.put("website2", "http://spam.example");
        MockSlingHttpServletResponse response = post(form, FORM, null);
        assertEquals(201, response.getStatus());
        assertTrue(JSON.readTree(response.getOutputAsString()).path("reference").asText().startsWith("SW-"));
        assertEquals(0, stored());
    }

    @Test
    void namesEveryWrongFieldInTheVisitorsLanguage() throws Exception {
        Map<String, String> form = withToken(valid());
        form.put("name", "");
        form.put("submitterEmail", "geen-adres");
        form.remove("consent");

        MockSlingHttpServletResponse dutch = post(form, FORM, null);
        assertEquals(400, dutch.getStatus());
        Map<String, String> errors = errors(dutch);
        assertTrue(errors.containsKey("name"), errors.toString());
        assertTrue(errors.get("submitterEmail").contains("geldig e-mailadres"), errors.toString());
        assertTrue(errors.get("consent").startsWith("Toestemming"), errors.toString());

        Map<String, String> english = errors(post(form, FORM, "en-GB,en;q=0.8"));
        assertTrue(english.get("consent").startsWith("Consent"), english.toString());
        assertEquals(0, stored());
    }

    @Test
    void aBrowserPostWithItsPageIsRedirectedThereWithTheReferenceAndStoredOnce() throws Exception {
        accept = BROWSER;
        Map<String, String> form = withToken(valid());
        form.put(":swk-return", PAGE);

        MockSlingHttpServletResponse first = post(form, FORM, null);
        assertEquals(303, first.getStatus());
        String location = first.getHeader("Location");
        assertTrue(location.matches("/content/site/kaart\\.html\\?swk-ref=SW-\\d{4}-[0-9A-Z]{6}#melden"), location);
        assertEquals("no-store", first.getHeader("Cache-Control"));
        assertEquals(1, stored());

        MockSlingHttpServletResponse twice = post(form, FORM, null);
        assertEquals(303, twice.getStatus(), "a double click");
        assertEquals(location, twice.getHeader("Location"), "the same reference");
        assertEquals(1, stored());
        assertTrue(forwards.isEmpty());
    }

    @Test
    void aRefusedBrowserPostShowsItsPageAgainAsAGetWithTheValuesAndTheSameKeyAndToken() throws Exception {
        accept = BROWSER;
        Map<String, String> form = withToken(valid());
        form.put(":swk-return", PAGE);
        form.put(":swk-form", "/content/site/kaart/jcr:content/container/melden");
        form.put("submitterEmail", "geen-adres");
        form.put("name", "Zorgpact <Noord>");

        MockSlingHttpServletResponse refused = post(form, FORM, null);

        assertEquals(400, refused.getStatus());
        assertEquals("no-store", refused.getHeader("Cache-Control"));
        assertEquals(1, forwards.size());
        Forward forward = forwards.get(0);
        assertEquals("/content/site/kaart.html", forward.path());
        assertEquals("GET", forward.method(), "the page renders as for a GET");
        assertEquals(400, forward.status());
        SubmissionFormState state = forward.state();
        assertEquals("/content/site/kaart/jcr:content/container/melden", state.formPath());
        assertEquals("Zorgpact <Noord>", state.values().get("name")[0]);
        assertEquals("submitterEmail", state.errors().get(0).field());
        assertEquals("submitter.email", state.errors().get(0).error().field());
        assertNull(state.problem());
        assertEquals(form.get(":submission-key"), state.key());
        assertEquals(form.get(":swk-csrf"), state.token());
        assertEquals(0, stored());

        form.put("submitterEmail", "anja@example.nl");
        form.put(":submission-key", state.key());
        form.put(":swk-csrf", state.token());
        MockSlingHttpServletResponse corrected = post(form, FORM, null);
        assertEquals(303, corrected.getStatus());
        assertEquals(1, stored());
    }

    @Test
    void anExpiredFormComesBackWithANewTokenForItsKey() throws Exception {
        accept = BROWSER;
        Map<String, String> form = withToken(valid());
        form.put(":swk-return", PAGE);
        form.put(":swk-csrf", "1.AAAA");

        MockSlingHttpServletResponse refused = post(form, FORM, null);

        assertEquals(403, refused.getStatus());
        SubmissionFormState state = forwards.get(0).state();
        assertEquals(SubmissionFormState.EXPIRED, state.problem());
        assertEquals(form.get(":submission-key"), state.key());
        assertTrue(tokens.verify(state.key(), state.token()), "the new token works for the same key");
        assertEquals("Zorgpact Noord", state.values().get("name")[0]);
        assertEquals(0, stored());
    }

    @Test
    void tooManyAndTooLargeAreShownOnThePageToo() throws Exception {
        accept = BROWSER;
        for (int i = 0; i < 3; i++) {
            Map<String, String> form = withToken(valid());
            form.put(":swk-return", PAGE);
            assertEquals(303, post(form, FORM, null).getStatus());
        }
        Map<String, String> fourth = withToken(valid());
        fourth.put(":swk-return", PAGE);
        MockSlingHttpServletResponse limited = post(fourth, FORM, null);
        assertEquals(429, limited.getStatus());
        assertEquals("600", limited.getHeader("Retry-After"));
        assertEquals(SubmissionFormState.TOO_MANY, forwards.get(0).state().problem());

        Map<String, String> large = withToken(valid());
        large.put(":swk-return", PAGE);
        large.put("message", "x".repeat(5_000));
        unknownLength = true;
        bodyAlreadyRead = true;
        MockSlingHttpServletResponse tooLarge = post(large, FORM, null);
        assertEquals(413, tooLarge.getStatus());
        assertEquals(SubmissionFormState.TOO_LARGE, forwards.get(1).state().problem());
        assertEquals(3, stored());
    }

    @Test
    void anUnsafeReturnPathFallsBackToJson() throws Exception {
        accept = BROWSER;
        for (String unsafe : java.util.List.of("//evil.example/content/x.html", "http://evil.example/content/x.html",
                "https://evil.example", "/bin/samenwerkingskaart/public/submissions", "/content/../bin/x.html",
                "/content/site/kaart.html?x=1", "/content/site/kaart.infinity.json", "/content//evil.example",
                "javascript:alert(1)", "/content/site\\kaart.html", "/etc/passwd", "/content/site/kaart.html#a b",
                " /content/site/kaart.html", "")) {
            Map<String, String> form = withToken(valid());
            form.put("name", "");
            form.put(":swk-return", unsafe);
            MockSlingHttpServletResponse response = post(form, FORM, null);
            assertEquals(400, response.getStatus(), unsafe);
            assertTrue(response.getContentType().startsWith("application/json"), unsafe);
            assertNull(response.getHeader("Location"), unsafe);
        }
        assertTrue(forwards.isEmpty(), "no page was rendered for an unsafe path");
        assertEquals(0, stored());
    }

    @Test
    void aPageThatDoesNotExistIsNoPlaceToReturnTo() throws Exception {
        accept = BROWSER;
        Map<String, String> form = withToken(valid());
        form.put(":swk-return", "/content/site/bestaat-niet.html#melden");
        MockSlingHttpServletResponse response = post(form, FORM, null);
        assertEquals(201, response.getStatus());
        assertNull(response.getHeader("Location"));
        assertTrue(forwards.isEmpty());
    }

    @Test
    void aScriptThatAsksForJsonGetsJsonEvenWithTheWholeForm() throws Exception {
        accept = "application/json";
        Map<String, String> form = withToken(valid());
        form.put(":swk-return", PAGE);
        MockSlingHttpServletResponse response = post(form, FORM, null);
        assertEquals(201, response.getStatus());
        assertTrue(JSON.readTree(response.getOutputAsString()).path("reference").asText().startsWith("SW-"));
        assertNull(response.getHeader("Location"));
    }

    private static Map<String, String> errors(MockSlingHttpServletResponse response) throws Exception {
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode error : JSON.readTree(response.getOutputAsString()).path("errors")) {
            errors.put(error.path("field").asText(), error.path("message").asText());
        }
        return errors;
    }

    private static Map<String, String> valid() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "newInitiative");
        form.put("name", "Zorgpact Noord");
        form.put("goal", "Meer stageplaatsen in de zorg.");
        form.put("status", "running");
        form.put("parties[0].name", "Noorderpoort");
        form.put("parties[0].kind", "mbo");
        form.put("parties[0].town", "Groningen");
        form.put("locations[0].label", "Campus");
        form.put("locations[0].town", "Groningen");
        form.put("locations[0].latitude", "53.2");
        form.put("locations[0].longitude", "6.56");
        form.put("message", "Graag op de kaart. Groet, Anja – é");
        form.put("submitterName", "Anja de Boer");
        form.put("submitterEmail", "anja@example.nl");
        form.put("consent", "on");
        form.put("website2", "");
        return form;
    }

    private Map<String, String> withToken(Map<String, String> form) throws Exception {
        JsonNode token = JSON.readTree(getToken().getOutputAsString());
        form.put(":submission-key", token.path("key").asText());
        form.put(":swk-csrf", token.path("token").asText());
        return form;
    }

    private MockSlingHttpServletResponse getToken() throws Exception {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(),
                context.bundleContext());
        request.setMethod("GET");
        MockRequestPathInfo info = (MockRequestPathInfo) request.getRequestPathInfo();
        info.setSelectorString("token");
        info.setExtension("json");
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        servlet.service(request, response);
        return response;
    }

    private MockSlingHttpServletResponse post(Map<String, String> form, String contentType, String language)
            throws Exception {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(),
                context.bundleContext()) {
            @Override
            public String getRemoteAddr() {
                return "192.0.2.7";
            }

            @Override
            public int getContentLength() {
                return unknownLength ? -1 : super.getContentLength();
            }
        };
        request.setMethod("POST");
        if (contentType != null) {
            request.setContentType(contentType);
        }
        if (language != null) {
            request.addHeader("Accept-Language", language);
        }
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        request.setRequestDispatcherFactory(new MockRequestDispatcherFactory() {
            @Override
            public RequestDispatcher getRequestDispatcher(String path, RequestDispatcherOptions options) {
                return new RequestDispatcher() {
                    @Override
                    public void forward(ServletRequest forwarded, ServletResponse response) {
                        forwards.add(new Forward(path, ((HttpServletRequest) forwarded).getMethod(),
                                (SubmissionFormState) forwarded.getAttribute(SubmissionFormState.ATTRIBUTE),
                                ((HttpServletResponse) response).getStatus()));
                    }

                    @Override
                    public void include(ServletRequest included, ServletResponse response) {
                        throw new UnsupportedOperationException();
                    }
                };
            }

            @Override
            public RequestDispatcher getRequestDispatcher(Resource resource, RequestDispatcherOptions options) {
                throw new UnsupportedOperationException();
            }
        });
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        if (bodyAlreadyRead) {
            Map<String, Object> parameters = new LinkedHashMap<>(form);
            request.setParameterMap(parameters);
        } else {
            request.setContent(body.getBytes(StandardCharsets.UTF_8));
        }
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        servlet.service(request, response);
        return response;
    }

    private long stored() {
        context.resourceResolver().refresh();
        long n = 0;
        for (Resource ignored : context.resourceResolver().getResource(SubmissionRepository.DATA_ROOT).getChildren()) {
            n++;
        }
        return n;
    }
}
