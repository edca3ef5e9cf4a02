package nl.samenwerkingskaart.initiatives.web.console;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.moderation.ModerationResult;
import nl.samenwerkingskaart.initiatives.moderation.SubmissionModeration;
import nl.samenwerkingskaart.initiatives.submission.ProposalApplication;
import nl.samenwerkingskaart.initiatives.web.CsrfTokens;
import nl.samenwerkingskaart.initiatives.api.GetRequest;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderation console's one writing endpoint: {@code :action} = review, approve, merge or reject, for the
 * submission {@code reference}. Only moderators (researchers, administrators) can decide; the decision is written
 * by the moderation service user in the researcher's name (see {@link SubmissionModeration}). A decision that is carried out redirects (303) to the
 * submission's page; one that is refused renders that page again, in this request, with the messages (400).
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + ModerationPaths.SERVLET,
        "sling.servlet.methods=POST"
})
public class SubmissionConsoleServlet extends SlingAllMethodsServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionConsoleServlet.class);

    static final String ACTION = ":action";
    static final String REFERENCE = "reference";

    @Reference
    private transient SubmissionModeration moderation;

    @Reference
    private transient CsrfTokens csrfTokens;

    public SubmissionConsoleServlet() {}

    SubmissionConsoleServlet(SubmissionModeration moderation, CsrfTokens csrfTokens) {
        this.moderation = moderation;
        this.csrfTokens = csrfTokens;
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException {
        if (!csrfTokens.isValid(request)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.CSRF);
            return;
        }
        String reference = ModerationPaths.validReference(request.getParameter(REFERENCE));
        if (reference == null) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_BAD_REQUEST, ConsoleText.BAD_REFERENCE);
            return;
        }
        String action = Objects.toString(request.getParameter(ACTION), "");
        var resolver = request.getResourceResolver();
        ModerationResult result;
        try {
            result = switch (action) {
                case "review" -> moderation.startReview(resolver, reference);
                case "approve" -> moderation.approve(resolver, reference, accepted(request),
                        "true".equals(request.getParameter("publish")), null, request.getParameter("note"));
                case "merge" -> moderation.merge(resolver, reference, request.getParameter("mergeTarget"),
                        accepted(request), request.getParameter("note"));
                case "reject" -> moderation.reject(resolver, reference, reason(request));
                default -> null;
            };
        } catch (PersistenceException e) {
            resolver.revert();
            if (InitiativeConsoleServlet.isAccessDenied(e)) {
                LOG.info("{} may not moderate {}: {}", resolver.getUserID(), reference, e.getMessage());
                ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN_MODERATION);
            } else {
                LOG.error("Could not {} submission {}", action, reference, e);
                ConsoleText.plain(request, response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, ConsoleText.FAILED);
            }
            return;
        }
        if (result == null) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_BAD_REQUEST, ConsoleText.UNKNOWN_ACTION);
        } else if (result instanceof ModerationResult.Done) {
            redirect(request, response, reference, action);
        } else if (result instanceof ModerationResult.Invalid invalid) {
            request.setAttribute(ModerationPaths.ATTR_ERRORS, invalid.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            forwardToDetail(request, response, reference);
        } else if (result instanceof ModerationResult.Forbidden) {
            LOG.info("{} may not moderate {}", resolver.getUserID(), reference);
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN_MODERATION);
        } else if (result instanceof ModerationResult.AlreadyDecided) {
            redirect(request, response, reference, "alreadyDecided");
        } else {
            // No such submission, or it cannot be read (which, for the user, is the same thing).
            ConsoleText.plain(request, response, HttpServletResponse.SC_NOT_FOUND, ConsoleText.NOT_FOUND_SUBMISSION);
        }
    }

    /** The typed reason; when none was typed, the reusable reason picked from the list. */
    private static String reason(SlingHttpServletRequest request) {
        String typed = request.getParameter("reason");
        return typed == null || typed.isBlank() ? request.getParameter("reasonPreset") : typed;
    }

    private static java.util.Set<nl.samenwerkingskaart.initiatives.submission.InitiativeField> accepted(
            SlingHttpServletRequest request) {
        String[] values = request.getParameterValues("accepted");
        return ProposalApplication.fields(values == null ? List.of() : Arrays.asList(values));
    }

    private static void forwardToDetail(SlingHttpServletRequest request, SlingHttpServletResponse response,
            String reference) throws ServletException, IOException {
        String target = ModerationPaths.DETAIL_PAGE_RESOURCE + ModerationPaths.suffix(reference);
        RequestDispatcher dispatcher = request.getRequestDispatcher(target);
        if (dispatcher == null) {
            throw new ServletException("No dispatcher for " + target);
        }
        dispatcher.forward(new GetRequest(request), response);
    }

    private static void redirect(SlingHttpServletRequest request, SlingHttpServletResponse response,
            String reference, String notice) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + ModerationPaths.detailUrl(reference)
                + "?notice=" + notice);
    }

}
