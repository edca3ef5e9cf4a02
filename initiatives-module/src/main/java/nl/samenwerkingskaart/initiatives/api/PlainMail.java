package nl.samenwerkingskaart.initiatives.api;

import java.util.Locale;
import java.util.Map;

/**
 * One plain-text mail.
 *
 * @param recipient one address
 * @param subject one line; line breaks are replaced by spaces
 * @param body the text, lines separated by {@code \n}
 * @param language the language it is written in (the Content-Language header)
 * @param label what it is, for log lines, e.g. "review invitation"; never personal data
 * @param headers extra headers; only {@link #LIST_UNSUBSCRIBE} and {@link #LIST_UNSUBSCRIBE_POST} are sent, others
 *     are ignored, so a caller cannot set From, To or anything that changes where the mail goes
 * @since 1.2
 */
public record PlainMail(String recipient, String subject, String body, Locale language, String label,
        Map<String, String> headers) {

    /** RFC 2369: where the recipient's mail program unsubscribes them, e.g. {@code <https://...>}. */
    public static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    /** RFC 8058: {@code List-Unsubscribe=One-Click}, the list's unsubscribe address takes a POST. */
    public static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";

    public PlainMail {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** A mail without extra headers. */
    public PlainMail(String recipient, String subject, String body, Locale language, String label) {
        this(recipient, subject, body, language, label, Map.of());
    }
}
