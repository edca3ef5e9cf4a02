package nl.samenwerkingskaart.initiatives.web.models;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.api.SiteLanguage;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterTexts;
import nl.samenwerkingskaart.initiatives.newsletter.SignupForm;
import nl.samenwerkingskaart.initiatives.newsletter.service.NewsletterDesk;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.InjectionStrategy;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;
import org.apache.sling.models.annotations.injectorspecific.ValueMapValue;

/**
 * The newsletter signup form ({@value #RESOURCE_TYPE}), in the language of its page. It shows, in this order: the
 * form the endpoint refused and renders again ({@link NewsletterFormState}: the typed values, a message at each
 * field, or one for the whole form), or the "check your mailbox" status after a successful signup
 * ({@code ?swk-newsletter=sent}), or an empty form. The CSRF token is rendered into the form, so it works without
 * JavaScript.
 */
@Model(adaptables = SlingHttpServletRequest.class, resourceType = NewsletterSignup.RESOURCE_TYPE)
public class NewsletterSignup {

    public static final String RESOURCE_TYPE = "samenwerking/components/newsletter-signup";

    @SlingObject
    private SlingHttpServletRequest request;

    @SlingObject
    private Resource resource;

    @SlingObject(injectionStrategy = InjectionStrategy.OPTIONAL)
    private SlingHttpServletResponse response;

    @OSGiService
    private CsrfProtection csrf;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String heading;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String intro;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String privacyPage;

    private Locale language;
    private String id;
    private NewsletterFormState state;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private String problem;

    @PostConstruct
    void init() {
        language = NewsletterTexts.language(SiteLanguage.of(resource));
        id = "swk-newsletter-" + sha256Hex(resource.getPath()).substring(0, 10);
        Object attribute = request.getAttribute(NewsletterFormState.ATTRIBUTE);
        if (attribute instanceof NewsletterFormState refused
                && (refused.formPath() == null || refused.formPath().equals(resource.getPath()))) {
            state = refused;
            for (SignupForm.Problem p : refused.problems()) {
                errors.merge(p.field(), NewsletterTexts.text(language, p.messageKey()), (a, b) -> a + " " + b);
            }
            if (refused.problemKey() != null) {
                problem = NewsletterTexts.text(language, refused.problemKey(), refused.problemArguments());
            }
        }
        if (response != null && !response.isCommitted()) {
            // The form carries a token: a shared cache must not hand one visitor's page to the next.
            response.setHeader("Cache-Control", "no-store");
        }
    }

    public String getId() {
        return id;
    }

    public String getLanguage() {
        return language.getLanguage();
    }

    public String getHeading() {
        return heading == null || heading.isBlank() ? NewsletterTexts.text(language, "form.heading") : heading.trim();
    }

    public String getIntro() {
        return intro == null || intro.isBlank() ? NewsletterTexts.text(language, "form.intro") : intro.trim();
    }

    public String getPrivacyUrl() {
        return PrivacyLink.url(context(), privacyPage);
    }

    /** The texts of the form in its language, by key without the "form." prefix. */
    public Map<String, String> getText() {
        return NewsletterTexts.all(language, "form.");
    }

    public String getActionUrl() {
        return context() + NewsletterDesk.LINK_PATH;
    }

    public String getCsrfParameter() {
        return CsrfProtection.PARAMETER;
    }

    public String getCsrfToken() {
        return csrf.tokenFor(request);
    }

    public String getFormPath() {
        return resource.getPath();
    }

    /** The page to come back to, with this form's anchor. */
    public String getReturnPath() {
        String path = resource.getPath();
        int content = path.indexOf("/jcr:content");
        return (content > 0 ? path.substring(0, content) : path) + ".html#" + id;
    }

    /** After a successful signup (and never while a refused form is shown). */
    public boolean isSent() {
        return state == null && "sent".equals(request.getParameter("swk-newsletter"));
    }

    public boolean isHasErrors() {
        return !errors.isEmpty() || problem != null;
    }

    /** A message for the whole form (expired, too many, unavailable); null when none. */
    public String getProblem() {
        return problem;
    }

    public String getEmail() {
        return state == null ? "" : Objects.toString(state.email(), "");
    }

    public String getName() {
        return state == null ? "" : Objects.toString(state.name(), "");
    }

    public String getEmailError() {
        return errors.get(SignupForm.EMAIL);
    }

    public String getNameError() {
        return errors.get(SignupForm.NAME);
    }

    public int getMaxName() {
        return SignupForm.MAX_NAME;
    }

    private String context() {
        return Objects.toString(request.getContextPath(), "");
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
