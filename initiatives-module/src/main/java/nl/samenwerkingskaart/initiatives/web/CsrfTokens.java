package nl.samenwerkingskaart.initiatives.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.security.SignedTokens;
import org.apache.sling.api.SlingHttpServletRequest;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * CSRF protection for our state-changing requests: forms carry a token bound to the signed-in user, and servlets
 * refuse requests whose token is missing, forged, expired or issued to someone else. Sling's referrer filter stays
 * in place as a second line.
 */
@Component(service = {CsrfTokens.class, CsrfProtection.class})
public class CsrfTokens implements CsrfProtection {

    /** The name of the form field that carries the token. */
    public static final String PARAMETER = CsrfProtection.PARAMETER;

    private static final Duration LIFETIME = Duration.ofHours(8);

    private SignedTokens tokens;

    @Activate
    void activate() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        tokens = new SignedTokens(secret, LIFETIME, Clock.systemUTC());
    }

    @Override
    public String tokenFor(SlingHttpServletRequest request) {
        return tokens.issue(subject(request));
    }

    @Override
    public boolean isValid(SlingHttpServletRequest request) {
        return tokens.verify(subject(request), request.getParameter(PARAMETER));
    }

    private static String subject(SlingHttpServletRequest request) {
        return String.valueOf(request.getResourceResolver().getUserID());
    }
}
