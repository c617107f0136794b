package org.archivist.esanalysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written files the plugin zip carries. Elasticsearch's installer only scans for annotated
 * classes when the zip has no named_components.json, so a stale one would silently hide a filter.
 */
class PluginFilesTests {

    private static final Path PLUGIN_FILES = Path.of("src", "main", "plugin");

    @Test
    void namedComponentsFileListsExactlyTheAnnotatedTokenFilters() throws Exception {
        Map<String, Map<String, String>> declared = JsonMapper.shared().readValue(
                Files.readString(PLUGIN_FILES.resolve("named_components.json")), new TypeReference<>() {
                });

        assertThat(declared).containsOnlyKeys(TokenFilterFactory.class.getName());
        assertThat(declared.get(TokenFilterFactory.class.getName())).isEqualTo(annotatedTokenFilters());
    }

    @Test
    void everyTokenFilterHasTheOnePublicNoArgumentConstructorElasticsearchCalls() throws Exception {
        for (String className : annotatedTokenFilters().values()) {
            Class<?> type = Class.forName(className);
            Constructor<?>[] constructors = type.getConstructors();
            assertThat(Modifier.isPublic(type.getModifiers())).as(className).isTrue();
            assertThat(constructors).as(className).singleElement()
                    .satisfies(constructor -> assertThat(constructor.getParameterCount()).isZero());
        }
    }

    @Test
    void descriptorHasOnlyTheKeysElasticsearchAccepts() throws IOException {
        Properties descriptor = new Properties();
        try (InputStream in = Files.newInputStream(PLUGIN_FILES.resolve("stable-plugin-descriptor.properties"))) {
            descriptor.load(in);
        }
        assertThat(descriptor.stringPropertyNames()).containsExactlyInAnyOrder("name", "description", "version",
                "java.version", "elasticsearch.version");
    }

    private static Map<String, String> annotatedTokenFilters() throws IOException, URISyntaxException {
        Path classes = Path.of(FoldingTokenFilterFactory.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        List<String> classNames;
        try (Stream<Path> files = Files.walk(classes)) {
            classNames = files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
        Map<String, String> byName = new TreeMap<>();
        for (String className : classNames) {
            Class<?> type = loadClass(className);
            NamedComponent named = type.getAnnotation(NamedComponent.class);
            if (named != null && TokenFilterFactory.class.isAssignableFrom(type)) {
                byName.put(named.value(), className);
            }
        }
        assertThat(byName).as("annotated token filters in %s", classes).isNotEmpty();
        return byName;
    }

    private static Class<?> loadClass(String className) {
        try {
            return Class.forName(className);
        }
        catch (ClassNotFoundException ex) {
            throw new IllegalStateException(className, ex);
        }
    }
}
