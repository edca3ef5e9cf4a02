package nl.samenwerkingskaart.initiatives.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnonymiserTest {

    private static final Instant DECIDED = Instant.parse("2025-05-10T12:00:00Z");
    private static final Instant A_YEAR_LATER = Instant.parse("2026-05-10T12:00:00Z");

    private final MutableClock clock = new MutableClock(A_YEAR_LATER.plusSeconds(1));

    static Stream<ModerationDecision> decisions() {
        return Stream.of(ModerationDecision.Approve.asSubmitted(),
                new ModerationDecision.Merge("techniekpact-twente-k3f9q", "dubbel"),
                new ModerationDecision.Reject("Niet over beroepsonderwijs"));
    }

    private static Submission decided(ModerationDecision decision) {
        return Submissions.received().startReview("onderzoeker-1", DECIDED.minusSeconds(3_600))
                .decide(decision, "onderzoeker-2", DECIDED);
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void removesTheSubmitterOnceTheRetentionHasPassed(ModerationDecision decision) {
        Submission before = decided(decision);
        Submission after = new Anonymiser(clock).anonymise(before);
        assertEquals(Submitter.ANONYMISED, after.content().submitter());
        assertTrue(after.content().submitter().isAnonymised());
        assertNull(after.content().message(), "free text may hold personal data");
        assertNull(after.clientHash());
        assertEquals(before.content().kind(), after.content().kind());
        assertEquals(before.content().target(), after.content().target());
        assertEquals(before.content().proposed(), after.content().proposed());
        assertEquals(before.history(), after.history(), "researchers stay in the history");
        assertEquals("onderzoeker-2", after.history().get(1).who());
        assertEquals(before.state(), after.state());
        assertSame(before.decision(), after.decision());
        assertEquals(before.receivedAt(), after.receivedAt());
    }

    @Test
    void placeholdersCanNeverReachAnyone() {
        assertTrue(Submitter.ANONYMISED.email().endsWith(".invalid"));
        assertNull(Submitter.ANONYMISED.organisation());
        assertNull(Submitter.ANONYMISED.role());
    }

    @Test
    void leavesASubmissionDecidedWithinTheRetentionAlone() {
        clock.set(A_YEAR_LATER);
        Submission recent = decided(ModerationDecision.Approve.asSubmitted());
        assertSame(recent, new Anonymiser(clock).anonymise(recent));
        clock.advance(Duration.ofSeconds(1));
        assertFalse(new Anonymiser(clock).anonymise(recent).equals(recent));
    }

    @Test
    void neverTouchesAnOpenSubmission() {
        clock.set(Instant.parse("2030-01-01T00:00:00Z"));
        Anonymiser anonymiser = new Anonymiser(clock);
        Submission received = Submissions.received();
        Submission inReview = received.startReview("onderzoeker-1", DECIDED);
        assertSame(received, anonymiser.anonymise(received));
        assertSame(inReview, anonymiser.anonymise(inReview));
        assertFalse(anonymiser.isDue(inReview));
    }

    @Test
    void countsTheRetentionFromTheDecisionNotFromReceipt() {
        Submission late = Submissions.received().decide(ModerationDecision.Approve.asSubmitted(), "onderzoeker-1",
                Instant.parse("2026-03-01T00:00:00Z"));
        assertSame(late, new Anonymiser(clock).anonymise(late));
    }

    @Test
    void takesAConfiguredRetention() {
        Submission s = decided(ModerationDecision.Approve.asSubmitted());
        clock.set(DECIDED.plus(Duration.ofDays(32)));
        assertTrue(new Anonymiser(Period.ofMonths(1), clock).isDue(s));
        assertFalse(new Anonymiser(Period.ofMonths(2), clock).isDue(s));
        assertFalse(new Anonymiser(clock).isDue(s), "the default is twelve months");
        assertThrows(IllegalArgumentException.class, () -> new Anonymiser(Period.ofMonths(-1), clock));
    }

    @Test
    void isIdempotent() {
        Anonymiser anonymiser = new Anonymiser(clock);
        Submission once = anonymiser.anonymise(decided(new ModerationDecision.Reject("spam")));
        assertEquals(once, anonymiser.anonymise(once));
    }

    @Test
    void needsAnonymisingOnlyWhatIsDueAndStillPersonal() {
        Anonymiser anonymiser = new Anonymiser(clock);
        Submission due = decided(new ModerationDecision.Reject("spam"));
        assertTrue(anonymiser.needsAnonymising(due));
        assertFalse(anonymiser.needsAnonymising(anonymiser.anonymise(due)), "done once, not again every night");
        assertFalse(anonymiser.needsAnonymising(Submissions.received()), "open");
        clock.set(A_YEAR_LATER);
        assertFalse(anonymiser.needsAnonymising(due), "within the retention");
    }
}
