package nl.samenwerkingskaart.portraits.domain.download;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The bytes {@code first} to {@code last} (both included, counted from 0) of a file of {@code total} bytes, as a
 * satisfiable {@code Range} request selects them.
 */
public record ByteRange(long first, long last, long total) {

    private static final int BUFFER = 16 * 1024;

    public ByteRange {
        if (first < 0 || last < first || last >= total) {
            throw new IllegalArgumentException("not a range of " + total + " bytes: " + first + "-" + last);
        }
    }

    /** How many bytes the range holds: the Content-Length of a 206. */
    public long length() {
        return last - first + 1;
    }

    /** The Content-Range of a 206, e.g. {@code bytes 0-99/1000}. */
    public String contentRange() {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /** The Content-Range of a 416 for a file of {@code total} bytes: {@code bytes *}{@code /1000}. */
    public static String unsatisfiedContentRange(long total) {
        return "bytes */" + total;
    }

    /**
     * Copies the range from a stream of the whole file, reading no more than it needs: skips what comes before the
     * range (repository binaries skip without reading) and stops at its last byte.
     *
     * @throws EOFException when the stream is shorter than the range says
     */
    public void copy(InputStream wholeFile, OutputStream out) throws IOException {
        wholeFile.skipNBytes(first);
        byte[] buffer = new byte[(int) Math.min(BUFFER, length())];
        long remaining = length();
        while (remaining > 0) {
            int read = wholeFile.read(buffer, 0, (int) Math.min(buffer.length, remaining));
            if (read < 0) {
                throw new EOFException("the file ended " + remaining + " bytes before the range's end");
            }
            out.write(buffer, 0, read);
            remaining -= read;
        }
    }
}
