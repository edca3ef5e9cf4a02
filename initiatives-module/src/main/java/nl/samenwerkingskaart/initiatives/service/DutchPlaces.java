package nl.samenwerkingskaart.initiatives.service;

import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;
import nl.samenwerkingskaart.initiatives.domain.geo.Place;
import nl.samenwerkingskaart.initiatives.domain.geo.ShippedGazetteer;
import nl.samenwerkingskaart.initiatives.domain.geo.TownMatch;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shipped gazetteer as a service. It is read on first use rather than at start-up, because most requests never
 * need it and the CMS should not start slower for it; reading it takes some tens of milliseconds
 * (docs/gazetteer.md).
 */
@Component(service = Gazetteer.class)
public class DutchPlaces implements Gazetteer {

    private static final Logger LOG = LoggerFactory.getLogger(DutchPlaces.class);

    private volatile ShippedGazetteer places;

    @Override
    public TownMatch lookup(String town) {
        return places().lookup(town);
    }

    @Override
    public String qualifiedName(Place place) {
        return places().qualifiedName(place);
    }

    @Override
    public List<Place> suggestions(String town, int limit) {
        return places().suggestions(town, limit);
    }

    ShippedGazetteer places() {
        ShippedGazetteer loaded = places;
        if (loaded == null) {
            synchronized (this) {
                loaded = places;
                if (loaded == null) {
                    long start = System.nanoTime();
                    loaded = ShippedGazetteer.load();
                    places = loaded;
                    LOG.info("Gazetteer: {} Dutch places read in {} ms", loaded.size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return loaded;
    }
}
