package nl.samenwerkingskaart.portraits.web.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.api.InitiativeDirectory;
import nl.samenwerkingskaart.initiatives.api.InitiativeSummary;
import nl.samenwerkingskaart.initiatives.api.MapComponentResource;
import nl.samenwerkingskaart.initiatives.api.MapViews;
import nl.samenwerkingskaart.initiatives.api.RegionDirectory;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.TextBlock;
import nl.samenwerkingskaart.portraits.domain.TextBlocks;
import nl.samenwerkingskaart.portraits.domain.TypologyTag;
import nl.samenwerkingskaart.portraits.repository.MapPages;
import nl.samenwerkingskaart.portraits.repository.PortraitReader;
import nl.samenwerkingskaart.portraits.repository.SitePages;
import nl.samenwerkingskaart.portraits.repository.StoredFiles;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.i18n.ResourceBundleProvider;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.InjectionStrategy;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;

/**
 * What a portrait page shows below its title (the page's {@code content.jsp}): regions by name, the text sections
 * as paragraphs and lists, typology tags, good practices linked to the site's map, authors, date, the PDF download
 * with its format and size, "read also" and a map of the region's initiatives. Adapted from a request to the
 * page's {@code jcr:content}.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class PortraitPageModel {

    static final long REGION_MAP_HEIGHT = 380;
    static final List<String> REGION_MAP_FILTERS = List.of("level", "search");
    static final String REGION_MAP_NAME = "regionmap";

    @SlingObject
    private SlingHttpServletRequest request;

    @SlingObject
    private Resource resource;

    @SlingObject
    private ResourceResolver resolver;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private RegionDirectory regionDirectory;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private InitiativeDirectory initiativeDirectory;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private ResourceBundleProvider bundles;

    private Portrait portrait;
    private SiteLanguage language;
    private String context;
    private String mapComponent;
    /** Read once: the script asks for the link, its label and its size. */
    private Optional<Download> pdf;

    @PostConstruct
    protected void init() {
        Resource content = PortraitReader.content(resource);
        portrait = PortraitReader.read(resource).orElse(null);
        language = SiteLanguage.of(content != null ? content : resource, request, bundles);
        context = Objects.toString(request.getContextPath(), "");
        mapComponent = MapPages.mapComponentIn(SitePages.siteOf(resource)).orElse(null);
    }

    /** False when the page is not a portrait page (then the script shows nothing of a portrait). */
    public boolean isPortrait() {
        return portrait != null;
    }

    public String getTitle() {
        return portrait == null ? "" : portrait.title();
    }

    /** The regions by code and name, the main region first. */
    public List<Item> getRegions() {
        List<Item> regions = new ArrayList<>();
        if (portrait != null) {
            portrait.regions().forEach(code -> regions.add(Item.named(code, regionName(code))));
        }
        return regions;
    }

    /** The main region's name; empty when the portrait has no region. */
    public String getMainRegionName() {
        return portrait == null || portrait.mainRegion() == null ? "" : regionName(portrait.mainRegion());
    }

    public List<TextBlock> getSummary() {
        return portrait == null ? List.of() : TextBlocks.parse(portrait.summary());
    }

    public List<TextBlock> getTypology() {
        return portrait == null ? List.of() : TextBlocks.parse(portrait.typology());
    }

    public List<TextBlock> getStrengths() {
        return portrait == null ? List.of() : TextBlocks.parse(portrait.strengths());
    }

    public List<TextBlock> getWeaknesses() {
        return portrait == null ? List.of() : TextBlocks.parse(portrait.weaknesses());
    }

    public List<TextBlock> getRecommendations() {
        return portrait == null ? List.of() : TextBlocks.parse(portrait.recommendations());
    }

    /**
     * The known typology tags in the enum's order: value = code, label = message key of the tag, detail = message
     * key of its dimension. Unknown codes are left out.
     */
    public List<Item> getTypologyTags() {
        List<Item> tags = new ArrayList<>();
        if (portrait != null) {
            for (TypologyTag tag : TypologyTag.values()) {
                if (portrait.typologyTags().contains(tag.code())) {
                    tags.add(Item.link(tag.code(), TypologyLabels.label(tag), null, TypologyLabels.dimension(tag)));
                }
            }
        }
        return tags;
    }

    /**
     * The good practices that are published initiatives, in the editor's order: name, town, and a link to the
     * site's map with the initiative opened (no link when the site has no map page). Unknown ids are left out.
     */
    public List<Item> getGoodPractices() {
        List<Item> practices = new ArrayList<>();
        if (portrait == null || initiativeDirectory == null) {
            return practices;
        }
        for (String id : portrait.goodPractices()) {
            Optional<InitiativeSummary> initiative = initiativeDirectory.published(id);
            initiative.ifPresent(found -> practices.add(Item.link(found.id(), found.name(), mapLink(found.id()),
                    found.town())));
        }
        return practices;
    }

    public List<String> getAuthors() {
        return portrait == null ? List.of() : portrait.authors();
    }

    /** The publication date in the page's language; empty when not set. */
    public String getPublicationDate() {
        return portrait == null ? "" : language.date(portrait.publicationDate());
    }

    /** The publication date as {@code yyyy-MM-dd}; empty when not set. */
    public String getPublicationDateIso() {
        return portrait == null || portrait.publicationDate() == null ? "" : portrait.publicationDate().toString();
    }

    /**
     * The PDF download at {@code <page>.pdf}; null when the portrait names no PDF or the file is not there. The
     * size and format come from the file in Static Content.
     */
    public Download getPdf() {
        if (portrait == null || portrait.pdfPath() == null) {
            return null;
        }
        if (pdf == null) {
            pdf = StoredFiles.read(resolver, portrait.pdfPath())
                    .map(file -> new Download(context + portrait.path() + ".pdf", file, language.locale()));
        }
        return pdf.orElse(null);
    }

    /** "Read also": the related pages that are published, with title, date and link, in the editor's order. */
    public List<Item> getRelated() {
        if (portrait == null) {
            return new ArrayList<>();
        }
        return PublicationPageModel.relatedItems(resolver, portrait.related(), language, context);
    }

    /**
     * The map component fixed to the main region, for {@code <sling:include resource=...>}; null when the portrait
     * has no region. Its list beside the map is the accessible way to the same initiatives.
     */
    public Resource getRegionMap() {
        if (portrait == null || portrait.mainRegion() == null) {
            return null;
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("title", language.message("Initiatives in {0}", getMainRegionName()));
        values.put("startView", portrait.mainRegion());
        values.put("presetRegion", portrait.mainRegion());
        values.put("visibleFilters", REGION_MAP_FILTERS.toArray(String[]::new));
        values.put("showList", Boolean.TRUE);
        values.put("height", REGION_MAP_HEIGHT);
        values.put("baseLayer", siteBaseLayer());
        Resource content = PortraitReader.content(resource);
        String base = content != null ? content.getPath() : resource.getPath();
        return new MapComponentResource(resolver, base + "/" + REGION_MAP_NAME, values);
    }

    /** The language of the page, e.g. {@code nl}. */
    public String getLanguage() {
        return language.locale().toLanguageTag();
    }

    private String regionName(String code) {
        if (regionDirectory == null) {
            return code;
        }
        return regionDirectory.labourMarketRegions().getOrDefault(code, code);
    }

    private String mapLink(String initiativeId) {
        if (mapComponent == null) {
            return null;
        }
        String page = mapComponent.substring(0, mapComponent.indexOf("/jcr:content"));
        return context + page + ".html" + MapViews.initiativeFragment(mapComponent, initiativeId);
    }

    /** The base layer of the site's own map, so the small map looks like the big one; the outline otherwise. */
    private String siteBaseLayer() {
        Resource map = mapComponent == null ? null : resolver.getResource(mapComponent);
        return map == null ? "outline" : map.getValueMap().get("baseLayer", "outline");
    }
}
