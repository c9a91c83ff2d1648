"""ERR: stray test strings, widget and embed error messages, JavaScript/browser notices, template leftovers."""


_FIELDS = ("article.title", "author.name", "headline", "image.caption", "post.excerpt", "site_name", "byline", "story.summary")
_LEFTOVERS_EN = (
    [f"{{{{ {f} }}}}" for f in _FIELDS] + [f"{{{{{f}}}}}" for f in _FIELDS[:4]]
    + [f"${{{f}}}" for f in ("author", "title", "caption", "price", "date")]
    + [f"%%{f}%%" for f in ("TITLE", "AUTHOR", "CAPTION", "DATE", "EXCERPT")]
    + [f"[{f}]" for f in ("caption", "embed", "gallery id=\"1042\"", "video", "ad_slot", "newsletter_form", "/caption")]
    + ["undefined", "null", "NaN", "[object Object]", "None", "#N/A", "Error: undefined", "undefined undefined",
       "TypeError: Cannot read properties of undefined (reading 'title')", "Uncaught ReferenceError: googletag is not defined",
       "<script>", "<div class=\"embed\"></div>", "&nbsp;", "%s", "{0}", "[[IMAGE]]", "[INSERT LINK]", "###", "N/A N/A"]
)
_LEFTOVERS_DE = [f"{{{{ {f} }}}}" for f in ("artikel.titel", "autor.name", "bildunterschrift", "teaser")] + ["[Bild]", "[Bildunterschrift]", "%%TITEL%%", "${autor}", "[object Object]", "undefined"]

