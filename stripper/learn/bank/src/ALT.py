"""ALT: logo alt text, UI chrome (ad labels, skip links, scroll prompts, controls), media UI and image credits."""

FAMILIES = {
    "en": {
        "logo-alt": [
            "{brand} {Logo|logo|LOGO|logo image|Logo Image|logo icon|wordmark|masthead}",
            "{Site logo|Company logo|Header logo|Footer logo|Brand logo|Main logo|Logo|Publisher logo|Partner logo}",
            "{author icon|user icon|avatar|profile picture|author avatar|author photo|Author image|Headshot of {name}|Photo of {name}|{name} avatar}",
            "{icon|close icon|search icon|menu icon|arrow icon|chevron down|hamburger menu|play icon|share icon|Verified badge}",
            "{brand}{ | - }{home|homepage|Home page}",
            "{Logo of|Image of the} {brand}{| logo}",
        ],
        "ad-label": [
            "{Advertisement|ADVERTISEMENT|Advertising|Ad|AD|Ads|Sponsored|Ad Feedback|Advert|ADVERTISING}",
            "{Story|Article|Content} continues below {advertisement|this ad|the advert}",
            "{Advertisement - scroll to continue|Advertisement - Scroll to continue reading|Ad - content continues below|Scroll down to continue reading}",
            "{Remove ads|Go ad-free|Ad-free experience|Why am I seeing this ad?|Report this ad|Ad closed by Google|Stop seeing this ad}",
            "{Continue reading below|Article continues after advertisement|The article continues after the ad|Continue reading the main story}",
        ],
        "skip-links": [
            "{Skip to content|Skip to main content|Skip to navigation|Skip to main navigation|Skip to footer|Skip to search|Skip to sidebar|Jump to content|Skip to article|Skip links|Skip to primary content}",
            "{Skip to main content|Skip to content}{ \\| | · }{Skip to navigation|Skip to footer|Skip to search}",
            "{Accessibility links|Accessibility help|Keyboard shortcuts|Screen reader help}",
            "{Back to top|Scroll to top|Go to top|Top of page|Return to top|↑ Top|Back to homepage}",
        ],
        "scroll-loading": [
            "{Scroll to continue reading|Scroll to continue with content|Scroll down for more|Keep scrolling|Swipe for more|Scroll for next article}",
            "{Loading|Loading...|Loading…|Please wait|Please wait...|Loading comments|Loading video|Fetching results...|Loading more stories}",
            "{Read more|Show more|Show less|Expand|Collapse|See more|Read full article|Read the full story|Continue reading|Tap to expand|Click to expand}",
            "{Listen to this article|Listen to article|Audio version|{num} min listen|Reading time: {num} minutes|{num} minute read|Estimated reading time {num} min}",
            "{This article was|Article} {updated|published} {num} {hours|minutes} ago",
        ],
        "controls": [
            "{Close|Close menu|Open menu|Menu|Main menu|Toggle navigation|Toggle menu|Search|Open search|Close search|Sign in|Log in|My account|Dark mode|Light mode|Font size|Text size|A A A|Settings}",
            "{Menu|Search|Sign in}{ \\| | · }{Search|Sign in|Subscribe|Menu}",
            "{Edition|Region|Change region|Choose your edition}{:| -} {US|UK|Australia|International|Europe}",
            "{Press Esc to close|Press enter to search|Type to search|Search {brand}|What are you looking for?|Search for articles}",
        ],
        "gallery-ui": [
            "{Image|Photo|Slide|Picture} {ix} of {gal}",
            "{Click to enlarge|Enlarge image|View full size|View gallery|Open gallery|See all photos|Zoom|Tap to zoom|Expand image|Full screen|View image}",
            "{Previous|Next|Prev|‹|›|«|»}{| image| slide| photo}",
            "{View|See} {all |}{count} {photos|images|slides}",
            "{Play video|Watch video|Play|Pause|Mute|Unmute|Replay|Video duration {dur}|Now playing|Up next in {num}|Turn on captions|Watch: {dur}}",
            "{IMG|DSC|image|photo|pic}_{digits}{.jpg|.JPG|.png|.jpeg|.webp}",
        ],
        "image-credit": [
            "{Image credit|Photo|Photograph|Picture|Image|Credit|Source|Photo courtesy of|Image courtesy of|Photo credit}{:|} {Getty Images|Future|{brand}|{name}|Shutterstock|Reuters|AP|AFP via Getty Images|Alamy|iStock|PA|Unsplash|{company}|{name}/{brand}}",
            "({Image credit|Photo|Photo by|Image|Credit}{:|} {Getty Images|Future|{brand}|{name}|Shutterstock|Reuters|AP|Alamy|{company}|{name}/{brand}})",
            "{name}{ / | for }{brand}",
            "({Photo|Image|Picture} {by|:} {name}{/Getty Images| / AP| for {brand}|/Reuters|})",
            "{Getty Images|Shutterstock|Reuters|AP Photo/{name}|AFP|Alamy Stock Photo|PA Wire|Bloomberg via Getty Images|EPA|iStock / Getty Images Plus}",
            "{©|Copyright} {year} {Getty Images|{name}|Reuters|Shutterstock}",
            "{Illustration|Graphic|Photo illustration|Animation}{: | by }{name}{| / {brand}}",
        ],
    },
    "de": {
        "logo": [
            "{brand} {Logo|logo|Logo Bild|Schriftzug}",
            "{Logo|Seitenlogo|Firmenlogo|Markenlogo|Zur Startseite|{brand} Startseite|Zur Startseite von {brand}}",
            "{Autorenbild|Profilbild|Autorenfoto|Porträt von {name}|Foto: {name}|Avatar}",
        ],
        "anzeige-label": [
            "{Anzeige|ANZEIGE|Werbung|WERBUNG|Advertisement|Reklame|Werbeanzeige}",
            "{Weiter nach der Anzeige|Artikel wird nach der Anzeige fortgesetzt|Der Artikel geht nach der Anzeige weiter|Nach der Werbung weiterlesen|Weiterlesen nach der Anzeige}",
            "{Werbung ausblenden|Werbefrei lesen|Ohne Werbung lesen mit {brand}+}",
        ],
        "sprunglinks": [
            "{Zum Inhalt springen|Zum Hauptinhalt springen|Direkt zum Inhalt|Zur Navigation springen|Zur Suche springen|Zum Seitenende|Zur Fußzeile}",
            "{Nach oben|Zurück nach oben|Seitenanfang|Zum Seitenanfang|↑ Nach oben}",
            "{Inhalt|Navigation|Suche}{ \\| | · }{Navigation|Suche|Fußzeile}",
        ],
        "bedienung": [
            "{Schließen|Menü|Menü öffnen|Menü schließen|Suche|Suchen|Suche öffnen|Anmelden|Mein Konto|Einstellungen|Dunkelmodus|Schriftgröße|Navigation ein-/ausblenden}",
            "{Wird geladen|Wird geladen...|Lädt…|Bitte warten|Mehr laden|Mehr anzeigen|Weniger anzeigen|Ausklappen|Einklappen|Weiterlesen|Artikel vorlesen lassen|Anhören}",
            "{Lesezeit|Lesedauer}{:| } {num} {Min.|Minuten}",
            "{Suchbegriff eingeben|Wonach suchen Sie?|Zum Suchen Enter drücken}",
        ],
        "galerie": [
            "{Bild|Foto} {ix} von {gal}",
            "{Bild vergrößern|Vergrößern|Zur Bildergalerie|Alle Bilder anzeigen|Vollbild|Galerie öffnen}",
            "{Zurück|Weiter|Vorheriges Bild|Nächstes Bild}",
            "{Video abspielen|Abspielen|Pause|Ton an|Stumm|Untertitel einblenden|Video: {dur} Min.}",
        ],
        "bildnachweis": [
            "{Foto|Bild|Fotos|Bildquelle|Quelle|Foto:|Bild:} {dpa|picture alliance|imago images|Getty Images|{name}|{brand}|dpa/{name}|IMAGO/{name}|AFP|Reuters|Shutterstock|Hersteller|privat|Screenshot}",
            "{©|Copyright} {dpa|picture alliance/dpa|imago|{name}|{company}}",
            "({Foto|Bild}: {name}{/dpa|/imago| für {brand}|})",
            "{Illustration|Grafik|Montage}: {name}{| / {brand}}",
        ],
    },
    "fr": {
        "logo": [
            "{brand} {logo|Logo}",
            "{Logo|Logo du site|Retour à l'accueil|Accueil {brand}}",
            "{Photo de profil|Avatar|Portrait de {name}}",
        ],
        "interface": [
            "{Publicité|PUBLICITÉ|Annonce|Pub}",
            "{La suite après la publicité|L'article continue après la publicité|Suite de l'article après cette publicité}",
            "{Aller au contenu|Aller au contenu principal|Passer au contenu|Aller à la navigation|Retour en haut|Haut de page}",
            "{Fermer|Menu|Ouvrir le menu|Rechercher|Se connecter|Mon compte|Chargement...|Chargement en cours|Voir plus|Lire la suite|Écouter cet article|Temps de lecture : {num} min}",
            "{Image|Photo} {ix} sur {gal}",
            "{Agrandir l'image|Voir la galerie|Lire la vidéo|Plein écran|Suivant|Précédent}",
        ],
        "credit": [
            "{Photo|Crédit photo|Crédits photo|Illustration|Image|Source} {:| : }{AFP|Getty Images|{name}|{brand}|Reuters|Shutterstock|Maxppp|Abaca|Hans Lucas|capture d'écran}",
            "({Photo|Illustration} {name}{ / AFP| / Hans Lucas|})",
            "{©|Copyright} {AFP|{name}|{company}}",
        ],
    },
    "es": {
        "logo": [
            "{brand} {logo|Logo}",
            "{Logotipo|Logo del sitio|Ir a la portada|Portada de {brand}}",
            "{Foto de perfil|Avatar|Retrato de {name}}",
        ],
        "interfaz": [
            "{Publicidad|PUBLICIDAD|Anuncio|Contenido publicitario}",
            "{Sigue leyendo después de la publicidad|El artículo continúa tras la publicidad|Continúa leyendo}",
            "{Saltar al contenido|Ir al contenido principal|Ir a la navegación|Volver arriba|Subir}",
            "{Cerrar|Menú|Abrir menú|Buscar|Iniciar sesión|Mi cuenta|Cargando...|Cargando|Ver más|Leer más|Escuchar artículo|Tiempo de lectura: {num} min}",
            "{Imagen|Foto} {ix} de {gal}",
            "{Ampliar imagen|Ver galería|Reproducir vídeo|Pantalla completa|Siguiente|Anterior}",
        ],
        "credito": [
            "{Foto|Imagen|Fotografía|Fuente|Crédito}{:| } {EFE|Europa Press|Getty Images|{name}|{brand}|Reuters|AFP|Shutterstock|Cuartoscuro|captura de pantalla}",
            "({Foto|Imagen}: {name}{ / EFE| / Reuters|})",
            "{©|Copyright} {EFE|{name}|{company}}",
        ],
    },
    "it": {
        "logo": ["{brand} {logo|Logo}", "{Logo|Logo del sito|Torna alla home|Home {brand}}", "{Foto profilo|Avatar|Ritratto di {name}}"],
        "interfaccia": [
            "{Pubblicità|PUBBLICITÀ|Annuncio|Sponsor}",
            "{L'articolo continua dopo la pubblicità|Continua a leggere dopo la pubblicità|Continua sotto}",
            "{Vai al contenuto|Vai al contenuto principale|Salta al contenuto|Torna su|Torna in alto}",
            "{Chiudi|Menu|Apri il menu|Cerca|Accedi|Il mio account|Caricamento...|Caricamento in corso|Mostra di più|Leggi tutto|Ascolta l'articolo|Tempo di lettura: {num} minuti}",
            "{Immagine|Foto} {ix} di {gal}",
            "{Ingrandisci|Vedi la gallery|Guarda il video|Schermo intero|Successiva|Precedente}",
        ],
        "credito": [
            "{Foto|Immagine|Fonte|Credit|Crediti}{:| } {ANSA|LaPresse|Getty Images|{name}|{brand}|Reuters|Ipa|Imagoeconomica|Shutterstock}",
            "({Foto|Immagine}: {name}{ / ANSA| / LaPresse|})",
            "{©|Copyright} {ANSA|{name}|{company}}",
        ],
    },
    "pt": {
        "logo": ["{brand} {logo|Logo}", "{Logotipo|Logo do site|Voltar para a página inicial|Página inicial {brand}}", "{Foto de perfil|Avatar|Retrato de {name}}"],
        "interface": [
            "{Publicidade|PUBLICIDADE|Anúncio|Continua após a publicidade}",
            "{Continua depois da publicidade|Continua após o anúncio|O artigo continua após a publicidade}",
            "{Pular para o conteúdo|Ir para o conteúdo principal|Saltar para o conteúdo|Voltar ao topo|Topo}",
            "{Fechar|Menu|Abrir menu|Buscar|Pesquisar|Entrar|Minha conta|Carregando...|A carregar...|Ver mais|Leia mais|Ouvir matéria|Tempo de leitura: {num} min}",
            "{Imagem|Foto} {ix} de {gal}",
            "{Ampliar imagem|Ver galeria|Assistir vídeo|Tela cheia|Próxima|Anterior}",
        ],
        "credito": [
            "{Foto|Imagem|Fonte|Crédito}{:| } {Agência Brasil|Reuters|Getty Images|{name}|{brand}|Folhapress|Lusa|AFP|Shutterstock|Divulgação|Reprodução}",
            "({Foto|Imagem}: {name}{ / Lusa| / Folhapress|/Divulgação|})",
            "{©|Copyright} {Lusa|{name}|{company}}",
        ],
    },
    "nl": {
        "logo": ["{brand} {logo|Logo}", "{Logo|Logo van de site|Naar de homepage|Homepage {brand}}", "{Profielfoto|Avatar|Portret van {name}}"],
        "interface": [
            "{Advertentie|ADVERTENTIE|Reclame|Gesponsord}",
            "{Het artikel gaat verder na de advertentie|Lees verder onder de advertentie|Verder lezen}",
            "{Naar de inhoud|Direct naar de inhoud|Ga naar hoofdinhoud|Naar navigatie|Terug naar boven|Naar boven}",
            "{Sluiten|Menu|Menu openen|Zoeken|Inloggen|Mijn account|Laden...|Bezig met laden|Meer tonen|Lees meer|Luister naar dit artikel|Leestijd: {num} minuten}",
            "{Afbeelding|Foto} {ix} van {gal}",
            "{Vergroot afbeelding|Bekijk fotoserie|Video afspelen|Volledig scherm|Volgende|Vorige}",
        ],
        "credit": [
            "{Foto|Beeld|Bron|Illustratie}{:| } {ANP|Getty Images|{name}|{brand}|Reuters|AFP|Shutterstock|Hollandse Hoogte|Belga|eigen foto}",
            "({Foto|Beeld}: {name}{ / ANP| / Belga|})",
            "{©|Copyright} {ANP|{name}|{company}}",
        ],
    },
    "pl": {
        "logo": ["{brand} {logo|Logo}", "{Logo|Logo serwisu|Przejdź do strony głównej|Strona główna {brand}}", "{Zdjęcie profilowe|Awatar|Portret: {name}}"],
        "interfejs": [
            "{Reklama|REKLAMA|Materiał reklamowy|Ogłoszenie}",
            "{Dalsza część artykułu pod reklamą|Artykuł jest kontynuowany pod reklamą|Czytaj dalej pod reklamą}",
            "{Przejdź do treści|Przejdź do głównej treści|Przejdź do nawigacji|Wróć na górę|Do góry}",
            "{Zamknij|Menu|Otwórz menu|Szukaj|Zaloguj się|Moje konto|Ładowanie...|Wczytywanie|Pokaż więcej|Czytaj więcej|Posłuchaj artykułu|Czas czytania: {num} min}",
            "{Zdjęcie|Obraz} {ix} z {gal}",
            "{Powiększ zdjęcie|Zobacz galerię|Odtwórz wideo|Pełny ekran|Następne|Poprzednie}",
        ],
        "podpis": [
            "{Fot.|Foto:|Źródło:|Ilustracja:|Zdjęcie:} {PAP|Getty Images|{name}|{brand}|Reuters|AFP|Shutterstock|East News|Agencja Gazeta|materiały prasowe}",
            "({Fot.|Zdjęcie:} {name}{ / PAP| / East News|})",
            "{©|Copyright} {PAP|{name}|{company}}",
        ],
    },
    "ru": {
        "logo": ["{Логотип {brand}|{brand} логотип|Logo}", "{Логотип|Логотип сайта|На главную|Главная {brand}}", "{Фото профиля|Аватар|Фото: {name}}"],
        "interfeys": [
            "{Реклама|РЕКЛАМА|Рекламный блок|Спонсор}",
            "{Продолжение ниже|Продолжение статьи после рекламы|Читать далее}",
            "{Перейти к содержанию|Перейти к основному содержанию|К навигации|Наверх|Вернуться наверх}",
            "{Закрыть|Меню|Открыть меню|Поиск|Войти|Личный кабинет|Загрузка...|Загружается|Показать ещё|Читать далее|Слушать статью|Время чтения: {num} мин}",
            "{Фото|Изображение} {ix} из {gal}",
            "{Увеличить|Открыть галерею|Смотреть видео|На весь экран|Следующее|Предыдущее}",
        ],
        "podpis": [
            "{Фото|Фото:|Источник:|Иллюстрация:|Изображение:} {ТАСС|РИА Новости|Getty Images|{name}|{brand}|Reuters|AFP|Shutterstock|«Коммерсантъ»|пресс-служба {company}|Unsplash}",
            "({Фото:|Фото} {name}{ / ТАСС| / РИА Новости|})",
            "{©|Copyright} {ТАСС|{name}|{company}}",
        ],
    },
    "ja": {
        "logo": ["{brand}{ロゴ|のロゴ| logo}", "{ロゴ|サイトロゴ|トップページへ|{brand}トップ|ホームへ戻る}", "{プロフィール画像|アバター|{name}のプロフィール写真}"],
        "ui": [
            "{広告|PR|スポンサーリンク|Advertisement|［広告］}",
            "{記事の続きは広告の後で|以下、広告の後に続きます|この後に続きます}",
            "{本文へ移動|本文へスキップ|メインコンテンツへ移動|ナビゲーションへ移動|ページトップへ|トップへ戻る|▲ページの先頭へ}",
            "{閉じる|メニュー|メニューを開く|検索|ログイン|マイページ|読み込み中...|読み込み中|もっと見る|続きを読む|この記事を音声で聞く|この記事は約{num}分で読めます}",
            "{画像|写真} {ix}/{gal}",
            "{画像を拡大|拡大する|ギャラリーを見る|動画を再生|全画面表示|次へ|前へ}",
        ],
        "credit": [
            "{写真|画像|出典|提供|撮影}{：|:|／}{共同通信|時事通信|ゲッティイメージズ|{name}|{brand}|ロイター|AFP|PIXTA|{company}|編集部撮影}",
            "（{写真|撮影}：{name}{|／{brand}}）",
            "{©|Copyright} {共同|{company}|{brand}}",
        ],
    },
    "zh": {
        "logo": ["{brand}{logo|Logo|标志}", "{网站标志|返回首页|{brand}首页|回到首页}", "{头像|用户头像|作者头像|{name}的头像}"],
        "ui": [
            "{广告|推广|AD|赞助}",
            "{广告后继续阅读|下滑继续阅读|继续阅读下文}",
            "{跳到主要内容|跳转至正文|返回顶部|回到顶部|▲顶部}",
            "{关闭|菜单|打开菜单|搜索|登录|我的账户|加载中...|正在加载|查看更多|展开全文|收起|听全文|阅读时长约{num}分钟}",
            "{图|图片} {ix}/{gal}",
            "{点击查看大图|查看图集|播放视频|全屏|下一张|上一张}",
        ],
        "credit": [
            "{图片来源|图源|来源|摄影|图}{：|:|/}{视觉中国|新华社|IC photo|Getty Images|{name}|{brand}|网络|东方IC|受访者供图|{company}官网}",
            "（{图片来源|摄影}：{name}{|/{brand}}）",
            "{©|Copyright} {视觉中国|{company}|{brand}}",
        ],
    },
    "sv": {"grans": ["{Annons|ANNONS|Hoppa till innehållet|Till toppen|Stäng|Meny|Sök|Laddar...|Läs mer}", "{Foto|Bild}: {TT|Getty Images|{name}|{brand}}", "{brand} logotyp"]},
    "tr": {"arayuz": ["{Reklam|REKLAM|İçeriğe geç|Başa dön|Kapat|Menü|Ara|Yükleniyor...|Devamını oku}", "{Fotoğraf|Görsel|Kaynak}: {AA|Getty Images|{name}|{brand}|DHA}", "{brand} logosu"]},
    "ko": {"ui": ["{광고|AD|본문 바로가기|맨 위로|닫기|메뉴|검색|로딩 중...|더보기}", "{사진|이미지|출처}: {연합뉴스|게티이미지|{name}|{brand}|뉴스1}", "{brand} 로고"]},
    "ar": {"wajiha": ["{إعلان|تخطي إلى المحتوى|العودة للأعلى|إغلاق|القائمة|بحث|جارٍ التحميل...|اقرأ المزيد}", "{الصورة|المصدر|تصوير}: {رويترز|Getty Images|{name}|{brand}|أ ف ب}", "شعار {brand}"]},
    "hi": {"ui": ["{विज्ञापन|मुख्य सामग्री पर जाएं|ऊपर जाएं|बंद करें|मेनू|खोजें|लोड हो रहा है...|और पढ़ें}", "{फोटो|तस्वीर|स्रोत}: {PTI|Getty Images|{name}|{brand}|ANI}", "{brand} लोगो"]},
}

