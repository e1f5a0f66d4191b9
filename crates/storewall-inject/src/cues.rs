//! Cues: the words that carry intent towards an AI system, grouped into
//! concepts that hold across phrasings and languages ("ignore", "vergiss",
//! "oublie" are all [`Cue::Override`]; "instructions", "Regeln", "consignes"
//! are all [`Cue::Rules`]).
//!
//! Word n-grams learn the phrasings they were trained on. An injection
//! is a combination of concepts (a verb that overrides, aimed at the
//! assistant's rules; a reveal verb aimed at its secrets; an order action
//! done silently or in bulk), so the classifier also sees each cue and
//! each ordered pair of cues close together in one sentence. A paraphrase
//! or a language the training data lacked still makes the same pairs.
//!
//! The lexicon is hand-written because it is the product's edge: no
//! public list groups these words by what they ask of a model.

use std::sync::OnceLock;

/// A concept a word belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Cue {
    /// The first word of a sentence: pairs with it mark imperatives.
    Start = 0,
    /// An AI system: assistant, chatbot, language model.
    Ai,
    /// An agent or bot, which may also be a person.
    Agent,
    /// The reader addressed: you, your.
    You,
    /// What steers a model: instructions, rules, prompt, guidelines.
    Rules,
    /// Verbs that set rules aside: ignore, forget, override.
    Override,
    /// Earlier or all: previous, above, prior.
    Prior,
    /// Verbs that disclose: reveal, print, output, repeat.
    Reveal,
    /// Secrets: passwords, keys, tokens, credentials, hidden.
    Secret,
    /// Store actions an agent can take: refund, cancel, approve.
    Action,
    /// Every, all, each.
    Bulk,
    /// Silently, secretly, quietly.
    Stealth,
    /// Without (checks, asking).
    Without,
    /// Checks: verification, approval, confirmation.
    Check,
    /// Tools and calls: tool, function, call, invoke, execute.
    Tool,
    /// Verbs that shape an answer: say, tell, respond, recommend.
    Say,
    /// The person served: user, customer.
    User,
    /// From now on, instead, henceforth.
    Henceforth,
    /// Verbs of processing a text: reading, processing, summarising.
    Reader,
    /// Notes and asides: note, important, attention.
    Note,
    /// Roles and privileged modes: system, developer, admin, mode.
    Role,
    /// Sending data out: send, forward, upload, append.
    Send,
    /// Links and images: url, link, http, image, markdown.
    Link,
    /// Personal and conversation data: data, history, email, address.
    Data,
    /// Restriction of an answer: only, exclusively.
    Only,
    /// Obligation: must, always, never.
    Must,
    /// Payment states an agent could set: paid, free, 100%.
    Paid,
    /// The answer or output of the model: answer, reply, response, summary.
    Answer,
    /// A tool or function name: a word with an underscore.
    Ident,
    /// The writer's own: my, mein, mon. A customer asking for their own
    /// order is not an instruction to the store's agent.
    Mine,
    /// Negation: don't, not, nicht. "Don't forget the instructions" asks
    /// nothing of a model.
    Not,
    /// What store actions act on: orders, carts, prices, stock, accounts.
    Object,
    /// Attacks and fraud named: scam, phishing, attacker, malicious
    /// ([`crate::frames`]).
    Threat,
    /// An example given: example, for instance, zum Beispiel.
    Example,
}

/// The number of cue kinds.
pub const KINDS: usize = Cue::Example as usize + 1;

/// The cues that speak against an injection; only features made with one
/// of them may weigh against a text.
pub const MITIGATING: [Cue; 2] = [Cue::Mine, Cue::Not];

