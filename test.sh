#!/usr/bin/env bash
# Builds and tests the solution (or the test projects given as arguments) and ends with one line:
#   N passed, N failed, N skipped
# Exit code 0 only when the build succeeded, tests ran, and none failed.
set -uo pipefail

repo="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
cd "$repo"
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(DroneInspect.sln)

# System packages the tests need: GTK 3 for OpenCV's native library, ExifTool for the metadata cross-checks, and
# Debian's Chromium for the browser tests (Playwright drives /usr/bin/chromium; it cannot download browsers here),
# the fonts the results-explanation PDFs embed (DejaVu Sans; WenQuanYi Micro Hei for Chinese, whose TrueType outlines
# PDFsharp can subset) and poppler's pdftotext, which the PDF tests read them back with.
missing=()
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so\.0' || missing+=(libgtk-3-0)
command -v exiftool >/dev/null || missing+=(libimage-exiftool-perl)
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
[[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]] || missing+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "test.sh: missing system packages. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "test.sh: installing ${missing[*]}..."
  compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null || apt-get update -qq
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || {
      echo "test.sh: apt-get could not install ${missing[*]}" >&2
      echo "0 passed, 1 failed, 0 skipped"
      exit 1
    }
  fi
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

for target in "${targets[@]}"; do
  if ! dotnet build "$target" -c Release --nologo -v q >"$results/build.log" 2>&1; then
    echo "test.sh: build of $target failed:"
    errors="$(grep -E ': error ' "$results/build.log" | sort -u)"
    if [[ -n "$errors" ]]; then echo "$errors"; else tail -n 40 "$results/build.log"; fi
    echo "0 passed, 1 failed, 0 skipped"
    exit 1
  fi
done

test_rc=0
index=0
for target in "${targets[@]}"; do
  index=$((index + 1))
  dotnet test "$target" -c Release --no-build --nologo --logger "trx" --results-directory "$results/trx/$index" || test_rc=$?
done

# Count each test result's outcome across the TRX files (one per test project).
outcomes="$(find "$results/trx" -name '*.trx' -exec grep -ho '<UnitTestResult [^>]*>' {} + 2>/dev/null \
  | grep -o ' outcome="[A-Za-z]*"' | cut -d'"' -f2)"
count() { [[ -z "$outcomes" ]] && echo 0 || grep -cx "$1" <<<"$outcomes" || true; }
trx_files=$(find "$results/trx" -name '*.trx' 2>/dev/null | wc -l)
all=$( [[ -z "$outcomes" ]] && echo 0 || wc -l <<<"$outcomes")
passed=$(count Passed)
skipped=$(count NotExecuted)
failed=$((all - passed - skipped))

status=0
if [[ $failed -gt 0 ]]; then
  status=1
elif [[ $test_rc -ne 0 ]]; then
  echo "test.sh: dotnet test exited with $test_rc but no TRX recorded a failure (a test host crashed?)."
  failed=1
  status=1
elif [[ $trx_files -eq 0 || $((passed + skipped)) -eq 0 ]]; then
  echo "test.sh: no tests ran."
  status=1
fi

echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
