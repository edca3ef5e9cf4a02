package nl.samenwerkingskaart.portraits.web;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.api.GetRequest;
import nl.samenwerkingskaart.initiatives.api.SiteLanguage;
import nl.samenwerkingskaart.portraits.domain.PortraitMessages;
import nl.samenwerkingskaart.portraits.domain.Section;
import nl.samenwerkingskaart.portraits.domain.review.ExpiryPolicy;
import nl.samenwerkingskaart.portraits.domain.review.FeedbackForm;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.domain.review.ReviewVerdict;
import nl.samenwerkingskaart.portraits.service.ReviewDesk;
import nl.samenwerkingskaart.portraits.web.models.ReviewView;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.request.RequestDispatcherOptions;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.servlets.SlingAllMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The regional contact's review link, {@code /bin/samenwerkingskaart/public/review.html/<token>}: shows the draft
 * portrait (the page itself, rendered with the review banner and feedback fields) and takes the feedback; the
 * draft's PDF is at {@code review.pdf/<token>}. Anything but an open link gets a page saying why, never the draft.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + ReviewServlet.PATH,
        "sling.servlet.methods=GET",
        "sling.servlet.methods=HEAD",
        "sling.servlet.methods=POST"
})
public class ReviewServlet extends SlingAllMethodsServlet {

    public static final String PATH = "/bin/samenwerkingskaart/public/review";
    static final int MAX_BODY = 64 * 1024;

    @Reference
    private transient ReviewDesk desk;

    @Reference
    private transient CsrfProtection csrf;

    @Reference
    private transient ReviewPdf pdf;

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException {
        privateHeaders(response);
        String token = token(request);
        if ("pdf".equals(request.getRequestPathInfo().getExtension())) {
            if (!pdf.send(request, response, token)) {
                ReviewRefusals.write(response, ReviewVerdict.UNKNOWN);
            }
            return;
        }
        if (!"html".equals(request.getRequestPathInfo().getExtension())) {
            ReviewRefusals.write(response, ReviewVerdict.UNKNOWN);
            return;
        }
        ReviewDesk.Opening opening = desk.open(token);
        if (!opening.isOpen()) {
            ReviewRefusals.write(response, opening.verdict());
            return;
        }
        boolean sent = "1".equals(request.getParameter("sent"));
        render(request, response, token, opening, sent, Map.of(), Map.of());
    }

    @Override
    protected void doPost(SlingHttpServletRequest request, SlingHttpServletResponse response)
            throws ServletException, IOException {
        privateHeaders(response);
        String token = token(request);
        if (!"html".equals(request.getRequestPathInfo().getExtension()) || request.getContentLength() > MAX_BODY) {
            ReviewRefusals.write(response, ReviewVerdict.UNKNOWN);
            return;
        }
        ReviewDesk.Opening opening = desk.open(token);
        if (!opening.isOpen()) {
            ReviewRefusals.write(response, opening.verdict());
            return;
        }
        Map<String, String> fields = feedbackFields(request);
        if (!csrf.isValid(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            render(request, response, token, opening, false,
                    Map.of(FeedbackForm.field(Section.GENERAL), "review.feedback.expiredForm"), fields);
            return;
        }
        ReviewDesk.Sent sent = desk.send(token, fields);
        if (sent.verdict() != ReviewVerdict.OPEN) {
            ReviewRefusals.write(response, sent.verdict());
        } else if (!sent.problems().isEmpty()) {
            response.setStatus(422);
            render(request, response, token, opening, false, sent.problems(), fields);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PATH + ".html/" + token + "?sent=1");
        }
    }

    private void render(SlingHttpServletRequest request, SlingHttpServletResponse response, String token,
            ReviewDesk.Opening opening, boolean sent, Map<String, String> problemKeys, Map<String, String> values)
            throws ServletException, IOException {
        String pagePath = opening.portrait().get().path();
        Resource page = request.getResourceResolver().getResource(pagePath);
        if (page == null) {
            ReviewRefusals.write(response, ReviewVerdict.UNKNOWN);
            return;
        }
        Locale language = SiteLanguage.of(page);
        SiteLanguage.applyTo(request, pagePath);
        Invitation invitation = opening.invitation().get();
        Map<String, String> errors = new HashMap<>();
        problemKeys.forEach((field, key) -> errors.put(field, PortraitMessages.text(language, key,
                String.valueOf(FeedbackForm.MAX_LENGTH))));
        String base = request.getContextPath() + PATH;
        request.setAttribute(ReviewView.ATTRIBUTE, new ReviewView(invitation.name(),
                date(invitation, language), base + ".pdf/" + token, base + ".html/" + token,
                CsrfProtection.PARAMETER, csrf.tokenFor(request), sent, errors, values,
                FeedbackForm.sections().stream().map(Section::code).toList(),
                PortraitMessages.all(language, "review.")));
        RequestDispatcherOptions options = new RequestDispatcherOptions();
        options.setReplaceSuffix("");
        options.setReplaceSelectors("");
        RequestDispatcher dispatcher = request.getRequestDispatcher(page, options);
        dispatcher.forward(new GetRequest(request), response);
    }

    private static Map<String, String> feedbackFields(SlingHttpServletRequest request) {
        Map<String, String> fields = new HashMap<>();
        for (Section section : Section.values()) {
            String value = request.getParameter(FeedbackForm.field(section));
            if (value != null) {
                fields.put(FeedbackForm.field(section), value);
            }
        }
        return fields;
    }

    private static String token(SlingHttpServletRequest request) {
        String suffix = request.getRequestPathInfo().getSuffix();
        return suffix == null || suffix.length() < 2 ? "" : suffix.substring(1);
    }

    private static String date(Invitation invitation, Locale language) {
        Locale format = "en".equals(language.getLanguage()) ? Locale.UK : Locale.forLanguageTag("nl-NL");
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(format)
                .format(ExpiryPolicy.lastDay(invitation.expiresAt()));
    }

    /**
     * A review link is personal: no caches, no search engines, no Referer to other sites. The Referer stays on our
     * own requests ({@code same-origin}, not {@code no-referrer}): Sling's referrer filter refuses a POST without
     * one, so with {@code no-referrer} a browser could not send the feedback form.
     */
    private static void privateHeaders(SlingHttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
