package nl.samenwerkingskaart.portraits.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import nl.samenwerkingskaart.portraits.domain.download.CachePolicy;
import org.apache.sling.testing.mock.sling.ResourceResolverType;
import org.apache.sling.testing.mock.sling.junit5.SlingContext;
import org.apache.sling.testing.mock.sling.junit5.SlingContextExtension;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletRequest;
import org.apache.sling.testing.mock.sling.servlet.MockSlingHttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The download of a file in a real Oak repository: statuses, headers and bytes. */
@ExtendWith(SlingContextExtension.class)
class FileDownloadTest {

    private static final String FOLDER = "/static/samenwerkingskaart/portretten";
    private static final String PATH = FOLDER + "/Regioportret Groningen – concept ë.pdf";
    private static final Instant MODIFIED = Instant.parse("2026-03-03T09:05:00.750Z");
    private static final String LAST_MODIFIED = "Tue, 03 Mar 2026 09:05:00 GMT";
    private static final byte[] PDF = RepositoryFiles.pdf("eerste versie");

    private final SlingContext context = new SlingContext(ResourceResolverType.JCR_OAK);

    @BeforeEach
    void uploadThePdf() throws Exception {
        RepositoryFiles.put(context.resourceResolver(), PATH, PDF, "application/pdf", MODIFIED);
    }

    @Test
    void sendsTheWholeFileWithEveryHeader() throws IOException {
        MockSlingHttpServletResponse response = download(get());

        assertEquals(200, response.getStatus());
        assertArrayEquals(PDF, response.getOutput());
        assertEquals("application/pdf", response.getContentType());
        assertEquals(String.valueOf(PDF.length), response.getHeader("Content-Length"));
        assertEquals("attachment; filename=\"Regioportret Groningen - concept e.pdf\"; "
                        + "filename*=UTF-8''Regioportret%20Groningen%20%E2%80%93%20concept%20%C3%AB.pdf",
                response.getHeader("Content-Disposition"));
        assertEquals(LAST_MODIFIED, response.getHeader("Last-Modified"));
        assertTrue(response.getHeader("ETag").matches("\"[A-Za-z0-9_-]{43}\""), response.getHeader("ETag"));
        assertEquals("bytes", response.getHeader("Accept-Ranges"));
        assertEquals("public, max-age=0, must-revalidate", response.getHeader("Cache-Control"));
        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"));
        assertEquals("sandbox", response.getHeader("Content-Security-Policy"));
        assertNull(response.getHeader("Content-Range"));
    }

    @Test
    void aDraftIsKeptByNoCache() throws IOException {
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        FileDownload.send(get(), response, context.resourceResolver().getResource(PATH), CachePolicy.PRIVATE_NO_STORE);
        assertEquals(200, response.getStatus());
        assertEquals("private, no-store", response.getHeader("Cache-Control"));
    }

    @Test
    void headSendsTheHeadersOfGetButNoBytes() throws IOException {
        MockSlingHttpServletRequest head = get();
        head.setMethod("HEAD");
        head.addHeader("Range", "bytes=0-9");
        MockSlingHttpServletResponse response = download(head);

        assertEquals(200, response.getStatus());
        assertEquals(0, response.getOutput().length);
        assertEquals(String.valueOf(PDF.length), response.getHeader("Content-Length"));
        assertEquals(download(get()).getHeader("ETag"), response.getHeader("ETag"));
        assertEquals("application/pdf", response.getContentType());
        assertTrue(response.getHeader("Content-Disposition").startsWith("attachment; "));
    }

    @Test
    void sendsOneRange() throws IOException {
        MockSlingHttpServletResponse response = download(get("Range", "bytes=100-199"));

        assertEquals(206, response.getStatus());
        assertArrayEquals(Arrays.copyOfRange(PDF, 100, 200), response.getOutput());
        assertEquals("bytes 100-199/" + PDF.length, response.getHeader("Content-Range"));
        assertEquals("100", response.getHeader("Content-Length"));
        assertEquals("application/pdf", response.getContentType());
        assertEquals(download(get()).getHeader("ETag"), response.getHeader("ETag"));
    }

    @Test
    void sendsARangeAtTheFilesEnd() throws IOException {
        MockSlingHttpServletResponse suffix = download(get("Range", "bytes=-7"));
        assertEquals(206, suffix.getStatus());
        assertArrayEquals(Arrays.copyOfRange(PDF, PDF.length - 7, PDF.length), suffix.getOutput());
        assertEquals("bytes " + (PDF.length - 7) + "-" + (PDF.length - 1) + "/" + PDF.length,
                suffix.getHeader("Content-Range"));

        MockSlingHttpServletResponse beyond = download(get("Range", "bytes=" + (PDF.length - 3) + "-99999999"));
        assertEquals(206, beyond.getStatus());
        assertArrayEquals(Arrays.copyOfRange(PDF, PDF.length - 3, PDF.length), beyond.getOutput());
        assertEquals("3", beyond.getHeader("Content-Length"));
    }

    @Test
    void aRangeOutsideTheFileIs416() throws IOException {
        for (String range : new String[] {"bytes=-0", "bytes=" + PDF.length + "-"}) {
            MockSlingHttpServletResponse response = download(get("Range", range));
            assertEquals(416, response.getStatus(), range);
            assertEquals("bytes */" + PDF.length, response.getHeader("Content-Range"), range);
            assertEquals(0, response.getOutput().length, range);
            assertEquals("0", response.getHeader("Content-Length"), range);
        }
    }

