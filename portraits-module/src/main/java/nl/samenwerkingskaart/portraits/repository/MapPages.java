package nl.samenwerkingskaart.portraits.repository;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.sling.api.resource.Resource;

/**
 * Finds the site's map page: the first published page (in tree order) that holds a map component showing the
 * region filter, i.e. a map of the whole country rather than one fixed to a region. Links to initiatives
 * ("good practices") open there.
 */
public final class MapPages {

    public static final String MAP_TYPE = "samenwerking/components/map";

    private static final int MAX_PAGE_DEPTH = 8;
    private static final int MAX_COMPONENT_DEPTH = 6;

    private MapPages() {}

    /** The path of the map component resource, e.g. {@code /content/site/kaart/jcr:content/container/map}. */
    public static Optional<String> mapComponentIn(Resource site) {
        return site == null ? Optional.empty() : Optional.ofNullable(walkPages(site, 0));
    }

    private static String walkPages(Resource resource, int depth) {
        Resource content = resource.getChild("jcr:content");
        if (content != null && SitePages.PAGE_TYPE.equals(resource.getValueMap().get("jcr:primaryType", String.class))
                && content.getValueMap().get(PortraitProperties.PUBLISHED, false)) {
            String map = walkComponents(content, 0);
            if (map != null) {
                return map;
            }
        }
        if (depth >= MAX_PAGE_DEPTH) {
            return null;
        }
        for (Resource child : resource.getChildren()) {
            if (!"jcr:content".equals(child.getName())) {
                String map = walkPages(child, depth + 1);
                if (map != null) {
                    return map;
                }
            }
        }
        return null;
    }

    private static String walkComponents(Resource resource, int depth) {
        if (resource.isResourceType(MAP_TYPE) && showsRegionFilter(resource)) {
            return resource.getPath();
        }
        if (depth >= MAX_COMPONENT_DEPTH) {
            return null;
        }
        for (Resource child : resource.getChildren()) {
            String map = walkComponents(child, depth + 1);
            if (map != null) {
                return map;
            }
        }
        return null;
    }

    private static boolean showsRegionFilter(Resource map) {
        String[] filters = map.getValueMap().get("visibleFilters", String[].class);
        if (filters == null) {
            return true; // the map component's default: every filter
        }
        List<String> shown = Arrays.stream(filters).map(String::strip).toList();
        return shown.contains("region");
    }
}
