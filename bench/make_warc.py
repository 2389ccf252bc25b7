#!/usr/bin/env python3
"""Writes a CC-NEWS-style WARC.gz (one gzip member per record: warcinfo, then
request/response pairs) from HTML files, repeating them until the output
reaches --mb megabytes. Used by bench/run to measure streaming throughput
and peak memory on a large archive. Standard library only."""
import argparse, gzip, io, os, sys, uuid, datetime

def record(warc_type, uri, payload, extra=b""):
    head = (b"WARC/1.0\r\nWARC-Type: " + warc_type + b"\r\nWARC-Target-URI: " + uri.encode() +
            b"\r\nWARC-Date: 2026-02-27T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + str(uuid.uuid4()).encode() +
            b">\r\n" + extra + b"Content-Length: " + str(len(payload)).encode() + b"\r\n\r\n")
    return gzip.compress(head + payload + b"\r\n\r\n", compresslevel=6)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("inputs", nargs="+", help="HTML files or directories")
    ap.add_argument("--mb", type=float, default=100)
    a = ap.parse_args()
    pages = []
    for p in a.inputs:
        paths = [os.path.join(d, f) for d, _, fs in os.walk(p) for f in sorted(fs)] if os.path.isdir(p) else [p]
        for f in sorted(paths):
            if f.endswith((".html", ".htm")):
                pages.append(open(f, "rb").read())
    if not pages:
        sys.exit("make_warc: no HTML pages found")
    limit, written, n = a.mb * 1e6, 0, 0
    with open(a.out, "wb") as out:
        out.write(record(b"warcinfo", "", b"software: dateline bench\r\n", b"Content-Type: application/warc-fields\r\n"))
        while written < limit:
            body = pages[n % len(pages)]
            uri = "https://bench.example/article/%d" % n
            http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                    str(len(body)).encode() + b"\r\n\r\n" + body)
            out.write(record(b"request", uri, b"GET / HTTP/1.1\r\n\r\n", b"Content-Type: application/http; msgtype=request\r\n"))
            out.write(record(b"response", uri, http, b"Content-Type: application/http; msgtype=response\r\n"))
            written += len(http)
            n += 1
    print("make_warc: %d responses, %.1f MB uncompressed payload -> %s" % (n, written / 1e6, a.out), file=sys.stderr)

main()
