package nl.samenwerkingskaart.portraits.web.models;

import java.util.Map;
import nl.samenwerkingskaart.portraits.domain.TypologyTag;

/** The English message keys (our dictionaries translate them) of the typology tags and their dimensions. */
final class TypologyLabels {

    private static final Map<TypologyTag, String> TAGS = Map.of(
            TypologyTag.NETWORK, "Network",
            TypologyTag.CHAIN, "Chain",
            TypologyTag.PUBLIC_PRIVATE, "Public-private partnership",
            TypologyTag.PROJECTS, "Project-based",
            TypologyTag.STARTING, "Starting",
            TypologyTag.GROWING, "Growing",
            TypologyTag.STRUCTURAL, "Structural",
            TypologyTag.SECTORAL, "Sectoral",
            TypologyTag.CROSS_SECTOR, "Cross-sector",
            TypologyTag.SUPRA_REGIONAL, "Supra-regional");

    private static final Map<String, String> DIMENSIONS = Map.of(
            "form", "Form of cooperation",
            "maturity", "Stage of development",
            "reach", "Reach");

    private TypologyLabels() {}

    static String label(TypologyTag tag) {
        return TAGS.get(tag);
    }

    static String dimension(TypologyTag tag) {
        return DIMENSIONS.get(tag.dimension());
    }
}
