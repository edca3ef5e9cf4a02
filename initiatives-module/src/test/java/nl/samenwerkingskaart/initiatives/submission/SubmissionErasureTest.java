package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** A submitter's data erased at their request: in any state, recorded beside the history, never changing state. */
class SubmissionErasureTest {

    private static final Instant T1 = Instant.parse("2025-05-02T10:00:00Z");
    private static final Instant ERASED = Instant.parse("2025-05-03T11:00:00Z");
    private static final Instant T3 = Instant.parse("2025-05-04T12:00:00Z");

    @Test
    void erasesAnOpenSubmissionAndKeepsWhatItWasAbout() {
        Submission before = Submissions.received().startReview("onderzoeker-1", T1);
        assertTrue(before.hasPersonalData());

        Submission after = before.erase("onderzoeker-2", ERASED);

        assertEquals(Submitter.ANONYMISED, after.content().submitter());
        assertNull(after.content().message());
        assertNull(after.clientHash());
        assertFalse(after.hasPersonalData());
        assertEquals(new Erasure("onderzoeker-2", ERASED), after.erasure());
        assertEquals(before.state(), after.state(), "an erasure is not a state change");
        assertEquals(before.history(), after.history());
        assertEquals(before.content().kind(), after.content().kind());
        assertEquals(before.content().target(), after.content().target());
        assertEquals(before.content().proposed(), after.content().proposed());
        assertEquals(before.receivedAt(), after.receivedAt());
        assertNull(before.erasure(), "the earlier value is unchanged");
    }

    @Test
    void anErasedOpenSubmissionCanStillBeDecidedAndKeepsTheRecord() {
        Submission erased = Submissions.received().erase("onderzoeker-1", ERASED);
        Submission decided = erased.decide(new ModerationDecision.Reject("Dubbel"), "onderzoeker-2", T3);
        assertEquals(SubmissionState.REJECTED, decided.state());
        assertEquals(new Erasure("onderzoeker-1", ERASED), decided.erasure());
        assertFalse(decided.hasPersonalData());
    }

    @Test
    void erasesADecidedSubmissionBeforeTheRetentionEnds() {
        Submission decided = Submissions.received().decide(ModerationDecision.Approve.asSubmitted(), "onderzoeker-1",
                T1);
        Submission erased = decided.erase("onderzoeker-2", ERASED);
        assertFalse(erased.hasPersonalData());
        assertSame(decided.decision(), erased.decision());
        assertEquals(decided.decidedAt(), erased.decidedAt());
    }

    @Test
    void aSecondErasureKeepsTheFirstRecord() {
        Submission once = Submissions.received().erase("onderzoeker-1", ERASED);
        assertSame(once, once.erase("onderzoeker-2", T3));
    }

    @Test
    void anErasureNeedsWhoAndWhen() {
        Submission s = Submissions.received();
        assertThrows(IllegalArgumentException.class, () -> s.erase(" ", ERASED));
        assertThrows(NullPointerException.class, () -> s.erase("onderzoeker-1", null));
    }

    @Test
    void theRetentionAnonymisationKeepsAnEarlierErasureRecordAndLeavesNoneItself() {
        MutableClock clock = new MutableClock(T3.plusSeconds(60));
        Anonymiser anonymiser = new Anonymiser(Period.ZERO, clock);
        Submission decided = Submissions.received().decide(new ModerationDecision.Reject("spam"), "onderzoeker-1", T1);
        Submission anonymised = anonymiser.anonymise(decided);
        assertNull(anonymised.erasure(), "nobody asked: no erasure record");
        assertFalse(anonymised.hasPersonalData());

        Submission erasedThenDue = Submissions.received().erase("onderzoeker-1", ERASED)
                .decide(new ModerationDecision.Reject("spam"), "onderzoeker-1", T3);
        assertEquals(new Erasure("onderzoeker-1", ERASED), anonymiser.anonymise(erasedThenDue).erasure());
    }

    @Test
    void personalDataMeansAnyOfSubmitterMessageOrClientHash() {
        SubmissionContent anonymous = Submissions.correction().anonymised();
        assertFalse(Submission.received(anonymous, T1, null).hasPersonalData());
        assertTrue(Submission.received(anonymous, T1, new ClientHash("abc")).hasPersonalData());
        SubmissionContent withMessage = new SubmissionContent(anonymous.kind(), anonymous.target(),
                anonymous.proposed(), "Bel me", Submitter.ANONYMISED);
        assertTrue(Submission.received(withMessage, T1, null).hasPersonalData());
    }
}
