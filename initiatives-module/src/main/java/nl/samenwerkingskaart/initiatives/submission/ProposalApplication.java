package nl.samenwerkingskaart.initiatives.submission;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;

/**
 * What an approved or merged submission makes of an initiative, before the initiative's own validation: a new
 * initiative is the proposal itself; a change to an existing one takes only the proposed fields the researcher
 * accepted, laid over the initiative as it is now. Fields the submitter left empty never erase anything.
 */
public final class ProposalApplication {

    private ProposalApplication() {}

    /** The existing initiative with the accepted fields of the proposal laid over it. */
    public static InitiativeInput onto(Initiative existing, InitiativeInput proposal, Set<InitiativeField> accepted) {
        InitiativeInput current = PublishedInput.of(existing);
        return PublishedInput.overlay(current, only(proposal, accepted, current));
    }

    /** The fields the proposal would change on the initiative (filled in and different), in form order. */
    public static List<InitiativeField> changes(Initiative existing, InitiativeInput proposal) {
        Set<String> differing = new java.util.HashSet<>();
        FieldComparison.compare(existing, proposal).forEach(d -> differing.add(d.field()));
        return Arrays.stream(InitiativeField.values()).filter(f -> differing.contains(f.field())).toList();
    }

    /** The fields named in a form (unknown names are ignored: a form cannot invent fields). */
    public static Set<InitiativeField> fields(Collection<String> names) {
        Set<InitiativeField> fields = EnumSet.noneOf(InitiativeField.class);
        if (names != null) {
            for (String name : names) {
                InitiativeField field = name == null ? null : InitiativeField.of(name);
                if (field != null && field.field().equals(name)) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    /** The proposal with every field not accepted replaced by the current value, so overlaying it changes nothing. */
    private static InitiativeInput only(InitiativeInput proposal, Set<InitiativeField> accepted,
            InitiativeInput current) {
        InitiativeInput[] pick = new InitiativeInput[InitiativeField.values().length];
        for (InitiativeField field : InitiativeField.values()) {
            pick[field.ordinal()] = accepted.contains(field) ? proposal : current;
        }
        return new InitiativeInput(
                pick[InitiativeField.NAME.ordinal()].name(),
                pick[InitiativeField.GOAL.ordinal()].goal(),
                pick[InitiativeField.DESCRIPTION.ordinal()].description(),
                pick[InitiativeField.WEBSITE.ordinal()].website(),
                pick[InitiativeField.CONTACT.ordinal()].contact(),
                pick[InitiativeField.STATUS.ordinal()].status(),
                pick[InitiativeField.START_YEAR.ordinal()].startYear(),
                pick[InitiativeField.END_YEAR.ordinal()].endYear(),
                pick[InitiativeField.REGION_CODE.ordinal()].regionCode(),
                pick[InitiativeField.LEVELS.ordinal()].levels(),
                pick[InitiativeField.SECTORS.ordinal()].sectors(),
                pick[InitiativeField.THEMES.ordinal()].themes(),
                pick[InitiativeField.FUNDING.ordinal()].funding(),
                pick[InitiativeField.PARTIES.ordinal()].parties(),
                pick[InitiativeField.LOCATIONS.ordinal()].locations());
    }
}
