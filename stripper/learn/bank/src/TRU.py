"""TRU: "why trust us", editorial standards, how we test, about our reviews."""

FAMILIES = {
    "en": {
        "why-trust-heading": [
            "{Why trust|Why you can trust|Why should you trust|Can you trust} {us|our journalism|our reviews|{brand}|our advice|our experts|our recommendations}{?|}",
            "{Why trust {brand}?|Why trust us?|Why {brand}?|Why buy from our recommendations?}",
            "{About our reviews|About our ratings|About our editorial process|How we review|How we rate|Our review process|Our review methodology|Our testing methodology}",
            "{How we test|How we tested|How we chose|How we picked|How we evaluate|How we select} {|the best }{cat|{product}|these products|the products in this guide}",
            "{Our editorial standards|Editorial standards|Editorial independence|Editorial guidelines|Our ethics policy|Professional conduct|Our promise to you|Our commitment to accuracy}",
            "{Meet the experts|Meet the tester|The expert|Our expert|About the author|Who tested these?}",
        ],
        "founded-exists": [
            "Founded in {yr2}, {brand} exists to give {our readers|you} {thorough|honest|clear}, unbiased and independent advice on what to buy.",
            "Today, {we have|{brand} has} {millions of|{n3} million} {users|readers} a month from around the world, and {assess|test|review} more than {500|750|1,000|2,000} products a year.",
            "For {num} years, {brand} has {tested|reviewed} {thousands of|hundreds of} {products|gadgets|{cat}} {to help you|so you can} {buy smarter|make the right choice|find the best}.",
            "{brand} has been {testing|reviewing} {cat} since {yr2}{.|, and our team has {num} decades of combined experience.}",
            "Our {team|lab|testers} {has|have} {spent|put in} {hours} hours testing {cat}{ so you don't have to.|.}",
        ],
        "we-test-independently": [
            "{Every|Each} product {we review|we recommend|on this page|featured here} is {independently selected|hand-picked|chosen|tested} by our {editors|experts|reviewers}{.|, and we never accept payment for placement.| after hours of hands-on testing.}",
            "Our {experts|reviewers|testers} {test|use|try} every product {we recommend|on this list} {in real-world conditions|for at least {num} weeks|at home and in our lab}{.| before we make a recommendation.}",
            "We {buy|purchase} {every product|all products|everything} we {test|review} {ourselves|with our own money|at full retail price}{.|; we do not accept free samples from manufacturers.}",
            "{Our|The} {reviews|verdicts|ratings} are {never|not} {influenced|affected} by {advertisers|commercial partnerships|manufacturers|affiliate deals}{.|, and brands cannot pay to be included.}",
            "We {test|rate} {cat} on {battery life|comfort|performance|build quality}, {value|ease of use|durability} and {sound|noise|speed|accuracy}{.|, using the same standard tests for every model.}",
            "{Products|Items} are {rated|scored} on a {5-point|10-point} scale{.| by at least two reviewers.}",
        ],
        "editorial-independence": [
            "Editorial independence means being able to give an unbiased verdict about a product or company, with the avoidance of conflicts of interest.",
            "To ensure this is possible, every member of the editorial staff follows a clear code of conduct.",
            "We {also expect|expect} our journalists to follow clear ethical standards in their work.",
            "Our staff members must strive for honesty and accuracy in everything they do.",
            "We follow the {IPSO Editors’ code of practice|IPSO Editors' Code|SPJ Code of Ethics|Editors' Code of Practice} to underpin these standards.",
            "{brand} {is committed to|adheres to|follows} {strict|the highest} {editorial standards|standards of accuracy|journalistic standards}{.|. Read our editorial policy.| and corrects errors promptly.}",
            "{Our|The} editorial team {works|operates} {independently of|separately from} {our|the} {commercial|advertising|business} team{.|s.}",
            "{brand}'s {editors|writers} {choose|pick} {what to cover|which products to review} {independently|without input from advertisers}.",
            "{Learn more|Read more|Find out more} about {how we test|our editorial standards|our review process|how we make money}.",
        ],
        "about-reviews-colon": [
            "About our reviews: {we test every product ourselves|every product is tested hands-on|our experts test each item for weeks} before {recommending it|we publish a verdict}.",
            "{How we test|How we tested|Testing notes|Methodology}: {we|our team} {spent|put} {hours} hours {testing|comparing} {num} {cat}{.| side by side.}",
            "Our {verdict|rating|score} is based on {real-world testing|hands-on use|our lab tests}{.| and the opinions of our expert reviewers.}",
            "{Expert|Tested|Lab}-{tested|approved|verified} {·|by} {brand}",
            "{Reviewed|Tested|Fact-checked|Medically reviewed} by {name}{|, {brand} {senior editor|lab director|reviews editor}}",
        ],
        "medical-fact-check": [
            "{This article|Every article|All content} {is|was} {medically reviewed|fact-checked|reviewed by experts} {for accuracy|by a board-certified physician|by our editorial board}{.|.}",
            "{brand} has strict sourcing guidelines and relies on peer-reviewed studies, academic research institutions and medical associations.",
            "We {avoid|do not use} tertiary references{.|. You can learn more about how we ensure our content is accurate and current by reading our editorial policy.}",
            "{Our|The} {content|information} is for informational purposes only and {is not|does not constitute} {medical advice|financial advice|a substitute for professional advice}.",
            "{Fact checked|Medically reviewed} {on|} {date}",
        ],
    },
    "de": {
        "warum-vertrauen": [
            "{Warum Sie uns vertrauen können|Warum Sie {brand} vertrauen können|Warum du uns vertrauen kannst|Darum können Sie uns vertrauen|Warum {brand}?}",
            "{So testen wir|So haben wir getestet|Wie wir testen|Unsere Testmethode|Unser Testverfahren|So bewerten wir|Testverfahren}",
            "{Unsere redaktionellen Standards|Redaktionelle Unabhängigkeit|Unsere Grundsätze|Über unsere Tests|Transparenz|Unser Versprechen}",
            "So {testen|prüfen|bewerten} wir {cat}",
        ],
        "unabhaengig": [
            "{Unsere Redaktion|Die Redaktion|{brand}} arbeitet {unabhängig|redaktionell unabhängig}{.| von Herstellern und Händlern.| und ist keinem Hersteller verpflichtet.}",
            "{Alle|Sämtliche} {Produkte|Geräte} {werden|wurden} von {unserer Redaktion|unseren Testern|der Redaktion} {unabhängig ausgewählt|selbst gekauft|ausführlich getestet}{.| und nicht vom Hersteller bezahlt.}",
            "{Hersteller|Händler} haben keinen Einfluss auf {unsere|die} {Testergebnisse|Bewertungen|Auswahl}{.|, auch wenn wir über Affiliate-Links vergütet werden.}",
            "Wir kaufen {die|alle} {Testprodukte|Geräte} {anonym|im Handel} {ein|}, {um|damit} {neutral zu bleiben|die Ergebnisse nicht verfälscht werden}.",
            "{Testsieger|Bewertungen} {lassen sich nicht kaufen|sind nicht käuflich}{.|, auch nicht über Anzeigen.}",
        ],
        "erfahrung": [
            "Seit {yr2} {testet|prüft} {brand} {cat}{| für seine Leserinnen und Leser}.",
            "{Unser Team|Unsere Redaktion} hat {hours} Stunden lang {cat} {getestet|verglichen|auf Herz und Nieren geprüft}.",
            "{Jedes Jahr|Jährlich} {testen|prüfen} {wir|unsere Fachleute} mehr als {n3} {Produkte|Geräte}.",
            "{Getestet|Geprüft|Bewertet} von {name}{|, Ressortleiter Test|, Technikredakteurin}",
        ],
        "methode": [
            "{Wir|Unsere Tester} {bewerten|prüfen} {cat} nach {Akkulaufzeit|Klang|Handhabung|Verarbeitung}, {Preis-Leistung|Ausstattung} und {Haltbarkeit|Bedienung}{.|, für jedes Modell nach dem gleichen Schema.}",
            "{Die Noten|Die Bewertungen} {beruhen|basieren} auf {Labormessungen|einem mehrwöchigen Praxistest|standardisierten Tests}{.| und der Einschätzung unserer Fachredaktion.}",
            "{Mehr|Alles} {zu unserer Testmethode|zu unseren Tests|darüber, wie wir testen} {erfahren Sie hier|lesen Sie hier|finden Sie hier}.",
            "{Transparenz|Hinweis zur Unabhängigkeit}: {So finanzieren wir uns|So arbeitet unsere Redaktion}",
        ],
        "kodex": [
            "{Wir halten uns an den Pressekodex|{brand} folgt dem Pressekodex|Wir folgen den publizistischen Grundsätzen}{.| des Deutschen Presserats.}",
            "{Unsere|Die} Redaktion ist {an|den} {strenge|klare} {journalistische|redaktionelle} {Standards|Richtlinien} gebunden.",
            "{Fehler|Korrekturen} {machen wir transparent|kennzeichnen wir deutlich}{.|: Lesen Sie unsere Korrekturrichtlinie.}",
            "{Redaktion und Anzeigenabteilung|Redaktion und Vermarktung} {arbeiten|sind} {strikt getrennt|unabhängig voneinander}.",
        ],
        "medizin": [
            "{Dieser Artikel|Der Beitrag} wurde {medizinisch geprüft|von Fachleuten geprüft|fachlich geprüft}{.| von {name}.}",
            "{Die Inhalte|Dieser Text} {ersetzen|ersetzt} {keine ärztliche Beratung|nicht den Besuch beim Arzt}.",
            "{Faktengeprüft|Medizinisch geprüft} am {date}",
        ],
    },
    "fr": {
        "confiance": [
            "{Pourquoi nous faire confiance ?|Pourquoi faire confiance à {brand} ?|Pourquoi nous croire ?|Notre méthodologie|Comment nous testons|Comment nous avons testé|Nos engagements|Notre charte éditoriale}",
            "Comment {testons-nous|nous testons|avons-nous testé} les {cat}{ ?|}",
            "{À propos de nos tests|Notre protocole de test|Nos critères de notation}",
        ],
        "independance": [
            "{La rédaction|Notre rédaction|{brand}} {est|reste} {indépendante|totalement indépendante} {des marques|des annonceurs|de toute marque}{.|, et les produits sont choisis librement.}",
            "{Tous les produits|Chaque produit} {sont|est} {testés|testé} par {nos journalistes|la rédaction|nos experts} {dans nos locaux|en conditions réelles|pendant plusieurs semaines}{.|, sans contrepartie.}",
            "{Les marques|Les fabricants} ne {peuvent|peut} pas {payer|influencer} {nos tests|nos notes|notre classement}.",
        ],
        "methode": [
            "{Depuis|Depuis} {yr2}, {brand} {teste|a testé} des {milliers|centaines} de {produits|cat}.",
            "Nous {évaluons|notons} les {cat} selon {l'autonomie|le confort|la qualité audio}, {le rapport qualité-prix|l'ergonomie} et {la durabilité|la réparabilité}.",
            "{Testé|Vérifié} par {name}{|, journaliste tech}",
            "{En savoir plus|Découvrir} {sur notre méthodologie|sur nos tests|sur notre charte}",
        ],
    },
    "es": {
        "confiar": [
            "{¿Por qué confiar en nosotros?|¿Por qué confiar en {brand}?|Por qué puedes fiarte de nosotros|Cómo probamos|Cómo hemos probado|Nuestra metodología|Nuestros estándares editoriales|Independencia editorial}",
            "Cómo {probamos|elegimos|analizamos} {cat}",
            "{Sobre nuestras reseñas|Así analizamos|Nuestro proceso de prueba}",
        ],
        "independencia": [
            "{La redacción|Nuestro equipo|{brand}} {elige|selecciona} los productos de forma independiente{.|; las marcas no pagan por aparecer.}",
            "{Todos los productos se prueban|Cada producto es probado} por {nuestros expertos|la redacción} {durante semanas|en condiciones reales}{.| antes de recomendarlos.}",
            "{Nuestras valoraciones no están influidas|Nuestros análisis no están influidos} por {los anunciantes|las marcas}.",
        ],
        "metodo": [
            "Desde {yr2}, {brand} {ha probado|prueba} {miles|cientos} de {productos|cat}.",
            "{Valoramos|Puntuamos} cada modelo de {cat} según {autonomía|comodidad|rendimiento}, {relación calidad-precio|diseño} y {durabilidad|facilidad de uso}.",
            "{Probado|Revisado} por {name}{|, editor de tecnología}",
            "{Más información|Descubre más} sobre {cómo probamos|nuestra metodología}",
        ],
    },
    "it": {
        "fidarsi": [
            "{Perché fidarsi di noi|Perché fidarti di {brand}|Come testiamo|Come abbiamo testato|La nostra metodologia|I nostri standard editoriali|Indipendenza editoriale}",
            "Come {testiamo|scegliamo|valutiamo} {cat}",
        ],
        "indipendenza": [
            "{La redazione|Il nostro team|{brand}} {sceglie|seleziona} i prodotti in modo indipendente{.|; i marchi non pagano per essere inclusi.}",
            "{Tutti i prodotti vengono testati|Ogni prodotto viene testato} {dalla redazione|dai nostri esperti} {per settimane|in condizioni reali}.",
            "Le nostre {recensioni|valutazioni} non sono influenzate {dagli inserzionisti|dai produttori}.",
        ],
        "metodo": [
            "Dal {yr2} {brand} {ha testato|testa} {migliaia|centinaia} di {prodotti|cat}.",
            "{Valutiamo|Giudichiamo} ogni modello di {cat} in base a {autonomia|comfort|prestazioni}, {rapporto qualità-prezzo|design} e {durata|facilità d'uso}.",
            "{Testato|Verificato} da {name}",
        ],
    },
    "pt": {
        "confiar": [
            "{Por que confiar em nós?|Por que confiar no {brand}?|Porque pode confiar em nós|Como testamos|Como testámos|Nossa metodologia|Padrões editoriais|Independência editorial}",
            "Como {testamos|escolhemos|avaliamos} {cat}",
        ],
        "independencia": [
            "{A redação|Nossa equipe|{brand}} {escolhe|seleciona} os produtos de forma independente{.|; as marcas não pagam para aparecer.}",
            "{Todos os produtos são testados|Cada produto é testado} {pela redação|por nossos especialistas} {durante semanas|em condições reais}.",
            "Nossas {avaliações|análises} não são influenciadas {por anunciantes|pelas marcas}.",
        ],
        "metodo": [
            "Desde {yr2}, {brand} {testou|testa} {milhares|centenas} de {produtos|cat}.",
            "{Avaliamos|Pontuamos} cada modelo de {cat} por {bateria|conforto|desempenho}, {custo-benefício|design} e {durabilidade|facilidade de uso}.",
            "{Testado|Revisado} por {name}",
        ],
    },
    "nl": {
        "vertrouwen": [
            "{Waarom je ons kunt vertrouwen|Waarom {brand} vertrouwen?|Zo testen wij|Hoe wij testen|Onze testmethode|Onze redactionele richtlijnen|Redactionele onafhankelijkheid}",
            "Zo {testen|kiezen|beoordelen} wij {cat}",
        ],
        "onafhankelijk": [
            "{De redactie|Ons team|{brand}} {kiest|selecteert} producten onafhankelijk{.|; merken betalen niet om genoemd te worden.}",
            "{Alle producten worden|Elk product wordt} {door de redactie|door onze testers} {wekenlang|in de praktijk} getest.",
            "{Fabrikanten|Adverteerders} hebben geen invloed op {onze reviews|onze beoordelingen|de testresultaten}.",
        ],
        "methode": [
            "Sinds {yr2} {test|testte} {brand} {duizenden|honderden} {producten|cat}.",
            "We beoordelen {cat} op {accuduur|comfort|prestaties}, {prijs-kwaliteit|gebruiksgemak} en {duurzaamheid|bouwkwaliteit}.",
            "{Getest|Gecontroleerd} door {name}",
        ],
    },
    "pl": {
        "zaufanie": [
            "{Dlaczego warto nam zaufać?|Dlaczego możesz nam ufać|Dlaczego {brand}?|Jak testujemy|Jak testowaliśmy|Nasza metodologia|Zasady redakcyjne|Niezależność redakcyjna}",
            "Jak {testujemy|wybieramy|oceniamy} {cat}",
        ],
        "niezaleznosc": [
            "{Redakcja|Nasz zespół|{brand}} {wybiera|dobiera} produkty niezależnie{.|; producenci nie płacą za miejsce w zestawieniu.}",
            "{Każdy produkt|Wszystkie produkty} {testujemy|sprawdzamy} {przez kilka tygodni|w codziennym użytkowaniu}{.| zanim go polecimy.}",
            "{Reklamodawcy|Producenci} nie mają wpływu na {nasze recenzje|nasze oceny|wyniki testów}.",
        ],
        "metoda": [
            "Od {yr2} roku {brand} {przetestował|testuje} {tysiące|setki} {produktów|urządzeń}.",
            "Oceniamy {cat} pod kątem {baterii|wygody|wydajności}, {stosunku ceny do jakości|ergonomii} i {trwałości|jakości wykonania}.",
            "{Przetestował|Sprawdził|Opracował}: {name}",
        ],
    },
    "ru": {
        "doverie": [
            "{Почему нам можно доверять|Почему стоит доверять {brand}|Как мы тестируем|Как мы выбирали|Наша методика|Редакционная политика|Редакционная независимость}",
            "Как мы {тестируем|выбираем|оцениваем} {cat}",
        ],
        "nezavisimost": [
            "{Редакция|Наша команда|{brand}} {выбирает|отбирает} товары независимо{.|: производители не платят за место в рейтинге.}",
            "{Каждый товар|Все устройства} {мы тестируем|проходят тестирование} {несколько недель|в реальных условиях}{.| перед публикацией обзора.}",
            "{Рекламодатели|Производители} не влияют на {наши обзоры|оценки|результаты тестов}.",
        ],
        "metodika": [
            "С {yr2} года {brand} {протестировал|тестирует} {тысячи|сотни} {товаров|устройств}.",
            "Мы оцениваем {cat} по {автономности|удобству|производительности}, {соотношению цены и качества|эргономике} и {надёжности|качеству сборки}.",
            "{Проверено|Протестировано} {редакцией|экспертом}: {name}",
        ],
    },
    "ja": {
        "shinrai": [
            "{{brand}が信頼できる理由|私たちが信頼される理由|検証方法について|テスト方法|選び方の基準|編集方針|編集ポリシー|レビューについて}",
            "{cat}の{検証方法|選び方|評価基準}",
        ],
        "dokuritsu": [
            "{掲載商品|紹介している商品}は{編集部|専門家}が{独自に|中立的な立場で}{選定|検証}しています{。|。メーカーからの対価は受け取っていません。}",
            "{すべての商品|全商品}を{編集部|検証チーム}が{実際に購入して|自腹で購入し}{検証|テスト}しています{。|}",
            "{広告主|メーカー}の意向が{評価|ランキング}に影響することはありません{。|}",
        ],
        "hoho": [
            "{yr2}年から{cat}を{検証|テスト}し続けています{。|}",
            "{cat}を{バッテリー|使いやすさ|性能}、{コスパ|デザイン}、{耐久性|音質}の{観点|項目}で{評価|比較}しました{。|}",
            "{監修|検証}：{name}{|（{brand}編集部）}",
        ],
    },
    "zh": {
        "xinren": [
            "{为什么信任我们|为什么选择{brand}|我们如何测试|测评方法|评测标准|编辑原则|关于我们的评测}",
            "我们如何{测试|挑选|评价}{cat}",
        ],
        "duli": [
            "{所有产品|文中产品}均由{编辑|评测团队}{独立|自主}{挑选|评测}{。|，品牌方无法付费上榜。}",
            "{我们|评测团队}{自费购买|实际购买}{所有|每一款}{产品|商品}{进行测试|进行评测}{。|}",
            "{广告主|厂商}不会影响{我们的评测结果|排名|评分}{。|}",
        ],
        "fangfa": [
            "自{yr2}年起，{brand}已{评测|测试}{数千|数百}款{产品|cat}{。|}",
            "我们从{续航|舒适度|性能}、{性价比|设计}和{耐用性|音质}等方面{评价|对比}{cat}{。|}",
            "{审校|测评}：{name}",
        ],
    },
    "sv": {"fortroende": ["{Därför kan du lita på oss|Så testar vi|Så har vi testat|Vår testmetod}", "{Redaktionen|{brand}} väljer produkterna oberoende{.|; tillverkarna kan inte betala för plats.}", "Vi testar alla {produkter|prylar} {själva|i flera veckor}."]},
    "tr": {"guven": ["{Neden bize güvenmelisiniz?|Nasıl test ediyoruz|Test yöntemimiz|Yayın ilkelerimiz}", "{Ürünler|Tüm ürünler} editörlerimiz tarafından bağımsız olarak seçilir.", "{Markalar|Reklamverenler} değerlendirmelerimizi etkilemez."]},
    "ko": {"sinroe": ["{{brand}를 믿을 수 있는 이유|테스트 방법|평가 기준|편집 원칙}", "모든 제품은 편집팀이 {직접 구매해|독립적으로} {테스트합니다|선정합니다}.", "광고주는 {리뷰|평가}에 영향을 주지 않습니다."]},
    "ar": {"thiqa": ["{لماذا تثق بنا؟|كيف نختبر المنتجات|منهجية التقييم|معاييرنا التحريرية}", "يختار فريق التحرير المنتجات بشكل مستقل.", "لا يؤثر المعلنون على تقييماتنا."]},
    "hi": {"bharosa": ["{हम पर भरोसा क्यों करें?|हम कैसे टेस्ट करते हैं|हमारी समीक्षा प्रक्रिया|संपादकीय नीति}", "सभी प्रोडक्ट हमारे संपादक स्वतंत्र रूप से चुनते हैं।", "विज्ञापनदाता हमारी समीक्षा को प्रभावित नहीं करते।"]},
}

