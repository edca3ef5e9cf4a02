package nl.samenwerkingskaart.initiatives.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;
import nl.samenwerkingskaart.initiatives.domain.geo.TownMatch;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SlingContextExtension.class)
class DutchPlacesTest {

    private final SlingContext context = new SlingContext();

    @Test
    void isTheGazetteerServiceAndReadsTheDataOnce() {
        context.registerInjectActivateService(new DutchPlaces());
        DutchPlaces places = (DutchPlaces) context.getService(Gazetteer.class);
        assertEquals(TownMatch.Kind.FOUND, places.lookup("Zwolle").kind());
        assertEquals(TownMatch.Kind.AMBIGUOUS, places.lookup("Hengelo").kind());
        assertEquals("Hengelo (Overijssel)", places.qualifiedName(places.lookup("Hengelo").candidates().get(1)));
        assertEquals("Enschede", places.suggestions("Enschde", 1).get(0).name());
        assertSame(places.places(), places.places());
    }
}
