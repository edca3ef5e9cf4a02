package nl.samenwerkingskaart.initiatives.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InitiativeIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Techniekpact Twente;                       techniekpact-twente",
        "Loopbaanoriëntatie & Begeleiding (LOB);    loopbaanorientatie-begeleiding-lob",
        "  --Zorg@Work!--  ;                        zorg-work",
        "Café Ĳsselmonde;                           cafe-ijsselmonde",
        "日本語;                                     initiatief",
        "'';                                        initiatief",
    })
    void slugsTheName(String name, String slug) {
        assertEquals(slug, InitiativeIds.slug(name));
    }

    @Test
    void cutsLongNamesAtFortyEightCharactersWithoutATrailingHyphen() {
        String slug = InitiativeIds.slug("Samenwerking tussen vmbo mbo en hbo in de regio Noord-Holland Noord en verder");
        assertTrue(slug.length() <= 48);
        assertFalse(slug.endsWith("-"));
        assertTrue(slug.startsWith("samenwerking-tussen-vmbo-mbo-en-hbo"));
    }

    @Test
    void addsFiveRandomCharacters() {
        String id = InitiativeIds.newId("Techniekpact Twente", new Random(42));
        assertTrue(id.matches("techniekpact-twente-[a-z0-9]{5}"), id);
        assertEquals(id, InitiativeIds.newId("Techniekpact Twente", new Random(42)), "repeatable with a seed");
        assertNotEquals(InitiativeIds.newId("x"), InitiativeIds.newId("x"));
    }

    /**
     * Seeded, because 36^5 suffixes make a repeat among thousands of ids with one name unlikely but not impossible
     * (about 1 in 120 for 1,000): whoever stores a new id must still check that it is free.
     */
    @Test
    void generatedIdsAreValidAndDistinct() {
        Random random = new Random(7);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String id = InitiativeIds.newId(i % 2 == 0 ? "Zorgacademie Zwolle" : "x".repeat(300), random);
            assertTrue(InitiativeIds.isValid(id), id);
            ids.add(id);
        }
        assertEquals(2_000, ids.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"techniekpact-twente-k3f9q", "a", "0abc"})
    void acceptsIds(String id) {
        assertTrue(InitiativeIds.isValid(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-abc", "Abc", "abc/def", "abc\n", "../etc", "abc_def", "é"})
    void refusesAnythingElse(String id) {
        assertFalse(InitiativeIds.isValid(id));
    }

    @Test
    void refusesNullAndOverlongIds() {
        assertFalse(InitiativeIds.isValid(null));
        assertTrue(InitiativeIds.isValid("a".repeat(61)));
        assertFalse(InitiativeIds.isValid("a".repeat(62)));
    }
}
