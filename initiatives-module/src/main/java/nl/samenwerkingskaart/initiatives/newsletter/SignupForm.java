package nl.samenwerkingskaart.initiatives.newsletter;

import java.util.ArrayList;
import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.InputText;
import nl.samenwerkingskaart.initiatives.submission.EmailAddress;

/**
 * What a visitor typed into the newsletter form, and its checks: an e-mail address (required, one plausible
 * mailbox), an optional name (one line, at most {@link #MAX_NAME} characters), and the honeypot, which people leave
 * empty because they do not see it.
 */
public record SignupForm(String email, String name, String honeypot) {

    public static final String EMAIL = "email";
    public static final String NAME = "name";
    /** The honeypot's field name: a tempting one, hidden from people by the form's CSS and ARIA. */
    public static final String HONEYPOT = "homepage";
    public static final int MAX_NAME = 100;

    /** A field and the key of its message in {@link NewsletterTexts}. */
    public record Problem(String field, String messageKey) {}

    /** The address as stored: stripped. */
    public String cleanEmail() {
        return email == null ? "" : email.strip();
    }

    /** The name as stored: trimmed, null when empty. */
    public String cleanName() {
        String trimmed = name == null ? null : InputText.trim(name);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    /** A robot filled in the field people cannot see. */
    public boolean isRobot() {
        return honeypot != null && !honeypot.isEmpty();
    }

    /** The problems, in the form's order; empty when the form may be taken. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        String address = cleanEmail();
        if (address.isEmpty()) {
            problems.add(new Problem(EMAIL, "error.email.missing"));
        } else if (address.length() > EmailAddress.MAX_LENGTH || !EmailAddress.isPlausible(address)) {
            problems.add(new Problem(EMAIL, "error.email.invalid"));
        }
        String cleanName = cleanName();
        if (cleanName != null) {
            if (InputText.hasControlCharacter(cleanName, "")) {
                problems.add(new Problem(NAME, "error.name.invalid"));
            } else if (InputText.length(cleanName) > MAX_NAME) {
                problems.add(new Problem(NAME, "error.name.tooLong"));
            }
        }
        return problems;
    }
}
