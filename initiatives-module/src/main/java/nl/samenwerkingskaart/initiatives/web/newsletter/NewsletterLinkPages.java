package nl.samenwerkingskaart.initiatives.web.newsletter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.newsletter.LinkPurpose;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterTexts;
import nl.samenwerkingskaart.initiatives.newsletter.NewsletterTokens;
import nl.samenwerkingskaart.initiatives.newsletter.service.NewsletterDesk;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;

/**
 * The small pages behind the personal links in newsletter mails: the question with its button, the outcome, and
 * "this link does not work". Whole pages of their own (the link belongs to no site page), in the subscriber's
 * language; every text is ours, and the only thing from the request, the token, has been checked for its shape.
 */
final class NewsletterLinkPages {

    static final String CSS = "/static/samenwerking/newsletter/newsletter.css";

    private NewsletterLinkPages() {}

    /** The question and its button; {@code expiredForm} adds that the button's form had expired. */
    static void ask(SlingHttpServletRequest request, SlingHttpServletResponse response, LinkPurpose purpose,
            Locale language, String csrfToken, boolean expiredForm) throws IOException {
        String prefix = "page." + purpose.code();
        String token = request.getRequestPathInfo().getSuffix().substring(1);
        String action = request.getContextPath() + NewsletterDesk.LINK_PATH + "." + purpose.code() + ".html/"
                + (NewsletterTokens.hasTokenShape(token) ? token : "");
        StringBuilder main = new StringBuilder();
        if (expiredForm) {
            main.append("<p class=\"swk-newsletter-page__problem\" role=\"alert\">")
                    .append(text(language, "page.expiredForm")).append("</p>\n");
        }
        main.append("<p>").append(text(language, prefix + ".text")).append("</p>\n")
                .append("<form method=\"post\" action=\"").append(escape(action)).append("\">\n")
                .append("<input type=\"hidden\" name=\"_charset_\" value=\"UTF-8\">\n")
                .append("<input type=\"hidden\" name=\"").append(escape(CsrfProtection.PARAMETER))
                .append("\" value=\"").append(escape(csrfToken)).append("\">\n")
                .append("<button type=\"submit\" class=\"swk-newsletter-page__button\" data-swk-newsletter-")
                .append(purpose.code()).append('>').append(text(language, prefix + ".button"))
                .append("</button>\n</form>\n");
        write(request, response, language, text(language, prefix + ".title"), main.toString(), purpose.code());
    }

    /** What the button did. */
    static void done(SlingHttpServletRequest request, SlingHttpServletResponse response, LinkPurpose purpose,
            Locale language) throws IOException {
        String prefix = purpose == LinkPurpose.CONFIRM ? "page.confirmed" : "page.unsubscribed";
        write(request, response, language, text(language, prefix + ".title"),
                "<p>" + text(language, prefix + ".text") + "</p>\n", purpose == LinkPurpose.CONFIRM ? "confirmed"
                        : "unsubscribed");
    }

    /** An unknown, used or expired link: 404, and nothing about whose it was. */
    static void unknown(SlingHttpServletRequest request, SlingHttpServletResponse response, Locale language)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        write(request, response, language, text(language, "page.unknown.title"),
                "<p>" + text(language, "page.unknown.text") + "</p>\n", "unknown");
    }

    /**
     * A personal link: no caches, no search engines, and its address (with the token) goes out as a Referer to this
     * site only (not "no-referrer": Sling's referrer filter refuses a browser's POST without one).
     */
    static void privateHeaders(SlingHttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }

    private static void write(SlingHttpServletRequest request, SlingHttpServletResponse response, Locale language,
            String title, String main, String state) throws IOException {
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n<title>" + title + "</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + escape(request.getContextPath() + CSS) + "\">\n</head>\n"
                + "<body class=\"swk-newsletter-page\">\n<main class=\"swk-newsletter-page__main\" data-swk-newsletter-page=\""
                + state + "\">\n<h1 tabindex=\"-1\" autofocus>" + title + "</h1>\n" + main + "</main>\n</body>\n</html>\n");
    }

    private static String text(Locale language, String key) {
        return escape(NewsletterTexts.text(language, key));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
