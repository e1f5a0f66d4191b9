"""A mock AI provider for the SDK tests: it speaks OpenAI's and Anthropic's
wire formats, echoes the last user message, and streams one character per
HTTP chunk so restoration across chunk boundaries is exercised for real."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []

    def add(self, path, headers, body):
        with self.lock:
            self.requests.append({"path": path, "headers": {k.lower(): v for k, v in headers.items()}, "body": body})

    def last(self):
        with self.lock:
            return self.requests[-1]


def last_user_text(body):
    for m in reversed(body.get("messages", [])):
        if m.get("role") == "user":
            c = m.get("content")
            if isinstance(c, str):
                return c
            return "".join(p.get("text", "") for p in c if isinstance(p, dict))
    inp = body.get("input")
    if isinstance(inp, str):
        return inp
    return ""


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    recorder: Recorder = None

    def log_message(self, *args):
        pass

    def _json(self, status, obj):
        data = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _start_stream(self):
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.end_headers()

    def _chunk(self, data: bytes):
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def _event(self, data, event=None, one_byte=False):
        raw = ""
        if event:
            raw += f"event: {event}\n"
        raw += f"data: {data if isinstance(data, str) else json.dumps(data)}\n\n"
        b = raw.encode()
        if one_byte:
            for i in range(len(b)):
                self._chunk(b[i : i + 1])
        else:
            self._chunk(b)

    def _end_stream(self):
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def do_POST(self):
        length = int(self.headers.get("content-length", "0"))
        body = json.loads(self.rfile.read(length) or b"{}")
        self.recorder.add(self.path, self.headers, body)
        model = body.get("model", "")
        text = last_user_text(body)
        if model.endswith("-500"):
            return self._json(500, {"error": {"message": "boom"}})
        if self.path == "/v1/chat/completions":
            return self.chat(body, model, text)
        if self.path == "/v1/embeddings":
            inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
            return self._json(200, {
                "object": "list",
                "model": model,
                "data": [{"object": "embedding", "index": i, "embedding": [0.1, 0.2, 0.3]} for i, _ in enumerate(inputs)],
                "usage": {"prompt_tokens": 3, "total_tokens": 3},
            })
        if self.path == "/v1/messages":
            return self.messages(body, model, text)
        self._json(404, {"error": {"message": "no such route"}})

    def chat(self, body, model, text):
        reply = f"Echo: {text}"
        if not body.get("stream"):
            return self._json(200, {
                "id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": model,
                "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": reply}}],
                "usage": {"prompt_tokens": 5, "completion_tokens": 7, "total_tokens": 12},
            })
        self._start_stream()
        base = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 0, "model": model}
        self._event({**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]})
        one_byte = model.endswith("-bytes")
        for ch in reply:
            self._event({**base, "choices": [{"index": 0, "delta": {"content": ch}, "finish_reason": None}]}, one_byte=one_byte)
        if model.endswith("-cut"):
            return self._end_stream()
        self._event({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
        self._event("[DONE]")
        self._end_stream()

    def messages(self, body, model, text):
        reply = f"Echo: {text}"
        if not body.get("stream"):
            return self._json(200, {
                "id": "msg_1", "type": "message", "role": "assistant", "model": model,
                "content": [{"type": "text", "text": reply}],
                "stop_reason": "end_turn", "stop_sequence": None,
                "usage": {"input_tokens": 5, "output_tokens": 7},
            })
        self._start_stream()
        self._event({"type": "message_start", "message": {"id": "msg_1", "type": "message", "role": "assistant", "model": model, "content": [], "stop_reason": None, "stop_sequence": None, "usage": {"input_tokens": 5, "output_tokens": 0}}}, "message_start")
        self._event({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}, "content_block_start")
        for ch in reply:
            self._event({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": ch}}, "content_block_delta")
        if model.endswith("-cut"):
            return self._end_stream()
        self._event({"type": "content_block_stop", "index": 0}, "content_block_stop")
        self._event({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None}, "usage": {"output_tokens": 7}}, "message_delta")
        self._event({"type": "message_stop"}, "message_stop")
        self._end_stream()


def start():
    """Starts the mock on a free port; returns (server, recorder)."""
    recorder = Recorder()
    handler = type("BoundHandler", (Handler,), {"recorder": recorder})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, recorder
