package nl.samenwerkingskaart.initiatives.web.models;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;
import nl.samenwerkingskaart.initiatives.domain.PartyKind;
import nl.samenwerkingskaart.initiatives.domain.Region;
import nl.samenwerkingskaart.initiatives.domain.RegionKind;
import nl.samenwerkingskaart.initiatives.domain.Status;
import nl.samenwerkingskaart.initiatives.domain.ValidationMessages;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.web.Regions;
import nl.samenwerkingskaart.initiatives.web.console.ConsolePaths;
import nl.samenwerkingskaart.initiatives.web.console.ConsoleText;
import nl.samenwerkingskaart.initiatives.web.console.InitiativeForm;
import nl.samenwerkingskaart.initiatives.web.console.ModerationPaths;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;

/**
 * The researchers' form for one initiative ({@code samenwerking/components/cms/initiativeform}), addressed by the
 * page's suffix ({@code /var/samenwerkingskaart/initiatives/<id>}; no suffix for a new one). It shows the stored
 * initiative, or, when the servlet refused a save, exactly what was typed with a message at each refused field.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class InitiativeFormModel {

    /** Empty rows offered after the filled ones, so more can be added without the script. */
    static final int SPARE_ROWS = 2;
    static final String OUTLINE_URL = "/static/samenwerking/regions/nederland-outline.geojson";
    static final String TAXONOMY_ROOT = "/etc/taxonomy/samenwerkingskaart";
    static final String TEMPLATE_INDEX = "__i__";

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private InitiativeRepository repository;

    @OSGiService
    private Regions regions;

    @OSGiService
    private SubmissionRepository submissions;

    /** The open submission this form approves when saved ("edit, then approve"); null for a plain edit. */
    private String submissionReference;

    private String id;
    private boolean notFound;
    private Initiative stored;
    private InitiativeForm form;
    private final Map<String, String> errorsByField = new LinkedHashMap<>();
    private final List<ErrorItem> errors = new ArrayList<>();
    private Map<String, FormField> fields;
    private List<PartyRow> parties;
    private List<LocationRow> locations;

    @PostConstruct
    void init() {
        String suffix = request.getRequestPathInfo().getSuffix();
        id = ConsolePaths.idFromSuffix(suffix);
        if (suffix != null && id == null) {
            notFound = true;
        }
        if (id != null) {
            stored = repository.find(request.getResourceResolver(), id).orElse(null);
            notFound = stored == null;
            if (notFound) {
                id = null;
            }
        }
        StoredSubmission submission = openSubmission();
        Object submitted = request.getAttribute(ConsolePaths.ATTR_FORM);
        if (submitted instanceof InitiativeForm refused) {
            form = refused;
            readErrors(request.getAttribute(ConsolePaths.ATTR_ERRORS));
        } else if (submission != null) {
            form = SubmissionForms.proposedForm(submission.submission().content(), stored);
        } else {
            form = stored == null ? InitiativeForm.empty() : formOf(stored);
        }
        fields = fields(form);
        parties = FormRows.parties(form.input().parties(), SPARE_ROWS, this::field);
        locations = FormRows.locations(form.input().locations(), SPARE_ROWS, this::field);
    }

    /**
     * The submission named by the request when it is open and about this initiative (or, without a suffix, proposes
     * a new one): only then does the form approve it.
     */
    private StoredSubmission openSubmission() {
        String reference = ModerationPaths.validReference(request.getParameter(ModerationPaths.SUBMISSION_PARAMETER));
        if (reference == null) {
            return null;
        }
        StoredSubmission found = submissions.find(request.getResourceResolver(), reference).orElse(null);
        if (found == null || found.submission().state().isDecided()
                || !java.util.Objects.equals(found.submission().content().target(), id)) {
            return null;
        }
        submissionReference = reference;
        return found;
    }

    /** The reference of the submission a save approves; empty for a plain edit. */
    public String getSubmissionReference() {
        return submissionReference == null ? "" : submissionReference;
    }

    public String getSubmissionUrl() {
        return submissionReference == null ? "" : ModerationPaths.detailUrl(submissionReference);
    }

    private void readErrors(Object attribute) {
        if (!(attribute instanceof List<?> list)) {
            return;
        }
        for (Object item : list) {
            if (item instanceof FieldError error) {
                String message = ConsoleText.message(request, error, List.of(ValidationMessages.BUNDLE));
                String fieldId = FormField.idOf(error.field());
                errorsByField.merge(fieldId, message, (a, b) -> a + " " + b);
                errors.add(new ErrorItem(fieldId, message));
            }
        }
    }

    /** The stored initiative as the form shows it: the same raw strings a researcher would type. */
    static InitiativeForm formOf(Initiative initiative) {
        InitiativeInput.Builder input = InitiativeInput.builder()
                .name(initiative.name())
                .goal(initiative.goal())
                .description(initiative.description())
                .website(initiative.website())
                .contact(initiative.contact())
                .status(initiative.status() == null ? null : initiative.status().code())
                .startYear(initiative.startYear() == null ? null : initiative.startYear().toString())
                .endYear(initiative.endYear() == null ? null : initiative.endYear().toString())
                .regionCode(initiative.regionOverridden() ? initiative.regionCode() : null)
                .levels(initiative.levels().stream().sorted().map(Level::code).toArray(String[]::new))
                .sectors(initiative.sectors().toArray(String[]::new))
                .themes(initiative.themes().toArray(String[]::new))
                .funding(initiative.funding().toArray(String[]::new));
        initiative.parties().forEach(p -> input.party(p.name(), p.kind() == null ? null : p.kind().code(), p.town()));
        initiative.locations().forEach(l -> input.location(l.label(), l.town(), coordinate(l.latitude()),
                coordinate(l.longitude()), l.address()));
        var provenance = initiative.provenance();
        return new InitiativeForm(input.build(), provenance.source(),
                provenance.lastVerified() == null ? null : provenance.lastVerified().toString(), false);
    }

    private static String coordinate(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private Map<String, FormField> fields(InitiativeForm form) {
        InitiativeInput input = form.input();
        Map<String, FormField> map = new LinkedHashMap<>();
        put(map, "name", input.name());
        put(map, "goal", input.goal());
        put(map, "description", input.description());
        put(map, "website", input.website());
        put(map, "contact", input.contact());
        put(map, "status", input.status());
        put(map, "startYear", input.startYear());
        put(map, "endYear", input.endYear());
        put(map, "regionCode", input.regionCode());
        put(map, "funding", String.join(", ", input.funding()));
        put(map, "source", form.source());
        put(map, "lastVerified", form.lastVerified());
        put(map, "markVerified", form.markVerified() ? "true" : null);
        // Groups: their messages show at the group; the value is not used.
        put(map, "levels", null);
        put(map, "sectors", null);
        put(map, "themes", null);
        put(map, "parties", null);
        put(map, "locations", null);
        return map;
    }

    private void put(Map<String, FormField> map, String name, String value) {
        map.put(name, field(name, value));
    }

    private FormField field(String name, String value) {
        return new FormField(name, value, errorsByField.get(FormField.idOf(name)));
    }

    /** Whether this form creates a new initiative (named so because EL does not accept {@code new}). */
    public boolean isCreating() {
        return stored == null;
    }

    /** A suffix was given but names no initiative the user can read. */
    public boolean isNotFound() {
        return notFound;
    }

    public String getId() {
        return id;
    }

    /** The stored name (not the one being typed), for the heading. */
    public String getStoredName() {
        return stored == null ? null : stored.name();
    }

    public boolean isPublished() {
        return stored != null && stored.published();
    }

    public boolean isDemo() {
        return stored != null && stored.demo();
    }

    public String getLastModified() {
        if (stored == null || stored.lastModified() == null) {
            return null;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ConsoleText.locale(request)).withZone(ZoneId.systemDefault())
                .format(stored.lastModified());
    }

    public String getVerifiedBy() {
        return stored == null ? null : stored.provenance().verifiedBy();
    }

    /** The region the initiative lies in now, derived or chosen, e.g. "Twente (AM20)". */
    public String getCurrentRegion() {
        if (stored == null || stored.regionCode() == null) {
            return null;
        }
        return labourMarketRegions().stream()
                .filter(r -> r.code().equals(stored.regionCode()))
                .map(r -> r.name() + " (" + r.code() + ")")
                .findFirst()
                .orElse(stored.regionCode());
    }

    /** Whether the form shows a refused submission. */
    public boolean isHasErrors() {
        return !errors.isEmpty();
    }

    /** Every message, in form order, for the summary at the top; each links to its field by id. */
    public List<ErrorItem> getErrors() {
        return errors;
    }

    /** The single-value fields and the groups, by parameter name: name, goal, ..., levels, parties. */
    public Map<String, FormField> getFields() {
        return fields;
    }

    public List<PartyRow> getParties() {
        return parties;
    }

    public List<LocationRow> getLocations() {
        return locations;
    }

    /** An empty party row with {@value #TEMPLATE_INDEX} for its index, for the script to copy. */
    public PartyRow getPartyTemplate() {
        return FormRows.party(TEMPLATE_INDEX, new PartyInput(null, null, null), true, this::field);
    }

    public LocationRow getLocationTemplate() {
        return FormRows.location(TEMPLATE_INDEX, new LocationInput(null, null, null, null, null), true,
                this::field);
    }

    /** Party kind codes; labels are the messages {@code swk.console.partykind.<code>}. */
    public List<String> getPartyKinds() {
        return Arrays.stream(PartyKind.values()).map(PartyKind::code).toList();
    }

    /** Labels are the messages {@code swk.console.level.<code>}. */
    public List<FormOption> getLevelOptions() {
        List<String> chosen = form.input().levels();
        return Arrays.stream(Level.values()).map(l -> new FormOption(l.code(), l.code(), chosen.contains(l.code())))
                .toList();
    }

    /** Labels are the messages {@code swk.console.status.<code>}; a new initiative starts as running. */
    public List<FormOption> getStatusOptions() {
        String chosen = Optional.ofNullable(form.input().status()).filter(s -> !s.isBlank())
                .orElse(Status.RUNNING.code());
        return Arrays.stream(Status.values()).map(s -> new FormOption(s.code(), s.code(), s.code().equals(chosen)))
                .toList();
    }

    /** The labour-market regions by name; the empty choice (derive from the main location) comes first in the script. */
    public List<FormOption> getRegionOptions() {
        String chosen = form.input().regionCode();
        return labourMarketRegions().stream()
                .map(r -> new FormOption(r.code(), r.name(), r.code().equals(chosen)))
                .toList();
    }

    private List<Region> labourMarketRegions() {
        return regions == null ? List.of() : regions.catalog().regions(RegionKind.LABOUR_MARKET);
    }

    public List<FormOption> getSectorOptions() {
        return taxonomy("sectoren", form.input().sectors());
    }

    public List<FormOption> getThemeOptions() {
        return taxonomy("themas", form.input().themes());
    }

    /**
     * The children of a taxonomy folder (node name = code, jcr:title = label). Codes the initiative has but the
     * taxonomy lacks stay offered, ticked, so saving does not silently drop them.
     */
    private List<FormOption> taxonomy(String folder, List<String> chosen) {
        List<FormOption> options = new ArrayList<>();
        Resource root = request.getResourceResolver().getResource(TAXONOMY_ROOT + "/" + folder);
        if (root != null) {
            for (Resource child : root.getChildren()) {
                if (child.getName().contains(":")) {
                    continue;
                }
                String title = child.getValueMap().get("jcr:title", child.getName());
                options.add(new FormOption(child.getName(), title, chosen.contains(child.getName())));
            }
        }
        for (String code : chosen) {
            if (options.stream().noneMatch(o -> o.value().equals(code))) {
                options.add(new FormOption(code, code, true));
            }
        }
        return options;
    }

    public String getDeleteUrl() {
        return id == null ? null : ConsolePaths.deleteUrl(id);
    }

    public String getOutlineUrl() {
        return OUTLINE_URL;
    }

    /** A message in the summary: the field's element id to link to, and the text. */
    public record ErrorItem(String fieldId, String message) {
        public String getFieldId() { return fieldId; }
        public String getMessage() { return message; }
    }

    /** A party row; spare rows are the empty ones offered for adding without the script. */
    public record PartyRow(String index, boolean spare, FormField name, FormField kind, FormField town) {
        public String getIndex() { return index; }
        public boolean isSpare() { return spare; }
        public FormField getName() { return name; }
        public FormField getKind() { return kind; }
        public FormField getTown() { return town; }
        public int getNumber() { return TEMPLATE_INDEX.equals(index) ? 0 : Integer.parseInt(index) + 1; }
    }

    /** A location row; the first is the main location. */
    public record LocationRow(String index, boolean spare, FormField label, FormField town, FormField latitude,
            FormField longitude, FormField address) {
        public String getIndex() { return index; }
        public boolean isSpare() { return spare; }
        public boolean isMain() { return "0".equals(index); }
        public FormField getLabel() { return label; }
        public FormField getTown() { return town; }
        public FormField getLatitude() { return latitude; }
        public FormField getLongitude() { return longitude; }
        public FormField getAddress() { return address; }
        public int getNumber() { return TEMPLATE_INDEX.equals(index) ? 0 : Integer.parseInt(index) + 1; }
    }
}
