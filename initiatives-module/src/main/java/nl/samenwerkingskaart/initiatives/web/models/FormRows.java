package nl.samenwerkingskaart.initiatives.web.models;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;
import nl.samenwerkingskaart.initiatives.web.models.InitiativeFormModel.LocationRow;
import nl.samenwerkingskaart.initiatives.web.models.InitiativeFormModel.PartyRow;

/**
 * The repeatable party and location rows of the researchers' initiative form and the visitors' submission form:
 * the filled rows, then spare empty ones (at least one row in all). Each form makes its own fields (its ids and
 * messages), passed in as {@code field(name, value)}.
 */
final class FormRows {

    private FormRows() {}

    static List<PartyRow> parties(List<PartyInput> inputs, int spare, BiFunction<String, String, FormField> field) {
        List<PartyRow> rows = new ArrayList<>();
        for (PartyInput party : inputs) {
            rows.add(party(Integer.toString(rows.size()), party, false, field));
        }
        int wanted = Math.max(1, inputs.size()) + spare;
        while (rows.size() < wanted) {
            rows.add(party(Integer.toString(rows.size()), new PartyInput(null, null, null), !rows.isEmpty(), field));
        }
        return rows;
    }

    static List<LocationRow> locations(List<LocationInput> inputs, int spare,
            BiFunction<String, String, FormField> field) {
        List<LocationRow> rows = new ArrayList<>();
        for (LocationInput location : inputs) {
            rows.add(location(Integer.toString(rows.size()), location, false, field));
        }
        int wanted = Math.max(1, inputs.size()) + spare;
        while (rows.size() < wanted) {
            rows.add(location(Integer.toString(rows.size()), new LocationInput(null, null, null, null, null),
                    !rows.isEmpty(), field));
        }
        return rows;
    }

    static PartyRow party(String index, PartyInput party, boolean spare, BiFunction<String, String, FormField> field) {
        String prefix = "parties[" + index + "].";
        return new PartyRow(index, spare, field.apply(prefix + "name", party.name()),
                field.apply(prefix + "kind", party.kind()), field.apply(prefix + "town", party.town()));
    }

    static LocationRow location(String index, LocationInput location, boolean spare,
            BiFunction<String, String, FormField> field) {
        String prefix = "locations[" + index + "].";
        return new LocationRow(index, spare, field.apply(prefix + "label", location.label()),
                field.apply(prefix + "town", location.town()), field.apply(prefix + "latitude", location.latitude()),
                field.apply(prefix + "longitude", location.longitude()),
                field.apply(prefix + "address", location.address()));
    }
}
