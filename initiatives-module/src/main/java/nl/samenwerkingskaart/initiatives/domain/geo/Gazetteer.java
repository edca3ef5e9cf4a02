package nl.samenwerkingskaart.initiatives.domain.geo;

/**
 * Turns a typed Dutch town name into coordinates, offline. Matching ignores case, diacritics and surrounding
 * space; a name shared by places in different provinces is {@link TownMatch.Kind#AMBIGUOUS} unless the province
 * is given as "Hengelo (Gelderland)" or "Hengelo, Gelderland".
 */
public interface Gazetteer {

    /** @param town a town name as a user typed it; null or blank is {@link TownMatch.Kind#UNKNOWN} */
    TownMatch lookup(String town);
}
