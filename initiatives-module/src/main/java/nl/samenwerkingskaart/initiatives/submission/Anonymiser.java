package nl.samenwerkingskaart.initiatives.submission;

import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Removes a submitter's personal data once a decided submission is older than the retention period (CONTENT-MODEL:
 * default 12 months after the decision). Open submissions are never touched: the researchers may still need to ask
 * the submitter something.
 *
 * <p>What goes: the submitter (replaced by {@link Submitter#ANONYMISED}), the client hash (it links the submission
 * to a network, and rate limiting and audit of abuse no longer need it), and the message. The message is cleared
 * rather than kept because it is free text written to a person: it routinely carries a signature, a phone number or
 * someone's story, which no filter can reliably find. What the submission was about stays: the kind, the target and
 * the proposed initiative fields (meant for the public map anyway), and the history, whose {@code who} are
 * researchers and whose {@code why} they wrote.
 */
public final class Anonymiser {

    public static final Period DEFAULT_RETENTION = Period.ofMonths(12);

    private final Period retention;
    private final Clock clock;

    public Anonymiser(Clock clock) {
        this(DEFAULT_RETENTION, clock);
    }

    public Anonymiser(Period retention, Clock clock) {
        if (retention == null || retention.isNegative()) {
            throw new IllegalArgumentException("The retention period cannot be negative");
        }
        this.retention = retention;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether the submission's personal data are due for removal now. */
    public boolean isDue(Submission submission) {
        return submission.decidedAt()
                .map(decided -> decided.atOffset(ZoneOffset.UTC).plus(retention).toInstant())
                .map(until -> until.isBefore(clock.instant()))
                .orElse(false);
    }

    /**
     * Whether the submission is due and still holds personal data: the ones a scheduled run must write. An earlier
     * run (or an erasure on request) has already done the others, so they are not written again every night.
     */
    public boolean needsAnonymising(Submission submission) {
        return isDue(submission) && submission.hasPersonalData();
    }

    /** The submission without personal data when it is due; otherwise the submission itself, unchanged. */
    public Submission anonymise(Submission submission) {
        if (!isDue(submission)) {
            return submission;
        }
        return submission.withContent(submission.content().anonymised(), null);
    }
}
