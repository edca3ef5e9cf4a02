package nl.samenwerkingskaart.initiatives.mapdata;

/**
 * One serialised state of the public map data: the JSON, its gzipped form, and a strong ETag derived from the
 * bytes, so that every instance serving the same data gives the same ETag (a CDN or a second renderer agrees).
 */
public record MapData(byte[] json, byte[] gzipped, String etag, int count) {}
