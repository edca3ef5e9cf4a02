package nl.samenwerkingskaart.initiatives.submission.repository;

import java.util.Optional;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;

/**
 * Stores visitors' submissions under {@link #DATA_ROOT} (layout in docs/contracts.md). Every call works with the
 * caller's resource resolver: the public endpoint passes the writer service user, which may read and write only
 * there; anonymous visitors cannot read the folder at all.
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
    Optional<Submission> find(ResourceResolver resolver, String reference);

    /**
     * The answer of {@link #store}.
     *
     * @param reference the submission's reference number, e.g. {@code SW-2026-K3F9QX}
     * @param created false when the key had been stored before and nothing new was stored
     */
    record Stored(String reference, boolean created) {}
}
