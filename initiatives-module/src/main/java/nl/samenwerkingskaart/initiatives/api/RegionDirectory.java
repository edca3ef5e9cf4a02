package nl.samenwerkingskaart.initiatives.api;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** The labour-market regions the map uses, the same codes as in the map data. */
@ProviderType
public interface RegionDirectory {

    /** Region names by code ({@code AM01}..{@code AM35}), ordered by code. */
    Map<String, String> labourMarketRegions();

    default boolean isLabourMarketRegion(String code) {
        return code != null && labourMarketRegions().containsKey(code);
    }
}
