"""SOC: follow/share prompts, reader-feedback calls, share and comment labels, comment-widget text."""

FAMILIES = {
    "en": {
        "follow-brand": [
            "Follow {brand} on {Google News|Google Discover|Flipboard|{social}}{| to get our up-to-date news, analysis and reviews in your feeds}{.|}",
            "{Follow|Like|Find} {us|{brand}} on {social}{| and {social}}{| for the latest {news|deals|updates|reviews}}{.|!|}",
            "{Add {brand} as a preferred source|Make {brand} a preferred source|Choose {brand} as a preferred source} on Google{.|}",
            "{Follow|Subscribe to} {handle} {on {social}|for more}{.|}",
            "{Join us on {social}|Join our {social} community|Join our {social} group|Join our {social} channel}{| for daily updates}",
            "{Stay connected|Connect with us|Keep up with us|Find us elsewhere}{:|} {social}{ · | \\| |, }{social}{ · | \\| |, }{social}",
            "{Get|Receive} {breaking news|our latest stories} {on|via} {WhatsApp|Telegram}{: join our channel| — tap to join}",
            "Subscribe to our YouTube channel{| for more {topic} videos}{.|!}",
        ],
        "tell-us": [
            "{What do you think?|What are your thoughts?|Do you agree?|Got thoughts?|Have your say.} {Let us know|Tell us|Drop us a line|Tweet us|Get in touch} {in the comments|in the comments below|{handle}|on {social}|at {handle}|via {social}}{.|!}",
            "{Let us know|Tell us|Share your thoughts|Sound off} {what you think|your thoughts} in the comments{ below|}{.|!}",
            "{Are you excited about|What do you make of|Would you buy} the {product}? {Drop us a line|Let us know|Tell us} {handle} on {social}.",
            "{Have you tried|Are you going to buy|Will you be picking up|Did you upgrade to} the {product}? {Let us know|Tell us} {in the comments|on {social}|{handle}}{.|!}",
            "{Tweet|Message|DM|Email} us {handle}{| with your thoughts| and let us know what you think}{.|}",
            "{Got a tip?|Got a story?|Know more?|Have a news tip?} {Email us at tips@example.com|Contact our newsroom|Let us know securely|Get in touch}{.|}",
            "{We'd love to hear from you|We want to hear from you}{.|!} {Leave a comment below|Share your experience in the comments|Write to us on {social}}{.|}",
        ],
        "share-labels": [
            "{Share|Share this|Share this article|Share this story|Share on {social}|Share via email|Copy link|Link copied!|Tweet|Pin it|Email|Print|Save|Save article|Gift this article|Share full article}",
            "{social}{ | \\| | · }{social}{ | \\| | · }{social}{| \\| Email| · Copy link}",
            "{Share|Tweet|Post|Pin}{ on {social}| this| to {social}|}",
            "{count} {shares|Shares|comments|Comments|likes|reactions}",
            "{View|Show|Hide|Read|Load} {comments|all {count} comments|more comments|replies}{| ({count})}",
            "{Share|Copy} {the |}{link|URL}{| to this article}",
        ],
        "comment-widget": [
            "{Your email address will not be published.|Required fields are marked *|Leave a Reply|Leave a reply|Post a comment|Add a comment|Join the conversation|Join the discussion|Comments are closed.}",
            "{Comments are moderated|All comments are moderated} {and will not appear until approved|and may take a while to appear}{.|}",
            "{Log in|Sign in|Login or register} to {comment|post comments|join the conversation|reply}{.|}",
            "{Be the first to comment|No comments yet|Start the conversation|Be the first to share what you think}{.|!|}",
            "{Sort by|Sorted by} {Newest|Oldest|Top|Best}",
            "{Reply|Report|Like|Flag|Share|Edit}{ · | \\| }{Reply|Report|Like|Flag|Share|Edit}",
            "{We want our community to be a place of respectful discussion|Please read our community guidelines before commenting|Comments that break our rules will be removed}{.|}",
            "{name} {commented|replied} {{num} hours ago|{date}|at {time}}",
        ],
        "reactions-feedback": [
            "{Was this article helpful?|Did you find this helpful?|Was this page useful?}{| Yes No| 👍 👎| Yes / No}",
            "{How did this article make you feel?|What's your reaction?|React to this story|Rate this article}{|:}",
            "{Thanks for your feedback!|Thank you for rating this article.|You reacted with 👍}",
            "{👍|❤️|😮|😢|😡} {count}{ | · }{👍|❤️|😮|😢|😡} {count}",
            "{count} people found this helpful",
            "{Like|Love|Wow|Sad|Angry}{ · }{Like|Love|Wow|Sad|Angry}{ · }{Like|Love|Wow|Sad|Angry}",
        ],
        "post-meta": [
            "Posted by {name} at {time}{ \\| | · }Permalink{ \\| | · }Comments ({num}){| \\| TrackBack}",
            "{Posted in|Filed under} {topic}{ \\| | · }{num} Comments",
            "{Tags|Tagged}: {topic}, {topic}{ \\| | · }{Leave a comment|Comments ({num})}",
            "{num} {thoughts|responses|replies} on “{headline}”",
            "{Trackback URL for this entry|Subscribe to comments with RSS|Notify me of new posts by email|Notify me of follow-up comments by email}{.|:}",
        ],
        "follow-author": [
            "{Follow|Follow the author|Follow {name}} {on {social}|{handle}}",
            "{name} {is on|can be found on} {social} {at|as} {handle}{.|}",
            "{Follow|Get alerts for} {topic}{| and more topics}{| \\+}",
            "{Follow this author|Follow topic|Follow {topic}|Get notified of new articles from {name}}",
            "You can follow {name} on {social} {handle}{.|}",
        ],
    },
    "de": {
        "folgen": [
            "{Folgen Sie|Folge} {uns|{brand}} {auf|bei} {social}{| und {social}}{.|!|}",
            "{brand} {auf|bei} {Google News|{social}} folgen{.|}",
            "{Folgen Sie|Folgt} {brand} {jetzt |}auf {WhatsApp|Telegram}{| und erhalten Sie die wichtigsten News aufs Handy}{.|}",
            "{Mehr|Aktuelle News} {von uns|aus {city}} {gibt es|finden Sie} {auf|bei} {social}{.|}",
            "{Hier|Jetzt} {folgen|abonnieren}: {social}{ \\| |, }{social}",
            "Abonnieren Sie unseren YouTube-Kanal{.|!}",
        ],
        "meinung": [
            "{Was meinen Sie?|Wie sehen Sie das?|Was denkst du?|Ihre Meinung ist gefragt!} {Schreiben Sie es|Schreib es|Diskutieren Sie mit} {in die Kommentare|uns in den Kommentaren|auf {social}}{.|!}",
            "{Schreiben Sie uns|Sagen Sie uns|Schreib uns} {Ihre|deine} Meinung {in den Kommentaren|per Mail|auf {social}}{.|!}",
            "{Haben Sie|Hast du} {den|das|die} {product} {schon ausprobiert|schon gekauft}? {Schreiben Sie|Erzähl} es uns {in den Kommentaren|auf {social}}{.|!}",
            "{Hinweise|Tipps} an die Redaktion{: redaktion@beispiel.de|? Schreiben Sie uns.}",
        ],
        "teilen": [
            "{Teilen|Artikel teilen|Beitrag teilen|Auf {social} teilen|Per E-Mail teilen|Link kopieren|Drucken|Merken|Versenden|Artikel verschenken}",
            "{social}{ \\| | · }{social}{ \\| | · }{E-Mail|{social}}",
            "{count} {Kommentare|Reaktionen|Mal geteilt}",
            "{Kommentare anzeigen|Kommentare lesen|Alle {count} Kommentare anzeigen|Kommentieren|Jetzt kommentieren}",
        ],
        "kommentare": [
            "{Ihre E-Mail-Adresse wird nicht veröffentlicht.|Erforderliche Felder sind mit * markiert.|Kommentar verfassen|Schreibe einen Kommentar|Antworten|Melden|Kommentare sind geschlossen.}",
            "{Melden Sie sich an|Einloggen}, um {zu kommentieren|mitzudiskutieren|einen Kommentar zu schreiben}{.|}",
            "{Die Kommentarfunktion ist|Kommentare sind} {geschlossen|deaktiviert|für diesen Artikel nicht verfügbar}{.|}",
            "{Kommentare werden moderiert|Wir moderieren alle Kommentare}{.| und erst nach Prüfung freigeschaltet.}",
            "{Sei der Erste, der kommentiert|Noch keine Kommentare|Schreiben Sie den ersten Kommentar}{.|!}",
            "{Sortieren nach|Sortiert:} {Neueste|Älteste|Beliebteste}",
        ],
        "reaktionen": [
            "{War dieser Artikel hilfreich?|Hat Ihnen der Artikel gefallen?|Wie fanden Sie diesen Artikel?}{| Ja Nein| 👍 👎}",
            "{Danke für Ihre Bewertung!|Vielen Dank für Ihr Feedback.|Artikel bewerten}",
            "{count} {Leser fanden das hilfreich|Personen gefällt das}",
            "{Gefällt mir|Antworten|Melden}{ · }{Gefällt mir|Antworten|Melden}",
        ],
        "autor-folgen": [
            "{Folgen|Autor folgen|{name} folgen}{| auf {social}}",
            "{Thema folgen|{topic} folgen|Benachrichtigung bei neuen Artikeln von {name}}",
            "{name} {ist bei|findet man auf} {social} {als|unter} {handle}{.|}",
        ],
    },
    "fr": {
        "suivre": [
            "{Suivez-nous|Suivez {brand}} sur {social}{| et {social}}{| pour ne rien manquer}{.|}",
            "Suivez {brand} sur Google Actualités{.|}",
            "{Abonnez-vous à notre chaîne YouTube|Rejoignez notre chaîne WhatsApp|Rejoignez-nous sur {social}}{.|}",
            "{Retrouvez-nous|Retrouvez {brand}} sur {social}",
        ],
        "avis": [
            "{Et vous, qu'en pensez-vous ?|Qu'en pensez-vous ?|Votre avis nous intéresse !} {Dites-le-nous|Donnez votre avis|Réagissez} {en commentaire|dans les commentaires|sur {social}}{.|}",
            "{Partagez|Donnez} votre avis dans les commentaires{.| ci-dessous.}",
            "{Une info ?|Un témoignage ?} {Écrivez-nous|Contactez la rédaction}{.|}",
        ],
        "partager": [
            "{Partager|Partager l'article|Partager sur {social}|Envoyer par e-mail|Copier le lien|Imprimer|Sauvegarder|Offrir l'article}",
            "{social}{ | · }{social}{ | · }{E-mail|Copier le lien}",
            "{count} {commentaires|partages|réactions}",
            "{Voir les commentaires|Réagir|Commenter|Afficher les {count} commentaires}",
        ],
        "commentaires": [
            "{Votre adresse e-mail ne sera pas publiée.|Les champs obligatoires sont indiqués avec *|Laisser un commentaire|Répondre|Signaler|Les commentaires sont fermés.}",
            "{Connectez-vous|Identifiez-vous} pour {commenter|réagir|participer}{.|}",
            "{Soyez le premier à commenter|Aucun commentaire pour le moment}{.| !}",
        ],
    },
    "es": {
        "seguir": [
            "{Síguenos|Sigue a {brand}} en {social}{| y {social}}{| para no perderte nada}{.|}",
            "Sigue a {brand} en Google Noticias{.|}",
            "{Suscríbete a nuestro canal de YouTube|Únete a nuestro canal de WhatsApp|Únete a nosotros en {social}}{.|}",
            "{Encuéntranos|Encuentra a {brand}} en {social}",
        ],
        "opinion": [
            "{¿Qué opinas?|¿Y tú qué piensas?|¡Queremos saber tu opinión!} {Déjanos un comentario|Cuéntanoslo|Escríbenos} {en los comentarios|en {social}|abajo}{.|}",
            "{Comparte|Deja} tu opinión en los comentarios{.|}",
            "{¿Tienes información?|¿Sabes algo más?} {Escríbenos|Contacta con la redacción}{.|}",
        ],
        "compartir": [
            "{Compartir|Compartir artículo|Compartir en {social}|Enviar por correo|Copiar enlace|Imprimir|Guardar}",
            "{social}{ | · }{social}{ | · }{Correo|Copiar enlace}",
            "{count} {comentarios|veces compartido|reacciones}",
            "{Ver comentarios|Comentar|Mostrar {count} comentarios}",
        ],
        "comentarios": [
            "{Tu dirección de correo electrónico no será publicada.|Los campos obligatorios están marcados con *|Deja un comentario|Responder|Denunciar|Los comentarios están cerrados.}",
            "{Inicia sesión|Regístrate} para {comentar|participar}{.|}",
            "{Sé el primero en comentar|Todavía no hay comentarios}{.|}",
        ],
    },
    "it": {
        "seguire": [
            "{Seguici|Segui {brand}} su {social}{| e {social}}{.|}",
            "Segui {brand} su Google News{.|}",
            "{Iscriviti al nostro canale YouTube|Unisciti al nostro canale WhatsApp|Unisciti a noi su {social}}{.|}",
        ],
        "opinione": [
            "{Voi cosa ne pensate?|Cosa ne pensi?|Diteci la vostra!} {Scrivetecelo|Fatecelo sapere|Lasciate un commento} {nei commenti|su {social}}{.|}",
            "{Lascia|Condividi} la tua opinione nei commenti{.|}",
            "{Hai una segnalazione?|Sai qualcosa di più?} {Scrivi alla redazione|Contattaci}{.|}",
        ],
        "condividi": [
            "{Condividi|Condividi l'articolo|Condividi su {social}|Invia per email|Copia link|Stampa|Salva}",
            "{social}{ | · }{social}{ | · }{Email|Copia link}",
            "{count} {commenti|condivisioni}",
            "{Mostra commenti|Commenta|Leggi i {count} commenti}",
            "{Il tuo indirizzo email non sarà pubblicato.|Lascia un commento|Rispondi|Segnala|I commenti sono chiusi.}",
        ],
    },
    "pt": {
        "seguir": [
            "{Siga-nos|Siga o {brand}|Acompanhe o {brand}} {no|nas redes:} {social}{| e {social}}{.|}",
            "Siga o {brand} no Google Notícias{.|}",
            "{Inscreva-se no nosso canal do YouTube|Entre no nosso canal do WhatsApp|Participe do nosso grupo no Telegram}{.|}",
        ],
        "opiniao": [
            "{O que você acha?|E você, o que pensa?|Queremos saber sua opinião!} {Deixe seu comentário|Conte para a gente|Escreva} {nos comentários|no {social}}{.|}",
            "{Deixe|Compartilhe} sua opinião nos comentários{.|}",
            "{Tem uma denúncia?|Sabe de algo?} {Fale com a redação|Envie para nós}{.|}",
        ],
        "compartilhar": [
            "{Compartilhar|Partilhar|Compartilhe|Compartilhar no {social}|Enviar por e-mail|Copiar link|Imprimir|Salvar}",
            "{social}{ | · }{social}{ | · }{E-mail|Copiar link}",
            "{count} {comentários|compartilhamentos}",
            "{Ver comentários|Comentar|Mostrar {count} comentários}",
            "{Seu e-mail não será publicado.|Deixe um comentário|Responder|Denunciar|Comentários encerrados.}",
        ],
    },
    "nl": {
        "volgen": [
            "{Volg ons|Volg {brand}} op {social}{| en {social}}{.|}",
            "Volg {brand} op Google Nieuws{.|}",
            "{Abonneer je op ons YouTube-kanaal|Volg ons WhatsApp-kanaal|Word lid van onze community op {social}}{.|}",
        ],
        "mening": [
            "{Wat vind jij?|Wat denk jij?|Laat van je horen!} {Laat het weten|Reageer|Laat een reactie achter} {in de reacties|hieronder|op {social}}{.|}",
            "{Deel|Geef} je mening in de reacties{.|}",
            "{Tip voor de redactie?|Weet jij meer?} {Mail ons|Neem contact op}{.|}",
        ],
        "delen": [
            "{Delen|Deel dit artikel|Deel op {social}|Mail|Kopieer link|Printen|Bewaren}",
            "{social}{ | · }{social}{ | · }{E-mail|Kopieer link}",
            "{count} {reacties|keer gedeeld}",
            "{Bekijk reacties|Reageer|Toon {count} reacties}",
            "{Je e-mailadres wordt niet gepubliceerd.|Laat een reactie achter|Beantwoorden|Rapporteren|Reageren is niet meer mogelijk.}",
        ],
    },
    "pl": {
        "obserwuj": [
            "{Obserwuj nas|Obserwuj {brand}} na {social}{| i {social}}{.|}",
            "{Obserwuj|Śledź} {brand} w Google News{.|}",
            "{Subskrybuj nasz kanał na YouTube|Dołącz do naszego kanału na WhatsAppie|Dołącz do nas na {social}}{.|}",
        ],
        "opinia": [
            "{A co Ty o tym myślisz?|Co o tym sądzisz?|Daj znać!} {Napisz w komentarzu|Podziel się opinią|Napisz do nas} {pod artykułem|na {social}}{.|}",
            "{Podziel się|Zostaw} swoją opinię w komentarzach{.|}",
            "{Masz informacje?|Wiesz więcej?} {Napisz do redakcji|Skontaktuj się z nami}{.|}",
        ],
        "udostepnij": [
            "{Udostępnij|Udostępnij artykuł|Udostępnij na {social}|Wyślij e-mailem|Kopiuj link|Drukuj|Zapisz}",
            "{social}{ | · }{social}{ | · }{E-mail|Kopiuj link}",
            "{count} {komentarzy|udostępnień}",
            "{Pokaż komentarze|Skomentuj|Zobacz {count} komentarzy}",
            "{Twój adres e-mail nie zostanie opublikowany.|Dodaj komentarz|Odpowiedz|Zgłoś|Komentarze są wyłączone.}",
        ],
    },
    "ru": {
        "podpisyvaytes": [
            "{Подписывайтесь на нас|Подписывайтесь на {brand}|Читайте нас} в {social}{| и {social}}{.|}",
            "{Читайте|Следите за} {brand} в {Дзене|Google Новостях|Telegram}{.|}",
            "{Подписывайтесь на наш Telegram-канал|Присоединяйтесь к нам во «ВКонтакте»|Подпишитесь на наш канал в Дзене}{.|}",
        ],
        "mnenie": [
            "{А что думаете вы?|Как вы считаете?|Согласны?} {Пишите в комментариях|Поделитесь мнением в комментариях|Напишите нам}{.|!}",
            "{Поделитесь|Оставьте} своё мнение в комментариях{.|}",
            "{Есть новость?|Знаете больше?} {Пишите в редакцию|Напишите нашему боту в Telegram}{.|}",
        ],
        "podelitsya": [
            "{Поделиться|Поделиться статьёй|Отправить|Скопировать ссылку|Распечатать|Сохранить|В закладки}",
            "{ВКонтакте|Telegram|WhatsApp}{ | · }{Одноклассники|Telegram|Viber}{ | · }{Скопировать ссылку|E-mail}",
            "{count} {комментариев|репостов}",
            "{Показать комментарии|Комментировать|Все комментарии ({count})}",
            "{Ваш адрес email не будет опубликован.|Оставить комментарий|Ответить|Пожаловаться|Комментарии закрыты.}",
        ],
    },
    "ja": {
        "follow": [
            "{{brand}の公式{social}をフォロー|公式{social}をフォローする|{social}で最新情報をチェック|{brand}をGoogleニュースでフォロー}{|！}",
            "{LINE|X（旧Twitter）|Instagram}{公式アカウント|}で{最新記事|新着情報}をお届けしています{。|}",
            "{YouTubeチャンネル登録はこちら|LINEで友だち追加|フォローして最新情報を受け取る}",
        ],
        "iken": [
            "{あなたはどう思いますか？|皆さんのご意見をお聞かせください。|感想をお寄せください。}{コメント欄|{social}}{で|に}{教えてください|お寄せください}{。|}",
            "{情報提供|ご意見・ご感想}は{こちら|編集部まで}{。|}",
            "{ハッシュタグ|#{brand}}{をつけて|で}{感想を|}{投稿してね|シェアしてください}{！|。}",
        ],
        "share": [
            "{シェア|この記事をシェア|ポスト|ツイート|LINEで送る|はてなブックマーク|リンクをコピー|印刷|保存}",
            "{X|Facebook|LINE}{ | ・ }{はてブ|Pocket|LINE}{ | ・ }{リンクをコピー|メール}",
            "{コメント|コメントを見る|コメントする|コメント（{count}）|{count}件のコメント}",
            "{メールアドレスが公開されることはありません。|コメントを残す|返信|通報する|コメントは締め切られました。}",
        ],
    },
    "zh": {
        "guanzhu": [
            "{关注{brand}微信公众号|关注我们的微博|扫码关注公众号|关注{brand}，获取更多资讯|在{social}上关注我们}{|。}",
            "{欢迎关注|关注}{brand}{视频号|抖音号|小红书}{，|}{第一时间获取最新资讯|}{。|}",
            "{长按识别二维码关注|点击上方蓝字关注我们|点击关注，不迷路}",
        ],
        "yijian": [
            "{你怎么看？|你有什么看法？|对此你怎么看？}{欢迎在评论区留言|欢迎留言讨论|评论区聊聊}{。|！}",
            "{欢迎|请}在评论区{分享你的看法|留下你的观点}{。|}",
            "{新闻爆料|线索提供}{请联系|可发送至}{编辑部|本报}{。|}",
        ],
        "fenxiang": [
            "{分享|分享到微信|分享到微博|复制链接|收藏|点赞|在看|转发}",
            "{微信|微博|QQ}{ | · }{QQ空间|豆瓣|微博}{ | · }{复制链接|更多}",
            "{评论|查看评论|发表评论|{count}条评论|{count}人点赞}",
            "{您的邮箱地址不会被公开。|发表评论|回复|举报|评论已关闭。}",
        ],
    },
    "sv": {"folj": ["{Följ oss på {social}|Följ {brand} på Google Nyheter|Dela artikeln|Kopiera länk}", "{Vad tycker du? Skriv i kommentarerna.|Tyck till i kommentarsfältet!|{count} kommentarer}"]},
    "tr": {"takip": ["{Bizi {social}'da takip edin|{brand}'i Google Haberler'de takip edin|Paylaş|Bağlantıyı kopyala}", "{Siz ne düşünüyorsunuz? Yorumlarda bize yazın.|Yorum yap|{count} yorum}"]},
    "ko": {"gudok": ["{{brand}를 구글 뉴스에서 팔로우하세요|{social}에서 팔로우하기|공유하기|링크 복사}", "{여러분의 생각은 어떠신가요? 댓글로 남겨주세요.|댓글 쓰기|댓글 {count}개}"]},
    "ar": {"tabi": ["{تابعونا على {social}|تابع {brand} على أخبار Google|شارك المقال|نسخ الرابط}", "{ما رأيك؟ شاركنا في التعليقات.|اترك تعليقًا|{count} تعليقات}"]},
    "hi": {"follow": ["{हमें {social} पर फॉलो करें|{brand} को Google News पर फॉलो करें|शेयर करें|लिंक कॉपी करें}", "{आपकी क्या राय है? कमेंट में बताएं।|कमेंट करें|{count} कमेंट}"]},
}

