package nl.samenwerkingskaart.initiatives.submission;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.ValidationMessages;

/**
 * Turns a {@link FieldError} of a submission into a sentence, in Dutch unless English is asked for, in the same
 * form as {@link ValidationMessages}: "E-mailadres: vul een geldig e-mailadres in, zoals naam@voorbeeld.nl."
 *
 * <p>{@code SubmissionMessages.properties} holds only what submissions add (the submitter's fields, consent, the
 * target, and messages that read better for a visitor); every other text comes from the initiatives' own
 * messages, so a proposed initiative field reads exactly as it does in the researchers' console.
 */
public final class SubmissionMessages {

    static final String BUNDLE = "nl.samenwerkingskaart.initiatives.submission.SubmissionMessages";
    static final String INITIATIVE_BUNDLE = "nl.samenwerkingskaart.initiatives.domain.ValidationMessages";

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** Dutch is the default; without this a German browser would get the server's default language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private SubmissionMessages() {}

    public static String text(FieldError error, Locale locale) {
        Locale asked = locale == null ? Locale.ROOT : locale;
        ResourceBundle own = bundle(BUNDLE, asked);
        String fieldKey = INDEX.matcher(error.field()).replaceAll("[]");
        boolean ownField = find(own, "field." + fieldKey).isPresent()
                || find(own, "message." + fieldKey + "." + error.code()).isPresent();
        if (!ownField) {
            return ValidationMessages.text(error, locale);
        }
        ResourceBundle initiatives = bundle(INITIATIVE_BUNDLE, asked);
        Locale language = own.getLocale().getLanguage().isEmpty() ? Locale.forLanguageTag("nl") : own.getLocale();
        String label = find(own, "field." + fieldKey)
                .or(() -> find(initiatives, "field." + fieldKey))
                .map(pattern -> format(pattern, rowNumbers(error.field()), language))
                .orElse(error.field());
        String message = find(own, "message." + fieldKey + "." + error.code())
                .or(() -> find(own, "message." + error.code()))
                .or(() -> find(initiatives, "message." + error.code()))
                .orElseGet(() -> initiatives.getString("message.unknown"));
        return label + ": " + format(message, error.args(), language);
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, SubmissionMessages.class.getClassLoader(), NO_FALLBACK);
    }

    private static List<Object> rowNumbers(String field) {
        List<Object> rows = new ArrayList<>();
        Matcher index = INDEX.matcher(field);
        while (index.find()) {
            rows.add(Integer.parseInt(index.group(1)) + 1);
        }
        return rows;
    }

    private static Optional<String> find(ResourceBundle bundle, String key) {
        try {
            return Optional.of(bundle.getString(key));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String format(String pattern, List<Object> args, Locale locale) {
        return new MessageFormat(pattern, locale).format(args.toArray());
    }
}
