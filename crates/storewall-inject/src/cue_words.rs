//! More words for [`crate::cues`]: the store languages beyond the
//! western European ones the first table covers — Nordic, Finnish,
//! Central and Eastern European, Greek, Turkish, Indonesian, Korean, and
//! more Japanese and traditional Chinese.
//!
//! A cue pair made in one language carries what training learnt from the
//! same pair in another, so a language with little training text still
//! gets the concepts right ("zignoruj … instrukcje" pairs as "ignore …
//! instructions" does). Japanese, Chinese and Korean are read in pairs of
//! characters ([`crate::features`]), so their entries are pairs, chosen to
//! be rare outside the concept: "무시" (ignore), "환불" (refund), "지시"
//! (instruction).
//!
//! Left out on purpose: words that are common words of another store
//! language ("visa", "kort", "alla", "her", "most", "mit", "nu", "ne"),
//! since a cue misread in a benign sentence weighs as much as one read
//! right.

use crate::cues::Cue;

/// Words per cue, as in the first table: space separated, a trailing `*`
/// matches any word that starts so, lower case as normalisation leaves
/// text. Listed after the first table, so a word both tables list keeps its first
/// cue.
pub(crate) const MORE: &[(Cue, &str)] = &[
    (
        Cue::Ai,
        "人工 知能 器人 트봇 챗봇 인공 지능 어시 トボ \
         språkmodell* sprogmodel* röstassistent* kunstig kunstige tekoäly* avustaja* kielimalli* botti* \
         czatbot* asistent* umělá umělé umělou umělý jazykový jazykového \
         yapay zeka zekâ zekasi asistan* τεχνητή τεχνητής νοημοσύνη νοημοσύνης βοηθός βοηθέ* βοηθο* \
         μοντέλο штучн* асистент* чатбот* інтелект* inteligență inteligenta artificială \
         artificiala mesterséges intelligencia asszisztens* kecerdasan asisten \
         助理 機器 비서 एआई सहायक",
    ),
    (
        Cue::Rules,
        "지시 지침 규칙 명령 프롬 롬프 指示 命令 規則 規定 設定 \
         riktlinje* direktiv* uppmaning* instruks* instrukser retningslinje* ohje* sääntö* säännö* \
         kehote* wytyczn* reguł* instrukc* pokyn* pravidl* směrnic* talimat* kural* yönerge* komut* \
         οδηγί* κανόν* εντολ* інструкц* настанов* вказівк* instrucțiuni* instructiuni* reguli \
         regulile utasítás* szabály* irányelv* instruksi aturan perintah pedoman \
         规定 准则 準則 규정 정책 निर्देश* नियम*",
    ),
    (
        Cue::Override,
        "무시 잊어 잊고 無視 忘れ 忘記 \
         ignorera* glöm* strunta* bortse* åsidosätt* glem* tilsidesæt* tilsidesett* ohita* unohda* \
         sivuuta* huomiotta ignoruj* pomiń pomin* lekceważ* zapomeň zapomen* nedbej přeskoč* \
         yoksay* görmezden unut unutun boşver* αγνόησε αγνόησ* ξέχασε ξεχάσ* παράκαμψ* ігноруй* \
         знехтуй* ignoră uită figyelmen felejtsd* felülír* ignoráld abaikan lupakan lewati \
         跳过 跳過 绕过 繞過 अनदेखा नजरअंदाज",
    ),
    (
        Cue::Prior,
        "이전 기존 위의 以前 先前 \
         tidigare föregående ovanstående ursprungliga tidligere foregående oprindelige opprinnelige \
         aiemm* edellis* alkuperäi* wcześniejsz* powyższ* pierwotn* předchozí předešlé původní \
         önceki yukaridaki προηγούμεν* παραπάνω αρχικ* попередн* anterioare precedente inițiale \
         korábbi* előző* eredeti sebelumnya \
         पिछले पिछली",
    ),
    (
        Cue::Reveal,
        "공개 여줘 출력 노출 表示 出力 顯示 輸出 洩露 教え \
         avslöja* upprepa* afslør* avslør* gentag* gjenta* udskriv* näytä* paljasta* tulosta* \
         toista* wyświetl* powtórz* wypisz* zdradź* ukaž* zobraz* prozraď* vypiš* zopakuj* göster* \
         ifşa* tekrarla* yazdir* δείξε αποκάλυψε εμφάνισε επανάλαβε розкрий* повтори* arată \
         dezvăluie afișează repetă mutasd* fedd ismételd* jelenítsd* tampilkan tunjukkan \
         ungkapkan ulangi cetak \
         列出 原样 原樣 复述 複述 公开 公開 보여 दिखाओ दिखाइए",
    ),
    (
        Cue::Secret,
        "비밀 암호 토큰 密碼 金鑰 \
         lösenord* nyckel* hemlig* dold* adgangskode* passord* kodeord* nøgle* nøkkel* skjult* \
         salasana* avain* salai* piilo* tajn* ukryt* sekret* heslo hesla klíč* skryt* şifre* parola* \
         anahtar* gizli* κωδικ* κλειδ* μυστικ* κρυφ* секретн* прихован* parolă cheia cheie \
         ascuns* jelszó* jelszav* kulcs* titkos* rejtett* sandi kunci rahasia tersembunyi \
         पासवर्ड",
    ),
    (
        Cue::Action,
        "환불 취소 승인 할인 쿠폰 지급 발급 적립 삭제 변경 割引 承認 取消 核准 優惠 优惠 \
         återbetal* avbryt* makulera* godkänn* rabattkod* presentkort* radera* ändra* markera* \
         återställ* refunder* tilbagebetal* tilbakebetal* godkend* godkjenn* gavekort* slett* \
         ændr* endr* markér hyvitä* hyvity* palauta* peruuta* hyväksy* alennus* kuponki* \
         lahjakortti* poista* merkitse* zatwierdź* zatwierdz* rabat* usuń usun* zmień \
         zmien* przyznaj* wystaw* odblokuj* zaakceptuj* vrať vrat* vráce* zruš* schval* sleva \
         slevu slev* poukaz* smaž* změň* označ* přiděl* iade* iptal* onayla* indirim* kupon* \
         hediye* değiştir* işaretle* επιστροφ* ακύρωσ* έγκρ* εγκρ* έκπτωσ* κουπόνι* διάγραψε \
         άλλαξε σήμανε поверн* скасуй* скасув* схвал* знижк* купон* промокод* видал* зміни* \
         познач* rambursează rambursare* ramburs* anulează anuleaza aprobă reducere* șterge \
         schimbă marchează térítsd* visszatérít* töröld* jóvá kedvezmény* utalvány* \
         módosítsd* jelöld* kembalikan batalkan setujui diskon hapus ubah tandai \
         补发 補發 改价 改價 赔偿 賠償 补偿 補償 免单 免單 打折 上架 下架 删除 刪除 바꿔 바꾸 확정 रिफंड रद्द छूट कूपन",
    ),
    (
        Cue::Bulk,
        "모든 전부 모두 全部 \
         allt varje samtliga hver ethvert samtlige kaikki kaikkien jokainen jokaiselle \
         všechn* každ* tüm bütün hepsi* όλα όλες όλους κάθε всі усі кожн* toate toți fiecare \
         összes* minden* semua setiap seluruh \
         一律 凡是 सभी सारे",
    ),
    (
        Cue::Stealth,
        "몰래 조용 \
         tyst* diskret* obemärkt ubemærket hemmelighed hemmelighet hiljaa salaa huomaamatta \
         cichu dyskretnie niezauważ* potichu tajně nenápadně sessizce gizlice ettirmeden σιωπηλά \
         κρυφά διακριτικά непомітно таємно csendben titokban észrevétlenül diam ",
    ),
    (
        Cue::Without,
        "없이 なし \
         utan uden uten ilman olmadan χωρίς fără fara nélkül tanpa \
         无需 無需 无须 無須 बिना",
    ),
    (
        Cue::Check,
        "검증 인증 확인 確認 驗證 验证 審核 审核 确认 \
         verifiering* kontroll* bekräft* godkännande* verificer* bekreft* godkendelse* \
         godkjenning* kontrol tarkistu* tarkista* varmistu* vahvistu* sprawdz* sprawdź* \
         potwierdz* zatwierdzeni* ověřen* ověř* potvrzen* schválen* doğrulama* onay \
         επαλήθευσ* έλεγχ* επιβεβαίωσ* перевірк* підтвердж* verificare* confirmare* aprobare* \
         ellenőrzés* ellenőriz* megerősítés* jóváhagyás* verifikasi periksa konfirmasi \
         persetujuan \
         核验 核驗 核实 核實 审批 審批 सत्यापन",
    ),
    (
        Cue::Tool,
        "도구 함수 호출 실행 関数 実行 呼び 調用 執行 函數 \
         verktyg* anropa* værktøj* verktøy* udfør* utfør* työkalu* funktio* kutsu* suorita* \
         funkcj* wywołaj* wykonaj* uruchom* nástroj* funkc* zavolej* spusť* proveď* fonksiyon* \
         çağir* çaliştir* εργαλεί* συνάρτησ* κάλεσε εκτέλεσε інструмент* функц* виклик* \
         виконай* apelează execută eszköz* függvény* funkció* hívd* futtasd* fungsi panggil \
         jalankan",
    ),
    (
        Cue::Say,
        "말해 추천 작성 언급 알려 言っ 推薦 \
         säg berätta* svara* rekommendera* skriv nämn* påstå* fortæl* fortell* anbefal* nævn* \
         nevn* sano* kerro* vastaa* suosittele* kirjoita* mainitse* polecaj* wspomnij* twierdź* \
         informuj* poinformuj* řekni* napiš* doporuč* odpověz* zmiň* tvrď* uveď* söyle* öner* \
         belirt* bahset* πες γράψε πρότεινε απάντησε ανάφερε порекоменд* відповідай* згадай* \
         spune scrie recomandă răspunde menționează mondd* írd* ajánld* válaszolj* említsd* \
         katakan bilang tulis rekomendasikan jawab sebutkan \
         설명 कहो बोलो लिखो बताओ",
    ),
    (
        Cue::User,
        "고객 용자 顧客 ーザ 客戶 用戶 \
         användar* bruger* bruker* käyttäjä* asiaka* uživatel* zákazník* kullanici* müşteri* \
         χρήστ* πελάτ* користувач* клієнт* utilizator* felhasználó* vásárló* ügyfél* ügyfel* \
         pengguna pelanggan",
    ),
    (
        Cue::Henceforth,
        "지금 앞으 今後 以降 現在 以後 \
         hädanefter framöver istället fremover herefter heretter stedet lähtien sijaan teraz \
         zamiast odtad nyní odteď teď artik şimdi bundan εφεξής πλέον τώρα відтепер тепер \
         натомість acum mostantól helyett sekarang selanjutnya \
         往后 往後 이제 향후 अब",
    ),
    (
        Cue::Reader,
        "요약 읽는 분석 要約 讀取 读取 \
         läser bearbeta* sammanfatta* læser behandl* opsummer* oppsummer* luet käsittele* \
         tiivistä* czytając* streszcz* podsumow* zpracováv* čteš shrn* okuyan işleyen özetle* \
         διαβάζεις επεξεργ* обробля* читаєш підсумов* citești procesez* rezum* olvasod \
         feldolgoz* összefoglal* membaca memproses meringkas \
         汇总 彙總 匯總 阅读 閱讀",
    ),
    (
        Cue::Note,
        "참고 주의 중요 알림 注意 重要 備考 備註 \
         obs viktigt observera notera bemærk* merk vigtigt viktig* huom huomio tärkeää ważne \
         wazne notatka* důležit* poznámka* önemli dikkat σημείωση προσοχή σημαντικό примітк* \
         увага важливо notă atenție megjegyzés* figyelem fontos catatan penting perhatian \
         附言 提醒",
    ),
    (
        Cue::Role,
        "시스 스템 관리 개발 모드 管理 開発 開發 系統 模式 シス \
         utvecklar* administratör* läge udvikler* utvikler* järjestelmä* kehittäjä* \
         ylläpitäjä* systemu systemow* deweloper* programist* tryb* systém* vývojář* správce \
         režim* sistem* geliştirici* yönetici* modu σύστημα* συστήματος προγραμματισ* \
         διαχειριστ* λειτουργία систем* розробник* адміністрат* режим* dezvoltator* rendszer* \
         fejlesztő* adminisztrátor* módban pengembang",
    ),
    (
        Cue::Send,
        "전송 보내 전달 업로 転送 添付 發送 轉發 上傳 \
         skicka* vidarebefordra* videresend* lähetä* välitä* przekaż* \
         wysłać załącz* dołącz* pošli* odešli* přepošli* nahraj* připoj* gönder* στείλε \
         προώθησε ανέβασε надішли* відправ* завантаж* trimite* redirecționează încarcă küldd* \
         továbbítsd* töltsd kirim* teruskan unggah",
    ),
    (
        Cue::Link,
        "링크 画像 連結 鏈接 圖片 \
         länk* lenke* billede* linkki* kuva kuvan kuvaan kuvia obrazek* odkaz* obrázek* bağlanti* \
         resim* görsel* σύνδεσμο* εικόνα* посилан* зображен* imagine* képet képen tautan gambar",
    ),
    (
        Cue::Data,
        "데이 정보 대화 기록 주소 전화 카드 메일 이메 会話 履歴 住所 電話 情報 數據 對話 郵件 郵箱 訊息 \
         uppgifter historik* personuppgift* oplysninger opplysninger samtale* tiedot tietoja \
         historia* keskustelu* osoite* puhelin* kortti* henkilö* danych histori* rozmow* karty \
         osobow* údaj* konverzac* osobní verileri verilerini karti kartini kişisel geçmiş* \
         konuşma* δεδομέν* ιστορικ* συνομιλί* διεύθυνσ* τηλέφωνο* στοιχεία дані даних історі* \
         розмов* адрес* особист* datele istoric* conversați* personale adat* előzmény* \
         beszélgetés* kártya* személyes riwayat percakapan alamat telepon kartu pribadi",
    ),
    (
        Cue::Only,
        "오직 유일 のみ だけ \
         endast bara enbart kun udelukkende utelukkende ainoastaan wyłącznie jedynie pouze \
         výhradně sadece yalnizca μόνο лише тільки doar numai exclusiv csak kizárólag hanya \
         केवल सिर्फ",
    ),
    (
        Cue::Must,
        "반드 항상 절대 즉시 무조 必ず 常に 絶対 直ち 必須 務必 始終 永遠 \
         måste alltid aldrig omedelbart genast skal altid aldri straks omgående täytyy \
         aina koskaan heti välittömästi musi koniecznie musíš musí vždy nikdy okamžitě ihned \
         mutlaka daima asla hemen derhal zorunda πρέπει πάντα ποτέ αμέσως повинен завжди \
         ніколи негайно trebuie mereu întotdeauna niciodată imediat kell mindig soha azonnal \
         harus selalu segera \
         必須 हमेशा ज़रूर",
    ),
    (
        Cue::Paid,
        "무료 결제 無料 支払 免費 \
         betald* kostnadsfri* betalt maksettu* ilmai* zapłacon* bezpłatn* zaplacen* zdarma \
         ödendi ödenmiş ücretsiz bedava πληρωμέν* δωρεάν безкоштовн* plătit* fizetett \
         kifizetett ingyenes* lunas",
    ),
    (
        Cue::Answer,
        "답변 응답 回答 返答 返信 答覆 總結 \
         svar svaret sammanfattning* opsummering* oppsummering* vastaus* yhteenveto* \
         podsumowani* streszczeni* odpověď* shrnutí cevap* yanit* özet* απάντησ* σύνοψ* \
         відповід* підсумок* răspuns* rezumat* válasz* összefoglaló* jawaban ringkasan \
         대답",
    ),
    (
        Cue::Object,
        "주문 가격 재고 계정 장바 価格 在庫 訂單 價格 庫存 帳戶 賬戶 購物 \
         beställning* varukorg* pris priset priser ordre* bestilling* handlekurv* indkøbskurv* \
         tilaus* ostoskori* hinta* hinna* varasto* tili* zamowieni* koszyk* cena ceny cenę \
         objednáv* košík* účet účtu sipariş* sepet* fiyat* stok stokta stoku hesap hesabi hesabini hesabim \
         παραγγελί* καλάθι τιμή τιμές λογαριασμ* замовлен* кошик* цін* рахун* coș* \
         comanda comandă comenzi comenzii preț* stoc* contul rendelés* kosár* készlet* fiók* pesanan keranjang harga akun \
         售价 售價 账号 帳號 ऑर्डर",
    ),
    (
        Cue::Mine,
        "저의 나의 제가 私の \
         mina minun oma omat omaa omani moja moje mojego mojej moim můj moji mého benim μου δικό мій моя \
         моє мої meu mea mei enyém \
         मेरा मेरी मेरे",
    ),
    (
        Cue::Not,
        "않아 않고 \
         inte ej ikke ikkje älä değil hayir μην δεν όχι ні немає tidak jangan bukan \
         नहीं मत",
    ),
    // Programs named by what they are rather than as an AI ("the software
    // that sorts returns"), in every language's word for them.
    (
        Cue::Agent,
        "전트 agent* ajan* бот боты ботам ботов боту ботом роботы роботам software logiciel logiciels programm programme programmet programmen program \
         programa programma programmi programy programu programie програм* программ* \
         برنامج البرنامج برنامه",
    ),
    (Cue::You, "आप आपके तुम तुम्हारे"),
    // Russian beyond the first table, Hindi and Arabic: the inflected
    // forms an order takes ("оформи", "обязан", "बताओ", "تجاهل"). Arabic
    // articles and conjunctions are written onto the word, so the forms
    // with "ال" are listed as words of their own.
    (
        Cue::Ai,
        "бот бота боту ботом искусственн* помощник* बॉट असिस्ट* चैटबॉट मॉडल \
         الذكاء ذكاء المساعد مساعد البوت بوت الروبوت روبوت النموذج",
    ),
    (
        Cue::Rules,
        "промпт* указани* प्रॉम्प* हिदायत* التعليمات تعليمات القواعد الأوامر أوامر",
    ),
    (
        Cue::Override,
        "проигнорир* забудьте भूल भूलो تجاهل تجاهلي انسى",
    ),
    (Cue::Prior, "прежн* ранее السابقة السابق"),
    (
        Cue::Reveal,
        "скинь перечисл* процитируй* поделись* распечатай* दिखाएं اعرض أظهر اكشف اطبع",
    ),
    (Cue::Secret, "скрыт* конфиденц* السر سري السرية"),
    (
        Cue::Action,
        "оформи* начисли* примени* скидк* измени* поменяй* одобри* удали* выдай* спиши* \
         компенсир* डिस्काउ* कैंसल वापसी लौटाओ استرداد استرجاع إلغاء الغاء خصم كوبون قسيمة \
         الخصومات أنشئ انشئ بازپرداخت تخفیف لغو החזר החזיר ביטול הנחה קופון отстъпк* възстанови* \
         анулирай* одобри* kembalikan batalkan setujui diskon potongan geri oluştur*",
    ),
    (Cue::Bulk, "каждому всем हर جميع"),
    (Cue::Stealth, "втихую молча"),
    (Cue::Check, "подтвержден* верификац* التحقق"),
    (
        Cue::Tool,
        "вызови* създай* използвай* أداة الأداة بأداة أدوات استدع* ابزار כלי הכלי araç* araci* \
         alat",
    ),
    (
        Cue::Say,
        "говори* пиши опиши* описыв* упомяни* упоминай* сообщи* советуй* посоветуй* \
         утверждай* называй* укажи* बताएं लिखें कहें सुझाओ قل اكتب أخبر اذكر انصح",
    ),
    (Cue::User, "покупател* ग्राहक* العميل العملاء المستخدم الزبون"),
    (Cue::Henceforth, "впредь الآن الان"),
    (
        Cue::Reader,
        "суммир* анализир* читающ* сортир* sorting sortiert sortieren sortierende sorteert \
         sorterar sorterer sortuje třídí triage triages triaging routing يفرز",
    ),
    (Cue::Note, "примечани* важно नोट ملاحظة تنبيه مهم"),
    (Cue::Role, "админ* модератор* النظام المطور المشرف sistem sistemi sistemul sisteme"),
    (Cue::Send, "пришли* вышли* прикрепи* भेजो भेजें أرسل ارسل"),
    (Cue::Link, "картинк* изображени* लिंक इमेज رابط الرابط صورة"),
    (Cue::Data, "переписк* телефон*"),
    (
        Cue::Must,
        "обязан* должна должно должны нужно надо обязательно срочно चाहिए जरूर तुरंत \
         يجب دائما دائماً أبدا فورا فوراً",
    ),
    (Cue::Paid, "бесплатн*"),
    (Cue::Answer, "сводк* резюме итог* सारांश जवाब उत्तर الرد ملخص الملخص"),
    (Cue::Object, "товар* карточк* корзин* аккаунт* कीमत الطلب السعر"),
    (Cue::Mine, "меня моё мою моего моему"),
    (
        Cue::You,
        "тебя тебе твоя твоё твою твоих вас вам свои свой свою своё तू तेरा तेरे अपना अपने अपनी أنت انت",
    ),
    (Cue::Without, "بدون"),
    (Cue::Only, "فقط"),
];
