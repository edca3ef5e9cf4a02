package nl.samenwerkingskaart.initiatives.web;

import java.util.Optional;
import org.apache.sling.api.resource.Resource;

/** Where a region-page component sits: found in a page's content, and the page it belongs to. */
public final class RegionPages {

    public static final String RESOURCE_TYPE = "samenwerking/components/region-page";

    private static final String CONTENT = "jcr:content";
    private static final int MAX_DEPTH = 6;

    private RegionPages() {}

    /** The region-page component of the page a request addresses (the page or its content); empty when none. */
    public static Optional<Resource> componentOf(Resource requested) {
        if (requested == null) {
            return Optional.empty();
        }
        Resource content = CONTENT.equals(requested.getName()) ? requested : requested.getChild(CONTENT);
        return content == null ? Optional.empty() : Optional.ofNullable(find(content, 0));
    }

    /** The path of the page a component is on, e.g. {@code /content/site/regios}. */
    public static String pagePath(Resource component) {
        String path = component.getPath();
        int content = path.indexOf("/" + CONTENT);
        return content < 0 ? path : path.substring(0, content);
    }

    private static Resource find(Resource resource, int depth) {
        if (resource.isResourceType(RESOURCE_TYPE)) {
            return resource;
        }
        if (depth >= MAX_DEPTH) {
            return null;
        }
        for (Resource child : resource.getChildren()) {
            Resource found = find(child, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
