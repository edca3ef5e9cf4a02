package nl.samenwerkingskaart.initiatives.web.console;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.api.MailSender;
import nl.samenwerkingskaart.initiatives.api.PlainMail;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.repository.VerificationRecords;
import nl.samenwerkingskaart.initiatives.service.StillCurrentSettings;
import nl.samenwerkingskaart.initiatives.stillcurrent.ConfirmationToken;
import nl.samenwerkingskaart.initiatives.stillcurrent.StillCurrentLinks;
import nl.samenwerkingskaart.initiatives.stillcurrent.StillCurrentMail;
import nl.samenwerkingskaart.initiatives.stillcurrent.VerificationRequest;
import nl.samenwerkingskaart.initiatives.web.CsrfTokens;
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
 * The researchers' actions on the "Nog actueel?" list: {@code :action} = verify (the researcher checked it: today,
 * by them) or request (mail the contact a "still correct?" question with a confirmation link and a correction
 * link), with {@code id}; request also with {@code email} and {@code language}. Only POST, with the console's CSRF
 * token; written with the request's own resolver, so who may not change initiatives gets 403. Answers with a 303 to
 * the list and a notice.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + StillCurrentServlet.PATH,
        "sling.servlet.methods=POST"
})
public class StillCurrentServlet extends SlingAllMethodsServlet {

    public static final String PATH = "/bin/samenwerkingskaart/console/still-current";
    public static final String PAGE = "/cms/samenwerking/still-current.html";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(StillCurrentServlet.class);
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Reference
    private transient InitiativeRepository repository;

    @Reference
    private transient CsrfTokens csrfTokens;

    @Reference
    private transient MailSender mailSender;

    @Reference
    private transient StillCurrentSettings settings;

    private transient Clock clock = Clock.systemUTC();
    private transient SecureRandom random = new SecureRandom();

    public StillCurrentServlet() {}

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        if (!csrfTokens.isValid(request)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.CSRF);
            return;
        }
        String id = request.getParameter("id");
        if (id == null || !InitiativeIds.isValid(id)) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_BAD_REQUEST, ConsoleText.BAD_ID);
            return;
        }
        ResourceResolver resolver = request.getResourceResolver();
        Optional<Initiative> initiative = repository.find(resolver, id);
        if (initiative.isEmpty()) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN);
            return;
        }
        String action = request.getParameter(":action");
        try {
            if ("verify".equals(action)) {
                boolean done = VerificationRecords.markVerified(resolver, id, LocalDate.now(clock.withZone(ZONE)),
                        resolver.getUserID());
                finish(request, response, done, "verified", id);
            } else if ("request".equals(action)) {
                sendRequest(request, response, initiative.get());
            } else {
                ConsoleText.plain(request, response, HttpServletResponse.SC_BAD_REQUEST, ConsoleText.UNKNOWN_ACTION);
            }
        } catch (PersistenceException e) {
            resolver.revert();
            LOG.info("Still current: {} on {} refused: {}", action, id, e.getMessage());
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN);
        }
    }

    private void sendRequest(SlingHttpServletRequest request, SlingHttpServletResponse response,
            Initiative initiative) throws IOException, PersistenceException {
        String email = request.getParameter("email") == null ? "" : request.getParameter("email").strip();
        if (!mailSender.isPlausibleAddress(email)) {
            redirect(request, response, "invalidEmail", initiative.id());
            return;
        }
        Locale language = StillCurrentMail.language(request.getParameter("language"));
        Instant now = clock.instant();
        Instant expires = now.plus(settings.linkLifetime());
        String token = ConfirmationToken.newToken(random);
        String base = settings.siteAddress().isEmpty() ? requestBase(request) : settings.siteAddress();
        StillCurrentMail mail = StillCurrentMail.compose(language, initiative.name(),
                initiative.provenance().lastVerified(),
                StillCurrentLinks.confirmUrl(base, initiative.id(), token, language),
                StillCurrentLinks.correctionUrl(base, settings.formPage(), initiative.id()),
                LocalDate.ofInstant(expires, ZONE));
        // Recorded before sending: a link that works but was never recorded would be worse than a recorded mail
        // that failed, which the researcher sees and can send again.
        boolean recorded = VerificationRecords.recordRequest(request.getResourceResolver(), initiative.id(),
                new VerificationRequest(now, request.getResourceResolver().getUserID(),
                        ConfirmationToken.hash(token), expires));
        if (!recorded) {
            finish(request, response, false, null, initiative.id());
            return;
        }
        boolean sent = mailSender.send(new PlainMail(email, mail.subject(), mail.body(), language,
                "still-current request")).toCompletableFuture()
                .completeOnTimeout(false, 60, java.util.concurrent.TimeUnit.SECONDS).join();
        redirect(request, response, sent ? "requested" : "mailFailed", initiative.id());
    }

    private static void finish(SlingHttpServletRequest request, SlingHttpServletResponse response, boolean done,
            String notice, String id) throws IOException {
        if (!done) {
            ConsoleText.plain(request, response, HttpServletResponse.SC_FORBIDDEN, ConsoleText.FORBIDDEN);
            return;
        }
        redirect(request, response, notice, id);
    }

    private static void redirect(SlingHttpServletRequest request, SlingHttpServletResponse response, String notice,
            String id) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + PAGE + "?notice=" + notice + "&id="
                + ConsolePaths.encode(id));
    }

    /** The address the researcher uses, for links when no site address is configured. */
    private static String requestBase(SlingHttpServletRequest request) {
        StringBuilder base = new StringBuilder();
        base.append(request.getScheme()).append("://").append(request.getServerName());
        int port = request.getServerPort();
        boolean defaultPort = (port == 80 && "http".equals(request.getScheme()))
                || (port == 443 && "https".equals(request.getScheme()));
        if (!defaultPort) {
            base.append(':').append(port);
        }
        return base.append(request.getContextPath()).toString();
    }
}