_MORE = {
    "fr": {"lecteur": ["{Lire la vidéo|Pause|Couper le son|Activer le son|Sous-titres|Durée : {dur}|Vidéo suivante dans {num}}", "{Écouter l'article|Version audio|Temps de lecture : {num} min|{num} min de lecture}", "{Publicité - faites défiler pour continuer|Faites défiler pour continuer la lecture}"]},
    "es": {"reproductor": ["{Reproducir vídeo|Pausa|Silenciar|Activar sonido|Subtítulos|Duración: {dur}|Siguiente vídeo en {num}}", "{Escuchar noticia|Versión en audio|Tiempo de lectura: {num} min|{num} min de lectura}", "{Publicidad - desplázate para seguir leyendo|Desliza para seguir leyendo}"]},
    "it": {"player": ["{Riproduci video|Pausa|Disattiva audio|Attiva audio|Sottotitoli|Durata: {dur}|Prossimo video tra {num}}", "{Ascolta l'articolo|Versione audio|Tempo di lettura: {num} minuti}", "{Pubblicità - scorri per continuare|Scorri per continuare a leggere}"]},
    "pt": {"player": ["{Reproduzir vídeo|Pausar|Silenciar|Ativar som|Legendas|Duração: {dur}|Próximo vídeo em {num}}", "{Ouvir matéria|Versão em áudio|Tempo de leitura: {num} min}", "{Publicidade - role para continuar lendo|Role para continuar}"]},
    "nl": {"speler": ["{Video afspelen|Pauze|Geluid uit|Geluid aan|Ondertiteling|Duur: {dur}|Volgende video over {num}}", "{Luister naar dit artikel|Audioversie|Leestijd: {num} minuten}", "{Advertentie - scroll verder om te lezen|Scroll om verder te lezen}"]},
    "pl": {"odtwarzacz": ["{Odtwórz wideo|Pauza|Wycisz|Włącz dźwięk|Napisy|Czas trwania: {dur}|Następne wideo za {num}}", "{Posłuchaj artykułu|Wersja audio|Czas czytania: {num} min}", "{Reklama - przewiń, aby czytać dalej|Przewiń, aby czytać dalej}"]},
    "ru": {"pleer": ["{Смотреть видео|Пауза|Выключить звук|Включить звук|Субтитры|Длительность: {dur}|Следующее видео через {num}}", "{Слушать статью|Аудиоверсия|Время чтения: {num} мин}", "{Реклама — прокрутите, чтобы продолжить|Листайте дальше}"]},
    "ja": {"player": ["{動画を再生|一時停止|ミュート|ミュート解除|字幕|再生時間 {dur}|次の動画まで{num}秒}", "{この記事を音声で聞く|音声版|この記事は約{num}分で読めます}", "{スクロールして続きを読む|広告の下に続きます}"]},
    "zh": {"bofangqi": ["{播放视频|暂停|静音|取消静音|字幕|时长 {dur}|{num}秒后播放下一个}", "{收听本文|语音播报|阅读时长约{num}分钟}", "{滑动继续阅读|广告过后继续阅读}"]},
}
for _lang, _fams in _MORE.items():
    FAMILIES[_lang].update(_fams)

