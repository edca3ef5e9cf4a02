package nl.samenwerkingskaart.initiatives.api;

import org.apache.sling.api.SlingHttpServletRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * CSRF tokens for state-changing requests of signed-in users: a form carries {@link #PARAMETER}, bound to the user
 * who got it and valid for some hours.
 */
@ProviderType
public interface CsrfProtection {

    /** The name of the form field that carries the token. */
    String PARAMETER = ":swk-csrf";

    String tokenFor(SlingHttpServletRequest request);

    boolean isValid(SlingHttpServletRequest request);
}
