package nl.samenwerkingskaart.portraits.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the portraits bundle for people: validation messages, review-round messages and mails, in Dutch
 * (the default) and English. A missing key shows as itself rather than failing the page.
 */
public final class PortraitMessages {

    private static final String BUNDLE = "nl.samenwerkingskaart.portraits.PortraitMessages";

    private PortraitMessages() {}

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(arguments);
    }

    public static String text(Locale locale, FieldProblem problem) {
        return text(locale, problem.key(), problem.arguments().toArray());
    }

    /** English for English, Dutch for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
    }

    /** The language tag of {@link #supported}: {@code en} or {@code nl}. */
    public static String languageTag(Locale locale) {
        return supported(locale) == Locale.ENGLISH ? "en" : "nl";
    }

    /** Every text of a language by key, with {@code \\n} as line breaks; for scripts that show many. */
    public static Map<String, String> all(Locale locale, String keyPrefix) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith(keyPrefix)) {
                texts.put(key, bundle.getString(key));
            }
        }
        return texts;
    }

    static List<String> keys() {
        return List.copyOf(ResourceBundle.getBundle(BUNDLE, Locale.ROOT).keySet());
    }
}
