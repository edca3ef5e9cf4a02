package nl.samenwerkingskaart.initiatives.newsletter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SubscriberCsvTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Subscription confirmed(String email, String name, Locale language) {
        return Subscription.pending(email, name, language, T0).confirm(T0.plusSeconds(90));
    }

    @Test
    void utf8WithAByteOrderMarkAndAHeader() {
        byte[] csv = SubscriberCsv.write(List.of(confirmed("anja@example.nl", "Anja Oosterbeek-Müller",
                Locale.forLanguageTag("nl")), confirmed("anne@example.com", null, Locale.ENGLISH)));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertEquals("\"email\",\"name\",\"confirmed_at\",\"language\"\r\n"
                + "\"anja@example.nl\",\"Anja Oosterbeek-Müller\",\"2026-03-01 11:01:30\",\"nl\"\r\n"
                + "\"anne@example.com\",\"\",\"2026-03-01 11:01:30\",\"en\"\r\n", text);
    }

    @Test
    void pendingSignupsAreNotExported() {
        byte[] csv = SubscriberCsv.write(List.of(
                Subscription.pending("pending@example.nl", null, Locale.forLanguageTag("nl"), T0)));
        assertFalse(new String(csv, StandardCharsets.UTF_8).contains("pending@example.nl"));
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"https://evil.example\"\")\"",
                SubscriberCsv.cell("=HYPERLINK(\"https://evil.example\")"));
        assertEquals("\"'+31 6 1234\"", SubscriberCsv.cell("+31 6 1234"));
        assertEquals("\"'-2+3\"", SubscriberCsv.cell("-2+3"));
        assertEquals("\"'@SUM(A1)\"", SubscriberCsv.cell("@SUM(A1)"));
        assertEquals("\"'\tx\"", SubscriberCsv.cell("\tx"));
        assertEquals("\"Anja = Bert\"", SubscriberCsv.cell("Anja = Bert"), "only a leading sign counts");
    }

    @Test
    void quotesCommasAndLineBreaksStayInsideTheirCell() {
        assertEquals("\"Anja \"\"de\"\" Vries, Groningen\"", SubscriberCsv.cell("Anja \"de\" Vries, Groningen"));
        byte[] csv = SubscriberCsv.write(List.of(confirmed("a@example.nl", "=1+1", Locale.ENGLISH)));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals(2, text.split("\r\n").length);
        assertFalse(text.contains(",\"=1+1\""));
    }
}
