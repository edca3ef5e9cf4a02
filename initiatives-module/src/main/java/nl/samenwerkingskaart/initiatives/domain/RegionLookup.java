package nl.samenwerkingskaart.initiatives.domain;

import java.util.Optional;

/**
 * Finds the regions a place lies in. The validator depends on this interface rather than on {@link RegionCatalog},
 * so its tests can use a few fixed regions and other region sources can be plugged in later.
 */
public interface RegionLookup {

    /** The labour-market region (arbeidsmarktregio) at a WGS84 point; empty outside every region. */
    Optional<Region> labourMarketRegionAt(double latitude, double longitude);

    /** The province at a WGS84 point; empty outside every province. */
    Optional<Region> provinceAt(double latitude, double longitude);

    /** A region of any kind by its CBS code, e.g. {@code AM05} or {@code PV23}; empty when unknown. */
    Optional<Region> byCode(String code);
}
