# sspr container image: a build stage with the Rust toolchain, a slim runtime without it.
# Templates, stylesheet, script and language catalogues are embedded in the binary; configuration and data are
# volumes. Build: docker build -t sspr .   Run: see the README ("Container").
FROM rust:1-bookworm AS build
WORKDIR /src
# Dependencies first, so a source change does not rebuild them (with the build settings they
# are compiled under: .cargo/config.toml sets mimalloc's C flags).
COPY Cargo.toml Cargo.lock ./
COPY .cargo .cargo
RUN mkdir -p src tests/it && echo 'fn main() {}' > src/main.rs && echo '' > src/lib.rs \
    && echo '' > tests/it/main.rs && cargo build --release --locked --bin sspr || true
COPY . .
RUN touch src/main.rs src/lib.rs && cargo build --release --locked --bin sspr

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /var/lib/sspr --shell /usr/sbin/nologin sspr \
    && mkdir -p /etc/sspr /var/lib/sspr \
    && chown sspr:sspr /var/lib/sspr
COPY --from=build /src/target/release/sspr /usr/local/bin/sspr
USER sspr
# The default database.url (sqlite://data/sspr.db) is relative to this directory, the data
# volume; a PostgreSQL url in the config file is honoured. These variables override the config
# file, so they hold only what every container wants.
WORKDIR /var/lib/sspr
ENV SSPR__SERVER__BIND=0.0.0.0:8080 \
    SSPR__SERVER__LOG_FORMAT=json
VOLUME ["/etc/sspr", "/var/lib/sspr"]
EXPOSE 8080
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/local/bin/sspr"]
CMD ["serve", "--config", "/etc/sspr/sspr.toml"]
