package nl.samenwerkingskaart.portraits.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlocksTest {

    @Test
    void blankLinesSeparateParagraphsAndLinesOfOneParagraphAreJoined() {
        List<TextBlock> blocks = TextBlocks.parse("Eerste regel\ntweede regel.\r\n\r\n\n  Nieuwe alinea.  ");
        assertEquals(2, blocks.size());
        assertEquals("Eerste regel tweede regel.", blocks.get(0).getText());
        assertFalse(blocks.get(0).isList());
        assertEquals("Nieuwe alinea.", blocks.get(1).getText());
    }

    @Test
    void linesStartingWithADashAreListItems() {
        List<TextBlock> blocks = TextBlocks.parse("Sterk:\n- veel bedrijven\n- korte\n  lijnen\nDaarna tekst.\n-\n- laatste");
        assertEquals(4, blocks.size(), blocks.toString());
        assertEquals("Sterk:", blocks.get(0).getText());
        assertTrue(blocks.get(1).isList());
        assertEquals(List.of("veel bedrijven", "korte lijnen"), blocks.get(1).getItems());
        assertEquals("Daarna tekst.", blocks.get(2).getText());
        assertEquals(List.of("laatste"), blocks.get(3).getItems(), "an empty item is dropped");
    }

    @Test
    void aDashWithoutSpaceIsText() {
        List<TextBlock> blocks = TextBlocks.parse("-5 graden\n--");
        assertEquals(1, blocks.size());
        assertFalse(blocks.get(0).isList());
        assertEquals("-5 graden --", blocks.get(0).getText());
    }

    @Test
    void markupStaysTextForTheScriptToEscape() {
        assertEquals("<b>vet</b> & <script>", TextBlocks.parse("<b>vet</b> & <script>").get(0).getText());
    }

    @Test
    void nothingGivesNoBlocks() {
        assertEquals(List.of(), TextBlocks.parse(null));
        assertEquals(List.of(), TextBlocks.parse(" \n\n "));
    }
}
