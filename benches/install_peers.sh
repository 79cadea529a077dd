#!/usr/bin/env bash
# Installs the peers of the sentence benchmark into the environment of the given Python:
#   bash benches/install_peers.sh .venv/bin/python
# pySBD and sentencex are required. PyICU builds against the system ICU: its Debian packages are
# installed first where missing; if PyICU still cannot be had, the benchmark skips the ICU peer.
set -euo pipefail

python=${1:?usage: install_peers.sh PYTHON}
here=$(cd "$(dirname "$0")" && pwd)
pip=("$python" -m pip --disable-pip-version-check -q)

"${pip[@]}" install -r "$here/requirements-peers.txt"

if "$python" -c 'import icu' 2>/dev/null; then
    exit 0
fi

if ! dpkg -s libicu-dev pkg-config >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libicu-dev pkg-config >/dev/null
    else
        echo "install_peers: libicu-dev and pkg-config are missing and cannot be installed here (needs root and apt-get)" >&2
    fi
fi

if ! "${pip[@]}" install -r "$here/requirements-icu.txt"; then
    echo "install_peers: PyICU could not be built (see the pip output above): the benchmark skips the ICU peer" >&2
fi
