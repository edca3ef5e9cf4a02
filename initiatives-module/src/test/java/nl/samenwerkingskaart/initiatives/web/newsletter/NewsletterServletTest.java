package nl.samenwerkingskaart.initiatives.web.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.newsletter.SignupForm;
import nl.samenwerkingskaart.initiatives.newsletter.service.NewsletterDesk;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockRequestPathInfo;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The signup's checks in their order, with the desk and the CSRF tokens stubbed: who gets through, who not. */
@ExtendWith(SlingContextExtension.class)
class NewsletterServletTest {

    private final SlingContext context = new SlingContext();
    private final NewsletterDesk desk = mock(NewsletterDesk.class);
    private final CsrfProtection csrf = mock(CsrfProtection.class);
    private NewsletterServlet servlet;

    @BeforeEach
    void setUp() {
        when(desk.limits()).thenReturn(new NewsletterDesk.Limits(Duration.ofDays(7), Duration.ofMinutes(10), 2,
                Duration.ofMinutes(10), 8_192, ""));
        when(csrf.isValid(any())).thenReturn(true);
        servlet = new NewsletterServlet(desk, csrf);
    }

    @Test
    void aValidSignupIsHandedToTheDeskAndAnswered202InDutch() throws Exception {
        MockSlingHttpServletResponse response = post(form("anja@example.nl"), "application/x-www-form-urlencoded");
        assertEquals(202, response.getStatus());
        assertTrue(response.getOutputAsString().contains("Bijna klaar"), response.getOutputAsString());
        assertEquals("private, no-store", response.getHeader("Cache-Control"));
        verify(desk).signup(any(SignupForm.class), any(Locale.class), anyString());
    }

    @Test
    void englishWhenTheBrowserPrefersIt() throws Exception {
        MockSlingHttpServletRequest request = request(form("anne@example.com"), "application/x-www-form-urlencoded");
        request.setHeader("Accept-Language", "en-GB,en;q=0.9,nl;q=0.3");
        MockSlingHttpServletResponse response = context.response();
        servlet.doPost(request, response);
        assertTrue(response.getOutputAsString().contains("Almost done"), response.getOutputAsString());
    }

    @Test
    void onlyFormEncodedBodiesAreRead() throws Exception {
        for (String type : new String[] {"application/json", "multipart/form-data; boundary=x", "text/plain", null}) {
            MockSlingHttpServletResponse response = post(form("anja@example.nl"), type);
            assertEquals(415, response.getStatus(), String.valueOf(type));
            assertTrue(response.getOutputAsString().contains("application/x-www-form-urlencoded"));
        }
        verify(desk, never()).signup(any(), any(), any());
    }

    @Test
    void aBodyOverTheLimitIsRefused() throws Exception {
        Map<String, Object> big = form("anja@example.nl");
        big.put("name", "x".repeat(9_000));
        assertEquals(413, post(big, "application/x-www-form-urlencoded").getStatus());
        verify(desk, never()).signup(any(), any(), any());
    }

    @Test
    void withoutAValidFormTokenNothingIsStored() throws Exception {
        when(csrf.isValid(any())).thenReturn(false);
        MockSlingHttpServletResponse response = post(form("anja@example.nl"), "application/x-www-form-urlencoded");
        assertEquals(403, response.getStatus());
        assertTrue(response.getOutputAsString().contains("verlopen"), response.getOutputAsString());
        verify(desk, never()).signup(any(), any(), any());
    }

    @Test
    void anInvalidAddressIsNamedAtItsField() throws Exception {
        MockSlingHttpServletResponse response = post(form("geen-adres"), "application/x-www-form-urlencoded");
        assertEquals(400, response.getStatus());
        assertTrue(response.getOutputAsString().contains("\"field\":\"email\""), response.getOutputAsString());
        verify(desk, never()).signup(any(), any(), any());
    }

    @Test
    void overTheRateLimitIsRefusedWith429AndRetryAfter() throws Exception {
        assertEquals(202, post(form("a@example.nl"), "application/x-www-form-urlencoded").getStatus());
        assertEquals(202, post(form("b@example.nl"), "application/x-www-form-urlencoded").getStatus());
        MockSlingHttpServletResponse third = post(form("c@example.nl"), "application/x-www-form-urlencoded");
        assertEquals(429, third.getStatus());
        assertEquals("600", third.getHeader("Retry-After"));
        assertTrue(third.getOutputAsString().contains("10 minuten"), third.getOutputAsString());
        verify(desk, times(2)).signup(any(), any(), any());
    }

    @Test
    void aLinkWithoutPurposeOrTokenIsNotFound() throws Exception {
        for (String[] path : new String[][] {{"json", "confirm"}, {"html", "unknown"}, {"html", null}}) {
            MockSlingHttpServletRequest request = context.request();
            MockRequestPathInfo info = (MockRequestPathInfo) request.getRequestPathInfo();
            info.setExtension(path[0]);
            info.setSelectorString(path[1]);
            info.setSuffix("/" + "A".repeat(43));
            MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
            servlet.doGet(request, response);
            assertEquals(404, response.getStatus(), String.join(".", String.valueOf(path[1]), path[0]));
        }
        verify(desk, never()).open(any(), any());
    }

    private static Map<String, Object> form(String email) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put(CsrfProtection.PARAMETER, "token");
        form.put("email", email);
        form.put("name", "Anja");
        form.put("homepage", "");
        return form;
    }

    private MockSlingHttpServletResponse post(Map<String, Object> parameters, String contentType) throws Exception {
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        servlet.doPost(request(parameters, contentType), response);
        return response;
    }

    private MockSlingHttpServletRequest request(Map<String, Object> parameters, String contentType) {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(),
                context.bundleContext());
        request.setMethod("POST");
        request.setParameterMap(parameters);
        if (contentType != null) {
            request.setContentType(contentType);
        }
        request.setRemoteAddr("192.0.2.1");
        return request;
    }
}
