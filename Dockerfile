# Builds one runnable module of the repository: docker build --build-arg MODULE=query-side .
# MODULE is command-side, query-side or standalone.
ARG MODULE=standalone

FROM maven:3.9-eclipse-temurin-25 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN mvn -q -B -ntp -DskipTests package -pl ${MODULE} -am \
 && cp ${MODULE}/target/*-exec.jar /app.jar

FROM eclipse-temurin:25-jre
# curl serves the compose health checks.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /app.jar /app/app.jar
RUN useradd --system --uid 10001 onboarding && mkdir -p /app/data && chown onboarding /app/data
USER onboarding
WORKDIR /app
# Half the container's memory for the heap: beside it the process keeps about 270 MiB of its own under load
# (classes, JIT code, GC structures, threads; measured with Native Memory Tracking, docs/performance.md), so
# three quarters would put a 1 GiB container over its limit. The heap's live set is about 100 MiB.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar", "/app/app.jar"]
