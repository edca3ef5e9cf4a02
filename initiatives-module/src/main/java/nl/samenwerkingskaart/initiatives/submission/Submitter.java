package nl.samenwerkingskaart.initiatives.submission;

/**
 * Who sent a submission. Private: only researchers see it, and only until {@link Anonymiser} replaces it.
 *
 * @param name required
 * @param email required
 * @param organisation optional, may be null
 * @param role optional, may be null
 */
public record Submitter(String name, String email, String organisation, String role) {

    /**
     * What is left after anonymisation. Fixed values rather than nulls, so code that shows a submitter keeps
     * working, and an e-mail address under {@code .invalid} (RFC 2606) so nothing can ever be sent to it.
     */
    public static final Submitter ANONYMISED =
            new Submitter("geanonimiseerd", "geanonimiseerd@example.invalid", null, null);

    public boolean isAnonymised() {
        return equals(ANONYMISED);
    }
}
