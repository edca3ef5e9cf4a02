package nl.samenwerkingskaart.initiatives.domain;

import java.util.Arrays;
import java.util.Optional;

/** Whether an initiative runs, has ended, or is planned. */
public enum Status {
    RUNNING("running"),
    ENDED("ended"),
    PLANNED("planned");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Status> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
