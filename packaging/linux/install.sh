#!/usr/bin/env bash
# Install (or remove) the Linux bundle for the current user: program, menu entry, icons, .jmap type.
#
#   packaging/linux/install.sh [BUNDLE_DIR]      # default: dist/journeymapper, or journeymapper/ in the tarball
#   packaging/linux/install.sh --uninstall
#
# Program: ~/.local/opt/journeymapper, command ~/.local/bin/journeymapper. Menu entry, icons and the
# application/x-journeymapper type (*.jmap) go to ~/.local/share (XDG_DATA_HOME). No root needed.
# Maps, settings and autosave copies are never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/journeymapper"
bin="$HOME/.local/bin"
sizes="16 24 32 48 64 128 256 512"

refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt"
  rm -f "$bin/journeymapper" "$data/applications/journeymapper.desktop" \
        "$data/mime/packages/journeymapper-mime.xml" "$data/icons/hicolor/scalable/apps/journeymapper.svg" \
        "$data/icons/hicolor/scalable/mimetypes/application-x-journeymapper.svg"
  for s in $sizes; do
    rm -f "$data/icons/hicolor/${s}x${s}/apps/journeymapper.png" \
          "$data/icons/hicolor/${s}x${s}/mimetypes/application-x-journeymapper.png"
  done
  refresh
  echo "Journey Mapper removed"
  exit 0
fi

default="$root/dist/journeymapper"                                   # a source checkout after packaging/build
[ -x "$root/journeymapper/journeymapper" ] && default="$root/journeymapper"  # the release tarball
bundle="$(cd "${1:-$default}" && pwd)"
[ -x "$bundle/journeymapper" ] || { echo "error: no $bundle/journeymapper: build first (packaging/build)" >&2; exit 2; }

rm -rf "$opt" && mkdir -p "$(dirname "$opt")" "$bin" "$data/applications" "$data/mime/packages"
cp -a "$bundle" "$opt"
ln -sfn "$opt/journeymapper" "$bin/journeymapper"
# Absolute paths: a desktop session's PATH does not always include ~/.local/bin.
sed -e "s|^Exec=journeymapper|Exec=$opt/journeymapper|" -e "s|^TryExec=journeymapper|TryExec=$opt/journeymapper|" \
    "$here/journeymapper.desktop" > "$data/applications/journeymapper.desktop"
cp "$here/journeymapper-mime.xml" "$data/mime/packages/journeymapper-mime.xml"
for s in $sizes; do
  mkdir -p "$data/icons/hicolor/${s}x${s}/apps" "$data/icons/hicolor/${s}x${s}/mimetypes"
  cp "$here/../icons/journeymapper-$s.png" "$data/icons/hicolor/${s}x${s}/apps/journeymapper.png"
  cp "$here/../icons/jmap-document-$s.png" "$data/icons/hicolor/${s}x${s}/mimetypes/application-x-journeymapper.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/icons/hicolor/scalable/mimetypes"
cp "$root/resources/icons/journeymapper.svg" "$data/icons/hicolor/scalable/apps/journeymapper.svg"
cp "$root/resources/icons/jmap-document.svg" "$data/icons/hicolor/scalable/mimetypes/application-x-journeymapper.svg"
refresh
echo "Journey Mapper $("$opt/journeymapper" --version | sed 's/^Journey Mapper //') installed in $opt"
