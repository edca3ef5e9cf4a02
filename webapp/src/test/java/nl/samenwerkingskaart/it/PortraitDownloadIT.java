package nl.samenwerkingskaart.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenwerkingskaart.it.CmsServer.Cms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A portrait's PDF at {@code <portrait>.pdf} in the real CMS: uploaded to Static Content as an editor does (a
 * {@code sling:File} through Sling's POST servlet), downloaded by an anonymous visitor.
 */
@ExtendWith(CmsServer.class)
class PortraitDownloadIT {

    private static final String FILE_NAME = "Regioportret Groningen – concept ë.pdf";
    private static final String DISPOSITION = "attachment; filename=\"Regioportret Groningen - concept e.pdf\"; "
            + "filename*=UTF-8''Regioportret%20Groningen%20%E2%80%93%20concept%20%C3%AB.pdf";
    private static final byte[] FIRST = pdf("Eerste versie");
    private static final byte[] SECOND = pdf("Tweede versie, met de reacties uit de regio verwerkt");

    private Http anonymous;
    private Http admin;
    private String folder;
    private String file;
    private String portrait;

    @BeforeEach
    void uploadAPdfAndPublishAPortraitWithIt(Cms cms) {
        anonymous = Http.anonymous(cms.base());
        admin = Http.admin(cms.base());
        String id = TestData.uniqueId("download-test");
        folder = "/static/" + id;
        file = folder + "/" + FILE_NAME;
        expectSuccess(admin.post(folder, Map.of("jcr:primaryType", "sling:OrderedFolder")), "folder");
        upload(FIRST);
        portrait = createPortrait(TestPaths.SITE + "/" + id, true);
    }

