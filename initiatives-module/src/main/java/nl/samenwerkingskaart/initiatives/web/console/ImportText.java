package nl.samenwerkingskaart.initiatives.web.console;

import java.io.IOException;
import java.util.Map;
import javax.servlet.http.HttpServletResponse;
import nl.samenwerkingskaart.initiatives.domain.csv.ImportJob;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;

/**
 * The import's texts produced in Java and its JSON progress. Texts come from the import's i18n dictionary; the
 * built-in ones stand in when it is not installed.
 */
final class ImportText {

    private static final Map<String, String> DUTCH = Map.of(
            CsvImportServlet.FORBIDDEN, "U hebt geen rechten om initiatieven te importeren.",
            CsvImportServlet.NO_FILE, "Kies een CSV-bestand.",
            CsvImportServlet.TOO_LARGE, "Het bestand is te groot (hoogstens 5 MB).",
            CsvImportServlet.NO_JOB, "Dit importbestand bestaat niet (meer). Upload het opnieuw.",
            CsvImportServlet.EMPTY, "Het bestand is leeg of heeft geen kopregel.",
            CsvImportServlet.NO_NAME, "Wijs een kolom toe aan het veld name (naam): zonder naam kan geen regel worden ingelezen.");
    private static final Map<String, String> ENGLISH = Map.of(
            CsvImportServlet.FORBIDDEN, "You do not have permission to import initiatives.",
            CsvImportServlet.NO_FILE, "Choose a CSV file.",
            CsvImportServlet.TOO_LARGE, "The file is too large (at most 5 MB).",
            CsvImportServlet.NO_JOB, "This import file does not exist (any more). Upload it again.",
            CsvImportServlet.EMPTY, "The file is empty or has no header row.",
            CsvImportServlet.NO_NAME, "Map a column to the field name: no row can be imported without a name.");

    private ImportText() {}

    static String get(SlingHttpServletRequest request, String key) {
        return ConsoleText.fromDictionary(request, key).orElseGet(() ->
                ("en".equals(ConsoleText.locale(request).getLanguage()) ? ENGLISH : DUTCH).getOrDefault(key, key));
    }

    static void plain(SlingHttpServletRequest request, SlingHttpServletResponse response, int status, String key)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(get(request, key));
    }

    /** {"state":"importing","done":120,"total":400,"created":..,"updated":..,"unchanged":..,"refused":..}. */
    static void progressJson(HttpServletResponse response, ImportJob job, int total) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("{\"state\":\"" + job.state().code() + "\",\"done\":" + job.done()
                + ",\"total\":" + total + ",\"created\":" + job.created() + ",\"updated\":" + job.updated()
                + ",\"unchanged\":" + job.unchanged() + ",\"refused\":" + job.refused() + "}");
    }
}
