package nl.samenwerkingskaart.portraits.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.samenwerkingskaart.portraits.TestPortraits;
import org.junit.jupiter.api.Test;

class PortraitStateTest {

    @Test
    void publishedWinsOverActiveLinks() {
        assertEquals(PortraitState.DRAFT, PortraitState.of(false, false));
        assertEquals(PortraitState.IN_REVIEW, PortraitState.of(false, true));
        assertEquals(PortraitState.PUBLISHED, PortraitState.of(true, false));
        assertEquals(PortraitState.PUBLISHED, PortraitState.of(true, true));
    }

    @Test
    void onlyUnpublishedPortraitsTakeInvitationsAndOpenLinks() {
        assertTrue(PortraitState.DRAFT.mayInvite());
        assertTrue(PortraitState.IN_REVIEW.mayInvite());
        assertFalse(PortraitState.PUBLISHED.mayInvite());
        assertTrue(PortraitState.DRAFT.reviewLinksWork());
        assertTrue(PortraitState.IN_REVIEW.reviewLinksWork());
        assertFalse(PortraitState.PUBLISHED.reviewLinksWork());
    }

    @Test
    void codesAreThoseOfTheConsoleTexts() {
        for (PortraitState state : PortraitState.values()) {
            String key = "console.state." + state.code();
            assertFalse(PortraitMessages.text(java.util.Locale.ROOT, key).equals(key), key);
        }
        assertEquals("inReview", PortraitState.IN_REVIEW.code());
    }

    @Test
    void sectionCodesGoBothWays() {
        for (Section section : Section.values()) {
            assertEquals(Optional.of(section), Section.ofCode(section.code()));
        }
        assertEquals("good-practices", Section.GOOD_PRACTICES.code());
        assertEquals(Optional.empty(), Section.ofCode("GENERAL"));
        assertEquals(Optional.empty(), Section.ofCode(null));
    }

    @Test
    void typologyTagsHaveDistinctCodesInThreeDimensions() {
        assertEquals(TypologyTag.values().length,
                java.util.Arrays.stream(TypologyTag.values()).map(TypologyTag::code).distinct().count());
        assertEquals(List.of("form", "maturity", "reach"), java.util.Arrays.stream(TypologyTag.values())
                .map(TypologyTag::dimension).distinct().toList());
        assertEquals(Optional.of(TypologyTag.PUBLIC_PRIVATE), TypologyTag.ofCode("publiek-privaat"));
    }

    @Test
    void aPortraitStripsItsTextsAndGivesSectionTexts() {
        Portrait portrait = TestPortraits.portrait().title("  Twente \n").summary(null).regions().build();
        assertEquals("Twente", portrait.title());
        assertEquals("", portrait.summary());
        assertEquals(null, portrait.mainRegion());
        Portrait full = TestPortraits.portrait().regions("AM20", "AM01").build();
        assertEquals("AM20", full.mainRegion());
        assertEquals("Korte lijnen.", full.text(Section.STRENGTHS));
        assertEquals("", full.text(Section.GENERAL));
        assertEquals("", full.text(Section.PDF));
    }
}
