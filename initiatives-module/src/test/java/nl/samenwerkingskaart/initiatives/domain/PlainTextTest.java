package nl.samenwerkingskaart.initiatives.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void keepsParagraphsAndLineBreaksAndResolvesEntities() {
        assertEquals("Kop\n\nScholen & bedrijven werken samen.\n\nStages\n\nGastlessen\nmet een regel",
                PlainText.of("<h2>Kop</h2><p>Scholen &amp; bedrijven   werken <b>samen</b>.</p>"
                        + "<ul><li>Stages</li><li>Gastlessen<br>met een regel</li></ul>"));
    }

    @Test
    void dropsScriptsStylesAndComments() {
        assertEquals("Tekst", PlainText.of("<style>p{}</style><script>alert(1)</script><!-- x -->Tekst"));
    }

    @Test
    void leavesPlainTextAsItIsApartFromWhiteSpaceAroundLines() {
        assertEquals("Gewoon\ntekst, 3 &amp; 4\n\nNieuwe alinea", PlainText.of("  Gewoon \n tekst, 3 &amp; 4\n\n\n\nNieuwe alinea "));
    }

    @Test
    void readsTextWithATagAsHtml() {
        assertEquals("Gewoon tekst, 3 < 4", PlainText.of("  Gewoon <i>\n tekst</i>, 3 &lt; 4 "));
    }

    @Test
    void givesNullForNoVisibleText() {
        assertNull(PlainText.of(null));
        assertNull(PlainText.of(" "));
        assertNull(PlainText.of("<p>&nbsp;</p><img src=x onerror=alert(1)>"));
    }
}
