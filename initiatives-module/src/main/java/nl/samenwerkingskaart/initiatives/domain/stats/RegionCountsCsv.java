package nl.samenwerkingskaart.initiatives.domain.stats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.domain.Level;

/**
 * The counts per region as a CSV download: UTF-8 with a byte-order mark and semicolons, which is what a spreadsheet
 * with Dutch settings opens without an import dialog; a header row, one row per region in the given order, CRLF line
 * ends (RFC 4180). Region names come from the shipped region file, never from visitors, but are quoted by the rules
 * anyway.
 */
public final class RegionCountsCsv {

    static final String BOM = "\uFEFF";
    static final String HEADER = "regiocode;regio;totaal;vmbo;mbo;hbo";

    private RegionCountsCsv() {}

    /**
     * Writes the rows; the stream is flushed, not closed.
     *
     * @param statistics the counts
     * @param names region names by code; a region without a name is written with its code
     */
    public static void write(RegionStatistics statistics, Map<String, String> names, OutputStream out)
            throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        csv.write(BOM);
        csv.write(HEADER);
        csv.write("\r\n");
        for (RegionCounts region : statistics.regions()) {
            csv.write(field(region.regionCode()));
            csv.write(';');
            csv.write(field(names.getOrDefault(region.regionCode(), region.regionCode())));
            csv.write(';');
            csv.write(Integer.toString(region.total()));
            for (Level level : Level.values()) {
                csv.write(';');
                csv.write(Integer.toString(region.level(level)));
            }
            csv.write("\r\n");
        }
        csv.flush();
    }

    /** Quoted when it holds a separator, a quote or a line break; a leading formula sign is defused. */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
