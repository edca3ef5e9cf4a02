package nl.samenwerkingskaart.portraits.domain.publications;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The publications overview's order and filter: newest first (then by title, then by path, so equal dates keep a
 * stable order), optionally one category only.
 */
public final class PublicationListing {

    private static final Comparator<Publication> NEWEST_FIRST = Comparator
            .comparing(Publication::date, Comparator.reverseOrder())
            .thenComparing(Publication::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Publication::path);

    private PublicationListing() {}

    /** The publications newest first. */
    public static List<Publication> newestFirst(List<Publication> publications) {
        return publications.stream().sorted(NEWEST_FIRST).toList();
    }

    /**
     * The publications of one category, newest first; all of them when {@code categoryKey} is null or no
     * publication has that category (an outdated link shows everything rather than nothing).
     */
    public static List<Publication> ofCategory(List<Publication> publications, String categoryKey) {
        List<Publication> sorted = newestFirst(publications);
        if (categoryKey == null || !categories(publications).containsKey(categoryKey)) {
            return sorted;
        }
        return sorted.stream().filter(p -> p.category().key().equals(categoryKey)).toList();
    }

    /** The categories that occur, by key, in the order of their newest publication. */
    public static Map<String, Publication.Category> categories(List<Publication> publications) {
        Map<String, Publication.Category> categories = new LinkedHashMap<>();
        newestFirst(publications).forEach(p -> categories.putIfAbsent(p.category().key(), p.category()));
        return categories;
    }

    /** Whether a category key names one of the publications' categories. */
    public static boolean hasCategory(List<Publication> publications, String categoryKey) {
        return categoryKey != null && categories(publications).containsKey(categoryKey);
    }
}
