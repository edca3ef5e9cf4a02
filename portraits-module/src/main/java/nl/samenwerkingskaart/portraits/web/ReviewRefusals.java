package nl.samenwerkingskaart.portraits.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.portraits.domain.PortraitMessages;
import nl.samenwerkingskaart.portraits.domain.review.ReviewVerdict;

/**
 * The page a review link shows when it does not open its portrait: why, in Dutch and English (the link's language
 * is not known without an open invitation), with 404 for a link that never existed and 410 for one that ended.
 * Only our own texts: nothing the visitor sent is written back.
 */
final class ReviewRefusals {

    private ReviewRefusals() {}

    static void write(HttpServletResponse response, ReviewVerdict verdict) throws IOException {
        response.setStatus(verdict == ReviewVerdict.UNKNOWN ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_GONE);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        PrintWriter out = response.getWriter();
        String nl = PortraitMessages.text(Locale.ROOT, verdict.messageKey());
        String en = PortraitMessages.text(Locale.ENGLISH, verdict.messageKey());
        out.write("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + PortraitMessages.text(Locale.ROOT, "review.refused.title") + "</title>"
                + "<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;"
                + "line-height:1.5;color:#1a1a1a}</style></head><body><main>"
                + "<h1>" + PortraitMessages.text(Locale.ROOT, "review.refused.title") + "</h1>"
                + "<p>" + nl + "</p>"
                + "<h2 lang=\"en\">" + PortraitMessages.text(Locale.ENGLISH, "review.refused.title") + "</h2>"
                + "<p lang=\"en\">" + en + "</p>"
                + "</main></body></html>\n");
    }
}
