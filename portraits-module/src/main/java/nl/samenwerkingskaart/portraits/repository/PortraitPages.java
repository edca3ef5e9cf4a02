package nl.samenwerkingskaart.portraits.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;

/**
 * Finds portrait pages by walking a site's page tree (pages and folders, never into a page's content). A site holds
 * tens of portraits, not thousands: a walk needs no query index and sees what the reading session may see.
 */
public final class PortraitPages {

    /** All Sling CMS sites live here. */
    public static final String CONTENT_ROOT = "/content";

    private static final int MAX_DEPTH = 12;

    private PortraitPages() {}

    /** Every portrait page below {@code rootPath} (itself included), in tree order. */
    public static List<Portrait> under(ResourceResolver resolver, String rootPath) {
        return collect(resolver, rootPath, PortraitReader::read);
    }

    /** What {@code reader} finds in the pages and folders below {@code rootPath} (itself included), in tree order. */
    static <T> List<T> collect(ResourceResolver resolver, String rootPath, Function<Resource, Optional<T>> reader) {
        List<T> found = new ArrayList<>();
        Resource root = resolver.getResource(rootPath);
        if (root != null) {
            walk(root, 0, reader, found);
        }
        return found;
    }

    private static <T> void walk(Resource resource, int depth, Function<Resource, Optional<T>> reader,
            List<T> found) {
        reader.apply(resource).ifPresent(found::add);
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (Resource child : resource.getChildren()) {
            if (!"jcr:content".equals(child.getName()) && isPageOrFolder(child)) {
                walk(child, depth + 1, reader, found);
            }
        }
    }

    private static boolean isPageOrFolder(Resource resource) {
        String type = resource.getResourceType();
        return "sling:Page".equals(type) || "sling:Site".equals(type) || "sling:Folder".equals(type)
                || "sling:OrderedFolder".equals(type) || "nt:folder".equals(type);
    }
}
