"""The waitress server as `cuishou serve` builds it (webapp/serving.py), over real sockets:
a body over the server's limit gets the API's JSON 413 (not a reset), and request bodies
wait for room in the body budget instead of all being buffered at once. Memory figures
come from benchmarks/bench_memory.py, not from here."""
from __future__ import annotations

import http.client
import json
import select
import socket
import time

import jsonschema
from live_server import LiveServer

from webapp import serving
from webapp.api.views import openapi_document


def error_schema(app) -> dict:
    with app.app_context():
        document = openapi_document(app)
    return {"$ref": "#/components/schemas/Error", "components": document["components"]}


def test_body_over_the_server_limit_gets_the_json_413(live_server):
    body = b"x" * serving.MAX_REQUEST_BODY  # waitress refuses content_length >= its limit
    conn = http.client.HTTPConnection("127.0.0.1", live_server.port, timeout=60)
    try:
        conn.request("POST", "/api/v1/analyze", body=body, headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        payload = resp.read()
    finally:
        conn.close()
    assert resp.status == 413 and resp.getheader("Content-Type") == "application/json"
    answer = json.loads(payload)
    jsonschema.validate(answer, error_schema(live_server.app))
    assert answer["error"]["code"] == "body_too_large" and "16 MB" in answer["error"]["message"]


def test_body_under_the_server_limit_reaches_the_app(live_server):
    body = json.dumps({"text": "x" * 10}).encode() + b" " * (3 * 1024 * 1024)  # over the API's own 2 MB
    conn = http.client.HTTPConnection("127.0.0.1", live_server.port, timeout=60)
    try:
        conn.request("POST", "/api/v1/analyze", body=body, headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        answer = json.loads(resp.read())
    finally:
        conn.close()
    assert resp.status == 413 and answer["error"]["code"] == "body_too_large"


def _send_head(port: int, length: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=30)
    sock.sendall(f"POST /api/v1/analyze HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 f"Content-Length: {length}\r\nConnection: close\r\n\r\n".encode())
    return sock


def _answered(sock: socket.socket, wait: float) -> bool:
    readable, _, _ = select.select([sock], [], [], wait)
    return bool(readable)


def test_bodies_wait_for_room_in_the_body_budget(make_app):
    size = 600 * 1024
    server = LiveServer(make_app(TESTING=False), budget=size + 1024)
    body = b'{"text": "' + b"x" * (size - 12) + b'"}'
    first = second = None
    try:
        first = _send_head(server.port, size)
        first.sendall(body[:1000])  # holds the whole budget while its body is still coming
        time.sleep(0.3)
        second = _send_head(server.port, size)
        second.setblocking(False)
        sent = 0
        try:  # as much as the kernel's buffers take: the server is not reading this body
            while sent < len(body):
                sent += second.send(body[sent:sent + 65536])
        except BlockingIOError:
            pass
        assert not _answered(second, 1.5), "the second body was read while the budget was full"
        first.sendall(body[1000:])
        assert _answered(first, 10) and first.recv(64).startswith(b"HTTP/1.1 4")
        second.settimeout(30)
        second.sendall(body[sent:])
        assert _answered(second, 10)
        assert second.recv(64).startswith(b"HTTP/1.1 4")
    finally:
        for sock in (first, second):
            if sock is not None:
                sock.close()
        server.close()
