package nl.samenwerkingskaart.portraits.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import nl.samenwerkingskaart.portraits.domain.download.ByteRange;
import nl.samenwerkingskaart.portraits.domain.download.CachePolicy;
import nl.samenwerkingskaart.portraits.domain.download.ContentDisposition;
import nl.samenwerkingskaart.portraits.domain.download.ContentFingerprints;
import nl.samenwerkingskaart.portraits.domain.download.DownloadAnswer;
import nl.samenwerkingskaart.portraits.domain.download.DownloadRequest;
import nl.samenwerkingskaart.portraits.domain.download.HttpDates;
import nl.samenwerkingskaart.portraits.domain.download.PdfType;
import nl.samenwerkingskaart.portraits.domain.download.Validators;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.Resource;

/**
 * Answers a GET or HEAD with a PDF file from the repository as a careful file server does: a strong ETag of its
 * bytes and its Last-Modified, 304 for a current copy, one byte range (206, or 416), an attachment with the file's
 * own name, and headers that keep a browser from running it in our origin ({@code nosniff}, a sandbox CSP). The
 * bytes are streamed from the repository, never held in memory.
 */
public final class FileDownload {

    private static final ContentFingerprints FINGERPRINTS = new ContentFingerprints(512);

    private FileDownload() {}

    /**
     * Sends {@code file}, or our 404 when it is missing or not a PDF.
     *
     * @param file an {@code nt:file} resource, read with whatever session may read it (the request's, or a service
     *     user's for a draft); may be null
     * @param cachePolicy {@link CachePolicy#PUBLIC} for a published file, {@link CachePolicy#PRIVATE_NO_STORE}
     *     otherwise
     */
    public static void send(SlingHttpServletRequest request, SlingHttpServletResponse response, Resource file,
            CachePolicy cachePolicy) throws IOException {
        StoredPdf pdf = StoredPdf.of(file).orElse(null);
        if (pdf == null) {
            NotFound.send(response);
            return;
        }
        Validators current = new Validators(FINGERPRINTS.tagOf(pdf.version(), pdf::open), pdf.lastModified());
        DownloadAnswer answer = downloadRequest(request).answer(current, pdf.length());
        response.setStatus(answer.status().code());
        setValidatorsAndPolicy(response, current, cachePolicy);
        switch (answer.status()) {
            case NOT_MODIFIED -> { }
            case RANGE_NOT_SATISFIABLE -> {
                response.setHeader("Content-Range", ByteRange.unsatisfiedContentRange(pdf.length()));
                response.setHeader("Content-Length", "0");
            }
            case WHOLE_FILE -> sendBytes(request, response, pdf, null);
            case PART_OF_FILE -> sendBytes(request, response, pdf, answer.range());
        }
    }

    private static DownloadRequest downloadRequest(SlingHttpServletRequest request) {
        return new DownloadRequest(request.getMethod(), request.getHeader("Range"),
                request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since"),
                request.getHeader("If-Range"));
    }

    private static void setValidatorsAndPolicy(SlingHttpServletResponse response, Validators current,
            CachePolicy cachePolicy) {
        response.setHeader("ETag", current.etag().toString());
        if (current.lastModified() != null) {
            response.setHeader("Last-Modified", HttpDates.format(current.lastModified()));
        }
        response.setHeader("Cache-Control", cachePolicy.cacheControl());
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Should a browser open it in place after all, it runs no script and gets no access to our origin.
        response.setHeader("Content-Security-Policy", "sandbox");
    }

    /** The whole file when {@code range} is null. */
    private static void sendBytes(SlingHttpServletRequest request, SlingHttpServletResponse response, StoredPdf pdf,
            ByteRange range) throws IOException {
        response.setContentType(PdfType.MIME_TYPE);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(pdf.name()));
        if (range != null) {
            response.setHeader("Content-Range", range.contentRange());
        }
        response.setHeader("Content-Length", Long.toString(range == null ? pdf.length() : range.length()));
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (InputStream in = pdf.open()) {
            OutputStream out = response.getOutputStream();
            if (range == null) {
                in.transferTo(out);
            } else {
                range.copy(in, out);
            }
        }
    }
}
