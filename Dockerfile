# syntax=docker/dockerfile:1
# scrm in a container: a multi-stage build (the toolchain stays in the first stage), a non-root
# user, and the data dir (SQLite database, master key, search indexes) as a volume.
#
#   docker build -t scrm .
#   docker run -d --name scrm -p 8080:8080 -v scrm-data:/var/lib/scrm scrm
#   docker logs scrm          # the first start prints the admin's one-time password
#
# PostgreSQL: add `-e DATABASE_URL=postgres://scrm:…@db/scrm`; the volume still holds the master key
# and the indexes. Back up the master key apart from the volume (docs/OPERATIONS.md).

FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin scrm \
 && install -D -m 0755 target/release/scrm /out/scrm

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates tzdata \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 scrm \
 && useradd --system --uid 10001 --gid scrm --home-dir /var/lib/scrm --shell /usr/sbin/nologin scrm \
 && install -d -o scrm -g scrm -m 0700 /var/lib/scrm
COPY --from=build /out/scrm /usr/local/bin/scrm
USER scrm:scrm
ENV SCRM_DATA_DIR=/var/lib/scrm \
    SCRM_BIND=0.0.0.0:8080 \
    SCRM_LOG_FORMAT=json
VOLUME ["/var/lib/scrm"]
EXPOSE 8080
# SIGTERM lets in-flight requests finish (up to 15 s) before the process exits.
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/scrm"]
CMD ["serve"]
