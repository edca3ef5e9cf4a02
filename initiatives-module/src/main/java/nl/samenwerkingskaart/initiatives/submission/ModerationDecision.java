package nl.samenwerkingskaart.initiatives.submission;

import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;

/**
 * What a researcher decides about a submission. Each decision carries exactly what applying it needs, so a merge
 * without a target or a rejection without a reason cannot even be expressed.
 */
public sealed interface ModerationDecision {

    /** The state the submission ends in. */
    SubmissionState outcome();

    /** The note recorded in the history; may be null for an approval. */
    String why();

    /**
     * Accept the submission, as sent or as the researcher edited it.
     *
     * @param edited the researcher's version of the proposed fields; null to approve what was submitted. The
     *     submitted version is kept next to it, so the audit shows what the visitor actually sent.
     * @param note optional
     */
    record Approve(InitiativeInput edited, String note) implements ModerationDecision {
        public static Approve asSubmitted() {
            return new Approve(null, null);
        }

        public static Approve edited(InitiativeInput edited, String note) {
            if (edited == null) {
                throw new IllegalArgumentException("An edited approval needs the edited fields");
            }
            return new Approve(edited, note);
        }

        public boolean isEdited() {
            return edited != null;
        }

        @Override
        public SubmissionState outcome() {
            return SubmissionState.APPROVED;
        }

        @Override
        public String why() {
            return note;
        }
    }

    /**
     * Fold the submission into an initiative that already exists, typically a likely duplicate of a proposed new
     * initiative.
     */
    record Merge(String targetId, String note) implements ModerationDecision {
        public Merge {
            if (!InitiativeIds.isValid(targetId)) {
                throw new IllegalArgumentException("A merge needs the id of the initiative to merge into, not: "
                        + targetId);
            }
        }

        @Override
        public SubmissionState outcome() {
            return SubmissionState.MERGED;
        }

        @Override
        public String why() {
            return note;
        }
    }

    /** Turn the submission down; the reason is required because the submitter may ask for it. */
    record Reject(String reason) implements ModerationDecision {
        public Reject {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("A rejection needs a reason");
            }
        }

        @Override
        public SubmissionState outcome() {
            return SubmissionState.REJECTED;
        }

        @Override
        public String why() {
            return reason;
        }
    }
}
