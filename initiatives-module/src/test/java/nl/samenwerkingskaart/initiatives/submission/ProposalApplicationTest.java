package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.Status;
import org.junit.jupiter.api.Test;

class ProposalApplicationTest {

    private static final Initiative CURRENT = Initiative.builder().id("techniekpact").name("Techniekpact")
            .goal("Meer technici").status(Status.RUNNING)
            .parties(List.of(new Party("ROC", PartyKind.MBO_INSTITUTION, "Hengelo")))
            .locations(List.of(new Location("Campus", "Enschede", 52.22, 6.89, null))).build();

    @Test
    void onlyAcceptedFieldsAreTakenOver() {
        InitiativeInput proposal = InitiativeInput.builder().name("Techniekpact 2030").goal("Twee keer zoveel")
                .build();

        InitiativeInput result = ProposalApplication.onto(CURRENT, proposal, EnumSet.of(InitiativeField.GOAL));

        assertEquals("Techniekpact", result.name());
        assertEquals("Twee keer zoveel", result.goal());
        assertEquals("ROC", result.parties().get(0).name());
    }

    @Test
    void anAcceptedFieldTheSubmitterLeftEmptyErasesNothing() {
        InitiativeInput proposal = InitiativeInput.builder().goal("Nieuw").build();

        InitiativeInput result = ProposalApplication.onto(CURRENT, proposal,
                EnumSet.allOf(InitiativeField.class));

        assertEquals("Techniekpact", result.name());
        assertEquals("Nieuw", result.goal());
        assertEquals(1, result.locations().size());
    }

    @Test
    void changesListsTheDifferingFieldsInFormOrder() {
        InitiativeInput proposal = InitiativeInput.builder().website("https://x.example").name("Techniekpact")
                .goal("Anders").build();

        assertEquals(List.of(InitiativeField.GOAL, InitiativeField.WEBSITE),
                ProposalApplication.changes(CURRENT, proposal));
    }

    @Test
    void formNamesBecomeFieldsAndUnknownOrRowNamesAreIgnored() {
        assertEquals(Set.of(InitiativeField.GOAL, InitiativeField.PARTIES),
                ProposalApplication.fields(List.of("goal", "parties", "parties[0].name", "password", "")));
        assertEquals(Set.of(), ProposalApplication.fields(null));
    }
}
