package nl.samenwerkingskaart.portraits.domain.download;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static final byte[] FILE = bytes(40_000);

    @Test
    void saysItsLengthAndContentRange() {
        ByteRange range = new ByteRange(100, 199, 1000);
        assertEquals(100, range.length());
        assertEquals("bytes 100-199/1000", range.contentRange());
        assertEquals("bytes */1000", ByteRange.unsatisfiedContentRange(1000));
    }

    @Test
    void refusesWhatIsNoRangeOfTheFile() {
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(-1, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(6, 5, 10));
        assertThrows(IllegalArgumentException.class, () -> new ByteRange(0, 10, 10));
    }

    @Test
    void copiesTheRangeOnly() throws IOException {
        assertArrayEquals(Arrays.copyOfRange(FILE, 100, 200), copy(new ByteRange(100, 199, FILE.length)));
    }

    @Test
    void copiesARangeLongerThanTheBufferAtTheFilesEnd() throws IOException {
        ByteRange range = new ByteRange(1, FILE.length - 1, FILE.length);
        assertArrayEquals(Arrays.copyOfRange(FILE, 1, FILE.length), copy(range));
    }

    @Test
    void copiesFromAStreamThatReadsLittleAtATime() throws IOException {
        ByteRange range = new ByteRange(30_000, 39_999, FILE.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        range.copy(new TrickleStream(FILE), out);
        assertArrayEquals(Arrays.copyOfRange(FILE, 30_000, 40_000), out.toByteArray());
    }

    @Test
    void aStreamShorterThanTheRangeIsAnError() {
        ByteRange range = new ByteRange(0, 99, 100);
        assertThrows(EOFException.class,
                () -> range.copy(new ByteArrayInputStream(new byte[50]), OutputStream.nullOutputStream()));
        ByteRange beyondTheStream = new ByteRange(60, 99, 100);
        assertThrows(EOFException.class,
                () -> beyondTheStream.copy(new ByteArrayInputStream(new byte[50]), OutputStream.nullOutputStream()));
    }

    private static byte[] copy(ByteRange range) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        range.copy(new ByteArrayInputStream(FILE), out);
        return out.toByteArray();
    }

    static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + i / 256);
        }
        return bytes;
    }

    /** Returns at most 7 bytes per read, as network and repository streams may. */
    private static final class TrickleStream extends InputStream {
        private final ByteArrayInputStream bytes;

        TrickleStream(byte[] data) {
            this.bytes = new ByteArrayInputStream(data);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, Math.min(length, 7));
        }

        @Override
        public long skip(long n) {
            return bytes.skip(Math.min(n, 7));
        }
    }
}
