package nl.samenwerkingskaart.initiatives.domain;

import java.util.List;

/**
 * The outcome of validating input: either a value, or every problem found (never both, never neither).
 *
 * @param value the validated value; null when invalid
 * @param errors all problems found, in form order; empty when valid
 */
public record Validated<T>(T value, List<FieldError> errors) {

    public Validated {
        errors = List.copyOf(errors);
        if ((value == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("A validation result has either a value or errors");
        }
    }

    public static <T> Validated<T> valid(T value) {
        return new Validated<>(value, List.of());
    }

    public static <T> Validated<T> invalid(List<FieldError> errors) {
        return new Validated<>(null, errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
