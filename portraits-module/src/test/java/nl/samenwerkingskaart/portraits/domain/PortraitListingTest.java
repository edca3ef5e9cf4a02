package nl.samenwerkingskaart.portraits.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortraitListingTest {

    private static Portrait portrait(String name, List<String> regions, String date, boolean published) {
        return new Portrait("/content/s/" + name, null, name, regions, "s", List.of(), "", "", "", "", List.of(),
                List.of(), date == null ? null : LocalDate.parse(date), null, List.of(), published);
    }

    private final List<Portrait> portraits = List.of(
            portrait("b-twente", List.of("AM05"), "2025-06-03", true),
            portrait("zonder-datum", List.of("AM24"), null, true),
            portrait("zeeland", List.of("AM24"), "2026-02-10", true),
            portrait("a-twente", List.of("AM05", "AM09"), "2025-06-03", true),
            portrait("concept", List.of("AM05"), "2026-05-01", false),
            portrait("achterhoek", List.of("AM09"), "2025-11-20", true));

    private static List<String> titles(List<Portrait> list) {
        return list.stream().map(Portrait::title).toList();
    }

    @Test
    void publishedOnlyNewestFirstThenByTitleUndatedLast() {
        assertEquals(List.of("zeeland", "achterhoek", "a-twente", "b-twente", "zonder-datum"),
                titles(PortraitListing.published(portraits)));
    }

    @Test
    void filtersByAnyOfTheRegionsAndByYear() {
        assertEquals(List.of("achterhoek", "a-twente"), titles(PortraitListing.filter(portraits, "AM09", null)));
        assertEquals(List.of("achterhoek", "a-twente", "b-twente"), titles(PortraitListing.filter(portraits, null, 2025)));
        assertEquals(List.of("a-twente", "b-twente"), titles(PortraitListing.filter(portraits, "AM05", 2025)));
        assertEquals(List.of(), titles(PortraitListing.filter(portraits, "AM05", 2026)), "the 2026 one is a draft");
    }

    @Test
    void yearsAndRegionsComeFromPublishedPortraitsOnly() {
        assertEquals(List.of(2026, 2025), PortraitListing.years(portraits));
        assertEquals(List.of("AM05", "AM09", "AM24"), PortraitListing.regions(portraits));
        assertEquals(List.of(), PortraitListing.years(List.of(portraits.get(4))));
    }
}
