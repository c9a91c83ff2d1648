"""REL: related links, "read next" teasers, more-from headers, recommendation widgets."""

FAMILIES = {
    "en": {
        "label-colon-headline": [
            "{Related|READ MORE|Read more|Read next|Read Next|Also read|See also|Recommended|Don't miss|MORE|Further reading|Up next|Also on {brand}|Must read|Trending|Popular|Continue reading|Next up|Editor's pick|RELATED}{:| -| –| \\|} {headline}",
            "{Related|Read more|Read next|See also|More}{: | – }{product} review",
            "{Related|More} {story|coverage|reading}: {headline}",
            "{Opens in new window|Opens in a new tab}{|:} {headline}",
        ],
        "section-header": [
            "{Related articles|Related stories|Related content|Related posts|Related reading|Related coverage|Related topics|Related news|Related guides}",
            "{You may also like|You might also like|You may be interested in|You might be interested in|We think you'll like|Recommended for you|Picked for you|Just for you}",
            "{More from|Latest from|More stories from|Elsewhere on|Also from|More on} {brand}",
            "{Most popular|Most read|Most viewed|Most shared|Most commented|Popular now|Trending now|Trending stories|Top stories|Latest stories|Latest news|Editor's picks|Editors' picks}",
            "{More|Latest|Top|Best} {topic} {news|stories|reviews|guides|deals|headlines}",
            "{What to read next|Keep reading|Read these next|In case you missed it|ICYMI|Don't miss|Around the site|More to explore}",
            "{More in|More about|More on|Explore} {topic}",
        ],
        "teaser-with-meta": [
            "{headline}{ · | \\| | — }{num} min read",
            "{headline}{ · | — }{num} {hours|minutes|days} ago",
            "{headline}{ · | \\| }{date}",
            "{topic}{ \\| | · | / }{headline}",
            "{headline} ({count} comments)",
            "{▶|🎥|Video|WATCH|LISTEN|Podcast}{:| ·| –} {headline}",
            "{headline}{ · | \\| | — }By {name}",
            "{name}{ · | \\| }{headline}",
        ],
        "recommendation-widget": [
            "{Recommended by|Promoted by|Sponsored by|Powered by} {Outbrain|Taboola|Revcontent|Zergnet}",
            "{Promoted stories|Sponsored stories|Around the web|From the web|From our partners|Paid content|You may like|More for you}",
            "{Sponsored|Promoted|Ad}{ · | \\| | – }{company}{ · | – }{This simple trick could save you £{n3}0 a year|One common mistake is costing homeowners thousands|Why this new gadget is selling out|The kitchen tool chefs swear by}",
            "{Ads by|Links by|Content by} {Taboola|Outbrain|Zergnet}",
            "{Recommended|Suggested} {stories|videos|for you}{| · by Taboola}",
        ],
        "more-on-story": [
            "{More on this story|More on this topic|More about this story|Follow this story|Full coverage|Live coverage|Explore more on these topics}",
            "{This article is part of|This story is part of|Part of} {our|the} {series|special report|coverage|guide}{ on| about|:} {topic}{| — read the full series}",
            "{Catch up on|Read} {the rest of|all of} {our|the} {coverage|series|guide}{ here|}",
            "{See all|View all|Show all|Browse all} {topic} {news|stories|reviews|coverage}",
            "{Previous|Next} {article|story|post}{:| →| ›| «} {headline}",
            "{« Previous|Next »|‹ Prev|Next ›|Older posts|Newer posts|Load more|Show more|More stories}",
        ],
        "inline-best-list": [
            "{The best|Best} {cat}{ | in | for }{year|2024|2025}{|: tested and rated}",
            "{The best|Best} {cat} {deals|sales} {this week|right now|for {year}}",
            "{Our|The} {top|favourite|favorite} {cat}{| of {year}}{: our picks|}",
            "{Looking for|Shopping for} {cat}? {Check out|See|Read} our {guide to the best {cat}|pick of the best {cat}|buying guide}{.|}",
            "{If you're looking for more|For more options|Still undecided}, {see|check out|read} our {guide to the best {cat}|list of the best {cat}|{cat} buying guide}{.|}",
        ],
    },
    "de": {
        "label-titel": [
            "{Mehr zum Thema|Lesen Sie auch|Auch interessant|Das könnte Sie auch interessieren|Weiterlesen|Passend dazu|Empfehlung der Redaktion|Lesetipp|Zum Weiterlesen|Ebenfalls lesenswert|Siehe auch|Auch lesenswert|Verwandte Themen}{:| –| \\|} {headline}",
            "{Lesen Sie auch|Mehr dazu|Hier lesen}: {product} im Test",
        ],
        "rubrik": [
            "{Mehr zum Thema|Das könnte Sie auch interessieren|Das könnte dich auch interessieren|Weitere Artikel|Ähnliche Artikel|Verwandte Artikel|Empfehlungen|Für Sie empfohlen|Auch interessant}",
            "{Meistgelesen|Meistgelesene Artikel|Am meisten gelesen|Beliebt|Top-Artikel|Neueste Artikel|Aktuelle Nachrichten|Die Redaktion empfiehlt|Top-Themen}",
            "{Mehr aus|Mehr von|Neues aus|Weitere Nachrichten aus} {topic}",
            "{Mehr|Weitere|Aktuelle} {topic}-{Nachrichten|Artikel|News|Tests}",
            "{Mehr von|Weitere Artikel von|Neues von} {brand}",
        ],
        "teaser-meta": [
            "{headline}{ · | \\| | – }{num} Min. Lesezeit",
            "{headline}{ · | – }vor {num} {Stunden|Minuten|Tagen}",
            "{topic}{ \\| | · | / }{headline}",
            "{headline} ({count} Kommentare)",
            "{Video|Podcast|Audio|Bildergalerie|Liveticker}{:| –} {headline}",
            "{headline}{ · | \\| }{date}",
        ],
        "widget": [
            "{Empfohlen von|Präsentiert von|Anzeige von} {Outbrain|Taboola|Plista}",
            "{Anzeigen|Gesponserte Inhalte|Aus dem Netz|Auch im Netz|Partnerinhalte|Das könnte Sie auch interessieren (Anzeige)}",
            "{Anzeige|Werbung}{ · | – }{company}{ · | – }{Dieser Trick|Diese neue Erfindung|Dieser Fehler} {spart Ihnen|kostet Hausbesitzer|begeistert} {viel Geld|Tausende|ganz Deutschland}",
        ],
        "blaettern": [
            "{Vorheriger Artikel|Nächster Artikel|Voriger Beitrag|Nächster Beitrag}{:| →| ›} {headline}",
            "{« Zurück|Weiter »|‹ Zurück|Weiter ›|Ältere Beiträge|Neuere Beiträge|Mehr laden|Mehr anzeigen|Alle Artikel}",
            "{Alle|Sämtliche} {Artikel|Nachrichten|Tests} {zu|zum Thema} {topic}",
            "{Dieser Artikel ist Teil|Teil} {unserer Serie|des Dossiers|der Reihe}{:| über} {topic}",
        ],
        "bestenliste": [
            "{Die besten|Bestenliste:} {cat} {im Test|{year}|im Vergleich}",
            "{Sie suchen|Auf der Suche nach} {neuen |}{cat}? {Hier geht's zu unserer Bestenliste|Unsere Kaufberatung hilft|Lesen Sie unseren Vergleich}{.|}",
            "{Testsieger|Kaufberatung|Vergleich}{:| –} {cat} {year}",
        ],
    },
    "fr": {
        "label-titre": [
            "{À lire aussi|A lire aussi|Lire aussi|Voir aussi|À découvrir|Sur le même sujet|Notre sélection|Le récap|À ne pas manquer|Lire la suite|En lien}{ :| -| –} {headline}",
            "{À lire aussi|Lire aussi} : {product}, notre test",
            "{headline}{ · | – }{num} min de lecture",
        ],
        "rubrique": [
            "{Sur le même sujet|Articles similaires|Ces articles peuvent vous intéresser|À lire également|Vous aimerez aussi|Recommandé pour vous|Nos articles les plus lus|Les plus lus|Les plus partagés|Dernières actualités|À la une}",
            "{Plus d'actualités|Toute l'actualité|Plus d'articles} {sur|en|de} {topic}",
            "{Article précédent|Article suivant}{ :| →} {headline}",
            "{Dans la même rubrique|Voir plus|Charger plus|Plus d'articles}",
        ],
        "widget": [
            "{Recommandé par|Sponsorisé par|Proposé par} {Outbrain|Taboola}",
            "{Sur le web|Autour du web|Contenus sponsorisés|Nos partenaires}",
            "{Vidéo|Podcast|Diaporama|En direct}{ :| –} {headline}",
        ],
    },
    "es": {
        "etiqueta-titular": [
            "{Lee también|Te puede interesar|Lee más|Relacionado|Más información|También te puede gustar|Noticias relacionadas|Sigue leyendo|No te pierdas|Además|En vídeo}{:| -| –| \\|} {headline}",
            "{Lee también|Relacionado}: Análisis del {product}",
            "{headline}{ · | – }{num} min de lectura",
        ],
        "cabecera": [
            "{Noticias relacionadas|Artículos relacionados|Te puede interesar|También te puede interesar|Lo más leído|Lo más visto|Lo más compartido|Últimas noticias|Recomendado para ti|Más noticias}",
            "{Más noticias de|Más sobre|Más de|Lo último en} {topic}",
            "{Artículo anterior|Siguiente artículo}{:| →} {headline}",
            "{Ver más|Cargar más|Más artículos|Ver todas las noticias}",
        ],
        "widget": [
            "{Recomendado por|Patrocinado por} {Outbrain|Taboola}",
            "{En la red|Contenido patrocinado|De nuestros socios|Te recomendamos}",
            "{Vídeo|Podcast|Galería|En directo}{:| –} {headline}",
        ],
    },
    "it": {
        "etichetta-titolo": [
            "{Leggi anche|Potrebbe interessarti|Approfondisci|Correlati|Vedi anche|Da non perdere|Ti consigliamo|Continua a leggere|Guarda anche}{:| -| –| \\|} {headline}",
            "{Leggi anche|Approfondisci}: {product}, la recensione",
            "{headline}{ · | – }{num} min di lettura",
        ],
        "intestazione": [
            "{Articoli correlati|Potrebbe interessarti anche|I più letti|Più letti|Più visti|Ultime notizie|Consigliati per te|Altre notizie|In evidenza}",
            "{Altre notizie di|Tutto su|Ultime da} {topic}",
            "{Articolo precedente|Articolo successivo}{:| →} {headline}",
            "{Mostra altro|Carica altri|Tutte le notizie}",
        ],
        "widget": [
            "{Consigliato da|Sponsorizzato da} {Outbrain|Taboola}",
            "{Dal web|Contenuti sponsorizzati|Dai nostri partner}",
            "{Video|Podcast|Fotogallery|Diretta}{:| –} {headline}",
        ],
    },
    "pt": {
        "rotulo-manchete": [
            "{Leia também|Leia mais|Veja também|Saiba mais|Relacionado|Confira|Não perca|Recomendado|Continue lendo|Veja mais}{:| -| –| \\|} {headline}",
            "{Leia também|Veja também}: Review do {product}",
            "{headline}{ · | – }{num} min de leitura",
        ],
        "cabecalho": [
            "{Notícias relacionadas|Matérias relacionadas|Você também pode gostar|Mais lidas|Mais vistas|Últimas notícias|Recomendados para você|Mais notícias|Artigos relacionados}",
            "{Mais notícias de|Mais sobre|Últimas de} {topic}",
            "{Matéria anterior|Próxima matéria|Artigo anterior|Próximo artigo}{:| →} {headline}",
            "{Ver mais|Carregar mais|Todas as notícias}",
        ],
        "widget": [
            "{Recomendado por|Patrocinado por} {Outbrain|Taboola}",
            "{Na web|Conteúdo patrocinado|Dos nossos parceiros}",
            "{Vídeo|Podcast|Galeria|Ao vivo}{:| –} {headline}",
        ],
    },
    "nl": {
        "label-kop": [
            "{Lees ook|Meer lezen|Ook interessant|Gerelateerd|Bekijk ook|Lees verder|Meer over dit onderwerp|Aanrader|Niet missen}{:| -| –| \\|} {headline}",
            "{Lees ook|Bekijk ook}: review van de {product}",
            "{headline}{ · | – }{num} min leestijd",
        ],
        "kop": [
            "{Gerelateerde artikelen|Meer nieuws|Meest gelezen|Meest bekeken|Laatste nieuws|Aanbevolen voor jou|Ook interessant|Populair}",
            "{Meer over|Meer nieuws over|Alles over} {topic}",
            "{Vorig artikel|Volgend artikel}{:| →} {headline}",
            "{Meer laden|Toon meer|Alle artikelen}",
        ],
        "widget": [
            "{Aanbevolen door|Gesponsord door} {Outbrain|Taboola}",
            "{Van het web|Gesponsorde inhoud|Van onze partners}",
            "{Video|Podcast|Fotoserie|Live}{:| –} {headline}",
        ],
    },
    "pl": {
        "etykieta-tytul": [
            "{Czytaj także|Czytaj też|Zobacz także|Zobacz też|Przeczytaj również|Polecamy|Więcej na ten temat|Powiązane|Nie przegap}{:| -| –| \\|} {headline}",
            "{Czytaj także|Zobacz też}: Recenzja {product}",
            "{headline}{ · | – }{num} min czytania",
        ],
        "naglowek": [
            "{Powiązane artykuły|Polecane artykuły|Najczęściej czytane|Najpopularniejsze|Najnowsze|Polecamy dla Ciebie|Więcej wiadomości|Może Cię zainteresować}",
            "{Więcej z kategorii|Więcej o|Najnowsze z} {topic}",
            "{Poprzedni artykuł|Następny artykuł}{:| →} {headline}",
            "{Pokaż więcej|Załaduj więcej|Wszystkie artykuły}",
        ],
        "widget": [
            "{Polecane przez|Sponsorowane przez} {Outbrain|Taboola}",
            "{Z sieci|Treści sponsorowane|Od naszych partnerów}",
            "{Wideo|Podcast|Galeria|Na żywo}{:| –} {headline}",
        ],
    },
    "ru": {
        "metka-zagolovok": [
            "{Читайте также|Читайте по теме|Смотрите также|По теме|Ещё по теме|Рекомендуем|Не пропустите|Это интересно|Подробнее}{:| —| –| \\|} {headline}",
            "{Читайте также|По теме}: обзор {product}",
            "{headline}{ · | — }{num} мин. чтения",
        ],
        "zagolovok-bloka": [
            "{Похожие материалы|Материалы по теме|Самое читаемое|Популярное|Главное|Последние новости|Рекомендуем|Вам может быть интересно|Другие новости}",
            "{Ещё по теме|Больше новостей|Все новости} {в разделе «{topic}»|рубрики «{topic}»}",
            "{Предыдущая статья|Следующая статья}{:| →} {headline}",
            "{Показать ещё|Загрузить ещё|Все материалы}",
        ],
        "widget": [
            "{Рекомендовано|Реклама от|При поддержке} {СМИ2|Яндекс Дзен|24СМИ}",
            "{Новости партнёров|Из сети|Партнёрские материалы}",
            "{Видео|Подкаст|Фотогалерея|Онлайн}{:| —} {headline}",
        ],
    },
    "ja": {
        "label-midashi": [
            "{関連記事|あわせて読みたい|こちらもおすすめ|合わせて読む|次に読む|おすすめ記事|参考記事|【関連】|【あわせて読みたい】|＞＞}{：|｜|}{headline}",
            "{関連記事|あわせて読みたい}：{product}レビュー",
            "{headline}{｜|（}{date}{|）}",
        ],
        "block-midashi": [
            "{関連記事|人気記事|よく読まれている記事|アクセスランキング|最新記事|新着記事|おすすめ記事|注目の記事|この記事を読んだ人におすすめ|編集部おすすめ}",
            "{{topic}の記事一覧|{topic}の最新ニュース|{topic}の記事をもっと見る}",
            "{前の記事|次の記事}{：|＞|}{headline}",
            "{もっと見る|記事一覧へ|さらに読み込む|続きを読む}",
        ],
        "widget": [
            "{Recommended by Outbrain|PR（Outbrain）|by Taboola|Sponsored（Taboola）}",
            "{あなたにおすすめ|PR|注目の情報|ネットで話題}",
            "{動画|ポッドキャスト|写真特集|速報}{：|】|｜}{headline}",
        ],
    },
    "zh": {
        "biaoqian-biaoti": [
            "{相关阅读|延伸阅读|推荐阅读|相关文章|猜你喜欢|你可能还喜欢|往期回顾|热门推荐|▶}{：|丨|| }{headline}",
            "{相关阅读|延伸阅读}：{product}评测",
            "{headline}{ | · }{date}",
        ],
        "lanmu": [
            "{相关文章|相关新闻|热门文章|热门推荐|最新文章|阅读排行|编辑推荐|为你推荐|猜你喜欢|热点新闻}",
            "{更多{topic}新闻|{topic}频道|查看更多{topic}资讯}",
            "{上一篇|下一篇}{：|}{headline}",
            "{查看更多|加载更多|点击查看更多|返回列表}",
        ],
        "widget": [
            "{推广|广告|赞助商链接}{ | · }{company}",
            "{全网热点|精彩推荐|相关推广}",
            "{视频|直播|图集|快讯}{：|丨}{headline}",
        ],
    },
    "sv": {"las-ocksa": ["{Läs också|Läs mer|Relaterat|Mest läst|Senaste nytt}{:| –} {headline}", "{Relaterade artiklar|Mest lästa|Fler nyheter om {topic}|Nästa artikel}"]},
    "tr": {"ilgili": ["{İlgili haber|Bunu da okuyun|Ayrıca okuyun|Öne çıkanlar}{:| –} {headline}", "{İlgili haberler|En çok okunanlar|Son dakika|Daha fazla {topic} haberi}"]},
    "ko": {"gwallyeon": ["{관련기사|함께 보면 좋은 기사|추천 기사}{:| ▶| } {headline}", "{관련 기사|많이 본 뉴스|최신 뉴스|{topic} 뉴스 더보기}"]},
    "ar": {"dhat-sila": ["{اقرأ أيضًا|مواضيع ذات صلة|اقرأ المزيد}{:| –} {headline}", "{الأكثر قراءة|أخبار ذات صلة|آخر الأخبار|المزيد من {topic}}"]},
    "hi": {"sambandhit": ["{यह भी पढ़ें|और पढ़ें|संबंधित खबर}{:| –} {headline}", "{सबसे ज़्यादा पढ़ी गई|संबंधित खबरें|ताज़ा खबरें|{topic} की और खबरें}"]},
}

