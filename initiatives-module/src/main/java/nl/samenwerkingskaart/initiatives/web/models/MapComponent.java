package nl.samenwerkingskaart.initiatives.web.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.api.MapViews;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Status;
import nl.samenwerkingskaart.initiatives.domain.stats.RegionSlugs;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.InjectionStrategy;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;
import org.apache.sling.i18n.ResourceBundleProvider;
import org.apache.sling.models.annotations.injectorspecific.ValueMapValue;

/**
 * The map component ({@value #RESOURCE_TYPE}): reads what the editor configured, falls back to the defaults of
 * docs/contracts.md, and hands the browser one JSON configuration with the endpoints, presets and every
 * vocabulary title and message the script shows, so that the script itself holds no visitor-facing text.
 */
@Model(adaptables = SlingHttpServletRequest.class, resourceType = MapComponent.RESOURCE_TYPE)
public class MapComponent {

    public static final String RESOURCE_TYPE = "samenwerking/components/map";

    static final String DATA_PATH = "/bin/samenwerkingskaart/public/initiatives.json";
    static final String DETAIL_PATH = "/bin/samenwerkingskaart/public/initiative.json/";
    static final String REGIONS_PATH = "/static/samenwerking/regions/arbeidsmarktregio_2025.geojson";
    static final String OUTLINE_PATH = "/static/samenwerking/regions/nederland-outline.geojson";
    /** Published regional portraits (portraits bundle): the map links a selected region to its portrait. */
    static final String PORTRAITS_PATH = "/bin/samenwerkingskaart/public/portraits.json";
    static final String TAXONOMY_ROOT = "/etc/taxonomy/samenwerkingskaart";

    static final String NATIONAL = "national";
    static final long DEFAULT_HEIGHT = 560;
    static final long MIN_HEIGHT = 240;
    static final long MAX_HEIGHT = 2000;
    static final List<String> FILTERS = List.of("region", "level", "partyKind", "sector", "theme", "status", "search");
    static final List<String> BASE_LAYERS = List.of("outline", "osm", "pdok");

    /** Message keys of party kinds, levels and statuses, by code; their translations come from the i18n dictionary. */
    static final Map<String, String> PARTY_KIND_KEYS = orderedMap(
            "vmbo", "vmbo school", "mbo", "mbo institution", "hbo", "hbo institution", "company", "Company",
            "government", "Government", "sectorbody", "Sector body", "other", "Other");
    static final Map<String, String> STATUS_KEYS = orderedMap(
            "running", "Running", "ended", "Ended", "planned", "Planned");

    /** Every message the script shows; the keys are the English texts of libs/samenwerking/i18n. */
    static final List<String> SCRIPT_MESSAGES = List.of(
            "Region", "All regions", "Level", "Party kind", "Sector", "Theme", "Status", "Search",
            "Name, school, company or town", "Clear filters",
            "No initiatives match these filters.", "1 initiative", "{0} initiatives",
            "{0} initiatives in {1}", "Results {0}–{1} of {2}", "Previous", "Next",
            "Details", "Close", "Details of {0}", "Loading…", "Parties", "Goal", "Description", "Levels",
            "Sectors", "Themes", "Years", "since {0}", "until {0}", "Website", "Contact", "Last verified",
            "Funding", "Province", "Demo data", "This is demo data, not a real initiative.",
            "Not known yet: {0}. Do you know more? Let us know.", "Name", "Locations", "Start year", "End year",
            "The map data could not be loaded. Please try again later.",
            "This initiative could not be loaded.", "Source: CBS / PDOK (Gebiedsindelingen)",
            "Map data © Kadaster", "© OpenStreetMap contributors", "Suggest a correction",
            "Suggest a correction to {0}", "Regional portrait: {0}",
            // the national overview per region (choropleth.js)
            "Map view", "Points", "Per region", "Initiatives per region on the map", "no initiatives",
            "{0}: {1} initiatives", "{0}: 1 initiative", "Open the region page of {0}", "Show {0} on the map");
    static final List<String> REGION_VIEWS = List.of("points", "regions");

    private static final Pattern REGION_CODE = Pattern.compile("AM\\d{2}");
    /** A page of this site with the submission form, optionally with the form's anchor. */
    static final Pattern FORM_PAGE =
            Pattern.compile("^(/content(?:/[A-Za-z0-9_-]+)+)(?:\\.html)?(#[A-Za-z][A-Za-z0-9_-]{0,63})?$");
    private static final Pattern TAG_CODE = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    @SlingObject
    private SlingHttpServletRequest request;

    /** Asked directly with the site's locale: the request's own bundle follows the visitor's browser instead. */
    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private ResourceBundleProvider bundles;

    @SlingObject
    private Resource resource;

    @SlingObject
    private ResourceResolver resolver;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String title;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String startView;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String presetRegion;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String[] presetLevels;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String[] presetPartyKinds;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String[] presetSectors;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String[] presetThemes;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String[] presetStatus;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String[] visibleFilters;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private Boolean showList;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private Long height;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String baseLayer;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String formPage;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String regionView;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String regionPage;

