// Tiny dependency-free static file server for dist/ (CLI and `startServer()` for the e2e harness).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Serves `dir` under `base` (e.g. "/liaison/"). Resolves to { url, close }. Port 0 picks a free port. */
export function startServer({ port = 8080, host = "127.0.0.1", base = "/", dir = "dist" } = {}) {
  base = "/" + base.replace(/^\/+|\/+$/g, "") + "/";
  base = base.replace(/^\/\/$/, "/");
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const send = (code, body, type = "text/plain; charset=utf-8") => {
      res.writeHead(code, { "Content-Type": type, "Cache-Control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "method not allowed");
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(400, "bad request");
    }
    if (pathname + "/" === base) {
      res.writeHead(301, { Location: base });
      return res.end();
    }
    if (!pathname.startsWith(base)) return send(404, "not found");
    let file = path.join(root, pathname.slice(base.length));
    if (file !== root && !file.startsWith(root + path.sep)) return send(403, "forbidden");
    fs.stat(file, (err, st) => {
      if (!err && st.isDirectory()) file = path.join(file, "index.html");
      fs.readFile(file, (err2, data) => {
        if (err2) return send(404, "not found");
        send(200, data, MIME[path.extname(file).toLowerCase()] || "application/octet-stream");
      });
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      const url = `http://${host.includes(":") ? `[${host}]` : host}:${actual}${base}`;
      const close = () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); });
      resolve({ url, close, server });
    });
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const opts = {};
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split("=", 2);
    const value = inline ?? args[++i];
    if (flag === "--port") opts.port = Number(value);
    else if (flag === "--host") opts.host = value;
    else if (flag === "--base") opts.base = value;
    else if (flag === "--dir") opts.dir = value;
    else {
      console.error("usage: node scripts/serve.mjs [--port 8080] [--host 127.0.0.1] [--base /] [--dir dist]");
      process.exit(2);
    }
  }
  if (!fs.existsSync(path.join(opts.dir ?? "dist", "index.html"))) {
    console.error(`no index.html in ${opts.dir ?? "dist"}/ — run scripts/build.sh first`);
    process.exit(1);
  }
  const { url } = await startServer(opts);
  console.log(`Liaison is served at ${url}`);
}
