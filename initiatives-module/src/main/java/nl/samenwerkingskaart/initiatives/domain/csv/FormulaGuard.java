package nl.samenwerkingskaart.initiatives.domain.csv;

/**
 * Keeps spreadsheets from running cell text as a formula (CSV injection): a cell that starts with {@code = + - @},
 * a tab or a carriage return gets a leading apostrophe on export, and the importer takes exactly that apostrophe off
 * again. A text that itself starts with apostrophes before such a character gets one more, so that every text
 * survives the round trip unchanged.
 */
public final class FormulaGuard {

    private FormulaGuard() {}

    public static String guard(String cell) {
        return cell != null && needsGuard(cell) ? "'" + cell : cell;
    }

    /** Undoes {@link #guard}; a cell that was never guarded is returned as it is. */
    public static String unguard(String cell) {
        return cell != null && cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsGuard(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        if (i == cell.length()) {
            return false;
        }
        char first = cell.charAt(i);
        boolean trigger = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return trigger;
    }
}
