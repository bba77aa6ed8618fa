#!/usr/bin/env python3
"""Generates extension/icons/icon{16,32,48,128}.png: a rounded blue square with a white quote
mark bar and an amber underline. Pure standard library (zlib + struct), so it runs anywhere."""
import struct, zlib, pathlib

def png(size):
    px = []
    r = size * 0.2
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            # rounded square
            cx = min(max(x + .5, r), size - r); cy = min(max(y + .5, r), size - r)
            inside = (x + .5 - cx) ** 2 + (y + .5 - cy) ** 2 <= r * r
            col = (0, 0, 0, 0)
            if inside:
                col = (37, 99, 235, 255)
                u, v = (x + .5) / size, (y + .5) / size
                if 0.22 <= u <= 0.40 and 0.22 <= v <= 0.52 or 0.52 <= u <= 0.70 and 0.22 <= v <= 0.52:
                    col = (255, 255, 255, 255)
                if 0.22 <= u <= 0.78 and 0.66 <= v <= 0.78:
                    col = (245, 158, 11, 255)
            row += bytes(col)
        px.append(bytes(row))
    raw = b''.join(px)
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + \
        chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')

out = pathlib.Path(__file__).resolve().parent.parent / 'extension' / 'icons'
out.mkdir(parents=True, exist_ok=True)
for s in (16, 32, 48, 128):
    (out / f'icon{s}.png').write_bytes(png(s))
