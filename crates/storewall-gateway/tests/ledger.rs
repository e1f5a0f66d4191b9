//! The gateway's ledger: every decision in it, personal data sealed, and
//! events forwarded to a webhook and to syslog as they are written.

#![allow(clippy::unwrap_used, clippy::expect_used)]
mod common;

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Accepts one HTTP POST on a fresh port and hands back its body.
async fn one_post() -> (String, tokio::task::JoinHandle<String>) {
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/ingest", l.local_addr().unwrap());
    let h = tokio::spawn(async move {
        let (mut s, _) = l.accept().await.unwrap();
        let mut buf = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            let n = s.read(&mut chunk).await.unwrap();
            buf.extend_from_slice(&chunk[..n]);
            let text = String::from_utf8_lossy(&buf).to_string();
            if let Some((head, body)) = text.split_once("\r\n\r\n") {
                let len: usize = head
                    .lines()
                    .find_map(|l| {
                        l.to_ascii_lowercase()
                            .strip_prefix("content-length:")
                            .map(|v| v.trim().parse().unwrap())
                    })
                    .unwrap_or(0);
                if body.len() >= len {
                    s.write_all(b"HTTP/1.1 204 No Content\r\ncontent-length: 0\r\n\r\n")
                        .await
                        .unwrap();
                    return body.to_string();
                }
            }
            assert!(n > 0, "webhook connection closed early");
        }
    });
    (url, h)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn decisions_are_forwarded_and_personal_data_sealed() {
    let (url, webhook) = one_post().await;
    let syslog = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let h = common::start(&format!(
        "[ledger]\nwebhook_url = \"{url}\"\nsyslog_addr = \"{}\"\nprompt_hashes = true\n",
        syslog.local_addr().unwrap()
    ))
    .await;
    let r = h
        .http
        .post(format!("{}/v1/chat/completions", h.base))
        .bearer_auth(&h.key)
        .header("x-storewall-subject", "cus_777")
        .json(&json!({"model": "gpt-4o", "messages": [{"role": "user", "content": "hello"}]}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let id = r.headers()["x-request-id"].to_str().unwrap().to_string();

    let body: Value = serde_json::from_str(&webhook.await.unwrap()).unwrap();
    let forwarded = body
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["event"]["request_id"] == id.as_str())
        .expect("the request's event reached the webhook");
    assert_eq!(forwarded["kind"], "request");
    assert_eq!(forwarded["personal"], "sealed");
    assert!(forwarded["index"].as_u64().is_some());
    assert!(!body.to_string().contains("cus_777"));

    let mut buf = [0u8; 65536];
    loop {
        let n = syslog.recv(&mut buf).await.unwrap();
        let msg = String::from_utf8_lossy(&buf[..n]).to_string();
        assert!(msg.starts_with("<110>1 "), "{msg}");
        if msg.contains(&id) {
            assert!(!msg.contains("cus_777"));
            break;
        }
    }

    // In the ledger itself the subject and the prompt hash are sealed; an
    // export opens them while the subject's key exists.
    let dir = h._dir.path().join("ledger");
    let r = storewall_ledger::LedgerReader::open(&dir).unwrap();
    let mut events = Vec::new();
    r.export(0, |v| {
        events.push(v);
        Ok(())
    })
    .unwrap();
    let e = events
        .iter()
        .find(|e| e["event"]["request_id"] == id.as_str())
        .unwrap();
    assert_eq!(e["personal"]["subject"], "cus_777");
    assert_eq!(e["personal"]["prompt_sha256"].as_str().unwrap().len(), 64);
    assert!(events.iter().any(|e| e["kind"] == "config"));
    let raw = std::fs::read(dir.join("leaves.log")).unwrap();
    assert!(!String::from_utf8_lossy(&raw).contains("cus_777"));
    assert_eq!(e["personal"]["key_name"], "tester");

    // Erasing the customer leaves the key holder's part readable.
    let subjects = storewall_ledger::Subjects::open(&dir.join("subjects.json")).unwrap();
    assert!(subjects.forget("cus_777").unwrap());
    let mut after = Vec::new();
    storewall_ledger::LedgerReader::open(&dir)
        .unwrap()
        .export(0, |v| {
            after.push(v);
            Ok(())
        })
        .unwrap();
    let e = after
        .iter()
        .find(|e| e["event"]["request_id"] == id.as_str())
        .unwrap();
    assert_eq!(e["personal"]["key_name"], "tester");
    assert!(e["personal"].get("subject").is_none());
    assert_eq!(e["personal"]["erased_parts"], 1);
}
