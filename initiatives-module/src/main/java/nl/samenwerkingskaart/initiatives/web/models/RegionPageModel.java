package nl.samenwerkingskaart.initiatives.web.models;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.api.MapComponentResource;
import nl.samenwerkingskaart.initiatives.api.MapViews;
import nl.samenwerkingskaart.initiatives.api.RegionPortrait;
import nl.samenwerkingskaart.initiatives.api.RegionPortraits;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionCounts;
import nl.samenwerkingskaart.initiatives.service.PublishedInitiatives;
import nl.samenwerkingskaart.initiatives.service.RegionFigures;
import nl.samenwerkingskaart.initiatives.web.RegionPageFilter;
import nl.samenwerkingskaart.initiatives.web.RegionPages;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.i18n.ResourceBundleProvider;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.InjectionStrategy;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;
import org.apache.sling.models.annotations.injectorspecific.ValueMapValue;

/**
 * The region-page component ({@value RegionPages#RESOURCE_TYPE}): without a region in the suffix the list of all
 * regions (the table of {@link RegionCountsTable}); with one, that region: a map fixed to it, its published
 * initiatives linked to their details on that map, counts by level, party kind, sector and theme, its published
 * portrait and a link to the submission form with the region filled in. {@link RegionPageFilter} has answered 404
 * for unknown regions before this renders.
 */
@Model(adaptables = SlingHttpServletRequest.class, resourceType = RegionPages.RESOURCE_TYPE)
public class RegionPageModel {

    static final String MAP_NAME = "regionmap";
    static final long MAP_HEIGHT = 420;
    static final String TAXONOMY_ROOT = "/etc/taxonomy/samenwerkingskaart";

    @SlingObject
    private SlingHttpServletRequest request;

    @SlingObject
    private Resource resource;

    @SlingObject
    private ResourceResolver resolver;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private RegionFigures figures;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private PublishedInitiatives published;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private RegionPortraits portraits;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private ResourceBundleProvider bundles;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String title;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String formPage;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String baseLayer;

    private String code;
    private String context;
    private Locale locale;
    private RegionCounts counts;

    @PostConstruct
    protected void init() {
        context = Objects.toString(request.getContextPath(), "");
        locale = SiteLocale.of(resource, request);
        Object asked = request.getAttribute(RegionPageFilter.REGION_ATTRIBUTE);
        if (asked instanceof String given && figures != null && figures.names().containsKey(given)) {
            code = given;
            counts = figures.current().statistics().region(code).orElse(null);
        }
    }

    /** The editor's heading of the overview; null when empty. */
    public String getTitle() {
        return title == null || title.isBlank() ? null : title.trim();
    }

    /** True when the address named a region that does not exist (the response is a 404). */
    public boolean isUnknown() {
        return Boolean.TRUE.equals(request.getAttribute(RegionPageFilter.UNKNOWN_ATTRIBUTE));
    }

    /** True when the page shows one region; false for the overview of all regions. */
    public boolean isRegion() {
        return code != null;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return code == null ? null : figures.names().get(code);
    }

    /** The overview of all regions (the page without suffix). */
    public String getOverviewUrl() {
        return context + RegionPages.pagePath(resource) + ".html";
    }

    /** The region's own address, also its canonical one. */
    public String getUrl() {
        return code == null ? getOverviewUrl()
                : getOverviewUrl() + "/" + figures.slugs().slug(code).orElse(code);
    }

    public int getTotal() {
        return counts == null ? 0 : counts.total();
    }

    /** The published initiatives of the region by name, each linking to its details on the map of this page. */
    public List<Link> getInitiatives() {
        if (code == null || published == null) {
            return List.of();
        }
        String mapPath = mapPath();
        Collator dutch = Collator.getInstance(locale);
        return published.all().stream()
                .filter(initiative -> code.equals(initiative.regionCode()))
                .sorted(Comparator.comparing(Initiative::name, dutch))
                .map(initiative -> new Link(initiative.id(), initiative.name(),
                        MapViews.initiativeFragment(mapPath, initiative.id()), town(initiative)))
                .toList();
    }

    /** Counts by level: every level, zero included. */
    public List<Count> getLevels() {
        List<Count> levels = new ArrayList<>();
        ResourceBundle bundle = SiteMessages.bundle(bundles, request, locale);
        for (Level level : Level.values()) {
            levels.add(new Count(level.code(), SiteMessages.message(bundle, level.code()),
                    counts == null ? 0 : counts.level(level)));
        }
        return levels;
    }

