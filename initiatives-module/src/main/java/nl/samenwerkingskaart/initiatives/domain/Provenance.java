package nl.samenwerkingskaart.initiatives.domain;

import java.time.LocalDate;

/**
 * The researchers' record of where an initiative's data came from and how current it is.
 *
 * @param source free text, may be null
 * @param lastVerified may be null when never verified
 * @param verifiedBy user id of the researcher, may be null
 */
public record Provenance(String source, LocalDate lastVerified, String verifiedBy) {
    public static final Provenance NONE = new Provenance(null, null, null);
}