/// Words per cue, space separated; a trailing `*` matches any word that
/// starts so. Lower case, as [`crate::normalize::normalize`] leaves text.
const LEXICON: &[(Cue, &str)] = &[
    (
        Cue::Ai,
       "助手 智能 人工 模型 机器 inteligência assistente* modelo* ai ki ia ии llm* gpt* chatgpt claude gemini copilot* chatbot* assistant* assistent* \
         asistente* assistente* sprachmodell* taalmodel* model modelo modèle modello models \
         modelos modèles modelli assistenz* intelligence intelligenz* inteligencia \
         intelligenza intelligentie нейросет* ассистент* модел* asystent* sztuczn*",
    ),
    (Cue::Agent,"agent agents agente agenti agentes bot bots robot* автоматизац*"),
    (
        Cue::You,
       "você vocês voce seu sua seus suas 你* 您* you your yours yourself du dein* dich dir euch euer eure ihr tu ton ta tes toi vous votre \
         vos tú tus usted ustedes tuo tua tuoi tue voi vostr* jij jouw jou uw ты твои твой вы ваш*",
    ),
    (
        Cue::Rules,
       "instruç* instrucoes instrucao regra regras diretriz* 指令 规则 提示 指示 命令 设定 设置 規則 instruction* instruktion* anweisung* consigne* instrucci* istruzion* instructie* \
         rule* regel* règle* regla* regol* guideline* richtlijn* richtlinie* directive* direttiv* \
         directriz* prompt* programming programmierung* configuration* konfiguration* \
         configuraci* configurazion* configuratie* guardrail* restriction* einschränkung* \
         beschränkung* policy policies politique* polític* politic* beleid* vorgabe* \
         context kontext contexte contesto contexto правил* инструкц* zasad* instrukcj* \
         polecen*",
    ),
    (
        Cue::Override,
       "esqueca* desconsider* 忽略 无视 忘记 忘掉 無視 忘れ ignore* ignorier* ignora* ignoriere negeer* disregard* forget* forgot vergiss vergesst \
         vergessen oublie* olvida* olvide* dimentic* vergeet override* overrid* bypass* skip \
         überschreib* umgeh* missacht* discard* abandon* désactive* disable* deaktivier* \
         desactiva* disattiva* uitschakel* lift suspend* aufheb* annule* забудь* игнорир* \
         zignoruj* zapomnij* esqueça esqueca ignore",
    ),
    (
        Cue::Prior,
       "anteriores 之前 以前 先前 上面 上述 前面 previous* prior above earlier preceding former initial original* vorherig* bisherig* \
         obig* vorigen früher* précédent* antérieur* anterior* previ* precedent* \
         sopra vorige eerdere bovenstaand* предыдущ* poprzedni*",
    ),
    (
        Cue::Reveal,
       "mostre revele repita imprima 显示 输出 打印 泄露 透露 告诉 表示 出力 reveal* print* output* show* display* repeat* dump* leak* disclose* expose* recite* \
         verrat* verrät zeig* ausgeb* gib wiederhol* offenbar* enthüll* affiche* révèle* revele* \
         répète* repete* montre* imprime* divulgu* muestra* revela* repite* imprim* mostra* \
         rivela* ripeti* stampa* toon* onthul* herhaal* geef покажи* выведи* раскр* \
         pokaż* ujawnij*",
    ),
    (
        Cue::Secret,
       "senha* chave* 密码 密钥 秘密 机密 令牌 スワ password* passwort* passwörter* passphrase* contraseña* contrasena* wachtwoord* \
          secret* geheim* credential* zugangsdat* identifiant* credencial* \
         credenzial* inloggegeven* token* key keys apikey* schlüssel* clé* clave* \
         chiave* sleutel* hidden versteckt* caché* cachée* oculto* oculta* nascost* verborgen* \
         confidential* vertraulich* env environment* umgebungsvariabl* пароль* ключ* hasł* klucz*",
    ),
    (
        Cue::Action,
       "reembolse* aplique* apliqu* emita* libere* cancele* aprove* descont* cupom* cupon* 退款 取消 标记 批准 折扣 发放 发货 返金 refund* erstatt* rückerstatt* rembours* reembols* rimbors* terugbetal* cancel* storn* \
         annul* cancela* annulla* annuleer* approve* genehmig* approuv* aprueb* aprob* approv* \
         goedkeur* discount* rabatt* remise* réduction* descuento* sconto* korting* coupon* \
         gutschein* voucher* gift giftcard* transfer* überweis* virement* transferencia* \
         bonific* overmak* delete* lösch* supprim* elimin* verwijder* grant* gewähr* accord* \
         conced* concedi* toeken* issue* ausstell* émet* emit* emett* release* freigeb* \
         libère* libera* vrijgev* ship* versend* expédi* envía* spedi* verzend* credit* \
         gutschrift* crédit* crédito* accredit* tegoed* upgrade* unlock* entsperr* débloqu* \
         desbloque* sblocc* ontgrendel* verplaats* change* änder* modifie* cambia* modifica* \
         wijzig* update* aktualisier* actualiz* aggiorn* mark markier* marque* marca* segna* \
         markeer* отметь* oznacz* возврат* верни* отмени* zwrot* anuluj*",
    ),
    (
        Cue::Bulk,
       "toda todo todas todos cada 所有 全部 一切 每个 全て all every each any alle allen aller alles jede* sämtlich* tous toutes tout chaque \
         todos todas todo cada tutti tutte tutto ogni iedere elke все всех każd* wszystk*",
    ),
    (
        Cue::Stealth,
       "silenciosamente secretamente 悄悄 偷偷 silent* quiet* secretly discreet* unnoticed covert* heimlich* stillschweigend* \
         unbemerkt* leise discrètement secrètement silencieusement silenciosamente \
         secretamente discretamente silenziosamente segretamente stilletjes ongemerkt \
         heimelijk тихо незаметно potajemnie",
    ),
    (Cue::Without,"without ohne sans sin senza zonder без bez"),
    (
        Cue::Check,
       "verification* verify* check* approval* confirmation* confirm* prüfung* überprüf* \
         bestätig* genehmigung* vérif* confirm* verific* comprob* aprobación controll* \
         conferm* approvazion* controle* bevestig* goedkeuring* проверк* weryfikacj*",
    ),
    (
        Cue::Tool,
       "ferramenta* função funcao 工具 调用 执行 函数 tool* werkzeug* outil* herramienta* strumento* function* funktion* fonction* función* \
         funcion* funzion* functie* api endpoint* webhook* call calls invoke* execute* \
         ausführ* exécut* execut* ejecut* esegu* voer trigger* auslös* déclench* activa* \
         attiva* plugin* action* инструмент* вызов* narzędzi*",
    ),
    (
        Cue::Say,
       "diga afirme recomende* responda* escreva* mencione* 推荐 回答 回复 声称 说成 宣称 告知 说* 答え say says tell claim* respond* reply* answer* recommend* write* mention* insist* \
         inform* sag* sage behaupt* antworte* empfiehl* empfehl* schreib* erwähn* erzähl* dis \
         dites affirme* réponds* repond* recommande* écri* mentionne* raconte* dile dígale \
         digale afirma* responde* recomienda* escrib* menciona* cuenta* afferma* rispondi* \
         consiglia* raccomand* scrivi* menziona* racconta* zeg* beweer* antwoord* raad* \
         schrijf* vermeld* vertel* скажи* ответь* напиши* рекоменд* powiedz* napisz* poleć*",
    ),
    (
        Cue::User,
       "usuário usuario* 客户 用户 顾客 user* customer* shopper* kunde* kunden* client* cliente* clienti* klant* utilisateur* \
         usuario* utente* gebruiker* benutzer* nutzer* пользоват* клиент* użytkownik* klient*",
    ),
    (
        Cue::Henceforth,
       "agora doravante 现在 开始 今后 此后 以后 从此 henceforth hereafter instead stattdessen désormais dorénavant plutôt invece \
         adelante ahora sofort jetzt now onwards vanaf voortaan отныне теперь odtąd",
    ),
    (
        Cue::Reader,
       "reading processing process* processes summariz* summaris* parsing parses analyz* \
         analys* verarbeit* lies liest zusammenfass* traite* traitant lit lis lisez résum* \
         procesa* procesando lee leyendo resum* elabora* legge leggendo riassum* verwerk* \
         leest lezen samenvat* обрабатыва* читаешь przetwarza* czytasz",
    ),
    (
        Cue::Note,
       "importante atenção 注意 重要 备注 note notes nb ps hinweis* notiz* anmerkung* remarque* nota notice attention \
         achtung wichtig important importante belangrijk opmerking* aandacht* attenzione \
         atención atencion заметка* внимание uwaga",
    ),
    (
        Cue::Role,
       "sistema 系统 开发 管理 理员 system systems système systeme sistema systeem developer* entwickler* développeur* \
         desarrollador* sviluppator* ontwikkelaar* admin* administrat* root sudo operator* \
         betreiber* opérateur* operador* operatore* beheerder* mode modus modo jailbreak* \
         unrestricted uncensored unfiltered debug* maintenance wartung* <| |> \
         inst im_start im_end система* разработчик*",
    ),
    (
        Cue::Send,
       "envie* encaminh* anexe* 发送 转发 上传 附加 送信 send* forward* upload* append* post* exfiltrat* transmit* schick* sende* senden \
         weiterleit* hochlad* anhäng* übermittel* envoie* envoyer* transmet* transfère* ajoute* \
         envía* envia* enviar* reenvía* adjunt* añade* invia* inoltra* aggiungi* allega* \
         stuur* doorstuur* verstuur* voeg* отправ* перешли* wyślij* prześlij*",
    ),
    (
        Cue::Link,
       "链接 网址 图片 网站 url* link* http https www href image* img bild* imagen* immagine* afbeelding* \
         markdown pixel* beacon* webhook* domain* domäne* domaine* dominio* query \
         ссылк* obraz* ![",
    ),
    (
        Cue::Data,
       "dados histórico conversa* endereço* telefone* cartão 数据 对话 邮件 邮箱 地址 电话 信息 data daten données datos dati gegevens history verlauf* historique* historial* \
         cronologia geschiedenis conversation* gespräch* chat chats konversation* \
         conversación* conversazion* gesprek* email* mail adresse* address* dirección* \
         direccion* indirizz* adres* phone* telefon* téléphone* teléfono* telefono* telefoon* \
         card* karte* carte* tarjeta* carta* kaart* personal* persönlich* personnel* \
         personales* personali* persoonlijk* iban* cvv* данные* dane",
    ),
    (
        Cue::Only,
       "apenas somente 只* 仅* only solely exclusively nur ausschließlich uniquement seulement exclusivement solo \
         sólo solamente únicamente soltanto esclusivamente alleen uitsluitend только tylko",
    ),
    (
        Cue::Must,
       "deve devem sempre nunca imediatamente 必须 务必 一定 立即 始终 永远 must always never immediately mandatory required muss müssen immer niemals nie sofort \
         umgehend doit doivent toujours jamais immédiatement debe deben siempre nunca \
         inmediatamente deve devono sempre mai subito immediatamente moet moeten altijd nooit \
         onmiddellijk direct должен всегда никогда немедленно musisz zawsze nigdy natychmiast",
    ),
    (
        Cue::Paid,
       "pago paga 已付 付款 免费 支付 paid bezahlt payé payée pagado pagada pagato pagata betaald free gratis gratuit* \
         kostenlos* gratuito* оплачен* opłacon* darmow*",
    ),
    (
        Cue::Answer,
       "resposta* resumo 答复 回覆 总结 摘要 response* responses answers replies summary antwort* réponse* respuesta* \
         risposta* antwoorden résumé resumen riassunto samenvatting zusammenfassung* ответ* \
         odpowied*",
    ),
    (
        Cue::Object,
       "loja 订单 购物 价格 库存 账户 注文 order orders bestellung* auftrag* commande* pedido* ordine ordini bestelling* заказ* \
         zamówieni* cart carts basket warenkorb* panier* carrito* carrell* winkelwagen* \
         winkelmand* price prices preis* prix precio* prezz* prijs* prijz* цен* stock \
         inventory inventar* lagerbestand* catalog* catalogue* katalog* catálogo* catalogo* \
         account accounts konto* compte* cuenta* conta contas subscriber* abonnent* abonné* \
         suscriptor* iscritt* abonnee* newsletter* payment* zahlung* paiement* pagos \
         pagament* betaling* status statut estado stato shipment* sendung* envoi* envío \
         spedizion* zending* подписчик* оплат*",
    ),
    (
        Cue::Mine,
       "我* my mine myself me mein meine meinen meinem meiner mich mir mon ma mes moi mi mis mío \
         mía mio mia miei mie mijn mij meu minha meus minhas мой моя мои мне mój moja moje",
    ),
    (
        Cue::Not,
       "não nao 不* 别* 没有 don't dont not no never doesn't didn't isn't wasn't won't nicht kein keine \
         keinen nie ne pas n' jamais no nunca non mai niet geen nooit не нет nie",
    ),
];

