package nl.samenwerkingskaart.portraits.web.models;

/**
 * One named thing on a portrait page or in a dialog: a region, a typology tag, a good practice, a related
 * publication or a select option. Which fields are filled depends on the use; texts are plain and escaped where
 * they are shown.
 */
public final class Item {

    private final String value;
    private final String label;
    private final String url;
    private final String detail;
    private final String date;
    private final String dateIso;
    private final boolean selected;

    private Item(String value, String label, String url, String detail, String date, String dateIso,
            boolean selected) {
        this.value = value;
        this.label = label;
        this.url = url;
        this.detail = detail;
        this.date = date;
        this.dateIso = dateIso;
        this.selected = selected;
    }

    static Item named(String value, String label) {
        return new Item(value, label, null, null, null, null, false);
    }

    static Item option(String value, String label, boolean selected) {
        return new Item(value, label, null, null, null, null, selected);
    }

    static Item link(String value, String label, String url, String detail) {
        return new Item(value, label, url, detail, null, null, false);
    }

    static Item dated(String value, String label, String url, String date, String dateIso) {
        return new Item(value, label, url, null, date, dateIso, false);
    }

    /** The same item, selected (a checked checkbox). */
    static Item checked(Item item) {
        return new Item(item.value, item.label, item.url, item.detail, item.date, item.dateIso, true);
    }

    /** A code or id: a region code, a tag code, an initiative id, a path. */
    public String getValue() {
        return value;
    }

    /** What a person reads: a name, a title, or (for typology tags) the English message key of the label. */
    public String getLabel() {
        return label;
    }

    /** Where it links to; null when it is not a link. */
    public String getUrl() {
        return url;
    }

    /** A second line, e.g. a town or a typology dimension's message key; null when none. */
    public String getDetail() {
        return detail;
    }

    /** A date in the page's language; null when none. */
    public String getDate() {
        return date;
    }

    /** The same date as {@code yyyy-MM-dd}, for {@code <time datetime>}. */
    public String getDateIso() {
        return dateIso;
    }

    public boolean isSelected() {
        return selected;
    }
}
