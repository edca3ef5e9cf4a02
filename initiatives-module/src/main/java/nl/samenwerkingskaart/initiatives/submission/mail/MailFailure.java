package nl.samenwerkingskaart.initiatives.submission.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Describes why a mail could not be sent, for the log, without personal data: mail servers like to quote the
 * recipient in their refusal ({@code 550 <anja@example.nl>: mailbox unavailable}), so every address is masked. No
 * stack trace either: the messages in it are the same ones.
 */
public final class MailFailure {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"',;:()\\[\\]]+@[^\\s<>\"',;:()\\[\\]]+");
    private static final int MAX_CAUSES = 4;
    private static final int MAX_LENGTH = 500;

    private MailFailure() {}

    /** The failure and its causes: class names and messages, with addresses replaced by {@code <address>}. */
    public static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        Throwable t = failure;
        while (t != null && parts.size() < MAX_CAUSES) {
            String message = t.getMessage() == null ? "" : ": " + MailText.line(t.getMessage(), MAX_LENGTH);
            parts.add(t.getClass().getSimpleName() + ADDRESS.matcher(message).replaceAll("<address>"));
            t = t.getCause() == t ? null : t.getCause();
        }
        return String.join(" <- ", parts);
    }
}
