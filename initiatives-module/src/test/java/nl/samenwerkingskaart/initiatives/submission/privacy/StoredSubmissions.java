package nl.samenwerkingskaart.initiatives.submission.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.submission.ClientHash;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.Submitter;
import nl.samenwerkingskaart.initiatives.submission.repository.JcrSubmissionRepository;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.resource.ResourceResolver;

/** Submissions stored in a test repository, received and optionally decided at given moments. */
final class StoredSubmissions {

    /** Received this year (the repository names references by year), at JCR's millisecond precision. */
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private final SubmissionRepository repository = new JcrSubmissionRepository();
    private final ResourceResolver resolver;

    StoredSubmissions(ResourceResolver resolver) {
        this.resolver = resolver;
    }

    SubmissionRepository repository() {
        return repository;
    }

    static Submission received(String name, String email, Instant at) {
        InitiativeInput proposed = InitiativeInput.builder()
                .name(name).goal("Meer stageplaatsen in de zorg.").status("running")
                .party("Noorderpoort", "mbo", "Groningen")
                .location("Campus", "Groningen", "53.2", "6.56", null)
                .build();
        SubmissionContent content = new SubmissionContent(SubmissionKind.NEW_INITIATIVE, null, proposed,
                "Groet, " + name + " (06-12345678)", new Submitter("Anja de Boer", email, "Noorderpoort", "docent"));
        return Submission.received(content, at, new ClientHash("hash-" + name));
    }

    /** Stores an open submission and returns its reference. */
    String open(String name, String email) throws Exception {
        return repository.store(resolver, received(name, email, NOW), "key-" + UUID.randomUUID()).reference();
    }

    /** Stores a submission rejected at the given moment and returns its reference. */
    String decided(String name, String email, Instant decidedAt) throws Exception {
        String reference = open(name, email);
        Submission decided = find(reference).submission()
                .decide(new ModerationDecision.Reject("Dubbel"), "onderzoeker-1", decidedAt);
        repository.save(resolver, new StoredSubmission(reference, decided, null));
        return reference;
    }

    StoredSubmission find(String reference) {
        resolver.refresh();
        return repository.find(resolver, reference).orElseThrow();
    }
}
