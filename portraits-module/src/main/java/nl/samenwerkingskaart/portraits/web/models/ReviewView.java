package nl.samenwerkingskaart.portraits.web.models;

import java.util.List;
import java.util.Map;

/**
 * What a draft portrait shows to a regional contact who opened it through a review link: the review servlet puts
 * one in the request ({@link #ATTRIBUTE}) and forwards to the portrait page, whose scripts then show the review
 * banner, the feedback forms per section and the draft's PDF through the review link instead of the public one.
 */
public final class ReviewView {

    /** The request attribute; absent on every public request. */
    public static final String ATTRIBUTE = "swkReview";

    private final String contactName;
    private final String expiresOn;
    private final String pdfUrl;
    private final String feedbackAction;
    private final String csrfParameter;
    private final String csrfToken;
    private final boolean sent;
    private final Map<String, String> errors;
    private final Map<String, String> values;
    private final List<String> sections;
    private final Map<String, String> messages;

    public ReviewView(String contactName, String expiresOn, String pdfUrl, String feedbackAction,
            String csrfParameter, String csrfToken, boolean sent, Map<String, String> errors,
            Map<String, String> values, List<String> sections, Map<String, String> messages) {
        this.contactName = contactName;
        this.expiresOn = expiresOn;
        this.pdfUrl = pdfUrl;
        this.feedbackAction = feedbackAction;
        this.csrfParameter = csrfParameter;
        this.csrfToken = csrfToken;
        this.sent = sent;
        this.errors = Map.copyOf(errors);
        this.values = Map.copyOf(values);
        this.sections = List.copyOf(sections);
        this.messages = Map.copyOf(messages);
    }

    /** The review texts in the page's language, by key (PortraitMessages). */
    public Map<String, String> getMessages() {
        return messages;
    }

    /** The invited contact's name, for the greeting. */
    public String getContactName() {
        return contactName;
    }

    /** The link's expiry date, formatted for the page's language. */
    public String getExpiresOn() {
        return expiresOn;
    }

    /** Where the draft's PDF is downloaded through the review link. */
    public String getPdfUrl() {
        return pdfUrl;
    }

    /** Where the feedback form posts. */
    public String getFeedbackAction() {
        return feedbackAction;
    }

    public String getCsrfParameter() {
        return csrfParameter;
    }

    public String getCsrfToken() {
        return csrfToken;
    }

    /** Whether feedback was just stored (the page after the post). */
    public boolean isSent() {
        return sent;
    }

    /** Messages by field name ({@code feedback-<section>}) when the post was refused. */
    public Map<String, String> getErrors() {
        return errors;
    }

    /** The texts typed before a refused post, by field name, so that nothing is lost. */
    public Map<String, String> getValues() {
        return values;
    }

    /** Codes of the sections that can be commented on, in page order ({@code general} first). */
    public List<String> getSections() {
        return sections;
    }
}
