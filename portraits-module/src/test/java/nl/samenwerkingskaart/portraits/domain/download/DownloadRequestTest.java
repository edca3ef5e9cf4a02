package nl.samenwerkingskaart.portraits.domain.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DownloadRequestTest {

    private static final long LENGTH = 1000;
    private static final Validators CURRENT =
            new Validators(EntityTag.strong("v2"), Instant.parse("2026-03-03T09:05:00Z"));

    @Test
    void aPlainGetGetsTheWholeFile() {
        assertEquals(DownloadAnswer.WHOLE_FILE, get(null, null, null).answer(CURRENT, LENGTH));
    }

    @Test
    void aRangeGetsThatPart() {
        assertEquals(DownloadAnswer.part(new ByteRange(10, 19, LENGTH)),
                get("bytes=10-19", null, null).answer(CURRENT, LENGTH));
    }

    @Test
    void aRangeOutsideTheFileGets416() {
        assertEquals(DownloadAnswer.RANGE_NOT_SATISFIABLE, get("bytes=1000-", null, null).answer(CURRENT, LENGTH));
        assertEquals(416, DownloadAnswer.RANGE_NOT_SATISFIABLE.status().code());
    }

    @Test
    void severalRangesGetTheWholeFile() {
        assertEquals(DownloadAnswer.WHOLE_FILE, get("bytes=0-9,5-20", null, null).answer(CURRENT, LENGTH));
    }

    @Test
    void aCurrentCopyIsNotModifiedEvenWhenItAsksForARange() {
        assertEquals(DownloadAnswer.NOT_MODIFIED, get("bytes=10-19", "\"v2\"", null).answer(CURRENT, LENGTH));
        assertEquals(DownloadAnswer.NOT_MODIFIED, get("bytes=5000-", "\"v2\"", null).answer(CURRENT, LENGTH));
    }

    @Test
    void aRangeOfAnOldVersionGetsTheWholeNewFile() {
        assertEquals(DownloadAnswer.WHOLE_FILE, get("bytes=10-19", null, "\"v1\"").answer(CURRENT, LENGTH));
        assertEquals(DownloadAnswer.part(new ByteRange(10, 19, LENGTH)),
                get("bytes=10-19", null, "\"v2\"").answer(CURRENT, LENGTH));
    }

    @Test
    void headIgnoresRangeAsRangesAreDefinedForGetOnly() {
        DownloadRequest head = new DownloadRequest("HEAD", "bytes=10-19", null, null, null);
        assertEquals(DownloadAnswer.WHOLE_FILE, head.answer(CURRENT, LENGTH));
        DownloadRequest conditionalHead = new DownloadRequest("HEAD", null, "\"v2\"", null, null);
        assertEquals(DownloadAnswer.NOT_MODIFIED, conditionalHead.answer(CURRENT, LENGTH));
    }

    @Test
    void onlyAPartHasARange() {
        assertThrows(IllegalArgumentException.class,
                () -> new DownloadAnswer(DownloadAnswer.Status.PART_OF_FILE, null));
        ByteRange range = new ByteRange(0, 0, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new DownloadAnswer(DownloadAnswer.Status.WHOLE_FILE, range));
    }

    private static DownloadRequest get(String range, String ifNoneMatch, String ifRange) {
        return new DownloadRequest("GET", range, ifNoneMatch, null, ifRange);
    }
}
