package nl.samenwerkingskaart.portraits.domain.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentDispositionTest {

    /** The whole value as RFC 6266 and 8187 allow it, with our two parameters. */
    private static final Pattern VALID = Pattern.compile(
            "attachment; filename=\"([\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*)\"; filename\\*=UTF-8''([A-Za-z0-9!#$&+\\-.^_`|~%]*)");

    @Test
    void aPlainNameStaysAsItIs() {
        assertEquals("attachment; filename=\"regioportret-twente.pdf\"; filename*=UTF-8''regioportret-twente.pdf",
                ContentDisposition.attachment("regioportret-twente.pdf"));
    }

    @Test
    void aDutchNameWithADashAndAnAccent() {
        assertEquals("attachment; filename=\"Regioportret Groningen - concept e.pdf\"; "
                        + "filename*=UTF-8''Regioportret%20Groningen%20%E2%80%93%20concept%20%C3%AB.pdf",
                ContentDisposition.attachment("Regioportret Groningen – concept ë.pdf"));
    }

    @Test
    void quotesAndBackslashesCannotCloseTheQuotedName() {
        String value = ContentDisposition.attachment("a\"b\\c.pdf");
        assertEquals("attachment; filename=\"a'b_c.pdf\"; filename*=UTF-8''a%22b%5Cc.pdf", value);
    }

    @Test
    void controlCharactersAreDroppedSoNoHeaderCanBeAdded() {
        String value = ContentDisposition.attachment("x.pdf\r\nSet-Cookie: a=b\u0000\u0085\t");
        assertEquals("attachment; filename=\"x.pdfSet-Cookie: a=b\"; filename*=UTF-8''x.pdfSet-Cookie%3A%20a%3Db", value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Regioportret Groningen – concept ë.pdf", "rapport 😀 Fryslân.pdf", "日本語.pdf", "a;b=c,d.pdf",
        "%41.pdf", "'quoted'.pdf", "ẞ Straße — “tekst”.pdf", "line\u2028break.pdf", "  spaces  .pdf  "})
    void anyNameGivesAValidValueThatDecodesToTheName(String name) {
        Matcher matcher = VALID.matcher(ContentDisposition.attachment(name));
        assertTrue(matcher.matches(), ContentDisposition.attachment(name));
        assertEquals(name.strip(), URLDecoder.decode(matcher.group(2).replace("+", "%2B"), StandardCharsets.UTF_8));
    }

    @Test
    void theAsciiNameKeepsWhatItCanOfAnyScript() {
        assertEquals("rapport _ Fryslan.pdf", ContentDisposition.asciiLookAlike("rapport 😀 Fryslân.pdf"));
        assertEquals("___.pdf", ContentDisposition.asciiLookAlike("日本語.pdf"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\r\n"})
    void withoutANameTheDownloadIsCalledDownload(String name) {
        assertEquals("attachment; filename=\"download\"; filename*=UTF-8''download", ContentDisposition.attachment(name));
    }
}
