package nl.samenwerkingskaart.initiatives.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import javax.servlet.Servlet;
import nl.samenwerkingskaart.initiatives.domain.GeoJsonExportWriter;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.csv.CsvExport;
import nl.samenwerkingskaart.initiatives.mapdata.ContentTag;
import nl.samenwerkingskaart.initiatives.mapdata.MapDataSerializer;
import nl.samenwerkingskaart.initiatives.service.PublishedInitiatives;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public downloads of the published initiatives (docs/csv-format.md): {@code initiatives.csv} (public columns)
 * and {@code initiatives.geojson} (one Point per initiative with its public detail). Both come from the same
 * in-memory published initiatives as the map data and are rebuilt only when that changes; ETag, 304 and gzip as
 * the map data.
 */
@Component(
        service = Servlet.class,
        property = {
            "sling.servlet.paths=" + PublicExportServlet.CSV_PATH,
            "sling.servlet.paths=" + PublicExportServlet.GEOJSON_PATH,
            "sling.servlet.methods=GET",
            "sling.servlet.methods=HEAD"
        })
public class PublicExportServlet extends SlingSafeMethodsServlet {

    public static final String CSV_PATH = MapDataServlet.PUBLIC_ROOT + "/initiatives.csv";
    public static final String GEOJSON_PATH = MapDataServlet.PUBLIC_ROOT + "/initiatives.geojson";
    static final String FILE_NAME = "samenwerkingskaart-initiatieven";
    private static final long serialVersionUID = 1L;

    @Reference
    private transient PublishedInitiatives publishedInitiatives;

    @Reference
    private transient Regions regions;

    private transient volatile Exports exports;

    /** Both files for one state of the map data, tagged by the map data's own ETag. */
    private record Exports(String source, Body csv, Body geoJson) {}

    private record Body(byte[] bytes, byte[] gzipped, String etag) {
        static Body of(byte[] bytes) throws IOException {
            return new Body(bytes, MapDataSerializer.gzip(bytes), ContentTag.of(bytes));
        }
    }

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        var info = request.getRequestPathInfo();
        boolean csv = CSV_PATH.equals(info.getResourcePath());
        if (info.getExtension() != null || info.getSelectorString() != null || info.getSuffix() != null) {
            PublicResponses.notFound(response);
            return;
        }
        Exports current = current();
        Body body = csv ? current.csv() : current.geoJson();
        String file = FILE_NAME + (csv ? ".csv" : ".geojson");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        PublicResponses.send(request, response, csv ? "text/csv" : "application/geo+json", body.bytes(),
                body.gzipped(), body.etag());
    }

    private Exports current() throws IOException {
        String source = publishedInitiatives.mapData().etag();
        Exports known = exports;
        if (known != null && known.source().equals(source)) {
            return known;
        }
        Collection<Initiative> published = publishedInitiatives.all();
        List<Initiative> sorted = published.stream()
                .sorted(java.util.Comparator.comparing(Initiative::id)).toList();
        ByteArrayOutputStream csv = new ByteArrayOutputStream(sorted.size() * 600 + 1024);
        CsvExport.write(sorted, false, csv);
        ByteArrayOutputStream geoJson = new ByteArrayOutputStream(sorted.size() * 1200 + 1024);
        GeoJsonExportWriter.write(sorted, regions.lookup(), geoJson);
        Exports fresh = new Exports(source, Body.of(csv.toByteArray()), Body.of(geoJson.toByteArray()));
        exports = fresh;
        return fresh;
    }
}
