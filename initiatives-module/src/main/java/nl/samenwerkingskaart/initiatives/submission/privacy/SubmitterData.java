package nl.samenwerkingskaart.initiatives.submission.privacy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.samenwerkingskaart.initiatives.submission.EmailAddress;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;

/**
 * A person's request about the data we keep on them as a submitter: which submissions carry their e-mail address,
 * and erasing their personal data from all of those at once. Works with the caller's resource resolver, so the
 * repository's access control decides who may see or erase anything.
 */
public final class SubmitterData {

    private final SubmissionRepository repository;

    public SubmitterData(SubmissionRepository repository) {
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** The address as it will be looked up (surrounding spaces removed), or null when it cannot be an address. */
    public static String normalise(String email) {
        if (email == null) {
            return null;
        }
        String stripped = email.strip();
        return stripped.isEmpty() || !EmailAddress.isPlausible(stripped) ? null : stripped;
    }

    /** The person's submissions the resolver can read, oldest first. */
    public List<StoredSubmission> find(ResourceResolver resolver, String email) {
        List<StoredSubmission> found = new ArrayList<>(repository.findBySubmitterEmail(resolver, email));
        found.sort(Comparator.comparing((StoredSubmission s) -> s.submission().receivedAt())
                .thenComparing(StoredSubmission::reference));
        return found;
    }

    /**
     * Erases the person's data from every one of their submissions, open or decided, in one commit: all of them,
     * or (when any write is refused) none, so a request is never left half done.
     *
     * @param who the user carrying out the request, recorded in each submission
     * @return the references erased, oldest first
     */
    public List<String> erase(ResourceResolver resolver, String email, String who, Instant when)
            throws PersistenceException {
        List<String> erased = new ArrayList<>();
        try {
            for (StoredSubmission stored : find(resolver, email)) {
                repository.stage(resolver, new StoredSubmission(stored.reference(),
                        stored.submission().erase(who, when), stored.initiativeId()));
                erased.add(stored.reference());
            }
            if (resolver.hasChanges()) {
                resolver.commit();
            }
        } catch (PersistenceException | RuntimeException e) {
            resolver.revert();
            throw e;
        }
        return erased;
    }
}
