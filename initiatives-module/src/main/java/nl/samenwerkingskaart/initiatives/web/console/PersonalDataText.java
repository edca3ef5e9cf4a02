package nl.samenwerkingskaart.initiatives.web.console;

import java.util.Locale;
import java.util.Map;
import org.apache.sling.api.SlingHttpServletRequest;

/**
 * The personal-data page's texts produced in Java, looked up in the console dictionaries like every other text;
 * the built-in Dutch and English texts stand in when a dictionary is not installed.
 */
public final class PersonalDataText {

    public static final String EMAIL_MISSING = "swk.console.personal.error.emailMissing";
    public static final String EMAIL_INVALID = "swk.console.personal.error.emailInvalid";
    static final String FORBIDDEN = "swk.console.personal.error.forbidden";
    static final String FAILED = "swk.console.personal.error.failed";

    private static final Map<String, String> DUTCH = Map.of(
            EMAIL_MISSING, "E-mailadres: vul het e-mailadres van de indiener in.",
            EMAIL_INVALID, "E-mailadres: vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.",
            FORBIDDEN, "U hebt geen toegang tot de gegevens van indieners.",
            FAILED, "Het wissen is mislukt; er is niets gewist. Probeer het later opnieuw.");
    private static final Map<String, String> ENGLISH = Map.of(
            EMAIL_MISSING, "E-mail address: enter the submitter's e-mail address.",
            EMAIL_INVALID, "E-mail address: enter a valid e-mail address, for example name@example.org.",
            FORBIDDEN, "You do not have access to submitters' data.",
            FAILED, "Erasing failed; nothing was erased. Please try again later.");

    private PersonalDataText() {}

    public static String get(SlingHttpServletRequest request, String key) {
        String text = ConsoleText.get(request, key);
        if (!text.equals(key)) {
            return text;
        }
        Locale locale = ConsoleText.locale(request);
        return (Locale.ENGLISH.equals(locale) ? ENGLISH : DUTCH).getOrDefault(key, key);
    }
}
