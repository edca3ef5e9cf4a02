package nl.samenwerkingskaart.initiatives.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.initiatives.stillcurrent.StillCurrentLinks;

/**
 * The small pages of the contact's "still correct" link, in Dutch or English. Self-contained HTML (no script, no
 * outside resources); every text from the repository is escaped. Never cached, and the link's token is not passed
 * on to other sites (Referrer-Policy same-origin, which still lets the form post carry the Referer Sling checks).
 */
final class StillCurrentPage {

    private final boolean english;

    StillCurrentPage(Locale language) {
        this.english = Locale.ENGLISH.getLanguage().equals(language.getLanguage());
    }

    /** @param again the button was pressed on a form that had expired (or was not ours): nothing was recorded */
    String question(String name, String id, String token, String csrfToken, boolean again) {
        return "<h1>" + t("Klopt het nog?", "Still correct?") + "</h1>\n"
                + (again ? "<p role=\"alert\">" + t("Het formulier was verlopen. Klik nog een keer op de knop.",
                        "The form had expired. Please press the button once more.") + "</p>\n" : "") + "<p>"
                + t("Staat het initiatief ", "Is what the Samenwerkingskaart shows about ") + "<strong>"
                + escape(name) + "</strong>"
                + t(" nog goed op de Samenwerkingskaart? Bevestig het met de knop.",
                        " still correct? Please confirm it with the button.")
                + "</p>\n<form method=\"post\" action=\"" + StillCurrentLinks.CONFIRM_PATH + ".html\">\n"
                + hidden(StillCurrentLinks.ID, id) + hidden(StillCurrentLinks.TOKEN, token)
                + hidden(StillCurrentLinks.LANGUAGE, english ? "en" : "nl")
                + hidden(CsrfProtection.PARAMETER, csrfToken)
                + "<button type=\"submit\">" + t("Ja, het klopt nog", "Yes, it is still correct") + "</button>\n"
                + "</form>\n<p>" + t("Is er iets veranderd? Gebruik dan de andere link in de e-mail.",
                        "Has something changed? Then please use the other link in the e-mail.") + "</p>";
    }

    String thanks(String name) {
        return "<h1 data-swk-confirmed>" + t("Dank u wel", "Thank you") + "</h1>\n<p>"
                + t("We hebben genoteerd dat ", "We have noted that what we show about ") + "<strong>" + escape(name)
                + "</strong>" + t(" nog klopt.", " is still correct.") + "</p>";
    }

    String unknown() {
        return "<h1>" + t("Deze link werkt niet", "This link does not work") + "</h1>\n<p>"
                + t("De link is onbekend, al gebruikt of vervangen door een nieuwere. U hoeft niets te doen.",
                        "The link is unknown, has been used or was replaced by a newer one. You need not do anything.")
                + "</p>";
    }

    String expired() {
        return "<h1>" + t("Deze link is verlopen", "This link has expired") + "</h1>\n<p>"
                + t("Wilt u toch iets doorgeven? Gebruik dan het meldformulier op de Samenwerkingskaart.",
                        "Would you still like to tell us something? Please use the form on the Samenwerkingskaart.")
                + "</p>";
    }

    String tooLarge() {
        return "<h1>" + t("Dit verzoek is te groot", "This request is too large") + "</h1>\n<p>"
                + t("Gebruik de knop op de pagina van de link in de e-mail.",
                        "Please use the button on the page the link in the e-mail opens.") + "</p>";
    }

    String failed() {
        return "<h1>" + t("Er ging iets mis", "Something went wrong") + "</h1>\n<p>"
                + t("Probeer het later nog eens.", "Please try again later.") + "</p>";
    }

    void send(HttpServletResponse response, int status, String main) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'");
        String lang = english ? "en" : "nl";
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n<title>"
                + t("Samenwerkingskaart: klopt het nog?", "Samenwerkingskaart: still correct?") + "</title>\n"
                + "<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;"
                + "color:#1a1a1a}button{font-size:1rem;padding:.6rem 1.2rem;background:#154273;color:#fff;border:0;"
                + "border-radius:4px;cursor:pointer}button:focus{outline:3px solid #c2410c;outline-offset:2px}</style>\n"
                + "</head>\n<body>\n<main>\n" + main + "\n</main>\n</body>\n</html>\n");
    }

    private String t(String dutch, String englishText) {
        return english ? englishText : dutch;
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">\n";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
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
