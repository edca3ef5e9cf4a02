package nl.samenwerkingskaart.initiatives.web;

import java.io.IOException;
import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.apache.sling.api.SlingHttpServletRequest;
import org.osgi.service.component.annotations.Component;

/**
 * Anonymous visitors get no default renderings ({@code .json}, {@code .xml}, {@code .txt}, with any selectors) of
 * anything under {@code /content}. Sling CMS's security filter lets a request through when the requested resource
 * is (below) a published page or folder, and Sling's default GET servlet then renders its descendants too:
 * {@code <published folder>.infinity.json} showed every draft page below it, portraits in review included. Visitors
 * read pages as HTML; the product's data go out through {@code /bin/samenwerkingskaart/public}.
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "service.ranking:Integer=-900"
})
public class ContentRenderingFilter implements Filter {

    static final Set<String> DEFAULT_RENDERINGS = Set.of("json", "xml", "txt");
    static final String MESSAGE = "Niet gevonden. / Not found.";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof SlingHttpServletRequest sling && isAnonymous(sling) && isContent(sling)
                && DEFAULT_RENDERINGS.contains(String.valueOf(sling.getRequestPathInfo().getExtension()))) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(HttpServletResponse.SC_NOT_FOUND);
            http.setContentType("text/plain");
            http.setCharacterEncoding("UTF-8");
            http.setHeader("X-Content-Type-Options", "nosniff");
            http.getWriter().write(MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** By the resolved resource, not the URL: Sling CMS maps a site's pages to shorter paths too. */
    private static boolean isContent(SlingHttpServletRequest request) {
        String path = request.getResource().getPath();
        return path.equals("/content") || path.startsWith("/content/");
    }

    private static boolean isAnonymous(SlingHttpServletRequest request) {
        String user = request.getResourceResolver().getUserID();
        return user == null || "anonymous".equals(user);
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
