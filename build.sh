#!/usr/bin/env bash
# SuggestionDesk build entry point. Installs what it needs itself (Azurite from npm with its lock file)
# and starts/stops the services its commands use, bound to 127.0.0.1 on ports of its own.
#
#   ./build.sh demo     run the main job end to end on the local default (Azurite); writes artifacts/report.pdf and
#                       prints a reminder's action link; with --serve it then serves the action pages on 127.0.0.1
#   ./build.sh test     run every test
#   ./build.sh module   build the PowerShell module into artifacts/module/SuggestionDesk
#   ./build.sh package  build it and pack it into artifacts/packages/SuggestionDesk.<version>.nupkg (Install-PSResource installs it)
#   ./build.sh bench    measure the figures of docs/performance.md (and rewrite it); names run only those
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
artifacts="$root/artifacts"
azurite_dir="$root/tools/azurite"
azurite_pid=""
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

require_dotnet() {
  command -v dotnet >/dev/null || die "the .NET SDK is not installed (dotnet not on PATH); see README.md."
}

require_tools() {
  require_dotnet
  command -v node >/dev/null && command -v npm >/dev/null || die "Node.js 20 or later and npm are needed for Azurite; see https://nodejs.org (Debian: apt-get install nodejs npm)."
  local node_major
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  (( node_major >= 20 )) || die "Node.js $(node -v) is too old for Azurite 3.37; install Node.js 20 or later."
}

