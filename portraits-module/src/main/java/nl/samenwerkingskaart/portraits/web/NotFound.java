package nl.samenwerkingskaart.portraits.web;

import java.io.IOException;
import javax.servlet.http.HttpServletResponse;

/** Our plain 404, in Dutch and English, as the initiatives' endpoints answer. */
final class NotFound {

    static final String MESSAGE = "Niet gevonden. / Not found.";

    private NotFound() {}

    static void send(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // A file may be published a minute later: no cache should keep remembering it was missing.
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(MESSAGE);
    }
}
