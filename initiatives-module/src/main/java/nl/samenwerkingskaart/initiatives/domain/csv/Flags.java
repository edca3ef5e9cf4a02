package nl.samenwerkingskaart.initiatives.domain.csv;

import java.util.Locale;
import java.util.Set;

/** Yes/no cells as people write them: true, ja, yes, 1, x; false, nee, no, 0 or empty. */
final class Flags {

    private static final Set<String> TRUE = Set.of("true", "ja", "yes", "1", "x", "waar", "j", "y");
    private static final Set<String> FALSE = Set.of("false", "nee", "no", "0", "", "onwaar", "n");

    private Flags() {}

    static boolean isTrue(String raw) {
        return TRUE.contains(key(raw));
    }

    static boolean isValid(String raw) {
        return TRUE.contains(key(raw)) || FALSE.contains(key(raw));
    }

    private static String key(String raw) {
        return raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
    }
}
