package nl.samenwerkingskaart.initiatives.api;

import java.util.Optional;
import org.apache.sling.api.resource.ResourceResolver;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The published regional portrait of a region, for the region pages of this bundle. The portraits bundle provides
 * it (it depends on this bundle, never the reverse); without it a region page simply shows no portrait.
 */
@ConsumerType
public interface RegionPortraits {

    /**
     * The newest published portrait whose main region is {@code regionCode}, else the newest that covers it; read
     * with the visitor's own resolver, so it never shows what the visitor may not read. Empty when there is none.
     */
    Optional<RegionPortrait> publishedFor(ResourceResolver resolver, String regionCode);
}