    private String domId;
    private String hashPrefix;
    private Locale locale;
    private Map<String, String> sectors;
    private Map<String, String> themes;
    private List<String> filters;

    @PostConstruct
    protected void init() {
        domId = MapViews.domId(resource.getPath());
        hashPrefix = MapViews.hashPrefix(resource.getPath());
        locale = SiteLocale.of(resource, request);
        sectors = taxonomyTitles("sectoren");
        themes = taxonomyTitles("themas");
        filters = visibleFilters == null ? FILTERS : known(visibleFilters, FILTERS);
    }

    /** The configured heading; null when the editor left it empty. */
    public String getTitle() {
        return title == null || title.isBlank() ? null : title.trim();
    }

    /** A DOM id unique per component resource, so two maps on one page stay independent. */
    public String getId() {
        return domId;
    }

    /** The prefix of this map's parameters in the URL hash, e.g. {@code m1a2b3c.region=AM20}. */
    public String getHashPrefix() {
        return hashPrefix;
    }

    /** Height of the map canvas in pixels, within 240-2000; 560 when not set. */
    public long getHeight() {
        if (height == null || height <= 0) {
            return DEFAULT_HEIGHT;
        }
        return Math.max(MIN_HEIGHT, Math.min(MAX_HEIGHT, height));
    }

    public boolean isShowList() {
        return showList == null || showList;
    }

    /** The filters shown to the visitor, in a fixed order; all of them when the editor chose none. */
    public List<String> getVisibleFilters() {
        return filters;
    }

    public String getBaseLayer() {
        return baseLayer != null && BASE_LAYERS.contains(baseLayer) ? baseLayer : BASE_LAYERS.get(0);
    }

    public String getStartView() {
        return startView != null && RegionNames.get().containsKey(startView) ? startView : NATIONAL;
    }

    /**
     * The page with the submission form that "Suggest a correction" opens, as {@code /content/.../page.html#anchor};
     * null when the editor set none or something other than a page path of this site.
     */
    public String getFormPage() {
        java.util.regex.Matcher page = FORM_PAGE.matcher(formPage == null ? "" : formPage.trim());
        if (!page.matches()) {
            return null;
        }
        return Objects.toString(request.getContextPath(), "") + page.group(1) + ".html"
                + (page.group(2) == null ? "" : page.group(2));
    }

    /**
     * A national map (one that shows the region filter) offers the view per region and the table of counts under
     * it; a map fixed to a region does not.
     */
    public boolean isRegionOverview() {
        return filters.contains("region");
    }

    /** The view a national map opens with: {@code points} (default) or {@code regions}; null on other maps. */
    public String getRegionView() {
        if (!isRegionOverview()) {
            return null;
        }
        return regionView != null && REGION_VIEWS.contains(regionView.trim()) ? regionView.trim() : REGION_VIEWS.get(0);
    }

    /** The page with the region-page component, as {@code /content/.../regios.html}; null when none is set. */
    public String getRegionPage() {
        java.util.regex.Matcher page = FORM_PAGE.matcher(regionPage == null ? "" : regionPage.trim());
        return page.matches() && page.group(2) == null
                ? Objects.toString(request.getContextPath(), "") + page.group(1) + ".html" : null;
    }

    /** The language of the page (of its Sling CMS site), e.g. {@code nl}. */
    public String getLanguage() {
        return locale.toLanguageTag();
    }

    /** The whole client configuration; the script reads it from the root element's data attribute. */
    public String getConfigJson() {
        try {
            return JSON.writeValueAsString(config());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("map configuration not serialisable", e);
        }
    }

    ObjectNode config() {
        ObjectNode config = JSON.createObjectNode();
        config.put("id", domId);
        config.put("hashPrefix", hashPrefix);
        config.put("locale", getLanguage());
        String context = Objects.toString(request.getContextPath(), "");
        ObjectNode endpoints = config.putObject("endpoints");
        endpoints.put("data", context + DATA_PATH);
        endpoints.put("detail", context + DETAIL_PATH);
        endpoints.put("regions", context + REGIONS_PATH);
        endpoints.put("outline", context + OUTLINE_PATH);
        endpoints.put("portraits", context + PORTRAITS_PATH);
        String form = getFormPage();
        if (form != null) {
            endpoints.put("form", form);
        }
        if (getRegionPage() != null) {
            endpoints.put("regionPage", getRegionPage());
        }
        if (getRegionView() != null) {
            config.put("regionView", getRegionView());
        }
        config.put("startView", getStartView());
        config.put("baseLayer", getBaseLayer());
        config.put("showList", isShowList());
        config.set("visibleFilters", array(filters));
        config.set("presets", presets());
        ObjectNode vocabularies = config.putObject("vocabularies");
        vocabularies.set("regions", JSON.valueToTree(RegionNames.get()));
        vocabularies.set("regionSlugs", JSON.valueToTree(RegionNames.slugs()));
        vocabularies.set("levels", JSON.valueToTree(levelTitles()));
        vocabularies.set("partyKinds", JSON.valueToTree(translated(PARTY_KIND_KEYS)));
        vocabularies.set("sectors", JSON.valueToTree(sectors));
        vocabularies.set("themes", JSON.valueToTree(themes));
        vocabularies.set("statuses", JSON.valueToTree(translated(STATUS_KEYS)));
        ObjectNode messages = config.putObject("messages");
        ResourceBundle bundle = bundle();
        SCRIPT_MESSAGES.forEach(key -> messages.put(key, message(bundle, key)));
        return config;
    }

