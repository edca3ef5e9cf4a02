package nl.samenwerkingskaart.portraits.web.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.api.InitiativeDirectory;
import nl.samenwerkingskaart.initiatives.api.InitiativeSummary;
import nl.samenwerkingskaart.initiatives.api.RegionDirectory;
import nl.samenwerkingskaart.portraits.domain.TypologyTag;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.InjectionStrategy;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;

/**
 * The choices of the portrait page's properties dialog, with what the page stores now selected: the labour-market
 * regions, the published initiatives (good practices) and the typology tags. The dialog edits the page's
 * {@code jcr:content}, which Sling CMS passes as the request's suffix. A stored value that is no longer a choice
 * (an initiative that was unpublished) stays selected, so that saving the dialog does not drop it unseen.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class PortraitDialogModel {

    @SlingObject
    private SlingHttpServletRequest request;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private RegionDirectory regionDirectory;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private InitiativeDirectory initiativeDirectory;

    private ValueMap edited;

    @PostConstruct
    protected void init() {
        Resource suffix = request.getRequestPathInfo().getSuffixResource();
        edited = suffix == null ? ValueMap.EMPTY : suffix.getValueMap();
    }

    /** The labour-market regions as "Name (code)", in code order. */
    public List<Item> getRegions() {
        Set<String> stored = stored("regions");
        List<Item> options = new ArrayList<>();
        Map<String, String> regions = regionDirectory == null ? Map.of() : regionDirectory.labourMarketRegions();
        regions.forEach((code, name) -> options.add(Item.option(code, name + " (" + code + ")", stored.remove(code))));
        stored.forEach(code -> options.add(Item.option(code, code, true)));
        return options;
    }

    /** The published initiatives as "Name (town)", ordered by name. */
    public List<Item> getInitiatives() {
        Set<String> stored = stored("goodPractices");
        List<Item> options = new ArrayList<>();
        List<InitiativeSummary> published = initiativeDirectory == null ? List.of() : initiativeDirectory.published();
        for (InitiativeSummary initiative : published) {
            String label = initiative.town() == null || initiative.town().isBlank()
                    ? initiative.name() : initiative.name() + " (" + initiative.town() + ")";
            options.add(Item.option(initiative.id(), label, stored.remove(initiative.id())));
        }
        stored.forEach(id -> options.add(Item.option(id, id, true)));
        return options;
    }

    /** The typology tags: value = code, label = message key, detail = message key of the dimension. */
    public List<Item> getTypologyTags() {
        Set<String> stored = stored("typologyTags");
        List<Item> options = new ArrayList<>();
        for (TypologyTag tag : TypologyTag.values()) {
            options.add(Item.link(tag.code(), TypologyLabels.label(tag), null, TypologyLabels.dimension(tag)));
        }
        return options.stream()
                .map(o -> stored.contains(o.getValue()) ? Item.checked(o) : o)
                .toList();
    }

    private Set<String> stored(String name) {
        String[] values = edited.get(name, String[].class);
        Set<String> set = new LinkedHashSet<>();
        if (values != null) {
            Arrays.stream(values).map(String::strip).filter(v -> !v.isEmpty()).forEach(set::add);
        }
        return set;
    }
}
