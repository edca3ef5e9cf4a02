package nl.samenwerkingskaart.initiatives.submission;

import java.util.Arrays;
import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;

/**
 * A published initiative written back as form input, and a partial proposal laid over it. This is how a correction
 * is checked by the very rules of {@link nl.samenwerkingskaart.initiatives.domain.InitiativeValidator}: the fields
 * the submitter filled in replace the published ones and the whole is validated, so a proposed end year is checked
 * against the published start year too.
 */
final class PublishedInput {

    private PublishedInput() {}

    static InitiativeInput of(Initiative published) {
        return new InitiativeInput(
                published.name(),
                published.goal(),
                published.description(),
                published.website(),
                published.contact(),
                published.status() == null ? null : published.status().code(),
                published.startYear() == null ? null : published.startYear().toString(),
                published.endYear() == null ? null : published.endYear().toString(),
                // A derived region is derived again from the (possibly proposed) main location.
                published.regionOverridden() ? published.regionCode() : null,
                published.levels().stream().map(Level::code).sorted().toList(),
                published.sectors(),
                published.themes(),
                published.funding(),
                published.parties().stream()
                        .map(p -> new PartyInput(p.name(), p.kind().code(), p.town())).toList(),
                published.locations().stream()
                        .map(l -> new LocationInput(l.label(), l.town(), Double.toString(l.latitude()),
                                Double.toString(l.longitude()), l.address()))
                        .toList());
    }

    /** The base with every field the proposal fills in replaced by the proposal's. */
    static InitiativeInput overlay(InitiativeInput base, InitiativeInput proposal) {
        return new InitiativeInput(
                pick(InitiativeField.NAME, base, proposal).name(),
                pick(InitiativeField.GOAL, base, proposal).goal(),
                pick(InitiativeField.DESCRIPTION, base, proposal).description(),
                pick(InitiativeField.WEBSITE, base, proposal).website(),
                pick(InitiativeField.CONTACT, base, proposal).contact(),
                pick(InitiativeField.STATUS, base, proposal).status(),
                pick(InitiativeField.START_YEAR, base, proposal).startYear(),
                pick(InitiativeField.END_YEAR, base, proposal).endYear(),
                pick(InitiativeField.REGION_CODE, base, proposal).regionCode(),
                pick(InitiativeField.LEVELS, base, proposal).levels(),
                pick(InitiativeField.SECTORS, base, proposal).sectors(),
                pick(InitiativeField.THEMES, base, proposal).themes(),
                pick(InitiativeField.FUNDING, base, proposal).funding(),
                pick(InitiativeField.PARTIES, base, proposal).parties(),
                pick(InitiativeField.LOCATIONS, base, proposal).locations());
    }

    private static InitiativeInput pick(InitiativeField field, InitiativeInput base, InitiativeInput proposal) {
        return field.isGiven(proposal) ? proposal : base;
    }

    /** The fields a proposal fills in, in form order. */
    static List<InitiativeField> given(InitiativeInput proposal) {
        return Arrays.stream(InitiativeField.values()).filter(f -> f.isGiven(proposal)).toList();
    }
}
