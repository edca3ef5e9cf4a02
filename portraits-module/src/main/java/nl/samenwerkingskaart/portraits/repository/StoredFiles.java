package nl.samenwerkingskaart.portraits.repository;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;

/**
 * Reads a file's size and type without reading the file: from the length of its binary property, which the
 * repository keeps (a download label must not stream megabytes).
 */
public final class StoredFiles {

    private static final String CONTENT = "jcr:content";
    private static final String DATA = "jcr:data";

    private StoredFiles() {}

    /** The file at {@code path}; empty when there is none there (or the session may not read it). */
    public static Optional<StoredFile> read(ResourceResolver resolver, String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        Resource file = resolver.getResource(path.strip());
        Resource content = file == null ? null : file.getChild(CONTENT);
        if (content == null || !content.getValueMap().containsKey(DATA)) {
            return Optional.empty();
        }
        String mimeType = content.getValueMap().get("jcr:mimeType", "");
        return Optional.of(new StoredFile(file.getPath(), length(content), mimeType));
    }

    private static long length(Resource content) {
        Node node = content.adaptTo(Node.class);
        if (node != null) {
            try {
                Property data = node.getProperty(DATA);
                return data.getLength();
            } catch (RepositoryException e) {
                return -1;
            }
        }
        // not stored in a JCR (a test double, another resource provider): count the bytes
        try (InputStream in = content.getValueMap().get(DATA, InputStream.class)) {
            if (in == null) {
                return -1;
            }
            long count = 0;
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
            }
            return count;
        } catch (IOException e) {
            return -1;
        }
    }
}
