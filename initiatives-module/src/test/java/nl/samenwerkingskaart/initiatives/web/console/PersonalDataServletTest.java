package nl.samenwerkingskaart.initiatives.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.moderation.ModerationSessions;
import nl.samenwerkingskaart.initiatives.submission.ClientHash;
import nl.samenwerkingskaart.initiatives.submission.Erasure;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import nl.samenwerkingskaart.initiatives.submission.repository.JcrSubmissionRepository;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import nl.samenwerkingskaart.initiatives.web.CsrfTokens;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataView.Step;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.request.RequestDispatcherOptions;
import org.apache.sling.api.resource.Resource;
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

/** The personal-data endpoint on Oak: refusals first, then find, export, the confirmation step and the erasure. */
@ExtendWith(SlingContextExtension.class)
class PersonalDataServletTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);
    private final SubmissionRepository repository = new JcrSubmissionRepository();
    private final CsrfTokens csrfTokens = mock(CsrfTokens.class);
    private PersonalDataServlet servlet;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private MockSlingHttpServletRequest request;
    private MockSlingHttpServletResponse response;
    private String forwardedTo;
    private ServletRequest forwardedRequest;
    private String anja1;
    private String anja2;
    private String piet;

    @BeforeEach
    void setUp() throws Exception {
        context.build().resource(SubmissionRepository.DATA_ROOT).commit();
        servlet = new PersonalDataServlet(repository, csrfTokens, sessions(), Clock.fixed(NOW, ZoneOffset.UTC));
        anja1 = store("Zorgpact Noord", "anja@example.nl");
        anja2 = store("Techniekpact", "Anja@Example.nl");
        piet = store("Bouwpact", "piet@example.nl");
        when(csrfTokens.isValid(any())).thenReturn(true);
        request = context.request();
        request.setMethod("POST");
        request.setLocale(Locale.forLanguageTag("nl-NL"));
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

    private String store(String name, String email) throws Exception {
        InitiativeInput proposed = InitiativeInput.builder().name(name).goal("Meer stages.").status("running")
                .party("Noorderpoort", "mbo", "Groningen").location(null, "Groningen", "53.2", "6.56", null).build();
        SubmissionContent content = new SubmissionContent(SubmissionKind.NEW_INITIATIVE, null, proposed,
                "Bel me: 06-12345678", new Submitter("Anja de Boer", email, "Noorderpoort", null));
        return repository.store(context.resourceResolver(), Submission.received(content, NOW, new ClientHash("h")),
                "key-" + UUID.randomUUID()).reference();
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

    private void post(String action, String email) throws Exception {
        parameters.put(":action", action);
        if (email != null) {
            parameters.put("email", email);
        }
        request.setParameterMap(parameters);
        servlet.doPost(request, response);
    }

    private PersonalDataView view() {
        return (PersonalDataView) request.getAttribute(PersonalDataServlet.ATTR_VIEW);
    }

    private Submission read(String reference) {
        context.resourceResolver().refresh();
        return repository.find(context.resourceResolver(), reference).orElseThrow().submission();
    }

    @Test
    void refusesWithoutAValidCsrfTokenAndChangesNothing() throws Exception {
        when(csrfTokens.isValid(any())).thenReturn(false);
        post("erase", "anja@example.nl");
        assertEquals(403, response.getStatus());
        assertTrue(response.getOutputAsString().contains("Het formulier is verlopen"), response.getOutputAsString());
        assertNull(forwardedTo);
        assertTrue(read(anja1).hasPersonalData());
    }

    @Test
    void refusesWhoeverCannotReadTheSubmissions() throws Exception {
        context.resourceResolver().delete(context.resourceResolver().getResource(SubmissionRepository.DATA_ROOT));
        context.resourceResolver().commit();
        post("export", "anja@example.nl");
        assertEquals(403, response.getStatus());
        assertEquals("U hebt geen toegang tot de gegevens van indieners.", response.getOutputAsString());
        assertNull(response.getHeader("Content-Disposition"));
    }

    @Test
    void anEmptyAddressGivesTheFormAgainWithADutchMessage() throws Exception {
        post("find", "  ");
        assertEquals(400, response.getStatus());
        assertEquals(PersonalDataServlet.PAGE_RESOURCE, forwardedTo);
        assertEquals("GET", ((HttpServletRequest) forwardedRequest).getMethod());
        assertEquals(Step.SEARCH, view().step());
        assertEquals("E-mailadres: vul het e-mailadres van de indiener in.",
                PersonalDataText.get(request, view().error()));
    }

    @Test
    void aMalformedAddressIsRefusedForEveryActionInTheConsolesLanguage() throws Exception {
        for (String action : List.of("find", "confirm", "export", "erase")) {
            response = context.response();
            request.removeAttribute(PersonalDataServlet.ATTR_VIEW);
            request.setLocale(Locale.ENGLISH);
            post(action, "anja-at-example.nl");
            assertEquals(400, response.getStatus(), action);
            assertEquals("anja-at-example.nl", view().email(), "typed text comes back in the field");
            assertEquals("E-mail address: enter a valid e-mail address, for example name@example.org.",
                    PersonalDataText.get(request, view().error()));
        }
        assertTrue(read(anja1).hasPersonalData());
    }

    @Test
    void anUnknownActionIsABadRequest() throws Exception {
        post("delete", "anja@example.nl");
        assertEquals(400, response.getStatus());
        assertEquals("Onbekende actie.", response.getOutputAsString());
    }

    @Test
    void findsThePersonsSubmissions() throws Exception {
        post("find", " ANJA@example.nl ");
        assertEquals(200, response.getStatus());
        assertEquals(PersonalDataServlet.PAGE_RESOURCE, forwardedTo);
        assertEquals(Step.RESULTS, view().step());
        assertEquals("ANJA@example.nl", view().email());
        assertEquals(List.of(anja1, anja2).stream().sorted().toList(),
                view().submissions().stream().map(StoredSubmission::reference).sorted().toList());
        assertEquals("no-store", response.getHeader("Cache-Control"));
    }

    @Test
    void exportsEverythingAboutThePersonAsAnAttachmentNobodyCaches() throws Exception {
        post("export", "anja@example.nl");

        assertEquals(200, response.getStatus());
        assertNull(forwardedTo);
        assertTrue(response.getContentType().startsWith("application/json"), response.getContentType());
        assertEquals("attachment; filename=\"persoonsgegevens-" + NOW.atZone(java.time.ZoneId.of("Europe/Amsterdam"))
                .toLocalDate() + ".json\"", response.getHeader("Content-Disposition"));
        assertEquals("no-store", response.getHeader("Cache-Control"));
        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
        JsonNode json = new ObjectMapper().readTree(response.getOutput());
        assertEquals("anja@example.nl", json.path("email").asText());
        assertEquals(2, json.path("submissions").size());
        JsonNode first = json.path("submissions").get(0);
        assertEquals("Anja de Boer", first.path("submitter").path("name").asText());
        assertEquals("Bel me: 06-12345678", first.path("message").asText());
        assertEquals("received", first.path("state").asText());
        assertFalse(response.getOutputAsString().contains(piet), "only this person's submissions");
    }

    @Test
    void asksBeforeErasingAndChangesNothingYet() throws Exception {
        post("confirm", "anja@example.nl");
        assertEquals(200, response.getStatus());
        assertEquals(Step.CONFIRM, view().step());
        assertEquals(2, view().submissions().size());
        assertTrue(read(anja1).hasPersonalData());
        assertTrue(read(anja2).hasPersonalData());
    }

    @Test
    void erasesAllThePersonsSubmissionsRecordingWhoAndWhen() throws Exception {
        post("erase", "anja@example.nl");

        assertEquals(200, response.getStatus());
        assertEquals(Step.ERASED, view().step());
        assertEquals(2, view().erased());
        for (String reference : List.of(anja1, anja2)) {
            Submission erased = read(reference);
            assertFalse(erased.hasPersonalData(), reference);
            assertEquals(new Erasure(context.resourceResolver().getUserID(), NOW), erased.erasure());
            assertEquals("received", erased.state().code(), "still open");
        }
        assertTrue(read(piet).hasPersonalData(), "someone else's submission is untouched");
    }

    @Test
    void anErasureThatFailsOtherwiseIsAServerErrorAndChangesNothing() throws Exception {
        SubmissionRepository failing = refusingStage(new PersistenceException("disk full"));
        new PersonalDataServlet(failing, csrfTokens, sessions(), Clock.fixed(NOW, ZoneOffset.UTC)).doPost(request(
                "erase", "anja@example.nl"), response);

        assertEquals(500, response.getStatus());
        assertEquals("Het wissen is mislukt; er is niets gewist. Probeer het later opnieuw.",
                response.getOutputAsString());
        assertTrue(read(anja1).hasPersonalData());
    }

    /** The erasure's service session is, in this test, a new session of the test's repository. */
    private ModerationSessions sessions() {
        return new ModerationSessions(context.getService(ResourceResolverFactory.class));
    }

    private MockSlingHttpServletRequest request(String action, String email) {
        parameters.put(":action", action);
        parameters.put("email", email);
        request.setParameterMap(parameters);
        return request;
    }

    /** The real repository, except that the second staged submission fails with this exception. */
    private SubmissionRepository refusingStage(PersistenceException failure) {
        SubmissionRepository spy = org.mockito.Mockito.spy(repository);
        try {
            org.mockito.Mockito.doCallRealMethod().doThrow(failure).when(spy).stage(any(), any());
        } catch (PersistenceException e) {
            throw new IllegalStateException(e);
        }
        return spy;
    }
}
