package nl.samenwerkingskaart.portraits.domain.publications;

import java.time.LocalDate;
import java.util.List;

/**
 * A published page of the site as the publications overview lists it: an article, a regional portrait, any page
 * with a publication date.
 *
 * @param path the page's path
 * @param title its title
 * @param date its publication date, never null (a page without one is no publication)
 * @param authors names with titles, in the page's order; may be empty
 * @param category what kind of publication it is; never null
 * @param summary a short plain-text description; empty when the page has none
 */
public record Publication(String path, String title, LocalDate date, List<String> authors, Category category,
        String summary) {

    public Publication {
        authors = List.copyOf(authors);
        summary = summary == null ? "" : summary;
    }

    /**
     * A kind of publication.
     *
     * @param key a stable key for links and filters: {@value #PORTRAIT} for regional portraits, the taxonomy
     *        term's path for a page's first keyword, {@value #OTHER} for pages without one
     * @param label the name visitors read; empty for {@link #OTHER} and {@link #PORTRAIT}, whose names are
     *        translated where they are shown
     */
    public record Category(String key, String label) {

        public static final String PORTRAIT = "portrait";
        public static final String OTHER = "other";

        public static Category portrait() {
            return new Category(PORTRAIT, "");
        }

        public static Category other() {
            return new Category(OTHER, "");
        }
    }
}
