package nl.samenwerkingskaart.initiatives.domain.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How typed place names compare: only letters and digits count, without accents and case, so that
 * "'s-Hertogenbosch", "’s Hertogenbosch" and "SHERTOGENBOSCH" are one name and "Sint Odiliënberg" is found as
 * "sint odilienberg". Also splits off a qualifier written "Naam (Provincie)" or "Naam, Gemeente".
 */
final class PlaceNames {

    private static final Pattern IN_BRACKETS = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern AFTER_COMMA = Pattern.compile("^(.+?)\\s*,\\s*([^,]+)$");

    /** A typed name split into the place's name and what tells it apart (a province or a municipality). */
    record Qualified(String name, String qualifier) {}

    private PlaceNames() {}

    /** The comparison key; empty when the text has no letter or digit at all. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        // NFKD also splits the Dutch ligature ĳ into i and j.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(Character::isLetterOrDigit)
                .map(c -> Character.toLowerCase(c))
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    static Optional<Qualified> qualified(String text) {
        for (Pattern pattern : new Pattern[] {IN_BRACKETS, AFTER_COMMA}) {
            Matcher matcher = pattern.matcher(text.strip());
            if (matcher.matches()) {
                return Optional.of(new Qualified(matcher.group(1), matcher.group(2)));
            }
        }
        return Optional.empty();
    }

    /** Edit distance (insertions, deletions, substitutions), for suggestions only. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
