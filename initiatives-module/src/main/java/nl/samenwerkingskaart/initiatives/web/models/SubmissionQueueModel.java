package nl.samenwerkingskaart.initiatives.web.models;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.Region;
import nl.samenwerkingskaart.initiatives.domain.RegionKind;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.submission.SubmissionKind;
import nl.samenwerkingskaart.initiatives.submission.SubmissionState;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;
import nl.samenwerkingskaart.initiatives.web.Regions;
import nl.samenwerkingskaart.initiatives.web.console.ModerationPaths;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;

/**
 * The moderation queue ({@code samenwerking/components/cms/submissionqueue}): counts per state, filters by state
 * (open by default: received and in review), kind and region, oldest first. Read with the researcher's own session:
 * someone who may not read submissions sees an empty queue.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class SubmissionQueueModel {

    static final String OPEN = "open";
    static final String ALL = "all";
    static final int MAX_ROWS = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Amsterdam"));

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private SubmissionRepository submissions;

    @OSGiService
    private InitiativeRepository initiatives;

    @OSGiService
    private Regions regions;

    private String state;
    private String kind;
    private String region;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private int matching;

    @PostConstruct
    void init() {
        state = choice(request.getParameter("state"), OPEN);
        kind = choice(request.getParameter("kind"), "");
        region = choice(request.getParameter("region"), "");
        var resolver = request.getResourceResolver();
        List<StoredSubmission> all = submissions.findAll(resolver);
        Map<SubmissionState, Integer> perState = new EnumMap<>(SubmissionState.class);
        for (SubmissionState s : SubmissionState.values()) {
            perState.put(s, 0);
        }
        all.forEach(s -> perState.merge(s.submission().state(), 1, Integer::sum));
        counts.put(OPEN, perState.get(SubmissionState.RECEIVED) + perState.get(SubmissionState.IN_REVIEW));
        perState.forEach((s, n) -> counts.put(s.code(), n));
        counts.put(ALL, all.size());

        Map<String, Initiative> targets = new LinkedHashMap<>();
        List<Row> matches = new ArrayList<>();
        for (StoredSubmission stored : all) {
            var submission = stored.submission();
            if (!stateMatches(submission.state()) || (!kind.isEmpty() && !kind.equals(submission.content().kind().code()))) {
                continue;
            }
            String target = submission.content().target();
            Initiative initiative = target == null ? null
                    : targets.computeIfAbsent(target, id -> initiatives.find(resolver, id).orElse(null));
            String regionCode = SubmissionRegion.of(submission.content().proposed(), initiative, regions.lookup());
            if (!region.isEmpty() && !region.equals(regionCode)) {
                continue;
            }
            String name = submission.content().proposed().name();
            if ((name == null || name.isBlank()) && initiative != null) {
                name = initiative.name();
            }
            matches.add(new Row(stored.reference(), submission.receivedAt().toEpochMilli(),
                    DATE.format(submission.receivedAt()), submission.content().kind().code(),
                    Objects.toString(name, ""), regionName(regionCode), submission.state().code(),
                    ModerationPaths.detailUrl(stored.reference())));
        }
        matches.sort(Comparator.comparingLong(Row::receivedMillis).thenComparing(Row::reference));
        matching = matches.size();
        rows.addAll(matches.subList(0, Math.min(MAX_ROWS, matches.size())));
    }

    private boolean stateMatches(SubmissionState s) {
        return switch (state) {
            case ALL -> true;
            case OPEN -> !s.isDecided();
            default -> s.code().equals(state);
        };
    }

    private String regionName(String code) {
        return code == null ? "" : regions.lookup().byCode(code).map(Region::name).orElse(code);
    }

    private static String choice(String value, String fallback) {
        return value == null || value.isBlank() || value.length() > 40 ? fallback : value.strip();
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getMatching() {
        return matching;
    }

    public boolean isTruncated() {
        return matching > rows.size();
    }

    public Map<String, Integer> getCounts() {
        return counts;
    }

    public List<FormOption> getStateOptions() {
        List<FormOption> options = new ArrayList<>();
        counts.keySet().forEach(code -> options.add(new FormOption(code, code, code.equals(state))));
        return options;
    }

    public List<FormOption> getKindOptions() {
        List<FormOption> options = new ArrayList<>();
        for (SubmissionKind k : SubmissionKind.values()) {
            options.add(new FormOption(k.code(), k.code(), k.code().equals(kind)));
        }
        return options;
    }

    public List<FormOption> getRegionOptions() {
        List<FormOption> options = new ArrayList<>();
        regions.catalog().regions(RegionKind.LABOUR_MARKET).stream()
                .sorted(Comparator.comparing(Region::name))
                .forEach(r -> options.add(new FormOption(r.code(), r.name(), r.code().equals(region))));
        return options;
    }

    public String getQueueUrl() {
        return ModerationPaths.QUEUE_PAGE;
    }

    /** One submission in the queue. {@code kind} and {@code state} are codes; the script translates them. */
    public record Row(String reference, long receivedMillis, String received, String kind, String name,
            String region, String state, String url) {
        public String getReference() { return reference; }
        public String getReceived() { return received; }
        public String getKind() { return kind; }
        public String getName() { return name; }
        public String getRegion() { return region; }
        public String getState() { return state; }
        public String getUrl() { return url; }
    }
}
