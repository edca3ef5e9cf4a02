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
        for (Resource r = resource; r != null; r = r.getParent()) {
            String language = r.getValueMap().get("jcr:language", String.class);
            if (language != null && !language.isBlank()) {
                return Locale.forLanguageTag(language.trim().replace('_', '-'));
            }
        }
        return request.getLocale() != null ? request.getLocale() : Locale.forLanguageTag("nl");
    }
}
