package nl.samenwerkingskaart.initiatives.domain.csv;

import java.util.List;
import nl.samenwerkingskaart.initiatives.domain.FieldError;
import nl.samenwerkingskaart.initiatives.domain.Initiative;

/**
 * What importing one row does: create an initiative, update one (naming the fields that change), leave one as it is,
 * or nothing because the row is refused (with every reason).
 *
 * @param line the row's line in the file
 * @param action what happens
 * @param id the initiative's id (the new one for a create); null when refused before an id was known
 * @param name the name as in the row (for the report)
 * @param changed for an update: the codes of the columns whose values change
 * @param problems for a refusal: the reasons; empty otherwise
 * @param initiative the initiative to store for create and update; null otherwise
 */
public record RowPlan(int line, Action action, String id, String name, List<CsvField> changed,
        List<FieldError> problems, Initiative initiative) {

    /** The four outcomes of a row. */
    public enum Action {
        CREATE("create"), UPDATE("update"), UNCHANGED("unchanged"), REFUSED("refused");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public RowPlan {
        changed = List.copyOf(changed);
        problems = List.copyOf(problems);
    }

    static RowPlan refused(int line, String id, String name, List<FieldError> problems) {
        return new RowPlan(line, Action.REFUSED, id, name, List.of(), problems, null);
    }

    public boolean writes() {
        return action == Action.CREATE || action == Action.UPDATE;
    }
}
