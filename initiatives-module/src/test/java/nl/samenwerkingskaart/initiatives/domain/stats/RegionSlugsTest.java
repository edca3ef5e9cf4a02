package nl.samenwerkingskaart.initiatives.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.domain.Region;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.domain.RegionKind;
import org.junit.jupiter.api.Test;

class RegionSlugsTest {

    @Test
    void everyShippedRegionHasAUniqueReadableAddressThatLeadsBack() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Region region : RegionCatalog.loadDefault().regions(RegionKind.LABOUR_MARKET)) {
            names.put(region.code(), region.name());
        }
        RegionSlugs slugs = new RegionSlugs(names);

        assertEquals(35, names.size());
        for (String code : names.keySet()) {
            String slug = slugs.slug(code).orElseThrow();
            assertTrue(slug.matches("[a-z0-9]+(-[a-z0-9]+)*"), slug);
            assertEquals(Optional.of(code), slugs.code(slug));
        }
        assertEquals(Optional.of("twente"), slugs.slug("AM05"));
        assertEquals(Optional.of("zaanstreek-waterland"), slugs.slug("AM17"));
        assertEquals(Optional.of("groot-amsterdam"), slugs.slug("AM18"));
        assertEquals(Optional.of("zuid-kennemerland-en-ijmond"), slugs.slug("AM37"));
    }

    @Test
    void unknownCodesAndAddressesAreEmpty() {
        RegionSlugs slugs = new RegionSlugs(Map.of("AM05", "Twente"));

        assertTrue(slugs.code("Twente").isEmpty(), "addresses match exactly");
        assertTrue(slugs.code("amsterdam").isEmpty());
        assertTrue(slugs.code(null).isEmpty());
        assertTrue(slugs.slug("AM99").isEmpty());
    }

    @Test
    void accentsAreDroppedAndTwoRegionsCannotShareAnAddress() {
        assertEquals("fryslan-noord", RegionSlugs.slugOf(" Fryslân – Noord "));
        assertThrows(IllegalArgumentException.class,
                () -> new RegionSlugs(Map.of("AM01", "Den Bosch", "AM02", "den-bosch")));
    }
}
