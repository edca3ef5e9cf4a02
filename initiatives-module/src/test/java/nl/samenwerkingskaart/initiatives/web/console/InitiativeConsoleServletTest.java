package nl.samenwerkingskaart.initiatives.web.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.jcr.AccessDeniedException;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletRequest;
import javax.servlet.http.HttpServletRequest;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.Provenance;
import nl.samenwerkingskaart.initiatives.domain.Region;
import nl.samenwerkingskaart.initiatives.domain.RegionKind;
import nl.samenwerkingskaart.initiatives.domain.RegionLookup;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.web.CsrfTokens;
import nl.samenwerkingskaart.initiatives.web.Regions;
import org.apache.sling.api.request.RequestDispatcherOptions;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.servlethelpers.MockRequestDispatcherFactory;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;

@ExtendWith(SlingContextExtension.class)
class InitiativeConsoleServletTest {

    private static final String ID = "techniekpact-twente-k3f9q";
    private static final Instant NOW = Instant.parse("2025-06-02T10:15:00Z");
    private static final Region TWENTE = new Region("AM20", "Twente", RegionKind.LABOUR_MARKET);
    private static final Region OVERIJSSEL = new Region("PV23", "Overijssel", RegionKind.PROVINCE);

    private final SlingContext context = new SlingContext();
    private final InitiativeRepository repository = mock(InitiativeRepository.class);
    private final CsrfTokens csrfTokens = mock(CsrfTokens.class);
    private final Regions regions = mock(Regions.class);
    private InitiativeConsoleServlet servlet;
    private MockSlingHttpServletRequest request;
    private MockSlingHttpServletResponse response;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    /** What the servlet forwarded to, and the request it forwarded. */
    private String forwardedTo;
    private ServletRequest forwardedRequest;