_MORE = {
    "it": {"reazioni-autore": ["{Segui|Segui l'autore|Segui {name}}{| su {social}}", "{Questo articolo ti è stato utile?|Ti è piaciuto l'articolo?}{| Sì No}", "{Grazie per il tuo feedback!|Vota l'articolo}", "{count} {persone hanno trovato utile questo articolo|mi piace}"]},
    "pt": {"reacoes-autor": ["{Siga|Siga o autor|Siga {name}}{| no {social}}", "{Esta matéria foi útil?|Gostou do artigo?}{| Sim Não}", "{Obrigado pelo seu feedback!|Avalie esta matéria}", "{count} {pessoas acharam útil|curtidas}"]},
    "nl": {"reacties-auteur": ["{Volg|Volg de auteur|Volg {name}}{| op {social}}", "{Was dit artikel nuttig?|Vond je dit artikel goed?}{| Ja Nee}", "{Bedankt voor je feedback!|Beoordeel dit artikel}", "{count} {mensen vonden dit nuttig|likes}"]},
    "pl": {"reakcje-autor": ["{Obserwuj|Obserwuj autora|Obserwuj: {name}}{| na {social}}", "{Czy ten artykuł był pomocny?|Podobał Ci się artykuł?}{| Tak Nie}", "{Dziękujemy za opinię!|Oceń artykuł}", "{count} {osób uznało to za pomocne|polubień}"]},
    "ru": {"reaktsii-avtor": ["{Подписаться на автора|Следить за автором|{name}: подписаться}", "{Была ли статья полезной?|Понравилась статья?}{| Да Нет}", "{Спасибо за отзыв!|Оцените статью}", "{count} {человек считают статью полезной|лайков}"]},
    "ja": {"hannou": ["{この記事は役に立ちましたか？|この記事をどう思いますか？}{| はい いいえ}", "{ご意見ありがとうございました|記事を評価する}{。|}", "{count}人が{参考になったと回答|いいね}", "{著者をフォロー|{name}をフォロー}"]},
    "zh": {"fankui": ["{这篇文章对你有帮助吗？|你觉得这篇文章怎么样？}{| 是 否}", "{感谢你的反馈！|给文章打分}", "{count}人{觉得有用|点赞}", "{关注作者|关注{name}}"]},
}
for _lang, _fams in _MORE.items():
    FAMILIES[_lang].update(_fams)

