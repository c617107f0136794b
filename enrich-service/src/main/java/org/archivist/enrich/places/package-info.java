/**
 * Countries named in an article, by name, alternative name, demonym or capital, found by
 * {@link org.archivist.enrich.places.PlaceFinder}. Pure Java, no Spring types.
 */
package org.archivist.enrich.places;
