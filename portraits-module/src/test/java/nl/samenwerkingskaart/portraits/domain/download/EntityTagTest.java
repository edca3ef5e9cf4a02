package nl.samenwerkingskaart.portraits.domain.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityTagTest {

    private static final EntityTag STRONG = EntityTag.strong("abc");
    private static final EntityTag WEAK = new EntityTag(true, "abc");

    @Test
    void writesTheHeaderForm() {
        assertEquals("\"abc\"", STRONG.toString());
        assertEquals("W/\"abc\"", WEAK.toString());
    }

    @Test
    void weakComparisonIgnoresWeakness() {
        assertTrue(STRONG.weaklyMatches(WEAK));
        assertTrue(WEAK.weaklyMatches(WEAK));
        assertFalse(STRONG.weaklyMatches(EntityTag.strong("abd")));
    }

    @Test
    void strongComparisonNeedsTwoStrongTags() {
        assertTrue(STRONG.stronglyMatches(EntityTag.strong("abc")));
        assertFalse(STRONG.stronglyMatches(WEAK));
        assertFalse(WEAK.stronglyMatches(STRONG));
        assertFalse(STRONG.stronglyMatches(EntityTag.strong("ABC")));
    }

    @Test
    void readsLists() {
        assertEquals(Optional.of(List.of(STRONG)), EntityTag.parseList("\"abc\""));
        assertEquals(Optional.of(List.of(WEAK, EntityTag.strong("x,y"), EntityTag.strong(""))),
                EntityTag.parseList(" W/\"abc\" ,\t\"x,y\",\"\" "));
        assertEquals(Optional.of(List.of(STRONG, WEAK)), EntityTag.parseList(",\"abc\",,W/\"abc\","));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " , ", "*", "abc", "\"abc", "w/\"abc\"", "W/abc", "\"a\" \"b\"", "\"a\"x", "\"a b\"",
        "\"a\u0001\""})
    void refusesWhatIsNoList(String header) {
        assertEquals(Optional.empty(), EntityTag.parseList(header));
    }

    @Test
    void refusesWhatCannotBeQuoted() {
        assertThrows(IllegalArgumentException.class, () -> EntityTag.strong("a\"b"));
        assertThrows(IllegalArgumentException.class, () -> EntityTag.strong("a\r\nSet-Cookie: x"));
    }
}
