package nl.samenwerkingskaart.portraits.domain.download;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenwerkingskaart.portraits.domain.download.ContentFingerprints.FileVersion;
import org.junit.jupiter.api.Test;

class ContentFingerprintsTest {

    private static final Instant T1 = Instant.parse("2026-03-03T09:05:00.123Z");
    private static final Instant T2 = Instant.parse("2026-03-03T09:06:00Z");

    private final ContentFingerprints fingerprints = new ContentFingerprints(2);
    private final AtomicInteger opened = new AtomicInteger();

    @Test
    void theTagIsTheSha256OfTheBytesInBase64url() throws IOException {
        // SHA-256 of "abc" is ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        EntityTag tag = fingerprints.tagOf(new FileVersion("/static/a.pdf", T1, 3), bytes("abc"));
        assertEquals("\"ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0\"", tag.toString());
        assertFalse(tag.weak());
    }

    @Test
    void otherBytesGiveAnotherTagAndTheSameBytesTheSameTag() throws IOException {
        EntityTag first = fingerprints.tagOf(new FileVersion("/static/a.pdf", T1, 3), bytes("abc"));
        EntityTag replaced = fingerprints.tagOf(new FileVersion("/static/a.pdf", T2, 3), bytes("abd"));
        EntityTag sameBytesElsewhere = fingerprints.tagOf(new FileVersion("/static/b.pdf", T2, 3), bytes("abc"));
        assertNotEquals(first, replaced);
        assertEquals(first, sameBytesElsewhere);
    }

    @Test
    void aVersionIsHashedOnce() throws IOException {
        FileVersion version = new FileVersion("/static/a.pdf", T1, 3);
        fingerprints.tagOf(version, bytes("abc"));
        EntityTag again = fingerprints.tagOf(version, bytes("ignored, as the version is known"));
        assertEquals(1, opened.get());
        assertEquals(fingerprints.tagOf(new FileVersion("/static/x.pdf", T1, 3), bytes("abc")), again);
    }

    @Test
    void aNewModificationTimeOrLengthIsANewVersion() throws IOException {
        fingerprints.tagOf(new FileVersion("/static/a.pdf", T1, 3), bytes("abc"));
        fingerprints.tagOf(new FileVersion("/static/a.pdf", T2, 3), bytes("abc"));
        fingerprints.tagOf(new FileVersion("/static/a.pdf", T2, 4), bytes("abcd"));
        assertEquals(3, opened.get());
    }

    @Test
    void aFileWithoutModificationTimeIsHashedEveryTime() throws IOException {
        FileVersion undated = new FileVersion("/static/a.pdf", null, 3);
        fingerprints.tagOf(undated, bytes("abc"));
        fingerprints.tagOf(undated, bytes("abc"));
        assertEquals(2, opened.get());
    }

    @Test
    void remembersOnlyTheMostRecentlyUsedVersions() throws IOException {
        FileVersion a = new FileVersion("/static/a.pdf", T1, 1);
        FileVersion b = new FileVersion("/static/b.pdf", T1, 1);
        FileVersion c = new FileVersion("/static/c.pdf", T1, 1);
        fingerprints.tagOf(a, bytes("a"));
        fingerprints.tagOf(b, bytes("b"));
        fingerprints.tagOf(a, bytes("a"));
        fingerprints.tagOf(c, bytes("c"));
        assertEquals(3, opened.get());
        fingerprints.tagOf(a, bytes("a"));
        assertEquals(3, opened.get(), "a was used recently and stays");
        fingerprints.tagOf(b, bytes("b"));
        assertEquals(4, opened.get(), "b was the least recently used and was forgotten");
    }

    private ContentFingerprints.Bytes bytes(String text) {
        return () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        };
    }
}
