package nl.samenwerkingskaart.initiatives.domain.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.Initiative;

/**
 * Writes initiatives as a CSV file (docs/csv-format.md): UTF-8 with byte order mark, a header row of column codes,
 * one row per initiative ordered by id. Public: published initiatives' public columns (the caller passes only
 * published ones); complete: every column, for researchers.
 */
public final class CsvExport {

    private CsvExport() {}

    public static void write(Collection<Initiative> initiatives, boolean complete, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(CsvWriter.BOM);
        CsvWriter csv = new CsvWriter(writer);
        List<CsvField> columns = complete ? CsvField.allColumns() : CsvField.publicColumns();
        csv.row(InitiativeRow.header(columns));
        for (Initiative initiative : initiatives.stream().sorted(Comparator.comparing(Initiative::id)).toList()) {
            csv.row(InitiativeRow.cells(complete ? InitiativeRow.complete(initiative)
                    : InitiativeRow.publicRow(initiative), columns));
        }
        writer.flush();
    }
}
