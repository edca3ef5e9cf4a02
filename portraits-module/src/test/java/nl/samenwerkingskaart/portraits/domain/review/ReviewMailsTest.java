package nl.samenwerkingskaart.portraits.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import org.junit.jupiter.api.Test;

class ReviewMailsTest {

    private static final String LINK = "https://samenwerkingskaart.nl/bin/samenwerkingskaart/public/review.html/"
            + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";
    /** 00:30 on 12 December in Amsterdam, still the 11th in UTC. */
    private static final Instant EXPIRES = Instant.parse("2026-12-11T23:30:00Z");

    private static Invitation invitation(String name, Locale language) {
        return new Invitation("0f8fad5b-d9cb-469f-a165-70867728950e", "ab".repeat(32), "p1", name,
                "anja@example.nl", language, Instant.parse("2026-11-20T10:00:00Z"), "editor", EXPIRES, null, null,
                null);
    }

    private static void assertOneLine(String text) {
        assertFalse(text.contains("\n") || text.contains("\r") || text.contains("\u2028"), text);
    }

    @Test
    void theDutchInvitation() {
        PlainMail mail = ReviewMails.invitation(invitation("Anja de Boer", Locale.forLanguageTag("nl")),
                "Twente\nen\r\nAchterhoek", LINK);
        assertEquals("anja@example.nl", mail.recipient());
        assertEquals("nl", mail.language().getLanguage());
        assertEquals("review invitation", mail.label());
        assertOneLine(mail.subject());
        assertTrue(mail.subject().contains("Twente en Achterhoek"), mail.subject());
        assertTrue(mail.subject().startsWith("Uitnodiging"), mail.subject());
        assertTrue(mail.body().startsWith("Beste Anja de Boer,\n"), mail.body());
        assertTrue(mail.body().contains("\"Twente en Achterhoek\""), mail.body());
        assertTrue(mail.body().contains("\n" + LINK + "\n"), "the link on a line of its own: " + mail.body());
        assertTrue(mail.body().contains("12 december 2026"), mail.body());
        assertFalse(mail.body().contains("{"), mail.body());
    }

    @Test
    void theEnglishReminder() {
        PlainMail mail = ReviewMails.reminder(invitation("Anja\nde Boer", Locale.ENGLISH), "Twente", LINK);
        assertEquals(Locale.ENGLISH, mail.language());
        assertEquals("review reminder", mail.label());
        assertOneLine(mail.subject());
        assertTrue(mail.subject().contains("Twente"), mail.subject());
        assertFalse(mail.subject().contains("Herinnering"), mail.subject());
        assertTrue(mail.body().contains("Anja de Boer"), "the name on one line: " + mail.body());
        assertTrue(mail.body().contains(LINK), mail.body());
        assertTrue(mail.body().contains("12 December 2026"), mail.body());
        assertFalse(mail.body().contains("{"), mail.body());
    }

    @Test
    void theDutchReminderSaysTheOldLinkStopped() {
        PlainMail mail = ReviewMails.reminder(invitation("Anja", Locale.forLanguageTag("nl")), "Twente", LINK);
        assertTrue(mail.subject().startsWith("Herinnering"), mail.subject());
        assertTrue(mail.body().contains(LINK));
        assertTrue(mail.body().contains("de vorige link werkt niet meer"), mail.body());
    }

    @Test
    void aVeryLongTitleIsShortened() {
        PlainMail mail = ReviewMails.invitation(invitation("Anja", Locale.ENGLISH), "t".repeat(500), LINK);
        assertTrue(mail.subject().contains("t".repeat(200) + "…"), mail.subject());
        assertFalse(mail.subject().contains("t".repeat(201)), mail.subject());
    }
}
