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
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
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
 * with a page that says so; so does a link whose id or token comes more than once, as no link of ours does. The
 * button's form carries a CSRF token: a POST without a valid one gets the page again (403) and records nothing, as
 * does one whose body is over {@value #MAX_BODY_BYTES} bytes (413). Reads and writes with the service user
 * {@value #SUBSERVICE}, which may read initiatives and change their properties, nothing else.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + StillCurrentLinks.CONFIRM_PATH,
        "sling.servlet.methods=GET",
        "sling.servlet.methods=POST",
        "sling.auth.requirements=-" + MapDataServlet.PUBLIC_ROOT
})
public class StillCurrentConfirmServlet extends SlingAllMethodsServlet {

    static final String SUBSERVICE = "initiatives-verifier";
    /** The form holds four short fields; the submission endpoint's limit is ample. */
    static final int MAX_BODY_BYTES = 65_536;
    /** Who confirmed, as the console shows it. */
    public static final String CONTACT = "contact";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StillCurrentConfirmServlet.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Reference
    private transient ResourceResolverFactory resolverFactory;

    @Reference
    private transient InitiativeRepository repository;

    @Reference
    private transient CsrfProtection csrf;

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
        if (confirm && FormRequests.isLargerThan(request, MAX_BODY_BYTES)) {
            page.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, page.tooLarge());
            return;
        }
        String id = single(request, StillCurrentLinks.ID);
        String token = single(request, StillCurrentLinks.TOKEN);
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
            if (!confirm || !csrf.isValid(request)) {
                page.send(response, confirm ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_OK,
                        page.question(initiative.get().name(), id, token, csrf.tokenFor(request), confirm));
                return;
            }
            VerificationRecords.markVerified(resolver, id, LocalDate.ofInstant(now, ZONE), CONTACT);
            page.send(response, HttpServletResponse.SC_OK, page.thanks(initiative.get().name()));
        } catch (LoginException | PersistenceException e) {
            LOG.error("Still current: the confirmation of {} could not be recorded: {}", id, e.getMessage());
            page.send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, page.failed());
        }
    }

    /** A parameter's value when it came exactly once, else null: a link of ours carries each of them once. */
    private static String single(SlingHttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values != null && values.length == 1 ? values[0] : null;
    }
}