for _lang, _fam, _t in (
    ("sv", "media", ["{Spela video|Paus|Ljud av|Undertexter|Lyssna på artikeln}", "{Bild|Foto} {ix} av {gal}", "{Förstora bilden|Visa alla bilder|Helskärm}"]),
    ("tr", "medya", ["{Videoyu oynat|Duraklat|Sesi kapat|Altyazı|Haberi dinle}", "{Fotoğraf|Görsel} {ix}/{gal}", "{Büyüt|Tüm fotoğrafları gör|Tam ekran}"]),
    ("ko", "midieo", ["{동영상 재생|일시정지|음소거|자막|기사 듣기}", "사진 {ix}/{gal}", "{사진 확대|전체 사진 보기|전체 화면}"]),
    ("ar", "wasait", ["{تشغيل الفيديو|إيقاف مؤقت|كتم الصوت|الترجمة|استمع إلى المقال}", "الصورة {ix} من {gal}", "{تكبير الصورة|عرض كل الصور|ملء الشاشة}"]),
    ("hi", "media", ["{वीडियो चलाएं|रोकें|म्यूट करें|सबटाइटल|खबर सुनें}", "तस्वीर {ix}/{gal}", "{तस्वीर बड़ी करें|सभी तस्वीरें देखें|फुल स्क्रीन}"]),
):
    FAMILIES[_lang][_fam] = _t

