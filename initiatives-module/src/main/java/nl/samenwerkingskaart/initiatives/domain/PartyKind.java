package nl.samenwerkingskaart.initiatives.domain;

import java.util.Arrays;
import java.util.Optional;

/** What kind of organisation takes part in an initiative. Schools carry their education level. */
public enum PartyKind {
    VMBO_SCHOOL("vmbo", Level.VMBO),
    MBO_INSTITUTION("mbo", Level.MBO),
    HBO_INSTITUTION("hbo", Level.HBO),
    COMPANY("company", null),
    GOVERNMENT("government", null),
    SECTOR_BODY("sectorbody", null),
    OTHER("other", null);

    private final String code;
    private final Level level;

    PartyKind(String code, Level level) {
        this.code = code;
        this.level = level;
    }

    public String code() {
        return code;
    }

    /** The education level of a school; empty for every other kind of party. */
    public Optional<Level> level() {
        return Optional.ofNullable(level);
    }

    public static Optional<PartyKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
