package nl.samenwerkingskaart.portraits.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenwerkingskaart.portraits.domain.Section;
import org.junit.jupiter.api.Test;

class FeedbackFormTest {

    private static FeedbackForm.Result read(String... nameValues) {
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            fields.put(nameValues[i], nameValues[i + 1]);
        }
        return FeedbackForm.read(fields);
    }

    @Test
    void nothingFilledInIsAProblemOnTheGeneralField() {
        FeedbackForm.Result result = read();
        assertFalse(result.isValid());
        assertEquals(Map.of("feedback-general", "review.feedback.empty"), result.problems());
        assertEquals(Map.of(), result.remarks());
        assertEquals(Map.of("feedback-general", "review.feedback.empty"),
                read("feedback-general", "  \n\t ", "feedback-summary", "\u0000\u0007").problems(),
                "blanks and control characters are nothing");
    }

    @Test
    void eachFilledSectionIsARemark() {
        FeedbackForm.Result result = read("feedback-general", "Klopt.", "feedback-good-practices", "Mist er een.",
                "feedback-summary", "");
        assertTrue(result.isValid());
        assertEquals(Map.of(Section.GENERAL, "Klopt.", Section.GOOD_PRACTICES, "Mist er een."), result.remarks());
    }

    @Test
    void unknownFieldsAreIgnored() {
        FeedbackForm.Result result = read("feedback-pdf", "Pagina 3.", "feedback-other", "x", "feedback-GENERAL", "y",
                "name", "z", ":swk-csrf", "t");
        assertEquals(Map.of(Section.PDF, "Pagina 3."), result.remarks());
        assertEquals(Map.of("feedback-general", "review.feedback.empty"), read("feedback-other", "x").problems());
    }

    @Test
    void atMost4000Characters() {
        String max = "a".repeat(FeedbackForm.MAX_LENGTH);
        assertEquals(max, read("feedback-typology", max).remarks().get(Section.TYPOLOGY));
        FeedbackForm.Result over = read("feedback-typology", max + "a", "feedback-general", "Goed.");
        assertEquals(Map.of("feedback-typology", "review.feedback.tooLong"), over.problems());
        assertFalse(over.isValid());
    }

    @Test
    void surroundingBlanksDoNotCountAndNeverCutARemark() {
        int max = FeedbackForm.MAX_LENGTH;
        FeedbackForm.Result leading = read("feedback-general", "     " + "a".repeat(max) + "\n\n");
        assertEquals(Map.of(), leading.problems());
        assertEquals(max, leading.remarks().get(Section.GENERAL).length(),
                "leading blanks do not count against the limit, and nothing is cut");
        FeedbackForm.Result over = read("feedback-general", "a".repeat(max - 1) + "      b");
        assertEquals(Map.of("feedback-general", "review.feedback.tooLong"), over.problems(),
                "a remark over the limit is refused, not cut short");
        FeedbackForm.Result controls = read("feedback-general", "\u0000".repeat(10) + "a".repeat(max));
        assertEquals(max, controls.remarks().get(Section.GENERAL).length(), "removed control characters do not count");
    }

    @Test
    void controlCharactersGoButLineBreaksAndTabsStay() {
        FeedbackForm.Result result = read("feedback-general", "Eerste regel\r\nTweede\u0000 regel\u001b[31m\n\n\tDerde\u007f",
                "feedback-strengths", "a\rb");
        assertEquals("Eerste regel\nTweede regel[31m\n\n\tDerde", result.remarks().get(Section.GENERAL));
        assertEquals("ab", result.remarks().get(Section.STRENGTHS), "a lone CR is removed too");
    }

    @Test
    void fieldNamesAndSections() {
        assertEquals("feedback-good-practices", FeedbackForm.field(Section.GOOD_PRACTICES));
        assertEquals(List.of(Section.values()), FeedbackForm.sections());
        assertEquals(Section.GENERAL, FeedbackForm.sections().get(0));
    }
}