_MORE = {
    "fr": {"relecture": ["{Article relu|Vérifié|Testé} par {name}{|, rédacteur en chef adjoint|, responsable des tests}", "{Mis à jour|Actualisé} le {date} {avec les derniers modèles|après de nouveaux tests}", "{Nos experts ont passé|Nous avons passé} {hours} heures à tester {cat}{.|}", "{Notre note|Notre verdict} repose sur {des mesures en laboratoire|un usage quotidien de plusieurs semaines}{.|}"]},
    "es": {"revision": ["{Revisado|Verificado|Probado} por {name}{|, jefe de pruebas|, editora}", "{Actualizado|Revisado} el {date} {con los últimos modelos|tras nuevas pruebas}", "{Nuestros expertos han dedicado|Hemos dedicado} {hours} horas a probar {cat}{.|}", "{Nuestra nota|Nuestro veredicto} se basa en {mediciones de laboratorio|varias semanas de uso real}{.|}"]},
    "it": {"revisione": ["{Revisionato|Verificato|Testato} da {name}{|, responsabile test}", "Aggiornato il {date} {con i nuovi modelli|dopo nuovi test}", "{I nostri esperti hanno passato|Abbiamo passato} {hours} ore a testare {cat}{.|}", "Il nostro voto si basa su {misurazioni in laboratorio|settimane di utilizzo reale}{.|}"]},
    "pt": {"revisao": ["{Revisado|Verificado|Testado} por {name}{|, editor de testes}", "Atualizado em {date} {com os modelos mais recentes|após novos testes}", "{Nossos especialistas passaram|Passamos} {hours} horas testando {cat}{.|}", "Nossa nota se baseia em {medições de laboratório|semanas de uso real}{.|}"]},
    "nl": {"controle": ["{Gecontroleerd|Getest|Nagekeken} door {name}{|, testredacteur}", "Bijgewerkt op {date} {met de nieuwste modellen|na nieuwe tests}", "{Onze experts hebben|We hebben} {hours} uur {cat} getest{.|}", "Ons oordeel is gebaseerd op {labmetingen|weken praktijkgebruik}{.|}"]},
    "pl": {"weryfikacja": ["{Zweryfikował|Sprawdził|Przetestował}: {name}{|, redaktor działu testów}", "Zaktualizowano {date} {o najnowsze modele|po nowych testach}", "{Nasi eksperci spędzili|Spędziliśmy} {hours} godzin na testach {sprzętu|urządzeń}{.|}", "Nasza ocena opiera się na {pomiarach laboratoryjnych|tygodniach codziennego użytkowania}{.|}"]},
    "ru": {"proverka": ["{Проверил|Протестировал|Отредактировал}: {name}", "Обновлено {date} {с учётом новых моделей|после новых тестов}", "{Наши эксперты потратили|Мы потратили} {hours} часов на тесты{.|}", "Оценка основана на {лабораторных замерах|нескольких неделях реального использования}{.|}"]},
    "ja": {"kanshu": ["{監修|検証|執筆}：{name}{|（{brand}編集部）}", "{date}更新：{最新モデルを追加|再検証の結果を反映}しました{。|}", "{編集部|専門家}が{hours}時間かけて{cat}を{検証|比較}しました{。|}", "{評価|スコア}は{実機検証|ラボでの測定}に基づいています{。|}"]},
    "zh": {"shenhe": ["{审核|测评|撰文}：{name}", "{date}更新：{新增最新机型|补充复测结果}{。|}", "{评测团队|我们}花了{hours}小时测试{cat}{。|}", "{评分|结论}基于{实际使用|实验室测试}{。|}"]},
}
for _lang, _fams in _MORE.items():
    FAMILIES[_lang].update(_fams)

