package nl.samenwerkingskaart.portraits.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What visitors may see of a set of portraits, in the order they see it: published ones only, newest publication
 * date first (undated last), then by title; filtered by region and year as the portrait list's form asks.
 */
public final class PortraitListing {

    private static final Comparator<Portrait> NEWEST_FIRST = Comparator
            .comparing(Portrait::publicationDate, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Portrait::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Portrait::path);

    private PortraitListing() {}

    /** The published portraits, newest first. Drafts and portraits in review never pass. */
    public static List<Portrait> published(List<Portrait> portraits) {
        return portraits.stream().filter(Portrait::published).sorted(NEWEST_FIRST).toList();
    }

    /**
     * The published portraits about a region (any of their regions) and of a publication year, newest first.
     *
     * @param region a region code, or null for all regions
     * @param year a publication year, or null for all years
     */
    public static List<Portrait> filter(List<Portrait> portraits, String region, Integer year) {
        return published(portraits).stream()
                .filter(p -> region == null || p.regions().contains(region))
                .filter(p -> year == null || (p.publicationDate() != null && p.publicationDate().getYear() == year))
                .toList();
    }

    /** The publication years of the published portraits, newest first. */
    public static List<Integer> years(List<Portrait> portraits) {
        TreeSet<Integer> years = new TreeSet<>(Comparator.reverseOrder());
        published(portraits).stream().map(Portrait::publicationDate).filter(Objects::nonNull)
                .forEach(date -> years.add(date.getYear()));
        return List.copyOf(years);
    }

    /** The regions that published portraits are about, in code order. */
    public static List<String> regions(List<Portrait> portraits) {
        TreeSet<String> regions = new TreeSet<>();
        published(portraits).forEach(p -> regions.addAll(p.regions()));
        return List.copyOf(regions);
    }
}
