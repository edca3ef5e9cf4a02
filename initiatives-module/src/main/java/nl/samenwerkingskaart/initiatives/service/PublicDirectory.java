package nl.samenwerkingskaart.initiatives.service;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.api.InitiativeDirectory;
import nl.samenwerkingskaart.initiatives.api.InitiativeSummary;
import nl.samenwerkingskaart.initiatives.api.RegionDirectory;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Region;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.domain.RegionKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The initiatives bundle's public face for other bundles: published initiatives in a few words, from the same
 * in-memory cache the map data comes from, and the labour-market regions of the shipped region file.
 */
@Component(service = {InitiativeDirectory.class, RegionDirectory.class})
public class PublicDirectory implements InitiativeDirectory, RegionDirectory {

    private final PublishedInitiatives initiatives;
    private final Map<String, String> regions;

    @Activate
    public PublicDirectory(@Reference PublishedInitiatives initiatives) {
        this(initiatives, RegionCatalog.loadDefault());
    }

    PublicDirectory(PublishedInitiatives initiatives, RegionCatalog catalog) {
        this.initiatives = initiatives;
        Map<String, String> byCode = new LinkedHashMap<>();
        catalog.regions(RegionKind.LABOUR_MARKET).stream()
                .sorted(Comparator.comparing(Region::code))
                .forEach(region -> byCode.put(region.code(), region.name()));
        this.regions = java.util.Collections.unmodifiableMap(byCode);
    }

    @Override
    public List<InitiativeSummary> published() {
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        return initiatives.all().stream()
                .map(PublicDirectory::summary)
                .sorted(Comparator.comparing(InitiativeSummary::name, dutch))
                .toList();
    }

    @Override
    public Optional<InitiativeSummary> published(String id) {
        return id == null ? Optional.empty() : initiatives.find(id).map(PublicDirectory::summary);
    }

    @Override
    public Map<String, String> labourMarketRegions() {
        return regions;
    }

    private static InitiativeSummary summary(Initiative initiative) {
        String town = initiative.locations().isEmpty() ? null : initiative.locations().get(0).town();
        return new InitiativeSummary(initiative.id(), initiative.name(), initiative.regionCode(), town);
    }
}
