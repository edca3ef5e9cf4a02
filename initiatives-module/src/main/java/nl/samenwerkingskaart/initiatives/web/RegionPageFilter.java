package nl.samenwerkingskaart.initiatives.web;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.service.RegionFigures;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Region pages are one page with the region-page component, the region in the suffix:
 * {@code /content/site/regios.html/twente}. Only HTML requests with a suffix are looked at. Before the page renders (and writes its first byte), this filter reads the
 * suffix: an address no region has is a 404 (the page then says so above the list of regions), a known one is handed to the component as a
 * request attribute, with the page's canonical address in a {@code Link} header. Pages without the component are
 * left alone.
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "service.ranking:Integer=-950"
})
public class RegionPageFilter implements Filter {

    /** The request attribute with the code of the region the page shows, e.g. {@code AM05}. */
    public static final String REGION_ATTRIBUTE = RegionPageFilter.class.getName() + ".region";
    /** The request attribute set when the suffix names no region (the response is then a 404). */
    public static final String UNKNOWN_ATTRIBUTE = RegionPageFilter.class.getName() + ".unknown";

    @Reference
    private RegionFigures figures;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof SlingHttpServletRequest sling && "html".equals(sling.getRequestPathInfo().getExtension())
                && sling.getRequestPathInfo().getSuffix() != null) {
            Optional<Resource> component = RegionPages.componentOf(sling.getResource());
            if (component.isPresent()) {
                String slug = sling.getRequestPathInfo().getSuffix().substring(1);
                Optional<String> code = figures.slugs().code(slug);
                HttpServletResponse http = (HttpServletResponse) response;
                if (code.isEmpty()) {
                    // The page itself says so, with the list of regions, in the site's layout. (sendError would
                    // go through Sling CMS's error handling, which answers anonymous visitors 401.)
                    http.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    sling.setAttribute(UNKNOWN_ATTRIBUTE, Boolean.TRUE);
                    chain.doFilter(request, response);
                    return;
                }
                sling.setAttribute(REGION_ATTRIBUTE, code.get());
                String page = RegionPages.pagePath(component.get()) + ".html/" + slug;
                // the address the site shows (Sling CMS maps /content/<site> away), like the links on the page
                http.setHeader("Link", "<" + sling.getResourceResolver().map(sling, page) + ">; rel=\"canonical\"");
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
