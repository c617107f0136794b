# Builds and runs one Archivist service: docker build --build-arg SERVICE=ingest -f docker/service.Dockerfile .
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY . .
ARG SERVICE
RUN mvn -B -q -DskipTests -pl ${SERVICE}-service -am package

FROM eclipse-temurin:21-jre
# curl for the container healthcheck (docker-compose.yml asks the actuator on 127.0.0.1 for readiness).
# The Ubuntu-based base image ships curl today, but only "for historical reasons"; installing it here
# keeps the healthcheck working if the base drops it. A shell-only probe over /dev/tcp cannot read the
# HTTP status properly, and a Java probe would start a second JVM every few seconds.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
# An unprivileged user with no home and no shell: the services write nothing but temporary files (/tmp).
RUN groupadd --gid 10001 archivist \
 && useradd --uid 10001 --gid 10001 --no-log-init --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin archivist
ARG SERVICE
# Owned by root and read-only to the service user: a compromised service cannot replace its own code.
COPY --from=build /src/${SERVICE}-service/target/${SERVICE}-service-exec.jar /app/service.jar
ENV JAVA_TOOL_OPTIONS="-Xmx256m -XX:+UseSerialGC"
# Numeric, so that runtimes checking for a non-root user (e.g. runAsNonRoot) can verify it without /etc/passwd.
USER 10001:10001
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
