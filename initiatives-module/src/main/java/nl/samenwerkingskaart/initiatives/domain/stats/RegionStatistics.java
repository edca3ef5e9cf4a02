package nl.samenwerkingskaart.initiatives.domain.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Party;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;

/**
 * Counts of published initiatives per labour-market region (issue 5). An initiative counts once, in its region: the
 * region of its main location, or the one a researcher chose. An initiative with locations in several regions is not
 * counted again in the others, so the regions' totals add up to the national total and a region page, the
 * choropleth and the table agree with the map, which places an initiative by its main location too.
 *
 * <p>Unpublished initiatives are left out here, whatever the caller passes. Initiatives without a known region are
 * counted in {@link #unplaced()}. Immutable.
 */
public final class RegionStatistics {

    private final Map<String, RegionCounts> byRegion;
    private final int unplaced;

    private RegionStatistics(Map<String, RegionCounts> byRegion, int unplaced) {
        this.byRegion = byRegion;
        this.unplaced = unplaced;
    }

    /**
     * Counts the initiatives over the given regions; every region gets an entry, one without initiatives too.
     *
     * @param initiatives any initiatives; only published ones count
     * @param regionCodes the regions to count, in the order {@link #regions()} gives them back
     */
    public static RegionStatistics of(Collection<Initiative> initiatives, Collection<String> regionCodes) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        regionCodes.forEach(code -> tallies.put(code, new Tally()));
        int unplaced = 0;
        for (Initiative initiative : initiatives) {
            if (!initiative.published()) {
                continue;
            }
            Tally tally = initiative.regionCode() == null ? null : tallies.get(initiative.regionCode());
            if (tally == null) {
                unplaced++;
            } else {
                tally.add(initiative);
            }
        }
        Map<String, RegionCounts> counts = new LinkedHashMap<>();
        tallies.forEach((code, tally) -> counts.put(code, tally.counts(code)));
        return new RegionStatistics(java.util.Collections.unmodifiableMap(counts), unplaced);
    }

    /** Every region asked for, in the order asked. */
    public List<RegionCounts> regions() {
        return List.copyOf(byRegion.values());
    }

    /** The counts of one region; empty when it was not among the regions counted. */
    public Optional<RegionCounts> region(String code) {
        return Optional.ofNullable(byRegion.get(code));
    }

    /** Published initiatives in the counted regions. */
    public int total() {
        return byRegion.values().stream().mapToInt(RegionCounts::total).sum();
    }

    /** Published initiatives whose region is unknown or not among the regions counted. */
    public int unplaced() {
        return unplaced;
    }

    /** The largest total of a region; 0 when no region has an initiative. */
    public int maximum() {
        return byRegion.values().stream().mapToInt(RegionCounts::total).max().orElse(0);
    }

    /** Running counts of one region. */
    private static final class Tally {
        private int total;
        private final Map<Level, Integer> levels = new EnumMap<>(Level.class);
        private final Map<PartyKind, Integer> kinds = new EnumMap<>(PartyKind.class);
        private final Map<String, Integer> sectors = new HashMap<>();
        private final Map<String, Integer> themes = new HashMap<>();

        Tally() {
            for (Level level : Level.values()) {
                levels.put(level, 0);
            }
            for (PartyKind kind : PartyKind.values()) {
                kinds.put(kind, 0);
            }
        }

        void add(Initiative initiative) {
            total++;
            initiative.levels().forEach(level -> levels.merge(level, 1, Integer::sum));
            Set<PartyKind> present = new LinkedHashSet<>();
            for (Party party : initiative.parties()) {
                if (party.kind() != null) {
                    present.add(party.kind());
                }
            }
            present.forEach(kind -> kinds.merge(kind, 1, Integer::sum));
            new LinkedHashSet<>(initiative.sectors()).forEach(sector -> sectors.merge(sector, 1, Integer::sum));
            new LinkedHashSet<>(initiative.themes()).forEach(theme -> themes.merge(theme, 1, Integer::sum));
        }

        RegionCounts counts(String code) {
            return new RegionCounts(code, total, levels, kinds, mostFirst(sectors), mostFirst(themes));
        }

        private static Map<String, Integer> mostFirst(Map<String, Integer> counts) {
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
            entries.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()));
            Map<String, Integer> ordered = new LinkedHashMap<>();
            entries.forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
            return ordered;
        }
    }
}
