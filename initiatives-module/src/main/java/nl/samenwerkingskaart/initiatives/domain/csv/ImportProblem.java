package nl.samenwerkingskaart.initiatives.domain.csv;

import java.util.List;
import java.util.Locale;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.ValidationMessages;

/**
 * The codes of problems only an import has (the validator's own come as they are), and how every problem of a row
 * reads: the import's texts first, then the validator's.
 */
public final class ImportProblem {

    public static final String BUNDLE = "nl.samenwerkingskaart.initiatives.domain.csv.CsvImportMessages";
    /** args: the first line that holds the same initiative. */
    public static final String DUPLICATE_IN_FILE = "duplicateInFile";
    /** args: the town as typed. */
    public static final String UNKNOWN_TOWN = "unknownTown";
    /** args: the town as typed, the provinces of the candidates. */
    public static final String AMBIGUOUS_TOWN = "ambiguousTown";
    /** args: the town as typed. */
    public static final String NO_GAZETTEER = "noGazetteer";
    public static final String INVALID_ID = "invalidId";
    public static final String INVALID_DATE = "invalidDate";
    public static final String INVALID_BOOLEAN = "invalidBoolean";
    /** args: the number of cells beyond the headers. */
    public static final String EXTRA_CELLS = "extraCells";
    /** The repository refused to store a valid row. */
    public static final String NOT_STORED = "notStored";

    private ImportProblem() {}

    public static String text(FieldError problem, Locale locale) {
        return ValidationMessages.text(problem, locale, List.of(BUNDLE, ValidationMessages.BUNDLE));
    }
}
