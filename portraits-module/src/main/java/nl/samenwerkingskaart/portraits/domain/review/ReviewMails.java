package nl.samenwerkingskaart.portraits.domain.review;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import nl.samenwerkingskaart.portraits.domain.PortraitMessages;

/**
 * The mails of a review round: the invitation with the personal link, and a reminder with the same link. Plain
 * text in the contact's language; the portrait's title and the contact's name are put on one line each.
 */
public final class ReviewMails {


    private ReviewMails() {}

    public static PlainMail invitation(Invitation invitation, String portraitTitle, String link) {
        return mail("mail.invitation", invitation, portraitTitle, link, "review invitation");
    }

    public static PlainMail reminder(Invitation invitation, String portraitTitle, String link) {
        return mail("mail.reminder", invitation, portraitTitle, link, "review reminder");
    }

    private static PlainMail mail(String kind, Invitation invitation, String title, String link, String label) {
        Locale language = invitation.language();
        String expires = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(language.getLanguage().equals("en") ? Locale.UK : Locale.forLanguageTag("nl-NL"))
                .format(ExpiryPolicy.lastDay(invitation.expiresAt()));
        String subject = PortraitMessages.text(language, kind + ".subject", line(title));
        String body = PortraitMessages.text(language, kind + ".body", line(invitation.name()), line(title), link,
                expires);
        return new PlainMail(invitation.email(), subject, body, language, label);
    }

    private static String line(String text) {
        String flat = text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }
}