FAMILIES = {
    "en": {
        "test-strings": [
            "This is a test {error|warning|success|info|sample|dummy} {message|string|notification|text}{| with some extra words| with some more text}",
            "{This is a test|This is only a test|This is just a test|Test post|Test post please ignore|Testing 123|Testing, testing|test test test|Test|TEST|test|asdf|asdfasdf|qwerty|Lorem ipsum|Placeholder text|Sample text|Hello world|Test article do not publish|DO NOT PUBLISH|TK|TKTK}{.|}",
            "Lorem ipsum dolor sit amet{, consectetur adipiscing elit|, consectetur adipiscing elit, sed do eiusmod tempor|}{.|}",
            "{Placeholder|Dummy|Sample|Test} {caption|headline|text|copy|content|description} {goes here|here|for {topic}|to be replaced}",
            "{Insert|Add|Enter} {headline|caption|text|image description|author name|summary} here",
            "{This is a test|Test} {of the|for the} {{topic} module|newsletter widget|comment system|ad slot|embed}",
        ],
        "load-failure": [
            "An error occurred while loading this content{.|. Please refresh the page.|. Please try again later.}",
            "{An error has occurred|An unexpected error occurred|Something went wrong|Oops! Something went wrong|Sorry, something went wrong|Uh oh, something went wrong}{.|!}{| Please try again.| Please try again later.| Please refresh the page.| Please reload and try again.}",
            "{Failed to load|Unable to load|Could not load|Couldn't load|We couldn't load|Error loading} {comments|this content|the video|the player|the map|the chart|the gallery|the poll|results|more stories|the widget}{.|. Retry|. Tap to retry.}",
            "{This content|This embed|This video|The requested content|This post|This tweet|The audio} {is not available|is no longer available|could not be loaded|is unavailable|has been removed|is not supported on your device}{.| in your region.| right now.}",
            "{Sorry|We're sorry|Apologies}, {this page|the page you requested|this article|the content you're looking for} {could not be found|doesn't exist|has moved|is unavailable}{.|}",
            "{404|Error 404|404 - Page not found|404 Not Found|Page not found|500 Internal Server Error|Error 503|503 Service Unavailable|403 Forbidden|Access denied}",
            "{Request timed out|Network error|Connection lost|You appear to be offline|Check your connection and try again|Server error}{.|}",
        ],
        "retry-refresh": [
            "{Please refresh the page|Refresh the page|Reload the page|Please try again|Try again|Retry|Click here to retry|Tap to reload}{.|}",
            "{Please|Kindly} {refresh|reload} {the page|this page|your browser} {to see the latest updates|and try again|to continue}{.|}",
            "{If the problem persists|If this keeps happening}, {contact support|please contact us|clear your cache}{.|}",
            "{Error code|Error ID|Reference}: {digits}{-| }{ERR|E}{num}{num}",
            "{Your session has expired|Your session timed out}{.|. Please log in again.| Please refresh.}",
        ],
        "javascript-browser": [
            "{Please enable JavaScript|You need to enable JavaScript|JavaScript is required|Enable JavaScript} to {view the comments|run this app|watch this video|use this site|see this content|view this map}{.| powered by Disqus.}",
            "{JavaScript is disabled in your browser|JavaScript is disabled|It looks like JavaScript is disabled}{.|. Please enable it to continue.}",
            "Your browser does not support {the video tag|HTML5 video|the audio element|iframes|this feature}{.|}",
            "{You are using an outdated browser|Your browser is out of date|This browser is no longer supported}{.|. Please upgrade your browser to improve your experience.|. Please update to a modern browser.}",
            "{To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video|This video requires Flash Player|Please enable cookies to continue}{.|}",
            "{Ad blocker detected|We noticed you're using an ad blocker|It looks like you're using an ad blocker}{.| Please disable it to support us.| Please whitelist our site.}",
        ],
        "template-leftover": {"lit": _LEFTOVERS_EN, "style": False},
        "form-errors": [
            "{This field is required|Please fill out this field|Please select an option|Invalid input|Please enter a number|Value must be less than {n3}|Please complete the captcha|Please verify you are human}{.|}",
            "{Your comment could not be posted|We could not submit your vote|Your vote could not be counted|Could not save your preferences}{.|. Please try again.}",
            "{Incorrect username or password|Invalid login|Password too short|Passwords do not match}{.|}",
            "{Sorry, the poll is closed|This poll has ended|Voting is closed}{.|}",
        ],
    },
    "de": {
        "test": [
            "{Dies ist ein Test|Das ist ein Test|Testbeitrag|Testartikel|Test|TEST|test test|Bitte ignorieren|Nicht veröffentlichen|Platzhalter|Blindtext|Lorem ipsum|asdf}{.|}",
            "{Hier steht ein Blindtext|Platzhaltertext für {topic}|Bildunterschrift hier einfügen|Überschrift hier|Text folgt}",
            "Dies ist eine {Test-Fehlermeldung|Testnachricht|Test-Meldung}{| mit ein paar zusätzlichen Wörtern}",
        ],
        "ladefehler": [
            "{Ein Fehler ist aufgetreten|Es ist ein Fehler aufgetreten|Da ist etwas schiefgelaufen|Hoppla, etwas ist schiefgelaufen|Leider ist ein Fehler aufgetreten}{.|!}{| Bitte versuchen Sie es später erneut.| Bitte laden Sie die Seite neu.}",
            "{Inhalt|Video|Kommentare|Karte|Grafik|Umfrage} {konnte|konnten} nicht geladen werden{.|. Bitte Seite neu laden.}",
            "{Dieser Inhalt|Dieses Video|Der angeforderte Inhalt|Dieser Beitrag} ist {nicht verfügbar|nicht mehr verfügbar|in Ihrem Land nicht verfügbar}{.|}",
            "{Seite nicht gefunden|Fehler 404|404 – Seite nicht gefunden|Die angeforderte Seite existiert nicht}{.|}",
            "{Keine Internetverbindung|Verbindung unterbrochen|Zeitüberschreitung|Serverfehler}{.|}",
        ],
        "neu-laden": [
            "{Bitte laden Sie die Seite neu|Seite neu laden|Erneut versuchen|Bitte versuchen Sie es erneut|Nochmal versuchen}{.|}",
            "{Wenn das Problem weiterhin besteht|Sollte der Fehler weiter auftreten}, {wenden Sie sich an den Support|leeren Sie den Browser-Cache}{.|}",
            "{Ihre Sitzung ist abgelaufen|Sitzung abgelaufen}{.|. Bitte melden Sie sich erneut an.}",
        ],
        "javascript": [
            "{Bitte aktivieren Sie JavaScript|JavaScript ist deaktiviert|Aktivieren Sie JavaScript}{, um {die Kommentare zu sehen|dieses Video abzuspielen|diese Seite zu nutzen|den Inhalt anzuzeigen}|}{.|}",
            "Ihr Browser unterstützt {das Video-Tag|diese Funktion|HTML5-Video} nicht{.|}",
            "{Ihr Browser ist veraltet|Sie verwenden einen veralteten Browser}{.|. Bitte aktualisieren Sie Ihren Browser.}",
            "{Adblocker erkannt|Sie nutzen einen Adblocker|Wir haben einen Werbeblocker erkannt}{.|. Bitte deaktivieren Sie ihn für {brand}.}",
        ],
        "formular": [
            "{Dieses Feld ist erforderlich|Bitte füllen Sie dieses Feld aus|Ungültige Eingabe|Bitte wählen Sie eine Option|Bitte bestätigen Sie, dass Sie kein Roboter sind}{.|}",
            "{Ihr Kommentar konnte nicht gespeichert werden|Ihre Stimme konnte nicht gezählt werden|Die Umfrage ist beendet}{.|. Bitte versuchen Sie es erneut.}",
        ],
        "vorlage": {"lit": _LEFTOVERS_DE, "style": False},
    },
    "fr": {
        "test": ["{Ceci est un test|Article test|Test|TEST|Texte de remplacement|Lorem ipsum|Ne pas publier|Légende à venir}{.|}", "{Ceci est un message d'erreur de test|Texte provisoire pour {topic}|Titre ici}"],
        "chargement": [
            "{Une erreur s'est produite|Une erreur est survenue|Oups, une erreur est survenue|Un problème est survenu}{.|!}{| Veuillez réessayer.| Veuillez rafraîchir la page.| Merci de réessayer plus tard.}",
            "{Impossible de charger|Échec du chargement de} {la vidéo|le contenu|les commentaires|la carte}{.|}",
            "{Ce contenu|Cette vidéo|Cette page} n'est {pas disponible|plus disponible|pas disponible dans votre pays}{.|}",
            "{Page introuvable|Erreur 404|404 - Page non trouvée}{.|}",
        ],
        "navigateur": [
            "{Veuillez activer JavaScript|Activez JavaScript} pour {afficher les commentaires|lire cette vidéo|voir ce contenu}{.|}",
            "Votre navigateur ne prend pas en charge {la balise vidéo|cette fonctionnalité}{.|}",
            "{Bloqueur de publicité détecté|Vous utilisez un bloqueur de publicité}{.|}",
            "{Ce champ est obligatoire|Veuillez remplir ce champ|Saisie invalide|Votre session a expiré}{.|}",
        ],
    },
    "es": {
        "prueba": ["{Esto es una prueba|Artículo de prueba|Prueba|PRUEBA|Texto de ejemplo|Lorem ipsum|No publicar|Pie de foto aquí}{.|}", "{Esto es un mensaje de error de prueba|Texto provisional para {topic}|Titular aquí}"],
        "carga": [
            "{Se ha producido un error|Ha ocurrido un error|Algo salió mal|Ups, algo ha fallado|Vaya, ha habido un problema}{.|!}{| Inténtalo de nuevo.| Por favor, recarga la página.| Inténtalo más tarde.}",
            "{No se pudo cargar|Error al cargar} {el vídeo|el contenido|los comentarios|el mapa}{.|}",
            "{Este contenido|Este vídeo|Esta página} {no está disponible|ya no está disponible|no está disponible en tu país}{.|}",
            "{Página no encontrada|Error 404|404 - No encontrado}{.|}",
        ],
        "navegador": [
            "{Habilita JavaScript|Activa JavaScript|Por favor, activa JavaScript} para {ver los comentarios|reproducir este vídeo|ver este contenido}{.|}",
            "Tu navegador no es compatible con {la etiqueta de vídeo|esta función}{.|}",
            "{Hemos detectado un bloqueador de anuncios|Estás usando un bloqueador de anuncios}{.|}",
            "{Este campo es obligatorio|Rellena este campo|Entrada no válida|Tu sesión ha caducado}{.|}",
        ],
    },
    "it": {
        "test": ["{Questo è un test|Articolo di prova|Prova|TEST|Testo segnaposto|Lorem ipsum|Non pubblicare|Didascalia qui}{.|}", "{Questo è un messaggio di errore di prova|Testo provvisorio per {topic}|Titolo qui}"],
        "caricamento": [
            "{Si è verificato un errore|Qualcosa è andato storto|Ops, qualcosa è andato storto|C'è stato un problema}{.|!}{| Riprova.| Ricarica la pagina.| Riprova più tardi.}",
            "{Impossibile caricare il video|Impossibile caricare i commenti|Errore nel caricamento del video|Errore nel caricamento dei commenti|Impossibile caricare la mappa|Impossibile caricare il contenuto}{.|}",
            "{Questo contenuto|Questo video|Questa pagina} non è {disponibile|più disponibile|disponibile nel tuo paese}{.|}",
            "{Pagina non trovata|Errore 404|404 - Pagina non trovata}{.|}",
        ],
        "browser": [
            "{Abilita JavaScript|Attiva JavaScript} per {vedere i commenti|riprodurre il video|visualizzare il contenuto}{.|}",
            "Il tuo browser non supporta {il tag video|questa funzione}{.|}",
            "{Abbiamo rilevato un AdBlock|Stai usando un ad blocker}{.|}",
            "{Campo obbligatorio|Compila questo campo|Valore non valido|La sessione è scaduta}{.|}",
        ],
    },
    "pt": {
        "teste": ["{Isto é um teste|Isso é um teste|Matéria de teste|Teste|TESTE|Texto de exemplo|Lorem ipsum|Não publicar|Legenda aqui}{.|}", "{Esta é uma mensagem de erro de teste|Texto provisório para {topic}|Título aqui}"],
        "carregamento": [
            "{Ocorreu um erro|Algo deu errado|Ops, algo deu errado|Houve um problema}{.|!}{| Tente novamente.| Atualize a página.| Tente mais tarde.}",
            "{Não foi possível carregar|Erro ao carregar} {o vídeo|o conteúdo|os comentários|o mapa}{.|}",
            "{Este conteúdo|Este vídeo|Esta página} {não está disponível|não está mais disponível|não está disponível no seu país}{.|}",
            "{Página não encontrada|Erro 404|404 - Não encontrado}{.|}",
        ],
        "navegador": [
            "{Ative o JavaScript|Habilite o JavaScript} para {ver os comentários|assistir ao vídeo|ver este conteúdo}{.|}",
            "Seu navegador não suporta {a tag de vídeo|este recurso}{.|}",
            "{Detectamos um bloqueador de anúncios|Você está usando um bloqueador de anúncios}{.|}",
            "{Campo obrigatório|Preencha este campo|Entrada inválida|Sua sessão expirou}{.|}",
        ],
    },
    "nl": {
        "test": ["{Dit is een test|Testartikel|Test|TEST|Plaatshoudertekst|Lorem ipsum|Niet publiceren|Bijschrift hier}{.|}", "{Dit is een testfoutmelding|Tijdelijke tekst voor {topic}|Kop hier}"],
        "laden": [
            "{Er is een fout opgetreden|Er ging iets mis|Oeps, er ging iets mis|Er is een probleem opgetreden}{.|!}{| Probeer het opnieuw.| Vernieuw de pagina.| Probeer het later nog eens.}",
            "{Kan niet laden|Laden mislukt van} {de video|de inhoud|de reacties|de kaart}{.|}",
            "{Deze inhoud|Deze video|Deze pagina} is {niet beschikbaar|niet meer beschikbaar|niet beschikbaar in jouw land}{.|}",
            "{Pagina niet gevonden|Fout 404|404 - Niet gevonden}{.|}",
        ],
        "browser": [
            "{Schakel JavaScript in|Zet JavaScript aan} om {de reacties te zien|deze video te bekijken|deze inhoud te tonen}{.|}",
            "Je browser ondersteunt {de videotag|deze functie} niet{.|}",
            "{Adblocker gedetecteerd|Je gebruikt een adblocker}{.|}",
            "{Dit veld is verplicht|Vul dit veld in|Ongeldige invoer|Je sessie is verlopen}{.|}",
        ],
    },
    "pl": {
        "test": ["{To jest test|Artykuł testowy|Test|TEST|Tekst zastępczy|Lorem ipsum|Nie publikować|Podpis tutaj}{.|}", "{To jest testowy komunikat o błędzie|Tekst tymczasowy: {topic}|Tytuł tutaj}"],
        "ladowanie": [
            "{Wystąpił błąd|Coś poszło nie tak|Ups, coś poszło nie tak|Wystąpił problem}{.|!}{| Spróbuj ponownie.| Odśwież stronę.| Spróbuj później.}",
            "{Nie udało się załadować|Błąd ładowania:} {wideo|treści|komentarzy|mapy}{.|}",
            "{Ta treść|To wideo|Ta strona} {jest niedostępna|nie jest już dostępna|jest niedostępna w Twoim kraju}{.|}",
            "{Nie znaleziono strony|Błąd 404|404 - Strona nie istnieje}{.|}",
        ],
        "przegladarka": [
            "{Włącz JavaScript|Aby kontynuować, włącz JavaScript}{, aby zobaczyć komentarze|, aby odtworzyć wideo|}{.|}",
            "Twoja przeglądarka nie obsługuje {tagu wideo|tej funkcji}{.|}",
            "{Wykryto AdBlocka|Korzystasz z blokera reklam}{.|}",
            "{To pole jest wymagane|Wypełnij to pole|Nieprawidłowa wartość|Sesja wygasła}{.|}",
        ],
    },
    "ru": {
        "test": ["{Это тест|Тестовая статья|Тест|ТЕСТ|Текст-заглушка|Lorem ipsum|Не публиковать|Подпись к фото}{.|}", "{Это тестовое сообщение об ошибке|Временный текст для раздела «{topic}»|Заголовок здесь}"],
        "zagruzka": [
            "{Произошла ошибка|Что-то пошло не так|Упс, что-то пошло не так|Возникла проблема}{.|!}{| Попробуйте ещё раз.| Обновите страницу.| Повторите попытку позже.}",
            "{Не удалось загрузить|Ошибка загрузки:} {видео|контент|комментарии|карту}{.|}",
            "{Этот материал|Это видео|Эта страница} {недоступен|больше недоступен|недоступен в вашем регионе}{.|}",
            "{Страница не найдена|Ошибка 404|404 — страница не найдена}{.|}",
        ],
        "brauzer": [
            "{Включите JavaScript|Для работы сайта включите JavaScript}{, чтобы увидеть комментарии|, чтобы посмотреть видео|}{.|}",
            "Ваш браузер не поддерживает {видео|эту функцию}{.|}",
            "{Обнаружен блокировщик рекламы|Вы используете блокировщик рекламы}{.|}",
            "{Обязательное поле|Заполните это поле|Неверное значение|Сессия истекла}{.|}",
        ],
    },
    "ja": {
        "test": ["{これはテストです|テスト投稿|テスト|TEST|ダミーテキスト|Lorem ipsum|公開しないでください|キャプションが入ります}{。|}", "{これはテスト用のエラーメッセージです|ここに見出しが入ります|ここに本文が入ります}"],
        "yomikomi": [
            "{エラーが発生しました|問題が発生しました|予期しないエラーが発生しました|読み込みに失敗しました}{。|}{|ページを再読み込みしてください。|しばらくしてから再度お試しください。}",
            "{動画|コンテンツ|コメント|地図}を{読み込めませんでした|表示できません}{。|}",
            "{このコンテンツ|この動画|このページ}は{ご利用いただけません|現在公開されていません|お住まいの地域ではご覧いただけません}{。|}",
            "{ページが見つかりません|404 Not Found|お探しのページは見つかりませんでした}{。|}",
        ],
        "browser": [
            "{JavaScriptを有効にしてください|JavaScriptが無効になっています|コメントを表示するにはJavaScriptを有効にしてください}{。|}",
            "{お使いのブラウザはvideoタグに対応していません|お使いのブラウザは対応していません|ブラウザを最新版に更新してください}{。|}",
            "{広告ブロッカーが検出されました|広告ブロックを解除してください}{。|}",
            "{必須項目です|入力内容に誤りがあります|セッションの有効期限が切れました}{。|}",
        ],
    },
    "zh": {
        "test": ["{这是一条测试|测试文章|测试|TEST|占位文字|Lorem ipsum|请勿发布|此处为图片说明}{。|}", "{这是一条测试错误信息|此处为标题|此处为正文}"],
        "jiazai": [
            "{出错了|发生错误|加载失败|网络异常|系统繁忙}{，|}{|请刷新页面重试|请稍后再试|点击重试}{。|}",
            "{视频|内容|评论|地图}{加载失败|无法加载}{。|，请重试。}",
            "{该内容|该视频|此页面}{暂不可用|已被删除|在您所在的地区不可用}{。|}",
            "{页面不存在|404 页面未找到|抱歉，您访问的页面不存在}{。|}",
        ],
        "liulanqi": [
            "{请启用JavaScript|JavaScript已被禁用|请开启JavaScript以查看评论}{。|}",
            "{您的浏览器不支持video标签|您的浏览器版本过低|请升级浏览器}{。|}",
            "{检测到广告拦截插件|请关闭广告屏蔽}{。|}",
            "{此项为必填项|输入有误|登录已过期}{。|}",
        ],
    },
    "sv": {"fel": ["{Ett fel uppstod. Försök igen.|Något gick fel.|Det här är ett test|Sidan kunde inte hittas|Aktivera JavaScript för att se kommentarerna.}"]},
    "tr": {"hata": ["{Bir hata oluştu. Lütfen sayfayı yenileyin.|Bir şeyler ters gitti.|Bu bir testtir|Sayfa bulunamadı|Yorumları görmek için JavaScript'i etkinleştirin.}"]},
    "ko": {"oryu": ["{오류가 발생했습니다. 페이지를 새로고침하세요.|문제가 발생했습니다.|테스트입니다|페이지를 찾을 수 없습니다|댓글을 보려면 JavaScript를 활성화하세요.}"]},
    "ar": {"khata": ["{حدث خطأ. يرجى تحديث الصفحة.|حدث خطأ ما.|هذا اختبار|الصفحة غير موجودة|يرجى تفعيل JavaScript لعرض التعليقات.}"]},
    "hi": {"truti": ["{एक त्रुटि हुई। कृपया पेज रीफ्रेश करें।|कुछ गलत हो गया।|यह एक टेस्ट है|पेज नहीं मिला|टिप्पणियां देखने के लिए JavaScript चालू करें।}"]},
}

