package nl.samenwerkingskaart.initiatives.web.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.stats.ColourClasses;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionCounts;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionStatistics;
import nl.samenwerkingskaart.initiatives.service.RegionFigures;
import nl.samenwerkingskaart.initiatives.web.RegionPages;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.InjectionStrategy;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;
import org.apache.sling.models.annotations.injectorspecific.ValueMapValue;

/**
 * The table of published initiatives per region (total and per level) with its CSV download: the accessible
 * alternative to the choropleth under a national map, and the index of the region-page component. A region's name
 * links to its region page: on a region-page component to the page itself, on a map to the page the editor chose in
 * {@code regionPage}.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class RegionCountsTable {

    static final String CSV_PATH = "/bin/samenwerkingskaart/public/region-counts.csv";
    private static final Pattern PAGE = Pattern.compile("^(/content(?:/[A-Za-z0-9_-]+)+)(?:\\.html)?$");

    @SlingObject
    private SlingHttpServletRequest request;

    @SlingObject
    private Resource resource;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private RegionFigures figures;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String regionPage;

    private String context;
    private String pageUrl;

    @PostConstruct
    protected void init() {
        context = Objects.toString(request.getContextPath(), "");
        if (resource.isResourceType(RegionPages.RESOURCE_TYPE)) {
            pageUrl = context + RegionPages.pagePath(resource) + ".html";
        } else {
            Matcher page = PAGE.matcher(regionPage == null ? "" : regionPage.trim());
            pageUrl = page.matches() ? context + page.group(1) + ".html" : null;
        }
    }

    /** False when the counts are not available (then the script shows no table). */
    public boolean isAvailable() {
        return figures != null;
    }

    /** The regions by code, with their counts and, when there is a region page, its address. */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        if (figures == null) {
            return rows;
        }
        RegionStatistics statistics = figures.current().statistics();
        ColourClasses classes = new ColourClasses(statistics.maximum());
        for (RegionCounts region : statistics.regions()) {
            String code = region.regionCode();
            String url = pageUrl == null ? null : figures.slugs().slug(code).map(slug -> pageUrl + "/" + slug)
                    .orElse(null);
            rows.add(new Row(code, figures.names().getOrDefault(code, code), url, region.total(),
                    region.level(Level.VMBO), region.level(Level.MBO), region.level(Level.HBO),
                    classes.colourOf(region.total())));
        }
        return rows;
    }

    /** The published initiatives in all regions together. */
    public int getTotal() {
        return figures == null ? 0 : figures.current().statistics().total();
    }

    /** The CSV download of the same counts. */
    public String getCsvUrl() {
        return context + CSV_PATH;
    }

    /** The address of the region pages' overview; null when there is none. */
    public String getPageUrl() {
        return pageUrl;
    }

    /**
     * One region in the table.
     *
     * @param colour the colour of its class on the choropleth; null without initiatives
     */
    public record Row(String code, String name, String url, int total, int vmbo, int mbo, int hbo, String colour) {
        public String getCode() { return code; }
        public String getName() { return name; }
        public String getUrl() { return url; }
        public int getTotal() { return total; }
        public int getVmbo() { return vmbo; }
        public int getMbo() { return mbo; }
        public int getHbo() { return hbo; }
        public String getColour() { return colour; }
    }
}
