package nl.samenwerkingskaart.initiatives.web.console;

import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;

/**
 * What the console's initiative form sent: the initiative's fields as the domain validates them, plus the
 * researchers' provenance record, which only the console edits.
 *
 * @param input the initiative's fields, raw
 * @param source where the data came from, raw; may be null
 * @param lastVerified the date of the last check as typed ({@code yyyy-MM-dd}); may be null
 * @param markVerified whether the researcher ticked "verified today"
 */
public record InitiativeForm(InitiativeInput input, String source, String lastVerified, boolean markVerified) {

    public static InitiativeForm empty() {
        return new InitiativeForm(InitiativeInput.builder().build(), null, null, false);
    }
}
