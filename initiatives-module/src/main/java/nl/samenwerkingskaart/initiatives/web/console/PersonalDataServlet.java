package nl.samenwerkingskaart.initiatives.web.console;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.submission.privacy.SubmitterData;
import nl.samenwerkingskaart.initiatives.submission.privacy.SubmitterDataExport;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import nl.samenwerkingskaart.initiatives.web.CsrfTokens;
import nl.samenwerkingskaart.initiatives.api.GetRequest;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataView.Step;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import nl.samenwerkingskaart.initiatives.moderation.ModerationSessions;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's request about their data as a submitter, for researchers: {@code :action} = find, confirm (the
 * question before erasing), export (a JSON download) or erase, each with the parameter {@code email}. Only POST,
 * with the console's CSRF token, so the address is never part of a URL.
 *
 * <p>Everything is read with the request's own resource resolver: someone who cannot read the submissions folder
 * (site editors, anonymous) is refused with 403 before the address is even looked at. Researchers may not write
 * submissions themselves (so that Sling's POST servlet cannot go around the moderation), so an erasure, once the
 * caller is known to be a moderator, is written with a service session that may rewrite submissions and nothing
 * else, and names the researcher in the log and in the erasure's record.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + PersonalDataServlet.PATH,
        "sling.servlet.methods=POST"
})
public class PersonalDataServlet extends SlingAllMethodsServlet {

    public static final String PATH = "/bin/samenwerkingskaart/console/personal-data";
    public static final String PAGE = "/cms/samenwerking/personal-data.html";
    /** The request attribute that carries a {@link PersonalDataView} to the page. */
    public static final String ATTR_VIEW = "nl.samenwerkingskaart.console.personalData";
    static final String PAGE_RESOURCE = "/mnt/overlay/sling-cms/content/samenwerking/personal-data.html";
    static final String ACTION = ":action";
    static final String EMAIL = "email";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataServlet.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Reference
    private transient SubmissionRepository repository;

    @Reference
    private transient CsrfTokens csrfTokens;

    @Reference
    private transient ModerationSessions sessions;

    private transient Clock clock = Clock.systemUTC();

    public PersonalDataServlet() {}

    /** For tests: the services and a fixed clock. */
    PersonalDataServlet(SubmissionRepository repository, CsrfTokens csrfTokens, ModerationSessions sessions,
            Clock clock) {
        this.repository = repository;
        this.csrfTokens = csrfTokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException {
        if (!csrfTokens.isValid(request)) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.get(request, ConsoleText.CSRF));
            return;
        }
        ResourceResolver resolver = request.getResourceResolver();
        if (resolver.getResource(SubmissionRepository.DATA_ROOT) == null) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, PersonalDataText.get(request, PersonalDataText.FORBIDDEN));
            return;
        }
        String action = Objects.toString(request.getParameter(ACTION), "");
        if (!List.of("find", "confirm", "export", "erase").contains(action)) {
            plain(response, HttpServletResponse.SC_BAD_REQUEST, ConsoleText.get(request, ConsoleText.UNKNOWN_ACTION));
            return;
        }
        String typed = request.getParameter(EMAIL);
        String email = SubmitterData.normalise(typed);
        if (email == null) {
            boolean empty = typed == null || typed.isBlank();
            render(request, response, HttpServletResponse.SC_BAD_REQUEST, PersonalDataView.invalid(typed,
                    empty ? PersonalDataText.EMAIL_MISSING : PersonalDataText.EMAIL_INVALID));
            return;
        }
        SubmitterData data = new SubmitterData(repository);
        switch (action) {
            case "find" -> render(request, response, HttpServletResponse.SC_OK,
                    new PersonalDataView(Step.RESULTS, email, data.find(resolver, email), null, 0));
            case "confirm" -> render(request, response, HttpServletResponse.SC_OK,
                    new PersonalDataView(Step.CONFIRM, email, data.find(resolver, email), null, 0));
            case "export" -> export(request, response, data, email);
            default -> erase(request, response, data, email);
        }
    }

    private void export(SlingHttpServletRequest request, SlingHttpServletResponse response, SubmitterData data,
            String email) throws IOException {
        List<StoredSubmission> found = data.find(request.getResourceResolver(), email);
        byte[] json = SubmitterDataExport.write(email, clock.instant(), found);
        LOG.info("{} exported a submitter's data ({} submissions)", request.getResourceResolver().getUserID(),
                found.size());
        String file = "persoonsgegevens-" + LocalDate.now(clock.withZone(ZONE)) + ".json";
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private void erase(SlingHttpServletRequest request, SlingHttpServletResponse response, SubmitterData data,
            String email) throws ServletException, IOException {
        String who = sessions.moderator(request.getResourceResolver());
        if (who == null) {
            plain(response, HttpServletResponse.SC_FORBIDDEN, PersonalDataText.get(request, PersonalDataText.FORBIDDEN));
            return;
        }
        try (ResourceResolver writer = sessions.openForErasure()) {
            List<String> erased = data.erase(writer, email, who, clock.instant());
            LOG.info("{} erased a submitter's data at their request from {} submissions: {}", who, erased.size(),
                    erased);
            render(request, response, HttpServletResponse.SC_OK,
                    new PersonalDataView(Step.ERASED, email, List.of(), null, erased.size()));
        } catch (LoginException | PersistenceException | RuntimeException e) {
            LOG.error("Could not erase a submitter's data", e);
            plain(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
                    PersonalDataText.get(request, PersonalDataText.FAILED));
        }
    }

    /** Renders the console page for this step, in this same request (a GET to the page, seen from inside). */
    private static void render(SlingHttpServletRequest request, SlingHttpServletResponse response, int status,
            PersonalDataView view) throws ServletException, IOException {
        request.setAttribute(ATTR_VIEW, view);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        RequestDispatcher dispatcher = request.getRequestDispatcher(PAGE_RESOURCE);
        if (dispatcher == null) {
            throw new ServletException("No dispatcher for " + PAGE_RESOURCE);
        }
        dispatcher.forward(new GetRequest(request), response);
    }

    private static void plain(SlingHttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(text);
    }
}
