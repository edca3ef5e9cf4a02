package nl.samenwerkingskaart.portraits.domain.download;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The conditional headers of a GET or HEAD (RFC 9110, 13.1 and the order of 13.2.2). If-Match and
 * If-Unmodified-Since are left out: they guard changes, and this is a read-only download.
 */
public final class Preconditions {

    private Preconditions() {}

    /**
     * Whether the client's copy is current (304). If-None-Match decides when present (weak comparison, {@code *}
     * matches); only without it does If-Modified-Since count, and only when it is a valid date.
     */
    public static boolean notModified(String ifNoneMatch, String ifModifiedSince, Validators current) {
        if (ifNoneMatch != null) {
            if (ifNoneMatch.strip().equals("*")) {
                return true;
            }
            return EntityTag.parseList(ifNoneMatch).orElse(List.of()).stream()
                    .anyMatch(tag -> tag.weaklyMatches(current.etag()));
        }
        if (ifModifiedSince == null || current.lastModified() == null) {
            return false;
        }
        Optional<Instant> since = HttpDates.parse(ifModifiedSince);
        return since.isPresent() && !current.lastModified().isAfter(since.get());
    }

    /**
     * Whether a Range may be served: yes without If-Range; with it, only when it names the current version, by a
     * strong entity tag or by exactly its Last-Modified date. Otherwise the client gets the whole, new file.
     */
    public static boolean rangeMayBeServed(String ifRange, Validators current) {
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            List<EntityTag> tags = EntityTag.parseList(value).orElse(List.of());
            return tags.size() == 1 && tags.get(0).stronglyMatches(current.etag());
        }
        Optional<Instant> date = HttpDates.parse(value);
        return date.isPresent() && date.get().equals(current.lastModified());
    }
}
