package nl.samenwerkingskaart.initiatives.web.newsletter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.newsletter.SubscriberCsv;
import nl.samenwerkingskaart.initiatives.newsletter.repository.SubscriptionStore;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.osgi.service.component.annotations.Component;

/**
 * The confirmed subscribers as a CSV download, {@code GET /bin/samenwerkingskaart/console/newsletter.csv}, read in
 * the signed-in user's own session: only who may read the newsletter's data (newsletter editors, administrators;
 * repoinit) gets it, everyone else 403 and not a line. A GET behind authentication rather than a POST with a CSRF
 * token: it changes nothing, and a page of another site that makes a browser fetch it cannot read the answer (the
 * same-origin policy), so a forged request gains nothing; a plain link also lets the browser download it as a file.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + NewsletterExportServlet.PATH,
        "sling.servlet.methods=GET"
})
public class NewsletterExportServlet extends SlingSafeMethodsServlet {

    public static final String PATH = "/bin/samenwerkingskaart/console/newsletter";

    private static final long serialVersionUID = 1L;
    private final transient SubscriptionStore store = new SubscriptionStore();

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        var info = request.getRequestPathInfo();
        if (!"csv".equals(info.getExtension()) || info.getSelectorString() != null || info.getSuffix() != null) {
            NewsletterServlet.plain(response, HttpServletResponse.SC_NOT_FOUND, "error.notFound");
            return;
        }
        ResourceResolver resolver = request.getResourceResolver();
        if (resolver.getUserID() == null || "anonymous".equals(resolver.getUserID()) || !store.canRead(resolver)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("Alleen nieuwsbriefredacteuren mogen de abonnees downloaden."
                    + " / Only newsletter editors may download the subscribers.");
            return;
        }
        byte[] csv = SubscriberCsv.write(store.all(resolver));
        String name = "nieuwsbrief-abonnees-" + LocalDate.now(ZoneId.of("Europe/Amsterdam")) + ".csv";
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
