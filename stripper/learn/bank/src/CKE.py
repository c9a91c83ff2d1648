"""CKE: cookie and consent banners, their buttons and settings panels."""

FAMILIES = {
    "en": {
        "we-use-cookies": [
            "{We use cookies|We and our partners use cookies|This website uses cookies|This site uses cookies|Our website uses cookies|{brand} uses cookies} {to improve your experience on our website|to give you the best experience|to personalise content and ads|to analyse our traffic|to ensure you get the best experience on our website|and similar technologies}{.|. Learn more}",
            "We use cookies to ensure that we give you the best experience on our website{.|. If you continue to use this site we will assume that you are happy with it.}",
            "{Cookies help us|We use cookies to help us} {deliver our services|provide, protect and improve our products|understand how you use our site}{.|. By using our services, you agree to our use of cookies.}",
            "{This website|This site} {stores|uses} {cookies|data such as cookies} {on your computer|on your device} {to enable essential site functionality|to remember your preferences|for analytics and marketing}{.|}",
            "{We care about your privacy|Your privacy matters to us|We value your privacy}{.|}{| We use cookies to improve your experience.}",
        ],
        "continue-agree": [
            "By {continuing to browse|continuing to use this site|using our site|clicking “Accept all”|clicking Accept|browsing this website}, you {agree to|consent to|accept} {our use of cookies|the use of cookies|the storing of cookies on your device}{.| in accordance with our Cookie Policy.}",
            "By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation, analyze site usage, and assist in our marketing efforts{.|}",
            "{If you continue|If you carry on} {to use this site|browsing}, we'll assume {you're happy with it|you accept cookies|you're OK with this}{.|}",
            "{You can change|You can update|You may withdraw} your {cookie settings|consent|preferences} at any time {via|in} {the Privacy settings link|our Cookie Policy|the footer|Manage preferences}{.|}",
        ],
        "partners-legal": [
            "{We and our {n3} partners|We and our {n3} vendors|We and our partners} {store and/or access information on a device|process personal data|use precise geolocation data}{, such as cookies|, such as unique identifiers in cookies|}{.|}",
            "{Personalised|Personalized} {ads and content|advertising}, {ad and content measurement|audience research} and {services development|product development}",
            "Some partners do not ask for your consent to process your data and rely on their legitimate business interest{.|. You can object to this by clicking \"Manage options\".}",
            "{Store and/or access information on a device|Use limited data to select advertising|Create profiles for personalised advertising|Measure content performance|Understand audiences through statistics|Develop and improve services}",
            "{List of partners (vendors)|View our {n3} partners|Vendor list|Legitimate interest|IAB Transparency & Consent Framework}",
            "{Your choices|Your consent choices} {will be|are} {applied|signalled} to {our partners|all participating vendors}{| and will not affect browsing data}{.|}",
        ],
        "buttons": [
            "{Accept|Accept all|Accept All Cookies|Accept cookies|Allow all|Allow cookies|I agree|I accept|Agree|Got it|Got it!|OK|Okay|Continue|Agree and close|Accept and close|Agree & continue}",
            "{Reject|Reject all|Decline|Decline all|Deny|Refuse|Reject non-essential|Only necessary cookies|Use necessary cookies only|Continue without accepting}",
            "{Manage cookies|Manage preferences|Manage options|Manage settings|Cookie settings|Cookie preferences|Customise|Customize|More options|Show purposes|Show details|Save preferences|Save and exit|Confirm my choices}",
            "{Accept all{ · | \\| | / }Reject all|Reject all{ · | \\| | / }Accept all|Accept all{ · | \\| | / }Manage preferences|Manage preferences{ · | \\| | / }Accept all}",
        ],
        "settings-panel": [
            "{Strictly necessary cookies|Necessary cookies|Essential cookies|Functional cookies|Performance cookies|Analytics cookies|Targeting cookies|Advertising cookies|Marketing cookies|Social media cookies|Preference cookies}",
            "{These cookies|This type of cookie} {are|is} {necessary for the website to function and cannot be switched off|used to measure and improve the performance of our site|set by our advertising partners|used to remember your choices}{.|}",
            "{Always active|Always Active|Required|On|Off|Enabled|Disabled}",
            "{Cookie Policy|Cookie Notice|Cookie Settings|Privacy Preference Center|Privacy settings|Cookie declaration|Cookie consent|Consent preferences}",
            "{Cookie|Cookies} {details|list|duration}{: | – }{num} {days|months|year}",
            "{Powered by|Consent managed by} {OneTrust|Cookiebot|Didomi|Usercentrics|Quantcast Choice|TrustArc}",
        ],
        "short-notice": [
            "{🍪 |}{This site uses cookies|We use cookies|Cookies on {brand}}{.|:} {Learn more|More info|Find out more|Read our cookie policy}",
            "{Cookies|Cookie notice|Privacy notice}{:| –} {we use them to improve your experience|some are essential, others help us improve|you're in control}{.|}",
            "{Do you accept cookies?|Can we use cookies?|Are you happy to accept cookies?|Let us know you agree to cookies}",
            "{Tell us whether you accept cookies|We'd like to set additional cookies|We'd like to use analytics cookies}{.|} {We use essential cookies to make our site work|Essential cookies keep the site working}{.|}",
            "{Do not sell or share my personal information|Do Not Sell My Personal Information|Your privacy choices|California privacy rights|Opt out of sale}",
        ],
    },
    "de": {
        "wir-cookies": [
            "{Wir verwenden Cookies|Diese Website verwendet Cookies|Diese Seite nutzt Cookies|Wir nutzen Cookies und ähnliche Technologien|{brand} verwendet Cookies} {, um Ihnen das beste Nutzererlebnis zu bieten|, um Inhalte und Anzeigen zu personalisieren|, um die Zugriffe auf unsere Website zu analysieren|für Analyse- und Marketingzwecke|}{.|}",
            "{Wir und unsere Partner|Wir und unsere {n3} Partner} {speichern|verarbeiten} {und/oder greifen auf Informationen auf einem Gerät zu|personenbezogene Daten, z. B. IP-Adressen}{.|}",
            "Wir respektieren Ihre Privatsphäre{.|}",
            "{Ihre Privatsphäre ist uns wichtig|Datenschutz ist uns wichtig|Zustimmung zur Nutzung von Cookies}{.|}",
        ],
        "zustimmung": [
            "{Mit der Nutzung dieser Website|Durch die weitere Nutzung der Seite|Mit Klick auf „Alle akzeptieren“|Wenn Sie auf „Akzeptieren“ klicken,} {stimmen Sie der Verwendung von Cookies zu|willigen Sie in die Verarbeitung Ihrer Daten ein|erklären Sie sich mit der Verwendung von Cookies einverstanden}{.|}",
            "{Sie können Ihre Einwilligung|Ihre Einwilligung können Sie} jederzeit {widerrufen|in den Privatsphäre-Einstellungen ändern|über den Link „Datenschutz“ anpassen}{.|}",
            "{Weitere Informationen|Mehr Informationen|Details} {finden Sie in unserer|zu Cookies in unserer|zur Verarbeitung in der} Datenschutzerklärung{.|}",
            "{Einige Partner|Manche unserer Partner} {verarbeiten Ihre Daten|berufen sich} auf Grundlage eines berechtigten Interesses{.|, dem Sie widersprechen können.}",
        ],
        "buttons": [
            "{Akzeptieren|Alle akzeptieren|Alle Cookies akzeptieren|Zustimmen|Zustimmen und weiter|Einverstanden|OK|Verstanden|Alles klar|Akzeptieren und schließen}",
            "{Ablehnen|Alle ablehnen|Nur notwendige Cookies|Nur essenzielle Cookies akzeptieren|Ohne Zustimmung fortfahren|Weiter ohne Einwilligung}",
            "{Einstellungen|Cookie-Einstellungen|Einstellungen verwalten|Individuelle Datenschutzeinstellungen|Auswahl speichern|Details anzeigen|Mehr Optionen|Anpassen}",
            "{Alle akzeptieren{ · | \\| }Einstellungen|Ablehnen{ · | \\| }Alle akzeptieren|Einstellungen{ · | \\| }Akzeptieren|Alle akzeptieren{ · | \\| }Alle ablehnen}",
        ],
        "einstellungen": [
            "{Notwendige Cookies|Essenzielle Cookies|Funktionale Cookies|Statistik-Cookies|Marketing-Cookies|Externe Medien|Präferenzen|Analyse-Cookies}",
            "{Diese Cookies|Essenzielle Cookies} {sind für den Betrieb der Website erforderlich|ermöglichen grundlegende Funktionen|helfen uns, die Nutzung der Website zu verstehen}{.|}",
            "{Immer aktiv|Aktiv|Inaktiv|Erforderlich}",
            "{Cookie-Richtlinie|Cookie-Hinweis|Privatsphäre-Einstellungen|Datenschutz-Einstellungen|Cookie-Erklärung|Einwilligungsverwaltung}",
        ],
        "pur-abo": [
            "{Werbefrei lesen mit PUR|Mit PUR-Abo werbefrei|Zustimmen oder PUR-Abo abschließen}{.|}",
            "{Nutzen Sie {brand} mit Werbung und Tracking|Lesen Sie {brand} wie gewohnt mit Werbung} {oder werbefrei für {sub} im Monat|– stimmen Sie dazu der Nutzung von Cookies zu}{.|}",
            "{Sie haben die Wahl|Ihre Wahl}{:| –} {Mit Werbung lesen oder PUR-Abo|Zustimmen oder abonnieren}",
        ],
        "kurz": [
            "{🍪 |}{Diese Website nutzt Cookies|Wir verwenden Cookies|Cookies auf {brand}}{.|:} {Mehr erfahren|Mehr Infos|Datenschutzerklärung}",
            "{Cookie-Hinweis|Cookies|Datenschutzhinweis}{:| –} {Wir verwenden Cookies, um unsere Website zu verbessern|Einige sind notwendig, andere helfen uns}{.|}",
        ],
    },
    "fr": {
        "cookies": [
            "{Nous utilisons des cookies|Ce site utilise des cookies|Ce site web utilise des cookies|{brand} utilise des cookies} {pour améliorer votre expérience|pour vous proposer des contenus personnalisés|à des fins de mesure d'audience|et technologies similaires}{.|}",
            "{Nous et nos partenaires|Nous et nos {n3} partenaires} {stockons et/ou accédons à des informations sur un appareil|traitons des données personnelles}{.|}",
            "{En poursuivant votre navigation|En continuant à naviguer sur ce site|En cliquant sur « Tout accepter »}, vous {acceptez l'utilisation des cookies|consentez au dépôt de cookies}{.|}",
            "{Vous pouvez modifier vos choix|Vous pouvez retirer votre consentement} à tout moment {dans les paramètres|via le lien « Gérer les cookies »}{.|}",
            "{Le respect de votre vie privée est notre priorité|Vos données, vos choix}{.|}",
        ],
        "boutons": [
            "{Accepter|Tout accepter|Accepter et fermer|J'accepte|OK pour moi|Continuer sans accepter|Tout refuser|Refuser|Personnaliser|Paramétrer les cookies|Gérer mes choix|Enregistrer mes choix|En savoir plus}",
            "{Cookies strictement nécessaires|Cookies de mesure d'audience|Cookies publicitaires|Cookies fonctionnels|Toujours actifs}",
            "{Politique de cookies|Gestion des cookies|Paramètres des cookies|Centre de préférences}",
        ],
        "cookie-wall": [
            "{Acceptez les cookies ou abonnez-vous|Pour accéder au site, acceptez les cookies ou souscrivez à notre offre sans publicité}{.|}",
            "{Continuer avec la publicité|Accéder au site sans publicité pour {sub} par mois}",
        ],
    },
    "es": {
        "cookies": [
            "{Utilizamos cookies|Usamos cookies|Este sitio web utiliza cookies|Esta web usa cookies|{brand} utiliza cookies} {para mejorar tu experiencia|propias y de terceros|para personalizar el contenido y los anuncios|con fines analíticos}{.|}",
            "{Nosotros y nuestros socios|Nosotros y nuestros {n3} socios} {almacenamos o accedemos a información en un dispositivo|tratamos datos personales}{.|}",
            "{Si continúas navegando|Al seguir navegando|Al hacer clic en «Aceptar todo»}, {aceptas el uso de cookies|consideramos que aceptas su uso}{.|}",
            "Puedes cambiar {la configuración|tus preferencias} {en cualquier momento|u obtener más información en nuestra política de cookies}{.|}",
        ],
        "botones": [
            "{Aceptar|Aceptar todo|Aceptar todas|Acepto|Entendido|Rechazar|Rechazar todo|Configurar|Configuración de cookies|Gestionar preferencias|Guardar preferencias|Más información|Continuar sin aceptar}",
            "{Cookies estrictamente necesarias|Cookies de análisis|Cookies publicitarias|Cookies de personalización|Siempre activas}",
            "{Política de cookies|Configuración de cookies|Panel de preferencias}",
        ],
        "muro-cookies": [
            "{Acepta las cookies o suscríbete|Para seguir leyendo, acepta las cookies o suscríbete por {sub}}{.|}",
            "{Tu privacidad es importante para nosotros|Valoramos tu privacidad}{.|}",
        ],
    },
    "it": {
        "cookies": [
            "{Utilizziamo i cookie|Questo sito utilizza cookie|Questo sito usa cookie tecnici e di profilazione|{brand} utilizza i cookie} {per migliorare la tua esperienza|per personalizzare contenuti e annunci|per finalità statistiche}{.|}",
            "{Noi e i nostri partner|Noi e {n3} terze parti selezionate} {archiviamo e/o accediamo a informazioni su un dispositivo|utilizziamo cookie o tecnologie simili}{.|}",
            "{Continuando la navigazione|Chiudendo questo banner|Cliccando su «Accetta»}, {acconsenti all'uso dei cookie|accetti l'uso dei cookie}{.|}",
            "Puoi modificare le tue scelte in qualsiasi momento {dalla pagina Cookie policy|tramite il link in fondo alla pagina}{.|}",
        ],
        "pulsanti": [
            "{Accetta|Accetta tutto|Accetta tutti|Accetto|Ho capito|Rifiuta|Rifiuta tutto|Personalizza|Impostazioni cookie|Gestisci preferenze|Salva le preferenze|Scopri di più|Continua senza accettare}",
            "{Cookie strettamente necessari|Cookie analitici|Cookie di profilazione|Cookie di marketing|Sempre attivi}",
            "{Cookie policy|Informativa sui cookie|Preferenze privacy}",
        ],
        "cookie-wall": ["{Accetta i cookie o abbonati|Per continuare accetta i cookie oppure abbonati a {sub}}{.|}", "{La tua privacy è importante per noi|Rispettiamo la tua privacy}{.|}"],
    },
    "pt": {
        "cookies": [
            "{Usamos cookies|Utilizamos cookies|Este site usa cookies|Este site utiliza cookies|{brand} utiliza cookies} {para melhorar sua experiência|para melhorar a sua experiência|para personalizar conteúdo e anúncios|para fins estatísticos}{.|}",
            "{Nós e os nossos parceiros|Nós e nossos {n3} parceiros} {armazenamos e/ou acedemos a informações num dispositivo|tratamos dados pessoais}{.|}",
            "{Ao continuar navegando|Ao continuar a navegar|Ao clicar em “Aceitar”}, você {concorda com o uso de cookies|aceita a nossa Política de Cookies}{.|}",
            "{Você pode alterar|Pode alterar} suas preferências a qualquer momento{.|}",
        ],
        "botoes": [
            "{Aceitar|Aceitar todos|Aceito|Entendi|Concordo|Rejeitar|Rejeitar todos|Configurar|Configurações de cookies|Gerenciar preferências|Salvar preferências|Saiba mais|Continuar sem aceitar}",
            "{Cookies estritamente necessários|Cookies de desempenho|Cookies de publicidade|Cookies funcionais|Sempre ativos}",
            "{Política de cookies|Preferências de privacidade|Definições de cookies}",
        ],
        "privacidade": ["{Sua privacidade é importante para nós|Respeitamos a sua privacidade}{.|}", "{Este site usa cookies e tecnologias semelhantes, conforme nossa Política de Privacidade|Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade}{.|}"],
    },
    "nl": {
        "cookies": [
            "{Wij gebruiken cookies|Deze website gebruikt cookies|Deze site maakt gebruik van cookies|{brand} gebruikt cookies} {om je ervaring te verbeteren|om content en advertenties te personaliseren|voor analyse en marketing}{.|}",
            "{Wij en onze partners|Wij en onze {n3} partners} {slaan informatie op en/of openen informatie op een apparaat|verwerken persoonsgegevens}{.|}",
            "{Door verder te gaan op deze website|Door op „Akkoord” te klikken}, ga je akkoord met het gebruik van cookies{.|}",
            "Je kunt je {keuze|toestemming} op elk moment wijzigen {via Privacy-instellingen|onderaan de pagina}{.|}",
        ],
        "knoppen": [
            "{Accepteren|Alles accepteren|Akkoord|Ik ga akkoord|Oké|Weigeren|Alles weigeren|Instellingen|Cookie-instellingen|Voorkeuren beheren|Voorkeuren opslaan|Meer informatie|Doorgaan zonder te accepteren}",
            "{Noodzakelijke cookies|Functionele cookies|Analytische cookies|Marketingcookies|Altijd actief}",
            "{Cookiebeleid|Cookieverklaring|Privacyvoorkeuren}",
        ],
        "privacy": ["{Jouw privacy is belangrijk voor ons|Wij respecteren je privacy}{.|}", "{Wij vragen je toestemming voor cookies|Mogen wij cookies plaatsen?}"],
    },
    "pl": {
        "cookies": [
            "{Używamy plików cookies|Ta strona korzysta z plików cookie|Serwis wykorzystuje pliki cookies|{brand} używa plików cookie} {, aby zapewnić Ci najlepsze doświadczenia|w celu personalizacji treści i reklam|w celach statystycznych|}{.|}",
            "{My i nasi partnerzy|My i nasi zaufani partnerzy ({n3})} {przechowujemy informacje na urządzeniu i/lub uzyskujemy do nich dostęp|przetwarzamy dane osobowe}{.|}",
            "{Korzystając z serwisu|Kontynuując przeglądanie strony|Klikając „Akceptuję”}, {zgadzasz się na użycie plików cookies|wyrażasz zgodę na przetwarzanie danych}{.|}",
            "{Możesz zmienić ustawienia|Zgodę możesz wycofać} w dowolnym momencie{ w ustawieniach przeglądarki|}{.|}",
        ],
        "przyciski": [
            "{Akceptuję|Akceptuj wszystkie|Zgadzam się|Przejdź do serwisu|OK|Odrzuć|Odrzuć wszystkie|Ustawienia|Ustawienia cookies|Zarządzaj preferencjami|Zapisz ustawienia|Więcej informacji}",
            "{Niezbędne pliki cookies|Analityczne pliki cookies|Marketingowe pliki cookies|Zawsze aktywne}",
            "{Polityka cookies|Polityka prywatności i cookies|Ustawienia prywatności}",
        ],
        "prywatnosc": ["{Dbamy o Twoją prywatność|Twoja prywatność jest dla nas ważna}{.|}", "{Zanim przejdziesz do serwisu|Zanim klikniesz „Akceptuję”}, zapoznaj się z informacjami o przetwarzaniu danych{.|}"],
    },
    "ru": {
        "cookies": [
            "{Мы используем файлы cookie|Сайт использует файлы cookie|Этот сайт использует cookie|{brand} использует файлы cookie} {, чтобы сделать сайт удобнее|для улучшения работы сайта|для аналитики и персонализации|}{.|}",
            "{Продолжая пользоваться сайтом|Оставаясь на сайте|Нажимая «Принять»}, вы {соглашаетесь с использованием файлов cookie|даёте согласие на обработку персональных данных}{.|}",
            "Подробнее {в Политике конфиденциальности|о cookie — в нашей политике}{.|}",
            "{Мы обрабатываем cookie|Сайт обрабатывает cookie} {в соответствии с политикой|согласно 152-ФЗ}{.|}",
        ],
        "knopki": [
            "{Принять|Принять все|Согласен|Хорошо|Понятно|ОК|Отклонить|Настроить|Настройки cookie|Сохранить настройки|Подробнее}",
            "{Необходимые cookie|Аналитические cookie|Рекламные cookie|Функциональные cookie|Всегда активны}",
            "{Политика использования cookie|Политика конфиденциальности|Настройки конфиденциальности}",
        ],
        "korotko": ["{🍪 |}{Мы используем cookie|На сайте используются cookie}{.|} {Подробнее|Узнать больше}", "{Ваша конфиденциальность важна для нас|Мы заботимся о ваших данных}{.|}"],
    },
    "ja": {
        "cookie": [
            "{当サイトではCookieを使用しています|本サイトはクッキーを利用しています|当ウェブサイトはCookieを使用します|{brand}はCookieを利用しています}{。|}{|サイトの利便性向上のためにCookieを使用しています。}",
            "{このサイトを引き続きご利用いただくことで|「同意する」をクリックすると}、{Cookieの使用に同意したものとみなします|Cookieの利用に同意いただいたことになります}{。|}",
            "{Cookieの設定は|同意はいつでも}{いつでも変更できます|撤回できます}{。|}",
            "{詳しくは|詳細は}{プライバシーポリシー|Cookieポリシー}をご覧ください{。|}",
        ],
        "button": [
            "{同意する|すべて同意する|同意して閉じる|OK|閉じる|拒否する|すべて拒否|設定|Cookie設定|設定を保存|詳細を見る}",
            "{必須Cookie|分析用Cookie|広告用Cookie|機能性Cookie|常に有効}",
            "{Cookieポリシー|クッキーポリシー|プライバシー設定}",
        ],
        "tanshuku": ["{🍪 |}{Cookieを使用しています|クッキーについて}{。|：}{詳しくはこちら|プライバシーポリシー}"],
    },
    "zh": {
        "cookie": [
            "{本网站使用Cookie|我们使用Cookie|本站使用cookies|{brand}使用Cookie}{来改善您的浏览体验|以提供更好的服务|用于统计和个性化推荐|}{。|}",
            "{继续浏览本网站|点击“接受”}{即表示|表示}您同意我们使用Cookie{。|}",
            "您可以随时在{Cookie设置|隐私设置}中{更改|撤回}您的选择{。|}",
            "{详情请参阅|了解更多请查看}我们的{隐私政策|Cookie政策}{。|}",
        ],
        "anniu": [
            "{接受|全部接受|同意|我知道了|确定|拒绝|全部拒绝|设置|Cookie设置|保存设置|了解更多}",
            "{必要Cookie|分析Cookie|广告Cookie|功能Cookie|始终启用}",
            "{Cookie政策|隐私政策|隐私设置}",
        ],
        "duanxiao": ["{我们重视您的隐私|您的隐私对我们很重要}{。|}", "{本网站使用Cookie，继续访问即视为同意|为了给您更好的体验，本站使用Cookie}{。|}"],
    },
    "sv": {"kakor": ["{Vi använder kakor (cookies)|Den här webbplatsen använder cookies} {för att förbättra din upplevelse|}{.|}", "{Godkänn alla|Acceptera|Neka|Inställningar för cookies|Endast nödvändiga}"]},
    "tr": {"cerez": ["{Bu web sitesi çerezler kullanmaktadır|Size daha iyi hizmet sunmak için çerezler kullanıyoruz}{.|}", "{Kabul et|Tümünü kabul et|Reddet|Çerez ayarları|Yalnızca gerekli çerezler}"]},
    "ko": {"kuki": ["{이 웹사이트는 쿠키를 사용합니다|더 나은 서비스를 위해 쿠키를 사용합니다}{.|}", "{모두 수락|동의|거부|쿠키 설정|필수 쿠키만 허용}"]},
    "ar": {"kuki": ["{يستخدم هذا الموقع ملفات تعريف الارتباط|نستخدم ملفات تعريف الارتباط لتحسين تجربتك}{.|}", "{قبول الكل|موافق|رفض|إعدادات ملفات تعريف الارتباط}"]},
    "hi": {"cookie": ["{यह वेबसाइट कुकीज़ का उपयोग करती है|हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं}{।|}", "{सभी स्वीकार करें|स्वीकार करें|अस्वीकार करें|कुकी सेटिंग्स}"]},
}

