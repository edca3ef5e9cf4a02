package nl.samenwerkingskaart.initiatives.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.service.PublishedInitiatives;
import nl.samenwerkingskaart.initiatives.service.SubmissionMailer;
import nl.samenwerkingskaart.initiatives.submission.ClientHash;
import nl.samenwerkingskaart.initiatives.submission.RateLimiter;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.submission.SubmissionInput;
import nl.samenwerkingskaart.initiatives.submission.SubmissionMessages;
import nl.samenwerkingskaart.initiatives.submission.SubmissionOutcome;
import nl.samenwerkingskaart.initiatives.submission.SubmissionValidator;
import nl.samenwerkingskaart.initiatives.domain.geo.Gazetteer;
import nl.samenwerkingskaart.initiatives.submission.journal.DurableSubmissions;
import nl.samenwerkingskaart.initiatives.submission.mail.MailFailure;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionReferences;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import nl.samenwerkingskaart.initiatives.web.console.InitiativeFormReader;
import nl.samenwerkingskaart.initiatives.web.models.SubmissionFormState;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.LoginException;
import org.apache.sling.api.resource.PersistenceException;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ResourceResolverFactory;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public submissions endpoint (docs/contracts.md, "Submissions"): anonymous visitors fetch a token with
 * {@code GET .../submissions.token.json} and post the form to {@code POST .../submissions}. Submissions are stored
 * privately with the writer service user; nothing here ever renders a stored submission.
 *
 * <p>Order of the checks, cheapest and least revealing first: content type (415), size (413), token bound to the
 * idempotency key (403), an earlier POST with the same key (200, same reference), validation (400), rate limit
 * (429), then the honeypot (a decoy 201) or storing (201). Only a newly stored submission gets a receipt by e-mail.
 *
 * <p>Answers are JSON, except for a form posted by a browser that names its page in {@code :swk-return}: that
 * browser is redirected to the page with the reference, or gets the page rendered again with the messages
 * ({@link SubmissionPages}; docs/contracts.md, "HTML mode").
 */
@Component(
        service = Servlet.class,
        property = {
            "sling.servlet.paths=" + SubmissionServlet.PATH,
            "sling.servlet.methods=GET",
            "sling.servlet.methods=POST",
            "sling.auth.requirements=-" + MapDataServlet.PUBLIC_ROOT
        })
@Designate(ocd = SubmissionServlet.Config.class)
public class SubmissionServlet extends SlingAllMethodsServlet {

    @ObjectClassDefinition(name = "Samenwerkingskaart - public submissions endpoint",
            description = "Limits of the public endpoint through which visitors send in initiatives.")
    public @interface Config {
        @AttributeDefinition(name = "Submissions per client", description = "How many submissions one client"
                + " address may send within the window; more are refused with 429.")
        int rateLimit() default 10;

        @AttributeDefinition(name = "Window (seconds)", description = "The sliding window of the rate limit.")
        int rateWindowSeconds() default 600;

        @AttributeDefinition(name = "Maximum body size (bytes)", description = "Larger requests are refused"
                + " with 413.")
        int maxBodyBytes() default 65_536;
    }

