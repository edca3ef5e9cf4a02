package nl.samenwerkingskaart.initiatives.domain.csv;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of an uploaded file, read through the column mapping: the mapped fields' cells (formula guard undone)
 * and how many non-empty cells lie beyond the last header (a ragged row that a spreadsheet shifted). Short rows
 * simply lack their last cells; trailing empty cells are ignored.
 *
 * @param line the row's line number in the file, counting the header as line 1
 */
public record ImportRecord(int line, Map<CsvField, String> values, int extraCells) {

    public ImportRecord {
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(CsvField.class) : new EnumMap<>(values));
    }

    public static ImportRecord of(int line, List<String> cells, ColumnMapping mapping, int headerCount) {
        Map<CsvField, String> values = new EnumMap<>(CsvField.class);
        int extra = 0;
        for (int i = 0; i < Math.max(cells.size(), mapping.columns()); i++) {
            String cell = i < cells.size() ? FormulaGuard.unguard(cells.get(i)) : "";
            CsvField field = mapping.field(i);
            if (field != null) {
                values.put(field, cell);
            } else if (i >= headerCount && !cell.isBlank()) {
                extra++;
            }
        }
        return new ImportRecord(line, values, extra);
    }

    public boolean has(CsvField field) {
        return values.containsKey(field);
    }

    public String get(CsvField field) {
        return values.getOrDefault(field, "");
    }
}
