package nl.samenwerkingskaart.initiatives.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.apache.sling.api.SlingHttpServletRequest;

/** How our public JSON endpoints answer: caching headers, 304, gzip, and small JSON errors. */
final class PublicResponses {

    /** Caches may keep it but must revalidate: a publish shows at once, an unchanged answer costs a 304. */
    static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

    private PublicResponses() {}

    static void sendJson(SlingHttpServletRequest request, HttpServletResponse response, byte[] json,
            byte[] gzipped, String etag) throws IOException {
        send(request, response, "application/json", json, gzipped, etag);
    }

    /** The same answer for any content type (the CSV and GeoJSON downloads). */
    static void send(SlingHttpServletRequest request, HttpServletResponse response, String contentType,
            byte[] json, byte[] gzipped, String etag) throws IOException {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", "Accept-Encoding");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (HttpCaching.notModified(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = json;
        if (gzipped != null && HttpCaching.acceptsGzip(request.getHeader("Accept-Encoding"))) {
            response.setHeader("Content-Encoding", "gzip");
            body = gzipped;
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    static void notFound(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\":\"Niet gevonden / Not found\"}");
    }
}
