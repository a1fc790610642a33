#!/usr/bin/env bash
# Linux: install a built SmallCRM folder for this user and add it to the desktop's menu.
# The spec copies this script and smallcrm.desktop into dist/SmallCRM/, so the owner
# unpacks the folder and runs ./install.sh from it. Nothing needs root.
set -euo pipefail
src="$(cd "$(dirname "$0")" && pwd)"
dest="$HOME/.local/lib/SmallCRM"
if [ "$src" != "$dest" ]; then
  rm -rf "$dest"
  mkdir -p "$dest"
  cp -R "$src/." "$dest/"
fi
mkdir -p "$HOME/.local/bin" "$HOME/.local/share/applications"
ln -sf "$dest/SmallCRM" "$HOME/.local/bin/SmallCRM"
for size in 16 24 32 48 64 128 256 512; do
  icons="$HOME/.local/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$icons"
  cp "$dest/_internal/resources/icons/smallcrm-$size.png" "$icons/smallcrm.png"
done
sed "s|^Exec=SmallCRM|Exec=$dest/SmallCRM|" "$dest/smallcrm.desktop" > "$HOME/.local/share/applications/smallcrm.desktop"
update-desktop-database "$HOME/.local/share/applications" 2>/dev/null || true
echo "SmallCRM is installed in $dest and listed in the applications menu."
