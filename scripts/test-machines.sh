#!/usr/bin/env bash
# npm run test:machines: runs the whole suite (`npm test`) the way other
# machines would, to show that no test depends on this machine's fonts, time
# zone, locale or speed. In a fresh clone of the committed code (HEAD), after
# `npm ci`, it runs `npm test` once per condition, in a row:
#
#   plain        as the clone comes, the render cache empty
#   dejavu       a fontconfig that offers only DejaVu (FONTCONFIG_FILE)
#   liberation   a fontconfig that offers only Liberation
#   kiritimati   TZ=Pacific/Kiritimati (UTC+14) LANG=C.UTF-8
#   load         a busy loop on every core competing with the suite
#
# The suite runs five times in the same clone, so it also shows that one run
# leaves nothing behind that breaks the next. Not part of `npm test`: it takes
# about half an hour on two cores. Liberation comes from Debian's
# fonts-liberation2 (installed here when run as root on Debian; elsewhere:
# apt-get install fonts-liberation2).
#
#   npm run test:machines                    every condition
#   npm run test:machines -- dejavu load     only these
#   KEEP=1 npm run test:machines             keep the clone (path printed)
set -uo pipefail

# The whole script is read before it runs (a function, called at the end):
# it takes half an hour in the project folder, where someone may edit it
# meanwhile, and bash reads a script as it goes (an edit broke a run so).
main() {

project=$(cd "$(dirname "$0")/.." && pwd)
all=(plain dejavu liberation kiritimati load)
conditions=("$@")
[ ${#conditions[@]} -eq 0 ] && conditions=("${all[@]}")
for condition in "${conditions[@]}"; do
  [[ " ${all[*]} " == *" $condition "* ]] || { echo "test-machines: unknown condition '$condition' (one of: ${all[*]})" >&2; exit 2; }
done

work=$(mktemp -d /tmp/kindreflex-machines.XXXXXX)
busy=()
cleanup() {
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null; done
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

# A fontconfig of its own that offers the fonts of one folder only, with
# Debian's aliases (sans-serif and the like) and a cache of its own.
fontconfig_with() {
  local name=$1 dir=$2
  if [ ! -d "$dir" ]; then
    if [ -f /etc/debian_version ] && [ "$(id -u)" = 0 ]; then
      apt-get install -y -qq --no-install-recommends "$3" >/dev/null || return 1
    else
      echo "test-machines: $dir missing; install it: apt-get install $3" >&2
      return 1
    fi
  fi
  cat >"$work/fonts-$name.conf" <<XML
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>$dir</dir>
  <cachedir>$work/fontconfig-cache-$name</cachedir>
  <include ignore_missing="yes">/etc/fonts/conf.d</include>
</fontconfig>
XML
  echo "$work/fonts-$name.conf"
}

echo "test-machines: cloning $(git -C "$project" rev-parse --short HEAD) into $work/clone"
git clone -q "$project" "$work/clone" || exit 1
cd "$work/clone" || exit 1
echo "test-machines: npm ci"
npm ci --no-audit --no-fund >"$work/npm-ci.log" 2>&1 || { echo "npm ci failed: see $work/npm-ci.log"; KEEP=1; exit 1; }

results=()
failed=0
for condition in "${conditions[@]}"; do
  env=()
  case $condition in
    dejavu)
      conf=$(fontconfig_with dejavu /usr/share/fonts/truetype/dejavu fonts-dejavu-core) || { results+=("$condition: could not set up"); failed=1; continue; }
      env=(FONTCONFIG_FILE="$conf") ;;
    liberation)
      conf=$(fontconfig_with liberation /usr/share/fonts/truetype/liberation2 fonts-liberation2) || { results+=("$condition: could not set up"); failed=1; continue; }
      env=(FONTCONFIG_FILE="$conf") ;;
    kiritimati)
      env=(TZ=Pacific/Kiritimati LANG=C.UTF-8 LC_ALL=C.UTF-8) ;;
    load)
      for _ in $(seq "$(nproc)"); do node -e 'for (;;) {}' & busy+=($!); done ;;
  esac
  if [ "$condition" = dejavu ] || [ "$condition" = liberation ]; then
    # The render cache's key holds the system fonts (fc-list), so these runs
    # draw every file again under these fonts.
    echo "test-machines: $condition: sans-serif is $(env "${env[@]}" fc-match sans-serif)"
  fi
  echo "test-machines: $condition: npm test ${env[*]}"
  started=$SECONDS
  if env "${env[@]}" npm test >"$work/test-$condition.log" 2>&1; then
    outcome=passed
  else
    outcome="FAILED (log kept: $work/test-$condition.log)"
    failed=1
    KEEP=1
  fi
  summary=$(sed 's/\x1b\[[0-9;]*m//g' "$work/test-$condition.log" | grep -E '^ *(Test Files|Tests) +[0-9]' | sed 's/^ *//' | paste -sd ';' -)
  results+=("$condition: $outcome in $((SECONDS - started)) s; $summary")
  echo "test-machines: ${results[-1]}"
  for pid in "${busy[@]}"; do kill "$pid" 2>/dev/null; done
  busy=()
done

echo
echo "test-machines: $(git rev-parse --short HEAD), $(nproc) cores, $(node --version), load at end $(cut -d' ' -f1-3 /proc/loadavg)"
printf '  %s\n' "${results[@]}"
exit $failed
}

main "$@"
exit $?