# Session 3: more house styles (written afresh; every name falls in the training part of the split).
for _lang, _fam, _t in (
    ("en", "masthead-and-badges", [
        "{brand} {mark|emblem|badge|icon|header image|brand image}",
        "{Award badge|Editor's Choice badge|Recommended badge|Best Buy badge|Verified account|Official partner}",
        "{Podcast artwork|Cover art|Album art|Newsletter banner|Promo banner|Banner image|Hero image|Thumbnail}",
        "{Placeholder image|Default image|No image available|Image unavailable|Image not found}",
    ]),
    ("en", "page-furniture", [
        "{Print|Print this page|Email|Email this|Save|Save for later|Saved|Bookmark|Copy link|Link copied|Text size|Aa|Listen|Gift this article}",
        "{Sponsored content|Paid post|Partner content|Promoted content|In partnership with {company}|Presented by {company}|Brought to you by {company}}",
        "{Updated|Published|Posted|Last updated}{:|} {date}{| at {time}}",
        "{Filed under|Tagged|Tags|Topics|Categories}{:|} {topic}{|, {topic}}",
        "{Open in app|Get the app|Download the app|Continue in browser|View in browser|Switch to desktop|Mobile site}",
        "{Show caption|Hide caption|Toggle caption|Caption}",
    ]),
    ("de", "seitenelemente-s3", [
        "{Drucken|Seite drucken|Merken|Gemerkt|Link kopieren|Vorlesen|Artikel anhören|Schriftgröße|Artikel verschenken}",
        "{Gesponserter Inhalt|Bezahlter Inhalt|In Kooperation mit {company}|Präsentiert von {company}|Unterstützt von {company}}",
        "{Aktualisiert|Veröffentlicht|Zuletzt aktualisiert}{:|} {date}{| um {time} Uhr}",
        "{Themen|Schlagworte|Mehr zu}{:|} {topic}{|, {topic}}",
        "{In der App öffnen|App herunterladen|Im Browser ansehen|Zur mobilen Ansicht}",
        "{Bildunterschrift einblenden|Bildunterschrift ausblenden|Platzhalterbild|Kein Bild verfügbar}",
    ]),
    ("fr", "elements-page", [
        "{Imprimer|Partager par e-mail|Sauvegarder|Enregistrer|Copier le lien|Lien copié|Écouter l'article|Taille du texte|Offrir cet article}",
        "{Contenu sponsorisé|Publi-rédactionnel|En partenariat avec {company}|Présenté par {company}}",
        "{Mis à jour|Publié|Modifié} le {date}{| à {time}}",
        "{Ouvrir dans l'application|Télécharger l'application|Voir la version web}",
        "{Image indisponible|Image par défaut|Afficher la légende|Masquer la légende}",
    ]),
    ("es", "elementos-pagina", [
        "{Imprimir|Enviar por correo|Guardar|Guardado|Copiar enlace|Enlace copiado|Escuchar la noticia|Tamaño del texto|Regalar este artículo}",
        "{Contenido patrocinado|Publirreportaje|En colaboración con {company}|Presentado por {company}}",
        "{Actualizado|Publicado} el {date}{| a las {time}}",
        "{Abrir en la app|Descargar la app|Ver en el navegador}",
        "{Imagen no disponible|Mostrar pie de foto|Ocultar pie de foto}",
    ]),
    ("it", "elementi-pagina", [
        "{Stampa|Invia per email|Salva|Salvato|Copia link|Link copiato|Ascolta l'articolo|Dimensione testo|Regala questo articolo}",
        "{Contenuto sponsorizzato|Contenuto a pagamento|In collaborazione con {company}|Presentato da {company}}",
        "{Aggiornato|Pubblicato} il {date}{| alle {time}}",
        "{Apri nell'app|Scarica l'app|Visualizza nel browser}",
        "{Immagine non disponibile|Mostra didascalia|Nascondi didascalia}",
    ]),
    ("pt", "elementos-pagina", [
        "{Imprimir|Enviar por e-mail|Salvar|Guardar|Copiar link|Link copiado|Ouvir a notícia|Tamanho do texto|Oferecer este artigo}",
        "{Conteúdo patrocinado|Publieditorial|Em parceria com {company}|Apresentado por {company}}",
        "{Atualizado|Publicado} em {date}{| às {time}}",
        "{Abrir no app|Baixar o app|Ver no navegador}",
        "{Imagem indisponível|Mostrar legenda|Ocultar legenda}",
    ]),
    ("nl", "pagina-onderdelen", [
        "{Printen|Mailen|Opslaan|Bewaard|Link kopiëren|Link gekopieerd|Beluister dit artikel|Tekstgrootte|Cadeau doen}",
        "{Gesponsorde inhoud|Advertorial|In samenwerking met {company}|Aangeboden door {company}}",
        "{Bijgewerkt|Gepubliceerd} op {date}{| om {time}}",
        "{Open in de app|Download de app|Bekijk in browser}",
        "{Geen afbeelding beschikbaar|Toon onderschrift|Verberg onderschrift}",
    ]),
    ("pl", "elementy-strony-x3", [
        "{Drukuj|Wyślij e-mailem|Zapisz|Zapisano|Kopiuj link|Skopiowano link|Posłuchaj artykułu|Rozmiar tekstu|Podaruj artykuł}",
        "{Treść sponsorowana|Artykuł sponsorowany|We współpracy z {company}|Partner materiału: {company}}",
        "{Aktualizacja|Opublikowano}: {date}{| {time}}",
        "{Otwórz w aplikacji|Pobierz aplikację|Zobacz w przeglądarce}",
        "{Brak zdjęcia|Pokaż podpis|Ukryj podpis}",
    ]),
    ("ru", "elementy-stranitsy-s3", [
        "{Печать|Отправить по почте|Сохранить|Сохранено|Скопировать ссылку|Ссылка скопирована|Слушать статью|Размер шрифта}",
        "{Партнёрский материал|На правах рекламы|Спецпроект|При поддержке {company}}",
        "{Обновлено|Опубликовано}: {date}{| {time}}",
        "{Открыть в приложении|Скачать приложение|Открыть в браузере}",
        "{Изображение недоступно|Показать подпись|Скрыть подпись}",
    ]),
    ("ja", "page-buhin", [
        "{印刷|保存|保存済み|リンクをコピー|コピーしました|記事を聞く|文字サイズ|この記事をプレゼント}",
        "{PR|広告企画|提供：{company}|協力：{company}|Sponsored by {company}}",
        "{更新|公開|配信}{：|}{date}{| {time}}",
        "{アプリで開く|アプリをダウンロード|ブラウザで見る}",
        "{画像なし|NO IMAGE|キャプションを表示|キャプションを隠す}",
    ]),
    ("zh", "yemian-yuansu", [
        "{打印|收藏|已收藏|复制链接|链接已复制|听新闻|字号|分享到微信}",
        "{推广|广告|赞助内容|合作内容|本文由{company}提供}",
        "{更新于|发布于|发布时间}{：|}{date}{| {time}}",
        "{在App中打开|下载客户端|打开APP阅读全文}",
        "{暂无图片|图片加载失败|显示图注|隐藏图注}",
    ]),
):
    assert _fam not in FAMILIES[_lang], _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 4: accessibility and player chrome, gallery counters, ad slots, in more scripts.
