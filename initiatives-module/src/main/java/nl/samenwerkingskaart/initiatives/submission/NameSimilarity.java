package nl.samenwerkingskaart.initiatives.submission;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How alike two initiative names are, from 0 (nothing in common) to 1 (the same after normalising).
 *
 * <p>Names are lowercased, stripped of accents and of small words that carry no meaning ("de", "van", "en"), and
 * then compared as trigrams of the remaining letters run together (the Dice coefficient). Running the words
 * together makes "Techniekpact" and "Techniek Pact" equal, which word-by-word comparison would miss; trigrams make a
 * typo cost a little rather than a whole word.
 */
final class NameSimilarity {

    private static final Set<String> STOP_WORDS = Set.of(
            "de", "het", "een", "van", "en", "in", "op", "voor", "met", "te", "der", "den", "aan", "bij", "the", "of",
            "and", "for");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private NameSimilarity() {}

    static double of(String a, String b) {
        Set<String> first = trigrams(normalise(a));
        Set<String> second = trigrams(normalise(b));
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(first);
        shared.retainAll(second);
        return 2.0 * shared.size() / (first.size() + second.size());
    }

    /** The meaningful words of a name, lowercase ASCII, run together. */
    static String normalise(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_ALPHANUMERIC.split(ascii))
                .filter(word -> !word.isEmpty() && !STOP_WORDS.contains(word))
                .collect(Collectors.joining());
    }

    /** Padded so that the start and end of a name count too, and a two-letter name still has trigrams. */
    private static Set<String> trigrams(String s) {
        if (s.isEmpty()) {
            return Set.of();
        }
        String padded = "  " + s + " ";
        Set<String> trigrams = new HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            trigrams.add(padded.substring(i, i + 3));
        }
        return trigrams;
    }
}