    @Test
    void anonymousDownloadsThePublishedPdfWithEveryHeader() {
        HttpResponse<byte[]> response = anonymous.getBytes(portrait + ".pdf");

        assertEquals(200, response.statusCode());
        assertArrayEquals(FIRST, response.body());
        assertEquals("application/pdf", header(response, "Content-Type"));
        assertEquals(String.valueOf(FIRST.length), header(response, "Content-Length"));
        assertEquals(DISPOSITION, header(response, "Content-Disposition"));
        assertTrue(header(response, "ETag").matches("\"[A-Za-z0-9_-]{43}\""), header(response, "ETag"));
        assertTrue(header(response, "Last-Modified").endsWith(" GMT"), header(response, "Last-Modified"));
        assertEquals("bytes", header(response, "Accept-Ranges"));
        assertEquals("public, max-age=0, must-revalidate", header(response, "Cache-Control"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertEquals("sandbox", header(response, "Content-Security-Policy"));
    }

    @Test
    void aCurrentCopyIs304ByETagAndByDate() {
        HttpResponse<byte[]> first = anonymous.getBytes(portrait + ".pdf");
        String etag = header(first, "ETag");

        HttpResponse<byte[]> byTag = anonymous.getBytes(portrait + ".pdf", "If-None-Match", etag);
        assertEquals(304, byTag.statusCode());
        assertEquals(0, byTag.body().length);
        assertEquals(etag, header(byTag, "ETag"));

        HttpResponse<byte[]> byDate =
                anonymous.getBytes(portrait + ".pdf", "If-Modified-Since", header(first, "Last-Modified"));
        assertEquals(304, byDate.statusCode());
    }

    @Test
    void oneRangeIs206AndARangeOutsideTheFileIs416() {
        HttpResponse<byte[]> part = anonymous.getBytes(portrait + ".pdf", "Range", "bytes=5-14");
        assertEquals(206, part.statusCode());
        assertArrayEquals(Arrays.copyOfRange(FIRST, 5, 15), part.body());
        assertEquals("bytes 5-14/" + FIRST.length, header(part, "Content-Range"));
        assertEquals("10", header(part, "Content-Length"));

        HttpResponse<byte[]> end = anonymous.getBytes(portrait + ".pdf", "Range", "bytes=-6");
        assertEquals(206, end.statusCode());
        assertEquals("%%EOF\n", new String(end.body(), StandardCharsets.US_ASCII));

        HttpResponse<byte[]> outside = anonymous.getBytes(portrait + ".pdf", "Range", "bytes=" + FIRST.length + "-");
        assertEquals(416, outside.statusCode());
        assertEquals("bytes */" + FIRST.length, header(outside, "Content-Range"));
    }

    @Test
    void headSendsTheHeadersOnly() {
        HttpResponse<byte[]> head = anonymous.exchange("HEAD", portrait + ".pdf", HttpRequest.BodyPublishers.noBody());

        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(FIRST.length), header(head, "Content-Length"));
        assertEquals(DISPOSITION, header(head, "Content-Disposition"));
        assertEquals(header(anonymous.getBytes(portrait + ".pdf"), "ETag"), header(head, "ETag"));
    }

    @Test
    void replacingThePdfChangesBytesAndETagAtTheSameAddress() {
        String before = header(anonymous.getBytes(portrait + ".pdf"), "ETag");
        upload(SECOND);

        HttpResponse<byte[]> after = anonymous.getBytes(portrait + ".pdf", "If-None-Match", before);
        assertEquals(200, after.statusCode());
        assertArrayEquals(SECOND, after.body());
        assertNotEquals(before, header(after, "ETag"));
        assertEquals(DISPOSITION, header(after, "Content-Disposition"));
    }

    @Test
    void movingThePdfWithItsReferencesKeepsTheAddressWithTheNewName() {
        String etag = header(anonymous.getBytes(portrait + ".pdf"), "ETag");
        // The CMS finds references through its full-text index, which follows a moment after a write.
        Eventually.until(() -> admin.get("/cms/shared/movecopy.html" + encoded(file)).body(),
                body -> body.contains(portrait), "the move dialog lists the portrait as a reference");
        String moved = folder + "/regioportret-groningen-definitief.pdf";
        expectSuccess(admin.post(encoded(file), Map.of(":operation", "move", ":dest", moved,
                ":updateReferences", "true")), "move");

        HttpResponse<byte[]> response = anonymous.getBytes(portrait + ".pdf");
        assertEquals(200, response.statusCode());
        assertArrayEquals(FIRST, response.body());
        assertEquals("attachment; filename=\"regioportret-groningen-definitief.pdf\"; "
                + "filename*=UTF-8''regioportret-groningen-definitief.pdf", header(response, "Content-Disposition"));
        assertEquals(etag, header(response, "ETag"), "the same bytes keep their tag");
    }

    @Test
    void anUnpublishedPortraitsPdfGivesAnonymousNoBytes() {
        String draft = createPortrait(TestPaths.SITE + "/" + TestData.uniqueId("download-test-concept"), false);

        HttpResponse<byte[]> response = anonymous.getBytes(draft + ".pdf");
        assertTrue(List.of(401, 404).contains(response.statusCode()), "got " + response.statusCode());
        assertFalse(new String(response.body(), StandardCharsets.ISO_8859_1).contains("%PDF"));
        assertEquals(200, admin.getBytes(draft + ".pdf").statusCode(), "an editor still gets it");
    }

    /** Uploads (or replaces) the PDF as Sling CMS's upload dialog does. */
    private void upload(byte[] bytes) {
        MultipartForm form = new MultipartForm()
                .field("_charset_", "UTF-8")
                .field("*@TypeHint", "sling:File")
                .file("*", FILE_NAME, "application/pdf", bytes);
        HttpResponse<byte[]> response = admin.exchange("POST", folder, form.publisher(), "Content-Type",
                form.contentType());
        assertTrue(response.statusCode() < 300, "upload answered " + response.statusCode());
        HttpResponse<byte[]> stored = admin.getBytes(encoded(file));
        assertArrayEquals(bytes, stored.body(), "the upload is stored under its own name");
    }

    private String createPortrait(String path, boolean published) {
        expectSuccess(admin.post(path, List.of(
                Map.entry("_charset_", "UTF-8"),
                Map.entry("jcr:primaryType", "sling:Page"),
                Map.entry("jcr:content/jcr:primaryType", "nt:unstructured"),
                Map.entry("jcr:content/sling:resourceType", "samenwerking-portraits/components/pages/portrait"),
                Map.entry("jcr:content/jcr:title", "Downloadtest"),
                Map.entry("jcr:content/pdf", file),
                Map.entry("jcr:content/sling:published", Boolean.toString(published)),
                Map.entry("jcr:content/sling:published@TypeHint", "Boolean"))), "portrait page");
        return path;
    }

    private static void expectSuccess(HttpResponse<String> response, String what) {
        assertTrue(response.statusCode() < 300, what + " answered " + response.statusCode() + ": " + response.body());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String encoded(String path) {
        return Arrays.stream(path.split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /** A small PDF that readers open: one empty page, with {@code words} in a comment so versions differ. */
    private static byte[] pdf(String words) {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
        };
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n% " + words + "\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
