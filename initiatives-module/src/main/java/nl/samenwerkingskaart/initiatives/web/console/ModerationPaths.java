package nl.samenwerkingskaart.initiatives.web.console;

import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionReferences;
import nl.samenwerkingskaart.initiatives.submission.repository.SubmissionRepository;

/** Where the moderation console lives: the queue, a submission's page (suffix = its path) and the servlet. */
public final class ModerationPaths {

    public static final String SERVLET = "/bin/samenwerkingskaart/console/submissions";
    public static final String QUEUE_PAGE = "/cms/samenwerking/submissions.html";
    public static final String DETAIL_PAGE = "/cms/samenwerking/submission.html";
    static final String DETAIL_PAGE_RESOURCE = "/mnt/overlay/sling-cms/content/samenwerking/submission.html";
    /** Request attribute with the errors of a refused decision, for the detail page. */
    public static final String ATTR_ERRORS = "nl.samenwerkingskaart.moderation.errors";
    /** Request parameter of the initiative form that makes its save an "edit, then approve". */
    public static final String SUBMISSION_PARAMETER = "submission";

    private ModerationPaths() {}

    public static String suffix(String reference) {
        return SubmissionRepository.DATA_ROOT + "/" + reference;
    }

    public static String detailUrl(String reference) {
        return DETAIL_PAGE + suffix(reference);
    }

    /** The reference in a detail page's suffix; null unless it is a well-formed one directly under the root. */
    public static String referenceFromSuffix(String suffix) {
        String prefix = SubmissionRepository.DATA_ROOT + "/";
        if (suffix == null || !suffix.startsWith(prefix)) {
            return null;
        }
        return validReference(suffix.substring(prefix.length()));
    }

    public static String validReference(String reference) {
        return reference != null && SubmissionReferences.REFERENCE.matcher(reference).matches() ? reference : null;
    }
}
