package nl.samenwerkingskaart.portraits.repository;

/**
 * The properties of a portrait page's {@code jcr:content} (docs/contracts.md, "Portraits"). The page is a Sling CMS
 * page of resource type {@link #RESOURCE_TYPE}, made from the "Regioportret" template.
 */
public final class PortraitProperties {

    public static final String RESOURCE_TYPE = "samenwerking-portraits/components/pages/portrait";

    public static final String TITLE = "jcr:title";
    public static final String ID = "portraitId";
    public static final String REGIONS = "regions";
    public static final String SUMMARY = "summary";
    public static final String TYPOLOGY_TAGS = "typologyTags";
    public static final String TYPOLOGY = "typology";
    public static final String STRENGTHS = "strengths";
    public static final String WEAKNESSES = "weaknesses";
    public static final String RECOMMENDATIONS = "recommendations";
    public static final String GOOD_PRACTICES = "goodPractices";
    public static final String AUTHORS = "authors";
    public static final String PUBLICATION_DATE = "publicationDate";
    public static final String PDF = "pdf";
    public static final String RELATED = "related";
    /** Sling CMS's publication flag. */
    public static final String PUBLISHED = "sling:published";

    private PortraitProperties() {}
}
