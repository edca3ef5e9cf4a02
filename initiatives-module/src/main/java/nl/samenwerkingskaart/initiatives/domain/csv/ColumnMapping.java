package nl.samenwerkingskaart.initiatives.domain.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which of our fields each column of an uploaded file holds; a column may hold none (ignored). A field is held by at
 * most one column: when two headers name the same field, the first column gets it.
 */
public final class ColumnMapping {

    private final List<CsvField> fields;

    private ColumnMapping(List<CsvField> fields) {
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    /** The mapping the headers suggest, by our codes and the Dutch and English names of {@link CsvField}. */
    public static ColumnMapping suggest(List<String> headers) {
        List<CsvField> fields = new ArrayList<>();
        Set<CsvField> taken = EnumSet.noneOf(CsvField.class);
        for (String header : headers) {
            Optional<CsvField> field = CsvField.forHeader(header).filter(f -> !taken.contains(f));
            field.ifPresent(taken::add);
            fields.add(field.orElse(null));
        }
        return new ColumnMapping(fields);
    }

    /** From codes per column as a form sends them (empty or unknown: ignored); later duplicates are dropped. */
    public static ColumnMapping of(List<String> codes) {
        List<CsvField> fields = new ArrayList<>();
        Set<CsvField> taken = EnumSet.noneOf(CsvField.class);
        for (String code : codes) {
            Optional<CsvField> field = CsvField.fromCode(code == null ? "" : code.trim())
                    .filter(f -> !taken.contains(f));
            field.ifPresent(taken::add);
            fields.add(field.orElse(null));
        }
        return new ColumnMapping(fields);
    }

    /** The field of a column, or null when the column is ignored or beyond the mapping. */
    public CsvField field(int column) {
        return column < fields.size() ? fields.get(column) : null;
    }

    public int columns() {
        return fields.size();
    }

    public boolean maps(CsvField field) {
        return fields.contains(field);
    }

    /** Codes per column, empty for ignored ones: the form {@link #of} reads back. */
    public List<String> codes() {
        return fields.stream().map(f -> f == null ? "" : f.code()).toList();
    }
}
