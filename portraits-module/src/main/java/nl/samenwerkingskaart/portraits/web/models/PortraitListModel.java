package nl.samenwerkingskaart.portraits.web.models;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.api.RegionDirectory;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.PortraitListing;
import nl.samenwerkingskaart.portraits.domain.TextBlock;
import nl.samenwerkingskaart.portraits.domain.TextBlocks;
import nl.samenwerkingskaart.portraits.repository.PortraitPages;
import nl.samenwerkingskaart.portraits.repository.StoredFiles;
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
 * The portrait list component ({@value #RESOURCE_TYPE}): the published portraits below a root (the site by
 * default), newest first, filtered by region and year through the plain GET parameters {@value #REGION} and
 * {@value #YEAR}, so that the form works without JavaScript. Unpublished portraits never appear: anonymous
 * sessions can read them in Sling CMS standalone, so the publication flag itself decides.
 */
@Model(adaptables = SlingHttpServletRequest.class, resourceType = PortraitListModel.RESOURCE_TYPE)
public class PortraitListModel {

    public static final String RESOURCE_TYPE = "samenwerking-portraits/components/portrait-list";
    public static final String REGION = "region";
    public static final String YEAR = "year";

    static final int EXCERPT_LENGTH = 240;
    private static final Pattern REGION_CODE = Pattern.compile("AM\\d{2}");
    private static final Pattern YEAR_VALUE = Pattern.compile("(19|20)\\d{2}");

    @SlingObject
    private SlingHttpServletRequest request;

    @SlingObject
    private Resource resource;

    @SlingObject
    private ResourceResolver resolver;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private RegionDirectory regionDirectory;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private ResourceBundleProvider bundles;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String title;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String rootPath;

    private SiteLanguage language;
    private String context;
    private List<Portrait> all;
    private List<Portrait> shown;
    private String region;
    private Integer year;

    @PostConstruct
    protected void init() {
        language = SiteLanguage.of(resource, request, bundles);
        context = Objects.toString(request.getContextPath(), "");
        all = PortraitListing.published(PortraitPages.under(resolver, getRoot()));
        String askedRegion = request.getParameter(REGION);
        region = askedRegion != null && REGION_CODE.matcher(askedRegion.strip()).matches() ? askedRegion.strip() : null;
        String askedYear = request.getParameter(YEAR);
        year = askedYear != null && YEAR_VALUE.matcher(askedYear.strip()).matches()
                ? Integer.valueOf(askedYear.strip()) : null;
        shown = PortraitListing.filter(all, region, year);
    }

    /** The configured heading; null when the editor left it empty. */
    public String getTitle() {
        return title == null || title.isBlank() ? null : title.strip();
    }

    /** Where portraits are looked for: the configured path under /content, else the component's site. */
    public String getRoot() {
        return PageLists.root(resource, rootPath);
    }

    /** A DOM id prefix unique per component resource. */
    public String getId() {
        return "swk-portraits-" + sha256Hex(resource.getPath()).substring(0, 8);
    }

    /** The page the form sends its GET to: the page that holds the list. */
    public String getAction() {
        return PageLists.action(resource, context);
    }

    public String getRegionParameter() {
        return REGION;
    }

    public String getYearParameter() {
        return YEAR;
    }

    /** The regions that published portraits cover, by name, with the one asked for selected. */
    public List<Item> getRegionOptions() {
        List<Item> options = new ArrayList<>();
        for (String code : PortraitListing.regions(all)) {
            options.add(Item.option(code, regionName(code), code.equals(region)));
        }
        options.sort(Comparator.comparing(Item::getLabel, String.CASE_INSENSITIVE_ORDER));
        return options;
    }

    /** The publication years of published portraits, newest first, with the one asked for selected. */
    public List<Item> getYearOptions() {
        List<Item> options = new ArrayList<>();
        for (Integer y : PortraitListing.years(all)) {
            options.add(Item.option(String.valueOf(y), String.valueOf(y), y.equals(year)));
        }
        return options;
    }

    /** Whether the visitor filtered the list. */
    public boolean isFiltered() {
        return region != null || year != null;
    }

    public int getCount() {
        return shown.size();
    }

    public List<ListItem> getItems() {
        List<ListItem> items = new ArrayList<>();
        for (Portrait portrait : shown) {
            List<Item> regions = portrait.regions().stream().map(code -> Item.named(code, regionName(code))).toList();
            Download pdf = portrait.pdfPath() == null ? null : StoredFiles.read(resolver, portrait.pdfPath())
                    .map(file -> new Download(context + portrait.path() + ".pdf", file, language.locale()))
                    .orElse(null);
            items.add(new ListItem(portrait.title(), context + portrait.path() + ".html", regions,
                    language.date(portrait.publicationDate()),
                    portrait.publicationDate() == null ? "" : portrait.publicationDate().toString(),
                    portrait.authors(), excerpt(portrait.summary()), pdf));
        }
        return items;
    }

    /** The first paragraph of a summary, cut after a word when it is long. */
    static String excerpt(String summary) {
        List<TextBlock> blocks = TextBlocks.parse(summary);
        if (blocks.isEmpty()) {
            return "";
        }
        String text = String.join(" ", blocks.get(0).getItems());
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
        return text.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).strip() + "…";
    }

    private String regionName(String code) {
        if (regionDirectory == null) {
            return code;
        }
        return regionDirectory.labourMarketRegions().getOrDefault(code, code);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** One portrait in the list. */
    public static final class ListItem {
        private final String title;
        private final String url;
        private final List<Item> regions;
        private final String date;
        private final String dateIso;
        private final List<String> authors;
        private final String excerpt;
        private final Download pdf;

        ListItem(String title, String url, List<Item> regions, String date, String dateIso, List<String> authors,
                String excerpt, Download pdf) {
            this.title = title;
            this.url = url;
            this.regions = regions;
            this.date = date;
            this.dateIso = dateIso;
            this.authors = authors;
            this.excerpt = excerpt;
            this.pdf = pdf;
        }

        public String getTitle() {
            return title;
        }

        public String getUrl() {
            return url;
        }

        public List<Item> getRegions() {
            return regions;
        }

        public String getDate() {
            return date;
        }

        public String getDateIso() {
            return dateIso;
        }

        public List<String> getAuthors() {
            return authors;
        }

        public String getExcerpt() {
            return excerpt;
        }

        /** The PDF download; null when the portrait has none. */
        public Download getPdf() {
            return pdf;
        }
    }
}