FAMILIES["en"].update({
    "ratings-corrections": [
        "{Our|How our} star ratings {explained|work}{:| –} {5 stars|Five stars} {= exceptional|means outstanding|is reserved for the best}",
        "{We update this guide|This guide is updated|We revisit this list} {regularly|every month|as new models arrive}{.| with new picks.}",
        "{If you spot an error|Spotted a mistake?|See something that's wrong?}, {contact|email} {our corrections team|corrections@{brand}.com|the editors}{.|}",
        "{Our|{brand}'s} {corrections policy|fact-checking policy|sourcing guidelines} {explains how we|sets out how we} {correct mistakes|verify claims|choose sources}{.|}",
        "{Ratings|Scores} are {independent of price|never influenced by commercial partners|set before we look at prices}{.|}",
    ],
})

for _lang, _fam, _t in (
    ("sv", "granskning", ["{Testad|Granskad} av {name}", "Vi har testat {cat} i {num} veckor{.|}", "Vårt betyg bygger på {labbtester|praktisk användning}{.|}"]),
    ("tr", "inceleme", ["{İnceleyen|Test eden}: {name}", "{Ürünleri|Cihazları} {num} hafta boyunca test ettik{.|}", "Puanımız {laboratuvar testlerine|gerçek kullanıma} dayanır{.|}"]),
    ("ko", "geomjeung", ["{검수|테스트}: {name}", "{num}주 동안 직접 사용해 보고 평가했습니다{.|}", "평가는 {실사용 테스트|실험실 측정}을 바탕으로 합니다{.|}"]),
    ("ar", "murajaa", ["{راجعه|اختبره}: {name}", "اختبرنا المنتجات لمدة {num} أسابيع{.|}", "يعتمد تقييمنا على {الاستخدام الفعلي|الاختبارات المعملية}{.|}"]),
    ("hi", "samiksha", ["{समीक्षक|टेस्ट किया}: {name}", "हमने प्रोडक्ट्स को {num} हफ्तों तक इस्तेमाल किया{।|}", "हमारी रेटिंग {असली इस्तेमाल|लैब टेस्ट} पर आधारित है{।|}"]),
):
    FAMILIES[_lang][_fam] = _t