_MORE = {
    "fr": {"integration": ["{Ce tweet|Ce contenu Instagram|Ce post} {n'est plus disponible|a été supprimé|ne peut pas être affiché}{.|}", "{Cette publication|Cette vidéo YouTube} {n'est plus disponible|a été supprimée|ne peut pas être affichée}{.|}", "{Ce contenu est bloqué car vous n'avez pas accepté les cookies|Pour afficher ce contenu, acceptez les cookies de {social}}{.|}", "{Votre session a expiré|Délai d'attente dépassé|Erreur réseau}{.|. Veuillez vous reconnecter.}"]},
    "es": {"incrustado": ["{Este tuit|Este vídeo de YouTube|Este contenido de Instagram} {ya no está disponible|ha sido eliminado|no se puede mostrar}{.|}", "{Esta publicación|Esta imagen} {ya no está disponible|ha sido eliminada|no se puede mostrar}{.|}", "{Este contenido está bloqueado porque no has aceptado las cookies|Para ver este contenido, acepta las cookies de {social}}{.|}", "{Tu sesión ha caducado|Tiempo de espera agotado|Error de red}{.|. Vuelve a iniciar sesión.}"]},
    "it": {"incorporato": ["{Questo tweet|Questo post|Questo video di YouTube|Questo contenuto di Instagram} {non è più disponibile|è stato rimosso|non può essere visualizzato}{.|}", "{Contenuto bloccato perché non hai accettato i cookie|Per vedere questo contenuto accetta i cookie di {social}}{.|}", "{Sessione scaduta|Timeout della richiesta|Errore di rete}{.|. Effettua di nuovo l'accesso.}"]},
    "pt": {"incorporado": ["{Este tweet|Este vídeo do YouTube|Este conteúdo do Instagram} {não está mais disponível|foi removido|não pode ser exibido}{.|}", "{Esta publicação|Esta imagem} {não está mais disponível|foi removida|não pode ser exibida}{.|}", "{Conteúdo bloqueado porque você não aceitou os cookies|Para ver este conteúdo, aceite os cookies do {social}}{.|}", "{Sua sessão expirou|Tempo esgotado|Erro de rede}{.|. Faça login novamente.}"]},
    "nl": {"ingesloten": ["{Deze tweet|Dit bericht|Deze YouTube-video|Deze Instagram-post} {is niet meer beschikbaar|is verwijderd|kan niet worden weergegeven}{.|}", "{Deze inhoud is geblokkeerd omdat je geen cookies hebt geaccepteerd|Accepteer de cookies van {social} om deze inhoud te zien}{.|}", "{Je sessie is verlopen|Time-out|Netwerkfout}{.|. Log opnieuw in.}"]},
    "pl": {"osadzone": ["{Ten wpis|Ten tweet|Ten film z YouTube} {jest już niedostępny|został usunięty|nie może zostać wyświetlony}{.|}", "{Ta treść|Ta publikacja} {jest już niedostępna|została usunięta|nie może zostać wyświetlona}{.|}", "{Treść zablokowana, ponieważ nie zaakceptowano plików cookies|Aby zobaczyć tę treść, zaakceptuj pliki cookies serwisu {social}}{.|}", "{Sesja wygasła|Przekroczono limit czasu|Błąd sieci}{.|. Zaloguj się ponownie.}"]},
    "ru": {"vstavka": ["{Этот пост|Этот твит} {больше недоступен|удалён|не может быть показан}{.|}", "{Эта публикация|Эта запись} {больше недоступна|удалена|не может быть показана}{.|}", "{Контент заблокирован, так как вы не приняли cookie|Чтобы увидеть этот контент, разрешите cookie {social}}{.|}", "{Сессия истекла|Превышено время ожидания|Ошибка сети}{.|. Войдите снова.}"]},
    "ja": {"umekomi": ["{このツイート|この投稿|このYouTube動画|このInstagram投稿}は{表示できません|削除されました|現在ご利用いただけません}{。|}", "{Cookieに同意していないため、このコンテンツは表示されません|このコンテンツを表示するには{social}のCookieを許可してください}{。|}", "{セッションがタイムアウトしました|通信エラーが発生しました}{。|。再度ログインしてください。}"]},
    "zh": {"qianru": ["{该微博|该帖子|该视频|该内容}{已被删除|无法显示|暂时无法查看}{。|}", "{由于您未接受Cookie，此内容无法显示|请允许{social}的Cookie以查看此内容}{。|}", "{会话已过期|请求超时|网络错误}{。|，请重新登录。}"]},
}
for _lang, _fams in _MORE.items():
    FAMILIES[_lang].update(_fams)

