package nl.samenwerkingskaart.initiatives.submission;

import java.time.Instant;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;

/** Submissions shared by the tests. */
final class Submissions {

    static final Instant RECEIVED_AT = Instant.parse("2025-05-01T09:00:00Z");
    static final String TARGET = "techniekpact-twente-k3f9q";

    private Submissions() {}

    static SubmissionContent correction() {
        return new SubmissionContent(SubmissionKind.CORRECTION, TARGET,
                InitiativeInput.builder().website("https://www.techniekpact.nl").build(),
                "De website is verhuisd.\nGroet, Anja (06-12345678)",
                new Submitter("Anja de Boer", "anja@roc-twente.nl", "ROC van Twente", "docent"));
    }

    static Submission received() {
        return Submission.received(correction(), RECEIVED_AT, new ClientHash("abc"));
    }
}
