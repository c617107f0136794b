# Builds and runs one Archivist service: docker build --build-arg SERVICE=ingest -f docker/service.Dockerfile .
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN mvn -B -q -DskipTests -pl ${SERVICE}-service -am package

FROM eclipse-temurin:21-jre
ARG SERVICE
COPY --from=build /src/${SERVICE}-service/target/${SERVICE}-service.jar /app/service.jar
ENV JAVA_TOOL_OPTIONS="-Xmx256m -XX:+UseSerialGC"
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