for _lang, _fam, _t in (
    ("sv", "kommentarer", ["{Dela på {social}|Kopiera länk|Skriv ut|Spara}", "{Logga in för att kommentera|Kommentarsfältet är stängt|Bli först att kommentera}{.|}", "{Följ {name}|Följ ämnet {topic}}"]),
    ("tr", "yorumlar", ["{{social}'da paylaş|Bağlantıyı kopyala|Yazdır|Kaydet}", "{Yorum yapmak için giriş yapın|Yorumlar kapatıldı|İlk yorumu siz yapın}{.|}", "{{name} adlı yazarı takip et|{topic} konusunu takip et}"]),
    ("ko", "daetgeul", ["{{social}에 공유|링크 복사|인쇄|저장}", "{댓글을 쓰려면 로그인하세요|댓글이 닫혔습니다|첫 댓글을 남겨주세요}{.|}", "{기자 구독|{name} 기자 구독하기|{topic} 뉴스 구독}"]),
    ("ar", "taliqat", ["{شارك على {social}|انسخ الرابط|طباعة|حفظ}", "{سجّل الدخول للتعليق|التعليقات مغلقة|كن أول من يعلّق}{.|}", "{تابع {name}|تابع موضوع {topic}}"]),
    ("hi", "tippani", ["{{social} पर शेयर करें|लिंक कॉपी करें|प्रिंट करें|सेव करें}", "{कमेंट करने के लिए लॉग इन करें|कमेंट बंद हैं|सबसे पहले कमेंट करें}{।|}", "{{name} को फॉलो करें|{topic} की खबरें फॉलो करें}"]),
):
    FAMILIES[_lang][_fam] = _t

