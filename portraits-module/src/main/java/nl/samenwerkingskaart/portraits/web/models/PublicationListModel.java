package nl.samenwerkingskaart.portraits.web.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.portraits.domain.publications.Publication;
import nl.samenwerkingskaart.portraits.domain.publications.PublicationListing;
import nl.samenwerkingskaart.portraits.repository.PublicationPages;
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
 * The publications overview ({@value #RESOURCE_TYPE}): the site's published articles, regional portraits and other
 * dated pages below a root, newest first, with date, authors and category, and a category filter through the plain
 * GET parameter {@value #CATEGORY} (works without JavaScript). An editor may limit the number shown.
 */
@Model(adaptables = SlingHttpServletRequest.class, resourceType = PublicationListModel.RESOURCE_TYPE)
public class PublicationListModel {

    public static final String RESOURCE_TYPE = "samenwerking-portraits/components/publication-list";
    public static final String CATEGORY = "category";

    private static final int MAX_CATEGORY_KEY = 300;

    @SlingObject
    private SlingHttpServletRequest request;

    @SlingObject
    private Resource resource;

    @SlingObject
    private ResourceResolver resolver;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private ResourceBundleProvider bundles;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String title;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String rootPath;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private Integer limit;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private Boolean hideFilter;

    private SiteLanguage language;
    private String context;
    private List<Publication> all;
    private String category;
    private List<Publication> shown;

    @PostConstruct
    protected void init() {
        language = SiteLanguage.of(resource, request, bundles);
        context = Objects.toString(request.getContextPath(), "");
        all = PublicationPages.under(resolver, getRoot());
        String asked = request.getParameter(CATEGORY);
        category = asked != null && asked.length() <= MAX_CATEGORY_KEY
                && PublicationListing.hasCategory(all, asked.strip()) ? asked.strip() : null;
        List<Publication> filtered = PublicationListing.ofCategory(all, category);
        shown = limit != null && limit > 0 && filtered.size() > limit ? filtered.subList(0, limit) : filtered;
    }

    /** The configured heading; null when the editor left it empty. */
    public String getTitle() {
        return title == null || title.isBlank() ? null : title.strip();
    }

    /** Where publications are looked for: the configured path under /content, else the component's site. */
    public String getRoot() {
        return PageLists.root(resource, rootPath);
    }

    /** A DOM id prefix unique per component resource. */
    public String getId() {
        return "swk-publications-" + Integer.toHexString(resource.getPath().hashCode());
    }

    /** The page the filter form sends its GET to: the page that holds the list. */
    public String getAction() {
        return PageLists.action(resource, context);
    }

    public String getCategoryParameter() {
        return CATEGORY;
    }

    /** Whether the filter is shown: the editor did not hide it and there is more than one category. */
    public boolean isFilterShown() {
        return !Boolean.TRUE.equals(hideFilter) && PublicationListing.categories(all).size() > 1;
    }

    /** The categories that occur, named in the page's language, with the one asked for selected. */
    public List<Item> getCategoryOptions() {
        List<Item> options = new ArrayList<>();
        for (Map.Entry<String, Publication.Category> entry : PublicationListing.categories(all).entrySet()) {
            options.add(Item.option(entry.getKey(), categoryName(entry.getValue()), entry.getKey().equals(category)));
        }
        return options;
    }

    public boolean isFiltered() {
        return category != null;
    }

    public int getCount() {
        return shown.size();
    }

    /** How many there are in all (with the filter, before the editor's limit). */
    public int getTotal() {
        return PublicationListing.ofCategory(all, category).size();
    }

    public List<Entry> getItems() {
        List<Entry> items = new ArrayList<>();
        for (Publication publication : shown) {
            items.add(new Entry(publication.title(), context + publication.path() + ".html",
                    categoryName(publication.category()), language.date(publication.date()),
                    publication.date().toString(), publication.authors(),
                    PortraitListModel.excerpt(publication.summary())));
        }
        return items;
    }

    private String categoryName(Publication.Category category) {
        if (Publication.Category.PORTRAIT.equals(category.key())) {
            return language.message("Regional portrait");
        }
        if (Publication.Category.OTHER.equals(category.key())) {
            return language.message("Other publications");
        }
        return category.label();
    }

    /** One publication in the list. */
    public static final class Entry {
        private final String title;
        private final String url;
        private final String category;
        private final String date;
        private final String dateIso;
        private final List<String> authors;
        private final String excerpt;

        Entry(String title, String url, String category, String date, String dateIso, List<String> authors,
                String excerpt) {
            this.title = title;
            this.url = url;
            this.category = category;
            this.date = date;
            this.dateIso = dateIso;
            this.authors = authors;
            this.excerpt = excerpt;
        }

        public String getTitle() {
            return title;
        }

        public String getUrl() {
            return url;
        }

        public String getCategory() {
            return category;
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
    }
}
