package nl.samenwerkingskaart.initiatives.web;

import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.domain.RegionLookup;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** The region boundaries shipped with this bundle, loaded once and shared. */
@Component(service = Regions.class)
public class Regions {

    private RegionCatalog catalog;

    @Activate
    void activate() {
        catalog = RegionCatalog.loadDefault();
    }

    public RegionLookup lookup() {
        return catalog;
    }

    public RegionCatalog catalog() {
        return catalog;
    }
}
