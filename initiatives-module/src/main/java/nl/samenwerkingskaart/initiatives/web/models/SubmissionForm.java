package nl.samenwerkingskaart.initiatives.web.models;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeIds;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;
import nl.samenwerkingskaart.initiatives.domain.InitiativeValidator;
import nl.samenwerkingskaart.initiatives.domain.Level;
import nl.samenwerkingskaart.initiatives.domain.LocationInput;
import nl.samenwerkingskaart.initiatives.domain.PartyInput;
import nl.samenwerkingskaart.initiatives.domain.PlainText;
import nl.samenwerkingskaart.initiatives.domain.Status;
import nl.samenwerkingskaart.initiatives.service.PublishedInitiatives;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.SubmissionMessages;
import nl.samenwerkingskaart.initiatives.submission.SubmissionValidator;
import nl.samenwerkingskaart.initiatives.web.SubmissionTokens;
import nl.samenwerkingskaart.initiatives.web.console.InitiativeFormReader;
import nl.samenwerkingskaart.initiatives.web.models.InitiativeFormModel.LocationRow;
import nl.samenwerkingskaart.initiatives.web.models.InitiativeFormModel.PartyRow;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.InjectionStrategy;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.SlingObject;
import org.apache.sling.models.annotations.injectorspecific.ValueMapValue;

/**
 * The public submission form ({@value #RESOURCE_TYPE}). It renders, in this order of precedence: a form the
 * submissions endpoint refused and renders again ({@link SubmissionFormState}, with the typed values and a message
 * per field); a correction of a published initiative asked for with {@code ?kind=correction&target=<id>}, filled in
 * with the initiative's public values; or an empty form for a new initiative. The key and token are rendered into
 * the form, so it works without JavaScript; the script only adds convenience.
 */
@Model(adaptables = SlingHttpServletRequest.class, resourceType = SubmissionForm.RESOURCE_TYPE)
public class SubmissionForm {

    public static final String RESOURCE_TYPE = "samenwerking/components/submission-form";

    static final String ENDPOINT = "/bin/samenwerkingskaart/public/submissions";
    static final String TOKEN_ENDPOINT = ENDPOINT + ".token.json";
    static final String OUTLINE_PATH = "/static/samenwerking/regions/nederland-outline.geojson";
    static final String TAXONOMY_ROOT = "/etc/taxonomy/samenwerkingskaart";
    /** The page's query parameter with the reference after a successful post (see SubmissionPages). */
    static final String REFERENCE_PARAMETER = "swk-ref";
    /** Empty party rows offered after the filled ones, so more can be added without the script. */
    static final int SPARE_PARTY_ROWS = 2;

    private static final Pattern ANCHOR = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final Pattern REFERENCE = Pattern.compile("SW-\\d{4}-[0-9A-HJKMNP-TV-Z]{6}");

    @SlingObject
    private SlingHttpServletRequest request;

    @SlingObject
    private Resource resource;

    @SlingObject(injectionStrategy = InjectionStrategy.OPTIONAL)
    private SlingHttpServletResponse response;

    @OSGiService
    private SubmissionTokens tokens;

    @OSGiService(injectionStrategy = InjectionStrategy.OPTIONAL)
    private PublishedInitiatives published;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String title;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String privacyPage;

    @ValueMapValue(injectionStrategy = InjectionStrategy.OPTIONAL)
    private String anchorId;

    private String domId;
    private Locale locale;
    private SubmissionFormState state;
    private String kind;
    private String target;
    private String targetName;
    private boolean unknownTarget;
    private String reference;
    private String key;
    private String token;
    private long tokenIssuedAt;
    private InitiativeInput input;
    private Map<String, String> submitted;
    private final Map<String, String> errorsById = new LinkedHashMap<>();
    private final List<InitiativeFormModel.ErrorItem> errors = new ArrayList<>();
    private Map<String, FormField> fields;
    private List<PartyRow> parties;
    private List<LocationRow> locations;

