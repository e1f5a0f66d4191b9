//! The ledger survives `kill -9`: a burst of concurrent requests, the
//! server killed in the middle of it, restarted; `storewall ledger verify`
//! passes and every request whose response reached its caller is in the
//! ledger.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

const BIN: &str = env!("CARGO_BIN_EXE_storewall");

fn cli(config: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(BIN)
        .arg("--config")
        .arg(config)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A server that is killed when the test ends, passing or not.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts `storewall serve` and returns it with the address it printed.
fn serve(config: &Path) -> (Server, String) {
    let mut child = Command::new(BIN)
        .arg("--config")
        .arg(config)
        .arg("serve")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stderr.take().unwrap()).lines();
    let addr = loop {
        let line = lines
            .next()
            .expect("serve exited before listening")
            .unwrap();
        if let Some(a) = line.strip_prefix("Storewall listening on http://") {
            break a.trim().to_string();
        }
    };
    // Keep draining its log so it never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    (Server(child), addr)
}

/// One request over a fresh connection; the request id when it got a 200.
fn request(addr: &str, key: &str, n: usize) -> Option<String> {
    let mut s = TcpStream::connect(addr).ok()?;
    let body = format!(
        r#"{{"model":"echo","messages":[{{"role":"user","content":"order {n} for jane{n}@example.com"}}]}}"#
    );
    let req = format!(
        "POST /v1/chat/completions HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).ok()?;
    let mut resp = String::new();
    s.read_to_string(&mut resp).ok()?;
    if !resp.starts_with("HTTP/1.1 200") || !resp.contains("\r\n\r\n") {
        return None;
    }
    resp.lines()
        .find_map(|l| l.strip_prefix("x-request-id: "))
        .map(|id| id.trim().to_string())
}

#[test]
fn kill_minus_nine_loses_no_answered_request() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("storewall.toml");
    std::fs::write(
        &config,
        format!(
            "[server]\nlisten = \"127.0.0.1:0\"\ndata_dir = \"{}\"\n\n[ledger]\ncheckpoint_interval_secs = 1\n",
            dir.path().join("data").display()
        ),
    )
    .unwrap();
    let (code, key, err) = cli(&config, &["keys", "create", "--name", "load"]);
    assert_eq!(code, 0, "{err}");
    let key = key.trim().to_string();

    let (mut server, addr) = serve(&config);
    let answered = Arc::new(Mutex::new(Vec::<String>::new()));
    let count = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let workers: Vec<_> = (0..32)
        .map(|w| {
            let (addr, key, answered, count, stop) = (
                addr.clone(),
                key.clone(),
                answered.clone(),
                count.clone(),
                stop.clone(),
            );
            std::thread::spawn(move || {
                let mut n = w * 100_000;
                while !stop.load(Ordering::Relaxed) {
                    n += 1;
                    match request(&addr, &key, n) {
                        Some(id) => {
                            answered.lock().unwrap().push(id);
                            count.fetch_add(1, Ordering::Relaxed);
                        }
                        None => {
                            if stop.load(Ordering::Relaxed) {
                                break;
                            }
                        }
                    }
                }
            })
        })
        .collect();
    // Kill it in the middle of the burst, with requests in flight.
    while count.load(Ordering::Relaxed) < 300 {
        std::thread::yield_now();
    }
    server.0.kill().unwrap(); // SIGKILL
    server.0.wait().unwrap();
    stop.store(true, Ordering::Relaxed);
    for w in workers {
        w.join().unwrap();
    }
    let answered = answered.lock().unwrap().clone();
    assert!(answered.len() >= 300);

    // Restarted, it recovers the log and signs a checkpoint; the ledger
    // verifies beside it.
    let (server, _) = serve(&config);
    let (code, out, err) = cli(&config, &["ledger", "verify"]);
    assert_eq!(code, 0, "verify failed after kill -9: {out}{err}");
    assert!(out.contains("ledger intact: tree size"), "{out}");
    let (code, export, err) = cli(&config, &["ledger", "export", "--format", "jsonl"]);
    assert_eq!(code, 0, "{err}");
    let missing: Vec<&String> = answered
        .iter()
        .filter(|id| !export.contains(&format!("\"request_id\":\"{id}\"")))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of {} answered requests are not in the ledger, e.g. {:?}",
        missing.len(),
        answered.len(),
        missing.first()
    );
    // No detected value reached the ledger in clear.
    assert!(!export.contains("@example.com"));
    let leaves = std::fs::read(dir.path().join("data/ledger/leaves.log")).unwrap();
    assert!(!String::from_utf8_lossy(&leaves).contains("@example.com"));

    // A changed byte is found and named.
    let (code, proof, _) = cli(&config, &["ledger", "prove", "--index", "3", "--json"]);
    assert_eq!(code, 0);
    assert!(proof.contains("\"tree_size\""));
    drop(server);
    let mut bytes = leaves.clone();
    let at = bytes.windows(9).position(|w| w == b"\"status\":").unwrap();
    bytes[at + 9] = b'5';
    std::fs::write(dir.path().join("data/ledger/leaves.log"), &bytes).unwrap();
    let (code, _, err) = cli(&config, &["ledger", "verify"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("first bad index"), "{err}");
}