_MORE = {
    "fr": {"finalites": ["{Stocker et/ou accéder à des informations sur un appareil|Publicités et contenu personnalisés|Mesure de performance des publicités et du contenu|Études d'audience|Développement de services}", "{Ces cookies|Les cookies nécessaires} {sont indispensables au fonctionnement du site|permettent de mesurer l'audience|sont déposés par nos partenaires publicitaires}{.|}", "{Liste des partenaires (fournisseurs)|Intérêt légitime|Voir nos {n3} partenaires}"]},
    "es": {"finalidades": ["{Almacenar o acceder a información en un dispositivo|Anuncios y contenido personalizados|Medición de anuncios y contenido|Estudios de audiencia|Desarrollo de productos}", "{Estas cookies|Las cookies necesarias} {son imprescindibles para el funcionamiento de la web|nos permiten medir la audiencia|las instalan nuestros socios publicitarios}{.|}", "{Lista de socios (proveedores)|Interés legítimo|Ver nuestros {n3} socios}"]},
    "it": {"finalita": ["{Archiviare e/o accedere a informazioni su un dispositivo|Annunci e contenuti personalizzati|Misurazione di annunci e contenuti|Ricerche sul pubblico|Sviluppo di servizi}", "{Questi cookie|I cookie tecnici} {sono necessari al funzionamento del sito|ci permettono di misurare il traffico|sono installati dai nostri partner pubblicitari}{.|}", "{Elenco dei partner (fornitori)|Legittimo interesse|Vedi i nostri {n3} partner}"]},
    "pt": {"finalidades": ["{Armazenar e/ou aceder a informações num dispositivo|Anúncios e conteúdo personalizados|Medição de anúncios e conteúdo|Estudos de audiência|Desenvolvimento de serviços}", "{Estes cookies|Os cookies necessários} {são essenciais para o funcionamento do site|permitem medir a audiência|são definidos pelos nossos parceiros de publicidade}{.|}", "{Lista de parceiros (fornecedores)|Interesse legítimo|Ver os nossos {n3} parceiros}"]},
    "nl": {"doeleinden": ["{Informatie op een apparaat opslaan en/of openen|Gepersonaliseerde advertenties en content|Advertentie- en contentmeting|Doelgroeponderzoek|Ontwikkeling van diensten}", "{Deze cookies|Noodzakelijke cookies} {zijn nodig om de website te laten werken|helpen ons het bezoek te meten|worden geplaatst door onze advertentiepartners}{.|}", "{Lijst met partners (leveranciers)|Gerechtvaardigd belang|Bekijk onze {n3} partners}"]},
    "pl": {"cele": ["{Przechowywanie informacji na urządzeniu lub dostęp do nich|Spersonalizowane reklamy i treści|Pomiar reklam i treści|Badanie odbiorców|Rozwój usług}", "{Te pliki cookies|Niezbędne pliki cookies} {są konieczne do działania serwisu|pozwalają mierzyć ruch|są instalowane przez naszych partnerów reklamowych}{.|}", "{Lista partnerów (dostawców)|Prawnie uzasadniony interes|Zobacz naszych {n3} partnerów}"]},
    "ru": {"tseli": ["{Хранение информации на устройстве и доступ к ней|Персонализированная реклама и контент|Измерение эффективности рекламы|Исследование аудитории|Развитие сервисов}", "{Эти файлы cookie|Необходимые cookie} {нужны для работы сайта|помогают нам измерять посещаемость|устанавливаются рекламными партнёрами}{.|}", "{Список партнёров|Законный интерес|Посмотреть {n3} партнёров}"]},
    "ja": {"mokuteki": ["{端末への情報の保存およびアクセス|パーソナライズされた広告とコンテンツ|広告とコンテンツの測定|オーディエンス調査|サービスの開発}", "{これらのCookie|必須Cookie}は{サイトの機能に必要です|アクセス解析に使用されます|広告パートナーによって設定されます}{。|}", "{パートナー一覧|正当な利益|{n3}社のパートナーを表示}"]},
    "zh": {"mudi": ["{在设备上存储和/或访问信息|个性化广告和内容|广告和内容效果衡量|受众研究|服务开发}", "{这些Cookie|必要Cookie}{是网站正常运行所必需的|用于统计访问量|由我们的广告合作伙伴设置}{。|}", "{合作伙伴列表|合法权益|查看{n3}家合作伙伴}"]},
}
for _lang, _fams in _MORE.items():
    FAMILIES[_lang].update(_fams)

