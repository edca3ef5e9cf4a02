package nl.samenwerkingskaart.initiatives.domain;

/** A party as submitted: raw strings, any of them may be null. */
public record PartyInput(String name, String kind, String town) {

    /** Forms offer spare rows; a row left entirely empty is not a party. */
    boolean isBlank() {
        return InitiativeInput.isBlank(name) && InitiativeInput.isBlank(kind) && InitiativeInput.isBlank(town);
    }
}