    private ObjectNode presets() {
        ObjectNode presets = JSON.createObjectNode();
        if (presetRegion != null && RegionNames.get().containsKey(presetRegion)) {
            presets.put("region", presetRegion);
        }
        presets.set("levels", array(known(presetLevels, Arrays.stream(Level.values()).map(Level::code).toList())));
        presets.set("partyKinds", array(known(presetPartyKinds, List.copyOf(PARTY_KIND_KEYS.keySet()))));
        presets.set("sectors", array(tags(presetSectors, sectors)));
        presets.set("themes", array(tags(presetThemes, themes)));
        presets.set("status", array(known(presetStatus, List.copyOf(STATUS_KEYS.keySet()))));
        return presets;
    }

    private Map<String, String> levelTitles() {
        Map<String, String> levels = new LinkedHashMap<>();
        ResourceBundle bundle = bundle();
        for (Level level : Level.values()) {
            levels.put(level.code(), message(bundle, level.code()));
        }
        return levels;
    }

    private Map<String, String> translated(Map<String, String> keys) {
        ResourceBundle bundle = bundle();
        Map<String, String> titles = new LinkedHashMap<>();
        keys.forEach((code, key) -> titles.put(code, message(bundle, key)));
        return titles;
    }

    /** The children of a taxonomy folder by node name, with their titles, in the taxonomy's order. */
    private Map<String, String> taxonomyTitles(String folder) {
        Resource root = resolver.getResource(TAXONOMY_ROOT + "/" + folder);
        if (root == null) {
            return Collections.emptyMap();
        }
        Map<String, String> titles = new LinkedHashMap<>();
        for (Resource child : root.getChildren()) {
            titles.put(child.getName(), child.getValueMap().get("jcr:title", child.getName()));
        }
        return titles;
    }

    private ResourceBundle bundle() {
        return SiteMessages.bundle(bundles, request, locale);
    }

    private static String message(ResourceBundle bundle, String key) {
        return SiteMessages.message(bundle, key);
    }

    /** The given values that are in the allowed list, in the list's order, without blanks or repeats. */
    private static List<String> known(String[] values, List<String> allowed) {
        if (values == null) {
            return List.of();
        }
        Set<String> given = Set.copyOf(Arrays.stream(values).filter(Objects::nonNull).map(String::trim).toList());
        return allowed.stream().filter(given::contains).toList();
    }

    /**
     * Taxonomy codes; the editor may also have stored taxonomy paths, of which the node name is the code. Codes
     * not in the taxonomy are kept only when the taxonomy could not be read.
     */
    private static List<String> tags(String[] values, Map<String, String> vocabulary) {
        if (values == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            String code = value.trim().substring(value.trim().lastIndexOf('/') + 1);
            boolean allowed = vocabulary.isEmpty() ? TAG_CODE.matcher(code).matches() : vocabulary.containsKey(code);
            if (allowed && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode array = JSON.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Labour-market region names by CBS code, read once from the region GeoJSON this bundle serves, so the
     * names shown in filters are the ones drawn on the map.
     */
    static final class RegionNames {
        static final String RESOURCE = "/static-resources/regions/arbeidsmarktregio_2025.geojson";
        private static volatile Map<String, String> names;
        private static volatile Map<String, String> slugs;

        private RegionNames() {}

        static Map<String, String> get() {
            Map<String, String> result = names;
            if (result == null) {
                result = read();
                names = result;
            }
            return result;
        }

        /** The readable address of each region on a region page, e.g. {@code twente}, by code. */
        static Map<String, String> slugs() {
            Map<String, String> result = slugs;
            if (result == null) {
                RegionSlugs addresses = new RegionSlugs(get());
                Map<String, String> byCode = new LinkedHashMap<>();
                get().keySet().forEach(code -> byCode.put(code, addresses.slug(code).orElseThrow()));
                result = Collections.unmodifiableMap(byCode);
                slugs = result;
            }
            return result;
        }

        private static Map<String, String> read() {
            try (InputStream in = MapComponent.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the bundle");
                }
                Map<String, String> byCode = new java.util.TreeMap<>();
                for (JsonNode feature : JSON.readTree(in).path("features")) {
                    String code = feature.path("properties").path("statcode").asText("");
                    if (REGION_CODE.matcher(code).matches()) {
                        byCode.put(code, feature.path("properties").path("statnaam").asText(code));
                    }
                }
                return Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