    @Test
    void severalOrOverlappingRangesGetTheWholeFile() throws IOException {
        for (String range : new String[] {"bytes=0-9,20-29", "bytes=0-99,50-149", "bytes=-0,-0", "bytes=zes-tien"}) {
            MockSlingHttpServletResponse response = download(get("Range", range));
            assertEquals(200, response.getStatus(), range);
            assertArrayEquals(PDF, response.getOutput(), range);
        }
    }

    @Test
    void aCurrentCopyByETagIs304WithoutBytes() throws IOException {
        String etag = download(get()).getHeader("ETag");
        MockSlingHttpServletResponse response = download(get("If-None-Match", "\"older\", " + etag));

        assertEquals(304, response.getStatus());
        assertEquals(0, response.getOutput().length);
        assertEquals(etag, response.getHeader("ETag"));
        assertEquals(LAST_MODIFIED, response.getHeader("Last-Modified"));
        assertEquals("public, max-age=0, must-revalidate", response.getHeader("Cache-Control"));
        assertNull(response.getHeader("Content-Disposition"));
    }

    @Test
    void aCurrentCopyByDateIs304() throws IOException {
        assertEquals(304, download(get("If-Modified-Since", LAST_MODIFIED)).getStatus());
        assertEquals(200, download(get("If-Modified-Since", "Tue, 03 Mar 2026 09:04:59 GMT")).getStatus());
    }

    @Test
    void aRangeOfAnotherVersionGetsTheWholeFile() throws IOException {
        String etag = download(get()).getHeader("ETag");
        MockSlingHttpServletRequest stale = get("Range", "bytes=0-9");
        stale.addHeader("If-Range", "\"an-older-version\"");
        MockSlingHttpServletResponse whole = download(stale);
        assertEquals(200, whole.getStatus());
        assertArrayEquals(PDF, whole.getOutput());

        MockSlingHttpServletRequest current = get("Range", "bytes=0-9");
        current.addHeader("If-Range", etag);
        assertEquals(206, download(current).getStatus());

        MockSlingHttpServletRequest byDate = get("Range", "bytes=0-9");
        byDate.addHeader("If-Range", LAST_MODIFIED);
        assertEquals(206, download(byDate).getStatus());
    }

    @Test
    void replacingTheBytesChangesTheETag() throws Exception {
        String before = download(get()).getHeader("ETag");
        byte[] replacement = RepositoryFiles.pdf("tweede versie");
        RepositoryFiles.put(context.resourceResolver(), PATH, replacement, "application/pdf",
                MODIFIED.plusSeconds(60));

        MockSlingHttpServletResponse old = download(get("If-None-Match", before));
        assertEquals(200, old.getStatus());
        assertArrayEquals(replacement, old.getOutput());
        assertNotEquals(before, old.getHeader("ETag"));
        assertEquals("Tue, 03 Mar 2026 09:06:00 GMT", old.getHeader("Last-Modified"));
    }

    @Test
    void uploadingTheSameBytesAgainKeepsTheETag() throws Exception {
        String before = download(get()).getHeader("ETag");
        RepositoryFiles.put(context.resourceResolver(), PATH, PDF, "application/pdf", MODIFIED.plusSeconds(120));
        assertEquals(before, download(get()).getHeader("ETag"));
        assertEquals(304, download(get("If-None-Match", before)).getStatus());
    }

    @Test
    void aFileWithoutAMimeTypeIsAPdfByItsName() throws Exception {
        RepositoryFiles.put(context.resourceResolver(), FOLDER + "/zonder-type.PDF", PDF,
                "application/octet-stream", MODIFIED);
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        FileDownload.send(get(), response, context.resourceResolver().getResource(FOLDER + "/zonder-type.PDF"),
                CachePolicy.PUBLIC);
        assertEquals(200, response.getStatus());
        assertEquals("application/pdf", response.getContentType());
    }

    @Test
    void whatIsNoPdfFileIs404() throws Exception {
        RepositoryFiles.put(context.resourceResolver(), FOLDER + "/pagina.html", PDF, "text/html", MODIFIED);
        RepositoryFiles.put(context.resourceResolver(), FOLDER + "/vermomd.pdf", PDF, "image/svg+xml", MODIFIED);
        for (String path : new String[] {FOLDER + "/pagina.html", FOLDER + "/vermomd.pdf", FOLDER, "/static"}) {
            assertNotFound(path);
        }
        MockSlingHttpServletResponse missing = new MockSlingHttpServletResponse();
        FileDownload.send(get(), missing, null, CachePolicy.PUBLIC);
        assertEquals(404, missing.getStatus());
    }

    private void assertNotFound(String path) throws IOException {
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        FileDownload.send(get(), response, context.resourceResolver().getResource(path), CachePolicy.PUBLIC);
        assertEquals(404, response.getStatus(), path);
        assertEquals("Niet gevonden. / Not found.", response.getOutputAsString(), path);
        assertEquals("nosniff", response.getHeader("X-Content-Type-Options"), path);
    }

    private MockSlingHttpServletRequest get(String... headers) {
        MockSlingHttpServletRequest request = new MockSlingHttpServletRequest(context.resourceResolver(),
                context.bundleContext());
        request.setMethod("GET");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.addHeader(headers[i], headers[i + 1]);
        }
        return request;
    }

    private MockSlingHttpServletResponse download(MockSlingHttpServletRequest request) throws IOException {
        MockSlingHttpServletResponse response = new MockSlingHttpServletResponse();
        FileDownload.send(request, response, context.resourceResolver().getResource(PATH), CachePolicy.PUBLIC);
        return response;
    }
}
