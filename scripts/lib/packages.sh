# shellcheck shell=bash disable=SC2034  # the arrays are read by the scripts that source this
# Sourced by scripts/test, scripts/demo and scripts/bench: installs the Debian packages they
# need, only when missing (apt-get update first, as a fresh machine needs).

# Building sspr: the passkey relying party (webauthn-rs) links OpenSSL through openssl-sys,
# which finds it with pkg-config.
SSPR_BUILD_PACKAGES=(libssl-dev pkg-config)
# samba-dsdb-modules and samba-ad-provision are only Recommends of samba, yet a DC cannot
# provision without them: name them, and keep recommends on.
SSPR_DC_PACKAGES=(samba samba-ad-dc samba-dsdb-modules samba-ad-provision samba-common-bin python3-samba
    ldap-utils krb5-user winbind openssl iproute2 ca-certificates)
# Browser tests: Debian's headless Chromium driven over WebDriver, and a Japanese font so that
# the screenshots of the Japanese pages (and the switcher's 日本語) show letters, not boxes.
SSPR_BROWSER_PACKAGES=(chromium chromium-driver fonts-ipafont-gothic)
# Node.js and npm, only where the machine has no npm of its own (scripts/test checks PATH first):
# npm installs what the browser tests load into pages (tests/browser/package.json: axe-core).
SSPR_NODE_PACKAGES=(nodejs npm)
# Reverse-proxy tests: the shipped nginx configuration, run for real.
SSPR_PROXY_PACKAGES=(nginx)
# The PostgreSQL backend's tests: a throwaway server started by scripts/postgres.
SSPR_DATABASE_PACKAGES=(postgresql)
# scripts/bench: the load generator, nginx as the static-file baseline, sqlite3 to count the
# session rows pages write, curl to wait for readiness, procps (pgrep) to give the DC its own CPU.
SSPR_BENCH_PACKAGES=(wrk nginx sqlite3 curl procps)

ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        printf '\n== installing %s\n' "${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}
