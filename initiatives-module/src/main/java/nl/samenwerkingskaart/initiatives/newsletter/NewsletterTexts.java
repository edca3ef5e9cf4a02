package nl.samenwerkingskaart.initiatives.newsletter;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The newsletter's texts (form, pages, mails) from {@code NewsletterTexts.properties} (Dutch) and
 * {@code NewsletterTexts_en.properties}: Dutch unless the language is English.
 */
public final class NewsletterTexts {

    static final String BUNDLE = "nl.samenwerkingskaart.initiatives.newsletter.NewsletterTexts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NewsletterTexts() {}

    /** The two languages the newsletter speaks; anything else is Dutch. */
    public static Locale language(Locale wanted) {
        return wanted != null && "en".equals(wanted.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }

    public static String text(Locale language, String key, Object... arguments) {
        String pattern = bundle(language).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language(language)).format(arguments);
    }

    /** Every text whose key starts with {@code prefix}, the prefix taken off: for a page's script. */
    public static Map<String, String> all(Locale language, String prefix) {
        ResourceBundle bundle = bundle(language);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(prefix)) {
                texts.put(key.substring(prefix.length()), bundle.getString(key));
            }
        }
        return texts;
    }

    private static ResourceBundle bundle(Locale language) {
        Locale chosen = "en".equals(language(language).getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(BUNDLE, chosen, NewsletterTexts.class.getClassLoader(), NO_FALLBACK);
    }
}
