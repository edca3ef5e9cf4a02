package nl.samenwerkingskaart.initiatives.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.repository.VerificationRecords;
import nl.samenwerkingskaart.initiatives.stillcurrent.ConfirmationToken;
import nl.samenwerkingskaart.initiatives.stillcurrent.StillCurrentLinks;
import nl.samenwerkingskaart.initiatives.stillcurrent.StillCurrentMail;
import nl.samenwerkingskaart.initiatives.stillcurrent.VerificationRequest;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact's "still correct" link: GET shows the initiative's name and a button, POST (the button) records the
 * confirmation: lastVerified today, verifiedBy "contact", and the link is used up. Opening the link changes nothing,
 * because mail scanners open links. A link that is forged, used or replaced answers 404, an expired one 410, each
 * with a page that says so. Reads and writes with the service user {@value #SUBSERVICE}, which may read initiatives
 * and change their properties, nothing else.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + StillCurrentLinks.CONFIRM_PATH,
        "sling.servlet.methods=GET",
        "sling.servlet.methods=POST",
        "sling.auth.requirements=-" + MapDataServlet.PUBLIC_ROOT
})
public class StillCurrentConfirmServlet extends SlingAllMethodsServlet {

    static final String SUBSERVICE = "initiatives-verifier";
    /** Who confirmed, as the console shows it. */
    public static final String CONTACT = "contact";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StillCurrentConfirmServlet.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Reference
    private transient ResourceResolverFactory resolverFactory;

    @Reference
    private transient InitiativeRepository repository;

    private transient Clock clock = Clock.systemUTC();

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        handle(request, response, false);
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        handle(request, response, true);
    }

    private void handle(SlingHttpServletRequest request, SlingHttpServletResponse response, boolean confirm)
            throws IOException {
        StillCurrentPage page = new StillCurrentPage(StillCurrentMail.language(request.getParameter(
                StillCurrentLinks.LANGUAGE)));
        String id = request.getParameter(StillCurrentLinks.ID);
        String token = request.getParameter(StillCurrentLinks.TOKEN);
        if (id == null || !InitiativeIds.isValid(id) || !ConfirmationToken.isWellFormed(token)) {
            page.send(response, HttpServletResponse.SC_NOT_FOUND, page.unknown());
            return;
        }
        try (ResourceResolver resolver = resolverFactory.getServiceResourceResolver(
                Map.of(ResourceResolverFactory.SUBSERVICE, SUBSERVICE))) {
            Instant now = clock.instant();
            Optional<VerificationRequest> sent = VerificationRecords.lastRequest(resolver, id);
            Optional<Initiative> initiative = repository.find(resolver, id);
            if (initiative.isEmpty() || sent.isEmpty() || !sent.get().accepts(token, now)) {
                boolean expired = initiative.isPresent() && sent.isPresent() && sent.get().expired(token, now);
                page.send(response, expired ? HttpServletResponse.SC_GONE : HttpServletResponse.SC_NOT_FOUND,
                        expired ? page.expired() : page.unknown());
                return;
            }
            if (!confirm) {
                page.send(response, HttpServletResponse.SC_OK, page.question(initiative.get().name(), id, token));
                return;
            }
            VerificationRecords.markVerified(resolver, id, LocalDate.ofInstant(now, ZONE), CONTACT);
            page.send(response, HttpServletResponse.SC_OK, page.thanks(initiative.get().name()));
        } catch (LoginException | PersistenceException e) {
            LOG.error("Still current: the confirmation of {} could not be recorded: {}", id, e.getMessage());
            page.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, page.failed());
        }
    }
}
