package nl.samenwerkingskaart.initiatives.submission.repository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;

import java.util.List;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionState;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores submissions as nodes directly under {@link #DATA_ROOT} (a {@code sling:Folder}, unordered, so many
 * children stay cheap), each named by its reference; see docs/contracts.md. The mapping to nodes is
 * {@link SubmissionNodes}'; this class finds, names and commits.
 */
@Component(service = SubmissionRepository.class)
public class JcrSubmissionRepository implements SubmissionRepository {

    private static final Logger LOG = LoggerFactory.getLogger(JcrSubmissionRepository.class);

    /** The year in a reference is the Dutch calendar year the submission arrived in. */
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** Candidates tried per key; with 32^6 references a year, a second attempt is already rare. */
    static final int ATTEMPTS = 16;


    @Override
    public Stored store(ResourceResolver resolver, Submission submission, String idempotencyKey)
            throws PersistenceException {
        requireKey(idempotencyKey);
        if (!submission.history().isEmpty() || submission.state() != SubmissionState.RECEIVED) {
            throw new IllegalArgumentException("Only a newly received submission is stored here");
        }
        Resource root = resolver.getResource(DATA_ROOT);
        if (root == null) {
            throw new PersistenceException("No access to " + DATA_ROOT);
        }
        int year = submission.receivedAt().atZone(ZONE).getYear();
        Optional<String> earlier = findReference(resolver, idempotencyKey, year);
        if (earlier.isPresent()) {
            return new Stored(earlier.get(), false);
        }
        String keyHash = SubmissionReferences.keyHash(idempotencyKey);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String reference = SubmissionReferences.candidate(idempotencyKey, year, attempt);
            if (root.getChild(reference) != null) {
                continue;
            }
            try {
                SubmissionNodes.create(resolver, root, reference, keyHash, submission);
                resolver.commit();
                return new Stored(reference, true);
            } catch (PersistenceException e) {
                // Most likely the same form posted twice at the same moment: the other request won.
                resolver.revert();
                resolver.refresh();
                Optional<String> other = findReference(resolver, idempotencyKey, year);
                if (other.isPresent()) {
                    return new Stored(other.get(), false);
                }
                throw e;
            }
        }
        throw new PersistenceException("No free reference for this submission after " + ATTEMPTS + " attempts");
    }

    @Override
    public Optional<String> findReference(ResourceResolver resolver, String idempotencyKey) {
        requireKey(idempotencyKey);
        int year = Instant.now().atZone(ZONE).getYear();
        return findReference(resolver, idempotencyKey, year);
    }

    /** Looks in this year and the one before, so a form sent twice around New Year is still recognised. */
    private static Optional<String> findReference(ResourceResolver resolver, String key, int year) {
        String keyHash = SubmissionReferences.keyHash(key);
        for (int y = year; y >= year - 1; y--) {
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                String reference = SubmissionReferences.candidate(key, y, attempt);
                Resource node = resolver.getResource(DATA_ROOT + "/" + reference);
                if (node == null) {
                    break;
                }
                if (keyHash.equals(node.getValueMap().get("keyHash", String.class))) {
                    return Optional.of(reference);
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<StoredSubmission> find(ResourceResolver resolver, String reference) {
        if (reference == null || !SubmissionReferences.REFERENCE.matcher(reference).matches()) {
            return Optional.empty();
        }
        Resource node = resolver.getResource(DATA_ROOT + "/" + reference);
        return node == null ? Optional.empty() : Optional.of(SubmissionNodes.read(node));
    }

    private static void requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A submission needs an idempotency key");
        }
    }

    @Override
    public List<StoredSubmission> findAll(ResourceResolver resolver) {
        Resource root = resolver.getResource(DATA_ROOT);
        List<StoredSubmission> all = new ArrayList<>();
        if (root == null) {
            return all;
        }
        for (Resource child : root.getChildren()) {
            if (!SubmissionReferences.REFERENCE.matcher(child.getName()).matches()) {
                continue;
            }
            try {
                all.add(SubmissionNodes.read(child));
            } catch (RuntimeException e) {
                // One damaged node must not hide the whole queue from the researchers.
                LOG.warn("Skipping the unreadable submission {}: {}", child.getPath(), e.toString());
            }
        }
        return all;
    }

    @Override
    public List<StoredSubmission> findBySubmitterEmail(ResourceResolver resolver, String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        String wanted = email.strip();
        return findAll(resolver).stream()
                .filter(s -> wanted.equalsIgnoreCase(s.submission().content().submitter().email()))
                .toList();
    }

    @Override
    public void stage(ResourceResolver resolver, StoredSubmission changed) throws PersistenceException {
        Resource node = resolver.getResource(DATA_ROOT + "/" + changed.reference());
        if (node == null || !SubmissionReferences.REFERENCE.matcher(changed.reference()).matches()) {
            throw new IllegalArgumentException("No submission " + changed.reference());
        }
        SubmissionNodes.update(resolver, node, changed);
    }
}
