package nl.samenwerkingskaart.portraits.web.models;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.i18n.ResourceBundleProvider;

/**
 * The language of a component's page: the {@code jcr:language} of the nearest ancestor that has one (a Sling CMS
 * site does), the locale Sling CMS gives the page's fmt:message; the request's locale outside a site. Dates and
 * numbers that the models format follow it, so a page never mixes languages.
 */
final class SiteLanguage {

    private final Locale locale;
    private final ResourceBundle bundle;

    private SiteLanguage(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    static SiteLanguage of(Resource resource, SlingHttpServletRequest request, ResourceBundleProvider bundles) {
        Locale locale = nl.samenwerkingskaart.initiatives.api.SiteLanguage.declared(resource)
                .orElse(request.getLocale() != null ? request.getLocale() : Locale.forLanguageTag("nl"));
        ResourceBundle bundle = bundles == null ? null : bundles.getResourceBundle(locale);
        if (bundle == null) {
            bundle = request.getResourceBundle(locale);
        }
        return new SiteLanguage(locale, bundle);
    }

    Locale locale() {
        return locale;
    }

    /** A date as the page's language writes it in full, e.g. "14 maart 2025". */
    String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** The translation of an English message key of our dictionaries, with {@code {0}} replaced. */
    String message(String key, String... arguments) {
        String text = key;
        try {
            if (bundle != null) {
                text = bundle.getString(key);
            }
        } catch (MissingResourceException e) {
            text = key;
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }
}
