package nl.samenwerkingskaart.initiatives.submission.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts of the submission e-mails, in Dutch (the default) and English: the defaults from
 * {@code SubmissionMailTexts.properties} and {@code SubmissionMailTexts_en.properties}, each replaceable by an
 * operator's own text (OSGi configuration).
 *
 * <p>Keys are {@code <type>.subject} and {@code <type>.body} per {@link SubmissionMailType} (e.g.
 * {@code rejected.body}), and {@code kind.<code>} for the kinds of submission. An override is keyed by the same key
 * plus the language, {@code rejected.body.en}; a blank override means "use the default". Because a one-line
 * configuration field cannot hold a line break, the two characters {@code \n} in an override stand for one.
 */
public final class MailTexts {

    static final String BUNDLE = "nl.samenwerkingskaart.initiatives.submission.mail.SubmissionMailTexts";

    /** The languages mails are written in; the first is used for every other language. */
    public static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Map<String, String> overrides;

    private MailTexts(Map<String, String> overrides) {
        this.overrides = overrides;
    }

    /** Only the built-in texts. */
    public static MailTexts defaults() {
        return new MailTexts(Map.of());
    }

    /**
     * The built-in texts with these replaced.
     *
     * @param overrides texts by key and language, e.g. {@code receipt.subject.nl}; null and blank values are ignored
     */
    public static MailTexts withOverrides(Map<String, String> overrides) {
        Map<String, String> kept = new HashMap<>();
        overrides.forEach((key, text) -> {
            if (key != null && text != null && !text.isBlank()) {
                kept.put(key, text.replace("\\n", "\n"));
            }
        });
        return new MailTexts(Map.copyOf(kept));
    }

    /** Dutch unless English is asked for: the same choice as the submission endpoint's answers. */
    public static Locale language(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? LANGUAGES.get(1) : LANGUAGES.get(0);
    }

    /** The text for this key in this language (see {@link #language}): the operator's, else the built-in one. */
    public String text(String key, Locale requested) {
        Objects.requireNonNull(key, "key");
        Locale language = language(requested);
        String override = overrides.get(key + "." + language.getLanguage());
        if (override != null) {
            return override;
        }
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language.getLanguage().equals("nl")
                ? Locale.ROOT : language, MailTexts.class.getClassLoader(), NO_FALLBACK);
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No mail text " + key, e);
        }
    }
}