FAMILIES["en"].update({
    "embed-blocked": [
        "{This content is hosted by a third party|This embed is from an external site}{.|}{| By showing the external content you accept the Terms and Conditions of {social}.| It may use cookies.}",
        "To view this {content|post|video}, {you need to accept|please accept} {social} cookies{.|}",
        "{This tweet|This post|This Instagram post|This TikTok video|This YouTube video} {is unavailable|has been deleted|could not be displayed|is no longer available}{.|}",
        "{Allow|Enable} {Instagram|X|TikTok|YouTube|Facebook} content?{| This article contains content from a third party.}",
        "{Content not available|Embedded content unavailable|Media unavailable}{.|}",
    ],
})

for _lang, _fam, _t in (
    ("sv", "inbaddning", ["{Videon|Inlägget|Innehållet} kunde inte laddas{.| Försök igen.}", "{Din webbläsare stöder inte videouppspelning|Sessionen har gått ut|Nätverksfel}{.|}", "{Platshållartext|Rubrik här|Testinlägg}"]),
    ("tr", "gomulu", ["{Video|Gönderi|İçerik} yüklenemedi{.| Lütfen tekrar deneyin.}", "{Tarayıcınız video oynatmayı desteklemiyor|Oturumunuz sona erdi|Ağ hatası}{.|}", "{Yer tutucu metin|Başlık buraya|Deneme yazısı}"]),
    ("ko", "sabip", ["{동영상을|게시물을|콘텐츠를} 불러올 수 없습니다{.| 다시 시도해 주세요.}", "{이 브라우저는 동영상 재생을 지원하지 않습니다|세션이 만료되었습니다|네트워크 오류}{.|}", "{임시 텍스트|제목을 입력하세요|테스트 게시물}"]),
    ("ar", "tadmin", ["{تعذّر تحميل الفيديو|تعذّر تحميل المنشور|تعذّر تحميل المحتوى}{.| يرجى المحاولة مرة أخرى.}", "{متصفحك لا يدعم تشغيل الفيديو|انتهت الجلسة|خطأ في الشبكة}{.|}", "{نص مؤقت|العنوان هنا|منشور تجريبي}"]),
    ("hi", "embed", ["{वीडियो|पोस्ट|कंटेंट} लोड नहीं हो सका{।| कृपया दोबारा कोशिश करें।}", "{आपका ब्राउज़र वीडियो सपोर्ट नहीं करता|सेशन समाप्त हो गया|नेटवर्क त्रुटि}{।|}", "{प्लेसहोल्डर टेक्स्ट|शीर्षक यहां|टेस्ट पोस्ट}"]),
):
    FAMILIES[_lang][_fam] = _t

