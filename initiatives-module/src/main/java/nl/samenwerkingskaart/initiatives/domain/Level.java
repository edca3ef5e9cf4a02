package nl.samenwerkingskaart.initiatives.domain;

import java.util.Arrays;
import java.util.Optional;

/** The three levels of Dutch vocational education. */
public enum Level {
    VMBO("vmbo"),
    MBO("mbo"),
    HBO("hbo");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    /** The stable code used in storage, URLs and JSON. */
    public String code() {
        return code;
    }

    public static Optional<Level> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