_MORE = {
    "fr": {"meilleurs-pagination": ["{Les meilleurs|Notre sélection des meilleurs|Comparatif des meilleurs} {cat} {en {year}|du moment}", "{Vous cherchez des|Envie de nouveaux} {cat} ? {Consultez notre comparatif|Voici notre guide d'achat}{.|}", "{« Précédent|Suivant »|Page suivante|Articles plus anciens|Voir tous les articles {topic}}", "{topic}{ | · | / }{headline}"]},
    "es": {"mejores-paginacion": ["{Los mejores|Nuestra selección de los mejores|Comparativa de} {cat} {de {year}|del momento}", "¿Buscas {cat}? {Consulta nuestra comparativa|Aquí tienes nuestra guía de compra}{.|}", "{« Anterior|Siguiente »|Página siguiente|Entradas anteriores|Ver todas las noticias de {topic}}", "{topic}{ | · | / }{headline}"]},
    "it": {"migliori-paginazione": ["{I migliori|La nostra selezione dei migliori|Classifica dei migliori} {cat} {del {year}|del momento}", "Cerchi {cat}? {Leggi la nostra guida all'acquisto|Ecco la nostra classifica}{.|}", "{« Precedente|Successivo »|Pagina successiva|Articoli meno recenti|Tutte le notizie di {topic}}", "{topic}{ | · | / }{headline}"]},
    "pt": {"melhores-paginacao": ["{Os melhores|Nossa seleção dos melhores|Ranking dos melhores} {cat} {de {year}|do momento}", "Procurando {cat}? {Veja nosso guia de compras|Confira nosso ranking}{.|}", "{« Anterior|Próximo »|Próxima página|Posts mais antigos|Todas as notícias de {topic}}", "{topic}{ | · | / }{headline}"]},
    "nl": {"beste-paginering": ["{De beste|Onze selectie van de beste|Top} {cat} {van {year}|op dit moment}", "Op zoek naar {cat}? {Bekijk onze koopgids|Lees onze vergelijking}{.|}", "{« Vorige|Volgende »|Volgende pagina|Oudere berichten|Al het nieuws over {topic}}", "{topic}{ | · | / }{headline}"]},
    "pl": {"najlepsze-stronicowanie": ["{Najlepsze|Ranking:|Polecane} {cat} {{year}|w tym miesiącu}", "Szukasz sprzętu? {Sprawdź nasz ranking|Zobacz nasz poradnik zakupowy}{.|}", "{« Poprzednia|Następna »|Następna strona|Starsze wpisy|Wszystkie artykuły: {topic}}", "{topic}{ | · | / }{headline}"]},
    "ru": {"luchshie-stranitsy": ["{Лучшие|Рейтинг:|Топ} {cat} {{year} года|этого месяца}", "Выбираете технику? {Смотрите наш рейтинг|Читайте наше руководство по выбору}{.|}", "{« Назад|Вперёд »|Следующая страница|Ранее|Все новости рубрики «{topic}»}", "{topic}{ | · | / }{headline}"]},
    "ja": {"osusume-pager": ["{【{year}年】|【最新】|}{cat}{のおすすめ|人気ランキング|おすすめ10選}", "{cat}を探している方は{こちらの記事も|ランキング記事を}{チェック|ご覧ください}{。|}", "{« 前へ|次へ »|次のページ|過去の記事|{topic}の記事一覧}", "{topic}{｜|／}{headline}"]},
    "zh": {"tuijian-fenye": ["{{year}年|最新|}{cat}{推荐|排行榜|选购指南}", "想买{cat}？{看看我们的选购指南|点击查看排行榜}{。|}", "{« 上一页|下一页 »|下一页|更早的文章|更多{topic}文章}", "{topic}{丨|／}{headline}"]},
}
for _lang, _fams in _MORE.items():
    FAMILIES[_lang].update(_fams)

