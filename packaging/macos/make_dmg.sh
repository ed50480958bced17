#!/usr/bin/env bash
# Wrap "dist/Journey Mapper.app" in a compressed disk image with an /Applications shortcut.
#
#   packaging/macos/make_dmg.sh            # -> dist/JourneyMapper-<version>-macOS-<arch>.dmg
#
# macOS only (hdiutil). Run after the PyInstaller build (and after signing the .app, if you sign:
# see packaging/README.md; the .dmg itself is then signed and notarised as a whole).
set -euo pipefail
cd "$(dirname "$0")/../.."

app="dist/Journey Mapper.app"
[ -d "$app" ] || { echo "error: $app not found: build first (packaging/build)" >&2; exit 2; }
version="$(/usr/libexec/PlistBuddy -c 'Print :CFBundleShortVersionString' "$app/Contents/Info.plist")"
arch="$(uname -m)"
dmg="dist/JourneyMapper-${version}-macOS-${arch}.dmg"

staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/Journey Mapper.app"   # keeps symlinks, permissions and signatures
ln -s /Applications "$staging/Applications"

rm -f "$dmg"
hdiutil create -volname "Journey Mapper $version" -srcfolder "$staging" -fs HFS+ \
  -format UDZO -imagekey zlib-level=9 -ov "$dmg"
hdiutil verify "$dmg"
echo "$dmg"
