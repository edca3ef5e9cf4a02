package nl.samenwerkingskaart.portraits.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.api.GetRequest;
import nl.samenwerkingskaart.portraits.domain.review.ExpiryPolicy;
import nl.samenwerkingskaart.portraits.domain.review.InvitationRequest;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import nl.samenwerkingskaart.portraits.service.ActionOutcome;
import nl.samenwerkingskaart.portraits.service.ReviewRound;
import nl.samenwerkingskaart.portraits.web.models.ConsoleResult;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The portrait editors' actions on a review round ({@value ConsolePaths#ACTIONS}, POST, CSRF token required): invite,
 * remind, revoke, extend, handled, reopen, publish. Everything runs in the editor's own session; people who may
 * not read review data (everyone but portrait editors) get 403. A done action answers 303 to the portrait's console
 * page; a refused one shows that page again with the messages and the typed values.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + ConsolePaths.ACTIONS,
        "sling.servlet.methods=POST"
})
public class PortraitConsoleServlet extends SlingAllMethodsServlet {

    @Reference
    private transient ReviewRound round;

    @Reference
    private transient CsrfProtection csrf;

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException {
        ResourceResolver editor = request.getResourceResolver();
        String portrait = request.getParameter("portrait");
        if (editor.getResource(ReviewStore.ROOT) == null || "anonymous".equals(editor.getUserID())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (portrait == null || !portrait.startsWith("/content/")) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (!csrf.isValid(request)) {
            show(request, response, portrait, HttpServletResponse.SC_FORBIDDEN,
                    new ConsoleResult(ActionOutcome.refused("console.refused.csrf"), Map.of()));
            return;
        }
        try {
            act(request, response, editor, portrait);
        } catch (PersistenceException e) {
            editor.revert();
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private void act(SlingHttpServletRequest request, SlingHttpServletResponse response, ResourceResolver editor,
            String portrait) throws ServletException, IOException {
        String action = String.valueOf(request.getParameter("action"));
        String invitation = request.getParameter("invitation");
        String linkBase = linkBase(request);
        ActionOutcome outcome;
        switch (action) {
            case "invite" -> {
                ReviewRound.Invited invited = round.invite(editor, portrait, invitationRequest(request), linkBase);
                if (invited.invitation().isEmpty()) {
                    show(request, response, portrait, invited.problems().isEmpty() ? 409 : 422,
                            new ConsoleResult(ActionOutcome.refused(invited.messageKey()), invited.problems()));
                    return;
                }
                outcome = ActionOutcome.done(invited.messageKey());
            }
            case "remind" -> outcome = round.remind(editor, portrait, invitation, linkBase);
            case "revoke" -> outcome = round.revoke(editor, portrait, invitation);
            case "extend" -> outcome = round.extend(editor, portrait, invitation, days(request));
            case "handled", "reopen" -> outcome = round.setHandled(editor, portrait, request.getParameter("feedback"),
                    "handled".equals(action));
            case "publish" -> outcome = round.publish(editor, portrait);
            default -> outcome = ActionOutcome.refused("console.portrait.unknown");
        }
        if (outcome.done()) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", ConsolePaths.portrait(request.getContextPath(), portrait,
                    outcome.messageKey()));
        } else {
            show(request, response, portrait, 409, new ConsoleResult(outcome, Map.of()));
        }
    }

    private static void show(SlingHttpServletRequest request, SlingHttpServletResponse response, String portrait,
            int status, ConsoleResult result) throws ServletException, IOException {
        response.setStatus(status);
        request.setAttribute(ConsoleResult.ATTRIBUTE, result);
        request.getRequestDispatcher(ConsolePaths.PORTRAIT_RESOURCE + portrait)
                .forward(new GetRequest(request), response);
    }

    private static InvitationRequest invitationRequest(SlingHttpServletRequest request) {
        String language = request.getParameter("language");
        return new InvitationRequest(request.getParameter("name"), request.getParameter("email"),
                language == null ? null : Locale.forLanguageTag(language), days(request));
    }

    private static int days(SlingHttpServletRequest request) {
        String days = request.getParameter("days");
        if (days == null || days.isBlank()) {
            return ExpiryPolicy.DEFAULT_DAYS;
        }
        try {
            return Integer.parseInt(days.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The review link without its token, on the address the editor uses (the site's public address in production). */
    private static String linkBase(SlingHttpServletRequest request) {
        StringBuilder base = new StringBuilder();
        base.append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        if (!(port == 80 && "http".equals(request.getScheme())) && !(port == 443 && "https".equals(request.getScheme()))) {
            base.append(':').append(port);
        }
        return base.append(request.getContextPath()).append(ReviewServlet.PATH).append(".html/").toString();
    }
}
