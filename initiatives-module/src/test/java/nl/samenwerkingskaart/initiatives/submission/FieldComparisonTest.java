package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldComparisonTest {

    private static final Initiative PUBLISHED = SubmissionValidatorTest.published();

    private static List<FieldDifference> compare(InitiativeInput.Builder proposed) {
        return FieldComparison.compare(PUBLISHED, proposed.build());
    }

    @Test
    void nothingFilledInIsNoDifference() {
        assertEquals(List.of(), compare(InitiativeInput.builder().name(" ").sectors("", null)
                .parties(new PartyInput(null, "", " "))));
    }

    @Test
    void aFieldFilledInWithTheSameValueIsNoDifference() {
        assertEquals(List.of(), compare(InitiativeInput.builder()
                .name(" Techniekpact Twente ")
                .startYear("2021")
                .status("running")
                .party("ROC van Twente", "mbo", "Enschede")
                .location("Campus", "Enschede", "52,22150", "6.8937", "Gieterij 200")));
    }

    @Test
    void listsChangedAndNewFieldsInFormOrder() {
        List<FieldDifference> differences = compare(InitiativeInput.builder()
                .contact("info@techniekpact.nl")
                .goal("Meer jongeren kiezen voor techniek en ICT.")
                .endYear("2026")
                .name("Techniekpact Twente"));
        assertEquals(List.of(
                new FieldDifference("goal", "Meer jongeren kiezen voor techniek.",
                        "Meer jongeren kiezen voor techniek en ICT."),
                new FieldDifference("endYear", "", "2026"),
                new FieldDifference("contact", "", "info@techniekpact.nl")), differences);
    }

    @Test
    void comparesPartiesAsAList() {
        assertEquals(List.of(new FieldDifference("parties",
                "ROC van Twente (mbo, Enschede)",
                "ROC van Twente (mbo, Enschede); Saxion (hbo)")),
                compare(InitiativeInput.builder()
                        .parties(new PartyInput("ROC van Twente", "mbo", "Enschede"), null,
                                new PartyInput("", "", ""), new PartyInput("Saxion", "hbo", null))));
    }

    @Test
    void partiesInAnotherOrderAreADifference() {
        assertEquals(1, compare(InitiativeInput.builder()
                .party("Saxion", "hbo", null).party("ROC van Twente", "mbo", "Enschede")).size());
    }

    @Test
    void comparesLocationsAsAListWithCoordinatesAsNumbers() {
        assertEquals(List.of(new FieldDifference("locations",
                "Campus, Enschede (52.2215, 6.8937) Gieterij 200",
                "Campus, Enschede (52.2215, 6.8937) Gieterij 200; Hengelo (52.2658, 6.7931)")),
                compare(InitiativeInput.builder().locations(
                        new LocationInput("Campus", "Enschede", "52,2215", "6,89370", "Gieterij 200"),
                        new LocationInput(null, "Hengelo", "52.2658", "6.7931", null))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ended", "planned"})
    void comparesCodes(String status) {
        assertEquals(List.of(new FieldDifference("status", "running", status)),
                compare(InitiativeInput.builder().status(status)));
    }

    @Test
    void comparesTagsAndShowsTheDerivedRegion() {
        assertEquals(List.of(
                new FieldDifference("regionCode", "AM05", "AM06"),
                new FieldDifference("sectors", "", "techniek, zorg")),
                compare(InitiativeInput.builder().regionCode("AM06").sectors("techniek", "", "zorg")));
    }

    @Test
    void showsUnparsableProposedValuesAsTyped() {
        assertEquals(List.of(new FieldDifference("startYear", "2021", "ergens in 2020")),
                compare(InitiativeInput.builder().startYear("ergens in 2020")));
    }

    @Test
    void anHtmlDescriptionSentBackAsItsPlainTextIsNoChange() {
        Initiative html = PUBLISHED.toBuilder().description("<p>Leerlingen leren <b>samen</b>.</p>").build();

        assertEquals(List.of(), FieldComparison.compare(html,
                InitiativeInput.builder().description("Leerlingen leren samen.").build()));
        assertEquals(1, FieldComparison.compare(html,
                InitiativeInput.builder().description("Iets anders.").build()).size());
    }
}
