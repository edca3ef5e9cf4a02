package nl.samenwerkingskaart.initiatives.web.models;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.i18n.ResourceBundleProvider;

/** Texts of a component in its site's language, from the i18n dictionaries; the key itself when none has it. */
final class SiteMessages {

    private SiteMessages() {}

    /** The dictionary of a locale, asked directly: the request's own bundle follows the visitor's browser. */
    static ResourceBundle bundle(ResourceBundleProvider bundles, SlingHttpServletRequest request, Locale locale) {
        ResourceBundle bundle = bundles == null ? null : bundles.getResourceBundle(locale);
        return bundle != null ? bundle : request.getResourceBundle(locale);
    }

    static String message(ResourceBundle bundle, String key) {
        try {
            return bundle == null ? key : bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
