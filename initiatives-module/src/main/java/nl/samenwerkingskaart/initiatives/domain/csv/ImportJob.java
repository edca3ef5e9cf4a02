package nl.samenwerkingskaart.initiatives.domain.csv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One uploaded file on its way through the steps of an import: upload, column mapping, dry run, import. The file
 * stays on the server between the steps; the import advances row by row and records how far it got, so that the
 * page can show its progress and an interrupted import continues where it stopped.
 *
 * @param id random, the name of its node
 * @param owner the researcher who uploaded it
 * @param encoding the encoding chosen ({@link CsvTable#AUTO} to detect)
 * @param separator the separator chosen ({@link CsvTable#AUTO} to detect)
 * @param mapping field codes per column, empty for ignored columns; empty before the researcher mapped them
 * @param applyPublished the researcher ticked "publish as the column published says"
 * @param nextRow the index of the first data row not yet imported
 * @param refusals "row: reason" lines of the rows refused during the import
 * @param claimed "id:row" of every initiative a row already created, updated or left unchanged, so that a later row
 *     about the same initiative is refused in a later step too, as the dry run said
 */
public record ImportJob(String id, String owner, String fileName, Instant uploaded, String encoding,
        String separator, List<String> mapping, boolean applyPublished, State state, int nextRow, int created,
        int updated, int unchanged, int refused, List<String> refusals, List<String> claimed) {

    /** Where the job is. */
    public enum State {
        UPLOADED("uploaded"), IMPORTING("importing"), DONE("done");

        private final String code;

        State(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static State fromCode(String code) {
            for (State state : values()) {
                if (state.code.equals(code)) {
                    return state;
                }
            }
            return UPLOADED;
        }
    }

    public ImportJob {
        mapping = List.copyOf(mapping);
        refusals = List.copyOf(refusals);
        claimed = List.copyOf(claimed);
    }

    public int done() {
        return created + updated + unchanged + refused;
    }

    /** The job after one more row. */
    public ImportJob after(RowPlan plan, String refusal) {
        List<String> moreRefusals = refusal == null ? refusals : append(refusals, refusal);
        List<String> moreClaimed = plan.action() == RowPlan.Action.REFUSED || plan.id() == null ? claimed
                : append(claimed, plan.id() + ":" + plan.line());
        return new ImportJob(id, owner, fileName, uploaded, encoding, separator, mapping, applyPublished,
                state, nextRow + 1,
                created + (plan.action() == RowPlan.Action.CREATE ? 1 : 0),
                updated + (plan.action() == RowPlan.Action.UPDATE ? 1 : 0),
                unchanged + (plan.action() == RowPlan.Action.UNCHANGED ? 1 : 0),
                refused + (plan.action() == RowPlan.Action.REFUSED ? 1 : 0),
                moreRefusals, moreClaimed);
    }

    public ImportJob withSettings(String newEncoding, String newSeparator, List<String> newMapping,
            boolean newApplyPublished) {
        return new ImportJob(id, owner, fileName, uploaded, newEncoding, newSeparator, newMapping, newApplyPublished,
                state, nextRow, created, updated, unchanged, refused, refusals, claimed);
    }

    public ImportJob withState(State newState) {
        return new ImportJob(id, owner, fileName, uploaded, encoding, separator, mapping, applyPublished, newState,
                nextRow, created, updated, unchanged, refused, refusals, claimed);
    }

    private static List<String> append(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }
}
