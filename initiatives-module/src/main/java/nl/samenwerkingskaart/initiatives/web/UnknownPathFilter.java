package nl.samenwerkingskaart.initiatives.web;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.ResourceUtil;
import org.osgi.service.component.annotations.Component;

/**
 * Answers 404 for every path under our {@code /bin/samenwerkingskaart} that no servlet of ours serves, such as
 * {@code .../submissions/SW-2026-AAAAAA}. Without it, such a request falls through to Sling's default POST servlet,
 * which fails with a 500 trying to write below {@code /bin} (nothing is stored, but a 5xx is not an answer).
 */
@Component(service = Filter.class, property = {
        "sling.filter.scope=REQUEST",
        "sling.filter.pattern=/bin/samenwerkingskaart/.*",
        "service.ranking:Integer=-1000"
})
public class UnknownPathFilter implements Filter {

    static final String MESSAGE = "Niet gevonden. / Not found.";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof SlingHttpServletRequest sling
                && ResourceUtil.isNonExistingResource(sling.getResource())) {
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

    @Override
    public void init(FilterConfig config) {
        // nothing to set up
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
