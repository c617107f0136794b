# Elasticsearch 9.2.8 with Archivist's analysis plugin, so the same index mapping serves every environment.
FROM maven:3.9-eclipse-temurin-21 AS plugin
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl es-analysis-plugin package && cp es-analysis-plugin/target/archivist-es-analysis-*.zip /plugin.zip

FROM elasticsearch:9.2.8
COPY --from=plugin /plugin.zip /tmp/archivist-es-analysis.zip
RUN bin/elasticsearch-plugin install --batch file:///tmp/archivist-es-analysis.zip
