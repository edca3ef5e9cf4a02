package nl.samenwerkingskaart.initiatives.web.models;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Location;
import nl.samenwerkingskaart.initiatives.domain.Status;

/**
 * The console list's search, filters and paging, read from the list page's query parameters. Unknown filter values
 * are ignored rather than refused: the list is a read-only view, and an old bookmark should still open.
 *
 * @param query words that must all occur in the name, a party's name or a town (case and accents ignored)
 * @param region a labour-market region code, or null
 * @param level a level code, or null
 * @param status a status code, or null
 * @param published "yes", "no" or null
 * @param page the requested page, from 1
 */
public record InitiativeListFilter(String query, String region, String level, String status, String published,
        int page) {

    public static final String PUBLISHED_YES = "yes";
    public static final String PUBLISHED_NO = "no";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern REGION_CODE = Pattern.compile("^AM\\d{2}$");
    private static final int MAX_QUERY_LENGTH = 200;

    /** Reads the filter from request parameters; {@code parameter} returns null for a missing one. */
    public static InitiativeListFilter from(Function<String, String> parameter) {
        String query = trimToNull(parameter.apply("q"));
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        String region = trimToNull(parameter.apply("region"));
        if (region != null && !REGION_CODE.matcher(region).matches()) {
            region = null;
        }
        String level = trimToNull(parameter.apply("level"));
        if (level != null && Level.fromCode(level).isEmpty()) {
            level = null;
        }
        String status = trimToNull(parameter.apply("status"));
        if (status != null && Status.fromCode(status).isEmpty()) {
            status = null;
        }
        String published = trimToNull(parameter.apply("published"));
        if (!PUBLISHED_YES.equals(published) && !PUBLISHED_NO.equals(published)) {
            published = null;
        }
        return new InitiativeListFilter(query, region, level, status, published, parsePage(parameter.apply("page")));
    }

    private static int parsePage(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String trimToNull(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public boolean isFiltered() {
        return query != null || region != null || level != null || status != null || published != null;
    }

    public boolean matches(Initiative initiative) {
        if (region != null && !region.equals(initiative.regionCode())) {
            return false;
        }
        if (level != null && initiative.levels().stream().noneMatch(l -> l.code().equals(level))) {
            return false;
        }
        if (status != null && (initiative.status() == null || !initiative.status().code().equals(status))) {
            return false;
        }
        if (published != null && initiative.published() != PUBLISHED_YES.equals(published)) {
            return false;
        }
        return query == null || matchesQuery(initiative);
    }

    private boolean matchesQuery(Initiative initiative) {
        String text = normalise(searchText(initiative));
        return Arrays.stream(normalise(query).split("\\s+")).filter(w -> !w.isEmpty()).allMatch(text::contains);
    }

    private static String searchText(Initiative initiative) {
        Stream<String> parties = initiative.parties().stream().flatMap(p -> Stream.of(p.name(), p.town()));
        Stream<String> towns = initiative.locations().stream().map(Location::town);
        return Stream.concat(Stream.of(initiative.name()), Stream.concat(parties, towns))
                .filter(s -> s != null && !s.isEmpty())
                .reduce(new StringBuilder(), (sb, s) -> sb.append(s).append('\n'), StringBuilder::append)
                .toString();
    }

    /** Lower case without accents, so "Hengelo" finds "hengelo" and "Enschede" finds "Énschede". */
    static String normalise(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The matching initiatives sorted by name (Dutch collation, accents and case second), then by id. */
    public List<Initiative> apply(List<Initiative> initiatives) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
        collator.setStrength(Collator.SECONDARY);
        Comparator<Initiative> byName = Comparator.comparing(i -> i.name() == null ? "" : i.name(), collator);
        return initiatives.stream()
                .filter(this::matches)
                .sorted(byName.thenComparing(i -> i.id() == null ? "" : i.id()))
                .toList();
    }

    /** The query parameters that reproduce this filter on another page of the list. */
    public Map<String, String> parameters(int onPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query);
        parameters.put("region", region);
        parameters.put("level", level);
        parameters.put("status", status);
        parameters.put("published", published);
        parameters.put("page", onPage > 1 ? Integer.toString(onPage) : null);
        return parameters;
    }
}
