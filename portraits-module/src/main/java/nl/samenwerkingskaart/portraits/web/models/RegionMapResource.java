package nl.samenwerkingskaart.portraits.web.models;

import java.util.Map;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.SyntheticResource;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.api.wrappers.ValueMapDecorator;

/**
 * The map component of the initiatives bundle as a portrait page includes it: a resource that exists only for the
 * request, with the settings an editor would give a map fixed to the portrait's region. Not stored, so nobody can
 * change it in the page editor, and every portrait shows the same kind of map.
 */
final class RegionMapResource extends SyntheticResource {

    static final String MAP_TYPE = "samenwerking/components/map";

    private final ValueMap values;

    RegionMapResource(ResourceResolver resolver, String path, Map<String, Object> values) {
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
