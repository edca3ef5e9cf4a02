package nl.samenwerkingskaart.portraits.domain.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An entity tag (RFC 9110, 8.8.3): an opaque string in quotes, weak when prefixed by {@code W/}. */
public record EntityTag(boolean weak, String opaque) {

    public EntityTag {
        if (opaque.indexOf('"') >= 0 || opaque.chars().anyMatch(c -> c < 0x21 || c == 0x7F)) {
            throw new IllegalArgumentException("not an entity tag: " + opaque);
        }
    }

    public static EntityTag strong(String opaque) {
        return new EntityTag(false, opaque);
    }

    /** Same opaque string; for If-None-Match on GET and HEAD. */
    public boolean weaklyMatches(EntityTag other) {
        return opaque.equals(other.opaque);
    }

    /** Same opaque string and neither is weak; for If-Range. */
    public boolean stronglyMatches(EntityTag other) {
        return !weak && !other.weak && opaque.equals(other.opaque);
    }

    /** The header form, e.g. {@code "abc"} or {@code W/"abc"}. */
    @Override
    public String toString() {
        return (weak ? "W/\"" : "\"") + opaque + "\"";
    }

    /**
     * The tags of a list such as {@code "a", W/"b"}; empty when the text is not such a list ({@code *} included,
     * which callers handle themselves). Commas may occur inside a tag's quotes.
     */
    public static Optional<List<EntityTag>> parseList(String header) {
        List<EntityTag> tags = new ArrayList<>();
        int at = 0;
        int end = header.length();
        while (true) {
            at = skipSeparators(header, at);
            if (at >= end) {
                return tags.isEmpty() ? Optional.empty() : Optional.of(tags);
            }
            boolean weak = header.startsWith("W/", at);
            int open = weak ? at + 2 : at;
            if (open >= end || header.charAt(open) != '"') {
                return Optional.empty();
            }
            int close = header.indexOf('"', open + 1);
            if (close < 0) {
                return Optional.empty();
            }
            try {
                tags.add(new EntityTag(weak, header.substring(open + 1, close)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            at = skipWhitespace(header, close + 1);
            if (at < end && header.charAt(at) != ',') {
                return Optional.empty();
            }
        }
    }

    private static int skipSeparators(String text, int at) {
        while (at < text.length() && (text.charAt(at) == ',' || text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    private static int skipWhitespace(String text, int at) {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }
}
