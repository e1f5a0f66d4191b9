//! A local transformer classifier end to end: a real gateway configured
//! with the toy ONNX model of storewall-inject's tests blocks an untrusted
//! segment that the built-in screener alone lets through.
#![cfg(feature = "transformer")]

mod common;

use serde_json::{json, Value};

/// A review whose last word is the toy model's trigger; to the built-in
/// screener it is store talk.
const REVIEW: &str = "Lovely mug, the glaze is a deep blue. xyzzy";
const BENIGN: &str = "Lovely mug, the glaze is a deep blue.";

fn request(review: &str) -> Value {
    json!({"model": "gpt-4o", "messages": [
        {"role": "user", "content": [
            {"type": "text", "text": "Summarise this review:"},
            {"type": "text", "text": review, "storewall": {"untrusted": true, "source": "review"}}
        ]}
    ]})
}

fn with_transformer() -> String {
    let data =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../storewall-inject/tests/data");
    format!(
        "[injection]\naction = \"block\"\n\n[injection.transformer]\nmodel = '{}'\ntokenizer = '{}'\ninjection_labels = [1]\nthreshold = 0.5\nmax_tokens = 64\n",
        data.join("classifier.onnx").display(),
        data.join("tokenizer.json").display()
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_transformer_flags_what_the_built_in_screener_passes() {
    let plain = common::start("[injection]\naction = \"block\"\n").await;
    let r = plain.chat(request(REVIEW)).await;
    assert_eq!(r.status(), 200);
    let sent = plain.seen_bodies().pop().unwrap();
    assert_eq!(sent["messages"][0]["content"][1]["text"], REVIEW);

    let h = common::start(&with_transformer()).await;
    let r = h.chat(request(REVIEW)).await;
    let (body, msg) = common::injection_blocked(r).await;
    assert!(
        msg.contains("messages[0].content[1].text (review content") && msg.contains("transformer"),
        "{msg}"
    );
    assert!(!body.contains("xyzzy"), "{body}");
    assert!(h.seen_bodies().is_empty(), "nothing may reach the provider");
    assert_eq!(h.events(1).await[0]["decision"], "blocked");

    // Without the trigger the same review goes through unchanged.
    assert_eq!(h.chat(request(BENIGN)).await.status(), 200);
    let sent = h.seen_bodies().pop().unwrap();
    assert_eq!(sent["messages"][0]["content"][1]["text"], BENIGN);

    // The scan API reports the transformer's judgement too.
    let r = h
        .post(
            "/v1/scan",
            &h.key,
            json!({"items": [{"id": "a", "text": REVIEW}, {"id": "b", "text": BENIGN}]}),
        )
        .await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.unwrap();
    let results = v["results"].as_array().unwrap();
    assert_eq!(results[0]["injection"], true);
    assert_eq!(results[0]["injection_signals"], json!(["transformer"]));
    assert!(results[0]["injection_score"].as_f64().unwrap() > 0.9);
    assert_eq!(results[1]["injection"], false);
}
