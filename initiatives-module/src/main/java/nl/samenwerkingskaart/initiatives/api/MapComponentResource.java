package nl.samenwerkingskaart.initiatives.api;

import java.util.Map;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.SyntheticResource;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.api.wrappers.ValueMapDecorator;

/**
 * The map component as a page includes it with fixed settings ({@code <sling:include resource=...>}): a resource
 * that exists only for the request, with the properties an editor would give a map (see the map component's
 * README). Not stored, so nobody can change it in the page editor. Region pages and portrait pages use it for a map
 * fixed to one region.
 */
public final class MapComponentResource extends SyntheticResource {

    /** The map component's resource type. */
    public static final String MAP_TYPE = "samenwerking/components/map";

    private final ValueMap values;

    /**
     * @param path the path the map appears at; its URL-hash prefix and DOM id are derived from it
     * @param values the map's properties, e.g. {@code startView}, {@code presetRegion}, {@code visibleFilters}
     */
    public MapComponentResource(ResourceResolver resolver, String path, Map<String, Object> values) {
        super(resolver, path, MAP_TYPE);
        this.values = new ValueMapDecorator(Map.copyOf(values));
    }

    @Override
    public ValueMap getValueMap() {
        return values;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T adaptTo(Class<T> type) {
        if (type == ValueMap.class || type == Map.class) {
            return (T) values;
        }
        return super.adaptTo(type);
    }
}