FAMILIES["en"].update({
    "numbered-most-read": [
        "{1|2|3|4|5|6|7|8|9|10}{.|)| } {headline}",
        "{01|02|03|04|05} {headline}",
        "#{1|2|3|4|5} {headline}",
        "{Most read|Trending|Popular} #{1|2|3}{:| –} {headline}",
    ],
})

for _lang, _fam, _t in (
    ("sv", "mer-fran", ["{Mer från {brand}|Fler nyheter|Rekommenderat för dig|Populärt just nu}", "{headline} · {num} min läsning", "{Föregående artikel|Nästa artikel}: {headline}"]),
    ("tr", "daha-fazla", ["{{brand}'dan daha fazlası|Diğer haberler|Sizin için önerilenler|Şu an popüler}", "{headline} · {num} dk okuma", "{Önceki haber|Sonraki haber}: {headline}"]),
    ("ko", "deo-bogi", ["{{brand} 더보기|다른 기사|추천 기사|지금 인기 있는 기사}", "{headline} · {num}분 읽기", "{이전 기사|다음 기사}: {headline}"]),
    ("ar", "almazid", ["{المزيد من {brand}|أخبار أخرى|مقترحات لك|الأكثر رواجًا الآن}", "{headline} · {num} دقائق قراءة", "{المقال السابق|المقال التالي}: {headline}"]),
    ("hi", "aur-khabren", ["{{brand} से और|अन्य खबरें|आपके लिए सुझाव|अभी ट्रेंडिंग}", "{headline} · {num} मिनट में पढ़ें", "{पिछली खबर|अगली खबर}: {headline}"]),
):
    FAMILIES[_lang][_fam] = _t

