package nl.samenwerkingskaart.portraits.web.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import nl.samenwerkingskaart.portraits.repository.StoredFile;
import org.junit.jupiter.api.Test;

class DownloadTest {

    private static final Locale NL = Locale.forLanguageTag("nl");

    @Test
    void sizesInDecimalUnitsInThePagesLanguage() {
        assertEquals("", Download.size(-1, NL));
        assertEquals("999 bytes", Download.size(999, NL));
        assertEquals("1 kB", Download.size(1_000, NL));
        assertEquals("85 kB", Download.size(85_300, NL));
        assertEquals("1.000 kB", Download.size(999_999, NL));
        assertEquals("1,0 MB", Download.size(1_000_000, NL));
        assertEquals("12,5 MB", Download.size(12_480_000, NL));
        assertEquals("12.5 MB", Download.size(12_480_000, Locale.ENGLISH));
    }

    @Test
    void labelNamesFormatAndSize() {
        assertEquals("PDF, 2 kB", new Download("/x.pdf", new StoredFile("/static/a.bin", 2_000, "application/pdf"), NL)
                .getLabel());
        assertEquals("DOCX, 2 kB", new Download("/x", new StoredFile("/static/a.docx", 2_000, ""), NL).getLabel());
        assertEquals("PDF", new Download("/x", new StoredFile("/static/a.pdf", -1, "application/pdf"), NL).getLabel());
    }
}
