package nl.samenwerkingskaart.portraits.web.models;

import java.util.Map;
import nl.samenwerkingskaart.portraits.service.ActionOutcome;

/**
 * A refused console action, for the portrait's console page shown again: the outcome and, for an invitation, the
 * problems by field.
 */
public record ConsoleResult(ActionOutcome outcome, Map<String, String> fieldProblems) {

    public static final String ATTRIBUTE = "swkPortraitConsoleResult";

    public ConsoleResult {
        fieldProblems = Map.copyOf(fieldProblems);
    }
}
