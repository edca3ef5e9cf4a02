package nl.samenwerkingskaart.initiatives.web.models;

/**
 * One input of the console form as the script renders it: the parameter name the servlet reads, the element id,
 * the value to show, and the message when the field was refused. The message element's id is
 * {@link #getErrorId()}, which the input names in {@code aria-describedby}.
 */
public final class FormField {

    private final String name;
    private final String id;
    private final String value;
    private final String error;

    FormField(String name, String value, String error) {
        this(name, idOf(name), value, error);
    }

    /** With an element id of the caller's choosing, e.g. prefixed so that two forms on one page stay apart. */
    FormField(String name, String id, String value, String error) {
        this.name = name;
        this.id = id;
        this.value = value == null ? "" : value;
        this.error = error;
    }

    /** Element ids avoid the brackets and dots of parameter names: {@code parties[1].name} becomes {@code parties-1-name}. */
    static String idOf(String name) {
        return name.replaceAll("\\[([^\\]]*)\\]\\.", "-$1-").replaceAll("\\[[^\\]]*\\]$", "");
    }

    public String getName() {
        return name;
    }

    public String getId() {
        return id;
    }

    public String getValue() {
        return value;
    }

    public String getError() {
        return error;
    }

    public boolean isInvalid() {
        return error != null;
    }

    public String getErrorId() {
        return id + "-error";
    }
}