    /** Counts by party kind: initiatives with at least one party of the kind; every kind, zero included. */
    public List<Count> getPartyKinds() {
        List<Count> kinds = new ArrayList<>();
        ResourceBundle bundle = SiteMessages.bundle(bundles, request, locale);
        for (PartyKind kind : PartyKind.values()) {
            String key = MapComponent.PARTY_KIND_KEYS.getOrDefault(kind.code(), kind.code());
            kinds.add(new Count(kind.code(), SiteMessages.message(bundle, key),
                    counts == null ? 0 : counts.partyKind(kind)));
        }
        return kinds;
    }

    /** Counts by sector, most frequent first; only the sectors that occur. */
    public List<Count> getSectors() {
        return tagged(counts == null ? Map.of() : counts.bySector(), "sectoren");
    }

    /** Counts by theme, most frequent first; only the themes that occur. */
    public List<Count> getThemes() {
        return tagged(counts == null ? Map.of() : counts.byTheme(), "themas");
    }

    /** The map of this page fixed to the region, for {@code <sling:include resource=...>}; null on the overview. */
    public Resource getMap() {
        if (code == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("startView", code);
        values.put("presetRegion", code);
        values.put("visibleFilters", new String[] {"level", "search"});
        values.put("showList", Boolean.FALSE);
        values.put("height", MAP_HEIGHT);
        values.put("baseLayer", baseLayer == null ? "outline" : baseLayer);
        if (formPage != null) {
            values.put("formPage", formPage);
        }
        return new MapComponentResource(resolver, mapPath(), values);
    }

    /** The region's published portrait; null when it has none or the portraits bundle is not installed. */
    public Portrait getPortrait() {
        if (code == null || portraits == null) {
            return null;
        }
        return portraits.publishedFor(resolver, code).map(this::portrait).orElse(null);
    }

    /**
     * The submission form for a new initiative with this region filled in ({@code ?region=AM05}); null when the
     * editor chose no form page.
     */
    public String getSubmitUrl() {
        Matcher page = MapComponent.FORM_PAGE.matcher(formPage == null ? "" : formPage.trim());
        if (code == null || !page.matches()) {
            return null;
        }
        return context + page.group(1) + ".html?region=" + code + (page.group(2) == null ? "" : page.group(2));
    }

    public String getLanguage() {
        return locale.toLanguageTag();
    }

    private Portrait portrait(RegionPortrait found) {
        return new Portrait(found.title(), firstParagraph(found.summary()), context + found.pagePath() + ".html",
                found.pdfPath() == null ? null : context + found.pdfPath(), sizeText(found.pdfBytes()));
    }

    private String mapPath() {
        return resource.getPath() + "/" + MAP_NAME;
    }

    private List<Count> tagged(Map<String, Integer> byTag, String folder) {
        Resource root = resolver.getResource(TAXONOMY_ROOT + "/" + folder);
        List<Count> tags = new ArrayList<>();
        byTag.forEach((tag, n) -> {
            Resource entry = root == null ? null : root.getChild(tag);
            tags.add(new Count(tag, entry == null ? tag : entry.getValueMap().get("jcr:title", tag), n));
        });
        return tags;
    }

    private String sizeText(long bytes) {
        if (bytes <= 0) {
            return null;
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return megabytes >= 1 ? String.format(locale, "%.1f MB", megabytes)
                : String.format(locale, "%d kB", Math.max(1, Math.round(bytes / 1024.0)));
    }

    private static String firstParagraph(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        int end = trimmed.indexOf("\n\n");
        return end < 0 ? trimmed : trimmed.substring(0, end).strip();
    }

    private static String town(Initiative initiative) {
        return initiative.locations().isEmpty() ? null : initiative.locations().get(0).town();
    }

    /** An initiative in the region's list: its name, town and the fragment that opens it on the map. */
    public record Link(String id, String name, String href, String town) {
        public String getId() { return id; }
        public String getName() { return name; }
        public String getHref() { return href; }
        public String getTown() { return town; }
    }

    /** One line of a breakdown. */
    public record Count(String code, String label, int count) {
        public String getCode() { return code; }
        public String getLabel() { return label; }
        public int getCount() { return count; }
    }

    /** The region's portrait as the page links to it; {@code pdfUrl} and {@code pdfSize} null without a PDF. */
    public record Portrait(String title, String summary, String url, String pdfUrl, String pdfSize) {
        public String getTitle() { return title; }
        public String getSummary() { return summary; }
        public String getUrl() { return url; }
        public String getPdfUrl() { return pdfUrl; }
        public String getPdfSize() { return pdfSize; }
    }
}
