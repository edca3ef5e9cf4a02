package nl.samenwerkingskaart.initiatives.api;

/**
 * A published regional portrait as a region page shows it.
 *
 * @param title its title
 * @param summary its summary as plain text (paragraphs separated by blank lines)
 * @param pagePath the path of the portrait page, without extension
 * @param pdfPath the path of its PDF download ({@code <page>.pdf}); null when it has no PDF
 * @param pdfBytes the size of the PDF in bytes; 0 when it has none
 */
public record RegionPortrait(String title, String summary, String pagePath, String pdfPath, long pdfBytes) {}
