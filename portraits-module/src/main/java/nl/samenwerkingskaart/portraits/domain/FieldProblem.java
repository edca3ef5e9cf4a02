package nl.samenwerkingskaart.portraits.domain;

import java.util.List;

/**
 * One thing wrong with a field: the field's name (as in the repository and the forms) and a message key of
 * {@code PortraitMessages}, with its arguments.
 */
public record FieldProblem(String field, String key, List<String> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String key, String... arguments) {
        return new FieldProblem(field, key, List.of(arguments));
    }
}
