package nl.samenwerkingskaart.initiatives.web;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.service.RegionFigures;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The counts of published initiatives per labour-market region (docs/regions.md, "Counts per region"):
 * {@code region-counts.json} for the choropleth and other sites, {@code region-counts.csv} as the download beside the
 * table. Public and read-only; revalidated with an ETag like the map data.
 */
@Component(
        service = Servlet.class,
        property = {
            "sling.servlet.paths=" + RegionCountsServlet.PATH,
            "sling.servlet.methods=GET",
            "sling.servlet.methods=HEAD"
        })
public class RegionCountsServlet extends SlingSafeMethodsServlet {

    static final String PATH = MapDataServlet.PUBLIC_ROOT + "/region-counts";
    static final String CSV_NAME = "initiatieven-per-regio.csv";
    private static final long serialVersionUID = 1L;

    @Reference
    private transient RegionFigures figures;

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        String extension = request.getRequestPathInfo().getExtension();
        if (request.getRequestPathInfo().getSelectorString() != null
                || request.getRequestPathInfo().getSuffix() != null) {
            PublicResponses.notFound(response);
            return;
        }
        RegionFigures.Figures current = figures.current();
        if ("json".equals(extension)) {
            PublicResponses.sendJson(request, response, current.json(), null, current.jsonTag());
        } else if ("csv".equals(extension)) {
            sendCsv(request, response, current);
        } else {
            PublicResponses.notFound(response);
        }
    }

    private static void sendCsv(SlingHttpServletRequest request, SlingHttpServletResponse response,
            RegionFigures.Figures current) throws IOException {
        response.setHeader("ETag", current.csvTag());
        response.setHeader("Cache-Control", PublicResponses.CACHE_CONTROL);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (HttpCaching.notModified(request.getHeader("If-None-Match"), current.csvTag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + CSV_NAME + "\"");
        response.setContentLength(current.csv().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(current.csv());
        }
    }
}
