package nl.samenwerkingskaart.initiatives.web.newsletter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.api.SiteLanguage;
import nl.samenwerkingskaart.initiatives.newsletter.LinkPurpose;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterMails;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterTexts;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterTokens;
import nl.samenwerkingskaart.initiatives.newsletter.SignupForm;
import nl.samenwerkingskaart.initiatives.newsletter.service.NewsletterDesk;
import nl.samenwerkingskaart.initiatives.submission.ClientHash;
import nl.samenwerkingskaart.initiatives.submission.RateLimiter;
import nl.samenwerkingskaart.initiatives.web.FormRequests;
import nl.samenwerkingskaart.initiatives.web.SubmissionPages;
import nl.samenwerkingskaart.initiatives.web.models.NewsletterFormState;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The newsletter's public endpoint. {@code POST /bin/samenwerkingskaart/public/newsletter} takes the signup form
 * (form-encoded, CSRF token, honeypot, size and rate limits; checks cheapest first, and a refused request stores
 * nothing); {@code newsletter.confirm.html/<token>} and {@code newsletter.unsubscribe.html/<token>} are the personal
 * links in the mails: a GET shows a page with a button, only the POST of that button acts, so a mail scanner that
 * opens links confirms or unsubscribes nobody. The unsubscribe address also takes RFC 8058's one-click POST.
 *
 * <p>A browser that posted the form (it names its page in {@code :swk-return}) is redirected back with a status
 * (303) or gets the page rendered again with the typed values and the messages; anything else gets JSON.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + NewsletterDesk.LINK_PATH,
        "sling.servlet.methods=GET",
        "sling.servlet.methods=HEAD",
        "sling.servlet.methods=POST"
})
public class NewsletterServlet extends SlingAllMethodsServlet {

