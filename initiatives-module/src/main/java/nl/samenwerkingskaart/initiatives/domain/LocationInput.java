package nl.samenwerkingskaart.initiatives.domain;

/** A location as submitted: raw strings (coordinates not yet parsed), any of them may be null. */
public record LocationInput(String label, String town, String latitude, String longitude, String address) {

    /** Forms offer spare rows; a row left entirely empty is not a location. */
    boolean isBlank() {
        return InitiativeInput.isBlank(label) && InitiativeInput.isBlank(town) && InitiativeInput.isBlank(latitude)
                && InitiativeInput.isBlank(longitude) && InitiativeInput.isBlank(address);
    }
}
