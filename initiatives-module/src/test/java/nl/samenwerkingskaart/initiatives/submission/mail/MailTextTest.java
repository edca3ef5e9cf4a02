package nl.samenwerkingskaart.initiatives.submission.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Zorg\r\nBcc: x@example.org", "Zorg\nBcc: x@example.org", "Zorg\rBcc: x@example.org",
        "Zorg\u0085Bcc: x@example.org", "Zorg\u2028Bcc: x@example.org", "Zorg\u2029Bcc: x@example.org",
        "Zorg\tBcc: x@example.org"})
    void aLineHasNoLineBreakOfAnyKind(String text) {
        String line = MailText.line(text, 200);
        assertEquals("Zorg Bcc: x@example.org", line);
        assertTrue(MailText.isSingleLine(line));
    }

    @Test
    void aLineLosesControlAndInvisibleFormattingCharacters() {
        assertEquals("Zorgpact", MailText.line("Zorg\u0000pa\u0007ct\u202E", 200));
        assertEquals("a b", MailText.line("  a \u00A0\u2003  b  ", 200));
        assertEquals("", MailText.line(null, 10));
        assertEquals("", MailText.line("\r\n\t ", 10));
    }

    @Test
    void aLineKeepsMarkupAndLettersAsTheyAre() {
        assertEquals("<script>alert(1)</script> & Zoë 😀", MailText.line("<script>alert(1)</script> & Zoë 😀", 200));
    }

    @Test
    void aLongLineIsCutWithAnEllipsisCountingCharactersNotCodeUnits() {
        assertEquals("abcd…", MailText.line("abcdefgh", 5));
        assertEquals("abcde", MailText.line("abcde", 5));
        assertEquals("😀😀😀😀…", MailText.line("😀".repeat(10), 5), "a surrogate pair is never split");
        assertThrows(IllegalArgumentException.class, () -> MailText.line("a", 0));
    }

    @Test
    void aParagraphKeepsLineBreaksAndTabsOnly() {
        assertEquals("Regel 1\nRegel 2\n\tingesprongen\nRegel 4",
                MailText.paragraph("  Regel 1\r\nRegel 2\r\tingesprongen\u2028Regel 4\u0000\u202E  ", 500));
        assertEquals("", MailText.paragraph(null, 10));
        assertEquals("abc…", MailText.paragraph("abcdef", 4));
    }

    @Test
    void singleLineMeansNoControlCharacterAtAll() {
        assertTrue(MailText.isSingleLine("Ontvangen: uw melding SW-2026-K3F9QX"));
        assertFalse(MailText.isSingleLine("a\nb"));
        assertFalse(MailText.isSingleLine("a\rb"));
        assertFalse(MailText.isSingleLine("a\u2028b"));
        assertFalse(MailText.isSingleLine("a\u0000b"));
    }
}
