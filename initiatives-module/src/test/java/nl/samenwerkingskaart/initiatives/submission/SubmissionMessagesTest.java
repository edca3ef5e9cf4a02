package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmissionMessagesTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "submitter.email | invalidEmail | E-mailadres: vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
            "consent | consentRequired | Toestemming: geef toestemming dat wij over deze melding contact met u opnemen. Zonder die toestemming kunnen wij uw melding niet in behandeling nemen.",
            "target | unknownInitiative | Initiatief: dit initiatief staat niet (meer) op de kaart. Open het formulier opnieuw vanaf het initiatief.",
            "kind | required | Soort melding: kies wat voor melding u doet.",
            "submitter.organisation | controlCharacters | Organisatie: hier staan onzichtbare besturingstekens in, bijvoorbeeld een enter. Typ de tekst opnieuw of plak hem zonder opmaak."})
    void speaksDutchByDefault(String field, String code, String expected) {
        assertEquals(expected, SubmissionMessages.text(FieldError.of(field, code), DUTCH));
        assertEquals(expected, SubmissionMessages.text(FieldError.of(field, code), Locale.GERMAN), "no fallback");
    }

    @Test
    void fillsInArgumentsWithGenericTextsFromTheInitiativeMessages() {
        assertEquals("Bericht aan de onderzoekers: gebruik hoogstens 4.000 tekens. Nu zijn het er 4.001.",
                SubmissionMessages.text(FieldError.of("message", FieldError.TOO_LONG, 4_000, 4_001), DUTCH));
        assertEquals("Uw naam: vul uw naam in van 2 tot 200 tekens.",
                SubmissionMessages.text(FieldError.of("submitter.name", FieldError.TOO_SHORT, 2, 200), DUTCH));
    }

    @Test
    void speaksEnglishWhenAsked() {
        assertEquals("E-mail address: enter a valid e-mail address, such as name@example.com.",
                SubmissionMessages.text(FieldError.of("submitter.email", SubmissionValidator.INVALID_EMAIL),
                        Locale.ENGLISH));
        assertEquals("Message to the researchers: use at most 4,000 characters. It is 4,001 now.",
                SubmissionMessages.text(FieldError.of("message", FieldError.TOO_LONG, 4_000, 4_001),
                        Locale.UK));
    }

    @Test
    void leavesInitiativeFieldsToTheInitiativeMessages() {
        assertEquals("Partij 2, soort organisatie: kies een soort organisatie uit de lijst.",
                SubmissionMessages.text(FieldError.of("parties[1].kind", FieldError.UNKNOWN_CODE), DUTCH));
        assertEquals("Partijen: vul hoogstens 50 organisaties in.",
                SubmissionMessages.text(FieldError.of("parties", FieldError.TOO_MANY, 50), DUTCH));
        assertEquals("Website: vul een volledig webadres in dat begint met https:// of http://, bijvoorbeeld "
                + "https://www.voorbeeld.nl.",
                SubmissionMessages.text(FieldError.of("website", FieldError.NOT_A_URL), DUTCH));
    }

    /** Every error the validator can produce on a submission field must read as a sentence, in both languages. */
    @Test
    void hasATextForEveryCodeOnEveryField() {
        List<FieldError> errors = List.of(
                FieldError.of("kind", FieldError.REQUIRED), FieldError.of("kind", FieldError.UNKNOWN_CODE),
                FieldError.of("target", FieldError.REQUIRED),
                FieldError.of("target", SubmissionValidator.UNKNOWN_INITIATIVE),
                FieldError.of("proposed", SubmissionValidator.NOTHING_PROPOSED),
                FieldError.of("message", FieldError.CONTROL_CHARACTERS),
                FieldError.of("submitter.name", FieldError.REQUIRED, 2, 200),
                FieldError.of("submitter.email", FieldError.REQUIRED),
                FieldError.of("submitter.email", FieldError.TOO_LONG, 254, 300),
                FieldError.of("submitter.role", FieldError.TOO_LONG, 200, 201),
                FieldError.of("consent", SubmissionValidator.CONSENT_REQUIRED),
                FieldError.of("locations", FieldError.TOO_MANY, 50));
        for (Locale locale : List.of(DUTCH, Locale.ENGLISH)) {
            for (FieldError error : errors) {
                String text = SubmissionMessages.text(error, locale);
                assertFalse(text.startsWith(error.field() + ":"), () -> "no label: " + text);
                assertFalse(text.contains("controleer wat u") || text.contains("please check what"),
                        () -> "generic text: " + text);
                assertFalse(text.contains("{"), () -> "unformatted: " + text);
            }
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws Exception {
        assertEquals(keys("SubmissionMessages.properties"), keys("SubmissionMessages_en.properties"));
    }

    private static List<String> keys(String resource) throws Exception {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                SubmissionMessages.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        List<String> keys = new ArrayList<>(properties.stringPropertyNames());
        keys.sort(null);
        return keys;
    }
}
