package nl.samenwerkingskaart.portraits.web.models;

import java.util.regex.Pattern;
import nl.samenwerkingskaart.portraits.repository.PortraitPages;
import nl.samenwerkingskaart.portraits.repository.SitePages;
import org.apache.sling.api.resource.Resource;

/**
 * Where a list component of pages (portraits, publications) looks and where its filter form sends its GET: the
 * two answers the list models share.
 */
final class PageLists {

    private static final Pattern ROOT = Pattern.compile("/content(/[^/\\s]+)+");

    private PageLists() {}

    /** The editor's root path when it is a path under /content, else the component's site, else /content. */
    static String root(Resource component, String rootPath) {
        if (rootPath != null && ROOT.matcher(rootPath.strip()).matches()) {
            return rootPath.strip();
        }
        Resource site = SitePages.siteOf(component);
        return site != null ? site.getPath() : PortraitPages.CONTENT_ROOT;
    }

    /** The page that holds the component, as an HTML address with the request's context path. */
    static String action(Resource component, String context) {
        Resource page = SitePages.pageOf(component);
        return context + (page != null ? page.getPath() : component.getPath()) + ".html";
    }
}
