package nl.samenwerkingskaart.initiatives.submission;

/**
 * Who sent a submission. Private: only researchers see it, and only until {@link Anonymiser} replaces it.
 *
 * @param name required
 * @param email required
 * @param organisation optional, may be null
 * @param role optional, may be null
 * @param language the language the form was sent in ({@code nl} or {@code en}), for the mails about this
 *     submission; null means Dutch
 */
public record Submitter(String name, String email, String organisation, String role, String language) {

    public Submitter(String name, String email, String organisation, String role) {
        this(name, email, organisation, role, null);
    }

    /** The same submitter, writing in this language. */
    public Submitter inLanguage(String newLanguage) {
        return new Submitter(name, email, organisation, role, newLanguage);
    }

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