FAMILIES["en"]["comment-meta"] = [
    "{{num} {hours|days|months|years} ago|{num}h|{num}d|{num} min ago|Just now|Yesterday at {time}}",
    "{Guest|Anonymous|Anonymous user|Verified buyer|Top contributor|Moderator|Author}",
    "{Reply ↓|Reply|↳ Reply|Reply to {name}|In reply to {name}|{num} replies|View {num} more replies|Hide replies}",
    "{Helpful?|Was this helpful?} {{num}|+{num}|👍 {num}|Yes ({num}) No ({num})}",
    "{Translate|See original|Show original|Translated from {German|Spanish|French}|See translation}",
    "{name}{ · | – | wrote: }{{num} hours ago|{date}|Edited}",
]
FAMILIES["de"]["kommentar-meta"] = [
    "{vor {num} {Stunden|Tagen|Monaten}|{num} Monat her|Gerade eben|Gestern, {time} Uhr}",
    "{Gast|Anonym|Verifizierter Käufer|Moderator|Autor}",
    "{Antwort ↓|Antworten|↳ Antworten|Antwort an {name}|{num} Antworten|Weitere {num} Antworten anzeigen}",
    "{Hilfreich?|War das hilfreich?} {{num}|+{num}|👍 {num}}",
    "{Übersetzen|Original anzeigen|Übersetzung anzeigen|Aus dem Englischen übersetzt}",
    "{name}{ · | – | schrieb: }{vor {num} Stunden|{date}|Bearbeitet}",
]
FAMILIES["fr"]["meta-commentaire"] = ["{Il y a {num} {heures|jours|mois}|À l'instant|Hier à {time}}", "{Invité|Anonyme|Modérateur|Auteur}", "{Répondre ↓|{num} réponses|Voir {num} réponses de plus|En réponse à {name}}", "{Traduire|Voir l'original|Afficher la traduction}"]
FAMILIES["es"]["meta-comentario"] = ["{Hace {num} {horas|días|meses}|Ahora mismo|Ayer a las {time}}", "{Invitado|Anónimo|Moderador|Autor}", "{Responder ↓|{num} respuestas|Ver {num} respuestas más|En respuesta a {name}}", "{Traducir|Ver original|Mostrar traducción}"]