install_azurite() {
  # npm ci installs exactly what package-lock.json pins; skipped when the install is current.
  local stamp="$azurite_dir/node_modules/.package-lock.json"
  if [[ ! -x "$azurite_dir/node_modules/.bin/azurite" || "$azurite_dir/package-lock.json" -nt "$stamp" ]]; then
    log "installing Azurite (npm ci, pinned by tools/azurite/package-lock.json)"
    (cd "$azurite_dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# The PDF tools the tests read reports with, and chromium, which the action pages' browser tests drive headless through
# Playwright (whose own browser download is never used): test tools only, the build needs none of them (the report's
# fonts are kept in the repository). Debian packages; installed only when one is missing (apt-get needs root, as on CI).
debian_packages=(poppler-utils qpdf chromium)
install_debian_packages() {
  local missing=()
  for package in "${debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  (( ${#missing[@]} == 0 )) && return
  command -v apt-get >/dev/null || die "the Debian packages ${missing[*]} are missing and apt-get is not available; install them by hand."
  local sudo=""
  (( EUID == 0 )) || sudo="sudo"
  log "installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
}

free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

start_azurite() {
  install_azurite
  mkdir -p "$artifacts"
  local table_port blob_port queue_port key account=sdlocal
  table_port="$(free_port)"; blob_port="$(free_port)"; queue_port="$(free_port)"
  # A throw-away account key made for this run: nothing secret is stored in the repository.
  key="$(node -e "console.log(require('crypto').randomBytes(32).toString('base64'))")"
  log "starting Azurite on 127.0.0.1 (tables :$table_port, blobs :$blob_port)"
  AZURITE_ACCOUNTS="$account:$key" "$azurite_dir/node_modules/.bin/azurite" \
    --inMemoryPersistence --tableHost 127.0.0.1 --tablePort "$table_port" \
    --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
    --skipApiVersionCheck --disableTelemetry >"$artifacts/azurite.log" 2>&1 &
  azurite_pid=$!
  trap stop_azurite EXIT
  for _ in $(seq 1 100); do
    if port_open "$table_port" && port_open "$blob_port"; then
      export SUGGESTIONDESK_STORAGE="DefaultEndpointsProtocol=http;AccountName=$account;AccountKey=$key;TableEndpoint=http://127.0.0.1:$table_port/$account;BlobEndpoint=http://127.0.0.1:$blob_port/$account;"
      return
    fi
    kill -0 "$azurite_pid" 2>/dev/null || { cat "$artifacts/azurite.log" >&2; die "Azurite exited while starting."; }
    sleep 0.2
  done
  die "Azurite did not start on 127.0.0.1:$table_port/$blob_port within 20 s; see $artifacts/azurite.log."
}

port_open() {
  node -e "require('net').connect($1,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))"
}

stop_azurite() {
  if [[ -n "$azurite_pid" ]] && kill -0 "$azurite_pid" 2>/dev/null; then
    kill "$azurite_pid" 2>/dev/null || true
    wait "$azurite_pid" 2>/dev/null || true
  fi
}

install_pwsh() {
  log "restoring dotnet local tools (pwsh 7.6.9)"
  dotnet tool restore >/dev/null
}

# End-to-end: the built module in a real pwsh, beside a stand-in module that loads an older Azure.Core; and the
# package installed as users install it, in a clean pwsh.
run_pester() {
  build_package
  log "building the OtherAzure stand-in module and restoring Pester"
  dotnet publish "$root/tests/pester/OtherAzure" --configuration Release --output "$artifacts/test/OtherAzure" --nologo -v quiet
  dotnet restore "$root/tests/pester/PesterRestore.csproj" --nologo -v quiet
  local packages
  packages="$(dotnet nuget locals global-packages --list | sed -E 's/^global-packages: *//')"
  log "running the Pester suite in pwsh"
  dotnet pwsh -NoProfile -NonInteractive -File "$root/tests/pester/Invoke-Tests.ps1" \
    -PesterManifest "${packages%/}/pester/6.2.0/tools/Pester.psd1" \
    -ModuleManifest "$artifacts/module/SuggestionDesk/SuggestionDesk.psd1" \
    -OtherAzureModule "$artifacts/test/OtherAzure/OtherAzure.dll" \
    -PackagesPath "$artifacts/packages"
}

cmd_test() {
  require_tools
  install_debian_packages
  start_azurite
  install_pwsh   # the crash test runs Import-Suggestion in a real pwsh and kills it
  log "building and running every test"
  dotnet test "$root/Automation.sln" --configuration Release --logger "console;verbosity=normal" "$@"
  run_pester
}

cmd_demo() {
  local serve=() args=()
  for arg in "$@"; do [[ "$arg" == "--serve" ]] && serve=(-Serving) || args+=("$arg"); done
  require_tools
  build_module
  start_azurite
  local port
  port="$(free_port)"
  log "running the demo through the module against Azurite (mail goes to ${artifacts#$root/}/outbox, the report to ${artifacts#$root/}/report.pdf)"
  rm -rf "$artifacts/outbox"
  dotnet pwsh -NoProfile -NonInteractive -File "$root/module/examples/demo.ps1" -Outbox "$artifacts/outbox" -ReportPath "$artifacts/report.pdf" \
    -ActionBaseUrl "http://127.0.0.1:$port/" "${serve[@]}" "${args[@]}"
  if (( ${#serve[@]} > 0 )); then
    log "serving the action pages at http://127.0.0.1:$port/ over the demo's tables (Ctrl+C stops)"
    dotnet run --project "$root/tools/SuggestionDesk.ActionHost" --configuration Release -- --port "$port" --prefix demo
  fi
}

# Report size and rendering time against PDFsharp drawing the same text with no layout (tests/SuggestionDesk.Benchmarks).
cmd_bench() {
  require_tools
  build_module
  start_azurite
  log "running the benchmarks against Azurite (the machine is shared: ratios are measured side by side)"
  dotnet run --project "$root/tests/SuggestionDesk.Benchmarks" --configuration Release -- "$@"
}

# The importable module (tools/build/Build-Module.ps1, which ./build.ps1 runs too): SuggestionDesk.dll, its manifest,
# formats, help, LICENSE, THIRD-PARTY-NOTICES and CHANGELOG.md at the top, and everything it loads (our libraries, the
# Azure SDK, the report's fonts) in dependencies/, where only its own load context looks.
build_module() {
  install_pwsh
  log "building the module into ${artifacts#$root/}/module/SuggestionDesk"
  dotnet pwsh -NoProfile -NonInteractive -File "$root/tools/build/Build-Module.ps1" -Output "$artifacts/module/SuggestionDesk"
}

# The module as a PowerShell Gallery-shaped package, made by PSResourceGet's Compress-PSResource in the pinned pwsh.
build_package() {
  build_module
  log "packing it into ${artifacts#$root/}/packages"
  dotnet pwsh -NoProfile -NonInteractive -File "$root/tools/build/New-ModulePackage.ps1" \
    -ModulePath "$artifacts/module/SuggestionDesk" -DestinationPath "$artifacts/packages"
}

cmd_module() {
  require_dotnet
  build_module
}

cmd_package() {
  require_dotnet
  build_package
}

case "${1:-}" in
  test) shift; cmd_test "$@" ;;
  demo) shift; cmd_demo "$@" ;;
  module) shift; cmd_module "$@" ;;
  package) shift; cmd_package "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  *) echo "usage: ./build.sh demo [--serve] | test | module | package | bench" >&2; exit 2 ;;
esac