# Session 3: more house styles (written afresh; every name falls in the training part of the split).
for _lang, _fam, _t in (
    ("en", "rail-teasers", [
        "{headline} {→|›|»|>}",
        "{num}. {headline}",
        "{#{num}|No. {num}|{num})} {headline}",
        "{Opinion|Analysis|Explainer|Live|Exclusive|Review|Interview|Guide|Watch|Quiz}{:| \\|| —} {headline}",
        "{headline} — {brand}",
        "{headline}{ · | — | \\| }{Sponsored|Partner content|Promoted}",
    ]),
    ("en", "newsroom-signposts", [
        "{Keep up with|Stay on top of|Catch up with} {our|the latest} {topic} coverage",
        "{Get|Find|See} {more|all} {topic} {stories|coverage|news} {here|on our {topic} page}",
        "{Here's|This is} what {else |}{we're|people are} reading{| today| this week}",
        "{Other|More} {stories|articles|reads} {you might like|we think you'll enjoy|worth your time}",
        "{The week's|Today's|This morning's} {top|biggest|best} {stories|reads|headlines}",
        "{Previously|Earlier|Last time} {on|in} {brand}{:| —} {headline}",
        "{Next in this series|The next part|Part {two} of this series}{:| —} {headline}",
    ]),
    ("de", "teaser-leiste", [
        "{num}. {headline}",
        "{Kommentar|Analyse|Hintergrund|Interview|Ratgeber|Exklusiv|Liveblog|Kolumne}{:| \\|| –} {headline}",
        "{headline} {→|›|»}",
        "{Weitere|Andere} {Leser|Nutzer} {lasen auch|interessierten sich auch für}{:|} {headline}",
        "{Das lesen andere gerade|Gerade viel gelesen|Jetzt im Trend|Heute wichtig}",
    ]),
    ("fr", "bandeau-titres", [
        "{num}. {headline}",
        "{Analyse|Décryptage|Entretien|Reportage|Tribune|Direct|Enquête}{ :| \\|| –} {headline}",
        "{Les lecteurs ont aussi lu|Nos lecteurs ont aimé|Ce qui fait l'actualité|En ce moment}",
        "{headline} {→|›|»}",
    ]),
    ("es", "franja-titulares", [
        "{num}. {headline}",
        "{Análisis|Opinión|Entrevista|Reportaje|En directo|Exclusiva|Claves}{:| \\|| –} {headline}",
        "{Los lectores también leyeron|Lo que está pasando|Ahora mismo|Tendencias}",
        "{headline} {→|›|»}",
    ]),
    ("it", "striscia-titoli", [
        "{num}. {headline}",
        "{Analisi|Commento|Intervista|Reportage|Diretta|Esclusiva|Focus}{:| \\|| –} {headline}",
        "{I lettori hanno letto anche|Di cosa si parla|Adesso in primo piano|Tendenze}",
    ]),
    ("pt", "faixa-titulos-v3", [
        "{num}. {headline}",
        "{Análise|Opinião|Entrevista|Reportagem|Ao vivo|Exclusivo|Explicador}{:| \\|| –} {headline}",
        "{Os leitores também leram|O que está acontecendo|Agora em destaque|Em alta}",
    ]),
    ("nl", "koppenbalk", [
        "{num}. {headline}",
        "{Analyse|Opinie|Interview|Reportage|Live|Exclusief|Uitleg}{:| \\|| –} {headline}",
        "{Lezers lazen ook|Waar iedereen het over heeft|Nu in het nieuws|Trending}",
    ]),
    ("pl", "pasek-tytulow-s3", [
        "{num}. {headline}",
        "{Analiza|Opinia|Wywiad|Reportaż|Na żywo|Tylko u nas|Wyjaśniamy}{:| \\|| –} {headline}",
        "{Czytelnicy czytali też|O tym się mówi|Teraz na topie|Popularne teraz}",
    ]),
    ("ru", "lenta-zagolovkov", [
        "{num}. {headline}",
        "{Анализ|Мнение|Интервью|Репортаж|Онлайн|Эксклюзив|Объясняем}{:| \\|| –} {headline}",
        "{Читатели также читали|О чём говорят|Сейчас обсуждают|В тренде}",
    ]),
    ("ja", "midashi-ichiran-s3", [
        "{num}. {headline}",
        "【{解説|速報|独自|インタビュー|特集|コラム|動画}】{headline}",
        "{headline}（{date}）",
        "{読者が次に読んだ記事|いま話題の記事|注目のニュース|合わせて読みたい}",
    ]),
    ("zh", "biaoti-liebiao", [
        "{num}. {headline}",
        "【{解读|快讯|独家|专访|专题|评论|视频}】{headline}",
        "{headline}（{date}）",
        "{读者还看了|大家都在看|正在热议|猜你想看}",
    ]),
):
    assert _fam not in FAMILIES[_lang], _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 4: more house styles (kickers, pagers, archive and video rails, "from around the network"),