# Session 3: more house styles (written afresh; every name falls in the training part of the split).
for _lang, _fam, _t in (
    ("en", "conversation-prompts", [
        "{Join the conversation|Join the discussion|Start the conversation|Have your say|Add your voice|Tell us your story}{| below| in the comments}",
        "{Got a tip|Have a story idea|Know something we should}? {Email|Message|Contact} {us|our newsroom} at {tips@{brand}.com|{handle}}",
        "{Find|Catch|See} {us|{brand}} on {social}{| and {social}}",
        "{Tap|Click} {the bell|follow|the + button} {to get|for} {alerts|updates} {on|about} {topic}",
        "{count} {people|readers} {are talking about this|shared this|liked this}",
        "{Sort by|Order by}{:|} {Newest|Oldest|Best|Top}",
    ]),
    ("de", "mitreden", [
        "{Diskutieren Sie mit|Reden Sie mit|Ihre Meinung ist gefragt|Schreiben Sie uns}{| in den Kommentaren}",
        "{Haben Sie einen Hinweis|Wissen Sie mehr}? {Schreiben Sie an|Kontakt:} {hinweise@{brand}.de|{handle}}",
        "{Folgen Sie|Besuchen Sie} {uns|{brand}} {auf|bei} {social}{| und {social}}",
        "{count} {Leser|Nutzer} {diskutieren mit|haben das geteilt}",
    ]),
    ("fr", "participer", [
        "{Participez au débat|Réagissez|Donnez votre avis|Rejoignez la discussion}{| dans les commentaires}",
        "{Une info|Un témoignage} ? {Écrivez-nous|Contactez la rédaction} {à temoignage@{brand}.fr|sur {social}}",
        "{Retrouvez|Suivez}-nous sur {social}{| et {social}}",
        "{count} {réactions|commentaires|partages}",
    ]),
    ("es", "participa", [
        "{Participa en el debate|Opina|Deja tu opinión|Únete a la conversación}{| en los comentarios}",
        "{¿Tienes una pista?|¿Sabes algo más?} {Escríbenos a|Contacta con} {pistas@{brand}.es|nosotros en {social}}",
        "{Encuéntranos|Síguenos} en {social}{| y {social}}",
        "{count} {comentarios|reacciones|veces compartido}",
    ]),
    ("ja", "sanka", [
        "{コメントする|コメントを書く|みんなの意見|あなたの意見を聞かせてください}",
        "{情報提供は|取材依頼は}{こちら|{handle}まで}",
        "{brand}の{公式|}{social}{をフォロー|はこちら}",
        "{count}{件のコメント|人がいいねしました|回シェアされました}",
    ]),
    ("zh", "canyu", [
        "{参与讨论|发表评论|说说你的看法|我来说两句}",
        "{新闻线索|爆料}{请联系|请发送至}{{handle}|本站邮箱}",
        "{关注|订阅}{brand}{官方|}{social}",
        "{count}{条评论|人点赞|次转发}",
    ]),
):
    assert _fam not in FAMILIES[_lang], _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 4: reply and reaction widgets, creator follow boxes, community prompts, in more scripts.
