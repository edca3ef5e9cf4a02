package nl.samenwerkingskaart.initiatives.web.models;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.submission.Submission;
import nl.samenwerkingskaart.initiatives.submission.repository.StoredSubmission;
import nl.samenwerkingskaart.initiatives.web.console.ConsoleText;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataServlet;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataText;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataView;
import nl.samenwerkingskaart.initiatives.web.console.PersonalDataView.Step;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.Self;

/**
 * The personal-data page ({@code samenwerking/components/cms/personaldata}): the search form, a person's submissions
 * with export and erase, the question before erasing, and the result. What to show comes from
 * {@link PersonalDataServlet} as a request attribute; a plain GET of the page shows the empty form.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class PersonalDataModel {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Self
    private SlingHttpServletRequest request;

    private PersonalDataView view;
    private List<Row> rows;

    @PostConstruct
    void init() {
        Object attribute = request.getAttribute(PersonalDataServlet.ATTR_VIEW);
        view = attribute instanceof PersonalDataView given ? given
                : new PersonalDataView(Step.SEARCH, null, List.of(), null, 0);
        Locale locale = ConsoleText.locale(request);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE);
        rows = view.submissions().stream().map(s -> row(s, dates)).toList();
    }

    private static Row row(StoredSubmission stored, DateTimeFormatter dates) {
        Submission submission = stored.submission();
        String subject = submission.content().proposed().name();
        if (subject == null || subject.isBlank()) {
            subject = submission.content().target();
        }
        return new Row(stored.reference(), dates.format(submission.receivedAt()),
                submission.receivedAt().toString(), submission.state().code(), submission.content().kind().code(),
                subject);
    }

    public String getActionUrl() {
        return PersonalDataServlet.PATH;
    }

    public String getPageUrl() {
        return PersonalDataServlet.PAGE;
    }

    public String getEmail() {
        return view.email();
    }

    /** The message at the e-mail field; null when there is none. */
    public String getError() {
        return view.error() == null ? null : PersonalDataText.get(request, view.error());
    }

    /** The person's submissions are listed (with export and erase). */
    public boolean isResults() {
        return view.step() == Step.RESULTS;
    }

    public boolean isConfirm() {
        return view.step() == Step.CONFIRM;
    }

    public boolean isErased() {
        return view.step() == Step.ERASED;
    }

    public int getErasedCount() {
        return view.erased();
    }

    public int getCount() {
        return rows.size();
    }

    public List<Row> getRows() {
        return rows;
    }

    /**
     * One submission in the list.
     *
     * @param receivedAt formatted in the console's language; receivedAtIso for a {@code <time>} element
     * @param state a state code, shown through the dictionary
     * @param kind a kind code, shown through the dictionary
     * @param subject the proposed initiative's name, or the id of the initiative it is about
     */
    public record Row(String reference, String receivedAt, String receivedAtIso, String state, String kind,
            String subject) {
        public String getReference() { return reference; }
        public String getReceivedAt() { return receivedAt; }
        public String getReceivedAtIso() { return receivedAtIso; }
        public String getState() { return state; }
        public String getKind() { return kind; }
        public String getSubject() { return subject; }
    }
}
