package nl.samenwerkingskaart.initiatives.domain.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CSV as RFC 4180 describes it and as spreadsheets really write it: any separator, quoted cells with separators,
 * quotes and line breaks inside, CRLF, LF or CR line ends, rows of different lengths, a quote inside an unquoted cell
 * taken literally, and Excel's {@code ="0123"} (a text kept from being read as a number) unwrapped to {@code 0123}.
 * Empty lines are skipped. Cells are returned as written: undoing the formula guard is the importer's job.
 */
public final class CsvReader {

    private static final Pattern EXCEL_TEXT = Pattern.compile("^=\"(.*)\"$", Pattern.DOTALL);

    private CsvReader() {}

    /** @param text the decoded file, without byte order mark */
    public static List<List<String>> read(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == separator) {
                row.add(excelText(cell.toString()));
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(excelText(cell.toString()));
                addRow(rows, row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(c);
                cellStarted = true;
            }
            i++;
        }
        if (cellStarted || !row.isEmpty()) {
            row.add(excelText(cell.toString()));
            addRow(rows, row);
        }
        return rows;
    }

    private static void addRow(List<List<String>> rows, List<String> row) {
        boolean empty = row.stream().allMatch(String::isEmpty);
        if (!empty) {
            rows.add(List.copyOf(row));
        }
    }

    private static String excelText(String cell) {
        Matcher m = EXCEL_TEXT.matcher(cell);
        return m.matches() ? m.group(1).replace("\"\"", "\"") : cell;
    }

    /**
     * The separator the header line uses most among semicolon, comma and tab (outside quotes); a comma when none
     * occurs. Dutch Excel writes semicolons, because the comma is the decimal sign there.
     */
    public static char detectSeparator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
