package nl.samenwerkingskaart.initiatives.domain.csv;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of our CSV (docs/csv-format.md), in export order. The header is the field's code; the import also
 * recognises the Dutch and English names people give such columns in their own spreadsheets. Public columns are
 * those the public export may show; the others are the researchers' (address, provenance, publication state).
 */
public enum CsvField {
    ID("id", true, "code", "kenmerk", "identifier"),
    NAME("name", true, "naam", "titel", "naam initiatief", "title", "initiative"),
    GOAL("goal", true, "doel", "doelstelling", "aim", "purpose"),
    DESCRIPTION("description", true, "beschrijving", "omschrijving"),
    PARTIES("parties", true, "partijen", "partners", "deelnemers", "organisaties"),
    LEVELS("levels", true, "niveaus", "onderwijsniveaus", "niveau", "level"),
    TOWN("town", true, "plaats", "woonplaats", "gemeente", "stad", "city", "place"),
    LATITUDE("latitude", true, "lat", "breedtegraad", "breedte"),
    LONGITUDE("longitude", true, "lon", "lng", "lengtegraad", "lengte"),
    LOCATION_LABEL("locationLabel", true, "locatie", "locatienaam", "location", "location name"),
    ADDRESS("address", false, "adres", "straat", "street"),
    MORE_LOCATIONS("moreLocations", true, "meer locaties", "overige locaties", "other locations"),
    REGION_CODE("regionCode", true, "regio", "arbeidsmarktregio", "regiocode", "region"),
    PROVINCE_CODE("provinceCode", true, "provincie", "province"),
    REGION_OVERRIDDEN("regionOverridden", false, "regio handmatig", "regio gekozen"),
    SECTORS("sectors", true, "sectoren", "sector", "branche"),
    THEMES("themes", true, "thema's", "themas", "thema", "theme"),
    STATUS("status", true, "stand", "state"),
    START_YEAR("startYear", true, "startjaar", "beginjaar", "start", "start year"),
    END_YEAR("endYear", true, "eindjaar", "einde", "end", "end year"),
    WEBSITE("website", true, "url", "webadres", "site", "internet"),
    FUNDING("funding", true, "financiering", "subsidie", "fonds"),
    CONTACT("contact", true, "contactgegevens", "contactpersoon"),
    SOURCE("source", false, "bron"),
    LAST_VERIFIED("lastVerified", true, "laatst gecontroleerd", "gecontroleerd op", "last checked"),
    VERIFIED_BY("verifiedBy", false, "gecontroleerd door", "checked by"),
    PUBLISHED("published", false, "gepubliceerd", "publiceren", "openbaar");

    private final String code;
    private final boolean isPublic;
    private final List<String> aliases;

    CsvField(String code, boolean isPublic, String... aliases) {
        this.code = code;
        this.isPublic = isPublic;
        this.aliases = List.of(aliases);
    }

    /** The column header in our own files. */
    public String code() {
        return code;
    }

    public boolean isPublic() {
        return isPublic;
    }

    public static Optional<CsvField> fromCode(String code) {
        for (CsvField field : values()) {
            if (field.code.equals(code)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The field a header names: our code or one of the aliases, ignoring case, accents, spaces and punctuation. */
    public static Optional<CsvField> forHeader(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (CsvField field : values()) {
            if (key(field.code).equals(key) || field.aliases.stream().anyMatch(a -> key(a).equals(key))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static String key(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
    }

    /** The columns of the public export, in order. */
    public static List<CsvField> publicColumns() {
        return List.of(values()).stream().filter(CsvField::isPublic).toList();
    }

    /** The columns of the researchers' complete export, in order. */
    public static List<CsvField> allColumns() {
        return List.of(values());
    }
}