FAMILIES["en"].update({
    "consent-or-pay": [
        "{Accept cookies or subscribe|Consent or pay|Read with ads or go ad-free} {to continue|to keep reading|}{.|}",
        "{To continue reading|To use {brand}} {for free|}, {please accept cookies|accept personalised advertising} or {subscribe for {sub} a month|choose our ad-free plan}{.|}",
        "{Continue with ads|Subscribe ad-free|Accept and continue|Reject and subscribe}",
        "{Already an ad-free subscriber?|Already have an ad-free subscription?} {Log in|Sign in}",
    ],
})

for _lang, _fam, _t in (
    ("sv", "installningar", ["{Nödvändiga cookies|Statistikcookies|Marknadsföringscookies|Alltid aktiva}", "{Genom att klicka på ”Godkänn alla” samtycker du till att cookies lagras på din enhet|Du kan när som helst ändra ditt samtycke}{.|}", "{Cookiepolicy|Hantera inställningar|Spara val}"]),
    ("tr", "ayarlar", ["{Zorunlu çerezler|Analitik çerezler|Pazarlama çerezleri|Her zaman etkin}", "{“Tümünü kabul et”e tıklayarak çerezlerin cihazınızda saklanmasını kabul edersiniz|Onayınızı istediğiniz zaman değiştirebilirsiniz}{.|}", "{Çerez politikası|Tercihleri yönet|Seçimleri kaydet}"]),
    ("ko", "seoljeong", ["{필수 쿠키|분석 쿠키|마케팅 쿠키|항상 활성}", "{‘모두 수락’을 클릭하면 쿠키 저장에 동의하게 됩니다|언제든지 동의를 변경할 수 있습니다}{.|}", "{쿠키 정책|환경설정 관리|선택 저장}"]),
    ("ar", "idadat", ["{ملفات تعريف الارتباط الضرورية|ملفات تعريف الارتباط التحليلية|ملفات تعريف الارتباط التسويقية|نشطة دائمًا}", "{بالنقر على «قبول الكل» فإنك توافق على تخزين ملفات تعريف الارتباط على جهازك|يمكنك تغيير موافقتك في أي وقت}{.|}", "{سياسة ملفات تعريف الارتباط|إدارة التفضيلات|حفظ الاختيارات}"]),
    ("hi", "settings", ["{ज़रूरी कुकीज़|एनालिटिक्स कुकीज़|मार्केटिंग कुकीज़|हमेशा सक्रिय}", "{“सभी स्वीकार करें” पर क्लिक करके आप कुकीज़ स्टोर करने की अनुमति देते हैं|आप कभी भी अपनी सहमति बदल सकते हैं}{।|}", "{कुकी नीति|प्राथमिकताएं प्रबंधित करें|विकल्प सहेजें}"]),
):
    FAMILIES[_lang][_fam] = _t

