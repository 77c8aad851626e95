#!/bin/sh
# Installs what tejun needs from Debian's packages, when it is missing:
# Chromium, its driver, its Japanese UI strings and CJK fonts, and strace (the harness test that
# watches every Chromium tejun starts for traffic beyond loopback). Uses sudo when not root.
set -eu
PACKAGES="chromium chromium-driver chromium-l10n fonts-noto-cjk strace"

missing=""
for package in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $package"
  fi
done
if [ -z "$missing" ]; then
  echo "tejun: prerequisites present ($PACKAGES)"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1; then
  as_root="sudo"
else
  echo "tejun: cannot install$missing: run as root, or install sudo" >&2
  exit 1
fi
echo "tejun: installing$missing"
$as_root apt-get update -q
$as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
