package nl.samenwerkingskaart.portraits.domain.download;

/** How to answer a download: the status and, for 206, the range to send. */
public record DownloadAnswer(Status status, ByteRange range) {

    public enum Status {
        WHOLE_FILE(200),
        PART_OF_FILE(206),
        NOT_MODIFIED(304),
        RANGE_NOT_SATISFIABLE(416);

        private final int code;

        Status(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }
    }

    public static final DownloadAnswer WHOLE_FILE = new DownloadAnswer(Status.WHOLE_FILE, null);
    public static final DownloadAnswer NOT_MODIFIED = new DownloadAnswer(Status.NOT_MODIFIED, null);
    public static final DownloadAnswer RANGE_NOT_SATISFIABLE = new DownloadAnswer(Status.RANGE_NOT_SATISFIABLE, null);

    public DownloadAnswer {
        if ((status == Status.PART_OF_FILE) != (range != null)) {
            throw new IllegalArgumentException("a part, and only a part, has a range");
        }
    }

    public static DownloadAnswer part(ByteRange range) {
        return new DownloadAnswer(Status.PART_OF_FILE, range);
    }
}