    @PostConstruct
    void init() {
        domId = anchorId != null && ANCHOR.matcher(anchorId.trim()).matches()
                ? anchorId.trim()
                : "swk-form-" + sha256Hex(resource.getPath()).substring(0, 10);
        locale = SiteLocale.of(resource, request);
        Object attribute = request.getAttribute(SubmissionFormState.ATTRIBUTE);
        if (attribute instanceof SubmissionFormState refused
                && (refused.formPath() == null || refused.formPath().equals(resource.getPath()))) {
            state = refused;
            showRefused(refused);
        } else {
            showFresh();
        }
        fields = fields();
        parties = FormRows.parties(input.parties(), SPARE_PARTY_ROWS, this::field);
        // The initiative's locations when correcting it (all of them, so none is lost), else one empty row.
        locations = FormRows.locations(input.locations(), 0, this::field);
        keepOutOfSharedCaches();
    }

    /**
     * The page now holds a key for one visitor's form: a shared cache that kept it would give every visitor the same
     * key, and the endpoint would take the second visitor's form for the first one's sent again.
     */
    private void keepOutOfSharedCaches() {
        if (response != null && !response.isCommitted()) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private void showRefused(SubmissionFormState refused) {
        input = new InitiativeFormReader(refused.values()).read().input();
        submitted = new LinkedHashMap<>();
        refused.values().forEach((name, values) -> submitted.put(name, values == null || values.length == 0
                ? null : values[0]));
        kind = SubmissionKind.fromCode(Objects.toString(submitted.get("kind"), "")).map(SubmissionKind::code)
                .orElse(SubmissionKind.NEW_INITIATIVE.code());
        String given = submitted.get("target");
        if (!SubmissionKind.NEW_INITIATIVE.code().equals(kind) && InitiativeIds.isValid(given)) {
            target = given;
            targetName = find(given).map(Initiative::name).orElse(null);
        }
        key = refused.key();
        token = refused.token();
        tokenIssuedAt = refused.tokenIssuedAtMillis();
        for (SubmissionFormState.FieldProblem problem : refused.errors()) {
            String message = SubmissionMessages.text(problem.error(), locale);
            // The target is a hidden field: its message belongs to the choice of what to report about it.
            String id = fieldId("target".equals(problem.field()) ? "kind" : problem.field());
            errorsById.merge(id, message, (a, b) -> a + " " + b);
            errors.add(new InitiativeFormModel.ErrorItem(id, message));
        }
    }

    private void showFresh() {
        submitted = Map.of();
        kind = SubmissionKind.NEW_INITIATIVE.code();
        input = InitiativeInput.builder().build();
        String askedKind = request.getParameter("kind");
        String askedTarget = request.getParameter("target");
        Optional<SubmissionKind> asked = SubmissionKind.fromCode(Objects.toString(askedKind, ""));
        if (asked.isPresent() && asked.get().needsTarget()) {
            Optional<Initiative> initiative = InitiativeIds.isValid(askedTarget) ? find(askedTarget) : Optional.empty();
            if (initiative.isPresent()) {
                kind = asked.get().code();
                target = initiative.get().id();
                targetName = initiative.get().name();
                input = startingValues(initiative.get());
            } else {
                unknownTarget = true;
            }
        }
        String askedRegion = request.getParameter("region");
        if (target == null && askedRegion != null && MapComponent.RegionNames.get().containsKey(askedRegion)) {
            input = InitiativeInput.builder().regionCode(askedRegion).build(); // from a region page's link
        }
        String ref = request.getParameter(REFERENCE_PARAMETER);
        reference = ref != null && REFERENCE.matcher(ref).matches() ? ref : null;
        SubmissionTokens.Issued issued = tokens.issue();
        key = issued.key();
        token = issued.token();
        tokenIssuedAt = issued.getIssuedAtMillis();
    }

    private Optional<Initiative> find(String id) {
        return published == null ? Optional.empty() : published.find(id);
    }

    /**
     * The published initiative's public values as the form's starting values: what the map shows, so the visitor
     * changes what is wrong and leaves the rest. The description is shown as the plain text the map shows.
     */
    static InitiativeInput startingValues(Initiative initiative) {
        InitiativeInput all = InitiativeFormModel.formOf(initiative).input();
        String description = all.description() == null ? null : PlainText.of(all.description());
        return new InitiativeInput(all.name(), all.goal(), description, all.website(), all.contact(), all.status(),
                all.startYear(), all.endYear(), null, all.levels(), all.sectors(), all.themes(), List.of(),
                all.parties(), all.locations());
    }

    /** Element ids carry the form's id, so they stay unique on a page with other components. */
    private String fieldId(String name) {
        return domId + "-" + FormField.idOf(name);
    }

    private FormField field(String name, String value) {
        return new FormField(name, fieldId(name), value, errorsById.get(fieldId(name)));
    }

    private Map<String, FormField> fields() {
        Map<String, FormField> map = new LinkedHashMap<>();
        put(map, "kind", kind);
        put(map, "target", target);
        put(map, "name", input.name());
        put(map, "goal", input.goal());
        put(map, "description", input.description());
        put(map, "website", input.website());
        put(map, "contact", input.contact());
        put(map, "status", input.status());
        put(map, "startYear", input.startYear());
        put(map, "endYear", input.endYear());
        for (String name : List.of("message", "submitterName", "submitterEmail", "submitterOrganisation",
                "submitterRole", "consent")) {
            put(map, name, submitted.get(name));
        }
        // Groups: their messages show at the group.
        for (String name : List.of("levels", "sectors", "themes", "parties", "locations", "proposed")) {
            put(map, name, null);
        }
        return map;
    }

    private void put(Map<String, FormField> map, String name, String value) {
        map.put(name, field(name, value));
    }

    /** The form's element id, also the anchor the endpoint returns to. */
    public String getId() {
        return domId;
    }

    public String getTitle() {
        return title == null || title.isBlank() ? null : title.trim();
    }

    public String getLanguage() {
        return locale.toLanguageTag();
    }

    public String getActionUrl() {
        return context() + ENDPOINT;
    }

    public String getTokenUrl() {
        return context() + TOKEN_ENDPOINT;
    }

    public String getOutlineUrl() {
        return context() + OUTLINE_PATH;
    }

    private String context() {
        return Objects.toString(request.getContextPath(), "");
    }

    /** The component's resource path, sent along so a refused post is shown in this form again. */
    public String getFormPath() {
        return resource.getPath();
    }

    /** The page to come back to after posting, with this form's anchor: {@code /content/site/kaart.html#melden}. */
    public String getReturnPath() {
        String path = resource.getPath();
        int content = path.indexOf("/jcr:content");
        String page = content > 0 ? path.substring(0, content) : path;
        return page + ".html#" + domId;
    }

    /** The privacy statement: a local page (".html" added when missing) or an https address; null otherwise. */
    public String getPrivacyUrl() {
        return PrivacyLink.url(context(), privacyPage);
    }

    public String getKey() {
        return key;
    }

    public String getToken() {
        return token;
    }

    /** Epoch milliseconds; the script asks for a fresh token when the page has been open for most of its life. */
    public long getTokenIssuedAt() {
        return tokenIssuedAt;
    }

    /** The reference of the submission just sent (after the redirect), to show in the confirmation. */
    public String getReference() {
        return reference;
    }

    /** Whether this is a refused post shown again. */
    public boolean isRefused() {
        return state != null;
    }

    public boolean isHasErrors() {
        return !errors.isEmpty() || getProblemKey() != null;
    }

    /** Every field message, in the validator's order; each links to its field by element id. */
    public List<InitiativeFormModel.ErrorItem> getErrors() {
        return errors;
    }

    /** The i18n key of the message for a refusal of the whole form (expired, too large, too many, unavailable). */
    public String getProblemKey() {
        if (state == null || state.problem() == null) {
            return null;
        }
        return switch (state.problem()) {
            case SubmissionFormState.EXPIRED -> "The form had expired. Please check your details and send it again.";
            case SubmissionFormState.TOO_LARGE -> "Your submission is too large. Please shorten the texts.";
            case SubmissionFormState.TOO_MANY ->
                    "You have sent many submissions in a short time. Please try again in a few minutes.";
            default -> "Your submission could not be stored. Please try again later.";
        };
    }

    public String getKind() {
        return kind;
    }

    /** Whether the form is about a published initiative (correction, addition, ended). */
    public boolean isAboutInitiative() {
        return target != null;
    }

    public String getTarget() {
        return target;
    }

    /** The name of the initiative the form is about; null when it is not (or no longer) published. */
    /** The labour-market region a new initiative is about, when the visitor came from a region page; else null. */
    public String getRegionCode() {
        String code = input == null ? null : input.regionCode();
        return code != null && MapComponent.RegionNames.get().containsKey(code) ? code : null;
    }

    /** The name of {@link #getRegionCode()}; null when there is none. */
    public String getRegionName() {
        String code = getRegionCode();
        return code == null ? null : MapComponent.RegionNames.get().get(code);
    }

    public String getTargetName() {
        return targetName;
    }

    /** A correction was asked for an id that is not a published initiative: the form is a blank new one. */
    public boolean isUnknownTarget() {
        return unknownTarget;
    }

    /** Whether the initiative's name, goal, parties and location must be filled in (a new initiative). */
    public boolean isNewInitiative() {
        return SubmissionKind.NEW_INITIATIVE.code().equals(kind);
    }

    public Map<String, FormField> getFields() {
        return fields;
    }

    public List<PartyRow> getParties() {
        return parties;
    }

    public PartyRow getPartyTemplate() {
        return FormRows.party(InitiativeFormModel.TEMPLATE_INDEX, new PartyInput(null, null, null), true, this::field);
    }

    public List<LocationRow> getLocations() {
        return locations;
    }

    public LocationRow getLocationTemplate() {
        return FormRows.location(InitiativeFormModel.TEMPLATE_INDEX, new LocationInput(null, null, null, null, null),
                true, this::field);
    }

    public boolean isConsentGiven() {
        return fields.get("consent").getValue().length() > 0;
    }

    /** Party kind codes; labels are the map's messages for them. */
    public Map<String, String> getPartyKinds() {
        return MapComponent.PARTY_KIND_KEYS;
    }

    /** Status codes with the map's message keys; the empty choice comes first in the script. */
    public Map<String, String> getStatuses() {
        return MapComponent.STATUS_KEYS;
    }

    public List<FormOption> getLevelOptions() {
        List<String> chosen = input.levels();
        return Arrays.stream(Level.values()).map(l -> new FormOption(l.code(), l.code(), chosen.contains(l.code())))
                .toList();
    }

    public List<FormOption> getSectorOptions() {
        return taxonomy("sectoren", input.sectors());
    }

    public List<FormOption> getThemeOptions() {
        return taxonomy("themas", input.themes());
    }

    /** The same taxonomy the map filters on (node name = code, jcr:title = label). */
    private List<FormOption> taxonomy(String folder, List<String> chosen) {
        List<FormOption> options = new ArrayList<>();
        Resource root = request.getResourceResolver().getResource(TAXONOMY_ROOT + "/" + folder);
        if (root != null) {
            for (Resource child : root.getChildren()) {
                if (!child.getName().contains(":")) {
                    options.add(new FormOption(child.getName(), child.getValueMap().get("jcr:title", child.getName()),
                            chosen.contains(child.getName())));
                }
            }
        }
        return options;
    }

    /** The validator's length limits, for the inputs' maxlength (the server checks them again). */
    public Map<String, Integer> getLimits() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("name", InitiativeValidator.NAME_MAX);
        limits.put("goal", InitiativeValidator.GOAL_MAX);
        limits.put("description", InitiativeValidator.DESCRIPTION_MAX);
        limits.put("website", InitiativeValidator.WEBSITE_MAX);
        limits.put("contact", InitiativeValidator.CONTACT_MAX);
        limits.put("partyName", InitiativeValidator.PARTY_NAME_MAX);
        limits.put("partyTown", InitiativeValidator.TOWN_MAX);
        limits.put("locationText", InitiativeValidator.LOCATION_TEXT_MAX);
        limits.put("message", SubmissionValidator.MESSAGE_MAX);
        limits.put("submitterText", SubmissionValidator.SUBMITTER_TEXT_MAX);
        limits.put("email", SubmissionValidator.EMAIL_MAX);
        return limits;
    }

    /**
     * The messages the script shows when it checks the form before sending, in the page's language
     * ({@link ClientMessages}).
     */
    public String getClientMessagesJson() {
        return ClientMessages.json(locale);
    }

    private static String sha256Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
