package nl.samenwerkingskaart.initiatives.submission;

import java.util.ArrayList;
import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.Initiative;
import nl.samenwerkingskaart.initiatives.domain.InitiativeInput;

/**
 * The field-by-field view a researcher gets of a correction or addition: only the fields the submitter filled in
 * and that actually differ, so a form sent back with most fields unchanged shows just the real proposal.
 */
public final class FieldComparison {

    private FieldComparison() {}

    /** The differences in form order. */
    public static List<FieldDifference> compare(Initiative published, InitiativeInput proposed) {
        InitiativeInput current = PublishedInput.of(published);
        List<FieldDifference> differences = new ArrayList<>();
        for (InitiativeField field : PublishedInput.given(proposed)) {
            String now = currentText(field, published, current);
            String then = field.text(proposed);
            if (!now.equals(then)) {
                differences.add(new FieldDifference(field.field(), now, then));
            }
        }
        return differences;
    }

    /**
     * The published region code is shown even when it was derived rather than chosen: the researcher wants to see
     * what a proposed region would replace.
     */
    private static String currentText(InitiativeField field, Initiative published, InitiativeInput current) {
        if (field == InitiativeField.REGION_CODE && published.regionCode() != null) {
            return published.regionCode();
        }
        return field.text(current);
    }
}
