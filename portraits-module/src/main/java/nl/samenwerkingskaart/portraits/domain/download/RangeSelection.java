package nl.samenwerkingskaart.portraits.domain.download;

/**
 * What a {@code Range} header selects of a file: the whole file (no header, one we do not serve, or one that is
 * not valid), one part of it, or nothing (a valid range that lies outside the file: 416).
 */
public record RangeSelection(Kind kind, ByteRange range) {

    public enum Kind {
        WHOLE,
        PART,
        UNSATISFIABLE
    }

    public static final RangeSelection WHOLE = new RangeSelection(Kind.WHOLE, null);
    public static final RangeSelection UNSATISFIABLE = new RangeSelection(Kind.UNSATISFIABLE, null);

    public RangeSelection {
        if ((kind == Kind.PART) != (range != null)) {
            throw new IllegalArgumentException("a part, and only a part, has a range");
        }
    }

    public static RangeSelection part(ByteRange range) {
        return new RangeSelection(Kind.PART, range);
    }
}
