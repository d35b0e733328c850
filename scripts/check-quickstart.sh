#!/usr/bin/env bash
# Proves that the README's quickstart works from a fresh clone.
#
#   bash scripts/check-quickstart.sh        (or: npm run check:quickstart)
#
# What it does, in order:
#   1. clones the repository's committed HEAD (not the working tree: uncommitted changes are not
#      tested) into a fresh temporary directory, through git's transport so it is a real clone;
#   2. in the clone, with no DATABASE_URL / NEXTAUTH_SECRET / SMTP_URL / APP_URL and with PORT and
#      EMBEDDED_DATABASE_PORT set to free ports, runs the README's first command literally,
#      `npm install && npm start`, in its own process group, output to a log file;
#   3. waits (up to QUICKSTART_TIMEOUT seconds, default 720) for the start banner or for
#      /api/health, failing as soon as the command dies;
#   4. reads the demo owner's email and password from the printed banner, signs in over HTTP with
#      curl (next-auth credentials flow) and checks the session and `identity.getMe`;
#   5. stops the process group (SIGTERM, then SIGKILL after 20 s), checks that nothing still
#      listens on the two ports, deletes the temporary directory (trap on EXIT);
#   6. prints `quickstart check: PASS` or `quickstart check: FAIL (<reason>)` as its last line and
#      exits 0 or 1.
#
# npm's cache (~/.npm) is left alone, so the install mostly comes from the cache. Works as root.
# Needs: git, node/npm, curl.
# shellcheck disable=SC2317 # (functions run from traps look unreachable to shellcheck)
set -euo pipefail

readonly TIMEOUT_SECONDS="${QUICKSTART_TIMEOUT:-720}" # the whole install + migrate + build + serve
readonly STOP_GRACE_SECONDS=20
readonly QUICKSTART_COMMAND='npm install && npm start' # the README's first command, verbatim

START_TIME=$SECONDS
REASON=""    # why the check failed; set by fail() or the ERR trap
TMP_DIR=""   # the temporary directory holding the clone and the log
APP_PGID=""  # process group of the quickstart command while it runs
PORT=""
DB_PORT=""

