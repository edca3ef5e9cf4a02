package nl.samenwerkingskaart.initiatives.web.console;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.domain.csv.CsvExport;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The complete export for researchers: every initiative the signed-in user can read, published or not, with every
 * column (provenance and published state included), as CSV (docs/csv-format.md). Read with the request's own
 * resolver: who cannot read the initiatives (site editors, anonymous) gets 403. A GET, as it changes nothing; never
 * cached.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + ResearcherExportServlet.PATH,
        "sling.servlet.methods=GET"
})
public class ResearcherExportServlet extends SlingSafeMethodsServlet {

    public static final String PATH = "/bin/samenwerkingskaart/console/export.csv";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ResearcherExportServlet.class);

    @Reference
    private transient InitiativeRepository repository;

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        var resolver = request.getResourceResolver();
        if (resolver.getResource(InitiativeRepository.DATA_ROOT) == null || resolver.getUserID() == null
                || "anonymous".equals(resolver.getUserID())) {
            ImportText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, CsvImportServlet.FORBIDDEN);
            return;
        }
        var all = repository.findAll(resolver);
        ByteArrayOutputStream out = new ByteArrayOutputStream(all.size() * 800 + 1024);
        CsvExport.write(all, true, out);
        byte[] bytes = out.toByteArray();
        LOG.info("{} exported all {} initiatives", resolver.getUserID(), all.size());
        String file = "samenwerkingskaart-initiatieven-volledig-" + LocalDate.now(ZoneId.of("Europe/Amsterdam"))
                + ".csv";
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/csv");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
