package nl.samenwerkingskaart.portraits.service;

import java.util.List;
import nl.samenwerkingskaart.portraits.domain.FieldProblem;

/**
 * What an editor's action came to: done, or refused with a message key of PortraitMessages (and, for publishing,
 * the fields that stop it).
 */
public record ActionOutcome(boolean done, String messageKey, List<FieldProblem> problems) {

    public ActionOutcome {
        problems = List.copyOf(problems);
    }

    public static ActionOutcome done(String messageKey) {
        return new ActionOutcome(true, messageKey, List.of());
    }

    public static ActionOutcome refused(String messageKey) {
        return new ActionOutcome(false, messageKey, List.of());
    }

    public static ActionOutcome refused(String messageKey, List<FieldProblem> problems) {
        return new ActionOutcome(false, messageKey, problems);
    }
}
