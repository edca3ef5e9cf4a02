package nl.samenwerkingskaart.portraits.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.PortraitListing;
import nl.samenwerkingskaart.portraits.repository.PortraitPages;
import nl.samenwerkingskaart.portraits.repository.StoredFile;
import nl.samenwerkingskaart.portraits.repository.StoredFiles;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.osgi.service.component.annotations.Component;

/**
 * {@code GET /bin/samenwerkingskaart/public/portraits.json}: the published portraits of every site, newest first
 * (docs/contracts.md, "Public portraits"). The map uses it to link a region to its portrait. Open to anonymous
 * visitors, so it reads the publication flag itself and never lists a draft or a portrait in review.
 */
@Component(service = Servlet.class, property = {
        "sling.servlet.paths=" + PublicPortraitsServlet.PATH,
        "sling.servlet.methods=GET",
        "sling.servlet.methods=HEAD"
})
public class PublicPortraitsServlet extends SlingSafeMethodsServlet {

    static final String PATH = "/bin/samenwerkingskaart/public/portraits";
    /** Short: a newly published portrait should reach the maps within a minute, without any invalidation. */
    static final String CACHE_CONTROL = "public, max-age=60";
    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        if (!"json".equals(request.getRequestPathInfo().getExtension())
                || request.getRequestPathInfo().getSelectorString() != null
                || request.getRequestPathInfo().getSuffix() != null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body = json(request.getResourceResolver(), Objects.toString(request.getContextPath(), ""));
        String etag = "\"" + digest(body) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** The endpoint's body: {@code {"portraits":[{title,url,regions,publicationDate,pdf:{url,bytes}}]}}. */
    static byte[] json(ResourceResolver resolver, String context) throws IOException {
        List<Portrait> portraits = PortraitListing.published(PortraitPages.under(resolver, PortraitPages.CONTENT_ROOT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("portraits");
            for (Portrait portrait : portraits) {
                json.writeStartObject();
                json.writeStringField("title", portrait.title());
                json.writeStringField("url", context + portrait.path() + ".html");
                json.writeArrayFieldStart("regions");
                for (String region : portrait.regions()) {
                    json.writeString(region);
                }
                json.writeEndArray();
                if (portrait.publicationDate() == null) {
                    json.writeNullField("publicationDate");
                } else {
                    json.writeStringField("publicationDate", portrait.publicationDate().toString());
                }
                StoredFile pdf = portrait.pdfPath() == null ? null
                        : StoredFiles.read(resolver, portrait.pdfPath()).orElse(null);
                if (pdf == null) {
                    json.writeNullField("pdf");
                } else {
                    json.writeObjectFieldStart("pdf");
                    json.writeStringField("url", context + portrait.path() + ".pdf");
                    json.writeNumberField("bytes", pdf.bytes());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String strong = etag.startsWith("W/") ? etag.substring(2) : etag;
        return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(strong));
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
