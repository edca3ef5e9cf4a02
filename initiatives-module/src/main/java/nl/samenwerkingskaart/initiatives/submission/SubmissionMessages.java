package nl.samenwerkingskaart.initiatives.submission;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
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

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private SubmissionMessages() {}

    public static String text(FieldError error, Locale locale) {
        ResourceBundle own = ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale,
                SubmissionMessages.class.getClassLoader(), NO_FALLBACK);
        String fieldKey = INDEX.matcher(error.field()).replaceAll("[]");
        boolean ownField = own.containsKey("field." + fieldKey)
                || own.containsKey("message." + fieldKey + "." + error.code());
        // An initiative field reads exactly as in the researchers' console; only submission fields use our texts.
        return ownField
                ? ValidationMessages.text(error, locale, List.of(BUNDLE, ValidationMessages.BUNDLE))
                : ValidationMessages.text(error, locale);
    }
}
