package nl.samenwerkingskaart.initiatives.domain.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * An uploaded file read as a table: its encoding and separator (detected, or as the researcher chose), the header
 * row and the data rows with their line numbers.
 *
 * @param encoding {@link CsvText#UTF_8} or {@link CsvText#WINDOWS_1252}
 * @param separator the cell separator
 * @param headers the first row's cells, trimmed
 * @param rows the data rows, each as read (ragged rows included)
 */
public record CsvTable(String encoding, char separator, List<String> headers, List<List<String>> rows) {

    /** "auto" or an empty choice means: detect. */
    public static final String AUTO = "auto";

    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * @param encoding {@link #AUTO}, {@link CsvText#UTF_8} or {@link CsvText#WINDOWS_1252}
     * @param separator {@link #AUTO}, ";", ",", or "tab"
     */
    public static CsvTable read(byte[] bytes, String encoding, String separator) {
        String chosenEncoding = isAuto(encoding) ? CsvText.detectEncoding(bytes)
                : CsvText.WINDOWS_1252.equalsIgnoreCase(encoding) ? CsvText.WINDOWS_1252 : CsvText.UTF_8;
        String text = CsvText.decode(bytes, chosenEncoding);
        char chosenSeparator = isAuto(separator) ? CsvReader.detectSeparator(text) : separatorChar(separator);
        List<List<String>> all = CsvReader.read(text, chosenSeparator);
        if (all.isEmpty()) {
            return new CsvTable(chosenEncoding, chosenSeparator, List.of(), List.of());
        }
        List<String> headers = new ArrayList<>();
        for (String header : all.get(0)) {
            headers.add(FormulaGuard.unguard(header).trim());
        }
        while (!headers.isEmpty() && headers.get(headers.size() - 1).isEmpty()) {
            headers.remove(headers.size() - 1);
        }
        return new CsvTable(chosenEncoding, chosenSeparator, headers, all.subList(1, all.size()));
    }

    /** The data rows as records through a mapping; line numbers count the header as line 1 (empty lines skipped). */
    public List<ImportRecord> records(ColumnMapping mapping) {
        List<ImportRecord> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            records.add(ImportRecord.of(i + 2, rows.get(i), mapping, headers.size()));
        }
        return records;
    }

    /** The separator as a form names it: ";", "," or "tab". */
    public String separatorName() {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }

    private static boolean isAuto(String choice) {
        return choice == null || choice.isBlank() || AUTO.equalsIgnoreCase(choice.trim());
    }

    private static char separatorChar(String name) {
        return switch (name.trim()) {
            case ";" -> ';';
            case "tab" -> '\t';
            default -> ',';
        };
    }
}
