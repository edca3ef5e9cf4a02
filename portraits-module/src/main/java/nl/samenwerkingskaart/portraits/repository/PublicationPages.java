package nl.samenwerkingskaart.portraits.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.publications.Publication;
import nl.samenwerkingskaart.portraits.domain.publications.Publication.Category;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.api.resource.ValueMap;

/**
 * Finds the site's publications: published pages with a publication date (a portrait's own, or the reference
 * page's "Published Date"), by walking the page tree as {@link PortraitPages} does. Regional portraits are
 * recognised by their page type; other pages give their authors in {@value #AUTHORS} and their category as their
 * first Sling CMS keyword ({@code sling:taxonomy}).
 */
public final class PublicationPages {

    /** Authors of a page that is not a portrait: names with titles, as the article page's dialog stores them. */
    public static final String AUTHORS = "authors";
    static final String TAXONOMY = "sling:taxonomy";

    private PublicationPages() {}

    /** The published, dated pages below {@code rootPath} (itself included), in tree order. */
    public static List<Publication> under(ResourceResolver resolver, String rootPath) {
        return PortraitPages.collect(resolver, rootPath, PublicationPages::read);
    }

    /** The publication of one page; empty when it is no page, not published or undated. */
    public static Optional<Publication> read(Resource page) {
        if (!SitePages.PAGE_TYPE.equals(page.getValueMap().get("jcr:primaryType", String.class))) {
            return Optional.empty();
        }
        Resource content = page.getChild("jcr:content");
        if (content == null || !content.getValueMap().get(PortraitProperties.PUBLISHED, false)) {
            return Optional.empty();
        }
        return describe(page);
    }

    /**
     * A page as a publication whether or not it is published (its own byline, which editors see before they
     * publish); empty when it is no page or has no publication date.
     */
    public static Optional<Publication> describe(Resource page) {
        Resource content = page.getChild("jcr:content");
        if (content == null || !SitePages.PAGE_TYPE.equals(page.getValueMap().get("jcr:primaryType", String.class))) {
            return Optional.empty();
        }
        Optional<Portrait> portrait = PortraitReader.read(content);
        if (portrait.isPresent()) {
            Portrait p = portrait.get();
            return p.publicationDate() == null ? Optional.empty() : Optional.of(new Publication(page.getPath(),
                    p.title(), p.publicationDate(), p.authors(), Category.portrait(), p.summary()));
        }
        ValueMap values = content.getValueMap();
        LocalDate date = SitePages.date(values, PortraitProperties.PUBLICATION_DATE);
        if (date == null) {
            date = SitePages.date(values, SitePages.PUBLISH_DATE);
        }
        if (date == null) {
            return Optional.empty();
        }
        return Optional.of(new Publication(page.getPath(), values.get("jcr:title", page.getName()), date,
                PortraitReader.list(values, AUTHORS), category(page.getResourceResolver(), values),
                values.get("jcr:description", "")));
    }

    /** The first keyword, named by its taxonomy title (by its node name when the taxonomy is not readable). */
    private static Category category(ResourceResolver resolver, ValueMap values) {
        List<String> terms = PortraitReader.list(values, TAXONOMY);
        if (terms.isEmpty()) {
            return Category.other();
        }
        String term = terms.get(0);
        Resource taxonomy = resolver.getResource(term);
        String label = taxonomy != null ? taxonomy.getValueMap().get("jcr:title", taxonomy.getName()) : null;
        if (label == null || label.isBlank()) {
            String name = term.substring(term.lastIndexOf('/') + 1).replace('-', ' ');
            label = name.isEmpty() ? term : Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }
        return new Category(term, label.strip());
    }
}
