package nl.samenwerkingskaart.initiatives.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpCachingTest {

    private static final String ETAG = "\"abc123\"";

    @Test
    void matchesItsOwnTagInEveryFormAClientSends() {
        assertTrue(HttpCaching.notModified("\"abc123\"", ETAG));
        assertTrue(HttpCaching.notModified("W/\"abc123\"", ETAG), "weak comparison for GET");
        assertTrue(HttpCaching.notModified("\"old\", \"abc123\"", ETAG));
        assertTrue(HttpCaching.notModified("*", ETAG));
    }

    @Test
    void doesNotMatchOtherOrMissingTags() {
        assertFalse(HttpCaching.notModified(null, ETAG));
        assertFalse(HttpCaching.notModified("", ETAG));
        assertFalse(HttpCaching.notModified("\"abc12\"", ETAG));
        assertFalse(HttpCaching.notModified("abc123", ETAG), "an unquoted value is not the tag");
        assertFalse(HttpCaching.notModified("\"abc123\"", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "gzip, deflate, br", "deflate, GZIP;q=0.5", "*", "br;q=1.0, gzip;q=0.8"})
    void acceptsGzip(String header) {
        assertTrue(HttpCaching.acceptsGzip(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "identity", "br", "gzip;q=0", "gzip; q=0.0", "x-gzip-not"})
    void doesNotAcceptGzip(String header) {
        assertFalse(HttpCaching.acceptsGzip(header));
    }

    @Test
    void noHeaderMeansNoGzip() {
        assertFalse(HttpCaching.acceptsGzip(null));
    }
}
