#!/usr/bin/env bash
# Renders counterpoint.svg to the window icons (PNG, 16..256 px) and the Windows .ico that jpackage uses.
# Needs ImageMagick (apt-get install imagemagick). Run after editing the SVG and commit the results.
set -euo pipefail
cd "$(dirname "$0")/../.."
svg=docs/icon/counterpoint.svg
out=src/main/resources/app/counterpoint/icons
mkdir -p "$out" src/packaging/windows
for size in 16 24 32 48 64 128 256 512; do
  # rendered large and scaled down, so small sizes are anti-aliased rather than snapped
  convert -background none -density 768 "$svg" -resize "${size}x${size}" -depth 8 -strip "PNG32:$out/counterpoint-$size.png"
done
convert "$out"/counterpoint-{16,24,32,48,64,128,256}.png src/packaging/windows/counterpoint.ico
# macOS .icns: a header and PNG entries (ic07 128, ic08 256, ic09 512 px); iconutil is not needed for that
python3 - "$out" src/packaging/macos/counterpoint.icns <<'PY'
import struct, sys, pathlib
icons, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
entries = b"".join(kind + struct.pack(">I", 8 + len(data)) + data
                   for kind, data in ((k, (icons / f"counterpoint-{s}.png").read_bytes())
                                      for k, s in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512))))
target.parent.mkdir(parents=True, exist_ok=True)
target.write_bytes(b"icns" + struct.pack(">I", 8 + len(entries)) + entries)
PY
