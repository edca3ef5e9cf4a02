package nl.samenwerkingskaart.initiatives.submission.repository;

import java.util.List;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;

/**
 * Stores visitors' submissions under {@link #DATA_ROOT} (layout in docs/contracts.md). Every call works with the
 * caller's resource resolver: the public endpoint passes the writer service user, which may read and write only
 * there; researchers moderate with their own session; anonymous visitors cannot read the folder at all.
 */
public interface SubmissionRepository {

    /** The one data root of all submissions. Never readable by anonymous visitors. */
    String DATA_ROOT = "/var/samenwerkingskaart/submissions";

    /** The resource type of a submission node. Nothing renders it. */
    String RESOURCE_TYPE = "samenwerking/submission";

    /**
     * Stores a new submission under a fresh reference and commits before returning; or, when a submission with the
     * same idempotency key is already stored (a double click, a reload), stores nothing and returns that one's
     * reference.
     *
     * @param idempotencyKey the key the form sent along; only its hash is stored
     */
    Stored store(ResourceResolver resolver, Submission submission, String idempotencyKey)
            throws PersistenceException;

    /** The reference of the submission stored under this idempotency key, if any. */
    Optional<String> findReference(ResourceResolver resolver, String idempotencyKey);

    /** A stored submission by its reference. */
    Optional<StoredSubmission> find(ResourceResolver resolver, String reference);

    /** Every submission the resolver can read, in no particular order. */
    List<StoredSubmission> findAll(ResourceResolver resolver);

    /** The submissions sent with this e-mail address (compared without case), for a person's data request. */
    List<StoredSubmission> findBySubmitterEmail(ResourceResolver resolver, String email);

    /**
     * Writes what moderation and anonymisation change (state, history, decision, submitter, message, client hash,
     * the initiative written to) without committing, so the caller commits it together with the initiative it
     * changed: both happen, or neither.
     *
     * @throws IllegalArgumentException when there is no such submission
     */
    void stage(ResourceResolver resolver, StoredSubmission changed) throws PersistenceException;

    /** {@link #stage} and commit. */
    default void save(ResourceResolver resolver, StoredSubmission changed) throws PersistenceException {
        stage(resolver, changed);
        resolver.commit();
    }

    /**
     * The answer of {@link #store}.
     *
     * @param reference the submission's reference number, e.g. {@code SW-2026-K3F9QX}
     * @param created false when the key had been stored before and nothing new was stored
     */
    record Stored(String reference, boolean created) {}
}
