package nl.samenwerkingskaart.portraits.domain.download;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpDatesTest {

    private static final Instant SUNDAY = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void writesTheImfFixdateWithTwoDigitDays() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(SUNDAY));
        assertEquals("Tue, 03 Mar 2026 09:05:00 GMT", HttpDates.format(Instant.parse("2026-03-03T09:05:00.999Z")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", " Sun, 06 Nov 1994 08:49:37 GMT ",
        "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"})
    void readsTheThreeForms(String text) {
        assertEquals(Optional.of(SUNDAY), HttpDates.parse(text));
    }

    @Test
    void readsTwoDigitYearsAsTheRecentPast() {
        assertEquals(Optional.of(Instant.parse("2025-05-01T00:00:00Z")),
                HttpDates.parse("Thursday, 01-May-25 00:00:00 GMT"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "yesterday", "2026-03-03T09:05:00Z", "Sun, 06 Nov 1994 08:49:37", "Mon, 06 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 25:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT"})
    void readsNothingElse(String text) {
        assertEquals(Optional.empty(), HttpDates.parse(text));
    }
}
