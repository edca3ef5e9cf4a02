package nl.samenwerkingskaart.initiatives.newsletter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import org.junit.jupiter.api.Test;

class NewsletterMailsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final String CONFIRM = "https://www.example.nl/bin/samenwerkingskaart/public/newsletter.confirm.html/"
            + "c".repeat(43);
    private static final String UNSUBSCRIBE = "https://www.example.nl/bin/samenwerkingskaart/public/"
            + "newsletter.unsubscribe.html/" + "u".repeat(43);

    @Test
    void theDutchConfirmationRequestCarriesBothLinks() {
        PlainMail mail = NewsletterMails.confirmation(
                Subscription.pending("anja@example.nl", "Anja", Locale.forLanguageTag("nl"), T0), CONFIRM,
                UNSUBSCRIBE, 7);
        assertEquals("anja@example.nl", mail.recipient());
        assertEquals("Bevestig uw aanmelding voor de nieuwsbrief", mail.subject());
        assertTrue(mail.body().startsWith("Beste Anja,\n"), mail.body());
        assertTrue(mail.body().contains("\n" + CONFIRM + "\n"), "the link on a line of its own: " + mail.body());
        assertTrue(mail.body().contains("De link werkt 7 dagen."), mail.body());
        assertTrue(mail.body().contains("Afmelden: " + UNSUBSCRIBE), mail.body());
        assertEquals("nl", mail.language().getLanguage());
        assertEquals("<" + NewsletterMails.oneClick(UNSUBSCRIBE) + ">", mail.headers().get(PlainMail.LIST_UNSUBSCRIBE));
        assertEquals("List-Unsubscribe=One-Click", mail.headers().get(PlainMail.LIST_UNSUBSCRIBE_POST));
    }

    @Test
    void theEnglishConfirmationRequestIsInEnglish() {
        PlainMail mail = NewsletterMails.confirmation(
                Subscription.pending("anne@example.com", null, Locale.ENGLISH, T0), CONFIRM, UNSUBSCRIBE, 7);
        assertEquals("Please confirm your newsletter subscription", mail.subject());
        assertTrue(mail.body().startsWith("Dear reader,\n"), mail.body());
        assertTrue(mail.body().contains("The link works for 7 days."), mail.body());
        assertTrue(mail.body().contains("Unsubscribe: " + UNSUBSCRIBE), mail.body());
        assertEquals("en", mail.language().getLanguage());
    }

    @Test
    void theWelcomeCarriesTheUnsubscribeLinkInBothLanguages() {
        Subscription nl = Subscription.pending("anja@example.nl", null, Locale.forLanguageTag("nl"), T0).confirm(T0);
        PlainMail dutch = NewsletterMails.welcome(nl, UNSUBSCRIBE);
        assertEquals("Welkom bij de nieuwsbrief", dutch.subject());
        assertTrue(dutch.body().contains("Afmelden: " + UNSUBSCRIBE), dutch.body());
        assertFalse(dutch.body().contains("newsletter.confirm"), "no confirm link once confirmed");
        assertEquals("<" + NewsletterMails.oneClick(UNSUBSCRIBE) + ">", dutch.headers().get(PlainMail.LIST_UNSUBSCRIBE));

        Subscription en = Subscription.pending("anne@example.com", null, Locale.UK, T0).confirm(T0);
        PlainMail english = NewsletterMails.welcome(en, UNSUBSCRIBE);
        assertEquals("Welcome to the newsletter", english.subject());
        assertTrue(english.body().contains("Unsubscribe: " + UNSUBSCRIBE), english.body());
    }

    @Test
    void aLanguageOtherThanEnglishGetsDutch() {
        PlainMail mail = NewsletterMails.welcome(
                Subscription.pending("a@example.de", null, Locale.GERMAN, T0).confirm(T0), UNSUBSCRIBE);
        assertEquals("Welkom bij de nieuwsbrief", mail.subject());
    }

    @Test
    void aNameWithLineBreaksOrMarkupStaysOnePlainLine() {
        PlainMail mail = NewsletterMails.confirmation(Subscription.pending("anja@example.nl",
                "Anja\r\nKlik hier: https://evil.example <b>", Locale.forLanguageTag("nl"), T0), CONFIRM,
                UNSUBSCRIBE, 7);
        String greeting = mail.body().substring(0, mail.body().indexOf('\n'));
        assertTrue(greeting.startsWith("Beste Anja Klik hier"), greeting);
        assertTrue(greeting.contains("<b>"), "plain text: markup shows as the text it is");
    }

    @Test
    void theOneClickAddressCarriesTheTokenAsAQueryParameter() {
        assertEquals("https://example.nl/bin/samenwerkingskaart/public/newsletter.unsubscribe.html?token=abc_-9",
                NewsletterMails.oneClick(
                        "https://example.nl/bin/samenwerkingskaart/public/newsletter.unsubscribe.html/abc_-9"));
    }
}