# Session 3: more house styles (written afresh; every name falls in the training part of the split).
for _lang, _fam, _t in (
    ("en", "methodology-box", [
        "{Our|The} {scoring|rating|testing} {methodology|process|system}{| explained}",
        "{Every|Each} {product|device|gadget|model} {is|gets} {put through|run through|subjected to} {the same|a standard|our} {set of |}{tests|benchmarks|checks}{| before we score it}{.|}",
        "{Ratings|Scores|Star ratings} {are|get} {reviewed|revisited|updated} {when|as} {prices change|new models arrive|we retest}{.|}",
        "{We|Our reviewers} {buy|pay for} {most of |}the {products|kit|gear} we {test|review}{| ourselves}{.|}",
        "{No|Neither} {brand|manufacturer|advertiser} {sees|can see|approves} {our|a} {review|verdict} before {it is published|publication}{.|}",
        "{Read more|Learn more|Find out more} about {how we test|our review process|our editorial policy|our standards}",
    ]),
    ("en", "about-the-author", [
        "{About the author|About the reviewer|Meet the expert|Our expert|Written by|Reviewed by|Fact-checked by}{|:}",
        "{name} {has been|has spent {num} years} {writing about|covering|reviewing} {topic}{| for {brand}}{.|}",
        "{name} is {a|our} {senior|contributing|staff} {editor|writer|reviewer} {at|for} {brand}{.|}",
        "{Medically|Expertly|Technically} reviewed by {name}{|, {topic} specialist}",
    ]),
    ("de", "testverfahren", [
        "{So testen wir|Unser Testverfahren|Wie wir bewerten|Unsere Testkriterien}",
        "{Jedes|Alle} {Gerät|Geräte|Produkt|Produkte} {durchläuft|durchlaufen} {denselben|unseren} {Testparcours|Testablauf}{.|}",
        "{Die|Unsere} {Redaktion|Tester} {arbeitet|arbeiten} unabhängig von {Herstellern|Werbekunden}{.|}",
        "{Über den Autor|Über die Autorin|Geschrieben von|Geprüft von}{|:} {name}",
    ]),
    ("fr", "methode-test", [
        "{Notre méthode de test|Comment nous testons|Notre protocole de test|Nos critères d'évaluation}",
        "{Chaque|Tous les} {produit|appareil|produits|appareils} {passe|passent} par {le même|notre} protocole{.|}",
        "{La rédaction|Nos testeurs} {travaille|travaillent} en toute indépendance{.|}",
        "{À propos de l'auteur|Rédigé par|Vérifié par}{| :} {name}",
    ]),
    ("es", "metodo-prueba", [
        "{Cómo probamos|Nuestro método de análisis|Nuestros criterios|Así evaluamos}",
        "{Cada|Todos los} {producto|dispositivo|productos} {pasa|pasan} por {las mismas pruebas|nuestro protocolo}{.|}",
        "{La redacción|Nuestros analistas} {trabaja|trabajan} con total independencia{.|}",
        "{Sobre el autor|Escrito por|Revisado por}{|:} {name}",
    ]),
    ("it", "metodo-test", [
        "{Come testiamo|Il nostro metodo|I nostri criteri di valutazione}",
        "{Ogni|Tutti i} {prodotto|dispositivo|prodotti} {segue|seguono} {lo stesso|il nostro} protocollo di test{.|}",
        "{La redazione|I nostri tester} {lavora|lavorano} in piena indipendenza{.|}",
        "{L'autore|Scritto da|Verificato da}{|:} {name}",
    ]),
    ("pt", "metodo-teste-v3", [
        "{Como testamos|Nosso método de avaliação|Os nossos critérios}",
        "{Cada|Todos os} {produto|aparelho|produtos} {passa|passam} pelo mesmo protocolo{.|}",
        "{A redação|Nossos avaliadores} {trabalha|trabalham} com total independência{.|}",
        "{Sobre o autor|Escrito por|Revisado por}{|:} {name}",
    ]),
    ("nl", "testmethode", [
        "{Zo testen wij|Onze testmethode|Hoe wij beoordelen}",
        "{Elk|Alle} {product|apparaat|producten} {doorloopt|doorlopen} {dezelfde|onze} testprocedure{.|}",
        "{De redactie|Onze testers} {werkt|werken} onafhankelijk{.|}",
        "{Over de auteur|Geschreven door|Gecontroleerd door}{|:} {name}",
    ]),
    ("pl", "metodologia", [
        "{Jak testujemy|Nasza metodologia|Kryteria oceny}",
        "{Każdy|Wszystkie} {produkt|sprzęt|produkty} {przechodzi|przechodzą} {te same testy|naszą procedurę}{.|}",
        "{Redakcja|Nasi testerzy} {działa|działają} niezależnie{.|}",
        "{O autorze|Autor|Zweryfikował}{|:} {name}",
    ]),
    ("ru", "metodika-v3", [
        "{Как мы тестируем|Наша методика|Критерии оценки}",
        "{Каждое|Все} {устройство|устройства} {проходит|проходят} {одинаковые тесты|нашу методику}{.|}",
        "{Редакция|Наши авторы} {работает|работают} независимо от производителей{.|}",
        "{Об авторе|Автор|Проверил}{|:} {name}",
    ]),
    ("ja", "tesuto-houhou", [
        "{テスト方法|検証方法について|評価基準}",
        "{すべての製品を|各製品を}{同じ条件で|共通の手順で}検証しています{。|}",
        "{編集部は|レビューは}メーカーから独立して{運営|作成}しています{。|}",
        "{執筆者|監修|この記事を書いた人}{：|}{name}",
    ]),
    ("zh", "ceping-fangfa", [
        "{我们如何测评|测评方法|评分标准}",
        "{所有产品|每款产品}{均经过|都经过}{统一的|相同的}测试流程{。|}",
        "{编辑部|测评团队}独立于{厂商|广告主}运作{。|}",
        "{作者|审核|责任编辑}{：|}{name}",
    ]),
):
    assert _fam not in FAMILIES[_lang], _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 4: review scores and verdict boxes, editorial-policy links, expert panels, in more scripts.
