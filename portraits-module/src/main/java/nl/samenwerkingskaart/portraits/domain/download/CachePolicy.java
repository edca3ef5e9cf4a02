package nl.samenwerkingskaart.portraits.domain.download;

/** Who may keep a copy of a download, as a Cache-Control value. */
public enum CachePolicy {

    /**
     * A published file: any cache may keep it but must ask again before using it, so that a replaced or
     * unpublished file shows at once while an unchanged one costs a 304.
     */
    PUBLIC("public, max-age=0, must-revalidate"),

    /** A file not everybody may see, such as a draft in the review round: no cache keeps it, not even the browser's. */
    PRIVATE_NO_STORE("private, no-store");

    private final String cacheControl;

    CachePolicy(String cacheControl) {
        this.cacheControl = cacheControl;
    }

    public String cacheControl() {
        return cacheControl;
    }
}
