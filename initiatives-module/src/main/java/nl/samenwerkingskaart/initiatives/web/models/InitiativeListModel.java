package nl.samenwerkingskaart.initiatives.web.models;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.Region;
import nl.samenwerkingskaart.initiatives.domain.RegionKind;
import nl.samenwerkingskaart.initiatives.domain.Status;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.web.Regions;
import nl.samenwerkingskaart.initiatives.web.console.ConsolePaths;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;

/**
 * The researchers' list of initiatives ({@code samenwerking/components/cms/initiativelist}): search, filters, 50 per
 * page sorted by name. Reads with the request's resource resolver, so a researcher sees what the repository lets
 * them read. Texts are message keys ({@code swk.console.*}); the script translates them.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class InitiativeListModel {

    public static final int PAGE_SIZE = 50;

    /** Notices the servlet may ask the list to show after a redirect, by code. */
    static final Set<String> NOTICES = Set.of("created", "saved", "published", "unpublished", "deleted", "notfound");

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private InitiativeRepository repository;

    @OSGiService
    private Regions regions;

    private InitiativeListFilter filter;
    private List<Row> rows;
    private int total;
    private int page;
    private int pageCount;
    private List<Option> regionOptions;

    @PostConstruct
    void init() {
        filter = InitiativeListFilter.from(request::getParameter);
        List<Initiative> matching = filter.apply(repository.findAll(request.getResourceResolver()));
        total = matching.size();
        pageCount = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(filter.page(), pageCount);
        List<Region> labourMarketRegions = labourMarketRegions();
        regionOptions = labourMarketRegions.stream()
                .map(r -> new Option(r.code(), r.name(), r.code().equals(filter.region())))
                .toList();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneId.systemDefault());
        int from = (page - 1) * PAGE_SIZE;
        rows = matching.subList(from, Math.min(total, from + PAGE_SIZE)).stream()
                .map(i -> row(i, labourMarketRegions, dates))
                .toList();
    }

    private List<Region> labourMarketRegions() {
        return regions == null ? List.of() : regions.catalog().regions(RegionKind.LABOUR_MARKET);
    }

    private Locale locale() {
        Locale locale = request.getLocale();
        return locale == null ? Locale.forLanguageTag("nl") : locale;
    }

    private static Row row(Initiative initiative, List<Region> regions, DateTimeFormatter dates) {
        String regionName = regions.stream()
                .filter(r -> r.code().equals(initiative.regionCode()))
                .map(Region::name)
                .findFirst()
                .orElse(initiative.regionCode());
        List<String> levels = initiative.levels().stream().sorted().map(Level::code).toList();
        return new Row(
                initiative.id(),
                initiative.name(),
                initiative.regionCode(),
                regionName,
                String.join(", ", levels),
                initiative.status() == null ? null : initiative.status().code(),
                initiative.published(),
                initiative.demo(),
                initiative.lastModified() == null ? null : dates.format(initiative.lastModified()),
                initiative.lastModified() == null ? null : initiative.lastModified().toString(),
                ConsolePaths.formUrl(initiative.id()),
                ConsolePaths.deleteUrl(initiative.id()));
    }

    /** The initiatives on this page. */
    public List<Row> getRows() {
        return rows;
    }

    /** How many initiatives match the search and filters, on all pages. */
    public int getTotal() {
        return total;
    }

    /** The page shown, from 1. */
    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }

    /** Position of the first row on this page, from 1; 0 when nothing matches. */
    public int getFirstIndex() {
        return total == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    public int getLastIndex() {
        return Math.min(total, page * PAGE_SIZE);
    }

    /**
     * Links to pages: the first, the last, and two either side of the current one; a gap entry (number 0) stands
     * for pages left out, so 1,000 pages do not make 1,000 links.
     */
    public List<PageLink> getPageLinks() {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int p = 1; p <= pageCount; p++) {
            if (p == 1 || p == pageCount || Math.abs(p - page) <= 2) {
                if (last != 0 && p > last + 1) {
                    links.add(new PageLink(0, null, false));
                }
                links.add(new PageLink(p, pageUrl(p), p == page));
                last = p;
            }
        }
        return links;
    }

    public String getPreviousUrl() {
        return page > 1 ? pageUrl(page - 1) : null;
    }

    public String getNextUrl() {
        return page < pageCount ? pageUrl(page + 1) : null;
    }

    private String pageUrl(int p) {
        String query = ConsolePaths.query(filter.parameters(p));
        return ConsolePaths.LIST_PAGE + (query.isEmpty() ? "" : "?" + query);
    }

    /**
     * The list's query (search, filters, page) for the row forms to send along, so that the servlet returns to
     * this same view of the list.
     */
    public String getReturnQuery() {
        return ConsolePaths.query(filter.parameters(page));
    }

    /** {@link #getReturnQuery()} encoded as the value of one query parameter (for the delete page's link). */
    public String getReturnQueryParameter() {
        return java.net.URLEncoder.encode(getReturnQuery(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public String getQuery() {
        return filter.query();
    }

    public String getRegion() {
        return filter.region();
    }

    public String getLevel() {
        return filter.level();
    }

    public String getStatus() {
        return filter.status();
    }

    public String getPublished() {
        return filter.published();
    }

    public boolean isFiltered() {
        return filter.isFiltered();
    }

    public List<Option> getRegionOptions() {
        return regionOptions;
    }

    /** Level codes; their labels are the messages {@code swk.console.level.<code>}. */
    public List<Option> getLevelOptions() {
        return java.util.Arrays.stream(Level.values())
                .map(l -> new Option(l.code(), l.code(), l.code().equals(filter.level())))
                .toList();
    }

    /** Status codes; their labels are the messages {@code swk.console.status.<code>}. */
    public List<Option> getStatusOptions() {
        return java.util.Arrays.stream(Status.values())
                .map(s -> new Option(s.code(), s.code(), s.code().equals(filter.status())))
                .toList();
    }

    /** The notice to show after a redirect from the servlet, as a code; null for none or an unknown one. */
    public String getNotice() {
        return Optional.ofNullable(request.getParameter("notice")).filter(NOTICES::contains).orElse(null);
    }

    public boolean isNoticeWarning() {
        return "notfound".equals(getNotice());
    }

    public String getNewUrl() {
        return ConsolePaths.FORM_PAGE;
    }

    /** The filter values, for tests and for scripts that want them together. */
    public Map<String, String> getFilterParameters() {
        return filter.parameters(page);
    }

    /**
     * One initiative in the list.
     *
     * @param levels level codes, comma separated
     * @param status status code; its label is {@code swk.console.status.<code>}
     * @param lastModified formatted in the request's locale; lastModifiedIso for a {@code <time>} element
     */
    public record Row(String id, String name, String regionCode, String regionName, String levels, String status,
            boolean published, boolean demo, String lastModified, String lastModifiedIso, String editUrl,
            String deleteUrl) {

        // JSP EL reads JavaBean getters, not record accessors.
        public String getId() { return id; }
        public String getName() { return name; }
        public String getRegionCode() { return regionCode; }
        public String getRegionName() { return regionName; }
        public String getLevels() { return levels; }
        public String getStatus() { return status; }
        public boolean isPublished() { return published; }
        public boolean isDemo() { return demo; }
        public String getLastModified() { return lastModified; }
        public String getLastModifiedIso() { return lastModifiedIso; }
        public String getEditUrl() { return editUrl; }
        public String getDeleteUrl() { return deleteUrl; }
    }

    /** A choice in a select; label is text to show as is, or a code whose message the script looks up. */
    public record Option(String value, String label, boolean selected) {
        public String getValue() { return value; }
        public String getLabel() { return label; }
        public boolean isSelected() { return selected; }
    }

    /** A link to a page of the list; number 0 marks a gap. */
    public record PageLink(int number, String url, boolean current) {
        public int getNumber() { return number; }
        public String getUrl() { return url; }
        public boolean isCurrent() { return current; }
        public boolean isGap() { return number == 0; }
    }
}
