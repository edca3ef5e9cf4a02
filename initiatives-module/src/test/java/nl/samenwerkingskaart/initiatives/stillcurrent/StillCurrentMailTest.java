package nl.samenwerkingskaart.initiatives.stillcurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StillCurrentMailTest {

    private static final String CONFIRM = "https://kaart.example.nl/bin/samenwerkingskaart/public/still-current.html"
            + "?i=techniekpact-twente-k3f9q&t=abc";
    private static final String CORRECT = "https://kaart.example.nl/content/site/kaart.html"
            + "?kind=correction&target=techniekpact-twente-k3f9q#melden";

    @Test
    void theDutchMailHasBothLinksTheLastCheckAndTheExpiry() {
        StillCurrentMail mail = StillCurrentMail.compose(Locale.forLanguageTag("nl"), "Techniekpact Twente",
                LocalDate.of(2024, 3, 1), CONFIRM, CORRECT, LocalDate.of(2026, 12, 23));
        assertEquals("Klopt het nog? Techniekpact Twente op de Samenwerkingskaart", mail.subject());
        assertTrue(mail.body().contains("\"Techniekpact Twente\""), mail.body());
        assertTrue(mail.body().contains("(laatst gecontroleerd: 1 maart 2024)"), mail.body());
        assertTrue(mail.body().contains("tot en met 23 december 2026):\n" + CONFIRM + "\n"), mail.body());
        assertTrue(mail.body().contains("al zijn ingevuld:\n" + CORRECT + "\n"), mail.body());
        assertTrue(mail.body().contains("Uw e-mailadres bewaren we niet."), mail.body());
        assertEquals("nl", mail.language().getLanguage());
    }

    @Test
    void theEnglishMailSaysNeverWhenItWasNeverChecked() {
        StillCurrentMail mail = StillCurrentMail.compose(StillCurrentMail.language("en"), "Care pact", null,
                CONFIRM, CORRECT, LocalDate.of(2026, 12, 23));
        assertEquals("Still correct? Care pact on the Samenwerkingskaart", mail.subject());
        assertTrue(mail.body().contains("(last checked: never)"), mail.body());
        assertTrue(mail.body().contains("until December 23, 2026):\n" + CONFIRM), mail.body());
        assertTrue(mail.body().contains(CORRECT), mail.body());
    }

    @Test
    void aNameCannotBreakTheSubjectIntoHeadersAndMarkupStaysText() {
        StillCurrentMail mail = StillCurrentMail.compose(Locale.forLanguageTag("nl"),
                "Pact\r\nBcc: iedereen@example.nl <b>x</b>", null, CONFIRM, null, LocalDate.of(2026, 12, 23));
        assertFalse(mail.subject().contains("\n") || mail.subject().contains("\r"), mail.subject());
        assertTrue(mail.subject().contains("Pact Bcc: iedereen@example.nl <b>x</b>"), mail.subject());
        assertFalse(mail.body().contains("formulier"), "no correction link without a form page");
    }

    @Test
    void theLanguageIsDutchUnlessEnglishIsAsked() {
        assertEquals("nl", StillCurrentMail.language(null).getLanguage());
        assertEquals("nl", StillCurrentMail.language("de").getLanguage());
        assertEquals("en", StillCurrentMail.language("en-GB").getLanguage());
    }

    @Test
    void theLinksAreTheMapsCorrectionLinkAndTheConfirmationPage() {
        assertEquals(CORRECT, StillCurrentLinks.correctionUrl("https://kaart.example.nl", "/content/site/kaart.html#melden",
                "techniekpact-twente-k3f9q"));
        assertEquals("https://x.nl/content/site/kaart.html?kind=correction&target=a-b",
                StillCurrentLinks.correctionUrl("https://x.nl", "/content/site/kaart", "a-b"));
        assertNull(StillCurrentLinks.correctionUrl("https://x.nl", "https://evil.example/x", "a-b"));
        assertNull(StillCurrentLinks.correctionUrl("https://x.nl", "", "a-b"));
        assertEquals("https://x.nl/bin/samenwerkingskaart/public/still-current.html?i=a-b&t=tok&l=en",
                StillCurrentLinks.confirmUrl("https://x.nl", "a-b", "tok", Locale.ENGLISH));
        assertEquals("https://x.nl/bin/samenwerkingskaart/public/still-current.html?i=a-b&t=tok",
                StillCurrentLinks.confirmUrl("https://x.nl", "a-b", "tok", Locale.forLanguageTag("nl")));
    }
}
