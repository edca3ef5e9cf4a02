package nl.samenwerkingskaart.initiatives.stillcurrent;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.samenwerkingskaart.initiatives.submission.mail.MailText;

/**
 * The mail that asks an initiative's contact whether what the map shows is still correct: one link to confirm it,
 * one to the submission form filled in for a correction. Dutch, or English when asked for. Texts in
 * {@code StillCurrentMailTexts*.properties}.
 *
 * @param subject one line
 * @param body plain text, lines separated by {@code \n}
 * @param language the language it is written in
 */
public record StillCurrentMail(String subject, String body, Locale language) {

    static final String BUNDLE = "nl.samenwerkingskaart.initiatives.stillcurrent.StillCurrentMailTexts";
    static final int NAME_MAX = 200;

    /** Dutch unless the language asked for is English. */
    public static Locale language(String code) {
        return code != null && code.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.forLanguageTag("nl");
    }

    /**
     * @param initiativeName the name as the map shows it
     * @param lastVerified when it was last checked; null when never
     * @param confirmUrl the absolute "still correct" link
     * @param correctionUrl the absolute link to the submission form filled in for a correction; null when the site
     *     has no form page
     * @param linkExpires the last day the confirmation link works
     */
    public static StillCurrentMail compose(Locale language, String initiativeName, LocalDate lastVerified,
            String confirmUrl, String correctionUrl, LocalDate linkExpires) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, language, StillCurrentMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language);
        String name = MailText.line(initiativeName, NAME_MAX);
        String verified = lastVerified == null ? texts.getString("neverVerified") : dates.format(lastVerified);
        String subject = MailText.line(format(texts.getString("subject"), language, name), 250);
        StringBuilder body = new StringBuilder();
        body.append(format(texts.getString("body.intro"), language, name, verified)).append("\n\n");
        body.append(format(texts.getString("body.confirm"), language, confirmUrl, dates.format(linkExpires)))
                .append("\n\n");
        if (correctionUrl != null) {
            body.append(format(texts.getString("body.correct"), language, correctionUrl)).append("\n\n");
        }
        body.append(texts.getString("body.closing"));
        return new StillCurrentMail(subject, body.toString(), language);
    }

    private static String format(String pattern, Locale language, Object... args) {
        return new MessageFormat(pattern, language).format(args);
    }
}
