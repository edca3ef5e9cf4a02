package nl.samenwerkingskaart.initiatives.mapdata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.MapDataWriter;

/** Turns the published initiatives into a {@link MapData}: JSON once, gzip once, ETag from the content. */
public final class MapDataSerializer {

    private MapDataSerializer() {}

    public static MapData serialize(Collection<Initiative> initiatives) {
        try {
            ByteArrayOutputStream json = new ByteArrayOutputStream(Math.max(1024, initiatives.size() * 300));
            MapDataWriter.write(initiatives, json);
            byte[] bytes = json.toByteArray();
            return new MapData(bytes, gzip(bytes), ContentTag.of(bytes), initiatives.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gzip at the best compression: served many times, compressed once. */
    public static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(bytes);
        }
        return out.toByteArray();
    }
}
