#!/usr/bin/env python3
"""Packs the committed PNGs into fleetdeck.ico (Windows: NSIS installer, executable) and
fleetdeck.icns (macOS: app bundle, disk image). Both formats may hold PNG data as is, so no image
library is needed. Run after render-pngs.sh."""
import os
import struct

here = os.path.dirname(os.path.abspath(__file__))


def png(size):
    with open(os.path.join(here, f"fleetdeck-{size}.png"), "rb") as f:
        return f.read()


def write_ico(sizes):
    images = [png(s) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in zip(sizes, images):
        # a width/height byte of 0 means 256
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    with open(os.path.join(here, "fleetdeck.ico"), "wb") as f:
        f.write(header + entries + blobs)


def write_icns(types):
    body = b""
    for kind, size in types:
        data = png(size)
        body += kind + struct.pack(">I", 8 + len(data)) + data
    with open(os.path.join(here, "fleetdeck.icns"), "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


write_ico([16, 24, 32, 48, 64, 128, 256])
write_icns([(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256)])
