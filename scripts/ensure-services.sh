#!/usr/bin/env bash
# Installs (Debian) and starts what jnova's tests talk to, so a fresh machine can run them.
# Idempotent: anything already installed or listening is left alone. Needs root (or sudo) to install.
set -uo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && exec 3>&- ; }
wait_port() { for _ in $(seq 1 "${2:-60}"); do listening "$1" && return 0; sleep 1; done; return 1; }
say() { printf 'ensure-services: %s\n' "$*" >&2; }

apt_updated=0
need_pkgs() {
  local missing=()
  for p in "$@"; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]}"
  if [ $apt_updated = 0 ]; then as_root apt-get update -q >/dev/null && apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    || say "could not install ${missing[*]}; tests that need them will say they were skipped"
}

# Build tools, the Python peers (interop referees) and libvirt's in-process test driver.
command -v mvn >/dev/null || need_pkgs maven
command -v javac >/dev/null || need_pkgs openjdk-17-jdk-headless
need_pkgs python3-oslo.messaging python3-nova libvirt0
# Keystone (served by uwsgi on loopback by scripts/keystone) and the real OpenStack clients: the referees of
# jnova's authentication, policy and client-compatibility tests.
need_pkgs python3-keystone python3-openstackclient python3-novaclient uwsgi-core uwsgi-plugin-python3
# The OpenStack Placement service (python3-placement 8.0.0), referee of the placement adapters: scripts/placement.
need_pkgs python3-placement

# RabbitMQ on 127.0.0.1:5672 (guest/guest).
if ! listening 5672; then
  need_pkgs rabbitmq-server
  say "starting rabbitmq-server"
  as_root rabbitmq-server -detached >/dev/null 2>&1 || true
  wait_port 5672 90 || say "RabbitMQ did not come up on 5672; rabbit tests will be skipped"
fi

# PostgreSQL on 127.0.0.1:5432.
if ! listening 5432; then
  need_pkgs postgresql
  say "starting postgresql"
  as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql 2>/dev/null | tail -1)" main start >/dev/null 2>&1 || true
  wait_port 5432 30 || say "PostgreSQL did not come up; PostgreSQL persistence tests will be skipped"
fi

# MariaDB on 127.0.0.1:3306.
if ! listening 3306; then
  need_pkgs mariadb-server
  say "starting mariadb"
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >/dev/null 2>&1 || true
  wait_port 3306 30 || say "MariaDB did not come up; MariaDB persistence tests will be skipped"
fi
exit 0
