package nl.samenwerkingskaart.initiatives.domain.geo;

import java.util.List;

/**
 * Turns a typed Dutch town name into coordinates, offline. Matching ignores case, diacritics and surrounding
 * space; a name shared by places in different provinces is {@link TownMatch.Kind#AMBIGUOUS} unless the province
 * is given as "Hengelo (Gelderland)" or "Hengelo, Gelderland".
 */
public interface Gazetteer {

    /** @param town a town name as a user typed it; null or blank is {@link TownMatch.Kind#UNKNOWN} */
    TownMatch lookup(String town);

    /**
     * How to write the place so that {@link #lookup} finds exactly it, for listing the candidates of an ambiguous
     * name; by default the name with its province.
     */
    default String qualifiedName(Place place) {
        return place.name() + " (" + place.province() + ")";
    }

    /** Places with a similar name, for a user to choose from after an unknown name; never chosen silently. */
    default List<Place> suggestions(String town, int limit) {
        return List.of();
    }
}
