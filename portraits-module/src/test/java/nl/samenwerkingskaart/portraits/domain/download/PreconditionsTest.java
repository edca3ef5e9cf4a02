package nl.samenwerkingskaart.portraits.domain.download;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreconditionsTest {

    private static final Instant MODIFIED = Instant.parse("2026-03-03T09:05:00.750Z");
    private static final String MODIFIED_DATE = "Tue, 03 Mar 2026 09:05:00 GMT";
    private static final Validators CURRENT = new Validators(EntityTag.strong("v2"), MODIFIED);
    private static final Validators UNDATED = new Validators(EntityTag.strong("v2"), null);

    @ParameterizedTest
    @ValueSource(strings = {"\"v2\"", "W/\"v2\"", "\"v1\", \"v2\"", "\"v1\",W/\"v2\"", "*", " * "})
    void aMatchingIfNoneMatchIsNotModified(String ifNoneMatch) {
        assertTrue(Preconditions.notModified(ifNoneMatch, null, CURRENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"v1\"", "\"v1\", W/\"v3\"", "v2", "\"V2\"", "", "\"v2", "**"})
    void anyOtherIfNoneMatchIsModified(String ifNoneMatch) {
        assertFalse(Preconditions.notModified(ifNoneMatch, null, CURRENT));
    }

    @Test
    void ifModifiedSinceComparesWholeSeconds() {
        assertTrue(Preconditions.notModified(null, MODIFIED_DATE, CURRENT));
        assertTrue(Preconditions.notModified(null, "Tue, 03 Mar 2026 09:05:01 GMT", CURRENT));
        assertFalse(Preconditions.notModified(null, "Tue, 03 Mar 2026 09:04:59 GMT", CURRENT));
    }

    @Test
    void ifModifiedSinceCountsOnlyWithoutIfNoneMatch() {
        assertFalse(Preconditions.notModified("\"v1\"", MODIFIED_DATE, CURRENT));
        assertTrue(Preconditions.notModified("\"v2\"", "Tue, 03 Mar 2026 09:04:59 GMT", CURRENT));
    }

    @Test
    void anInvalidOrUnanswerableIfModifiedSinceIsIgnored() {
        assertFalse(Preconditions.notModified(null, "gisteren", CURRENT));
        assertFalse(Preconditions.notModified(null, MODIFIED_DATE, UNDATED));
        assertFalse(Preconditions.notModified(null, null, CURRENT));
    }

    @Test
    void aRangeMayBeServedWithoutIfRange() {
        assertTrue(Preconditions.rangeMayBeServed(null, CURRENT));
    }

    @Test
    void ifRangeWithAStrongTagOfTheCurrentVersion() {
        assertTrue(Preconditions.rangeMayBeServed("\"v2\"", CURRENT));
        assertFalse(Preconditions.rangeMayBeServed("\"v1\"", CURRENT));
        assertFalse(Preconditions.rangeMayBeServed("W/\"v2\"", CURRENT));
        assertFalse(Preconditions.rangeMayBeServed("\"v1\", \"v2\"", CURRENT));
    }

    @Test
    void ifRangeWithExactlyTheLastModifiedDate() {
        assertTrue(Preconditions.rangeMayBeServed(MODIFIED_DATE, CURRENT));
        assertFalse(Preconditions.rangeMayBeServed("Tue, 03 Mar 2026 09:05:01 GMT", CURRENT));
        assertFalse(Preconditions.rangeMayBeServed("Tue, 03 Mar 2026 09:04:59 GMT", CURRENT));
        assertFalse(Preconditions.rangeMayBeServed(MODIFIED_DATE, UNDATED));
        assertFalse(Preconditions.rangeMayBeServed("morgen", CURRENT));
    }
}