for _lang, _fam, _t in (
    ("en", "community-widgets", [
        "{Join the conversation|Start the conversation|Be the first to comment|Leave a comment|Add a comment|Post a comment}{|.|!| below}",
        "{Log in|Sign in|Register} to {comment|reply|join the discussion|leave a comment}",
        "{Show|View|Load|Hide} {{count} |all |more }{comments|replies}",
        "{Was this article helpful?|Did you find this useful?|Rate this article|How would you rate this story?}{| Yes / No| 👍 👎}",
        "{Got a tip?|Know more?|Have a story?} {Email|Contact|Message} {us|our newsroom|the team} {at tips@{brand}.com|on {social}|securely}",
    ]),
    ("en", "creator-box-b", [
        "{Follow|Subscribe to} {name} on {social}{| and {social}}",
        "{name} {is on|posts on|tweets at} {social}{| as {handle}}",
        "{Get|Receive} {alerts|notifications|an email} when {name} {publishes|writes a new story|posts}",
        "{Follow|Unfollow|Following} {topic}",
    ]),
    ("de", "community", [
        "{Kommentar schreiben|Jetzt kommentieren|Diskutieren Sie mit|Schreiben Sie den ersten Kommentar|Kommentare anzeigen|Alle Kommentare}",
        "{Melden Sie sich an|Loggen Sie sich ein|Registrieren Sie sich}, um {zu kommentieren|mitzudiskutieren}",
        "{War dieser Artikel hilfreich?|Wie gefällt Ihnen dieser Artikel?|Artikel bewerten}{| Ja / Nein}",
        "{Haben Sie einen Hinweis?|Wissen Sie mehr?} {Schreiben Sie uns|Kontaktieren Sie die Redaktion} {an hinweise@{brand}.de|über {social}}",
        "{name} auf {social} folgen",
    ]),
    ("fr", "communaute", [
        "{Laisser un commentaire|Soyez le premier à commenter|Voir les commentaires|Afficher les {count} commentaires|Répondre}",
        "{Connectez-vous|Inscrivez-vous} pour {commenter|réagir|participer à la discussion}",
        "{Cet article vous a-t-il été utile ?|Notez cet article|Votre avis nous intéresse}",
        "Suivre {name} sur {social}",
    ]),
    ("es", "comunidad", [
        "{Deja un comentario|Sé el primero en comentar|Ver comentarios|Mostrar los {count} comentarios|Responder}",
        "{Inicia sesión|Regístrate} para {comentar|participar en la conversación}",
        "{¿Te ha resultado útil este artículo?|Valora este artículo|¿Qué te ha parecido?}",
        "Sigue a {name} en {social}",
    ]),
    ("ko", "daetgeul-gongyu", [
        "{댓글 쓰기|댓글 {count}개|댓글 보기|첫 댓글을 남겨주세요|로그인 후 댓글을 남길 수 있습니다}",
        "{공유하기|카카오톡 공유|링크 복사|페이스북 공유|기사 공유}",
        "{이 기사가 도움이 되셨나요?|좋아요 {count}|추천 {count}|기사 추천하기}",
        "{brand} {social} 팔로우하기",
    ]),
    ("ar", "sharik-b", [
        "{شارك المقال|شارك على {social}|انسخ الرابط|أرسل عبر واتساب}",
        "{أضف تعليقك|اترك تعليقا|{count} تعليقات|سجل الدخول للتعليق|كن أول من يعلق}",
        "{هل كان هذا المقال مفيدا؟|قيّم هذا المقال|ما رأيك؟}",
        "تابعونا على {social}{| و{social}}",
    ]),
    ("hi", "share-karen", [
        "{शेयर करें|{social} पर शेयर करें|लिंक कॉपी करें|व्हाट्सऐप पर भेजें}",
        "{अपनी राय दें|कमेंट करें|{count} कमेंट|कमेंट करने के लिए लॉग इन करें|पहला कमेंट आप करें}",
        "{क्या यह खबर आपके काम की थी?|इस खबर को रेटिंग दें|आपकी क्या राय है?}",
        "हमें {social} पर फॉलो करें",
    ]),
    ("ru", "obsuzhdenie-b", [
        "{Оставить комментарий|Комментарии ({count})|Показать все комментарии|Будьте первым, кто оставит комментарий|Ответить}",
        "{Войдите|Зарегистрируйтесь}, чтобы {комментировать|участвовать в обсуждении}",
        "{Была ли статья полезной?|Оцените статью|Понравился материал?}",
        "{Подписывайтесь на|Читайте} {brand} в {social}",
    ]),
    ("pl", "dyskusja-b", [
        "{Dodaj komentarz|Komentarze ({count})|Pokaż wszystkie komentarze|Skomentuj jako pierwszy|Odpowiedz}",
        "{Zaloguj się|Zarejestruj się}, aby {komentować|dołączyć do dyskusji}",
        "{Czy ten artykuł był pomocny?|Oceń artykuł|Podobał ci się tekst?}",
        "Obserwuj {brand} na {social}",
    ]),
    ("zh", "pinglun-fenxiang-c", [
        "{发表评论|查看全部{count}条评论|登录后发表评论|抢沙发|回复}",
        "{分享到{social}|复制链接|分享到微信|分享到微博}",
        "{这篇文章对你有帮助吗？|为本文评分|点个赞吧}",
    ]),
    ("ja", "komento-kyouyuu", [
        "{コメントを投稿する|コメント（{count}）|すべてのコメントを見る|ログインしてコメントする|返信する}",
        "{{social}でシェア|リンクをコピー|LINEで送る|はてなブックマーク}",
        "{この記事は役に立ちましたか？|記事を評価する|いいね！{count}}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Fifth session: engagement bars, comment counters, author follow buttons and community prompts in
# other house styles (every name in the training part; the held-out families are unchanged).
for _lang, _fam, _t in (
    ("en", "engagement-bar-s5b", [
        "{♥|❤|👍|🔥} {count} {|·} {💬|Comments} {count}{| · Share}",
        "{count} {likes|reactions|shares}{ · | \\| }{count} {comments|replies}",
        "{Like|React}{ · | \\| }{Comment|Reply}{ · | \\| }{Share|Repost}",
        "{Be the first to react|No reactions yet|Add your reaction|How do you feel about this story?}",
    ]),
    ("en", "author-follow-s5", [
        "{Follow|+ Follow|Get alerts for} {name}{| on {social}}",
        "{name} is on {social}{: | at }{handle}",
        "{Get notified when|Get an email when|Be alerted when} {name} {publishes|writes} {|a new story}",
        "{More from|All stories by|Read more by} {name}",
    ]),
    ("de", "reaktionen-leiste-s5", [
        "{Gefällt mir|Kommentieren|Teilen}{ · | \\| }{Kommentieren|Teilen|Merken}",
        "{count} {Kommentare|Reaktionen}{ · | \\| }{Jetzt mitdiskutieren|Diskutieren Sie mit}",
        "{Folgen Sie|Folge} {name} {auf {social}|für neue Beiträge}",
        "{Was meinen Sie?|Ihre Meinung ist gefragt|Diskutieren Sie mit}{| – schreiben Sie uns}",
    ]),
    ("fr", "reactions-barre-s5", [
        "{J'aime|Commenter|Partager}{ · | \\| }{Commenter|Partager|Enregistrer}",
        "{count} {commentaires|réactions}{ · | \\| }{Réagir|Donnez votre avis}",
        "{Suivre|Suivez} {name} {sur {social}|pour ne rien manquer}",
        "{Et vous, qu'en pensez-vous ?|Donnez-nous votre avis en commentaire|Réagissez à cet article}",
    ]),
    ("es", "reacciones-barra-s5", [
        "{Me gusta|Comentar|Compartir}{ · | \\| }{Comentar|Compartir|Guardar}",
        "{count} {comentarios|reacciones}{ · | \\| }{Comenta|Únete a la conversación}",
        "{Seguir a|Sigue a} {name} {en {social}|para no perderte nada}",
        "{¿Y tú qué opinas?|Déjanos tu opinión en los comentarios|Participa en el debate}",
    ]),
    ("it", "reazioni-barra-s5", [
        "{Mi piace|Commenta|Condividi}{ · | \\| }{Commenta|Condividi|Salva}",
        "{count} {commenti|reazioni}{ · | \\| }{Partecipa alla discussione|Di' la tua}",
        "Segui {name} {su {social}|per non perdere nulla}",
        "{E tu cosa ne pensi?|Lasciaci un commento|Partecipa alla discussione}",
    ]),
    ("pt", "reacoes-barra-s5", [
        "{Curtir|Comentar|Compartilhar}{ · | \\| }{Comentar|Compartilhar|Salvar}",
        "{count} {comentários|reações}{ · | \\| }{Participe da conversa|Deixe sua opinião}",
        "{Seguir|Siga} {name} {no {social}|para não perder nada}",
        "{E você, o que acha?|Deixe seu comentário|Participe do debate}",
    ]),
    ("nl", "reacties-balk-s5", [
        "{Vind ik leuk|Reageren|Delen}{ · | \\| }{Reageren|Delen|Bewaren}",
        "{count} {reacties|likes}{ · | \\| }{Praat mee|Geef je mening}",
        "Volg {name} {op {social}|voor nieuwe artikelen}",
        "{Wat vind jij?|Laat een reactie achter|Praat mee onder dit artikel}",
    ]),
    ("pl", "reakcje-pasek-s5", [
        "{Lubię to|Komentuj|Udostępnij}{ · | \\| }{Komentuj|Udostępnij|Zapisz}",
        "{count} {komentarzy|reakcji}{ · | \\| }{Dołącz do dyskusji|Skomentuj}",
        "Obserwuj {name} {na {social}|, by nie przegapić nowych tekstów}",
        "{A ty co o tym sądzisz?|Zostaw komentarz|Dołącz do dyskusji pod artykułem}",
    ]),
    ("ru", "reaktsii-panel-s5b", [
        "{Нравится|Комментировать|Поделиться}{ · | \\| }{Комментировать|Поделиться|В закладки}",
        "{count} {комментариев|реакций}{ · | \\| }{Обсудить|Оставить комментарий}",
        "{Подписаться на|Следите за} {name} {в {social}|, чтобы не пропустить новые тексты}",
        "{А что думаете вы?|Поделитесь мнением в комментариях|Обсудить в комментариях}",
    ]),
    ("ja", "hannou-bar-s5", [
        "{いいね|コメント|シェア}{・| \\| }{コメント|シェア|保存}",
        "{コメント|リアクション}{count}件{・| \\| }{コメントする|感想を送る}",
        "{name}を{フォロー|フォローする}{|（{social}）}",
        "{あなたはどう思いますか？|感想をコメントで教えてください|この記事への意見を送る}",
    ]),
    ("zh", "hudong-lan-s5", [
        "{点赞|评论|分享}{·| \\| }{评论|分享|收藏}",
        "{评论|点赞}{count}{·| \\| }{参与讨论|发表看法}",
        "{关注|关注作者}{name}{|（{social}）}",
        "{你怎么看？|欢迎在评论区留言|说说你的看法}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 8: one family of the category's commonest shapes in Ukrainian, Czech, Indonesian and Vietnamese, languages the bank had no lines of
# (written afresh; every name falls in the training part of the split).
_LANGS_S8 = {
 "uk": {
  "stezhte-za-namy-s8": {
   "n": 30,
   "t": [
    "{Слідкуйте|Стежте} за нами {у Facebook|в Telegram|в Instagram|на YouTube}",
    "{Поділитися|Поширити}{| у Facebook| в Telegram}",
    "Залиште свій коментар{| нижче}",
    "Що ви думаєте? Напишіть у коментарях",
    "Долучайтеся до нашого Telegram-каналу"
   ]
  }
 },
 "cs": {
  "sledujte-nas-s8": {
   "n": 30,
   "t": [
    "Sledujte nás {na Facebooku|na Instagramu|na X|na YouTube}",
    "{Sdílet|Sdílejte} {na Facebooku|článek|s přáteli}",
    "Přidat komentář",
    "Co si o tom myslíte? Napište nám do diskuse",
    "Diskuse k článku ({count} příspěvků)"
   ]
  }
 },
 "id": {
  "ikuti-kami-s8": {
   "n": 30,
   "t": [
    "Ikuti kami di {Instagram|Facebook|X|TikTok|Google News}",
    "{Bagikan|Share} {artikel ini|ke Facebook|ke WhatsApp}",
    "Tulis komentar Anda{| di bawah}",
    "Bagaimana menurut Anda? Tulis di kolom komentar",
    "Gabung di saluran WhatsApp {brand}"
   ]
  }
 },
 "vi": {
  "theo-doi-s8": {
   "n": 30,
   "t": [
    "Theo dõi {chúng tôi|{brand}} trên {Facebook|Zalo|YouTube|TikTok}",
    "{Chia sẻ|Chia sẻ bài viết}{ lên Facebook| qua Zalo|}",
    "Viết bình luận của bạn",
    "Bạn nghĩ sao? Hãy để lại bình luận bên dưới",
    "Bình luận ({count})"
   ]
  }
 }
}
for _lang, _fams in _LANGS_S8.items():
    FAMILIES.setdefault(_lang, {}).update(_fams)
