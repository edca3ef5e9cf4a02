package nl.samenwerkingskaart.initiatives.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The labour-market regions and provinces of the Netherlands (CBS 2025) as one {@link RegionLookup}. Immutable and
 * safe to share between threads; load it once.
 */
public final class RegionCatalog implements RegionLookup {

    static final String LABOUR_MARKET_RESOURCE = "/static-resources/regions/arbeidsmarktregio_2025.geojson";
    static final String PROVINCE_RESOURCE = "/static-resources/regions/provincie_2025.geojson";

    private final RegionIndex labourMarket;
    private final RegionIndex provinces;

    public RegionCatalog(RegionIndex labourMarket, RegionIndex provinces) {
        if (labourMarket.kind() != RegionKind.LABOUR_MARKET || provinces.kind() != RegionKind.PROVINCE) {
            throw new IllegalArgumentException("Expected a labour-market index and a province index");
        }
        this.labourMarket = labourMarket;
        this.provinces = provinces;
    }

    /** Reads both GeoJSON files; the streams are read but not closed. */
    public static RegionCatalog load(InputStream labourMarketGeoJson, InputStream provinceGeoJson) throws IOException {
        return new RegionCatalog(
                RegionIndex.parse(labourMarketGeoJson, RegionKind.LABOUR_MARKET),
                RegionIndex.parse(provinceGeoJson, RegionKind.PROVINCE));
    }

    /**
     * The region files shipped in this bundle. They are part of the product, so a missing or broken file is a
     * build error and is reported unchecked.
     */
    public static RegionCatalog loadDefault() {
        try (InputStream labourMarket = resource(LABOUR_MARKET_RESOURCE);
                InputStream provinces = resource(PROVINCE_RESOURCE)) {
            return load(labourMarket, provinces);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped region files", e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = RegionCatalog.class.getResourceAsStream(path);
        if (in == null) {
            throw new IOException("Missing resource " + path);
        }
        return in;
    }

    @Override
    public Optional<Region> labourMarketRegionAt(double latitude, double longitude) {
        return labourMarket.regionAt(latitude, longitude);
    }

    @Override
    public Optional<Region> provinceAt(double latitude, double longitude) {
        return provinces.regionAt(latitude, longitude);
    }

    @Override
    public Optional<Region> byCode(String code) {
        return labourMarket.byCode(code).or(() -> provinces.byCode(code));
    }

    /** All regions of a kind, sorted by name. */
    public List<Region> regions(RegionKind kind) {
        return (kind == RegionKind.LABOUR_MARKET ? labourMarket : provinces).regions();
    }
}