for _lang, _fam, _t in (
    ("en", "policy-and-panel", [
        "{Our editorial standards|Editorial guidelines|Our ethics policy|How we work|Our review process|Corrections policy|About our journalism}",
        "{Every product|Each product|Everything} {we feature|we recommend|on this page} {is selected|has been chosen|was vetted} by {our editors|our experts|an independent panel}{.|, not advertisers.}",
        "{Reviewed by|Medically reviewed by|Fact-checked by|Verified by|Tested by} {name}{|, {our {topic} editor|a board-certified physician|a certified trainer}}",
        "{We spent|Our team spent|Our testers spent} {hours} hours {testing|using|comparing} {num} {cat}{| so you don't have to}{.|}",
        "{Why you can trust|Why trust} {us|{brand}|our reviews}{|?| 🛡}",
    ]),
    ("de", "redaktionelle-standards", [
        "{Unsere redaktionellen Standards|Wie wir arbeiten|Unsere Testkriterien|So bewerten wir|Transparenzhinweis|Redaktionelle Leitlinien}",
        "{Alle Produkte|Jedes Produkt} {wird|wurde} {von unserer Redaktion|unabhängig} {ausgewählt|geprüft}{| – nicht von Werbepartnern}{.|}",
        "{Geprüft von|Medizinisch geprüft von|Faktencheck:} {name}",
        "{Wir haben|Unser Team hat} {num} {cat} {über {hours} Stunden|wochenlang} {getestet|verglichen}{.|}",
    ]),
    ("fr", "charte-editoriale", [
        "{Notre charte éditoriale|Comment nous testons|Nos critères de test|Notre méthodologie|Pourquoi nous faire confiance}",
        "{Chaque produit|Tous les produits} {est sélectionné|sont sélectionnés} {par notre rédaction|en toute indépendance}{.|}",
        "{Vérifié par|Relu par|Testé par} {name}",
        "Nous avons testé {num} {cat} pendant {hours} heures{.|}",
    ]),
    ("es", "normas-editoriales", [
        "{Nuestras normas editoriales|Cómo probamos|Nuestra metodología|Por qué confiar en nosotros|Política de correcciones}",
        "{Cada producto|Todos los productos} {es seleccionado|son seleccionados} {por nuestra redacción|de forma independiente}{.|}",
        "{Revisado por|Verificado por|Probado por} {name}",
        "Hemos probado {num} {cat} durante {hours} horas{.|}",
    ]),
    ("ko", "pyeonjip-wonchik", [
        "{편집 원칙|리뷰 원칙|테스트 방법|우리가 제품을 평가하는 방법|정정 보도 원칙}",
        "{모든 제품은|소개된 제품은} {편집팀이 직접 선정했습니다|광고와 무관하게 선정했습니다}",
        "{검수|감수|팩트체크}: {name}",
        "{num}개 제품을 {hours}시간 동안 직접 테스트했습니다",
    ]),
    ("ar", "maayir-tahririya-b", [
        "{معاييرنا التحريرية|كيف نختبر|منهجية المراجعة|لماذا تثق بنا|سياسة التصحيح}",
        "{يختار محررونا كل منتج|تم اختيار جميع المنتجات} {بشكل مستقل|دون تدخل المعلنين}",
        "{راجعه|دقّقه|اختبره} {name}",
        "اختبرنا {num} منتجات على مدى {hours} ساعة",
    ]),
    ("hi", "sampadakiy-niti", [
        "{हमारी संपादकीय नीति|हम कैसे टेस्ट करते हैं|समीक्षा प्रक्रिया|हम पर भरोसा क्यों करें|सुधार नीति}",
        "{हर प्रोडक्ट|सभी प्रोडक्ट} {हमारी टीम ने स्वतंत्र रूप से चुना है|विज्ञापनदाताओं से स्वतंत्र चुने गए हैं}",
        "{समीक्षा|तथ्य जांच}: {name}",
        "हमने {num} प्रोडक्ट {hours} घंटे तक टेस्ट किए",
    ]),
    ("ja", "henshu-houshin-s4", [
        "{編集方針|レビューの方針|検証方法について|当サイトが信頼できる理由|訂正方針}",
        "{掲載商品はすべて|紹介する商品は}{編集部が独自に選定しています|広告主の影響を受けずに選んでいます}",
        "{監修|検証|ファクトチェック}：{name}",
        "{num}製品を{hours}時間かけて比較検証しました",
    ]),
    ("zh", "bianji-zhunze", [
        "{编辑准则|我们如何测评|测评方法说明|为什么信任我们|更正政策}",
        "{所有产品|本文推荐的产品}{均由编辑独立挑选|不受广告商影响}",
        "{审核|审校|核实}：{name}",
        "我们用{hours}小时测试了{num}款产品",
    ]),
    ("ru", "redaktsionnaya-politika", [
        "{Редакционная политика|Как мы тестируем|Наша методика|Почему нам можно доверять|Политика исправлений}",
        "{Все товары|Каждый товар} {отбирает редакция|выбраны независимо от рекламодателей}",
        "{Проверено|Эксперт|Факт-чекинг}: {name}",
        "Мы протестировали {num} моделей за {hours} часов",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 8: one family of the category's commonest shapes in Ukrainian, Czech, Indonesian and Vietnamese, languages the bank had no lines of
# (written afresh; every name falls in the training part of the split).
_LANGS_S8 = {
 "uk": {
  "chomu-doviriaty-s8b": {
   "n": 30,
   "t": [
    "Редакція {brand} дотримується стандартів журналістики{| та перевіряє факти}.",
    "{Як ми тестуємо|Як ми тестуємо техніку|Чому нам можна довіряти}",
    "{Помітили помилку|Знайшли помилку}? Виділіть її та натисніть Ctrl+Enter."
   ]
  }
 },
 "cs": {
  "proc-nam-verit-s8": {
   "n": 30,
   "t": [
    "{Proč nám věřit|Jak testujeme|Jak hodnotíme produkty}",
    "Redakce {brand} testuje všechny produkty nezávisle{.| a výrobci nemají vliv na hodnocení.}",
    "Našli jste chybu? Napište nám."
   ]
  }
 },
 "id": {
  "mengapa-percaya-s8b": {
   "n": 30,
   "t": [
    "{Mengapa percaya kami|Cara kami menguji|Bagaimana kami menilai produk}",
    "Tim redaksi {brand} menguji setiap produk secara independen{.|, tanpa pengaruh dari produsen.}",
    "Menemukan kesalahan? Laporkan ke redaksi."
   ]
  }
 },
 "vi": {
  "vi-sao-tin-s8": {
   "n": 30,
   "t": [
    "{Vì sao bạn có thể tin chúng tôi|Cách chúng tôi đánh giá|Quy trình thử nghiệm}",
    "Đội ngũ {brand} thử nghiệm mọi sản phẩm một cách độc lập{.|, không chịu ảnh hưởng từ nhà sản xuất.}",
    "Phát hiện lỗi? Hãy báo cho tòa soạn."
   ]
  }
 }
}
for _lang, _fams in _LANGS_S8.items():
    FAMILIES.setdefault(_lang, {}).update(_fams)
