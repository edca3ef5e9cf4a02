package nl.samenwerkingskaart.initiatives.web.models;

import java.util.List;
import nl.samenwerkingskaart.initiatives.newsletter.SignupForm;

/**
 * A newsletter signup the endpoint refused, for the form on the page rendered again: what the visitor typed, a
 * message key per field ({@code NewsletterTexts}), and one for the whole form (expired, too many, ...).
 *
 * @param formPath the form component's resource path, so only that form on the page shows it
 */
public record NewsletterFormState(String formPath, String email, String name, List<SignupForm.Problem> problems,
        String problemKey, Object[] problemArguments) {

    public static final String ATTRIBUTE = NewsletterFormState.class.getName();

    public NewsletterFormState {
        problems = List.copyOf(problems);
        problemArguments = problemArguments == null ? new Object[0] : problemArguments.clone();
    }
}
