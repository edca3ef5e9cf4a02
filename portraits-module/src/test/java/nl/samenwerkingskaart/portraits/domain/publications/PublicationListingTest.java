package nl.samenwerkingskaart.portraits.domain.publications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenwerkingskaart.portraits.domain.publications.Publication.Category;
import org.junit.jupiter.api.Test;

class PublicationListingTest {

    private static final Category ARTICLE = new Category("/etc/taxonomy/publicaties/artikel", "Artikel");

    private static Publication publication(String path, String title, String date, Category category) {
        return new Publication(path, title, LocalDate.parse(date), List.of(), category, null);
    }

    private final Publication twente = publication("/c/twente", "Regioportret Twente", "2025-06-03",
            Category.portrait());
    private final Publication leerlijnen = publication("/c/leerlijnen", "leerlijnen", "2025-06-03", ARTICLE);
    private final Publication netwerken = publication("/c/netwerken", "Netwerken", "2025-03-14", ARTICLE);
    private final Publication zeeland = publication("/c/zeeland", "Regioportret Zeeland", "2026-02-10",
            Category.portrait());
    private final Publication colofon = publication("/c/colofon", "Colofon", "2024-01-01", Category.other());
    private final List<Publication> all = List.of(netwerken, twente, colofon, zeeland, leerlijnen);

    private static List<String> titles(List<Publication> publications) {
        return publications.stream().map(Publication::title).toList();
    }

    @Test
    void newestFirstThenByTitleIgnoringCase() {
        assertEquals(List.of("Regioportret Zeeland", "leerlijnen", "Regioportret Twente", "Netwerken", "Colofon"),
                titles(PublicationListing.newestFirst(all)));
    }

    @Test
    void equalDateAndTitleKeepAStableOrderByPath() {
        Publication a = publication("/c/a", "Zelfde", "2025-01-01", ARTICLE);
        Publication b = publication("/c/b", "Zelfde", "2025-01-01", ARTICLE);
        assertEquals(List.of(a, b), PublicationListing.newestFirst(List.of(b, a)));
    }

    @Test
    void oneCategoryOnly() {
        assertEquals(List.of("Regioportret Zeeland", "Regioportret Twente"),
                titles(PublicationListing.ofCategory(all, Category.PORTRAIT)));
        assertEquals(List.of("leerlijnen", "Netwerken"), titles(PublicationListing.ofCategory(all, ARTICLE.key())));
    }

    @Test
    void noOrAnUnknownCategoryShowsEverything() {
        assertEquals(5, PublicationListing.ofCategory(all, null).size());
        assertEquals(5, PublicationListing.ofCategory(all, "/etc/taxonomy/weg").size());
        assertFalse(PublicationListing.hasCategory(all, "/etc/taxonomy/weg"));
        assertFalse(PublicationListing.hasCategory(all, null));
        assertTrue(PublicationListing.hasCategory(all, Category.OTHER));
    }

    @Test
    void categoriesInTheOrderOfTheirNewestPublication() {
        assertEquals(List.of(Category.PORTRAIT, ARTICLE.key(), Category.OTHER),
                new ArrayList<>(PublicationListing.categories(all).keySet()));
        assertEquals("Artikel", PublicationListing.categories(all).get(ARTICLE.key()).label());
    }

    @Test
    void aPublicationCopiesItsAuthorsAndNeverHasANullSummary() {
        List<String> authors = new ArrayList<>(List.of("dr. A. de Vries"));
        Publication p = new Publication("/c/p", "P", LocalDate.of(2025, 1, 1), authors, ARTICLE, null);
        authors.add("later");
        assertEquals(List.of("dr. A. de Vries"), p.authors());
        assertEquals("", p.summary());
        assertThrows(UnsupportedOperationException.class, () -> p.authors().add("x"));
    }
}
