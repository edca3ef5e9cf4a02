package nl.samenwerkingskaart.initiatives.submission.privacy;

import java.util.Objects;
import nl.samenwerkingskaart.initiatives.submission.Anonymiser;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the retention rule over every submission the resolver can read: each one the {@link Anonymiser}
 * finds due and still personal is anonymised and committed on its own, so one that fails (a concurrent edit, a
 * damaged node) is reverted and tried again on the next pass while the rest go ahead. Nothing about the submitters
 * is logged; a failure names only the reference.
 */
public final class RetentionSweep {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);

    private final SubmissionRepository repository;
    private final Anonymiser anonymiser;

    public RetentionSweep(SubmissionRepository repository, Anonymiser anonymiser) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.anonymiser = Objects.requireNonNull(anonymiser, "anonymiser");
    }

    public Result run(ResourceResolver resolver) {
        int examined = 0;
        int anonymised = 0;
        int failed = 0;
        for (StoredSubmission stored : repository.findAll(resolver)) {
            examined++;
            if (!anonymiser.needsAnonymising(stored.submission())) {
                continue;
            }
            StoredSubmission changed = new StoredSubmission(stored.reference(),
                    anonymiser.anonymise(stored.submission()), stored.initiativeId());
            try {
                repository.save(resolver, changed);
                anonymised++;
            } catch (PersistenceException | RuntimeException e) {
                failed++;
                resolver.revert();
                resolver.refresh();
                LOG.warn("Could not anonymise submission {}; the next run tries again: {}", stored.reference(),
                        e.getClass().getSimpleName());
            }
        }
        return new Result(examined, anonymised, failed);
    }

    /**
     * What a pass did, in counts only.
     *
     * @param examined the submissions read
     * @param anonymised the ones whose personal data were removed and committed
     * @param failed the ones that were due but could not be written (left as they were)
     */
    public record Result(int examined, int anonymised, int failed) {}
}
