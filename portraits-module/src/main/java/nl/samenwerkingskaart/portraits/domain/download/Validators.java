package nl.samenwerkingskaart.portraits.domain.download;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What tells versions of a file apart in HTTP: its entity tag and, when known, when it was last modified, at the
 * second precision of HTTP-dates (so that the date we send compares equal to the one we get back).
 */
public record Validators(EntityTag etag, Instant lastModified) {

    public Validators {
        if (etag == null) {
            throw new IllegalArgumentException("a file always has an entity tag");
        }
        lastModified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
    }
}