    @BeforeEach
    void setUp() {
        when(regions.lookup()).thenReturn(new EverythingInTwente());
        when(csrfTokens.isValid(any())).thenReturn(true);
        servlet = new InitiativeConsoleServlet(repository, csrfTokens, regions, Clock.fixed(NOW, ZoneOffset.UTC));
        request = context.request();
        request.setMethod("POST");
        request.setLocale(java.util.Locale.forLanguageTag("nl-NL"));
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

    private void post() throws Exception {
        request.setParameterMap(parameters);
        servlet.doPost(request, response);
    }

    private void validInitiative() {
        parameters.put(":action", "save");
        parameters.put("name", "Techniekpact Twente");
        parameters.put("goal", "Meer jongeren kiezen voor techniek.");
        parameters.put("parties[0].name", "ROC van Twente");
        parameters.put("parties[0].kind", "mbo");
        parameters.put("parties[0].town", "Hengelo");
        parameters.put("parties[1].name", "");
        parameters.put("parties[1].kind", "");
        parameters.put("locations[0].label", "Campus");
        parameters.put("locations[0].town", "Enschede");
        parameters.put("locations[0].latitude", "52.22154");
        parameters.put("locations[0].longitude", "6.89312");
        parameters.put("status", "running");
        parameters.put("sectors", new String[] {"techniek", "ict"});
        parameters.put("funding", "regio-investeringsfonds, mbo-werkt");
    }

    private static Initiative stored(boolean published) {
        return Initiative.builder()
                .id(ID)
                .name("Techniekpact")
                .goal("Oud doel")
                .parties(List.of(new Party("ROC van Twente", PartyKind.MBO_INSTITUTION, "Hengelo")))
                .levels(java.util.Set.of(Level.MBO))
                .locations(List.of(new Location(null, "Enschede", 52.2, 6.9, null)))
                .regionCode("AM20")
                .published(published)
                .demo(true)
                .provenance(new Provenance("Oude bron", LocalDate.parse("2024-01-05"), "anna"))
                .build();
    }

    @Test
    void refusesARequestWithoutAValidCsrfTokenAndStoresNothing() throws Exception {
        when(csrfTokens.isValid(any())).thenReturn(false);
        validInitiative();

        post();

        assertEquals(403, response.getStatus());
        assertTrue(response.getContentType().startsWith("text/plain"));
        assertTrue(response.getOutputAsString().contains("formulier"), response.getOutputAsString());
        verifyNoInteractions(repository);
    }

    @Test
    void refusesAnUnknownAction() throws Exception {
        parameters.put(":action", "format-disk");

        post();

        assertEquals(400, response.getStatus());
        assertEquals("Onbekende actie.", response.getOutputAsString());
        verifyNoInteractions(repository);
    }

    @Test
    void refusesAMissingAction() throws Exception {
        post();

        assertEquals(400, response.getStatus());
        verifyNoInteractions(repository);
    }

    @Test
    void rendersTheFormAgainWithTheInputKeptWhenInvalid() throws Exception {
        validInitiative();
        parameters.put("name", "X");
        parameters.put("locations[0].latitude", "abc");
        parameters.put("source", "Gesprek met de projectleider");

        post();

        assertEquals(400, response.getStatus());
        assertEquals(ConsolePaths.FORM_PAGE_RESOURCE, forwardedTo);
        HttpServletRequest forwarded = (HttpServletRequest) forwardedRequest;
        assertEquals("GET", forwarded.getMethod());
        InitiativeForm form = assertInstanceOf(InitiativeForm.class, forwarded.getAttribute(ConsolePaths.ATTR_FORM));
        assertEquals("X", form.input().name());
        assertEquals("abc", form.input().locations().get(0).latitude());
        assertEquals("ROC van Twente", form.input().parties().get(0).name());
        assertEquals("Gesprek met de projectleider", form.source());
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) forwarded.getAttribute(ConsolePaths.ATTR_ERRORS);
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("name")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.field().equals("locations[0].latitude")), errors.toString());
        verify(repository, never()).save(any(), any());
    }

    @Test
    void rendersTheEditFormAgainForAnExistingInitiative() throws Exception {
        when(repository.find(any(), eq(ID))).thenReturn(Optional.of(stored(false)));
        validInitiative();
        parameters.put("id", ID);
        parameters.put("lastVerified", "1 maart");

        post();

        assertEquals(400, response.getStatus());
        assertEquals(ConsolePaths.FORM_PAGE_RESOURCE + "/var/samenwerkingskaart/initiatives/" + ID, forwardedTo);
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) forwardedRequest.getAttribute(ConsolePaths.ATTR_ERRORS);
        assertEquals(List.of(FieldError.of("lastVerified", ConsoleText.INVALID_DATE)), errors);
        verify(repository, never()).save(any(), any());
    }

    @Test
    void savesANewInitiativeAndRedirectsToTheList() throws Exception {
        validInitiative();

        post();

        ArgumentCaptor<Initiative> saved = ArgumentCaptor.forClass(Initiative.class);
        verify(repository).save(any(), saved.capture());
        Initiative initiative = saved.getValue();
        assertTrue(InitiativeIds.isValid(initiative.id()), initiative.id());
        assertTrue(initiative.id().startsWith("techniekpact-twente-"), initiative.id());
        assertEquals("Techniekpact Twente", initiative.name());
        assertEquals(1, initiative.parties().size());
        assertEquals("AM20", initiative.regionCode());
        assertEquals(List.of("techniek", "ict"), initiative.sectors());
        assertEquals(List.of("regio-investeringsfonds", "mbo-werkt"), initiative.funding());
        assertFalse(initiative.published());
        assertEquals(NOW, initiative.lastModified());
        assertEquals(303, response.getStatus());
        assertEquals(ConsolePaths.LIST_PAGE + "?notice=created", response.getHeader("Location"));
    }

    @Test
    void savingKeepsTheIdThePublishedStateAndTheDemoFlag() throws Exception {
        when(repository.find(any(), eq(ID))).thenReturn(Optional.of(stored(true)));
        validInitiative();
        parameters.put("id", ID);
        parameters.put("source", "Oude bron");
        parameters.put("lastVerified", "2024-01-05");

        post();

        ArgumentCaptor<Initiative> saved = ArgumentCaptor.forClass(Initiative.class);
        verify(repository).save(any(), saved.capture());
        Initiative initiative = saved.getValue();
        assertEquals(ID, initiative.id());
        assertEquals("Techniekpact Twente", initiative.name());
        assertTrue(initiative.published());
        assertTrue(initiative.demo());
        assertEquals(new Provenance("Oude bron", LocalDate.parse("2024-01-05"), "anna"), initiative.provenance());
        assertEquals(303, response.getStatus());
        assertEquals(ConsolePaths.LIST_PAGE + "?notice=saved", response.getHeader("Location"));
    }

    @Test
    void verifiedTodayRecordsTheDateAndTheResearcher() throws Exception {
        when(repository.find(any(), eq(ID))).thenReturn(Optional.of(stored(false)));
        validInitiative();
        parameters.put("id", ID);
        parameters.put("lastVerified", "2024-01-05");
        parameters.put("markVerified", "true");

        post();

        ArgumentCaptor<Initiative> saved = ArgumentCaptor.forClass(Initiative.class);
        verify(repository).save(any(), saved.capture());
        Provenance provenance = saved.getValue().provenance();
        assertEquals(LocalDate.parse("2025-06-02"), provenance.lastVerified());
        assertEquals(request.getResourceResolver().getUserID(), provenance.verifiedBy());
    }

    @Test
    void savingAnInitiativeThatIsGoneRedirectsWithANotice() throws Exception {
        when(repository.find(any(), eq(ID))).thenReturn(Optional.empty());
        validInitiative();
        parameters.put("id", ID);

        post();

        assertEquals(303, response.getStatus());
        assertEquals(ConsolePaths.LIST_PAGE + "?notice=notfound", response.getHeader("Location"));
        verify(repository, never()).save(any(), any());
    }

    @Test
    void refusesAMalformedId() throws Exception {
        validInitiative();
        parameters.put("id", "../../etc/passwd");

        post();

        assertEquals(400, response.getStatus());
        verifyNoInteractions(repository);
    }

    @Test
    void aResearcherWithoutWriteAccessGetsA403() throws Exception {
        validInitiative();
        when(repository.save(any(), any())).thenThrow(
                new PersistenceException("Unable to commit", new AccessDeniedException("OakAccess0000: Access denied")));

        post();

        assertEquals(403, response.getStatus());
        assertEquals("U hebt geen rechten om initiatieven te wijzigen.", response.getOutputAsString());
    }

    @Test
    void anotherStorageFailureIsA500WithAPlainMessage() throws Exception {
        validInitiative();
        when(repository.save(any(), any())).thenThrow(new PersistenceException("disk full"));

        post();

        assertEquals(500, response.getStatus());
        assertTrue(response.getOutputAsString().startsWith("Het opslaan is mislukt"));
    }

    @Test
    void publishesAndReturnsToTheSameViewOfTheList() throws Exception {
        when(repository.setPublished(any(), eq(ID), eq(true))).thenReturn(true);
        parameters.put(":action", "publish");
        parameters.put("id", ID);
        parameters.put(":return", "q=twente&region=AM20&page=3&evil=https%3A%2F%2Fexample.org");

        post();

        verify(repository).setPublished(any(), eq(ID), eq(true));
        assertEquals(303, response.getStatus());
        assertEquals(ConsolePaths.LIST_PAGE + "?notice=published&q=twente&region=AM20&page=3",
                response.getHeader("Location"));
    }

    @Test
    void unpublishes() throws Exception {
        when(repository.setPublished(any(), eq(ID), eq(false))).thenReturn(true);
        parameters.put(":action", "unpublish");
        parameters.put("id", ID);

        post();

        verify(repository).setPublished(any(), eq(ID), eq(false));
        assertEquals(ConsolePaths.LIST_PAGE + "?notice=unpublished", response.getHeader("Location"));
    }

    @Test
    void publishingAMissingInitiativeSaysSo() throws Exception {
        when(repository.setPublished(any(), anyString(), anyBoolean())).thenReturn(false);
        parameters.put(":action", "publish");
        parameters.put("id", ID);

        post();

        assertEquals(ConsolePaths.LIST_PAGE + "?notice=notfound", response.getHeader("Location"));
    }

    @Test
    void deletes() throws Exception {
        when(repository.delete(any(), eq(ID))).thenReturn(true);
        parameters.put(":action", "delete");
        parameters.put("id", ID);

        post();

        verify(repository).delete(any(), eq(ID));
        assertEquals(303, response.getStatus());
        assertEquals(ConsolePaths.LIST_PAGE + "?notice=deleted", response.getHeader("Location"));
    }

    @Test
    void answersInEnglishWhenAskedFor() throws Exception {
        request.setLocale(java.util.Locale.ENGLISH);
        parameters.put(":action", "nothing");

        post();

        assertEquals("Unknown action.", response.getOutputAsString());
    }

    @Test
    void recognisesAccessDeniedInTheCauseChain() {
        assertTrue(InitiativeConsoleServlet.isAccessDenied(
                new PersistenceException("x", new RuntimeException(new AccessDeniedException("denied")))));
        assertFalse(InitiativeConsoleServlet.isAccessDenied(new PersistenceException("x")));
        assertNotNull(ConsolePaths.idFromSuffix("/var/samenwerkingskaart/initiatives/" + ID));
    }

    /** Every point lies in Twente and Overijssel; codes are looked up among those two. */
    private static final class EverythingInTwente implements RegionLookup {
        @Override
        public Optional<Region> labourMarketRegionAt(double latitude, double longitude) {
            return Optional.of(TWENTE);
        }

        @Override
        public Optional<Region> provinceAt(double latitude, double longitude) {
            return Optional.of(OVERIJSSEL);
        }

        @Override
        public Optional<Region> byCode(String code) {
            return java.util.stream.Stream.of(TWENTE, OVERIJSSEL).filter(r -> r.code().equals(code)).findFirst();
        }
    }

    // The researchers' editor and the gazetteer

    private void withGazetteer() {
        servlet = new InitiativeConsoleServlet(repository, csrfTokens, regions, Clock.fixed(NOW, ZoneOffset.UTC),
                nl.samenwerkingskaart.initiatives.domain.geo.ShippedGazetteer.load());
    }

    @Test
    void aLocationWithOnlyATownIsSavedWithTheTownsCoordinates() throws Exception {
        withGazetteer();
        validInitiative();
        parameters.put("locations[0].town", "'s-Hertogenbosch");
        parameters.put("locations[0].latitude", "");
        parameters.put("locations[0].longitude", "");

        post();

        ArgumentCaptor<Initiative> saved = ArgumentCaptor.forClass(Initiative.class);
        verify(repository).save(any(), saved.capture());
        assertEquals(51.69917, saved.getValue().locations().get(0).latitude(), 1e-9);
        assertEquals(5.30417, saved.getValue().locations().get(0).longitude(), 1e-9);
        assertEquals(303, response.getStatus());
    }

    @Test
    void anAmbiguousTownWithoutCoordinatesRendersTheFormAgainWithTheChoices() throws Exception {
        withGazetteer();
        validInitiative();
        parameters.put("locations[0].town", "Hengelo");
        parameters.put("locations[0].latitude", "");
        parameters.put("locations[0].longitude", "");

        post();

        assertEquals(400, response.getStatus());
        @SuppressWarnings("unchecked")
        List<FieldError> errors = (List<FieldError>) forwardedRequest.getAttribute(ConsolePaths.ATTR_ERRORS);
        assertEquals(List.of(FieldError.of("locations[0].town",
                nl.samenwerkingskaart.initiatives.domain.geo.TownCoordinates.AMBIGUOUS_TOWN, "Hengelo",
                "Hengelo (Gelderland); Hengelo (Overijssel)")), errors);
        verify(repository, never()).save(any(), any());
    }
}
