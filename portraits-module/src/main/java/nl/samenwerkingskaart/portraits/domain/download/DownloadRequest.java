package nl.samenwerkingskaart.portraits.domain.download;

/**
 * The parts of a request that decide how a file download is answered.
 *
 * @param method {@code GET} or {@code HEAD}
 * @param range the Range header, null when absent; as with the others
 */
public record DownloadRequest(
        String method, String range, String ifNoneMatch, String ifModifiedSince, String ifRange) {

    /**
     * The answer for the file's current version of {@code length} bytes, in the order of RFC 9110, 13.2.2:
     * preconditions first (304), then the range (206 or 416). Ranges are defined for GET only: a HEAD gets what
     * a GET without Range would get.
     */
    public DownloadAnswer answer(Validators current, long length) {
        if (Preconditions.notModified(ifNoneMatch, ifModifiedSince, current)) {
            return DownloadAnswer.NOT_MODIFIED;
        }
        if (!"GET".equals(method) || range == null || !Preconditions.rangeMayBeServed(ifRange, current)) {
            return DownloadAnswer.WHOLE_FILE;
        }
        RangeSelection selection = RangeHeader.select(range, length);
        return switch (selection.kind()) {
            case WHOLE -> DownloadAnswer.WHOLE_FILE;
            case PART -> DownloadAnswer.part(selection.range());
            case UNSATISFIABLE -> DownloadAnswer.RANGE_NOT_SATISFIABLE;
        };
    }
}