say() { printf '[quickstart] %s\n' "$*"; }
elapsed() { local s=$((SECONDS - START_TIME)); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

# Records the reason and exits non-zero; the EXIT trap cleans up and prints the verdict.
fail() {
  REASON="$1"
  exit 1
}

# Prints the end of the quickstart's log (used on failure).
show_log_tail() {
  local log="${TMP_DIR:+$TMP_DIR/quickstart.log}"
  if [[ -n "$log" && -s "$log" ]]; then
    say "last 60 lines of the quickstart's output:"
    tail -n 60 "$log" | sed 's/^/    | /'
  fi
}

# True when something accepts TCP connections on 127.0.0.1:$1 (node is always there; ss may not be).
port_in_use() {
  node -e '
    const socket = require("net").connect({ host: "127.0.0.1", port: Number(process.argv[1]) });
    socket.setTimeout(1000);
    socket.on("connect", () => process.exit(0));
    socket.on("timeout", () => process.exit(1));
    socket.on("error", () => process.exit(1));
  ' "$1"
}

# Prints a TCP port that is free right now (the kernel picks it).
free_port() {
  node -e '
    const server = require("net").createServer();
    server.listen(0, "127.0.0.1", () => { console.log(server.address().port); server.close(); });
  '
}

# Reads the JSON document on stdin and prints the value at a dotted path (strings raw, others as
# JSON); exits non-zero when the input is not JSON or the path is absent.
json_get() {
  node -e '
    let data;
    try { data = JSON.parse(require("fs").readFileSync(0, "utf8")); } catch { process.exit(3); }
    const value = process.argv[1].split(".").reduce((o, k) => (o == null ? undefined : o[k]), data);
    if (value === undefined || value === null) process.exit(2);
    console.log(typeof value === "string" ? value : JSON.stringify(value));
  ' "$1"
}

# True while any process of the quickstart's process group is alive.
group_alive() { [[ -n "$APP_PGID" ]] && kill -0 -- "-$APP_PGID" 2>/dev/null; }

# Stops the quickstart's process group: SIGTERM, then SIGKILL after the grace period.
# Returns 1 if SIGKILL was needed (`npm start` did not stop cleanly).
stop_app() {
  group_alive || { APP_PGID=""; return 0; }
  say "stopping the quickstart (SIGTERM to process group $APP_PGID)…"
  kill -TERM -- "-$APP_PGID" 2>/dev/null || true
  local waited=0
  while group_alive && ((waited < STOP_GRACE_SECONDS * 2)); do
    sleep 0.5
    waited=$((waited + 1))
  done
  if group_alive; then
    say "still running after ${STOP_GRACE_SECONDS}s: SIGKILL"
    kill -KILL -- "-$APP_PGID" 2>/dev/null || true
    sleep 1
    APP_PGID=""
    return 1
  fi
  say "stopped in $((waited / 2))s"
  APP_PGID=""
  return 0
}

# Kills (by pid) any process still working inside the clone that escaped the process group.
kill_strays_in_clone() {
  [[ -n "$TMP_DIR" && -d /proc ]] || return 0
  local proc pid cwd strays=()
  for proc in /proc/[0-9]*; do
    pid="${proc#/proc/}"
    cwd="$(readlink "$proc/cwd" 2>/dev/null || true)"
    [[ "$cwd" == "$TMP_DIR"* ]] && strays+=("$pid")
  done
  if ((${#strays[@]} > 0)); then
    say "processes still running in the clone: ${strays[*]} (killing them)"
    kill -KILL "${strays[@]}" 2>/dev/null || true
    return 1
  fi
  return 0
}

on_exit() {
  local status=$?
  trap - EXIT ERR INT TERM
  set +e
  if ((status != 0)) && [[ -z "$REASON" ]]; then REASON="unexpected error (exit $status)"; fi
  ((status != 0)) && show_log_tail
  stop_app
  kill_strays_in_clone
  if [[ -n "$TMP_DIR" && -d "$TMP_DIR" ]]; then
    # Keep a copy of the log for later reading; the clone itself goes.
    [[ -f "$TMP_DIR/quickstart.log" ]] &&
      cp "$TMP_DIR/quickstart.log" "${TMPDIR:-/tmp}/fairtrace-quickstart-last.log"
    rm -rf "$TMP_DIR"
  fi
  say "took $(elapsed); full log: ${TMPDIR:-/tmp}/fairtrace-quickstart-last.log"
  if ((status == 0)); then
    echo "quickstart check: PASS"
    exit 0
  fi
  echo "quickstart check: FAIL ($REASON)"
  exit 1
}
trap on_exit EXIT
trap 'REASON="${REASON:-command failed at line $LINENO: $BASH_COMMAND}"' ERR
trap 'REASON="${REASON:-interrupted}"; exit 130' INT TERM

for tool in git node npm curl; do
  command -v "$tool" >/dev/null || fail "$tool is not installed"
done

# ── 1. A fresh clone of the committed HEAD ─────────────────────────────────────────────────────
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(git -C "$SCRIPT_DIR" rev-parse --show-toplevel)" || fail "not inside a git repository"
HEAD_COMMIT="$(git -C "$REPO_ROOT" rev-parse HEAD)" || fail "the repository has no commit"
if [[ -n "$(git -C "$REPO_ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then
  say "note: the working tree has uncommitted changes; only the committed HEAD is checked"
fi

TMP_DIR="$(mktemp -d "${TMPDIR:-/tmp}/fairtrace-quickstart.XXXXXX")"
CLONE="$TMP_DIR/fairtrace"
LOG="$TMP_DIR/quickstart.log"
say "cloning $REPO_ROOT at ${HEAD_COMMIT:0:12} into $CLONE"
# --no-local: go through git's transport (a real clone, no hard links); then pin exactly HEAD,
# even if HEAD is detached or the branch moved meanwhile.
git clone --quiet --no-local "$REPO_ROOT" "$CLONE" || fail "git clone failed"
git -C "$CLONE" -c advice.detachedHead=false checkout --quiet --detach "$HEAD_COMMIT" ||
  fail "could not check out $HEAD_COMMIT in the clone"

# ── 2. Run the quickstart command in the background, in its own process group ──────────────────
PORT="$(free_port)"
DB_PORT="$(free_port)"
while [[ "$DB_PORT" == "$PORT" ]]; do DB_PORT="$(free_port)"; done
say "PORT=$PORT EMBEDDED_DATABASE_PORT=$DB_PORT"

# The environment of a new user: none of the app's settings, and none of the npm_* variables that
# `npm run` adds when this check itself is started through npm (they would steer the nested npm).
unset_args=(-u DATABASE_URL -u NEXTAUTH_SECRET -u NEXTAUTH_URL -u SMTP_URL -u SMTP_FROM -u APP_URL
  -u DEMO_DATA -u EMBEDDED_DATABASE_DIR -u EMBEDDED_DATABASE_MAX_CONNECTIONS -u NODE_ENV -u INIT_CWD)
while IFS= read -r name; do
  [[ "$name" == npm_* ]] && unset_args+=(-u "$name")
done < <(compgen -e)

say "running \`$QUICKSTART_COMMAND\` in the clone (output: $LOG)"
# setsid: the command leads a new session and process group (its pid is the group id), so the
# whole tree (bash, npm, tsx, next-server) can be signalled at once.
(cd "$CLONE" &&
  exec env "${unset_args[@]}" PORT="$PORT" EMBEDDED_DATABASE_PORT="$DB_PORT" \
    setsid bash -c "$QUICKSTART_COMMAND") </dev/null >"$LOG" 2>&1 &
APP_PID=$!
APP_PGID=$APP_PID
sleep 1
# Field 5 of /proc/PID/stat is the process group (the command name, field 2, has no spaces here).
actual_pgid="$(awk '{ print $5 }' "/proc/$APP_PID/stat" 2>/dev/null || true)"
if [[ -n "$actual_pgid" && "$actual_pgid" != "$APP_PID" ]]; then
  fail "the quickstart did not get its own process group (pgid $actual_pgid)"
fi

# ── 3. Wait for the banner (or /api/health), failing fast if the command dies ──────────────────
BANNER_PATTERN='Fairtrace is running at '
health_ok() { curl -fsS --max-time 5 -o /dev/null "http://127.0.0.1:$PORT/api/health" 2>/dev/null; }

wait_start=$SECONDS
next_progress=30
healthy_since=""
while true; do
  waited=$((SECONDS - wait_start))
  if grep -q "$BANNER_PATTERN" "$LOG" && grep -q 'Stop it with Ctrl+C' "$LOG"; then
    say "banner printed after ${waited}s"
    break
  fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    rc=0
    wait "$APP_PID" || rc=$?
    APP_PGID="" # already gone (stray children, if any, are caught on exit)
    fail "\`$QUICKSTART_COMMAND\` exited with status $rc after ${waited}s before the app was up"
  fi
  if [[ -z "$healthy_since" ]] && health_ok; then
    healthy_since=$SECONDS
    say "/api/health answers after ${waited}s; waiting for the banner"
  fi
  # The banner comes right after /api/health answers; give it a little while, no more.
  if [[ -n "$healthy_since" ]] && ((SECONDS - healthy_since > 30)); then
    fail "/api/health answers but the start banner was not printed within 30s"
  fi
  if ((waited >= TIMEOUT_SECONDS)); then
    fail "the app was not up after ${TIMEOUT_SECONDS}s"
  fi
  if ((waited >= next_progress)); then
    last_line="$(grep -v '^[[:space:]]*$' "$LOG" | tail -n 1 | cut -c1-110 || true)"
    say "… ${waited}s, still starting; last output: ${last_line:-(none yet)}"
    next_progress=$((next_progress + 30))
  fi
  sleep 2
done

# ── 4. Read the credentials from the banner, sign in over HTTP, check who we are ───────────────
# Only the lines of the last banner count (a restart inside the log would print another).
banner="$(awk -v pattern="$BANNER_PATTERN" 'index($0, pattern) { buffer = "" } { buffer = buffer $0 "\n" } END { printf "%s", buffer }' "$LOG" | tr -d '\r')"
APP_URL_PRINTED=""
OWNER_EMAIL=""
OWNER_PASSWORD=""
DEMO_ORG=""
while IFS= read -r line; do
  if [[ "$line" =~ Fairtrace\ is\ running\ at\ (https?://[^[:space:]]+) ]]; then
    APP_URL_PRINTED="${BASH_REMATCH[1]%/}"
  elif [[ "$line" =~ ^[[:space:]]+owner[[:space:]]+([^[:space:]]+@[^[:space:]]+)[[:space:]]+password:[[:space:]]+(.*[^[:space:]])[[:space:]]*$ ]]; then
    OWNER_EMAIL="${BASH_REMATCH[1]}"
    OWNER_PASSWORD="${BASH_REMATCH[2]}"
  elif [[ "$line" =~ ^Demo\ organisation:\ (.*[^[:space:]])[[:space:]]*$ ]]; then
    DEMO_ORG="${BASH_REMATCH[1]}"
  fi
done <<<"$banner"

[[ -n "$APP_URL_PRINTED" ]] || fail "the banner does not print the app's address"
[[ "$APP_URL_PRINTED" == *":$PORT" ]] || fail "the banner prints $APP_URL_PRINTED, expected port $PORT"
[[ -n "$OWNER_EMAIL" && -n "$OWNER_PASSWORD" ]] ||
  fail "the banner does not print the demo owner's email and password"
say "banner: $APP_URL_PRINTED, demo owner $OWNER_EMAIL${DEMO_ORG:+, organisation \"$DEMO_ORG\"}"

BASE="$APP_URL_PRINTED" # sign in at the address the user is told to open
JAR="$TMP_DIR/cookies.txt"
: >"$JAR"
curl_app() { curl -sS --max-time 60 -b "$JAR" -c "$JAR" "$@"; }

health_body="$(curl_app "$BASE/api/health")" || fail "GET /api/health failed"
[[ "$(json_get status <<<"$health_body")" == "ok" ]] ||
  fail "GET /api/health answered $health_body"

csrf_body="$(curl_app "$BASE/api/auth/csrf")" || fail "GET /api/auth/csrf failed"
csrf_token="$(json_get csrfToken <<<"$csrf_body")" || fail "GET /api/auth/csrf gave no csrfToken"

sign_in_status="$(curl_app -o "$TMP_DIR/sign-in.json" -w '%{http_code}' \
  -H 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode "csrfToken=$csrf_token" \
  --data-urlencode "email=$OWNER_EMAIL" \
  --data-urlencode "password=$OWNER_PASSWORD" \
  --data-urlencode "json=true" \
  "$BASE/api/auth/callback/credentials")" || fail "POST /api/auth/callback/credentials failed"
sign_in_body="$(cat "$TMP_DIR/sign-in.json")"
if [[ "$sign_in_status" != "200" || "$sign_in_body" == *"error="* ]]; then
  fail "signing in as $OWNER_EMAIL with the printed password failed (HTTP $sign_in_status: ${sign_in_body:0:200})"
fi

session_body="$(curl_app "$BASE/api/auth/session")" || fail "GET /api/auth/session failed"
session_email="$(json_get user.email <<<"$session_body")" ||
  fail "no signed-in user in /api/auth/session (${session_body:0:200})"
[[ "$session_email" == "$OWNER_EMAIL" ]] ||
  fail "/api/auth/session names $session_email, expected $OWNER_EMAIL"
say "signed in: /api/auth/session names $session_email"

me_status="$(curl_app -o "$TMP_DIR/me.json" -w '%{http_code}' "$BASE/api/trpc/identity.getMe")" ||
  fail "GET /api/trpc/identity.getMe failed"
me_body="$(cat "$TMP_DIR/me.json")"
[[ "$me_status" == "200" ]] || fail "identity.getMe answered HTTP $me_status (${me_body:0:200})"
me_email="$(json_get result.data.json.user.email <<<"$me_body")" ||
  fail "identity.getMe returned no user (${me_body:0:200})"
[[ "$me_email" == "$OWNER_EMAIL" ]] || fail "identity.getMe returned user $me_email, expected $OWNER_EMAIL"
org_name="$(json_get result.data.json.activeOrganization.name <<<"$me_body")" ||
  fail "identity.getMe returned no active organisation (${me_body:0:200})"
if [[ -n "$DEMO_ORG" && "$org_name" != "$DEMO_ORG" ]]; then
  fail "identity.getMe returned organisation \"$org_name\", the banner printed \"$DEMO_ORG\""
fi
say "identity.getMe: $me_email in \"$org_name\""

# ── 5. Stop it and make sure nothing is left behind ────────────────────────────────────────────
stop_app || fail "\`npm start\` did not stop within ${STOP_GRACE_SECONDS}s of SIGTERM"
kill_strays_in_clone || fail "processes outlived the quickstart's process group"
for port in "$PORT" "$DB_PORT"; do
  if port_in_use "$port"; then fail "something still listens on port $port after stopping"; fi
done
say "nothing listens on ports $PORT and $DB_PORT any more"
exit 0
