package nl.samenwerkingskaart.portraits.domain.download;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Strong entity tags made from a file's bytes (SHA-256), so the tag changes exactly when the bytes do. Hashing
 * reads the whole file, so tags are remembered per {@link FileVersion}: the same path, modification time and
 * length is the same file. The memory holds the most recently used versions only.
 */
public final class ContentFingerprints {

    /** Where a file is and which version of it; a file without a modification time is never remembered. */
    public record FileVersion(String path, Instant lastModified, long length) {}

    /** Opens the file's bytes from the start. */
    @FunctionalInterface
    public interface Bytes {
        InputStream open() throws IOException;
    }

    private final Map<FileVersion, EntityTag> remembered;

    public ContentFingerprints(int capacity) {
        this.remembered = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<FileVersion, EntityTag> eldest) {
                return size() > capacity;
            }
        };
    }

    public EntityTag tagOf(FileVersion version, Bytes bytes) throws IOException {
        if (version.lastModified() == null) {
            return hash(bytes);
        }
        synchronized (remembered) {
            EntityTag known = remembered.get(version);
            if (known != null) {
                return known;
            }
        }
        // Hashed outside the lock: two first requests may both hash, which costs time but never gives a wrong tag.
        EntityTag tag = hash(bytes);
        synchronized (remembered) {
            remembered.put(version, tag);
        }
        return tag;
    }

    private static EntityTag hash(Bytes bytes) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = bytes.open()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                digest.update(buffer, 0, read);
            }
        }
        return EntityTag.strong(Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest()));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
