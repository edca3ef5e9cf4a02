/**
 * What the initiatives bundle offers other bundles (the portraits bundle): published initiatives by id, the
 * labour-market regions, the CSRF tokens of our forms, how a link addresses a view of a map ({@link MapViews}), a
 * map fixed to a region ({@link MapComponentResource}), and the hook through which region pages show a region's
 * portrait ({@link RegionPortraits}, provided by the portraits bundle).
 * Interfaces, records and that one function; the implementations stay private to this bundle.
 */
@Version("1.2.0")
package nl.samenwerkingskaart.initiatives.api;

import org.osgi.annotation.versioning.Version;
