package nl.samenwerkingskaart.initiatives.service;

import java.util.Locale;
import java.util.concurrent.CompletionStage;
import nl.samenwerkingskaart.initiatives.submission.ModerationDecision;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;

/**
 * Sends the e-mails to a submitter (docs/contracts.md, "E-mails to submitters") through Sling CMS's mail service.
 *
 * <p>Both methods return at once and never throw: the mail is written in the caller's thread (cheap) and sent in
 * the mail service's own thread pool. A mail that cannot be sent (no mail service configured, SMTP server down,
 * address refused) is logged with the submission's reference only, and changes nothing about the submission or the
 * decision: call these <em>after</em> the submission or decision is safely stored, and never wait on the answer in
 * a request.
 */
public interface SubmissionMailer {

    /**
     * Sends the receipt for a submission that was just stored (not for a form posted again, nor for a spam decoy).
     *
     * @param reference the stored submission's reference, e.g. {@code SW-2026-K3F9QX}
     * @param content what was stored; the receipt goes to {@code content.submitter().email()}
     * @param language the language the form was sent in ({@code en} for English, anything else gives Dutch)
     * @return completes with true once the SMTP server accepted the mail, false when it was not sent; never
     *     completes exceptionally
     */
    CompletionStage<Boolean> sendReceipt(String reference, SubmissionContent content, Locale language);

    /**
     * Tells the submitter what a researcher decided. Call it once, after the decision is stored. Approve, merge and
     * reject each have their own text; a rejection includes {@link ModerationDecision.Reject#reason()}, a merge the
     * public name of {@link ModerationDecision.Merge#targetId()}. Notes of approvals and merges are not sent: they are
     * the researchers' record. Nothing is sent to an anonymised submitter.
     *
     * @param reference the submission's reference
     * @param content the submission's content as stored (the submitter's address and name, the kind, the target)
     * @param decision what was decided
     * @param language the language of the submission's form (see {@link #sendReceipt})
     * @return as for {@link #sendReceipt}
     */
    CompletionStage<Boolean> sendOutcome(
            String reference, SubmissionContent content, ModerationDecision decision, Locale language);
}
