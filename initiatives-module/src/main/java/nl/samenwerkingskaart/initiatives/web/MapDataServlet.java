package nl.samenwerkingskaart.initiatives.web;

import java.io.IOException;
import javax.servlet.Servlet;
import nl.samenwerkingskaart.initiatives.mapdata.MapData;
import nl.samenwerkingskaart.initiatives.service.PublishedInitiatives;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public map data: a GeoJSON FeatureCollection of the published initiatives (docs/contracts.md). Read-only,
 * open to anonymous visitors, revalidated with its ETag and served gzipped when the client accepts it.
 */
@Component(
        service = Servlet.class,
        property = {
            "sling.servlet.paths=" + MapDataServlet.PATH,
            "sling.servlet.methods=GET",
            "sling.servlet.methods=HEAD",
            "sling.auth.requirements=-" + MapDataServlet.PUBLIC_ROOT
        })
public class MapDataServlet extends SlingSafeMethodsServlet {

    public static final String PUBLIC_ROOT = "/bin/samenwerkingskaart/public";
    static final String PATH = PUBLIC_ROOT + "/initiatives";
    private static final long serialVersionUID = 1L;

    @Reference
    private transient PublishedInitiatives publishedInitiatives;

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        if (!"json".equals(request.getRequestPathInfo().getExtension())
                || request.getRequestPathInfo().getSelectorString() != null
                || request.getRequestPathInfo().getSuffix() != null) {
            PublicResponses.notFound(response);
            return;
        }
        MapData data = publishedInitiatives.mapData();
        PublicResponses.sendJson(request, response, data.json(), data.gzipped(), data.etag());
    }
}
