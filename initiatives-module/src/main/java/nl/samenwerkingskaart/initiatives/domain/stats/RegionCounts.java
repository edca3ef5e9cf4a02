package nl.samenwerkingskaart.initiatives.domain.stats;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;

/**
 * How many published initiatives a region has, in total and by level, party kind, sector and theme. A count by
 * level, kind, sector or theme counts initiatives, not parties: an initiative with three mbo institutions counts once
 * under mbo. So the parts of one breakdown can add up to more than the total (an initiative has several levels).
 *
 * @param regionCode the labour-market region, e.g. {@code AM05}
 * @param total the published initiatives in the region
 * @param byLevel every level, in the enum's order, zero included
 * @param byPartyKind every party kind, in the enum's order, zero included
 * @param bySector the sectors that occur, most frequent first, then by code
 * @param byTheme the themes that occur, most frequent first, then by code
 */
public record RegionCounts(
        String regionCode,
        int total,
        Map<Level, Integer> byLevel,
        Map<PartyKind, Integer> byPartyKind,
        Map<String, Integer> bySector,
        Map<String, Integer> byTheme) {

    public RegionCounts {
        byLevel = Collections.unmodifiableMap(new EnumMap<>(byLevel));
        byPartyKind = Collections.unmodifiableMap(new EnumMap<>(byPartyKind));
        bySector = Collections.unmodifiableMap(new LinkedHashMap<>(bySector));
        byTheme = Collections.unmodifiableMap(new LinkedHashMap<>(byTheme));
    }

    /** The initiatives in the region at a level. */
    public int level(Level level) {
        return byLevel.getOrDefault(level, 0);
    }

    /** The initiatives in the region with at least one party of a kind. */
    public int partyKind(PartyKind kind) {
        return byPartyKind.getOrDefault(kind, 0);
    }
}
