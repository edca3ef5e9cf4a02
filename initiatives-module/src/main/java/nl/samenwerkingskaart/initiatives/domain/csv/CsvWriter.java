package nl.samenwerkingskaart.initiatives.domain.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes rows as RFC 4180 CSV: comma separated, CRLF line ends, a cell quoted when it holds the separator, a quote or
 * a line break. Cells that a spreadsheet would take for a formula get a leading apostrophe ({@link FormulaGuard}).
 * The caller writes the UTF-8 byte order mark (Excel needs it to read UTF-8) by starting with {@link #BOM}.
 */
public final class CsvWriter {

    /** The byte order mark, as a character: written first, it tells Excel the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private final Appendable out;

    public CsvWriter(Appendable out) {
        this.out = out;
    }

    public void row(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(FormulaGuard.guard(cells.get(i))));
            }
            out.append("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
