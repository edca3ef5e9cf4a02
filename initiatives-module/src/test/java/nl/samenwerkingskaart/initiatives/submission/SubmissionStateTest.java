package nl.samenwerkingskaart.initiatives.submission;

import static nl.samenwerkingskaart.initiatives.submission.SubmissionState.APPROVED;
import static nl.samenwerkingskaart.initiatives.submission.SubmissionState.IN_REVIEW;
import static nl.samenwerkingskaart.initiatives.submission.SubmissionState.MERGED;
import static nl.samenwerkingskaart.initiatives.submission.SubmissionState.RECEIVED;
import static nl.samenwerkingskaart.initiatives.submission.SubmissionState.REJECTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SubmissionStateTest {

    /** The only moves CONTENT-MODEL.md allows; every other pair must be refused. */
    private static final Set<List<SubmissionState>> ALLOWED = Set.of(
            List.of(RECEIVED, IN_REVIEW), List.of(RECEIVED, APPROVED), List.of(RECEIVED, MERGED),
            List.of(RECEIVED, REJECTED), List.of(IN_REVIEW, APPROVED), List.of(IN_REVIEW, MERGED),
            List.of(IN_REVIEW, REJECTED));

    static Stream<Arguments> everyPair() {
        return Arrays.stream(SubmissionState.values())
                .flatMap(from -> Arrays.stream(SubmissionState.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPair")
    void allowsExactlyTheModelledTransitions(SubmissionState from, SubmissionState to) {
        assertEquals(ALLOWED.contains(List.of(from, to)), from.canMoveTo(to));
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionState.class, names = {"APPROVED", "MERGED", "REJECTED"})
    void decidedStatesAreFinal(SubmissionState state) {
        assertTrue(state.isDecided());
        assertTrue(state.next().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = SubmissionState.class, names = {"RECEIVED", "IN_REVIEW"})
    void openStatesAreNotDecided(SubmissionState state) {
        assertFalse(state.isDecided());
    }

    @ParameterizedTest
    @EnumSource(SubmissionState.class)
    void codesRoundTrip(SubmissionState state) {
        assertEquals(state, SubmissionState.fromCode(state.code()).orElseThrow());
    }
}
