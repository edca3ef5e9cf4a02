package nl.samenwerkingskaart.initiatives.submission;

import static nl.samenwerkingskaart.initiatives.submission.Submissions.RECEIVED_AT;
import static nl.samenwerkingskaart.initiatives.submission.Submissions.received;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SubmissionTest {

    private static final Instant T1 = Instant.parse("2025-05-02T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-05-03T11:00:00Z");
    private static final Instant T3 = Instant.parse("2025-05-04T12:00:00Z");

    static Stream<Arguments> decisions() {
        return Stream.of(
                Arguments.of(ModerationDecision.Approve.asSubmitted(), SubmissionState.APPROVED, null),
                Arguments.of(ModerationDecision.Approve.edited(
                        InitiativeInput.builder().website("https://techniekpact.nl").build(), "www weggehaald"),
                        SubmissionState.APPROVED, "www weggehaald"),
                Arguments.of(new ModerationDecision.Merge("techniekpact-twente-k3f9q", "dubbel"),
                        SubmissionState.MERGED, "dubbel"),
                Arguments.of(new ModerationDecision.Reject("Geen bron te vinden"),
                        SubmissionState.REJECTED, "Geen bron te vinden"));
    }

    @Test
    void startsReceivedWithNoHistory() {
        Submission s = received();
        assertEquals(SubmissionState.RECEIVED, s.state());
        assertEquals(List.of(), s.history());
        assertEquals("abc", s.clientHash());
        assertEquals(RECEIVED_AT, s.receivedAt());
        assertTrue(s.decidedAt().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void decidesStraightFromReceived(ModerationDecision decision, SubmissionState outcome, String why) {
        Submission decided = received().decide(decision, "onderzoeker-1", T1);
        assertEquals(outcome, decided.state());
        assertSame(decision, decided.decision());
        assertEquals(List.of(new StateChange(SubmissionState.RECEIVED, outcome, "onderzoeker-1", T1, why)),
                decided.history());
        assertEquals(T1, decided.decidedAt().orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void decidesAfterReview(ModerationDecision decision, SubmissionState outcome, String why) {
        Submission inReview = received().startReview("onderzoeker-1", T1);
        Submission decided = inReview.decide(decision, "onderzoeker-2", T2);
        assertEquals(List.of(
                new StateChange(SubmissionState.RECEIVED, SubmissionState.IN_REVIEW, "onderzoeker-1", T1, null),
                new StateChange(SubmissionState.IN_REVIEW, outcome, "onderzoeker-2", T2, why)), decided.history());
        assertEquals(List.of(new StateChange(SubmissionState.RECEIVED, SubmissionState.IN_REVIEW,
                "onderzoeker-1", T1, null)), inReview.history(), "the earlier value is unchanged");
        assertNull(inReview.decision());
    }

    @ParameterizedTest
    @MethodSource("decisions")
    void refusesEveryStepAfterADecision(ModerationDecision decision) {
        Submission decided = received().decide(decision, "onderzoeker-1", T1);
        RefusedTransitionException review = assertThrows(RefusedTransitionException.class,
                () -> decided.startReview("onderzoeker-2", T2));
        assertEquals(decided.state(), review.from());
        assertEquals(SubmissionState.IN_REVIEW, review.to());
        assertTrue(review.getMessage().contains("already been decided"), review.getMessage());
        decisions().forEach(other -> assertThrows(RefusedTransitionException.class,
                () -> decided.decide((ModerationDecision) other.get()[0], "onderzoeker-2", T3)));
    }

    @Test
    void refusesReviewingTwice() {
        Submission inReview = received().startReview("onderzoeker-1", T1);
        RefusedTransitionException e = assertThrows(RefusedTransitionException.class,
                () -> inReview.startReview("onderzoeker-2", T2));
        assertEquals("A submission cannot go from inReview to inReview", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void rejectionNeedsAReason(String reason) {
        assertThrows(IllegalArgumentException.class, () -> new ModerationDecision.Reject(reason));
        assertThrows(IllegalArgumentException.class, () -> new ModerationDecision.Reject(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Techniekpact Twente", "../etc", "-begint-met-streep"})
    void mergeNeedsAnInitiativeId(String target) {
        assertThrows(IllegalArgumentException.class, () -> new ModerationDecision.Merge(target, null));
        assertThrows(IllegalArgumentException.class, () -> new ModerationDecision.Merge(null, null));
    }

    @Test
    void editedApprovalNeedsTheEditedFields() {
        assertThrows(IllegalArgumentException.class, () -> ModerationDecision.Approve.edited(null, "x"));
        assertTrue(ModerationDecision.Approve.edited(InitiativeInput.builder().name("X Y Z").build(), null)
                .isEdited());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void aChangeNeedsAResearcher(String who) {
        assertThrows(IllegalArgumentException.class, () -> received().startReview(who, T1));
        assertThrows(IllegalArgumentException.class, () -> received().startReview(null, T1));
    }

    @Test
    void aStoredSubmissionMustBeWhereItsHistoryLeads() {
        Submission decided = received().decide(new ModerationDecision.Reject("dubbel"), "onderzoeker-1", T1);
        assertThrows(IllegalArgumentException.class, () -> new Submission(decided.content(), RECEIVED_AT, null,
                SubmissionState.REJECTED, List.of(), decided.decision()));
        assertThrows(IllegalArgumentException.class, () -> new Submission(decided.content(), RECEIVED_AT, null,
                SubmissionState.IN_REVIEW, decided.history(), null));
        assertThrows(IllegalArgumentException.class, () -> new Submission(decided.content(), RECEIVED_AT, null,
                SubmissionState.APPROVED, decided.history(), ModerationDecision.Approve.asSubmitted()));
        assertThrows(IllegalArgumentException.class, () -> new Submission(decided.content(), RECEIVED_AT, null,
                SubmissionState.REJECTED, decided.history(), ModerationDecision.Approve.asSubmitted()));
        assertEquals(decided, new Submission(decided.content(), RECEIVED_AT, "abc", SubmissionState.REJECTED,
                decided.history(), decided.decision()));
    }

    @Test
    void contentNeedsATargetExactlyWhenTheKindDoes() {
        Submitter submitter = new Submitter("An", "an@example.nl", null, null);
        InitiativeInput none = InitiativeInput.builder().build();
        assertThrows(IllegalArgumentException.class,
                () -> new SubmissionContent(SubmissionKind.CORRECTION, null, none, "x", submitter));
        assertThrows(IllegalArgumentException.class,
                () -> new SubmissionContent(SubmissionKind.NEW_INITIATIVE, "a-b", none, "x", submitter));
    }
}
