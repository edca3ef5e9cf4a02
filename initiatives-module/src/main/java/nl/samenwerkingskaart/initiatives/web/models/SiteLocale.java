package nl.samenwerkingskaart.initiatives.web.models;

import java.util.Locale;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;

/**
 * The language of a component's page: the {@code jcr:language} of the nearest ancestor that has one (a Sling CMS
 * site does), the same locale Sling CMS uses for the page's fmt:message; the request's locale when there is none.
 */
final class SiteLocale {

    private SiteLocale() {}

    static Locale of(Resource resource, SlingHttpServletRequest request) {
        return nl.samenwerkingskaart.initiatives.api.SiteLanguage.declared(resource)
                .orElse(request.getLocale() != null ? request.getLocale() : Locale.forLanguageTag("nl"));
    }
}
