package nl.samenwerkingskaart.initiatives.stillcurrent;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Provenance;

/**
 * Which initiatives a researcher should check again: those not verified within the period (12 months unless
 * configured), an initiative never verified included. Oldest first, never verified before all others, because what
 * nobody ever checked is the likeliest to be out of date.
 */
public final class VerificationDue {

    private static final Comparator<Initiative> OLDEST_FIRST = Comparator
            .comparing((Initiative i) -> i.provenance().lastVerified(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(i -> i.name() == null ? "" : i.name().toLowerCase(Locale.ROOT))
            .thenComparing(i -> i.id() == null ? "" : i.id());

    private VerificationDue() {}

    /** Whether the provenance is older than the period: verified on or before today minus the period, or never. */
    public static boolean isDue(Provenance provenance, LocalDate today, Period period) {
        LocalDate verified = provenance == null ? null : provenance.lastVerified();
        return verified == null || !verified.isAfter(today.minus(period));
    }

    public static List<Initiative> due(Collection<Initiative> initiatives, LocalDate today, Period period) {
        return initiatives.stream()
                .filter(i -> isDue(i.provenance(), today, period))
                .sorted(OLDEST_FIRST)
                .toList();
    }
}
