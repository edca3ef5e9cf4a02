package nl.samenwerkingskaart.portraits.web;

import nl.samenwerkingskaart.portraits.domain.download.PdfType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import nl.samenwerkingskaart.portraits.domain.download.ContentFingerprints.FileVersion;
import org.apache.sling.api.resource.Resource;

/**
 * A PDF file in the repository: an {@code nt:file} (Sling CMS uploads {@code sling:File}) whose {@code jcr:content}
 * holds the bytes, their mime type and when they were last replaced.
 */
final class StoredPdf {


    private final Resource file;
    private final Resource content;
    private final long length;
    private final Instant lastModified;

    private StoredPdf(Resource file, Resource content, long length, Instant lastModified) {
        this.file = file;
        this.content = content;
        this.length = length;
        this.lastModified = lastModified;
    }

    /** The file as a PDF; empty when it is missing, holds no bytes, or is not a PDF. */
    static Optional<StoredPdf> of(Resource file) {
        Resource content = file == null ? null : file.getChild("jcr:content");
        Node node = content == null ? null : content.adaptTo(Node.class);
        if (node == null || !PdfType.isPdf(content.getValueMap().get("jcr:mimeType", ""), file.getName())) {
            return Optional.empty();
        }
        try {
            if (!node.hasProperty("jcr:data")) {
                return Optional.empty();
            }
            Property data = node.getProperty("jcr:data");
            if (data.isMultiple()) {
                return Optional.empty();
            }
            Calendar modified = content.getValueMap().get("jcr:lastModified", Calendar.class);
            return Optional.of(new StoredPdf(file, content, data.getLength(),
                    modified == null ? null : modified.toInstant()));
        } catch (RepositoryException e) {
            return Optional.empty();
        }
    }

    String name() {
        return file.getName();
    }

    long length() {
        return length;
    }

    /** Null when the file has no {@code jcr:lastModified}. */
    Instant lastModified() {
        return lastModified;
    }

    FileVersion version() {
        return new FileVersion(file.getPath(), lastModified, length);
    }

    InputStream open() throws IOException {
        InputStream bytes = content.getValueMap().get("jcr:data", InputStream.class);
        if (bytes == null) {
            throw new IOException("the bytes of " + file.getPath() + " are gone");
        }
        return bytes;
    }
}
