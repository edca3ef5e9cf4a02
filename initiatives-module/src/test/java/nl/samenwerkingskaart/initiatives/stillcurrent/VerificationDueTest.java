package nl.samenwerkingskaart.initiatives.stillcurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Provenance;
import org.junit.jupiter.api.Test;

class VerificationDueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Period YEAR = Period.ofMonths(12);

    private static Initiative verified(String name, LocalDate day) {
        return Initiative.builder().id(name.toLowerCase() + "-a1b2c").name(name)
                .provenance(new Provenance("bron", day, day == null ? null : "onderzoeker")).build();
    }

    @Test
    void exactlyThePeriodAgoIsDueOneDayLessIsNot() {
        assertTrue(VerificationDue.isDue(new Provenance(null, LocalDate.of(2025, 11, 23), null), TODAY, YEAR));
        assertFalse(VerificationDue.isDue(new Provenance(null, LocalDate.of(2025, 11, 24), null), TODAY, YEAR));
        assertFalse(VerificationDue.isDue(new Provenance(null, TODAY, null), TODAY, YEAR));
    }

    @Test
    void neverVerifiedIsDue() {
        assertTrue(VerificationDue.isDue(Provenance.NONE, TODAY, YEAR));
        assertTrue(VerificationDue.isDue(null, TODAY, YEAR));
    }

    @Test
    void theListHasNeverVerifiedFirstThenTheOldestAndLeavesOutTheRecent() {
        List<Initiative> all = List.of(
                verified("Recent", LocalDate.of(2026, 6, 1)),
                verified("Oud", LocalDate.of(2024, 1, 1)),
                verified("Nooit B", null),
                verified("Ouder", LocalDate.of(2022, 5, 5)),
                verified("nooit a", null));
        assertEquals(List.of("nooit a", "Nooit B", "Ouder", "Oud"),
                VerificationDue.due(all, TODAY, YEAR).stream().map(Initiative::name).toList());
    }

    @Test
    void theConfiguredPeriodCounts() {
        List<Initiative> all = List.of(verified("Half jaar", LocalDate.of(2026, 5, 1)));
        assertEquals(1, VerificationDue.due(all, TODAY, Period.ofMonths(6)).size());
        assertEquals(0, VerificationDue.due(all, TODAY, Period.ofMonths(7)).size());
    }
}
