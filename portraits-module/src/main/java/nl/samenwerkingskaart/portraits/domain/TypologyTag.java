package nl.samenwerkingskaart.portraits.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The structured part of a portrait's typology: how the cooperation in a region is organised, how far it has
 * grown, and how wide it reaches. A portrait carries any number of these beside its typology text.
 */
public enum TypologyTag {
    NETWORK("netwerk", "form"),
    CHAIN("keten", "form"),
    PUBLIC_PRIVATE("publiek-privaat", "form"),
    PROJECTS("projectmatig", "form"),
    STARTING("startend", "maturity"),
    GROWING("groeiend", "maturity"),
    STRUCTURAL("structureel", "maturity"),
    SECTORAL("sectoraal", "reach"),
    CROSS_SECTOR("sectoroverstijgend", "reach"),
    SUPRA_REGIONAL("bovenregionaal", "reach");

    private final String code;
    private final String dimension;

    TypologyTag(String code, String dimension) {
        this.code = code;
        this.dimension = dimension;
    }

    /** The stored code, e.g. {@code publiek-privaat}; also the message key suffix {@code typology.<code>}. */
    public String code() {
        return code;
    }

    /** What the tag says something about: {@code form}, {@code maturity} or {@code reach}. */
    public String dimension() {
        return dimension;
    }

    public static Optional<TypologyTag> ofCode(String code) {
        return Arrays.stream(values()).filter(tag -> tag.code.equals(code)).findFirst();
    }
}
