package nl.samenwerkingskaart.initiatives.web.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.InitiativeValidator;
import nl.samenwerkingskaart.initiatives.submission.SubmissionMessages;
import nl.samenwerkingskaart.initiatives.submission.SubmissionValidator;

/**
 * The texts of the submission form script's checks, made by the server's own message engine so that a message reads
 * the same whether the browser or the server found the problem.
 */
final class ClientMessages {

    /** A row number no form reaches (below 1,000: no digit grouping); the script puts {n} in its place. */
    private static final int SENTINEL_INDEX = 996;
    private static final String SENTINEL_NUMBER = "997";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClientMessages() {}

    /**
     * The messages the script shows when it checks the form before sending, made by the same message engine as the
     * server's, in the page's language. Keys are {@code <form field>.<code>}; {@code {n}} stands for a row number
     * and {@code {0}} for the start year.
     */
    static String json(Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        int nameMin = InitiativeValidator.NAME_MIN;
        int nameMax = InitiativeValidator.NAME_MAX;
        message(locale, messages, "name", "name", FieldError.REQUIRED, nameMin, nameMax);
        message(locale, messages, "name", "name", FieldError.TOO_SHORT, nameMin, nameMax);
        message(locale, messages, "goal", "goal", FieldError.REQUIRED, 0, InitiativeValidator.GOAL_MAX);
        message(locale, messages, "website", "website", FieldError.NOT_A_URL);
        message(locale, messages, "startYear", "startYear", FieldError.INVALID_YEAR, 1950, 2100);
        message(locale, messages, "endYear", "endYear", FieldError.INVALID_YEAR, 1950, 2100);
        message(locale, messages, "endYear", "endYear", FieldError.END_BEFORE_START, Integer.parseInt(SENTINEL_NUMBER));
        message(locale, messages, "parties", "parties", FieldError.AT_LEAST_ONE);
        message(locale, messages, "parties[].name", "parties[" + SENTINEL_INDEX + "].name", FieldError.REQUIRED);
        message(locale, messages, "parties[].kind", "parties[" + SENTINEL_INDEX + "].kind", FieldError.REQUIRED);
        message(locale, messages, "locations", "locations", FieldError.AT_LEAST_ONE);
        for (String axis : List.of("latitude", "longitude")) {
            String field = "locations[" + SENTINEL_INDEX + "]." + axis;
            message(locale, messages, "locations[]." + axis, field, FieldError.REQUIRED);
            message(locale, messages, "locations[]." + axis, field, FieldError.NOT_A_NUMBER);
        }
        int submitterMin = SubmissionValidator.SUBMITTER_NAME_MIN;
        int submitterMax = SubmissionValidator.SUBMITTER_TEXT_MAX;
        message(locale, messages, "submitterName", "submitter.name", FieldError.REQUIRED, submitterMin, submitterMax);
        message(locale, messages, "submitterName", "submitter.name", FieldError.TOO_SHORT, submitterMin, submitterMax);
        message(locale, messages, "submitterEmail", "submitter.email", FieldError.REQUIRED);
        message(locale, messages, "submitterEmail", "submitter.email", SubmissionValidator.INVALID_EMAIL);
        message(locale, messages, "consent", "consent", SubmissionValidator.CONSENT_REQUIRED);
        try {
            return JSON.writeValueAsString(messages);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("messages not serialisable", e);
        }
    }

    private static void message(Locale locale, Map<String, String> messages, String key, String field, String code, Object... args) {
        String text = SubmissionMessages.text(FieldError.of(field, code, args), locale);
        messages.put(key + "." + code, text.replace(SENTINEL_NUMBER, code.equals(FieldError.END_BEFORE_START)
                ? "{0}" : "{n}"));
    }
}
