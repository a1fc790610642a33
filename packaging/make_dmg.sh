#!/usr/bin/env bash
# macOS: build SmallCRM.app and wrap it in a disk image (run on a Mac, from the repository root).
#   packaging/make_dmg.sh            -> dist/SmallCRM-<version>.dmg
# Signing and notarising need an Apple Developer ID; set SMALLCRM_SIGN_ID to sign.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(python -c "import smallcrm; print(smallcrm.__version__)")
pyinstaller --noconfirm --clean packaging/smallcrm.spec
app="dist/SmallCRM.app"
dist/SmallCRM.app/Contents/MacOS/SmallCRM --self-test
if [ -n "${SMALLCRM_SIGN_ID:-}" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$SMALLCRM_SIGN_ID" "$app"
fi
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "SmallCRM" -srcfolder "$staging" -ov -format UDZO "dist/SmallCRM-$version.dmg"
rm -rf "$staging"
echo "dist/SmallCRM-$version.dmg"
