package nl.samenwerkingskaart.initiatives.submission.mail;

import nl.samenwerkingskaart.initiatives.submission.SubmissionState;

/** The e-mails a submitter can get: one receipt, then one outcome. */
public enum SubmissionMailType {
    RECEIPT("receipt"),
    APPROVED("approved"),
    MERGED("merged"),
    REJECTED("rejected");

    private final String code;

    SubmissionMailType(String code) {
        this.code = code;
    }

    /** The stable code used in text keys and configuration, e.g. {@code receipt.subject.nl}. */
    public String code() {
        return code;
    }

    /** The outcome mail for a decided state. */
    public static SubmissionMailType outcome(SubmissionState decided) {
        return switch (decided) {
            case APPROVED -> APPROVED;
            case MERGED -> MERGED;
            case REJECTED -> REJECTED;
            case RECEIVED, IN_REVIEW -> throw new IllegalArgumentException(
                    "Only a decided submission has an outcome mail, not " + decided.code());
        };
    }
}