/// Both word tables, the first one first: where they list a word twice, its
/// first cue wins.
fn tables() -> impl Iterator<Item = &'static (Cue, &'static str)> {
    LEXICON
        .iter()
        .chain(crate::cue_words::MORE)
        .chain(crate::frames::WORDS)
}

/// The longest prefix, in bytes, a `*` entry may have.
const MAX_PREFIX: usize = 24;

struct Lexicon {
    exact: foldhash::HashMap<&'static str, Cue>,
    /// Prefixes by their length in bytes, so a word tries only lengths that
    /// some prefix has.
    prefix: foldhash::HashMap<&'static str, Cue>,
    prefix_lens: Vec<usize>,
}

/// Builds what this module compiles once per process, ahead of the
/// first text (see [`crate::Screener::new`]).
pub(crate) fn prepare() {
    let _ = lexicon();
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        // A fast hash: every word of every screened text is looked up
        // once per prefix length, and the keys are this table's own.
        let mut exact = foldhash::HashMap::default();
        let mut prefix = foldhash::HashMap::default();
        for (cue, words) in tables() {
            for w in words.split_whitespace() {
                // The first listing of a word wins: the table is ordered
                // from the more telling concepts to the less.
                match w.strip_suffix('*') {
                    Some(p) if !p.is_empty() => {
                        prefix.entry(p).or_insert(*cue);
                    }
                    _ => {
                        exact.entry(w).or_insert(*cue);
                    }
                }
            }
        }
        let mut prefix_lens: Vec<usize> = prefix.keys().map(|p| p.len()).collect();
        prefix_lens.sort_unstable_by(|a, b| b.cmp(a));
        prefix_lens.dedup();
        prefix_lens.retain(|&l| l <= MAX_PREFIX);
        Lexicon {
            exact,
            prefix,
            prefix_lens,
        }
    })
}