    static final String PATH = MapDataServlet.PUBLIC_ROOT + "/submissions";
    static final String SUBSERVICE = "submissions-writer";
    static final String KEY_PARAMETER = ":submission-key";
    static final String TOKEN_PARAMETER = CsrfTokens.PARAMETER;
    static final String HONEYPOT_PARAMETER = "website2";
    /** The form component's resource path, so the right form on the page shows a refused post again. */
    static final String FORM_PARAMETER = ":swk-form";
    static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
    /** Clients tracked by the rate limiter at most (about 100 bytes each, so a few MB at worst). */
    static final int MAX_CLIENTS = 50_000;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SubmissionServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH);
    /** The validator's names for the submitter's fields, as the form names its inputs. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "submitter.name", "submitterName",
            "submitter.email", "submitterEmail",
            "submitter.organisation", "submitterOrganisation",
            "submitter.role", "submitterRole");

    @Reference
    private transient ResourceResolverFactory resolverFactory;

    @Reference
    private transient PublishedInitiatives publishedInitiatives;

    @Reference
    private transient Regions regions;

    @Reference
    private transient SubmissionRepository repository;

    @Reference
    private transient Gazetteer gazetteer;

    @Reference
    private transient DurableSubmissions durableSubmissions;

    @Reference
    private transient SubmissionTokens submissionTokens;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile SubmissionMailer mailer;

    private transient RateLimiter rateLimiter;
    private transient byte[] clientSecret;
    private transient SecureRandom random;
    private int maxBodyBytes;
    private int windowSeconds;

    @Activate
    void activate(Config config) {
        random = new SecureRandom();
        clientSecret = new byte[32];
        random.nextBytes(clientSecret);
        windowSeconds = Math.max(1, config.rateWindowSeconds());
        rateLimiter = new RateLimiter(Math.max(1, config.rateLimit()), Duration.ofSeconds(windowSeconds),
                MAX_CLIENTS, Clock.systemUTC());
        maxBodyBytes = Math.max(1_024, config.maxBodyBytes());
    }

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        var info = request.getRequestPathInfo();
        if (!"json".equals(info.getExtension()) || !"token".equals(info.getSelectorString())
                || info.getSuffix() != null) {
            noStore(response);
            PublicResponses.notFound(response);
            return;
        }
        SubmissionTokens.Issued issued = submissionTokens.issue();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", issued.token());
        body.put("key", issued.key());
        send(response, HttpServletResponse.SC_OK, body);
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        var info = request.getRequestPathInfo();
        if (info.getExtension() != null || info.getSelectorString() != null || info.getSuffix() != null) {
            noStore(response);
            PublicResponses.notFound(response);
            return;
        }
        if (!isForm(request.getContentType())) {
            refuse(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Verstuur het formulier als application/x-www-form-urlencoded."
                            + " / Send the form as application/x-www-form-urlencoded.");
            return;
        }
        Map<String, String[]> parameters = readForm(request);
        Answer answer = answer(request, response, parameters != null ? parameters : request.getParameterMap());
        if (parameters == null) {
            answer.refuse(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, SubmissionFormState.TOO_LARGE,
                    "Uw melding is te groot (hoogstens " + maxBodyBytes + " bytes). Maak de teksten korter."
                            + " / Your submission is too large (at most " + maxBodyBytes
                            + " bytes). Please shorten the texts.");
            return;
        }
        String key = one(parameters, KEY_PARAMETER);
        if (!submissionTokens.verify(key, one(parameters, TOKEN_PARAMETER))) {
            answer.refuse(HttpServletResponse.SC_FORBIDDEN, SubmissionFormState.EXPIRED,
                    "Het formulier is verlopen of niet via deze website verstuurd. Laad de pagina opnieuw en"
                            + " verstuur het nog eens. / The form has expired or was not sent from this website."
                            + " Please reload the page and send it again.");
            return;
        }
        Locale locale = language(request.getHeader("Accept-Language"));
        try (ResourceResolver writer = resolverFactory.getServiceResourceResolver(
                Map.of(ResourceResolverFactory.SUBSERVICE, SUBSERVICE))) {
            var earlier = repository.findReference(writer, key);
            if (earlier.isPresent()) {
                answer.thanks(HttpServletResponse.SC_OK, earlier.get(), locale);
                return;
            }
            SubmissionOutcome outcome = validator().validate(input(parameters));
            if (outcome instanceof SubmissionOutcome.Invalid invalid) {
                answer.invalid(invalid.errors(), locale);
                return;
            }
            ClientHash client = ClientHash.of(clientSecret, String.valueOf(request.getRemoteAddr()));
            if (!rateLimiter.tryAcquire(client)) {
                // At most one window: by then every counted request has left it.
                int minutes = (windowSeconds + 59) / 60;
                response.setHeader("Retry-After", String.valueOf(windowSeconds));
                answer.refuse(429, SubmissionFormState.TOO_MANY, "U hebt kort na elkaar veel meldingen verstuurd."
                        + " Probeer het over " + minutes + " minuten opnieuw. / You have sent many submissions in a"
                        + " short time. Please try again in " + minutes + " minutes.");
                return;
            }
            if (outcome instanceof SubmissionOutcome.Valid valid) {
                Submission submission = Submission.received(valid.content().inLanguage(locale.getLanguage()),
                        Instant.now(), client);
                SubmissionRepository.Stored stored = durableSubmissions.store(writer, submission, key);
                if (stored.created()) {
                    receipt(stored.reference(), valid.content(), locale);
                }
                answer.thanks(stored.created() ? HttpServletResponse.SC_CREATED : HttpServletResponse.SC_OK,
                        stored.reference(), locale);
            } else {
                // The honeypot: the robot gets what a person gets, so it learns nothing. Nothing is stored.
                byte[] decoy = new byte[6];
                random.nextBytes(decoy);
                answer.thanks(HttpServletResponse.SC_CREATED, SubmissionReferences.decoy(decoy,
                        Instant.now().atZone(java.time.ZoneId.of("Europe/Amsterdam")).getYear()), locale);
            }
        } catch (LoginException | PersistenceException e) {
            LOG.error("Could not store a submission", e);
            answer.refuse(HttpServletResponse.SC_SERVICE_UNAVAILABLE, SubmissionFormState.UNAVAILABLE,
                    "Uw melding kon niet worden opgeslagen. Probeer het later opnieuw."
                            + " / Your submission could not be stored. Please try again later.");
        }
    }

    /**
     * JSON, as documented, unless the form names its page in {@code :swk-return} (a valid local page that this
     * visitor can read) and the client does not ask for JSON: then the answer is that page (docs/contracts.md,
     * "HTML mode").
     */
    private Answer answer(SlingHttpServletRequest request, SlingHttpServletResponse response,
            Map<String, String[]> parameters) {
        SubmissionPages.ReturnPage page = SubmissionPages.returnPage(one(parameters, SubmissionPages.RETURN_PARAMETER));
        // A page the visitor cannot read (missing, or not public) would only give them a 404 after their post.
        if (page == null || SubmissionPages.prefersJson(request.getHeader("Accept"))
                || request.getResourceResolver().getResource(page.path()) == null) {
            return new JsonAnswer(response);
        }
        return new PageAnswer(request, response, page, parameters);
    }

    /** The three kinds of answer, in JSON or as a page. */
    private interface Answer {
        void thanks(int status, String reference, Locale locale) throws IOException;

        void invalid(List<FieldError> errors, Locale locale) throws IOException;

        void refuse(int status, String problem, String message) throws IOException;
    }

    private static final class JsonAnswer implements Answer {
        private final SlingHttpServletResponse response;

        JsonAnswer(SlingHttpServletResponse response) {
            this.response = response;
        }

        @Override
        public void thanks(int status, String reference, Locale locale) throws IOException {
            SubmissionServlet.thanks(response, status, reference, locale);
        }

        @Override
        public void invalid(List<FieldError> errors, Locale locale) throws IOException {
            SubmissionServlet.invalid(response, errors, locale);
        }

        @Override
        public void refuse(int status, String problem, String message) throws IOException {
            SubmissionServlet.refuse(response, status, message);
        }
    }

    /** The form's page: redirected to with the reference, or rendered again with the values and messages. */
    private final class PageAnswer implements Answer {
        private final SlingHttpServletRequest request;
        private final SlingHttpServletResponse response;
        private final SubmissionPages.ReturnPage page;
        private final Map<String, String[]> values;

        PageAnswer(SlingHttpServletRequest request, SlingHttpServletResponse response,
                SubmissionPages.ReturnPage page, Map<String, String[]> values) {
            this.request = request;
            this.response = response;
            this.page = page;
            this.values = values;
        }

        @Override
        public void thanks(int status, String reference, Locale locale) {
            SubmissionPages.redirect(request, response, page, reference);
        }

        @Override
        public void invalid(List<FieldError> errors, Locale locale) throws IOException {
            List<SubmissionFormState.FieldProblem> problems = new ArrayList<>();
            for (FieldError error : errors) {
                problems.add(new SubmissionFormState.FieldProblem(formField(error.field()), error));
            }
            SubmissionPages.renderAgain(request, response, page, HttpServletResponse.SC_BAD_REQUEST,
                    state(problems, null));
        }

        @Override
        public void refuse(int status, String problem, String message) throws IOException {
            SubmissionPages.renderAgain(request, response, page, status, state(List.of(), problem));
        }

        /**
         * The form keeps its key, so sending it again (corrected, or twice) is still recognised; it keeps its token
         * too while that is valid, and gets a new one for the same key when it was refused for its token.
         */
        private SubmissionFormState state(List<SubmissionFormState.FieldProblem> problems, String problem) {
            String key = one(values, KEY_PARAMETER);
            String token = one(values, TOKEN_PARAMETER);
            SubmissionTokens.Issued next = submissionTokens.verify(key, token)
                    ? new SubmissionTokens.Issued(key, token, submissionTokens.issuedAt(token))
                    : submissionTokens.issueFor(key);
            return new SubmissionFormState(one(values, FORM_PARAMETER), values, problems, problem, next.key(),
                    next.token(), next.getIssuedAtMillis());
        }
    }

    /** The form's parameter name for a field the validator names: {@code submitter.email} is {@code submitterEmail}. */
    static String formField(String validatorField) {
        return FORM_FIELDS.getOrDefault(validatorField, validatorField);
    }

    /** Stored is what counts: a receipt that cannot be sent is the mailer's to log, never the visitor's problem. */
    private void receipt(String reference, SubmissionContent content, Locale locale) {
        SubmissionMailer current = mailer;
        try {
            if (current != null) {
                current.sendReceipt(reference, content, locale);
            }
        } catch (RuntimeException e) {
            LOG.warn("The receipt for submission {} could not be handed to the mailer: {}", reference,
                    MailFailure.describe(e));
        }
    }

    private SubmissionValidator validator() {
        return new SubmissionValidator(publishedInitiatives::find, regions.lookup(), gazetteer);
    }

    private static SubmissionInput input(Map<String, String[]> parameters) {
        return SubmissionInput.builder()
                .kind(one(parameters, "kind"))
                .target(one(parameters, "target"))
                .proposed(new InitiativeFormReader(parameters).read().input())
                .message(one(parameters, "message"))
                .submitterName(one(parameters, "submitterName"))
                .email(one(parameters, "submitterEmail"))
                .organisation(one(parameters, "submitterOrganisation"))
                .role(one(parameters, "submitterRole"))
                .consent(one(parameters, "consent"))
                .honeypot(one(parameters, HONEYPOT_PARAMETER))
                .build();
    }

    static boolean isForm(String contentType) {
        return FormRequests.isForm(contentType);
    }

    /**
     * The form's parameters, read from the body with a byte count so a body without (or with a false)
     * Content-Length cannot get past the limit; null when the body is too large. When something before us has
     * already consumed the body (in the CMS, the authentication handler reads parameters first), Sling's own
     * parameters are used: the Content-Length check still applies, and a body without one (chunked) is measured
     * by its decoded names and values instead; the container's own form limit bounds what was read.
     */
    private Map<String, String[]> readForm(SlingHttpServletRequest request) throws IOException {
        int declared = request.getContentLength();
        if (declared > maxBodyBytes) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8_192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                body.write(buffer, 0, n);
                if (body.size() > maxBodyBytes) {
                    return null;
                }
            }
        } catch (IllegalStateException e) {
            body.reset();
        }
        if (body.size() == 0) {
            Map<String, String[]> parsed = request.getParameterMap();
            return FormRequests.decodedSize(parsed) > maxBodyBytes ? null : parsed;
        }
        return parse(body.toString(StandardCharsets.ISO_8859_1));
    }

    /** application/x-www-form-urlencoded, always UTF-8 (our form sends nothing else); bad escapes become empty. */
    static Map<String, String[]> parse(String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        Map<String, String[]> parameters = new LinkedHashMap<>();
        values.forEach((name, list) -> parameters.put(name, list.toArray(String[]::new)));
        return parameters;
    }

    private static String decode(String text) {
        try {
            // The body was read as ISO-8859-1, so every byte is one char; percent escapes carry the UTF-8 bytes.
            String bytes = URLDecoder.decode(text, StandardCharsets.ISO_8859_1);
            return new String(bytes.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String one(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** Dutch unless the browser prefers English to Dutch. */
    static Locale language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return LANGUAGES.get(0);
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? LANGUAGES.get(0) : chosen;
        } catch (IllegalArgumentException e) {
            return LANGUAGES.get(0);
        }
    }

    private static void thanks(SlingHttpServletResponse response, int status, String reference, Locale locale)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", reference);
        body.put("message", "en".equals(locale.getLanguage())
                ? "Thank you for your submission. Our researchers will review it; please quote " + reference
                        + " if you contact us about it."
                : "Bedankt voor uw melding. Onze onderzoekers bekijken haar; noem " + reference
                        + " als u er contact over opneemt.");
        send(response, status, body);
    }

    private static void invalid(SlingHttpServletResponse response, List<FieldError> errors, Locale locale)
            throws IOException {
        List<Map<String, String>> list = new ArrayList<>();
        for (FieldError error : errors) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("field", formField(error.field()));
            entry.put("message", SubmissionMessages.text(error, locale));
            list.add(entry);
        }
        send(response, HttpServletResponse.SC_BAD_REQUEST, Map.of("errors", list));
    }

    private static void refuse(SlingHttpServletResponse response, int status, String message) throws IOException {
        send(response, status, Map.of("error", message));
    }

    private static void send(SlingHttpServletResponse response, int status, Object body) throws IOException {
        byte[] json = JSON.writeValueAsBytes(body);
        noStore(response);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static void noStore(SlingHttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
