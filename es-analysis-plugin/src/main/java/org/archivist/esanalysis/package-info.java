/**
 * Elasticsearch stable-API token filters for Archivist's article analyzers: accent folding so that
 * "Sao Paulo" finds "São Paulo", and light English stemming so that "negotiation" finds "negotiations".
 * The {@code integ-test-zip} distribution of Elasticsearch that Archivist runs without Docker ships
 * without the {@code analysis-common} module that normally provides these, so this plugin adds them
 * under names of its own ({@code archivist_*}) that cannot clash with the built-in ones where they do
 * exist. Elasticsearch finds the factories through {@code named_components.json} in the plugin zip and
 * creates them through their public no-argument constructors, which is why they are public.
 */
package org.archivist.esanalysis;
