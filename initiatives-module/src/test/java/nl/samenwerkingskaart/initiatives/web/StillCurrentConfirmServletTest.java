package nl.samenwerkingskaart.initiatives.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.stillcurrent.ConfirmationToken;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contact's "still correct" link with an outstanding request on a mock repository: the button records the
 * confirmation, and a POST without a valid CSRF token, with the id or token twice, or with a body over the limit
 * records nothing and leaves the link working (StillCurrentBadInputIT found each of them confirming).
 */
@ExtendWith(SlingContextExtension.class)
class StillCurrentConfirmServletTest {

    private static final String ID = "techniekpact-twente-k3f9q";
    private static final String OTHER_ID = "zorgacademie-zwolle-a1b2c";
    private static final String NODE = InitiativeRepository.DATA_ROOT + "/" + ID;

    private final SlingContext context = new SlingContext();
    private final CsrfProtection csrf = mock(CsrfProtection.class);
    private final String token = ConfirmationToken.newToken(new SecureRandom());
    private StillCurrentConfirmServlet servlet;

    @BeforeEach
    void setUp() {
        Calendar expires = Calendar.getInstance();
        expires.add(Calendar.DAY_OF_MONTH, 30);
        context.build().resource(NODE, "lastVerified", "2022-02-02", "verifiedBy", "onderzoeker",
                "verificationRequested", Calendar.getInstance(), "verificationRequestedBy", "onderzoeker",
                "verificationTokenHash", ConfirmationToken.hash(token), "verificationTokenExpires", expires).commit();
        Initiative initiative = mock(Initiative.class);
        when(initiative.name()).thenReturn("Techniekpact Twente");
        InitiativeRepository repository = mock(InitiativeRepository.class);
        when(repository.find(any(), eq(ID))).thenReturn(Optional.of(initiative));
        context.registerService(InitiativeRepository.class, repository);
        when(csrf.tokenFor(any())).thenReturn("1.fresh-form-token");
        when(csrf.isValid(any())).thenReturn(true);
        context.registerService(CsrfProtection.class, csrf);
        servlet = context.registerInjectActivateService(new StillCurrentConfirmServlet());
    }

    @Test
    void theQuestionCarriesAFormTokenAndChangesNothing() throws Exception {
        MockSlingHttpServletResponse response = get(Map.of("i", ID, "t", token));
        assertEquals(200, response.getStatus());
        assertTrue(response.getOutputAsString().contains("name=\":swk-csrf\" value=\"1.fresh-form-token\""),
                response.getOutputAsString());
        assertUnchanged();
    }

    @Test
    void theButtonRecordsTheConfirmationAndUsesUpTheLink() throws Exception {
        MockSlingHttpServletResponse response = post(Map.of("i", ID, "t", token, ":swk-csrf", "1.valid"));
        assertEquals(200, response.getStatus(), response.getOutputAsString());
        assertTrue(response.getOutputAsString().contains("data-swk-confirmed"));
        ValueMap stored = stored();
        assertEquals(LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString(), stored.get("lastVerified"));
        assertEquals("contact", stored.get("verifiedBy"));
        assertNull(stored.get("verificationTokenHash"));
    }

    @Test
    void withoutAValidFormTokenNothingIsRecordedAndTheQuestionComesAgain() throws Exception {
        when(csrf.isValid(any())).thenReturn(false);
        MockSlingHttpServletResponse response = post(Map.of("i", ID, "t", token));
        assertEquals(403, response.getStatus());
        assertTrue(response.getOutputAsString().contains("Het formulier was verlopen"), response.getOutputAsString());
        assertTrue(response.getOutputAsString().contains("value=\"1.fresh-form-token\""));
        assertUnchanged();
    }

    @Test
    void anIdOrTokenThatComesTwiceIsRefused() throws Exception {
        String junk = "A".repeat(43);
        for (Map<String, Object> twice : java.util.List.<Map<String, Object>>of(
                Map.of("i", ID, "t", new String[] {token, junk}),
                Map.of("i", ID, "t", new String[] {token, token}),
                Map.of("i", new String[] {ID, OTHER_ID}, "t", token))) {
            assertEquals(404, get(twice).getStatus());
            Map<String, Object> form = new LinkedHashMap<>(twice);
            form.put(":swk-csrf", "1.valid");
            assertEquals(404, post(form).getStatus());
        }
        assertUnchanged();
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        MockSlingHttpServletResponse response = post(Map.of("i", ID, "t", token, ":swk-csrf", "1.valid",
                "x", "y".repeat(StillCurrentConfirmServlet.MAX_BODY_BYTES)));
        assertEquals(413, response.getStatus());
        assertTrue(response.getOutputAsString().contains("te groot"));
        assertUnchanged();
    }

    private void assertUnchanged() {
        ValueMap stored = stored();
        assertEquals("2022-02-02", stored.get("lastVerified"));
        assertEquals("onderzoeker", stored.get("verifiedBy"));
        assertEquals(ConfirmationToken.hash(token), stored.get("verificationTokenHash"));
    }

    private ValueMap stored() {
        context.resourceResolver().refresh();
        return context.resourceResolver().getResource(NODE).getValueMap();
    }

    private MockSlingHttpServletResponse get(Map<String, Object> parameters) throws Exception {
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        servlet.doGet(request("GET", parameters), response);
        return response;
    }

    private MockSlingHttpServletResponse post(Map<String, Object> parameters) throws Exception {
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        servlet.doPost(request("POST", parameters), response);
        return response;
    }

    private MockSlingHttpServletRequest request(String method, Map<String, Object> parameters) {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(),
                context.bundleContext());
        request.setMethod(method);
        request.setParameterMap(parameters);
        return request;
    }
}
