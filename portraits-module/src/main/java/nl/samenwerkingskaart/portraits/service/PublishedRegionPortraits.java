package nl.samenwerkingskaart.portraits.service;

import java.util.List;
import java.util.Optional;
import nl.samenwerkingskaart.initiatives.api.RegionPortrait;
import nl.samenwerkingskaart.initiatives.api.RegionPortraits;
import nl.samenwerkingskaart.portraits.domain.Portrait;
import nl.samenwerkingskaart.portraits.domain.PortraitListing;
import nl.samenwerkingskaart.portraits.repository.PortraitPages;
import nl.samenwerkingskaart.portraits.repository.StoredFile;
import nl.samenwerkingskaart.portraits.repository.StoredFiles;
import org.apache.sling.api.resource.ResourceResolver;
import org.osgi.service.component.annotations.Component;

/**
 * A region's published portrait for the initiatives bundle's region pages: the newest published portrait whose main
 * region it is, else the newest that covers it (as the map's portrait link chooses). Drafts and portraits in review
 * never pass ({@link PortraitListing}).
 */
@Component(service = RegionPortraits.class)
public class PublishedRegionPortraits implements RegionPortraits {

    @Override
    public Optional<RegionPortrait> publishedFor(ResourceResolver resolver, String regionCode) {
        if (regionCode == null) {
            return Optional.empty();
        }
        List<Portrait> about = PortraitListing.filter(
                PortraitPages.under(resolver, PortraitPages.CONTENT_ROOT), regionCode, null);
        return about.stream().filter(p -> regionCode.equals(p.mainRegion())).findFirst()
                .or(() -> about.stream().findFirst())
                .map(portrait -> toRegionPortrait(resolver, portrait));
    }

    private static RegionPortrait toRegionPortrait(ResourceResolver resolver, Portrait portrait) {
        Optional<StoredFile> pdf = portrait.pdfPath() == null ? Optional.empty()
                : StoredFiles.read(resolver, portrait.pdfPath());
        return new RegionPortrait(portrait.title(), portrait.summary(), portrait.path(),
                pdf.isPresent() ? portrait.path() + ".pdf" : null, pdf.map(StoredFile::bytes).orElse(0L));
    }
}