# and the scripts with few families (ko, ar, hi), in the training part.
for _lang, _fam, _t in (
    ("en", "kicker-rail-b", [
        "{Opinion|Analysis|Explainer|Exclusive|Live|Watch|Listen|Review|Interview|Podcast|Newsletter|Quiz}{ \\|| ·| —|:} {headline}",
        "{Next|Coming up|Up next|Previously|From the archive|In other news|Elsewhere|Meanwhile on {brand}}{:| →| ›} {headline}",
        "{Related video|Video|Gallery|Photos|In pictures|Watch now}{:| \\|| ·} {headline}",
        "{headline}{ - | \\| | · }{brand}",
    ]),
    ("en", "network-links", [
        "{More from our network|From our sister sites|Across the network|Partner content|More from our partners|Sites we like}",
        "{On|Over on|Also on|From} {brand}{:| –} {headline}",
        "{Trending on|Popular on|Top stories on|Most read on} {brand}",
        "{See more|View more|More} {headlines|stories|articles} {from|on} {topic}",
    ]),
    ("de", "weiterfuehrend", [
        "{Weiterführende Links|Zum Thema|Mehr aus dem Ressort {topic}|Weitere Nachrichten aus {city}|Alle Artikel zu {topic}|Zur Übersicht|Aus dem Archiv}",
        "{Auch spannend|Ebenfalls bei {brand}|Aus dem Archiv|Dazu passend|Vorheriger Artikel|Nächster Artikel|Hintergrund}{:| ›| →} {headline}",
        "{Video|Bilderstrecke|Fotostrecke|Podcast|Galerie}{:| \\|| –} {headline}",
        "{headline}{ \\| | – }{brand}",
    ]),
    ("fr", "a-decouvrir-c", [
        "{À découvrir|Dans la même rubrique|Article précédent|Article suivant|Sur le même thème|Vidéo|En images|Notre dossier}{ :| ›| →} {headline}",
        "{Les plus consultés|Les plus partagés|Toute l'actualité {topic}|Plus d'articles {topic}|Dernières actualités}",
        "{headline}{ - | \\| }{brand}",
    ]),
    ("es", "te-puede-interesar-c", [
        "{Te puede interesar|Sigue leyendo|Noticia relacionada|Artículo anterior|Siguiente artículo|Vídeo|En fotos|Lee también}{:| ›| →} {headline}",
        "{Lo más visto|Lo más compartido|Noticias relacionadas|Más noticias de {topic}|Últimas noticias|También en {brand}}",
        "{headline}{ - | \\| }{brand}",
    ]),
    ("ja", "kanren-kiji-s4-b", [
        "{関連記事|次の記事|前の記事|動画|写真特集|こちらも人気}{：|＞|》| }{headline}",
        "{人気記事ランキング|アクセスランキング|{topic}の最新記事|この記事を読んだ人におすすめ|編集部のおすすめ|新着記事}",
        "{headline}｜{brand}",
    ]),
    ("zh", "xiangguan-yuedu-b", [
        "{相关阅读|上一篇|下一篇|延伸阅读|视频|图集|推荐}{：|》| }{headline}",
        "{热门文章|热门排行|{topic}最新|编辑推荐|猜你喜欢|更多精彩内容}",
        "{headline}_{brand}",
    ]),
    ("ko", "gwallyeon-gisa", [
        "{관련기사|이전 기사|다음 기사|추천 기사|영상|포토}{:| ›| } {headline}",
        "{많이 본 뉴스|가장 많이 본 기사|{topic} 최신 뉴스|에디터 추천|실시간 인기 기사|오늘의 주요 뉴스}",
        "{headline} - {brand}",
    ]),
    ("ar", "iqra-aydan", [
        "{اقرأ أيضا|اقرأ أيضًا|المقال السابق|المقال التالي|فيديو|بالصور|ذات صلة}{:| ›| -} {headline}",
        "{الأكثر قراءة|الأكثر مشاهدة|أخبار متعلقة|المزيد من {topic}|آخر الأخبار|مختارات المحرر}",
    ]),
    ("hi", "yah-bhi-padhen", [
        "{यह भी पढ़ें|ये भी पढ़ें|पिछली खबर|अगली खबर|वीडियो|तस्वीरें|संबंधित खबर}{:| ›| -} {headline}",
        "{सबसे ज्यादा पढ़ी गई|ताज़ा खबरें|{topic} की और खबरें|संपादक की पसंद|टॉप खबरें|ट्रेंडिंग}",
    ]),
    ("ru", "chitayte-takzhe", [
        "{Читайте также|Ещё по теме|Предыдущая статья|Следующая статья|Видео|Фоторепортаж|Выбор редакции}{:| ›| →} {headline}",
        "{Самое читаемое|Самое обсуждаемое|Другие новости раздела «{topic}»|Все новости|Главное за день}",
        "{headline} — {brand}",
    ]),
    ("pl", "czytaj-takze", [
        "{Czytaj też|Czytaj także|Zobacz także|Poprzedni artykuł|Następny artykuł|Wideo|Galeria|Polecamy}{:| ›| →} {headline}",
        "{Najczęściej czytane|Najpopularniejsze|Więcej z działu {topic}|Najnowsze wiadomości|Wybór redakcji}",
        "{headline} - {brand}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Fifth session: numbered and kicker rails, "next article" cards, episode teasers and carousel
# headers in other house styles (every name in the training part; the held-out families unchanged).
for _lang, _fam, _t in (
    ("en", "numbered-rail-s5", [
        "{1|2|3|4|5}{.|)| –} {headline}",
        "{#1|#2|#3|No. 1|No. 2} {headline}",
        "{Top 5|Top 10|Our top picks|This week's top stories|The week in {topic}}",
        "{Next article|Previous article|Next story|Up next in {topic}}{ ›| →|:} {headline}",
    ]),
    ("en", "episode-teaser-s5b", [
        "{Episode|Ep.} {num}{:| –} {headline}",
        "{Listen|Watch} {now|next}{:| –} {headline}{| ({mins} min)}",
        "{Latest episodes|More episodes|All episodes|From the podcast|From our video channel}",
        "{Swipe for more|See all|View all|Show more} {stories|articles|videos}",
    ]),
    ("de", "nummern-leiste-s5", [
        "{1|2|3|4|5}{.|)| –} {headline}",
        "{Meistgelesen|Meistgeklickt|Beliebt bei {brand}|Top-Themen|Die Woche in {topic}}",
        "{Nächster Artikel|Vorheriger Artikel|Als Nächstes}{ ›| →|:} {headline}",
        "{Alle Folgen|Weitere Videos|Mehr Podcasts|Alle anzeigen|Weitere Artikel laden}",
    ]),
    ("fr", "rail-numerote-s5", [
        "{1|2|3|4|5}{.|)| –} {headline}",
        "{Les plus lus|À la une|Tendances|Le top de la semaine|L'essentiel {topic}}",
        "{Lire la suite|Article suivant|À lire ensuite}{ ›| →| :} {headline}",
        "{Tous les épisodes|Voir tout|Plus de vidéos|Charger plus d'articles}",
    ]),
    ("es", "lista-numerada-s5", [
        "{1|2|3|4|5}{.|)| –} {headline}",
        "{Lo más leído|Tendencias|Portada|Lo mejor de la semana|Lo último en {topic}}",
        "{Seguir leyendo|Siguiente noticia|A continuación}{ ›| →|:} {headline}",
        "{Todos los episodios|Ver todo|Más vídeos|Cargar más noticias}",
    ]),
    ("it", "lista-numerata-s5c", [
        "{1|2|3|4|5}{.|)| –} {headline}",
        "{I più letti|Di tendenza|In primo piano|Il meglio della settimana|Ultime da {topic}}",
        "{Articolo successivo|Leggi dopo|A seguire}{ ›| →|:} {headline}",
        "{Tutti gli episodi|Vedi tutti|Altri video|Carica altri articoli}",
    ]),
    ("pt", "lista-numerada-s5", [
        "{1|2|3|4|5}{.|)| –} {headline}",
        "{Mais lidas|Em alta|Destaques|O melhor da semana|Últimas de {topic}}",
        "{Próxima matéria|Leia a seguir|Matéria anterior}{ ›| →|:} {headline}",
        "{Todos os episódios|Ver tudo|Mais vídeos|Carregar mais notícias}",
    ]),
    ("nl", "genummerde-lijst-s5b", [
        "{1|2|3|4|5}{.|)| –} {headline}",
        "{Meest gelezen|Trending|Uitgelicht|Het beste van de week|Laatste over {topic}}",
        "{Volgend artikel|Vorig artikel|Lees hierna}{ ›| →|:} {headline}",
        "{Alle afleveringen|Bekijk alles|Meer video's|Laad meer artikelen}",
    ]),
    ("pl", "lista-numerowana-s5", [
        "{1|2|3|4|5}{.|)| –} {headline}",
        "{Najczęściej czytane|Na czasie|Wyróżnione|Najlepsze z tygodnia|Najnowsze z działu {topic}}",
        "{Następny artykuł|Czytaj dalej|Poprzedni tekst}{ ›| →|:} {headline}",
        "{Wszystkie odcinki|Zobacz wszystkie|Więcej wideo|Załaduj więcej}",
    ]),
    ("ru", "numerovannyy-spisok-s5", [
        "{1|2|3|4|5}{.|)| –} {headline}",
        "{Самое популярное|В тренде|Главное|Лучшее за неделю|Свежее в разделе «{topic}»}",
        "{Следующий материал|Читайте дальше|Предыдущий материал}{ ›| →|:} {headline}",
        "{Все выпуски|Смотреть все|Больше видео|Показать ещё}",
    ]),
    ("ja", "bangou-list-s5b", [
        "{1|2|3|4|5}{.|　|）}{headline}",
        "{よく読まれている記事|急上昇|注目記事|今週の人気記事|{topic}の新着}",
        "{次に読む|続きを読む|前の記事へ}{：|＞|》}{headline}",
        "{すべてのエピソード|すべて見る|もっと見る|さらに読み込む}",
    ]),
    ("zh", "bianhao-liebiao-s5", [
        "{1|2|3|4|5}{.|、|）}{headline}",
        "{阅读排行|热点|精选|本周热门|{topic}最新动态}",
        "{下一篇|继续阅读|上一篇}{：|》}{headline}",
        "{全部节目|查看全部|更多视频|加载更多}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 8: one family of the category's commonest shapes in Ukrainian, Czech, Indonesian and Vietnamese, languages the bank had no lines of
# (written afresh; every name falls in the training part of the split).
_LANGS_S8 = {
 "uk": {
  "chytaite-takozh-s8": {
   "n": 30,
   "t": [
    "{Читайте також|Дивіться також|Більше на цю тему|Рекомендуємо}{:| –} {Уряд ухвалив нові правила для водіїв|Ціни на пальне знову зросли|Що відомо про нові виплати пенсіонерам|Синоптики попередили про сильні морози}",
    "{Новини за темою|Популярне|Найбільше читають|Вас може зацікавити|Останні новини}",
    "{Попередня стаття|Наступна стаття}",
    "Усі новини рубрики «{Економіка|Спорт|Політика|Культура}»"
   ]
  }
 },
 "cs": {
  "prectete-si-take-s8": {
   "n": 30,
   "t": [
    "{Přečtěte si také|Mohlo by vás zajímat|Související|Čtěte dále}{:| –} {Vláda schválila nový rozpočet|Ceny energií v zimě opět porostou|Co se mění od ledna pro řidiče|Meteorologové varují před mrazy}",
    "{Související články|Nejčtenější|Další zprávy|Doporučujeme|Nejnovější články}",
    "{Předchozí článek|Další článek}",
    "Všechny články z rubriky {Ekonomika|Sport|Domácí|Kultura}"
   ]
  }
 },
 "id": {
  "baca-juga-s8": {
   "n": 30,
   "t": [
    "{Baca juga|Baca Juga|Simak juga|Artikel terkait}{:| –} {Harga BBM naik mulai pekan depan|Pemerintah umumkan jadwal libur nasional|Timnas menang tipis atas Vietnam|Cara cek bansos terbaru}",
    "{Berita terkait|Terpopuler|Berita lainnya|Rekomendasi untuk Anda|Terbaru}",
    "{Artikel sebelumnya|Artikel selanjutnya}",
    "Lihat semua berita {Ekonomi|Olahraga|Nasional|Teknologi}"
   ]
  }
 },
 "vi": {
  "xem-them-s8": {
   "n": 30,
   "t": [
    "{Xem thêm|Đọc thêm|Tin liên quan|Có thể bạn quan tâm}{:| –} {Giá xăng tăng từ chiều nay|Lịch nghỉ Tết chính thức được công bố|Đội tuyển thắng sát nút|Cách tra cứu điểm thi nhanh nhất}",
    "{Tin liên quan|Đọc nhiều nhất|Tin mới nhất|Tin khác}",
    "{Bài trước|Bài tiếp theo}",
    "Xem tất cả tin {Kinh tế|Thể thao|Thời sự|Công nghệ}"
   ]
  }
 }
}
for _lang, _fams in _LANGS_S8.items():
    FAMILIES.setdefault(_lang, {}).update(_fams)
