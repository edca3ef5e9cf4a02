package nl.samenwerkingskaart.initiatives.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    @Test
    void listsNothingForACompleteInitiative() {
        assertEquals(List.of(), Completeness.missing(TestInitiatives.techniekpactTwente()));
    }

    @Test
    void listsTheMissingPublicFieldsInAFixedOrder() {
        assertEquals(List.of("website", "contact", "description", "startYear", "sectors", "themes"),
                Completeness.missing(TestInitiatives.zorgacademieZwolle()));
        assertEquals(Completeness.FIELDS, Completeness.missing(TestInitiatives.zorgacademieZwolle()));
    }

    @Test
    void countsADescriptionWithoutVisibleTextAsMissing() {
        Initiative initiative = TestInitiatives.techniekpactTwente().toBuilder()
                .description("<p> </p><br>").website(" ").build();
        assertEquals(List.of("website", "description"), Completeness.missing(initiative));
    }

    @Test
    void doesNotCountPartiesWithoutATownOrAMissingEndYear() {
        Initiative initiative = TestInitiatives.techniekpactTwente().toBuilder()
                .parties(List.of(new Party("Saxion", PartyKind.HBO_INSTITUTION, null))).endYear(null).build();
        assertEquals(List.of(), Completeness.missing(initiative));
    }
}
