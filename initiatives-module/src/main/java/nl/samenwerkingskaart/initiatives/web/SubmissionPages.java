package nl.samenwerkingskaart.initiatives.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.servlet.RequestDispatcher;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.api.GetRequest;
import nl.samenwerkingskaart.initiatives.web.models.SubmissionFormState;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;

/**
 * The submissions endpoint's answers to a browser that posted the form itself (no JavaScript): a redirect to the
 * form's page with the reference (Post/Redirect/Get), or that page rendered again with the refused values and the
 * messages. Which page is named by the form's {@code :swk-return} parameter, accepted only as a local page path
 * under {@code /content}, so the endpoint can never be made to send a visitor elsewhere. The newsletter endpoint
 * reads its return page the same way.
 */
public final class SubmissionPages {

    /** The form's parameter that names its page, e.g. {@code /content/site/kaart.html#melden}. */
    public static final String RETURN_PARAMETER = ":swk-return";
    /** The query parameter of the page that shows the reference after a successful post. */
    static final String REFERENCE_PARAMETER = "swk-ref";

    private static final int MAX_LENGTH = 500;
    private static final Pattern PAGE_PATH = Pattern.compile("^/content(?:/[A-Za-z0-9_-]+)+$");
    private static final Pattern ANCHOR = Pattern.compile("^[A-Za-z][A-Za-z0-9_-]{0,63}$");

    private SubmissionPages() {}

    /**
     * A page to return to.
     *
     * @param path the page's resource path, without extension
     * @param anchor the id of the form on it; may be null
     */
    public record ReturnPage(String path, String anchor) {

        public String html() {
            return path + ".html";
        }
    }

    /**
     * The page named by {@code :swk-return} when it is a plain local page path under /content (letters, digits,
     * {@code -} and {@code _} per segment, optional {@code .html}, optional {@code #anchor}); null for anything else:
     * another host ({@code //evil.example}), a scheme, a query, {@code ..}, selectors, other trees.
     */
    public static ReturnPage returnPage(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_LENGTH) {
            return null;
        }
        String path = raw;
        String anchor = null;
        int hash = raw.indexOf('#');
        if (hash >= 0) {
            anchor = raw.substring(hash + 1);
            path = raw.substring(0, hash);
            if (!ANCHOR.matcher(anchor).matches()) {
                return null;
            }
        }
        if (path.endsWith(".html")) {
            path = path.substring(0, path.length() - ".html".length());
        }
        return PAGE_PATH.matcher(path).matches() ? new ReturnPage(path, anchor) : null;
    }

    /**
     * Whether the client says it wants JSON rather than HTML: a script that fetches with
     * {@code Accept: application/json} gets the documented JSON even when it sends the whole form along.
     */
    public static boolean prefersJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        double[] json = quality(accept, "application", "json");
        double[] html = quality(accept, "text", "html");
        // A tie goes to the type the client named rather than matched with a wildcard ("application/json, */*").
        return json[0] > html[0] || (json[0] == html[0] && json[1] > html[1]);
    }

    /**
     * The quality the Accept header gives a media type and how specific the range was that gave it (2 the type
     * itself, 1 {@code type/*}, 0 {@code *}{@code /*}, -1 none): the most specific matching range counts.
     */
    static double[] quality(String accept, String type, String subtype) {
        double best = 0;
        int bestSpecificity = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash < 0) {
                continue;
            }
            String rangeType = media.substring(0, slash);
            String rangeSubtype = media.substring(slash + 1);
            int specificity;
            if (rangeType.equals(type) && rangeSubtype.equals(subtype)) {
                specificity = 2;
            } else if (rangeType.equals(type) && rangeSubtype.equals("*")) {
                specificity = 1;
            } else if (rangeType.equals("*") && rangeSubtype.equals("*")) {
                specificity = 0;
            } else {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                best = q;
            }
        }
        return new double[] {best, bestSpecificity};
    }

    /** 303 to the form's page, which shows the reference: a reload of that page posts nothing again. */
    static void redirect(SlingHttpServletRequest request, SlingHttpServletResponse response, ReturnPage page,
            String reference) {
        String location = request.getContextPath() + page.html() + "?" + REFERENCE_PARAMETER + "="
                + URLEncoder.encode(reference, StandardCharsets.UTF_8)
                + (page.anchor() == null ? "" : "#" + page.anchor());
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", location);
    }

    /**
     * The form's page once more, in this request, with the state for the form component; the page is rendered as
     * for a GET (its scripts would otherwise be looked up for POST). Never stored by a cache: it holds what the
     * visitor typed and a token.
     */
    static void renderAgain(SlingHttpServletRequest request, SlingHttpServletResponse response, ReturnPage page,
            int status, SubmissionFormState state) throws IOException {
        request.setAttribute(SubmissionFormState.ATTRIBUTE, state);
        renderAgain(request, response, page, status);
    }

    /**
     * The page once more, in this request, in its own language and as for a GET; the caller has put the state of
     * its form into a request attribute. Used by the newsletter endpoint too.
     */
    public static void renderAgain(SlingHttpServletRequest request, SlingHttpServletResponse response,
            ReturnPage page, int status) throws IOException {
        speakThePagesLanguage(request, page);
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(status);
        RequestDispatcher dispatcher = request.getRequestDispatcher(page.html());
        if (dispatcher == null) {
            throw new IOException("No dispatcher for " + page.html());
        }
        try {
            dispatcher.forward(new GetRequest(request), response);
        } catch (ServletException e) {
            throw new IOException("Could not render " + page.html() + " again", e);
        }
    }

    /**
     * Sling CMS chooses the language of a page's texts (fmt:message) in a request filter, from the site of the
     * requested resource; this request was for the endpoint, which has no site, so the filter chose the browser's
     * language. The page shown again must speak its own language, as it does when visited: the language of its
     * site ({@code jcr:language} of the nearest ancestor), with the same dictionaries.
     */
    static void speakThePagesLanguage(SlingHttpServletRequest request, ReturnPage page) {
        nl.samenwerkingskaart.initiatives.api.SiteLanguage.applyTo(request, page.path());
    }
}
