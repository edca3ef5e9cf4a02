package nl.samenwerkingskaart.initiatives.web.models;

/**
 * A choice in a select or a checkbox group of the console form.
 *
 * @param value the code sent
 * @param label text shown as is (a region's or taxonomy title); for fixed vocabularies the code, whose message
 *     {@code swk.console.<vocabulary>.<code>} the script shows
 * @param selected whether it is chosen
 */
public record FormOption(String value, String label, boolean selected) {
    public String getValue() { return value; }
    public String getLabel() { return label; }
    public boolean isSelected() { return selected; }
}
