package nl.samenwerkingskaart.initiatives.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.Region;
import nl.samenwerkingskaart.initiatives.domain.RegionCatalog;
import nl.samenwerkingskaart.initiatives.domain.RegionKind;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionCountsCsv;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionCountsJson;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionSlugs;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionStatistics;
import nl.samenwerkingskaart.initiatives.mapdata.ContentTag;
import nl.samenwerkingskaart.initiatives.mapdata.MapData;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The counts per labour-market region of the published initiatives, for the region pages, the table under the map
 * and the public counts endpoints. Computed from the same in-memory initiatives as the map data, and again only when
 * the map data changed (its ETag), so every public view of the counts agrees with the map.
 */
@Component(service = RegionFigures.class)
public class RegionFigures {

    private final PublishedInitiatives initiatives;
    private final Map<String, String> names;
    private final RegionSlugs slugs;
    private volatile Figures current;

    @Activate
    public RegionFigures(@Reference PublishedInitiatives initiatives) {
        this(initiatives, RegionCatalog.loadDefault());
    }

    RegionFigures(PublishedInitiatives initiatives, RegionCatalog catalog) {
        this.initiatives = initiatives;
        Map<String, String> byCode = new LinkedHashMap<>();
        catalog.regions(RegionKind.LABOUR_MARKET).stream()
                .sorted(Comparator.comparing(Region::code))
                .forEach(region -> byCode.put(region.code(), region.name()));
        this.names = Collections.unmodifiableMap(byCode);
        this.slugs = new RegionSlugs(byCode);
    }

    /** The current counts and their serialised forms. */
    public Figures current() {
        MapData data = initiatives.mapData();
        Figures figures = current;
        if (figures == null || !figures.mapDataTag().equals(data.etag())) {
            figures = compute(data.etag());
            current = figures;
        }
        return figures;
    }

    /** Labour-market region names by code, ordered by code. */
    public Map<String, String> names() {
        return names;
    }

    /** The readable addresses of the regions. */
    public RegionSlugs slugs() {
        return slugs;
    }

    private Figures compute(String mapDataTag) {
        RegionStatistics statistics = RegionStatistics.of(initiatives.all(), names.keySet());
        try {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            RegionCountsJson.write(statistics, names, slugs, json);
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            RegionCountsCsv.write(statistics, names, csv);
            return new Figures(mapDataTag, statistics, json.toByteArray(), ContentTag.of(json.toByteArray()),
                    csv.toByteArray(), ContentTag.of(csv.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The counts as of one version of the map data.
     *
     * @param mapDataTag the ETag of the map data they were counted from
     */
    public record Figures(String mapDataTag, RegionStatistics statistics, byte[] json, String jsonTag, byte[] csv,
            String csvTag) {}
}
