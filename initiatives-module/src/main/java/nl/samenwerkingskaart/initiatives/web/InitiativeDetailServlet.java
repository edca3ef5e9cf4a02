package nl.samenwerkingskaart.initiatives.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.servlet.Servlet;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeDetailWriter;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.mapdata.ContentTag;
import nl.samenwerkingskaart.initiatives.service.PublishedInitiatives;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public details of one published initiative, loaded on demand by the map:
 * {@code /bin/samenwerkingskaart/public/initiative.json/<id>}. Unpublished or unknown ids answer 404 alike.
 */
@Component(
        service = Servlet.class,
        property = {
            "sling.servlet.paths=" + InitiativeDetailServlet.PATH,
            "sling.servlet.methods=GET",
            "sling.servlet.methods=HEAD"
        })
public class InitiativeDetailServlet extends SlingSafeMethodsServlet {

    static final String PATH = MapDataServlet.PUBLIC_ROOT + "/initiative";
    private static final long serialVersionUID = 1L;

    @Reference
    private transient PublishedInitiatives publishedInitiatives;

    @Reference
    private transient Regions regions;

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        String suffix = request.getRequestPathInfo().getSuffix();
        String id = suffix == null ? "" : suffix.substring(1);
        Optional<Initiative> initiative = "json".equals(request.getRequestPathInfo().getExtension())
                        && InitiativeIds.isValid(id)
                ? publishedInitiatives.find(id)
                : Optional.empty();
        if (initiative.isEmpty()) {
            PublicResponses.notFound(response);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        InitiativeDetailWriter.write(initiative.get(), regions.lookup(), out);
        byte[] json = out.toByteArray();
        PublicResponses.sendJson(request, response, json, null, ContentTag.of(json));
    }
}
