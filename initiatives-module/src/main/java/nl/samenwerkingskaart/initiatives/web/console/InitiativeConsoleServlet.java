package nl.samenwerkingskaart.initiatives.web.console;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.jcr.AccessDeniedException;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.domain.InitiativeValidator;
import nl.samenwerkingskaart.initiatives.domain.Provenance;
import nl.samenwerkingskaart.initiatives.domain.Validated;
import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;
import nl.samenwerkingskaart.initiatives.domain.geo.TownCoordinates;
import nl.samenwerkingskaart.initiatives.moderation.ModerationResult;
import nl.samenwerkingskaart.initiatives.moderation.SubmissionModeration;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.web.CsrfTokens;
import nl.samenwerkingskaart.initiatives.api.GetRequest;
import nl.samenwerkingskaart.initiatives.web.Regions;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's one writing endpoint: {@code :action} = save, publish, unpublish or delete. Every change is made
 * with the request's own resource resolver, so the repository's access control decides who may change what; a
 * researcher without write access gets a plain 403, not an error page.
 *
 * <p>A valid save redirects (303) to the list. An invalid one renders the form again, in this same request, with
 * everything that was typed and a message at each field (status 400): nothing is stored until all of it is valid.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + ConsolePaths.SERVLET,
        "sling.servlet.methods=POST"
})
public class InitiativeConsoleServlet extends SlingAllMethodsServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(InitiativeConsoleServlet.class);

    static final String ACTION = ":action";
    static final String ID = "id";
    /** The list's query (search, filters, page) to return to after a row action. */
    static final String RETURN = ":return";
    static final int SOURCE_MAX = 500;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Reference
    private transient InitiativeRepository repository;

    @Reference
    private transient CsrfTokens csrfTokens;

    @Reference
    private transient Regions regions;

    @Reference
    private transient SubmissionModeration moderation;

    @Reference
    private transient Gazetteer gazetteer;

    private transient Clock clock = Clock.system(ZONE);

    public InitiativeConsoleServlet() {}

    /** For tests: the services and a fixed clock. */
    InitiativeConsoleServlet(InitiativeRepository repository, CsrfTokens csrfTokens, Regions regions, Clock clock) {
        this.repository = repository;
        this.csrfTokens = csrfTokens;
        this.regions = regions;
        this.clock = clock;
    }

    /** For tests: with a gazetteer for locations given by town alone. */
    InitiativeConsoleServlet(InitiativeRepository repository, CsrfTokens csrfTokens, Regions regions, Clock clock,
            Gazetteer gazetteer) {
        this(repository, csrfTokens, regions, clock);
        this.gazetteer = gazetteer;
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException {
        if (!csrfTokens.isValid(request)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.CSRF);
            return;
        }
        String action = Objects.toString(request.getParameter(ACTION), "");
        try {
            switch (action) {
                case "save" -> save(request, response);
                case "publish" -> setPublished(request, response, true);
                case "unpublish" -> setPublished(request, response, false);
                case "delete" -> delete(request, response);
                default -> ConsoleText.plain(request, response, HttpServletResponse.SC_BAD_REQUEST,
                        ConsoleText.UNKNOWN_ACTION);
            }
        } catch (PersistenceException e) {
            request.getResourceResolver().revert();
            if (isAccessDenied(e)) {
                LOG.info("{} may not {} initiatives: {}", request.getResourceResolver().getUserID(), action,
                        e.getMessage());
                ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN);
            } else {
                LOG.error("Could not {} an initiative", action, e);
                ConsoleText.plain(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, ConsoleText.FAILED);
            }
        }
    }

    private void save(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException, PersistenceException {
        ResourceResolver resolver = request.getResourceResolver();
        String id = blankToNull(request.getParameter(ID));
        if (id != null && !InitiativeIds.isValid(id)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_BAD_REQUEST, ConsoleText.BAD_ID);
            return;
        }
        // Someone who may not write initiatives cannot read them either: without this check they would be sent to
        // the list with "not found" (a 303) instead of being refused.
        if (id != null && !mayWrite(resolver, id, Session.ACTION_SET_PROPERTY)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN);
            return;
        }
        Optional<Initiative> existing = id == null ? Optional.empty() : repository.find(resolver, id);
        if (id != null && existing.isEmpty()) {
            redirectToList(request, response, "notfound", null);
            return;
        }
        InitiativeForm form = new InitiativeFormReader(request.getParameterMap()).read();
        String submission = request.getParameter(ModerationPaths.SUBMISSION_PARAMETER);
        if (submission != null && !submission.isEmpty()) {
            approveEdited(request, response, id, submission, form);
            return;
        }
        Validated<Initiative> validated = gazetteer == null
                ? InitiativeValidator.validate(form.input(), id, regions.lookup())
                : InitiativeValidator.validate(form.input(), id, regions.lookup(), gazetteer);
        List<FieldError> errors = new ArrayList<>(validated.errors());
        LocalDate lastVerified = lastVerified(form, errors);
        String source = source(form, errors);
        if (!errors.isEmpty()) {
            renderFormAgain(request, response, id, form, errors);
            return;
        }
        String newId = id != null ? id : InitiativeIds.newId(validated.value().name());
        if (!mayWrite(resolver, newId, existing.isPresent() ? Session.ACTION_SET_PROPERTY : Session.ACTION_ADD_NODE)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN);
            return;
        }
        Initiative initiative = validated.value().toBuilder()
                .id(newId)
                .published(existing.map(Initiative::published).orElse(false))
                .demo(existing.map(Initiative::demo).orElse(false))
                .provenance(provenance(source, lastVerified, existing, resolver.getUserID()))
                .lastModified(clock.instant())
                .build();
        repository.save(resolver, initiative);
        redirectToList(request, response, existing.isPresent() ? "saved" : "created", null);
    }

    /** "Edit, then approve": the researcher's version of the initiative approves the submission. */
    private void approveEdited(SlingHttpServletRequest request, SlingHttpServletResponse response, String id,
            String submission, InitiativeForm form) throws ServletException, IOException, PersistenceException {
        String reference = ModerationPaths.validReference(submission);
        if (reference == null) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_BAD_REQUEST, ConsoleText.BAD_REFERENCE);
            return;
        }
        TownCoordinates.Completion towns = gazetteer == null
                ? new TownCoordinates.Completion(form.input(), List.of())
                : TownCoordinates.complete(form.input(), gazetteer);
        ModerationResult result = moderation.approve(request.getResourceResolver(), reference, Set.of(),
                "true".equals(request.getParameter("publish")), towns.input(), null);
        if (result instanceof ModerationResult.Invalid invalid) {
            renderFormAgain(request, response, id, form, towns.with(invalid.errors()));
            return;
        }
        if (result instanceof ModerationResult.Forbidden) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN_MODERATION);
            return;
        }
        String notice = result instanceof ModerationResult.Done ? "approve"
                : result instanceof ModerationResult.AlreadyDecided ? "alreadyDecided" : null;
        if (notice == null) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_NOT_FOUND, ConsoleText.NOT_FOUND_SUBMISSION);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + ModerationPaths.detailUrl(reference)
                + "?notice=" + notice);
    }

    /** Ticking "verified today" wins over a typed date; a typed date must be a real one and not in the future. */
    private LocalDate lastVerified(InitiativeForm form, List<FieldError> errors) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        if (form.markVerified()) {
            return today;
        }
        String typed = blankToNull(form.lastVerified());
        if (typed == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(typed.strip());
            if (date.isAfter(today)) {
                errors.add(FieldError.of("lastVerified", ConsoleText.FUTURE_DATE));
                return null;
            }
            return date;
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(FieldError.of("lastVerified", ConsoleText.INVALID_DATE));
            return null;
        }
    }

    private static String source(InitiativeForm form, List<FieldError> errors) {
        String source = blankToNull(form.source());
        if (source == null) {
            return null;
        }
        source = source.strip();
        if (source.codePointCount(0, source.length()) > SOURCE_MAX) {
            errors.add(FieldError.of("source", ConsoleText.SOURCE_TOO_LONG));
            return null;
        }
        return source;
    }

    /** Who verified stays with the date: a new date is the current user's, an unchanged one keeps its author. */
    private static Provenance provenance(String source, LocalDate lastVerified, Optional<Initiative> existing,
            String userId) {
        Provenance before = existing.map(Initiative::provenance).orElse(Provenance.NONE);
        String verifiedBy;
        if (lastVerified == null) {
            verifiedBy = null;
        } else if (lastVerified.equals(before.lastVerified())) {
            verifiedBy = before.verifiedBy();
        } else {
            verifiedBy = userId;
        }
        return new Provenance(source, lastVerified, verifiedBy);
    }

    private void renderFormAgain(SlingHttpServletRequest request, SlingHttpServletResponse response, String id,
            InitiativeForm form, List<FieldError> errors) throws ServletException, IOException {
        request.setAttribute(ConsolePaths.ATTR_FORM, form);
        request.setAttribute(ConsolePaths.ATTR_ERRORS, List.copyOf(errors));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        String target = ConsolePaths.FORM_PAGE_RESOURCE + (id == null ? "" : ConsolePaths.suffix(id));
        RequestDispatcher dispatcher = request.getRequestDispatcher(target);
        if (dispatcher == null) {
            throw new ServletException("No dispatcher for " + target);
        }
        dispatcher.forward(new GetRequest(request), response);
    }

    private void setPublished(SlingHttpServletRequest request, SlingHttpServletResponse response, boolean published)
            throws IOException, PersistenceException {
        String id = validId(request, response);
        if (id == null) {
            return;
        }
        ResourceResolver resolver = request.getResourceResolver();
        if (!mayWrite(resolver, id, Session.ACTION_SET_PROPERTY)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN);
            return;
        }
        boolean found = repository.setPublished(resolver, id, published);
        redirectToList(request, response, found ? (published ? "published" : "unpublished") : "notfound",
                request.getParameter(RETURN));
    }

    private void delete(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws IOException, PersistenceException {
        String id = validId(request, response);
        if (id == null) {
            return;
        }
        ResourceResolver resolver = request.getResourceResolver();
        if (!mayWrite(resolver, id, Session.ACTION_REMOVE)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN);
            return;
        }
        boolean found = repository.delete(resolver, id);
        redirectToList(request, response, found ? "deleted" : "notfound", request.getParameter(RETURN));
    }

    private static String validId(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws IOException {
        String id = request.getParameter(ID);
        if (!InitiativeIds.isValid(id)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_BAD_REQUEST, ConsoleText.BAD_ID);
            return null;
        }
        return id;
    }

    /**
     * Asks the repository before writing, so that a user without write access gets a clear refusal instead of a
     * failed commit. Without a JCR session (other resource providers, tests) the commit itself decides.
     */
    private static boolean mayWrite(ResourceResolver resolver, String id, String action) {
        Session session = resolver.adaptTo(Session.class);
        if (session == null) {
            return true;
        }
        try {
            return session.hasPermission(ConsolePaths.suffix(id), action);
        } catch (RepositoryException e) {
            LOG.warn("Could not check {} on initiative {}", action, id, e);
            return true;
        }
    }

    static boolean isAccessDenied(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException || t instanceof SecurityException) {
                return true;
            }
            String message = t.getMessage();
            if (message != null && (message.contains("OakAccess") || message.startsWith("No write access"))) {
                return true;
            }
        }
        return false;
    }

    /** Back to the list, keeping its search, filters and page when the row form sent them along. */
    private static void redirectToList(SlingHttpServletRequest request, SlingHttpServletResponse response,
            String notice, String returnQuery) {
        String query = ReturnQuery.sanitise(returnQuery);
        String location = request.getContextPath() + ConsolePaths.LIST_PAGE + "?notice=" + notice
                + (query.isEmpty() ? "" : "&" + query);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