# Session 8: one family of the category's commonest shapes in Ukrainian, Czech, Indonesian and Vietnamese, languages the bank had no lines of
# (written afresh; every name falls in the training part of the split).
_LANGS_S8 = {
 "uk": {
  "faily-cookie-s8b": {
   "n": 30,
   "t": [
    "Ми використовуємо файли cookie, щоб покращити роботу сайту{.|. Продовжуючи, ви погоджуєтеся з цим.}",
    "{Прийняти всі|Прийняти|Відхилити|Налаштування cookie}",
    "Цей сайт використовує cookies{| для аналітики та реклами}"
   ]
  }
 },
 "cs": {
  "soubory-cookies-s8": {
   "n": 30,
   "t": [
    "Tento web používá soubory cookies{| k analýze návštěvnosti a personalizaci reklam}.",
    "{Přijmout vše|Odmítnout vše|Nastavení cookies|Souhlasím}",
    "Kliknutím na „Přijmout vše“ souhlasíte s ukládáním cookies ve vašem zařízení."
   ]
  }
 },
 "id": {
  "kuki-s8": {
   "n": 30,
   "t": [
    "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda{.|. Dengan melanjutkan, Anda menyetujui penggunaan cookie.}",
    "{Terima semua|Tolak|Pengaturan cookie|Setuju}",
    "Kami menggunakan cookie{| untuk analitik dan iklan}."
   ]
  }
 },
 "vi": {
  "cookie-vi-s8c": {
   "n": 30,
   "t": [
    "Trang web sử dụng cookie để cải thiện trải nghiệm của bạn{.|. Bằng việc tiếp tục, bạn đồng ý với điều này.}",
    "{Chấp nhận tất cả|Từ chối|Cài đặt cookie|Đồng ý}",
    "Chúng tôi sử dụng cookie{| cho mục đích phân tích và quảng cáo}."
   ]
  }
 }
}
for _lang, _fams in _LANGS_S8.items():
    FAMILIES.setdefault(_lang, {}).update(_fams)