# Session 4: consent-blocked embeds, session and rate-limit notices, placeholder text, in more scripts.
for _lang, _fam, _t in (
    ("en", "session-and-placeholder", [
        "{Your session has expired|You have been logged out|Too many requests}{.|}{| Please {sign in|try again} {again|later}.}",
        "{Something went wrong|Oops, something went wrong|We couldn't load this {content|video|module}|This content is unavailable}{.|!}{| Please try again later.| Reload the page.}",
        "{This video is not available in your country|This content is not available in your region|Video unavailable}{.|}",
        "{Lorem ipsum dolor sit amet|Placeholder text|[Insert caption here]|TK TK|{{headline}}|undefined|null|NaN}",
        "{To view this content|To see this post|To watch this video}, {please accept {social} cookies|enable third-party content|allow {social} in your privacy settings}{.|}",
    ]),
    ("de", "sitzung-platzhalter", [
        "{Ihre Sitzung ist abgelaufen|Sie wurden abgemeldet|Zu viele Anfragen}{.|}{| Bitte {melden Sie sich erneut an|versuchen Sie es später erneut}.}",
        "{Etwas ist schiefgelaufen|Der Inhalt konnte nicht geladen werden|Dieses Video ist nicht verfügbar}{.|}{| Bitte laden Sie die Seite neu.}",
        "{Um diesen Inhalt zu sehen|Zum Anzeigen dieses Beitrags}, {stimmen Sie bitte der Nutzung von {social} zu|aktivieren Sie externe Inhalte}{.|}",
        "{Platzhaltertext|[Bildunterschrift einfügen]|XXX|undefined}",
    ]),
    ("fr", "session-contenu", [
        "{Votre session a expiré|Vous avez été déconnecté|Une erreur est survenue}{.|}{| Veuillez réessayer plus tard.}",
        "{Ce contenu n'est pas disponible|Impossible de charger ce contenu|Vidéo indisponible}{.|}",
        "Pour afficher ce contenu, {acceptez les cookies {social}|activez les contenus tiers}{.|}",
    ]),
    ("ko", "oryu-2", [
        "{일시적인 오류가 발생했습니다|페이지를 불러올 수 없습니다|요청하신 페이지를 찾을 수 없습니다}{.|}{| 잠시 후 다시 시도해 주세요.}",
        "{세션이 만료되었습니다|로그인이 필요합니다}{.|}",
        "{이 동영상은 재생할 수 없습니다|해당 콘텐츠는 삭제되었습니다}{.|}",
    ]),
    ("ar", "khata-2", [
        "{حدث خطأ ما|تعذر تحميل المحتوى|الصفحة غير موجودة}{.|}{| يرجى المحاولة لاحقا.}",
        "{انتهت صلاحية الجلسة|يرجى تسجيل الدخول مجددا}{.|}",
        "{هذا الفيديو غير متاح في بلدك|المحتوى غير متوفر}{.|}",
    ]),
    ("hi", "truti-2", [
        "{कुछ गलत हो गया|सामग्री लोड नहीं हो सकी|पेज नहीं मिला}{।|}{| कृपया बाद में फिर प्रयास करें।}",
        "{आपका सत्र समाप्त हो गया है|कृपया फिर से लॉग इन करें}{।|}",
        "{यह वीडियो आपके देश में उपलब्ध नहीं है|यह सामग्री उपलब्ध नहीं है}{।|}",
    ]),
    ("ru", "sessiya-zaglushka", [
        "{Сессия истекла|Вы вышли из аккаунта|Что-то пошло не так}{.|}{| Попробуйте ещё раз позже.}",
        "{Не удалось загрузить материал|Видео недоступно в вашем регионе|Контент недоступен}{.|}",
        "Чтобы посмотреть {этот пост|это видео}, разрешите {cookies {social}|внешний контент}{.|}",
    ]),
    ("ja", "eraa-s4", [
        "{エラーが発生しました|読み込みに失敗しました|ページが見つかりません}{。|}{|しばらくしてから再度お試しください。}",
        "{セッションの有効期限が切れました|再度ログインしてください}{。|}",
        "{この動画はお住まいの地域では視聴できません|このコンテンツは削除されました}{。|}",
    ]),
    ("zh", "cuowu-tishi", [
        "{出错了|加载失败|页面不存在}{，请稍后重试|，请刷新页面|}{。|}",
        "{登录已过期|请重新登录}{。|}",
        "{该视频在您所在的地区不可用|该内容已被删除}{。|}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Fifth session: loading and embed failures, unavailable media, form validation and placeholder
# leftovers in other house styles (every name in the training part; the held-out families unchanged).
for _lang, _fam, _t in (
    ("en", "embed-failure-s5c", [
        "{This video is unavailable|This content is not available in your region|The media could not be loaded|This embed could not be displayed|This post is no longer available}{.|}",
        "{Something went wrong|Oops, something went wrong|We couldn't load this content|Loading failed}{. Try again|, please try again later|. Reload|.}",
        "{Please enable JavaScript to view this content|Your browser does not support the video tag|Update your browser to view this page}{.|}",
        "{Loading…|Loading...|Please wait…|Still loading}",
        "{undefined|null|NaN|[object Object]|%%TITLE%%|Lorem ipsum dolor sit amet}",
    ]),
    ("de", "einbettung-fehler-s5", [
        "{Dieses Video ist nicht verfügbar|Dieser Inhalt ist in Ihrer Region nicht verfügbar|Der Inhalt konnte nicht geladen werden|Dieser Beitrag ist nicht mehr verfügbar}{.|}",
        "{Etwas ist schiefgelaufen|Hoppla, da ist etwas schiefgegangen|Laden fehlgeschlagen}{. Bitte versuchen Sie es erneut|. Neu laden|.}",
        "{Bitte aktivieren Sie JavaScript|Ihr Browser unterstützt dieses Video nicht}{, um diesen Inhalt zu sehen|.}",
        "{Wird geladen …|Lädt...|Bitte warten …}",
    ]),
    ("fr", "integration-erreur-s5", [
        "{Cette vidéo n'est pas disponible|Ce contenu n'est pas disponible dans votre pays|Le contenu n'a pas pu être chargé|Cette publication n'est plus disponible}{.|}",
        "{Une erreur s'est produite|Oups, un problème est survenu|Échec du chargement}{. Veuillez réessayer| . Actualiser|.}",
        "{Veuillez activer JavaScript pour afficher ce contenu|Votre navigateur ne prend pas en charge la vidéo}{.|}",
        "{Chargement…|Chargement en cours...|Veuillez patienter…}",
    ]),
    ("es", "inserto-error-s5", [
        "{Este vídeo no está disponible|Este contenido no está disponible en tu región|No se pudo cargar el contenido|Esta publicación ya no está disponible}{.|}",
        "{Algo salió mal|Vaya, ha ocurrido un problema|Error al cargar}{. Inténtalo de nuevo|. Recargar|.}",
        "{Activa JavaScript para ver este contenido|Tu navegador no admite la reproducción de vídeo}{.|}",
        "{Cargando…|Cargando...|Espera un momento…}",
    ]),
    ("it", "incorporamento-errore-s5b", [
        "{Questo video non è disponibile|Contenuto non disponibile nel tuo paese|Impossibile caricare il contenuto|Questo post non è più disponibile}{.|}",
        "{Qualcosa è andato storto|Ops, si è verificato un problema|Caricamento non riuscito}{. Riprova|. Ricarica|.}",
        "{Attiva JavaScript per vedere questo contenuto|Il tuo browser non supporta il video}{.|}",
        "{Caricamento…|Caricamento in corso...|Attendere prego…}",
    ]),
    ("pt", "incorporacao-erro-s5b", [
        "{Este vídeo não está disponível|Conteúdo indisponível na sua região|Não foi possível carregar o conteúdo|Esta publicação não está mais disponível}{.|}",
        "{Algo deu errado|Ops, ocorreu um problema|Falha ao carregar}{. Tente novamente|. Recarregar|.}",
        "{Ative o JavaScript para ver este conteúdo|Seu navegador não suporta vídeo}{.|}",
        "{Carregando…|Carregando...|Aguarde…}",
    ]),
    ("nl", "insluiting-fout-s5c", [
        "{Deze video is niet beschikbaar|Deze inhoud is niet beschikbaar in jouw regio|De inhoud kon niet worden geladen|Dit bericht is niet meer beschikbaar}{.|}",
        "{Er ging iets mis|Oeps, er is een probleem opgetreden|Laden mislukt}{. Probeer het opnieuw|. Herladen|.}",
        "{Schakel JavaScript in om deze inhoud te bekijken|Je browser ondersteunt deze video niet}{.|}",
        "{Laden…|Bezig met laden...|Even geduld…}",
    ]),
    ("pl", "osadzenie-blad-s5b", [
        "{Ten film jest niedostępny|Treść niedostępna w Twoim regionie|Nie udało się załadować treści|Ten wpis nie jest już dostępny}{.|}",
        "{Coś poszło nie tak|Ups, wystąpił problem|Błąd ładowania}{. Spróbuj ponownie|. Odśwież|.}",
        "{Włącz JavaScript, aby zobaczyć tę treść|Twoja przeglądarka nie obsługuje wideo}{.|}",
        "{Ładowanie…|Trwa ładowanie...|Proszę czekać…}",
    ]),
    ("ru", "vstavka-oshibka-s5", [
        "{Это видео недоступно|Материал недоступен в вашем регионе|Не удалось загрузить содержимое|Эта публикация больше недоступна}{.|}",
        "{Что-то пошло не так|Упс, произошла ошибка|Ошибка загрузки}{. Попробуйте ещё раз|. Обновить|.}",
        "{Включите JavaScript, чтобы увидеть этот материал|Ваш браузер не поддерживает видео}{.|}",
        "{Загрузка…|Идёт загрузка...|Подождите…}",
    ]),
    ("ja", "umekomi-error-s5", [
        "{この動画は再生できません|お住まいの地域ではこのコンテンツをご利用いただけません|コンテンツを読み込めませんでした|この投稿は削除されました}{。|}",
        "{エラーが発生しました|問題が発生しました|読み込みに失敗しました}{。もう一度お試しください|。再読み込み|。}",
        "{このコンテンツを表示するにはJavaScriptを有効にしてください|お使いのブラウザは動画に対応していません}{。|}",
        "{読み込み中…|読み込んでいます...|しばらくお待ちください}",
    ]),
    ("zh", "qianru-cuowu-s5", [
        "{该视频无法播放|您所在的地区无法观看此内容|内容加载失败|该内容已被删除}{。|}",
        "{出错了|哎呀，出了点问题|加载失败}{，请稍后重试|，点击重新加载|。}",
        "{请启用JavaScript以查看此内容|您的浏览器不支持视频播放}{。|}",
        "{加载中…|正在加载...|请稍候…}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 8: one family of the category's commonest shapes in Ukrainian, Czech, Indonesian and Vietnamese, languages the bank had no lines of
# (written afresh; every name falls in the training part of the split).
_LANGS_S8 = {
 "uk": {
  "pomylka-s8": {
   "n": 30,
   "t": [
    "{Сталася помилка|Щось пішло не так}{. Спробуйте ще раз пізніше.|, оновіть сторінку.}",
    "Для роботи сайту потрібно увімкнути JavaScript.",
    "Не вдалося завантажити {коментарі|відео|вміст}."
   ]
  }
 },
 "cs": {
  "chyba-s8": {
   "n": 30,
   "t": [
    "{Došlo k chybě|Něco se pokazilo}{. Zkuste to prosím později.|, obnovte stránku.}",
    "Pro správné zobrazení stránky povolte JavaScript.",
    "Nepodařilo se načíst {komentáře|video|obsah}."
   ]
  }
 },
 "id": {
  "kesalahan-s8": {
   "n": 30,
   "t": [
    "{Terjadi kesalahan|Ada yang salah}{. Silakan coba lagi nanti.|, muat ulang halaman.}",
    "Aktifkan JavaScript untuk melihat konten ini.",
    "Gagal memuat {komentar|video|konten}."
   ]
  }
 },
 "vi": {
  "loi-s8": {
   "n": 30,
   "t": [
    "{Đã xảy ra lỗi|Có lỗi xảy ra}{. Vui lòng thử lại sau.|, hãy tải lại trang.}",
    "Vui lòng bật JavaScript để xem nội dung này.",
    "Không thể tải {bình luận|video|nội dung}."
   ]
  }
 }
}
for _lang, _fams in _LANGS_S8.items():
    FAMILIES.setdefault(_lang, {}).update(_fams)
