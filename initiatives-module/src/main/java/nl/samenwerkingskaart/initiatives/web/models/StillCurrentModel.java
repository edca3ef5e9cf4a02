package nl.samenwerkingskaart.initiatives.web.models;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.PostConstruct;
import nl.samenwerkingskaart.initiatives.api.MailSender;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.repository.InitiativeRepository;
import nl.samenwerkingskaart.initiatives.repository.VerificationRecords;
import nl.samenwerkingskaart.initiatives.service.StillCurrentSettings;
import nl.samenwerkingskaart.initiatives.stillcurrent.VerificationDue;
import nl.samenwerkingskaart.initiatives.stillcurrent.VerificationRequest;
import nl.samenwerkingskaart.initiatives.web.console.ConsolePaths;
import nl.samenwerkingskaart.initiatives.web.console.ConsoleText;
import nl.samenwerkingskaart.initiatives.web.console.StillCurrentServlet;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.Self;

/**
 * The researchers' "Nog actueel?" list ({@code samenwerking/components/cms/stillcurrent}): initiatives not verified
 * within the configured period, never verified first, then oldest first, each with when a request went to its
 * contact. Read with the request's resolver: who cannot read initiatives sees an empty list and may not act.
 */
@Model(adaptables = SlingHttpServletRequest.class)
public class StillCurrentModel {

    static final Set<String> NOTICES = Set.of("verified", "requested", "mailFailed", "invalidEmail");
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Self
    private SlingHttpServletRequest request;

    @OSGiService
    private InitiativeRepository repository;

    @OSGiService
    private StillCurrentSettings settings;

    @OSGiService
    private MailSender mailSender;

    private List<Row> rows;

    @PostConstruct
    void init() {
        Locale locale = ConsoleText.locale(request);
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter moments = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZONE);
        LocalDate today = LocalDate.now(Clock.system(ZONE));
        List<Initiative> due = VerificationDue.due(repository.findAll(request.getResourceResolver()), today,
                settings.period());
        rows = due.stream().map(i -> {
            VerificationRequest sent = VerificationRecords.lastRequest(request.getResourceResolver(), i.id())
                    .orElse(null);
            LocalDate verified = i.provenance().lastVerified();
            String contact = i.contact() != null && mailSender.isPlausibleAddress(i.contact().strip())
                    ? i.contact().strip() : "";
            return new Row(i.id(), i.name(), ConsolePaths.formUrl(i.id()),
                    verified == null ? null : days.format(verified), verified == null ? null : verified.toString(),
                    i.provenance().verifiedBy(), sent == null ? null : moments.format(sent.sentAt()),
                    sent == null ? null : sent.sentAt().toString(), contact, i.published());
        }).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getCount() {
        return rows.size();
    }

    public int getPeriodMonths() {
        return settings.period().getMonths() + settings.period().getYears() * 12;
    }

    public String getActionUrl() {
        return StillCurrentServlet.PATH;
    }

    /** The notice after an action, by code; null when there is none (or an unknown one). */
    public String getNotice() {
        String notice = request.getParameter("notice");
        return notice != null && NOTICES.contains(notice) ? notice : null;
    }

    public boolean isNoticeWarning() {
        return "mailFailed".equals(getNotice()) || "invalidEmail".equals(getNotice());
    }

    /**
     * One initiative to check.
     *
     * @param lastVerified formatted for the reader; null when never verified
     * @param lastVerifiedIso for a {@code <time>} element
     * @param requested when a request was last sent, formatted; null when none
     * @param contactEmail the public contact line when it is an e-mail address (to prefill the request form)
     */
    public record Row(String id, String name, String editUrl, String lastVerified, String lastVerifiedIso,
            String verifiedBy, String requested, String requestedIso, String contactEmail, boolean published) {

        public String getId() { return id; }
        public String getName() { return name; }
        public String getEditUrl() { return editUrl; }
        public String getLastVerified() { return lastVerified; }
        public String getLastVerifiedIso() { return lastVerifiedIso; }
        public String getVerifiedBy() { return verifiedBy; }
        public String getRequested() { return requested; }
        public String getRequestedIso() { return requestedIso; }
        public String getContactEmail() { return contactEmail; }
        public boolean isPublished() { return published; }
    }
}
