package nl.samenwerkingskaart.initiatives.web.models;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.FieldError;

/**
 * A refused form post that the submissions endpoint renders again on the form's page (the form without
 * JavaScript): what the visitor typed, what was wrong with it, and the key and token the form carries next. The
 * endpoint puts it in the request attribute {@link #ATTRIBUTE} before forwarding to the page; the form component
 * ({@link SubmissionForm}) shows it instead of a fresh form.
 *
 * @param formPath the resource path of the form component that was posted ({@code :swk-form}); null when unknown
 * @param values the posted parameters, raw
 * @param errors each refused field with the validator's error, in the order the validator found them
 * @param problem why the whole form was refused ({@link #EXPIRED}, {@link #TOO_LARGE}, {@link #TOO_MANY},
 *     {@link #UNAVAILABLE}); null when only fields were wrong
 * @param key the idempotency key the form carries next (the same one when it was well formed)
 * @param token a token for that key
 * @param tokenIssuedAtMillis when the token was issued
 */
public record SubmissionFormState(String formPath, Map<String, String[]> values, List<FieldProblem> errors,
        String problem, String key, String token, long tokenIssuedAtMillis) {

    public static final String ATTRIBUTE = "nl.samenwerkingskaart.submissions.formState";

    public static final String EXPIRED = "expired";
    public static final String TOO_LARGE = "tooLarge";
    public static final String TOO_MANY = "tooMany";
    public static final String UNAVAILABLE = "unavailable";

    public SubmissionFormState {
        values = values == null ? Map.of() : new LinkedHashMap<>(values);
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /**
     * One refused field.
     *
     * @param field the form's parameter name ({@code submitterEmail}, {@code parties[0].name})
     * @param error the validator's error, whose own field name picks the message text
     */
    public record FieldProblem(String field, FieldError error) {}
}
