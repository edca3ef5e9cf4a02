package nl.samenwerkingskaart.initiatives.api;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javax.servlet.jsp.jstl.core.Config;
import javax.servlet.jsp.jstl.fmt.LocalizationContext;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;

/**
 * The language of a page: the {@code jcr:language} of its nearest ancestor that has one (a Sling CMS site does).
 * Sling CMS sets the language of a page's texts (fmt:message) in a request filter, from the requested resource's
 * site; a servlet that forwards to a page from a path outside any site must set it itself, or the page speaks the
 * browser's language.
 */
public final class SiteLanguage {

    private SiteLanguage() {}

    /** The page's language; Dutch when no ancestor says. */
    public static Locale of(Resource resource) {
        return declared(resource).orElse(Locale.forLanguageTag("nl"));
    }

    /** The language the nearest ancestor declares; empty outside a site. */
    public static Optional<Locale> declared(Resource resource) {
        for (Resource r = resource; r != null; r = r.getParent()) {
            String language = r.getValueMap().get("jcr:language", String.class);
            if (language != null && !language.isBlank()) {
                return Optional.of(Locale.forLanguageTag(language.strip().replace('_', '-')));
            }
        }
        return Optional.empty();
    }

    /** Makes the page at {@code path} speak its own language in this request, with the same dictionaries. */
    public static void applyTo(SlingHttpServletRequest request, String path) {
        Resource page = request.getResourceResolver().getResource(path);
        if (page == null) {
            return;
        }
        Locale locale = of(page);
        ResourceBundle bundle = request.getResourceBundle(locale);
        Config.set(request, Config.FMT_LOCALIZATION_CONTEXT, new LocalizationContext(bundle, locale));
    }
}
