package nl.samenwerkingskaart.initiatives.web.models;

import java.util.EnumSet;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.submission.InitiativeField;
import nl.samenwerkingskaart.initiatives.submission.ProposalApplication;
import nl.samenwerkingskaart.initiatives.submission.SubmissionContent;
import nl.samenwerkingskaart.initiatives.web.console.InitiativeForm;

/** The initiative form filled with a submission's proposal, for "edit, then approve". */
final class SubmissionForms {

    private SubmissionForms() {}

    /**
     * A new initiative's form is the proposal as sent; a change's form is the initiative with every proposed field
     * laid over it, for the researcher to keep or undo field by field.
     */
    static InitiativeForm proposedForm(SubmissionContent content, Initiative target) {
        if (target == null) {
            return new InitiativeForm(content.proposed(), null, null, false);
        }
        var proposedOver = ProposalApplication.onto(target, content.proposed(), EnumSet.allOf(InitiativeField.class));
        InitiativeForm current = InitiativeFormModel.formOf(target);
        return new InitiativeForm(proposedOver, current.source(), current.lastVerified(), false);
    }
}
