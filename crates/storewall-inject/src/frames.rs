//! What a text is about as a whole: whether it names attacks or fraud,
//! and whether it gives examples.
//!
//! A security notice, a staff training or an article about prompt
//! injection quotes the attack it warns of. Judged in a window of sixteen
//! words, the quoted order reads as an order; the words that say it is
//! quoted ("scam", "phishing", "for example") stand a sentence away. These
//! concepts are cues like any other ([`crate::cues`]), and the whole
//! text's share of them is one more feature of each of its windows
//! ([`tags`]): what the model learns from it, it learns from text that
//! describes attacks and from attacks that borrow that frame alike. Only
//! the hidden units can weigh a frame against a text (the linear layer
//! only adds evidence), and only in combination with what the window says.

use crate::cues::Cue;
use crate::features::{cue_present, Tokens};

/// Words per concept, as in [`crate::cues`]: space separated, a trailing
/// `*` matches any word that starts so, text as normalisation leaves it.
/// Chinese, Japanese and Korean entries are pairs of characters. Words
/// that are common in product copy ("security" of a camera, "sample" of a
/// perfume, "fake" of a counterfeit) are left out.
pub(crate) const WORDS: &[(Cue, &str)] = &[
    (
        Cue::Threat,
        "attack attacks attacker* scam scams scammer* scammed phishing smishing vishing fraud \
         frauds fraudster* fraudulent* hacker* malicious suspicious jailbreak* exploit* \
         injection* impersonat* spoofed spoofing malware cybercrim* cybersecurity \
         angriff* angreifer* betrug* betrüger* schadsoftware verdächtig* \
         arnaque* escroc* escroquerie* fraude* frauduleu* attaque* attaquant* piratage \
         malveillant* hameçonnage usurpation \
         estafa* estafador* ataque* atacante* malicios* sospechos* suplantaci* \
         truffa* truffe truffator* frode* fraudolent* attacco attacchi attaccant* malevol* \
         golpe golpes golpista* suspeit* \
         oplichter* oplichting* aanval* aanvaller* kwaadaardig* verdacht* \
         oszust* atak ataku ataki złośliw* podejrzan* wyłudz* \
         bedrägeri* bedrager* svindel* nätfiske misstänkt* mistænkelig* mistenkelig* \
         huijau* huijari* petos* \
         podvod* útok* \
         dolandirici* saldiri* şüpheli* \
         мошенни* атак* злоумышленн* фишинг* подозрительн* вредоносн* шахра* зловмисн* \
         підозріл* απάτ* επίθεσ* ύποπτ* \
         احتيال محتال هجوم اختراق مشبوه \
         धोखा धोखे हमला संदिग्ध \
         penipuan penipu serangan mencurigakan \
         詐欺 攻撃 悪意 不審 诈骗 骗子 攻击 钓鱼 欺诈 可疑 恶意 詐騙 騙子 攻擊 釣魚 惡意 \
         사기 공격 피싱 악성 의심",
    ),
    (
        Cue::Example,
        "example examples instance illustration \
         beispiel* exemple* ejemplo* esempio esempi exemplo* voorbeeld* przykład* przyklad* \
         exempel* eksempel* esimerki* příklad* örnek* ornek* \
         пример примеры примера например приклад* παράδειγμα* \
         مثال مثلا \
         उदाहरण \
         contoh \
         例え 例文 例如 举例 舉例 示例 比如 예시 예를 예문",
    ),
];

/// The frame features of a text read as `t`: whether it names an attack
/// at all, and often, and whether it gives an example.
pub fn tags(t: &Tokens) -> Vec<&'static str> {
    let threats = cue_present(t, Cue::Threat);
    let mut out = Vec::new();
    if threats >= 1 {
        out.push("frame:threat");
    }
    if threats >= 3 {
        out.push("frame:threats");
    }
    if cue_present(t, Cue::Example) >= 1 {
        out.push("frame:example");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::tokens;
    use crate::normalize::normalize;

    fn frames_of(text: &str) -> Vec<&'static str> {
        tags(&tokens(&normalize(text).0))
    }

    #[test]
    fn notices_about_attacks_have_a_frame() {
        assert_eq!(
            frames_of("Beware: scammers hide orders in reviews, for example \"refund me\"."),
            ["frame:threat", "frame:example"]
        );
        assert_eq!(
            frames_of("Betrug! Betrüger und Phishing-Mails, ein Angriff nach dem anderen."),
            ["frame:threat", "frame:threats"]
        );
        assert_eq!(
            frames_of("注意：这是诈骗短信，例如冒充客服。"),
            ["frame:threat", "frame:example"]
        );
        assert!(frames_of("Great kettle, boils fast. Refund my order please.").is_empty());
    }
}
