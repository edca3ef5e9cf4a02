package nl.samenwerkingskaart.portraits.web.models;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.api.CsrfProtection;
import nl.samenwerkingskaart.portraits.domain.FieldProblem;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.review.ExpiryPolicy;
import nl.samenwerkingskaart.portraits.domain.review.FeedbackItem;
import nl.samenwerkingskaart.portraits.domain.review.Invitation;
import nl.samenwerkingskaart.portraits.repository.PortraitReader;
import nl.samenwerkingskaart.portraits.repository.ReviewStore;
import nl.samenwerkingskaart.portraits.service.ReviewRound;
import nl.samenwerkingskaart.portraits.web.ConsolePaths;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.resource.ResourceResolver;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;

/**
 * One portrait's review round in the console ({@code portrait.html/<page path>}): state, what publishing still
 * needs, the invitations with their actions, the feedback per section with who sent it, and the messages of the
 * last action.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class PortraitConsoleDetail {

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private ReviewRound round;

    @OSGiService
    private CsrfProtection csrf;

    private ConsoleTexts texts;
    private Portrait portrait;
    private boolean editor;
    private String state;
    private List<String> missing = List.of();
    private List<InvitationRow> invitations = List.of();
    private List<FeedbackRow> feedback = List.of();
    private String notice;
    private boolean noticeIsError;
    private List<String> noticeDetails = List.of();
    private Map<String, String> fieldErrors = Map.of();

    /** One invited contact. */
    public record InvitationRow(String id, String name, String email, String status, String invitedAt,
            String expiresAt, String remindedAt, boolean active, boolean closed) {
        public String getId() { return id; }
        public String getName() { return name; }
        public String getEmail() { return email; }
        public String getStatus() { return status; }
        public String getInvitedAt() { return invitedAt; }
        public String getExpiresAt() { return expiresAt; }
        public String getRemindedAt() { return remindedAt; }
        public boolean isActive() { return active; }
        public boolean isClosed() { return closed; }
    }

    /** One remark. */
    public record FeedbackRow(String id, String section, String from, String text, String receivedAt,
            boolean handled, String handledBy) {
        public String getId() { return id; }
        public String getSection() { return section; }
        public String getFrom() { return from; }
        public String getText() { return text; }
        public String getReceivedAt() { return receivedAt; }
        public boolean isHandled() { return handled; }
        public String getHandledBy() { return handledBy; }
    }

    @PostConstruct
    void init() {
        texts = new ConsoleTexts(request);
        ResourceResolver resolver = request.getResourceResolver();
        String path = request.getRequestPathInfo().getSuffix();
        editor = resolver.getResource(ReviewStore.ROOT) != null;
        portrait = path == null ? null : PortraitReader.read(resolver.getResource(path)).orElse(null);
        readResult();
        if (portrait == null) {
            return;
        }
        state = round.state(resolver, portrait).code();
        missing = round.problemsForPublishing(resolver, portrait).stream().map(this::message).toList();
        String reviewId = editor ? ReviewRound.ownId(resolver, portrait) : null;
        if (reviewId != null) {
            Instant now = Instant.now();
            List<Invitation> all = ReviewStore.invitations(resolver, reviewId);
            Map<String, String> names = new HashMap<>();
            List<InvitationRow> rows = new ArrayList<>();
            for (Invitation invitation : all) {
                names.put(invitation.id(), invitation.name());
                rows.add(new InvitationRow(invitation.id(), invitation.name(), invitation.email(),
                        invitation.status(now).code(), texts.dateTime(invitation.invitedAt()),
                        texts.dateTime(invitation.expiresAt()), texts.dateTime(invitation.remindedAt()),
                        invitation.isActive(now), invitation.revokedAt() != null || invitation.endedAt() != null));
            }
            invitations = rows;
            feedback = ReviewStore.feedback(resolver, reviewId).stream()
                    .map(item -> feedbackRow(item, names)).toList();
        }
    }

    private FeedbackRow feedbackRow(FeedbackItem item, Map<String, String> names) {
        return new FeedbackRow(item.id(), item.section().code(), names.getOrDefault(item.invitationId(), "?"),
                item.text(), texts.dateTime(item.receivedAt()), item.isHandled(),
                Optional.ofNullable(item.handledBy()).orElse(""));
    }

    private void readResult() {
        Object attribute = request.getAttribute(ConsoleResult.ATTRIBUTE);
        if (attribute instanceof ConsoleResult result) {
            notice = texts.text(result.outcome().messageKey());
            noticeIsError = !result.outcome().done();
            noticeDetails = result.outcome().problems().stream().map(this::message).toList();
            Map<String, String> errors = new HashMap<>();
            result.fieldProblems().forEach((field, key) -> errors.put(field, texts.text(key)));
            fieldErrors = errors;
            return;
        }
        String done = request.getParameter("done");
        if (done != null && done.matches("[a-z]+\\.done")) {
            notice = texts.text(done);
        }
    }

    private String message(FieldProblem problem) {
        return texts.text(problem.key(), problem.arguments().toArray());
    }

    public boolean isFound() {
        return portrait != null;
    }

    public boolean isEditor() {
        return editor;
    }

    public String getTitle() {
        return portrait == null ? "" : portrait.title();
    }

    public String getPath() {
        return portrait == null ? "" : portrait.path();
    }

    public String getState() {
        return state;
    }

    public boolean isPublished() {
        return portrait != null && portrait.published();
    }

    public List<String> getMissing() {
        return missing;
    }

    public List<InvitationRow> getInvitations() {
        return invitations;
    }

    public List<FeedbackRow> getFeedback() {
        return feedback;
    }

    public long getOpenFeedback() {
        return feedback.stream().filter(row -> !row.handled()).count();
    }

    public String getNotice() {
        return notice;
    }

    public boolean isNoticeError() {
        return noticeIsError;
    }

    public List<String> getNoticeDetails() {
        return noticeDetails;
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }

    /** What the editor typed before a refused invitation. */
    public Map<String, String> getTyped() {
        Map<String, String> typed = new HashMap<>();
        for (String name : List.of("name", "email", "days", "language")) {
            String value = request.getAttribute(ConsoleResult.ATTRIBUTE) == null ? null : request.getParameter(name);
            typed.put(name, value == null ? "" : value);
        }
        if (typed.get("days").isEmpty()) {
            typed.put("days", String.valueOf(ExpiryPolicy.DEFAULT_DAYS));
        }
        return typed;
    }

    public String getActionUrl() {
        return request.getContextPath() + ConsolePaths.ACTIONS;
    }

    public String getListUrl() {
        return request.getContextPath() + ConsolePaths.LIST;
    }

    public String getPageUrl() {
        return portrait == null ? "" : request.getContextPath() + portrait.path() + ".html";
    }

    public String getCsrfParameter() {
        return CsrfProtection.PARAMETER;
    }

    public String getCsrfToken() {
        return csrf.tokenFor(request);
    }

    public Map<String, String> getText() {
        return texts.all();
    }

    public int getMaxDays() {
        return ExpiryPolicy.MAX_DAYS;
    }

}