for _lang, _fam, _t in (
    ("en", "a11y-and-player", [
        "{Skip to content|Skip to navigation|Skip to footer|Jump to comments|Back to top|Scroll to top|Close menu|Open menu|Toggle navigation}",
        "{Play|Pause|Mute|Unmute|Fullscreen|Exit fullscreen|Captions|Settings|Replay|Watch again}{| video}",
        "{Image|Photo|Slide} {ix} of {num}",
        "{Advertisement|ADVERTISEMENT|Ad|Sponsored content|Story continues below advertisement|Article continues below}",
        "{Illustration|Photo|Image|Photograph}{:| by| credit:} {name}{| for {brand}| / {brand}}",
    ]),
    ("de", "barrierefrei-player", [
        "{Zum Inhalt springen|Zur Navigation|Zum Seitenanfang|Nach oben|Menü schließen|Menü öffnen|Suche öffnen}",
        "{Abspielen|Pause|Ton aus|Ton an|Vollbild|Untertitel|Erneut abspielen}",
        "{Bild|Foto} {ix} von {num}",
        "{Anzeige|ANZEIGE|Werbung|Artikel wird unter der Anzeige fortgesetzt|Weiter nach der Anzeige}",
        "{Foto|Bild|Illustration}{:| ©} {name}{| / {brand}| / dpa}",
    ]),
    ("fr", "accessibilite-lecteur", [
        "{Aller au contenu|Aller au menu|Retour en haut|Fermer le menu|Ouvrir le menu}",
        "{Lecture|Pause|Couper le son|Plein écran|Sous-titres|Revoir}",
        "{Photo|Image} {ix} sur {num}",
        "{Publicité|PUBLICITÉ|La suite après cette publicité|Contenu sponsorisé}",
    ]),
    ("es", "accesibilidad-reproductor", [
        "{Saltar al contenido|Ir al menú|Volver arriba|Cerrar menú|Abrir menú}",
        "{Reproducir|Pausa|Silenciar|Pantalla completa|Subtítulos|Volver a ver}",
        "{Foto|Imagen} {ix} de {num}",
        "{Publicidad|PUBLICIDAD|Sigue leyendo tras la publicidad|Contenido patrocinado}",
    ]),
    ("ko", "hwamyeon-yoso", [
        "{본문 바로가기|메뉴 바로가기|맨 위로|메뉴 닫기|전체 메뉴|검색}",
        "{재생|일시정지|음소거|전체화면|자막}",
        "{사진|이미지} {ix}/{num}",
        "{광고|AD|스폰서 콘텐츠}",
        "{사진|그래픽}={brand} {제공|DB}",
    ]),
    ("ar", "wajiha-2-b", [
        "{انتقل إلى المحتوى|القائمة الرئيسية|العودة إلى الأعلى|إغلاق القائمة|بحث}",
        "{تشغيل|إيقاف مؤقت|كتم الصوت|ملء الشاشة|الترجمة}",
        "{صورة|الصورة} {ix} من {num}",
        "{إعلان|محتوى مدعوم|يتبع بعد الإعلان}",
        "{الصورة|صورة}: {brand}{| / أرشيف}",
    ]),
    ("hi", "ui-2-c", [
        "{मुख्य सामग्री पर जाएं|मेन्यू|ऊपर जाएं|मेन्यू बंद करें|खोजें}",
        "{चलाएं|रोकें|म्यूट|फुल स्क्रीन|सबटाइटल}",
        "{फोटो|तस्वीर} {ix}/{num}",
        "{विज्ञापन|प्रायोजित|विज्ञापन के बाद खबर जारी है}",
        "{फोटो|तस्वीर}: {brand}{| / फाइल}",
    ]),
    ("ru", "dostupnost-pleer", [
        "{Перейти к содержанию|Главное меню|Наверх|Закрыть меню|Открыть меню|Поиск по сайту}",
        "{Воспроизвести|Пауза|Без звука|Во весь экран|Субтитры}",
        "{Фото|Изображение} {ix} из {num}",
        "{Реклама|РЕКЛАМА|Продолжение после рекламы|Партнёрский материал}",
    ]),
    ("ja", "sousa-gamen", [
        "{本文へスキップ|メニューを開く|メニューを閉じる|ページの先頭へ|検索}",
        "{再生|一時停止|ミュート|全画面|字幕}",
        "{写真|画像}{ix}/{num}",
        "{広告|PR|スポンサーリンク|記事の続きは広告の後で}",
    ]),
    ("zh", "jiemian-yuansu", [
        "{跳到正文|打开菜单|关闭菜单|返回顶部|搜索}",
        "{播放|暂停|静音|全屏|字幕}",
        "{图片|第}{ix}/{num}{|张}",
        "{广告|推广|赞助内容|下文继续}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Fifth session: gallery counters, player and toolbar chrome, agency credits and logo alt text in
# other house styles (every name in the training part; the held-out families unchanged).
for _lang, _fam, _t in (
    ("en", "gallery-player-s5", [
        "{Image|Photo|Slide|Picture} {num} of {count}",
        "{Play|Pause|Mute|Unmute|Full screen|Exit full screen|Captions|Settings}{| video}",
        "{Enlarge this image|View gallery|Open gallery|Expand image|Close gallery|Next image|Previous image}",
        "{brand} {logo|wordmark|icon|masthead}",
        "{Photo|Image|Illustration}{:| /| by} {name}{| for {brand}|/{company}}",
    ]),
    ("de", "galerie-player-s5", [
        "{Bild|Foto} {num} von {count}",
        "{Abspielen|Pause|Ton aus|Vollbild|Untertitel|Video abspielen}",
        "{Bild vergrößern|Galerie öffnen|Galerie schließen|Nächstes Bild|Vorheriges Bild|Zur Bildergalerie}",
        "{Logo {brand}|{brand}-Logo|Zur Startseite von {brand}}",
        "{Foto|Bild|Illustration}{:| /} {name}{|/{company}| für {brand}}",
    ]),
    ("fr", "galerie-lecteur-s5", [
        "{Photo|Image} {num} sur {count}",
        "{Lire|Pause|Couper le son|Plein écran|Sous-titres|Lire la vidéo}",
        "{Agrandir l'image|Ouvrir la galerie|Fermer la galerie|Image suivante|Image précédente}",
        "{Logo {brand}|Retour à l'accueil de {brand}}",
        "{Photo|Crédit photo|Illustration}{ :| /} {name}{|/{company}| pour {brand}}",
    ]),
    ("es", "galeria-reproductor-s5b", [
        "{Foto|Imagen} {num} de {count}",
        "{Reproducir|Pausa|Silenciar|Pantalla completa|Subtítulos|Ver vídeo}",
        "{Ampliar imagen|Abrir galería|Cerrar galería|Imagen siguiente|Imagen anterior}",
        "{Logo de {brand}|Volver a la portada de {brand}}",
        "{Foto|Imagen|Ilustración}{:| /} {name}{|/{company}| para {brand}}",
    ]),
    ("it", "galleria-player-s5", [
        "{Foto|Immagine} {num} di {count}",
        "{Riproduci|Pausa|Disattiva audio|Schermo intero|Sottotitoli|Guarda il video}",
        "{Ingrandisci immagine|Apri la gallery|Chiudi la gallery|Foto successiva|Foto precedente}",
        "{Logo {brand}|Torna alla home di {brand}}",
        "{Foto|Immagine|Illustrazione}{:| /} {name}{|/{company}| per {brand}}",
    ]),
    ("pt", "galeria-player-s5", [
        "{Foto|Imagem} {num} de {count}",
        "{Reproduzir|Pausar|Silenciar|Tela cheia|Legendas|Assistir ao vídeo}",
        "{Ampliar imagem|Abrir galeria|Fechar galeria|Próxima foto|Foto anterior}",
        "{Logo {brand}|Voltar para a página inicial de {brand}}",
        "{Foto|Imagem|Ilustração}{:| /} {name}{|/{company}| para {brand}}",
    ]),
    ("nl", "galerij-speler-s5", [
        "{Foto|Afbeelding} {num} van {count}",
        "{Afspelen|Pauzeren|Geluid uit|Volledig scherm|Ondertiteling|Bekijk de video}",
        "{Afbeelding vergroten|Open fotoserie|Sluit fotoserie|Volgende foto|Vorige foto}",
        "{Logo {brand}|Terug naar de homepage van {brand}}",
        "{Foto|Beeld|Illustratie}{:| /} {name}{|/{company}| voor {brand}}",
    ]),
    ("pl", "galeria-odtwarzacz-s5", [
        "{Zdjęcie|Slajd} {num} z {count}",
        "{Odtwórz|Pauza|Wycisz|Pełny ekran|Napisy|Zobacz wideo}",
        "{Powiększ zdjęcie|Otwórz galerię|Zamknij galerię|Następne zdjęcie|Poprzednie zdjęcie}",
        "{Logo {brand}|Wróć na stronę główną {brand}}",
        "{Fot.|Zdjęcie:|Ilustracja:} {name}{|/{company}| dla {brand}}",
    ]),
    ("ru", "galereya-pleer-s5c", [
        "{Фото|Слайд} {num} из {count}",
        "{Воспроизвести|Пауза|Выключить звук|Во весь экран|Субтитры|Смотреть видео}",
        "{Увеличить фото|Открыть галерею|Закрыть галерею|Следующее фото|Предыдущее фото}",
        "{Логотип {brand}|На главную {brand}}",
        "{Фото:|Иллюстрация:|Снимок:} {name}{|/{company}| для {brand}}",
    ]),
    ("ja", "gallery-player-s5", [
        "{写真|画像}{num}/{count}",
        "{再生|一時停止|ミュート|全画面表示|字幕|動画を再生}",
        "{画像を拡大|ギャラリーを開く|ギャラリーを閉じる|次の写真|前の写真}",
        "{brand}{ロゴ|のロゴ|トップへ}",
        "{写真：|画像：|イラスト：}{name}{|／{company}}",
    ]),
    ("zh", "tuji-bofangqi-s5", [
        "{图片|图}{num}/{count}",
        "{播放|暂停|静音|全屏|字幕|播放视频}",
        "{查看大图|打开图集|关闭图集|下一张|上一张}",
        "{brand}{标志|logo|首页}",
        "{图：|图片来源：|摄影：}{name}{|／{company}}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 8: one family of the category's commonest shapes in Ukrainian, Czech, Indonesian and Vietnamese, languages the bank had no lines of
# (written afresh; every name falls in the training part of the split).
_LANGS_S8 = {
 "uk": {
  "foto-logotyp-s8": {
   "n": 30,
   "t": [
    "{Фото|Фото:|Джерело фото:} {Getty Images|УНІАН|Укрінформ|Reuters|pixabay}",
    "Логотип {brand}",
    "Реклама",
    "{Перейти до основного вмісту|Меню|Пошук|Закрити}",
    "Час читання: {num} хв"
   ]
  }
 },
 "cs": {
  "foto-logo-s8": {
   "n": 30,
   "t": [
    "{Foto|Foto:|Zdroj:|Ilustrační foto:} {ČTK|Shutterstock|Profimedia|Getty Images|Reuters}",
    "Logo {brand}",
    "Reklama",
    "{Přejít na obsah|Menu|Hledat|Zavřít}",
    "Čas čtení: {num} min"
   ]
  }
 },
 "id": {
  "foto-iklan-s8b": {
   "n": 30,
   "t": [
    "{Foto|Foto:|Sumber foto:|Ilustrasi:} {Antara|Shutterstock|Getty Images|Dok. Istimewa|Freepik}",
    "Logo {brand}",
    "{Iklan|ADVERTISEMENT|Scroll untuk melanjutkan membaca}",
    "{Lewati ke konten|Menu|Cari|Tutup}",
    "Waktu baca: {num} menit"
   ]
  }
 },
 "vi": {
  "anh-logo-s8": {
   "n": 30,
   "t": [
    "{Ảnh|Ảnh:|Nguồn ảnh:|Ảnh minh họa:} {TTXVN|Getty Images|Reuters|Shutterstock|Internet}",
    "Logo {brand}",
    "Quảng cáo",
    "{Bỏ qua nội dung|Menu|Tìm kiếm|Đóng}",
    "Thời gian đọc: {num} phút"
   ]
  }
 }
}
for _lang, _fams in _LANGS_S8.items():
    FAMILIES.setdefault(_lang, {}).update(_fams)
