package nl.samenwerkingskaart.initiatives.domain;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Ids of initiatives: a readable slug of the name plus a random suffix, e.g. {@code techniekpact-twente-k3f9q}.
 * The suffix keeps ids unique when names repeat and makes ids of unpublished initiatives hard to guess; ids are
 * never reused, so a permalink keeps pointing at the same initiative even after a rename.
 */
public final class InitiativeIds {

    static final int MAX_SLUG_LENGTH = 48;
    static final int SUFFIX_LENGTH = 5;
    /** Used when a name has no ASCII letters or digits at all, e.g. one written entirely in another script. */
    static final String FALLBACK_SLUG = "initiatief";

    private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern VALID_ID = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,60})$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final RandomGenerator DEFAULT_RANDOM = new SecureRandom();

    private InitiativeIds() {}

    public static String newId(String name) {
        return newId(name, DEFAULT_RANDOM);
    }

    /** A new id for an initiative with this name; pass a seeded generator for repeatable ids in tests. */
    public static String newId(String name, RandomGenerator random) {
        StringBuilder id = new StringBuilder(slug(name)).append('-');
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            id.append(SUFFIX_ALPHABET.charAt(random.nextInt(SUFFIX_ALPHABET.length())));
        }
        return id.toString();
    }

    /**
     * Lowercase ASCII: NFKD splits letters from their accents (é to e plus a mark) and ligatures such as the Dutch
     * ĳ into their letters; the marks are dropped and every other run of characters becomes one hyphen.
     */
    static String slug(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        String slug = trimHyphens(NOT_ALPHANUMERIC.matcher(ascii).replaceAll("-"));
        if (slug.length() > MAX_SLUG_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_SLUG_LENGTH));
        }
        return slug.isEmpty() ? FALLBACK_SLUG : slug;
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }

    /** Whether a string from a URL can be an initiative id; check this before using it in a repository path. */
    public static boolean isValid(String id) {
        return id != null && VALID_ID.matcher(id).matches();
    }
}
