#!/bin/sh
# Sets up a shared kentro server: run as root in kentro's source directory.
#
#   sh contrib/install.sh BINARY DATABASE
#
# README's "Deployment over SSH" runs this, and the deployment test
# (tests/deployment/) runs README's recipe as written.
set -eu
bin=${1:?usage: sh contrib/install.sh BINARY DATABASE}
db=${2:?usage: sh contrib/install.sh BINARY DATABASE}

# The system account kentro, the database's own directory (2700: the account's alone,
# set-group-id so every file made in it is group kentro), the database (0600,
# the account's) and /etc/kentro/config.toml naming it for every desk.
"$bin" init --shared --db "$db"

# kentro, set-user-id to the system account: the only door to the database.
install -o kentro -g kentro -m 4755 "$bin" /usr/local/bin/kentro

# Backups: a directory only the system account can read (set-group-id, as above).
install -d -o kentro -g kentro -m 2700 "$(dirname "$db")/backups"

# The desk's terminal: tmux with no prefix and no status line, and sshd's Match block
# giving every login in the group kentro-desk that and nothing else.
install -m 0644 contrib/tmux.conf /etc/kentro/tmux.conf
install -d -m 0755 /etc/ssh/sshd_config.d
install -m 0644 contrib/sshd_config.d/kentro.conf /etc/ssh/sshd_config.d/kentro.conf
getent group kentro-desk >/dev/null || groupadd --system kentro-desk

echo "kentro is installed; add each desk login to the group kentro-desk and to staff,"
echo "then reload sshd (systemctl reload ssh)."
