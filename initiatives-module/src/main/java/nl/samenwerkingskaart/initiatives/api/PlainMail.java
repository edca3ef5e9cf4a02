package nl.samenwerkingskaart.initiatives.api;

import java.util.Locale;

/**
 * One plain-text mail.
 *
 * @param recipient one address
 * @param subject one line; line breaks are replaced by spaces
 * @param body the text, lines separated by {@code \n}
 * @param language the language it is written in (the Content-Language header)
 * @param label what it is, for log lines, e.g. "review invitation"; never personal data
 */
public record PlainMail(String recipient, String subject, String body, Locale language, String label) {}
