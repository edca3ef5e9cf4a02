package nl.samenwerkingskaart.portraits.web.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.portraits.domain.publications.Publication;
import nl.samenwerkingskaart.portraits.repository.PortraitReader;
import nl.samenwerkingskaart.portraits.repository.PublicationPages;
import nl.samenwerkingskaart.portraits.repository.SitePages;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.i18n.ResourceBundleProvider;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.InjectionStrategy;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;

/**
 * The publication the current page is, for an article's byline (date, authors, category) and its "Read also" list
 * ({@value #RESOURCE_TYPE}, which editors may place on any page): the published pages its {@code related} property
 * names, in the editor's order. Unpublished or missing pages are left out, so a link never leads to a 404.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class PublicationPageModel {

    public static final String RESOURCE_TYPE = "samenwerking-portraits/components/read-also";
    /** The page property that names related publications, as the portrait page's dialog stores it too. */
    public static final String RELATED = "related";

    @SlingObject
    private SlingHttpServletRequest request;

    @SlingObject
    private Resource resource;

    @SlingObject
    private ResourceResolver resolver;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private ResourceBundleProvider bundles;

    private SiteLanguage language;
    private String context;
    private Resource page;
    private Publication publication;

    @PostConstruct
    protected void init() {
        language = SiteLanguage.of(resource, request, bundles);
        context = Objects.toString(request.getContextPath(), "");
        page = SitePages.pageOf(resource);
        Optional<Publication> described = page == null ? Optional.empty() : PublicationPages.describe(page);
        publication = described.orElse(null);
    }

    /** Whether the page has a publication date, so a byline makes sense. */
    public boolean isDated() {
        return publication != null;
    }

    /** The publication date in the page's language; empty when the page has none. */
    public String getDate() {
        return publication == null ? "" : language.date(publication.date());
    }

    public String getDateIso() {
        return publication == null ? "" : publication.date().toString();
    }

    public List<String> getAuthors() {
        return publication == null ? List.of() : publication.authors();
    }

    /** The category's name; empty for pages without a keyword. */
    public String getCategory() {
        if (publication == null || Publication.Category.OTHER.equals(publication.category().key())) {
            return "";
        }
        if (Publication.Category.PORTRAIT.equals(publication.category().key())) {
            return language.message("Regional portrait");
        }
        return publication.category().label();
    }

    /** The published pages among {@code paths}, in their order, as links with their dates. */
    static List<Item> relatedItems(ResourceResolver resolver, List<String> paths, SiteLanguage language,
            String context) {
        List<Item> related = new ArrayList<>();
        for (String path : paths) {
            SitePages.published(resolver, path).ifPresent(p -> related.add(Item.dated(p.path(), p.title(),
                    context + p.path() + ".html", p.date() == null ? null : language.date(p.date()),
                    p.date() == null ? null : p.date().toString())));
        }
        return related;
    }

    /** The published pages the page names as related, with their dates. */
    public List<Item> getRelated() {
        Resource content = page == null ? null : page.getChild("jcr:content");
        if (content == null) {
            return List.of();
        }
        return relatedItems(resolver, PortraitReader.list(content.getValueMap(), RELATED), language, context);
    }
}
