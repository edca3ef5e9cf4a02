package nl.samenwerkingskaart.initiatives.web.console;

import java.util.Locale;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.ValidationMessages;
import org.apache.sling.api.SlingHttpServletResponse;
import nl.samenwerkingskaart.initiatives.moderation.SubmissionModeration;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.sling.api.SlingHttpServletRequest;

/**
 * The few console texts produced in Java (plain-text refusals, and messages for the provenance fields, which the
 * domain's validator does not know). They come from the console's i18n dictionaries like every other text; the
 * built-in Dutch and English texts only stand in when a dictionary is not installed, so a refusal is never a bare
 * key.
 */
public final class ConsoleText {

    static final String CSRF = "swk.console.error.csrf";
    static final String FORBIDDEN = "swk.console.error.forbidden";
    static final String FAILED = "swk.console.error.failed";
    static final String UNKNOWN_ACTION = "swk.console.error.action";
    static final String BAD_ID = "swk.console.error.id";
    static final String BAD_REFERENCE = "swk.console.error.reference";
    static final String NOT_FOUND_SUBMISSION = "swk.console.error.submissionNotFound";
    static final String FORBIDDEN_MODERATION = "swk.console.error.forbiddenModeration";
    public static final String INVALID_DATE = "swk.console.validation.invalidDate";
    public static final String FUTURE_DATE = "swk.console.validation.futureDate";
    public static final String SOURCE_TOO_LONG = "swk.console.validation.sourceTooLong";

    private static final Map<String, String> DUTCH = Map.ofEntries(
            Map.entry(BAD_REFERENCE, "Ongeldig referentienummer."),
            Map.entry(NOT_FOUND_SUBMISSION, "Deze melding bestaat niet (meer), of u mag haar niet zien."),
            Map.entry(FORBIDDEN_MODERATION, "U hebt geen rechten om meldingen te beoordelen."),
            Map.entry(SubmissionModeration.NO_FIELDS, "Kies ten minste één voorgesteld veld om over te nemen."),
            Map.entry(CSRF, "Het formulier is verlopen of niet van deze site afkomstig. Open de pagina opnieuw en probeer het nog eens."),
            Map.entry(FORBIDDEN, "U hebt geen rechten om initiatieven te wijzigen."),
            Map.entry(FAILED, "Het opslaan is mislukt. Probeer het later opnieuw."),
            Map.entry(UNKNOWN_ACTION, "Onbekende actie."),
            Map.entry(BAD_ID, "Ongeldig initiatief-id."),
            Map.entry(INVALID_DATE, "Laatst gecontroleerd: vul een datum in als jjjj-mm-dd, bijvoorbeeld 2025-03-01."),
            Map.entry(FUTURE_DATE, "Laatst gecontroleerd: de datum kan niet in de toekomst liggen."),
            Map.entry(SOURCE_TOO_LONG, "Bron: hoogstens 500 tekens."));
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry(BAD_REFERENCE, "Invalid reference number."),
            Map.entry(NOT_FOUND_SUBMISSION, "This submission does not exist (any more), or you may not see it."),
            Map.entry(FORBIDDEN_MODERATION, "You do not have permission to moderate submissions."),
            Map.entry(SubmissionModeration.NO_FIELDS, "Choose at least one proposed field to take over."),
            Map.entry(CSRF, "The form has expired or did not come from this site. Open the page again and retry."),
            Map.entry(FORBIDDEN, "You do not have permission to change initiatives."),
            Map.entry(FAILED, "Saving failed. Please try again later."),
            Map.entry(UNKNOWN_ACTION, "Unknown action."),
            Map.entry(BAD_ID, "Invalid initiative id."),
            Map.entry(INVALID_DATE, "Last verified: enter a date as yyyy-mm-dd, for example 2025-03-01."),
            Map.entry(FUTURE_DATE, "Last verified: the date cannot be in the future."),
            Map.entry(SOURCE_TOO_LONG, "Source: at most 500 characters."));

    private ConsoleText() {}

    public static String get(SlingHttpServletRequest request, String key) {
        return fromDictionary(request, key).orElseGet(() -> fallback(key, locale(request)));
    }

    /** The text of the key in the request's language from the i18n dictionaries; empty when none has it. */
    static java.util.Optional<String> fromDictionary(SlingHttpServletRequest request, String key) {
        try {
            ResourceBundle bundle = request.getResourceBundle(locale(request));
            if (bundle != null) {
                String text = bundle.getString(key);
                if (text != null && !text.isEmpty() && !text.equals(key)) {
                    return java.util.Optional.of(text);
                }
            }
        } catch (MissingResourceException e) {
            // the caller's built-in text
        }
        return java.util.Optional.empty();
    }

    /**
     * A validation error as the console shows it: the console's own codes ({@code swk.console.*}) from its
     * dictionaries, the rest from the message bundles, the first bundle that knows a text winning.
     */
    public static String message(SlingHttpServletRequest request, FieldError error, List<String> bundles) {
        return error.code().startsWith("swk.console.")
                ? get(request, error.code())
                : ValidationMessages.text(error, locale(request), bundles);
    }

    /** Answers a refused console request in plain text, in the user's language. */
    static void plain(SlingHttpServletRequest request, SlingHttpServletResponse response, int status, String key)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(get(request, key));
    }

    static String fallback(String key, Locale locale) {
        Map<String, String> texts = isEnglish(locale) ? ENGLISH : DUTCH;
        return texts.getOrDefault(key, key);
    }

    /** Dutch unless the request asks for English: the product's language is Dutch. */
    public static Locale locale(SlingHttpServletRequest request) {
        Locale locale = request.getLocale();
        return isEnglish(locale) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
