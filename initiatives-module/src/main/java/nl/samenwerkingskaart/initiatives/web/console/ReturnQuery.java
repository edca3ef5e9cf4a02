package nl.samenwerkingskaart.initiatives.web.console;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.samenwerkingskaart.initiatives.web.models.InitiativeListFilter;

/**
 * The list view a row action came from, as a query string. Only the list's own parameters survive, re-encoded, so
 * the redirect can never be turned into a link elsewhere or carry anything the list does not understand.
 */
public final class ReturnQuery {

    private static final int MAX_LENGTH = 1_000;

    private ReturnQuery() {}

    public static String sanitise(String query) {
        if (query == null || query.isBlank() || query.length() > MAX_LENGTH) {
            return "";
        }
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                try {
                    parameters.putIfAbsent(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                } catch (IllegalArgumentException e) {
                    // a broken escape: leave that parameter out
                }
            }
        }
        InitiativeListFilter filter = InitiativeListFilter.from(parameters::get);
        return ConsolePaths.query(filter.parameters(filter.page()));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