    /** The query parameter of the form's page after a successful signup. */
    public static final String SENT_PARAMETER = "swk-newsletter";
    public static final String FORM_PARAMETER = ":swk-form";
    static final String ONE_CLICK = "List-Unsubscribe";
    /** Clients tracked by the rate limiter at most. */
    static final int MAX_CLIENTS = 50_000;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(NewsletterServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Reference
    private transient NewsletterDesk desk;

    @Reference
    private transient CsrfProtection csrf;

    private transient RateLimiter rateLimiter;
    private transient byte[] clientSecret;

    public NewsletterServlet() {}

    /** For tests. */
    NewsletterServlet(NewsletterDesk desk, CsrfProtection csrf) {
        this.desk = desk;
        this.csrf = csrf;
        activate();
    }

    @Activate
    void activate() {
        clientSecret = new byte[32];
        new SecureRandom().nextBytes(clientSecret);
        NewsletterDesk.Limits limits = desk.limits();
        rateLimiter = new RateLimiter(limits.rateLimit(), limits.rateWindow(), MAX_CLIENTS, Clock.systemUTC());
    }

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws IOException {
        NewsletterLinkPages.privateHeaders(response);
        Optional<LinkPurpose> purpose = purpose(request);
        if (purpose.isEmpty()) {
            notFound(response);
            return;
        }
        String token = token(request);
        if (isOneClickAddress(request)) {
            seeLinkPage(request, response, token);
            return;
        }
        Optional<Locale> language = unavailableAsEmpty(() -> desk.open(token, purpose.get()), response);
        if (response.isCommitted()) {
            return;
        }
        if (language.isEmpty()) {
            NewsletterLinkPages.unknown(request, response, acceptLanguage(request));
            return;
        }
        NewsletterLinkPages.ask(request, response, purpose.get(), language.get(), csrf.tokenFor(request), false);
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws IOException {
        NewsletterLinkPages.privateHeaders(response);
        var info = request.getRequestPathInfo();
        if (info.getSelectorString() == null && info.getExtension() == null && info.getSuffix() == null) {
            signup(request, response);
            return;
        }
        Optional<LinkPurpose> purpose = purpose(request);
        if (purpose.isEmpty()) {
            notFound(response);
            return;
        }
        if (!admissible(request, response, Locale.forLanguageTag("nl"))) {
            return;
        }
        String token = token(request);
        boolean oneClick = purpose.get() == LinkPurpose.UNSUBSCRIBE
                && "One-Click".equals(request.getParameter(ONE_CLICK));
        if (isOneClickAddress(request) && !oneClick) {
            seeLinkPage(request, response, token);
            return;
        }
        if (!oneClick && !csrf.isValid(request)) {
            Optional<Locale> language = unavailableAsEmpty(() -> desk.open(token, purpose.get()), response);
            if (response.isCommitted()) {
                return;
            }
            if (language.isEmpty()) {
                NewsletterLinkPages.unknown(request, response, acceptLanguage(request));
            } else {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                NewsletterLinkPages.ask(request, response, purpose.get(), language.get(), csrf.tokenFor(request),
                        true);
            }
            return;
        }
        Optional<Locale> done = unavailableAsEmpty(() -> purpose.get() == LinkPurpose.CONFIRM
                ? desk.confirm(token, linkBase(request))
                : desk.unsubscribe(token), response);
        if (response.isCommitted()) {
            return;
        }
        if (done.isEmpty()) {
            NewsletterLinkPages.unknown(request, response, acceptLanguage(request));
        } else {
            NewsletterLinkPages.done(request, response, purpose.get(), done.get());
        }
    }

    private void signup(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        SubmissionPages.ReturnPage page = SubmissionPages.returnPage(request.getParameter(SubmissionPages.RETURN_PARAMETER));
        boolean html = page != null && !SubmissionPages.prefersJson(request.getHeader("Accept"))
                && request.getResourceResolver().getResource(page.path()) != null;
        Locale language = html ? NewsletterTexts.language(SiteLanguage.of(request.getResourceResolver()
                .getResource(page.path()))) : acceptLanguage(request);
        Answer answer = new Answer(request, response, html ? page : null, language);
        if (!admissible(request, response, language)) {
            return;
        }
        SignupForm form = new SignupForm(request.getParameter(SignupForm.EMAIL), request.getParameter(SignupForm.NAME),
                request.getParameter(SignupForm.HONEYPOT));
        if (!csrf.isValid(request)) {
            answer.refuse(HttpServletResponse.SC_FORBIDDEN, form, "error.expired");
            return;
        }
        List<SignupForm.Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            answer.invalid(form, problems);
            return;
        }
        ClientHash client = ClientHash.of(clientSecret, String.valueOf(request.getRemoteAddr()));
        if (!rateLimiter.tryAcquire(client)) {
            long seconds = desk.limits().rateWindow().toSeconds();
            response.setHeader("Retry-After", String.valueOf(seconds));
            answer.refuse(429, form, "error.tooMany", (seconds + 59) / 60);
            return;
        }
        try {
            desk.signup(form, language, linkBase(request));
        } catch (LoginException | PersistenceException e) {
            LOG.error("Could not store a newsletter signup: {}", e.toString());
            answer.refuse(HttpServletResponse.SC_SERVICE_UNAVAILABLE, form, "error.unavailable");
            return;
        }
        answer.accepted();
    }

    /** Content type and size, before anything is read: 415 and 413, in both languages. */
    private boolean admissible(SlingHttpServletRequest request, SlingHttpServletResponse response, Locale language)
            throws IOException {
        if (!FormRequests.isForm(request.getContentType())) {
            plain(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "error.contentType");
            return false;
        }
        int max = desk.limits().maxBodyBytes();
        if (FormRequests.isLargerThan(request, max)) {
            plain(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.tooLarge");
            return false;
        }
        return true;
    }

    /** How the signup answers: a page (redirect, or the form again) or JSON. */
    private final class Answer {
        private final SlingHttpServletRequest request;
        private final SlingHttpServletResponse response;
        private final SubmissionPages.ReturnPage page;
        private final Locale language;

        Answer(SlingHttpServletRequest request, SlingHttpServletResponse response, SubmissionPages.ReturnPage page,
                Locale language) {
            this.request = request;
            this.response = response;
            this.page = page;
            this.language = language;
        }

        /** The same answer whatever the address: new, pending, confirmed, or a robot's. */
        void accepted() throws IOException {
            if (page == null) {
                json(response, HttpServletResponse.SC_ACCEPTED, Map.of("message",
                        NewsletterTexts.text(language, "form.sent")));
                return;
            }
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + page.html() + "?" + SENT_PARAMETER + "=sent"
                    + (page.anchor() == null ? "" : "#" + page.anchor()));
        }

        void invalid(SignupForm form, List<SignupForm.Problem> problems) throws IOException {
            if (page == null) {
                List<Map<String, String>> errors = problems.stream().map(p -> Map.of("field", p.field(),
                        "message", NewsletterTexts.text(language, p.messageKey()))).toList();
                json(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("errors", errors));
                return;
            }
            renderAgain(HttpServletResponse.SC_BAD_REQUEST, new NewsletterFormState(formPath(), form.email(),
                    form.name(), problems, null, null));
        }

        void refuse(int status, SignupForm form, String key, Object... arguments) throws IOException {
            if (page == null) {
                json(response, status, Map.of("error", NewsletterTexts.text(language, key, arguments)));
                return;
            }
            renderAgain(status, new NewsletterFormState(formPath(), form.email(), form.name(), List.of(), key,
                    arguments));
        }

        private String formPath() {
            return request.getParameter(FORM_PARAMETER);
        }

        private void renderAgain(int status, NewsletterFormState state) throws IOException {
            request.setAttribute(NewsletterFormState.ATTRIBUTE, state);
            SubmissionPages.renderAgain(request, response, page, status);
        }
    }

    private interface DeskCall {
        Optional<Locale> call() throws LoginException, PersistenceException;
    }

    /** The desk's answer, or a 503 page (and empty) when the repository cannot be reached. */
    private static Optional<Locale> unavailableAsEmpty(DeskCall call, SlingHttpServletResponse response)
            throws IOException {
        try {
            return call.call();
        } catch (LoginException | PersistenceException e) {
            LOG.error("The newsletter's data could not be reached: {}", e.toString());
            plain(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.unavailable");
            response.flushBuffer();
            return Optional.empty();
        }
    }

    private static Optional<LinkPurpose> purpose(SlingHttpServletRequest request) {
        var info = request.getRequestPathInfo();
        if (!"html".equals(info.getExtension()) || (info.getSuffix() == null && !isOneClickAddress(request))) {
            return Optional.empty();
        }
        return LinkPurpose.fromCode(String.valueOf(info.getSelectorString()));
    }

    /**
     * The header's address opened in a browser (or posted to without RFC 8058's field): on to the link's own page,
     * which asks before it unsubscribes.
     */
    private static void seeLinkPage(SlingHttpServletRequest request, SlingHttpServletResponse response, String token) {
        String page = request.getContextPath() + NewsletterDesk.LINK_PATH + "." + LinkPurpose.UNSUBSCRIBE.code()
                + ".html/" + (NewsletterTokens.hasTokenShape(token) ? token : "unknown");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", page);
    }

    /** The unsubscribe address of the mails' List-Unsubscribe header: the token as a query parameter, no suffix. */
    private static boolean isOneClickAddress(SlingHttpServletRequest request) {
        var info = request.getRequestPathInfo();
        return info.getSuffix() == null && LinkPurpose.UNSUBSCRIBE.code().equals(info.getSelectorString())
                && request.getParameter(NewsletterMails.TOKEN_PARAMETER) != null;
    }

    private static String token(SlingHttpServletRequest request) {
        if (isOneClickAddress(request)) {
            return request.getParameter(NewsletterMails.TOKEN_PARAMETER);
        }
        String suffix = request.getRequestPathInfo().getSuffix();
        return suffix == null || suffix.length() < 2 ? "" : suffix.substring(1);
    }

    /** Scheme, host and port the visitor used, and the context path: for links when no site address is set. */
    static String linkBase(SlingHttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }

    static Locale acceptLanguage(SlingHttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return NewsletterTexts.language(null);
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(header),
                    List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH));
            return NewsletterTexts.language(chosen);
        } catch (IllegalArgumentException e) {
            return NewsletterTexts.language(null);
        }
    }

    private static void notFound(SlingHttpServletResponse response) throws IOException {
        plain(response, HttpServletResponse.SC_NOT_FOUND, "error.notFound");
    }

    /** A refusal in both languages, as plain text: no page to return to is known yet. */
    static void plain(SlingHttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(NewsletterTexts.text(Locale.forLanguageTag("nl"), key) + " / "
                + NewsletterTexts.text(Locale.ENGLISH, key));
    }

    private static void json(SlingHttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

}