/// The cue of one lower-case word, if it has one: an exact entry first,
/// then the longest prefix entry.
pub fn of(word: &str) -> Option<Cue> {
    let lex = lexicon();
    if let Some(c) = lex.exact.get(word) {
        return Some(*c);
    }
    for &n in &lex.prefix_lens {
        if n > word.len() {
            continue;
        }
        if let Some(p) = word.get(..n) {
            if let Some(c) = lex.prefix.get(p) {
                return Some(*c);
            }
        }
    }
    if word.len() > 2 && word.contains('_') && word.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Some(Cue::Ident);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_words_across_languages() {
        for w in [
            "ignore",
            "ignoriere",
            "vergiss",
            "oublie",
            "olvida",
            "negeer",
        ] {
            assert_eq!(of(w), Some(Cue::Override), "{w}");
        }
        for w in [
            "instructions",
            "anweisungen",
            "consignes",
            "instrucciones",
            "regole",
        ] {
            assert_eq!(of(w), Some(Cue::Rules), "{w}");
        }
        assert_eq!(of("assistant"), Some(Cue::Ai));
        assert_eq!(of("refund_order"), Some(Cue::Action));
        assert_eq!(of("issue_gift_card"), Some(Cue::Action));
        assert_eq!(of("lookup_customer"), Some(Cue::Ident));
        assert_eq!(of("boots"), None);
        assert_eq!(of("size"), None);
    }

    /// An entry that normalisation would change, or that the features
    /// would cut into several words (a hyphen, a dot, three Chinese
    /// characters), could never match: each is one word as read.
    #[test]
    fn every_entry_is_one_word_as_read() {
        let mut wrong = Vec::new();
        for (_, words) in tables() {
            for w in words.split_whitespace() {
                let stem = w.strip_suffix('*').unwrap_or(w);
                let (normal, _) = crate::normalize::normalize(stem);
                let read: Vec<&str> = crate::features::words(stem).map(|(x, _)| x).collect();
                if normal != stem || read != [stem] {
                    wrong.push(format!("{w}: normalised {normal}, read {read:?}"));
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    #[test]
    fn more_languages_share_the_concepts() {
        for (w, c) in [
            ("zignoruj", Cue::Override),
            ("ignorera", Cue::Override),
            ("무시", Cue::Override),
            ("talimatları", Cue::Rules),
            ("지시", Cue::Rules),
            ("instrukcje", Cue::Rules),
            ("hyvitä", Cue::Action),
            ("환불", Cue::Action),
            ("tekoäly", Cue::Ai),
            ("인공", Cue::Ai),
            ("previous", Cue::Prior),
            ("ботам", Cue::Agent),
        ] {
            assert_eq!(of(w), Some(c), "{w}");
        }
        // Common words of another store language stay out.
        for w in ["visa", "alla", "her", "most", "mit", "kort"] {
            assert_eq!(of(w), None, "{w}");
        }
    }

    #[test]
    fn every_entry_is_lower_case_and_bounded() {
        for (_, words) in tables() {
            for w in words.split_whitespace() {
                assert_eq!(w, w.to_lowercase(), "{w}");
                assert!(w.trim_end_matches('*').len() <= MAX_PREFIX, "{w}");
            }
        }
    }
}
