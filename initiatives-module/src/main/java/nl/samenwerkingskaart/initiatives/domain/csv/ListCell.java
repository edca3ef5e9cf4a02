package nl.samenwerkingskaart.initiatives.domain.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Several small records in one cell, as the parties and the further locations are written: one record a line, its
 * parts separated by {@code " | "}. A {@code |} or backslash inside a part is written {@code \|} or {@code \\}
 * (the texts themselves cannot hold line breaks: the validator refuses them in names and towns).
 */
public final class ListCell {

    private ListCell() {}

    public static String encode(List<List<String>> records) {
        List<String> lines = new ArrayList<>();
        for (List<String> record : records) {
            List<String> parts = new ArrayList<>();
            for (String part : record) {
                parts.add(part == null ? "" : part.replace("\\", "\\\\").replace("|", "\\|"));
            }
            String line = String.join(" | ", parts);
            lines.add(line.stripTrailing());
        }
        return String.join("\n", lines);
    }

    /** Each line of the cell split at unescaped bars, parts trimmed; blank lines are skipped. */
    public static List<List<String>> decode(String cell) {
        List<List<String>> records = new ArrayList<>();
        if (cell == null) {
            return records;
        }
        for (String line : cell.split("\r\n|\r|\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    part.append(line.charAt(++i));
                } else if (c == '|') {
                    parts.add(part.toString().strip());
                    part.setLength(0);
                } else {
                    part.append(c);
                }
            }
            parts.add(part.toString().strip());
            records.add(parts);
        }
        return records;
    }
}
