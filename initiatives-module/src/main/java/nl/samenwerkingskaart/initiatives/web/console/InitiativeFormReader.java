package nl.samenwerkingskaart.initiatives.web.console;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;

/**
 * Reads the console's initiative form from request parameters. Parameters carry the names the validator uses for
 * its errors ({@code name}, {@code parties[0].name}, {@code locations[1].latitude}), so an error finds its field.
 *
 * <p>Rows are taken in index order and rows left entirely empty (the spare rows of the form) are dropped, so the
 * indices of the resulting input, and of any errors about it, count only the rows that were filled in. The form is
 * rendered again from that input, which keeps errors and rows in step.
 */
public final class InitiativeFormReader {

    /** More rows than this are never read, whatever indices a client sends. */
    static final int MAX_ROWS = 200;

    private static final Pattern PARTY = Pattern.compile("^parties\\[(\\d{1,4})\\]\\.(name|kind|town)$");
    private static final Pattern LOCATION =
            Pattern.compile("^locations\\[(\\d{1,4})\\]\\.(label|town|latitude|longitude|address)$");

    private final Map<String, String[]> parameters;

    public InitiativeFormReader(Map<String, String[]> parameters) {
        this.parameters = parameters;
    }

    public InitiativeForm read() {
        InitiativeInput input = new InitiativeInput(
                one("name"),
                one("goal"),
                one("description"),
                one("website"),
                one("contact"),
                one("status"),
                one("startYear"),
                one("endYear"),
                one("regionCode"),
                many("levels"),
                many("sectors"),
                many("themes"),
                commaSeparated(one("funding")),
                rows(PARTY, fields -> new PartyInput(fields.get("name"), fields.get("kind"), fields.get("town"))),
                rows(LOCATION, fields -> new LocationInput(fields.get("label"), fields.get("town"),
                        fields.get("latitude"), fields.get("longitude"), fields.get("address"))));
        boolean markVerified = "true".equals(one("markVerified"));
        return new InitiativeForm(input, one("source"), one("lastVerified"), markVerified);
    }

    private String one(String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** Checkbox groups and multiple selects; empty values (a "none" option) are not values. */
    private List<String> many(String name) {
        String[] values = parameters.get(name);
        if (values == null) {
            return List.of();
        }
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).distinct().toList();
    }

    /** Funding is typed as "tag-a, tag-b"; the validator checks each tag. */
    static List<String> commaSeparated(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private <T> List<T> rows(Pattern pattern, Function<Map<String, String>, T> row) {
        Map<Integer, Map<String, String>> byIndex = new TreeMap<>();
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            Matcher matcher = pattern.matcher(parameter.getKey());
            String[] values = parameter.getValue();
            if (matcher.matches() && values != null && values.length > 0) {
                int index = Integer.parseInt(matcher.group(1));
                if (byIndex.containsKey(index) || byIndex.size() < MAX_ROWS) {
                    byIndex.computeIfAbsent(index, i -> new TreeMap<>()).put(matcher.group(2), values[0]);
                }
            }
        }
        List<T> rows = new ArrayList<>();
        for (Map<String, String> fields : byIndex.values()) {
            if (fields.values().stream().anyMatch(v -> v != null && !v.isBlank())) {
                rows.add(row.apply(fields));
            }
        }
        return rows;
    }
}
