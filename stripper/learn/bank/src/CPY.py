"""CPY: copyright notices, rights and reproduction lines, footer link rows, imprint and platform credits."""

FAMILIES = {
    "en": {
        "copyright-notice": [
            "{©|Copyright ©|Copyright|(c)|© Copyright} {year} {brand}{| Ltd| Inc.| LLC| plc| Media Group| Publishing}{.|}{| All rights reserved.| All Rights Reserved.}",
            "{©|Copyright} {yr2}{-|–|—}{year} {brand}{.|,} {All rights reserved|All Rights Reserved|Some rights reserved}{.|}",
            "{brand} {©|(c)} {year}",
            "{©|Copyright} {year} {company}, {a|an} {brand} company{.|}",
            "{Content|Text|Site design and content} {©|copyright} {year} {brand}{.|}",
        ],
        "rights-reproduction": [
            "{Copyright|©} {year} {The Associated Press|Reuters|AFP|{brand}}. All rights reserved. This material may not be published, broadcast, rewritten or redistributed{.| without permission.}",
            "{Reproduction|Republication|Redistribution} {in whole or in part|of any content} {without|without prior} {written permission|permission} {is prohibited|is strictly prohibited}{.|}",
            "{No part of this|None of this} {website|publication|content} may be {reproduced|copied|reprinted} without {permission|the written consent of {brand}}{.|}",
            "{All rights reserved|All Rights Reserved|Some rights reserved}{.|}",
            "{Content on this site|This article} is licensed under {a Creative Commons Attribution 4.0 International License|CC BY-SA 4.0|CC BY-NC-ND 4.0}{.|}",
            "{Use of this site constitutes acceptance of our|Your use of this website is subject to our} {Terms of Use|User Agreement} and {Privacy Policy|Cookie Statement}{.| and Your California Privacy Rights.}",
        ],
        "footer-links": [
            "{Privacy Policy|Privacy|Terms of Use|Terms|Cookie Policy|Contact Us|About Us|Careers|Advertise|Accessibility|Sitemap|Help|Corrections|RSS|Press|Jobs}{ \\| | · | / | - }{Terms of Service|Cookie Settings|Contact|About|Advertise with us|Accessibility Statement|Site Map|FAQ|Complaints|Licensing|Newsletters}{ \\| | · | / | - }{Do Not Sell My Info|Privacy Notice|Terms and Conditions|Code of Conduct|Modern Slavery Statement|Ad Choices|Work for us}",
            "{About us|Contact|Advertise|Careers|Privacy|Terms}{ · | \\| }{Privacy|Terms|Cookies|Accessibility|Sitemap}",
            "{Privacy policy|Terms of use|Terms of service|Terms and conditions|Cookie policy|Contact us|About us|Sitemap|Accessibility statement|Advertise with us|Editorial complaints|Licensing & syndication|Ad choices|Manage cookies}",
        ],
        "company-imprint": [
            "{brand} is {part of|published by|a trading name of|owned by} {company}{| Ltd| Media Ltd| plc}{.|}",
            "{company}{ Ltd| Limited| plc}{,| –} {Registered in England and Wales|a company registered in England} {No.|number|company number} {digits}{0000|4321|8765}{.|}",
            "{Registered office|Registered address|Head office}: {digits} {High Street|Market Street|Quay House, The Ambury|Kingsway}, {city}{| {digits}AB}{.|}",
            "{brand} is {a member of|regulated by} {the Independent Press Standards Organisation (IPSO)|IPSO|IMPRESS|the Press Council}{.|}",
            "{VAT|VAT number|VAT Reg. No.} GB {digits}{ 123 45|987 6543}",
            "{brand}, {digits} {Main Street|Broadway|Market Square}, {city}",
        ],
        "platform-credit": [
            "{Powered by|Proudly powered by|Built with|Hosted by|Site by|Website by|Designed by} {WordPress|Blogger|Ghost|Squarespace|WordPress VIP|Drupal|Arc XP|Substack|{company}}",
            "{Theme|WordPress theme}{:| by} {Astra|GeneratePress|Newspaper by tagDiv|Divi|Jannah|{company}}{| · Powered by WordPress}",
            "{Delivered by FeedBurner|Subscribe via RSS|RSS feed|Entries (RSS)|Comments (RSS)|Log in|Site admin}",
            "{Back to {brand} home|{brand} homepage|Visit {brand}}",
        ],
        "disclaimer-footer": [
            "{The views expressed|Opinions expressed} {are those of the author|in this article are the author's own} and {do not necessarily reflect|not necessarily those of} {the views of {brand}|{brand}}{.|}",
            "{Information|Content} on this site is for {general information|informational} purposes only{.|} {It is not|It does not constitute} {financial|legal|medical} advice{.|}",
            "{Prices and availability|Prices} {are subject to change|may vary} {without notice|}{.|}",
            "{Market data|Quotes} {provided by|delayed at least 15 minutes. Data by} {Refinitiv|FactSet|Morningstar|ICE Data Services}{.|}",
            "{Last updated|Page last updated}: {date}",
        ],
    },
    "de": {
        "copyright": [
            "{©|Copyright ©|Copyright|(c)} {year} {brand}{| GmbH| AG| GmbH & Co. KG| Verlag}{.|}{| Alle Rechte vorbehalten.}",
            "{©|Copyright} {yr2}{-|–}{year} {brand}{.|,} Alle Rechte vorbehalten{.|}",
            "{brand} {©|(c)} {year}",
            "© {dpa-infocom|dpa}, dpa:{24|23|25}0{3|5|7}{1|2}{4|8}-99-{digits}{1|3}{4|8}/{2|3|4}",
            "{© dpa|© AFP|© Reuters|© epd|© KNA}{| {year}}",
        ],
        "rechte": [
            "Alle Rechte vorbehalten{.|}",
            "{Vervielfältigung|Weiterverbreitung|Nachdruck} {nur mit Genehmigung|nur mit schriftlicher Genehmigung} {des Verlags|von {brand}}{.|}",
            "{Die Inhalte|Alle Inhalte} {dieser Website|dieses Angebots} sind urheberrechtlich geschützt{.|}",
            "{Nutzungsrechte|Lizenzrechte} {erwerben|anfragen}{| über {company}}",
        ],
        "fusszeile": [
            "{Impressum|Datenschutz|Datenschutzerklärung|AGB|Kontakt|Über uns|Karriere|Mediadaten|Barrierefreiheit|Hilfe|Abo|Nutzungsbedingungen}{ \\| | · | / | - }{Datenschutz|AGB|Kontakt|Cookie-Einstellungen|Impressum|Jobs|Werben|Barrierefreiheitserklärung|Widerruf}{ \\| | · | / | - }{Verträge hier kündigen|Nutzungsbasierte Online-Werbung|Presse|Netiquette|Hinweisgebersystem}",
            "{Impressum|Datenschutz|AGB|Kontakt|Mediadaten|Verträge hier kündigen|Datenschutzerklärung|Cookie-Einstellungen|Privatsphäre|Nutzungsbedingungen|Barrierefreiheitserklärung}",
        ],
        "impressum": [
            "{brand} {ist ein Angebot der|wird herausgegeben von der|gehört zur} {company}{|, {city}}{.|}",
            "{Verantwortlich im Sinne des Presserechts|V.i.S.d.P.|Verantwortlich für den Inhalt}: {name}",
            "{Amtsgericht|Registergericht} {city}{,| –} HRB {digits}{0|00|345}",
            "{USt-IdNr.|Umsatzsteuer-ID}: DE{digits}{12345|987654}",
            "{company}, {Hauptstraße|Marktplatz|Bahnhofstraße} {num}, {digits}{0|00} {city}",
        ],
        "plattform": [
            "{Powered by|Erstellt mit|Realisiert von|Webdesign:} {WordPress|TYPO3|Contao|Jimdo|{company}}",
            "{Alle Preise inkl. MwSt.|Preise inkl. gesetzl. MwSt., zzgl. Versand|Kursdaten: {company}, Verzögerung 15 Min.}",
            "{Zuletzt aktualisiert|Stand}: {date}",
        ],
        "haftung": [
            "{Die Beiträge|Namentlich gekennzeichnete Beiträge} {geben nicht unbedingt die Meinung der Redaktion wieder|spiegeln die Meinung des Autors wider}{.|}",
            "{Keine Anlageberatung|Dies ist keine Anlageberatung|Alle Angaben ohne Gewähr}{.|}",
            "{Für die Inhalte externer Links|Für Inhalte verlinkter Seiten} {übernehmen wir keine Haftung|sind ausschließlich deren Betreiber verantwortlich}{.|}",
        ],
    },
    "fr": {
        "copyright": [
            "{©|Copyright ©|Copyright} {year} {brand}{| SAS| SA| Groupe}{.|}{| Tous droits réservés.}",
            "{©|Copyright} {yr2}{-|–}{year} {brand}{.|,} Tous droits réservés{.|}",
            "{Reproduction interdite|Toute reproduction interdite|Reproduction totale ou partielle interdite sans autorisation}{.|}",
            "{©|Copyright} {AFP|Le Monde avec AFP|{brand} avec AFP} {year}",
        ],
        "pied-de-page": [
            "{Mentions légales|Politique de confidentialité|CGU|CGV|Contact|Qui sommes-nous ?|Publicité|Plan du site|Gestion des cookies|Nous rejoindre|Accessibilité}{ \\| | · | - }{Mentions légales|CGU|Données personnelles|Paramètres des cookies|Contact|Charte de déontologie|Plan du site}",
            "{Mentions légales|Politique de confidentialité|Conditions générales d'utilisation|Gestion des cookies|Plan du site|Accessibilité : partiellement conforme}",
        ],
        "editeur": [
            "{brand} est {édité par|une publication de|un site du groupe} {company}{.|}",
            "{Directeur de la publication|Directrice de la publication} : {name}",
            "{RCS|R.C.S.} {city} {digits}{ 456 789| 123 001}",
            "{Propulsé par|Réalisé par|Site conçu par} {WordPress|{company}}",
        ],
    },
    "es": {
        "copyright": [
            "{©|Copyright ©|Copyright} {year} {brand}{| S.L.| S.A.| Grupo}{.|}{| Todos los derechos reservados.}",
            "{©|Copyright} {yr2}{-|–}{year} {brand}{.|,} Todos los derechos reservados{.|}",
            "{Queda prohibida la reproducción total o parcial|Prohibida su reproducción} {sin autorización|sin permiso expreso} {de {brand}|del editor}{.|}",
            "{© EFE|© Europa Press|© AFP|© {brand}} {year}",
        ],
        "pie": [
            "{Aviso legal|Política de privacidad|Política de cookies|Contacto|Quiénes somos|Publicidad|Mapa del sitio|Trabaja con nosotros|Accesibilidad|Términos y condiciones}{ \\| | · | - }{Aviso legal|Privacidad|Cookies|Contacto|Código ético|Mapa web|Configurar cookies}",
            "{Aviso legal|Política de privacidad|Términos y condiciones de uso|Configuración de cookies|Mapa del sitio}",
        ],
        "editor": [
            "{brand} es {una publicación de|propiedad de|un medio de} {company}{.|}",
            "{Director|Directora}: {name}",
            "{CIF|NIF}: B{digits}{12345|67890}",
            "{Desarrollado por|Hecho con|Diseño web:} {WordPress|{company}}",
        ],
    },
    "it": {
        "copyright": [
            "{©|Copyright ©|Copyright} {year} {brand}{| S.p.A.| S.r.l.| Gruppo}{.|}{| Tutti i diritti riservati.}",
            "{©|Copyright} {yr2}{-|–}{year} {brand}{.|,} Tutti i diritti riservati{.|}",
            "{Riproduzione riservata|© Riproduzione riservata|È vietata la riproduzione, anche parziale}{.|}",
            "{P.IVA|Partita IVA} {digits}{0123456|9876543}",
        ],
        "piede": [
            "{Note legali|Privacy policy|Cookie policy|Contatti|Chi siamo|Pubblicità|Mappa del sito|Lavora con noi|Termini e condizioni}{ \\| | · | - }{Privacy|Cookie|Contatti|Redazione|Preferenze cookie|Codice etico}",
            "{Note legali|Informativa privacy|Condizioni d'uso|Gestisci cookie|Mappa del sito}",
        ],
        "editore": [
            "{brand} è {una testata di|edita da|un marchio di} {company}{.|}",
            "{Direttore responsabile|Direttrice responsabile}: {name}",
            "{Registrazione|Reg.} Tribunale di {city} n. {digits} del {date}",
            "{Realizzato da|Powered by} {WordPress|{company}}",
        ],
    },
    "pt": {
        "copyright": [
            "{©|Copyright ©|Copyright} {year} {brand}{| Ltda.| S.A.| Grupo}{.|}{| Todos os direitos reservados.}",
            "{©|Copyright} {yr2}{-|–}{year} {brand}{.|,} Todos os direitos reservados{.|}",
            "{É proibida a reprodução|Proibida a reprodução} {total ou parcial|deste conteúdo} {sem autorização|sem autorização prévia}{.|}",
            "{CNPJ|NIF}: {digits}{.345.678/0001-90| 123 456}",
        ],
        "rodape": [
            "{Termos de uso|Política de privacidade|Política de cookies|Fale conosco|Quem somos|Anuncie|Mapa do site|Trabalhe conosco|Estatuto editorial}{ \\| | · | - }{Privacidade|Cookies|Contato|Expediente|Ficha técnica|Código de conduta}",
            "{Termos de uso|Política de privacidade|Configurações de cookies|Mapa do site|Expediente}",
        ],
        "editora": [
            "{brand} é {uma publicação de|propriedade de|um site do grupo} {company}{.|}",
            "{Diretor de redação|Diretora editorial}: {name}",
            "{Desenvolvido por|Feito com|Powered by} {WordPress|{company}}",
        ],
    },
    "nl": {
        "copyright": [
            "{©|Copyright ©|Copyright} {year} {brand}{| B.V.| N.V.| Media}{.|}{| Alle rechten voorbehouden.}",
            "{©|Copyright} {yr2}{-|–}{year} {brand}{.|,} Alle rechten voorbehouden{.|}",
            "{Niets uit deze uitgave mag worden verveelvoudigd|Overname van artikelen is niet toegestaan} zonder {toestemming|schriftelijke toestemming} van de uitgever{.|}",
            "{KvK|KvK-nummer}: {digits}{12345|67890}",
        ],
        "voettekst": [
            "{Privacybeleid|Cookiebeleid|Algemene voorwaarden|Contact|Over ons|Adverteren|Sitemap|Vacatures|Colofon|Disclaimer}{ \\| | · | - }{Privacy|Cookies|Contact|Colofon|Cookie-instellingen|Klachten}",
            "{Privacybeleid|Cookie-instellingen|Gebruiksvoorwaarden|Colofon|Disclaimer}",
        ],
        "uitgever": [
            "{brand} is {onderdeel van|een uitgave van|een merk van} {company}{.|}",
            "{Hoofdredacteur|Hoofdredactie}: {name}",
            "{Gemaakt met|Powered by|Website door} {WordPress|{company}}",
        ],
    },
    "pl": {
        "copyright": [
            "{©|Copyright ©|Copyright} {year} {brand}{| Sp. z o.o.| S.A.| Grupa}{.|}{| Wszelkie prawa zastrzeżone.}",
            "{©|Copyright} {yr2}{-|–}{year} {brand}{.|,} Wszelkie prawa zastrzeżone{.|}",
            "{Kopiowanie|Powielanie|Rozpowszechnianie} {treści|materiałów} {bez zgody|bez pisemnej zgody} {wydawcy|redakcji} {zabronione|jest zabronione}{.|}",
            "{NIP|KRS}: {digits}{1234567|0000123}",
        ],
        "stopka": [
            "{Polityka prywatności|Polityka cookies|Regulamin|Kontakt|O nas|Reklama|Mapa strony|Kariera|Redakcja}{ \\| | · | - }{Prywatność|Cookies|Kontakt|Regulamin|Ustawienia prywatności|Deklaracja dostępności}",
            "{Polityka prywatności|Regulamin serwisu|Ustawienia cookies|Mapa serwisu|Deklaracja dostępności}",
        ],
        "wydawca": [
            "{brand} {jest częścią|należy do|jest wydawany przez} {company}{.|}",
            "{Redaktor naczelny|Redaktor naczelna}: {name}",
            "{Projekt i wykonanie|Powered by|Strona stworzona przez} {WordPress|{company}}",
        ],
    },
    "ru": {
        "copyright": [
            "{©|Copyright ©|Copyright} {year} {brand}{.|}{| Все права защищены.}",
            "{©|Copyright} {yr2}{-|–|—}{year} {brand}{.|,} Все права защищены{.|}",
            "{При цитировании|При использовании материалов} {ссылка на {brand} обязательна|гиперссылка на источник обязательна}{.|}",
            "{Сетевое издание|СМИ} «{brand}» {зарегистрировано|зарегистрировано Роскомнадзором}{, свидетельство Эл № ФС77-{digits}|}{.|}",
            "{18+|16+|12+}",
        ],
        "futer": [
            "{Политика конфиденциальности|Пользовательское соглашение|Контакты|О нас|Реклама|Карта сайта|Вакансии|Редакция|Правила комментирования}{ \\| | · | - }{Конфиденциальность|Cookie|Контакты|Реклама на сайте|Обратная связь}",
            "{Политика конфиденциальности|Пользовательское соглашение|Карта сайта|Реклама на сайте}",
        ],
        "izdatel": [
            "{Учредитель|Издатель}: {ООО|АО} {company}",
            "{Главный редактор|Главный редактор:} {name}",
            "{Сайт работает на|Разработка сайта —} {WordPress|{company}}",
        ],
    },
    "ja": {
        "copyright": [
            "{©|Copyright ©|Copyright (C)|(C)} {year} {brand}{| Inc.| Co., Ltd.|, Inc.} {All Rights Reserved.|All rights reserved.|}",
            "{©|Copyright ©} {yr2}-{year} {company} {All Rights Reserved.|}",
            "{無断転載を禁じます|記事・写真・図表の無断転載を禁止します|掲載記事の無断転用を禁じます}{。|}",
            "{本サイトに掲載されている|当サイトの}{記事|文章・画像}{の著作権は|は}{brand}{に帰属します|が所有しています}{。|}",
        ],
        "footer": [
            "{プライバシーポリシー|利用規約|お問い合わせ|会社概要|広告掲載|サイトマップ|採用情報|運営会社|特定商取引法に基づく表記}{ ｜ | ・ | / }{個人情報保護方針|Cookieポリシー|お問い合わせ|運営会社|免責事項}",
            "{プライバシーポリシー|利用規約|サイトマップ|免責事項|運営会社}",
        ],
        "unei": [
            "{運営|運営会社|発行}：{company}",
            "{brand}は{company}が運営しています{。|}",
            "{Powered by|Produced by} {WordPress|{company}}",
        ],
    },
    "zh": {
        "copyright": [
            "{©|Copyright ©|Copyright} {year} {brand}{| 版权所有| All Rights Reserved}",
            "{©|Copyright ©} {yr2}-{year} {company}{ 版权所有|}",
            "{未经授权，禁止转载|未经许可不得转载|本文版权归{brand}所有，转载请注明出处}{。|}",
            "{京ICP备|沪ICP备|粤ICP备|浙ICP备}{digits}{0012号|345678号-1}",
            "{京公网安备|沪公网安备} {digits}{000012345号|0102000123号}",
        ],
        "yejiao": [
            "{关于我们|联系我们|隐私政策|用户协议|广告合作|网站地图|加入我们|免责声明|意见反馈}{ | | · | \\| }{隐私政策|联系我们|法律声明|投诉举报|友情链接}",
            "{关于我们|隐私政策|用户协议|免责声明|网站地图}",
        ],
        "zhuban": [
            "{主办|主管|运营}：{company}",
            "{违法和不良信息举报电话|举报电话}：{digits}{-12345678|0-1234567}",
            "{互联网新闻信息服务许可证|增值电信业务经营许可证}{：|编号：}{digits}{12345|0123}",
        ],
    },
    "sv": {"upphov": ["{©|Copyright} {year} {brand}{. Alla rättigheter förbehållna.|}", "{Integritetspolicy|Om cookies|Kontakt|Om oss|Annonsera}{ \\| | · }{Kundservice|Ansvarig utgivare: {name}|Cookieinställningar}"]},
    "tr": {"telif": ["{©|Copyright} {year} {brand}{. Tüm hakları saklıdır.|}", "{Gizlilik politikası|Çerez politikası|Künye|İletişim|Reklam}{ \\| | · }{Kullanım koşulları|KVKK|Hakkımızda}"]},
    "ko": {"jeojakgwon": ["{©|Copyright} {year} {brand}{. All rights reserved.|}", "{무단 전재 및 재배포 금지|저작권자 © {brand} 무단전재 및 재배포 금지}", "{개인정보처리방침|이용약관|청소년보호정책|회사소개}{ \\| | · }{제휴문의|광고문의|고객센터}"]},
    "ar": {"huquq": ["{©|جميع الحقوق محفوظة} {year} {brand}", "{سياسة الخصوصية|شروط الاستخدام|اتصل بنا|من نحن|أعلن معنا}{ \\| | · }{خريطة الموقع|سياسة ملفات تعريف الارتباط}"]},
    "hi": {"copyright": ["{©|Copyright} {year} {brand}{. सर्वाधिकार सुरक्षित।|}", "{गोपनीयता नीति|उपयोग की शर्तें|संपर्क करें|हमारे बारे में|विज्ञापन}{ \\| | · }{साइटमैप|अस्वीकरण}"]},
}

_MORE = {
    "fr": {"avertissement": ["{Les propos tenus|Les opinions exprimées} {n'engagent que leur auteur|dans cette tribune n'engagent pas la rédaction}{.|}", "{Ceci n'est pas un conseil en investissement|Informations fournies à titre indicatif}{.|}", "{Dernière mise à jour|Page mise à jour} : {date}", "{Hébergeur|Hébergé par} : {OVH|Scaleway|{company}}"]},
    "es": {"descargo": ["{Las opiniones|Los artículos de opinión} {son responsabilidad exclusiva de sus autores|no reflejan necesariamente la línea del medio}{.|}", "{Esto no constituye asesoramiento financiero|Información orientativa}{.|}", "{Última actualización|Página actualizada}: {date}", "{Alojado por|Hosting}: {{company}|Hostinger|Arsys}"]},
    "it": {"avvertenze": ["{Le opinioni espresse|Gli articoli d'opinione} {sono responsabilità degli autori|non riflettono necessariamente la linea della testata}{.|}", "{Non costituisce consulenza finanziaria|Informazioni a titolo indicativo}{.|}", "{Ultimo aggiornamento|Pagina aggiornata}: {date}", "{Testata registrata|Iscrizione al ROC n. {digits}}"]},
    "pt": {"aviso": ["{As opiniões|Os artigos de opinião} {são de responsabilidade dos autores|não refletem necessariamente a linha editorial}{.|}", "{Isto não constitui aconselhamento financeiro|Informação meramente indicativa}{.|}", "{Última atualização|Página atualizada}: {date}", "{Registo ERC n.º {digits}|Hospedado por {company}}"]},
    "nl": {"disclaimer": ["{De meningen|Opiniestukken} {zijn voor rekening van de auteur|weerspiegelen niet noodzakelijk het standpunt van de redactie}{.|}", "{Dit is geen beleggingsadvies|Aan deze informatie kunnen geen rechten worden ontleend}{.|}", "{Laatst bijgewerkt|Pagina bijgewerkt}: {date}", "{Hosting|Gehost door}: {{company}|TransIP}"]},
    "pl": {"zastrzezenia": ["{Opinie|Felietony} {wyrażają poglądy autorów|nie zawsze odzwierciedlają stanowisko redakcji}{.|}", "{Nie stanowi porady inwestycyjnej|Informacje mają charakter orientacyjny}{.|}", "{Ostatnia aktualizacja|Strona zaktualizowana}: {date}", "{Hosting|Serwery}: {{company}|home.pl}"]},
    "ru": {"otkaz": ["{Мнение автора|Мнения авторов} {может не совпадать с позицией редакции|не отражают позицию редакции}{.|}", "{Не является индивидуальной инвестиционной рекомендацией|Информация носит справочный характер}{.|}", "{Последнее обновление|Страница обновлена}: {date}", "{Хостинг|Размещено на серверах} {{company}|Selectel}"]},
    "ja": {"menseki": ["{記事中の意見は|本記事の内容は}{筆者個人のものであり|執筆時点のものであり}、{編集部の見解ではありません|変更されている場合があります}{。|}", "{投資の勧誘を目的としたものではありません|掲載情報の正確性は保証しません}{。|}", "{最終更新|ページ更新}：{date}"]},
    "zh": {"shengming": ["{文章观点仅代表作者本人|本文仅代表作者观点}，{不代表本站立场|与本站无关}{。|}", "{本文不构成投资建议|市场有风险，投资需谨慎}{。|}", "{最后更新|页面更新}：{date}"]},
}
for _lang, _fams in _MORE.items():
    FAMILIES[_lang].update(_fams)

FAMILIES["en"].update({
    "licensing-syndication": [
        "{Reprints & Permissions|Reprints and permissions|Licensing|Syndication|Buy this photo|Order a reprint}",
        "{Want to use this article?|Want to republish this story?|Republish this article} {Click here for options|See our licensing options|Contact our syndication team}{.|}",
        "{For|To arrange} {reprints|syndication|licensing}, {contact|email} {syndication@{brand}.com|our licensing team}{.|}",
        "{This article|This story} {was originally published|first appeared} {on|in} {brand}{.| and is republished here with permission.}",
        "{Republished|Reproduced} with permission from {brand}{.|}",
    ],
})

for _lang, _fam, _t in (
    ("sv", "utgivare", ["{Ansvarig utgivare|Chefredaktör}: {name}", "{brand} ges ut av {company}{.|}", "{Kopiering av innehåll utan tillstånd är förbjuden|Alla rättigheter förbehållna}{.|}"]),
    ("tr", "kunye", ["{Genel Yayın Yönetmeni|Sorumlu Yazı İşleri Müdürü}: {name}", "{brand} bir {company} kuruluşudur{.|}", "{İçeriklerin izinsiz kopyalanması yasaktır|Tüm hakları saklıdır}{.|}"]),
    ("ko", "balhaengin", ["{발행인|편집인|편집국장}: {name}", "{brand}은(는) {company}에서 운영합니다{.|}", "{등록번호: 서울 아{digits}|사업자등록번호: {digits}-{digits}}"]),
    ("ar", "nashir", ["{رئيس التحرير|المدير العام}: {name}", "{brand} تصدر عن {company}{.|}", "{يُمنع نسخ المحتوى دون إذن|جميع الحقوق محفوظة}{.|}"]),
    ("hi", "prakashak", ["{संपादक|प्रकाशक}: {name}", "{brand} का संचालन {company} करता है{।|}", "{बिना अनुमति सामग्री की नकल प्रतिबंधित है|सर्वाधिकार सुरक्षित}{।|}"]),
):
    FAMILIES[_lang][_fam] = _t

# Session 3: more house styles (written afresh; every name falls in the training part of the split).
for _lang, _fam, _t in (
    ("en", "footer-lines", [
        "{brand} {is a registered trademark|is a trading name} of {company}{.|}",
        "{company}, {registered in England and Wales|a company registered in Delaware|registered office:} {No. {digits}|{city}}{.|}",
        "{About us|Contact us|Careers|Advertise with us|Privacy|Cookie settings|Terms of use|Accessibility|Sitemap|Corrections|Complaints}{ \\| | · }{Contact us|Careers|Privacy|Terms of use|Sitemap}",
        "{All content|Everything on this site} {copyright|©} {year} {brand}{| unless otherwise noted}{.|}",
        "{Part of|A member of|Owned by} {company}{| group}",
        "{Made with|Powered by|Built with} {WordPress|Ghost|Arc XP|{company}}",
    ]),
    ("de", "fusszeile-s3", [
        "{Impressum|Datenschutz|AGB|Kontakt|Mediadaten|Barrierefreiheit|Cookie-Einstellungen}{ \\| | · }{Datenschutz|Kontakt|Impressum|AGB}",
        "{brand} ist ein Angebot der {company}{.|}",
        "{Alle Inhalte|Sämtliche Inhalte} © {year} {brand}{.|}",
        "{Sitz der Gesellschaft|Registergericht}: {city}{|, HRB {digits}}",
    ]),
    ("fr", "pied-de-page-s3", [
        "{Mentions légales|Confidentialité|CGU|Contact|Publicité|Gestion des cookies|Plan du site}{ \\| | · }{Contact|CGU|Mentions légales}",
        "{brand} est édité par {company}{.|}",
        "© {year} {brand}{| — Tous droits réservés}",
        "{Directeur de la publication|Directrice de la publication} : {name}",
    ]),
    ("es", "pie-pagina-s3", [
        "{Aviso legal|Privacidad|Contacto|Publicidad|Política de cookies|Mapa web}{ \\| | · }{Contacto|Aviso legal|Privacidad}",
        "{brand} es una publicación de {company}{.|}",
        "© {year} {brand}{| — Todos los derechos reservados}",
        "{Director|Directora}: {name}",
    ]),
    ("it", "pie-pagina-it-s3", [
        "{Note legali|Privacy|Contatti|Pubblicità|Cookie policy|Mappa del sito}{ \\| | · }{Contatti|Privacy|Note legali}",
        "{brand} è una testata di {company}{.|}",
        "© {year} {brand}{| — Tutti i diritti riservati}",
        "{P.IVA|Partita IVA} {digits}",
    ]),
    ("pt", "rodape-s3", [
        "{Termos de uso|Privacidade|Contato|Anuncie|Política de cookies|Mapa do site}{ \\| | · }{Contato|Privacidade|Termos de uso}",
        "{brand} é uma publicação da {company}{.|}",
        "© {year} {brand}{| — Todos os direitos reservados}",
        "{CNPJ|NIF}: {digits}",
    ]),
    ("nl", "voettekst-s3", [
        "{Colofon|Privacy|Contact|Adverteren|Cookie-instellingen|Sitemap}{ \\| | · }{Contact|Privacy|Colofon}",
        "{brand} is een uitgave van {company}{.|}",
        "© {year} {brand}{| — Alle rechten voorbehouden}",
        "KvK {digits}",
    ]),
    ("pl", "stopka-s3", [
        "{Regulamin|Polityka prywatności|Kontakt|Reklama|Ustawienia cookies|Mapa strony}{ \\| | · }{Kontakt|Regulamin|Polityka prywatności}",
        "{brand} jest wydawany przez {company}{.|}",
        "© {year} {brand}{| — Wszelkie prawa zastrzeżone}",
        "{NIP|KRS} {digits}",
    ]),
    ("ru", "podval", [
        "{Пользовательское соглашение|Конфиденциальность|Контакты|Реклама|Настройки cookie|Карта сайта}{ \\| | · }{Контакты|Реклама}",
        "{Учредитель|Издатель}: {company}",
        "© {year} {brand}{| — Все права защищены}",
        "{Свидетельство о регистрации СМИ|Реестровая запись} {ЭЛ № ФС 77-{digits}}",
    ]),
    ("ja", "futta", [
        "{会社概要|プライバシーポリシー|利用規約|お問い合わせ|広告掲載|サイトマップ}{ \\| | · }{お問い合わせ|利用規約}",
        "{brand}は{company}が運営しています{。|}",
        "Copyright © {year} {brand} All Rights Reserved.",
        "{無断転載を禁じます|記事・写真の無断転載を禁じます}{。|}",
    ]),
    ("zh", "yejiao-v3", [
        "{关于我们|隐私政策|用户协议|联系我们|广告合作|网站地图}{ \\| | · }{联系我们|用户协议}",
        "{brand}由{company}运营",
        "Copyright © {year} {brand} 版权所有",
        "{京ICP备|沪ICP备|粤ICP备}{digits}号",
    ]),
):
    assert _fam not in FAMILIES[_lang], _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 4: syndication and reuse notes, agency credits, imprint lines, in more scripts.
for _lang, _fam, _t in (
    ("en", "syndication-reuse", [
        "{This article|This story|This content} {originally appeared|was originally published|first appeared} {on|in} {brand}{.|, and is republished with permission.}",
        "{Republish|Reprint} this article{| under a Creative Commons license}",
        "{Distributed by|Syndicated by|Via} {brand}{| · All rights reserved}",
        "{© {year} {brand}|Copyright {year} {brand}}{. |, }{Used with permission|Reprinted with permission|Licensed content}{.|}",
        "{Terms of Use|Privacy Notice|Accessibility|Sitemap|Contact us|Advertise with us|Careers}{ \\| | · }{Terms of Use|Privacy Notice|Accessibility|Sitemap|Contact us|Cookie settings}",
    ]),
    ("de", "uebernahme-agentur-b", [
        "{Dieser Artikel|Dieser Beitrag} erschien zuerst {bei|in} {brand}{.|.}",
        "{Quelle|Mit Material von}: {dpa|AFP|Reuters|{brand}}{|, {brand}}",
        "{© {year} {brand}|Copyright {year} {brand}} – {Alle Rechte vorbehalten|Nachdruck nur mit Genehmigung}",
        "{Impressum|Datenschutz|AGB|Kontakt|Barrierefreiheit}{ \\| | · }{Datenschutz|AGB|Kontakt|Cookie-Einstellungen}",
    ]),
    ("fr", "reprise-agence", [
        "{Cet article|Ce texte} a été initialement publié {par|dans} {brand}.",
        "{Source|Avec} : {AFP|Reuters|{brand}}",
        "© {year} {brand} – Tous droits de reproduction réservés",
        "{Mentions légales|Confidentialité|CGU|Contact}{ \\| | · }{Gestion des cookies|Plan du site|Nous contacter}",
    ]),
    ("es", "reproduccion-agencia", [
        "{Este artículo|Este texto} se publicó originalmente en {brand}.",
        "{Fuente|Con información de}: {EFE|Europa Press|Reuters|{brand}}",
        "© {year} {brand}. Prohibida su reproducción total o parcial",
        "{Aviso legal|Privacidad|Contacto|Política de cookies}{ \\| | · }{Mapa del sitio|Publicidad|Contacto}",
    ]),
    ("ko", "jeojakgwon-b", [
        "{ⓒ|©} {brand}{, | }{무단 전재 및 재배포 금지|무단전재-재배포 금지|All rights reserved}",
        "{저작권자|Copyright} © {brand}",
        "{회사소개|이용약관|개인정보처리방침|청소년보호정책|광고문의}{ \\| | · }{이용약관|개인정보처리방침|고객센터}",
        "{name} 기자 {handle}",
    ]),
    ("ar", "huquq-2-b", [
        "{جميع الحقوق محفوظة|حقوق النشر محفوظة} © {year} {brand}",
        "{يمنع|يُحظر} نسخ أو إعادة نشر {المحتوى|هذا المقال} دون إذن",
        "{اتصل بنا|سياسة الخصوصية|شروط الاستخدام|من نحن}{ \\| | · }{سياسة الخصوصية|شروط الاستخدام|أعلن معنا}",
    ]),
    ("hi", "copyright-2", [
        "{कॉपीराइट|Copyright} © {year} {brand}{| सर्वाधिकार सुरक्षित}",
        "{बिना अनुमति|अनुमति के बिना} {सामग्री का उपयोग वर्जित है|इस लेख को प्रकाशित करना मना है}",
        "{हमारे बारे में|संपर्क करें|गोपनीयता नीति|नियम और शर्तें}{ \\| | · }{गोपनीयता नीति|विज्ञापन दें|साइटमैप}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Fifth session: rights lines, reuse bans, legal footer rows and syndication credits in other house
# styles (every name in the training part; the held-out families unchanged).
for _lang, _fam, _t in (
    ("en", "rights-reuse-s5", [
        "{©|Copyright ©|(c)} {year}{|–{year}} {brand}{|, a {company} company}{|. All rights reserved.}",
        "{This material may not be published, broadcast, rewritten or redistributed|No part of this article may be reproduced without permission|Reproduction in whole or in part is prohibited}{.|}",
        "{Terms of Use|Privacy Notice|Accessibility|Contact Us|Advertise|Careers|Sitemap}{ · | \\| }{Terms of Use|Privacy Notice|Do Not Sell My Personal Information|Cookie Settings}",
        "{Distributed by|Syndicated by|Originally published by|Republished with permission of} {brand}{|.}",
    ]),
    ("de", "rechte-zeile-s5", [
        "{©|Copyright ©} {year} {brand}{| GmbH}{|. Alle Rechte vorbehalten.}",
        "{Vervielfältigung nur mit Genehmigung|Alle Rechte vorbehalten. Weiterverbreitung nur mit Zustimmung des Verlags|Nachdruck nur mit schriftlicher Genehmigung}{.|}",
        "{Impressum|Datenschutz|AGB|Kontakt|Mediadaten|Barrierefreiheit}{ · | \\| }{Datenschutz|Nutzungsbedingungen|Cookie-Einstellungen|Widerruf Tracking}",
        "{Mit Material von|Quelle:|Zuerst erschienen bei} {brand}{|, {company}}",
    ]),
    ("fr", "droits-ligne-s5", [
        "{©|Copyright ©} {year} {brand}{|. Tous droits réservés.}",
        "{Toute reproduction interdite sans autorisation|Reproduction et diffusion interdites sans accord écrit}{.|}",
        "{Mentions légales|Confidentialité|CGU|Contact|Publicité|Plan du site}{ · | \\| }{Gestion des cookies|Politique de confidentialité|Conditions générales}",
        "{Avec {company}|Source :|Publié initialement par} {brand}",
    ]),
    ("es", "derechos-linea-s5", [
        "{©|Copyright ©} {year} {brand}{|. Todos los derechos reservados.}",
        "{Prohibida su reproducción total o parcial|Queda prohibida la reproducción sin autorización}{.|}",
        "{Aviso legal|Privacidad|Contacto|Publicidad|Mapa del sitio}{ · | \\| }{Política de cookies|Condiciones de uso|Configuración de privacidad}",
        "{Con información de|Fuente:|Publicado originalmente en} {brand}",
    ]),
    ("it", "diritti-riga-s5", [
        "{©|Copyright ©} {year} {brand}{| S.p.A.}{|. Tutti i diritti riservati.}",
        "{Riproduzione riservata|È vietata la riproduzione anche parziale}{.|}",
        "{Note legali|Privacy|Contatti|Pubblicità|Mappa del sito}{ · | \\| }{Cookie policy|Termini e condizioni|Preferenze privacy}",
        "{Fonte:|Pubblicato originariamente su|Con informazioni di} {brand}",
    ]),
    ("pt", "direitos-linha-s5b", [
        "{©|Copyright ©} {year} {brand}{|. Todos os direitos reservados.}",
        "{Proibida a reprodução sem autorização|É proibida a reprodução total ou parcial deste conteúdo}{.|}",
        "{Termos de uso|Privacidade|Fale conosco|Anuncie|Mapa do site}{ · | \\| }{Política de cookies|Política de privacidade|Expediente}",
        "{Com informações de|Fonte:|Publicado originalmente em} {brand}",
    ]),
    ("nl", "rechten-regel-s5", [
        "{©|Copyright ©} {year} {brand}{| B.V.}{|. Alle rechten voorbehouden.}",
        "{Overname zonder toestemming niet toegestaan|Niets uit deze uitgave mag worden verveelvoudigd}{.|}",
        "{Colofon|Privacy|Contact|Adverteren|Sitemap}{ · | \\| }{Cookiebeleid|Gebruiksvoorwaarden|Privacyinstellingen}",
        "{Met medewerking van|Bron:|Eerder verschenen bij} {brand}",
    ]),
    ("pl", "prawa-linia-s5", [
        "{©|Copyright ©} {year} {brand}{| Sp. z o.o.}{|. Wszelkie prawa zastrzeżone.}",
        "{Kopiowanie bez zgody zabronione|Przedruk tylko za zgodą redakcji}{.|}",
        "{Regulamin|Polityka prywatności|Kontakt|Reklama|Mapa strony}{ · | \\| }{Ustawienia cookies|Polityka cookies|Redakcja}",
        "{Źródło:|Na podstawie:|Pierwotnie opublikowano w} {brand}",
    ]),
    ("ru", "prava-stroka-s5", [
        "{©|Copyright ©} {year} {brand}{|. Все права защищены.}",
        "{Перепечатка без разрешения запрещена|Использование материалов допускается только с согласия редакции}{.|}",
        "{Правовая информация|Конфиденциальность|Контакты|Реклама|Карта сайта}{ · | \\| }{Политика cookie|Пользовательское соглашение|Редакция}",
        "{Источник:|По материалам|Впервые опубликовано в} {brand}",
    ]),
    ("ja", "chosakuken-gyou-s5", [
        "{©|Copyright ©} {year} {brand}{| All Rights Reserved.|}",
        "{記事・写真の無断転載を禁じます|無断転載・複製を禁止します|掲載記事の無断利用はお断りします}{。|}",
        "{利用規約|プライバシーポリシー|お問い合わせ|広告掲載|サイトマップ}{ ｜ | \\| }{クッキーポリシー|運営会社|著作権について}",
        "{出典：|提供：|配信：}{brand}",
    ]),
    ("zh", "banquan-hang-s5b", [
        "{©|Copyright ©|版权所有 ©} {year} {brand}{|。保留所有权利。}",
        "{未经授权不得转载|本文版权归{brand}所有，转载请注明出处|禁止任何形式的转载}{。|}",
        "{关于我们|隐私政策|联系我们|广告服务|网站地图}{ ｜ | \\| }{用户协议|免责声明|版权声明}",
        "{来源：|原文首发于|本文转载自}{brand}",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 8: one family of the category's commonest shapes in Ukrainian, Czech, Indonesian and Vietnamese, languages the bank had no lines of
# (written afresh; every name falls in the training part of the split).
_LANGS_S8 = {
 "uk": {
  "prava-zakhyshcheno-s8b": {
   "n": 30,
   "t": [
    "© {year} {brand}. Усі права захищено.",
    "{Використання матеріалів|Будь-яке використання матеріалів} дозволяється лише за умови посилання на {brand}.",
    "{Політика конфіденційності|Умови використання|Контакти|Про нас} | {Реклама|Редакція|Правила}",
    "Свідоцтво про реєстрацію ЗМІ № {big}"
   ]
  }
 },
 "cs": {
  "prava-vyhrazena-s8": {
   "n": 30,
   "t": [
    "© {year} {brand}, všechna práva vyhrazena.",
    "Publikování nebo šíření obsahu je bez písemného souhlasu zakázáno.",
    "{Ochrana osobních údajů|Podmínky užívání|Kontakty|O nás} | {Reklama|Redakce|Cookies}",
    "Vydavatel: {brand} a.s., IČO {big}{12|45|78}"
   ]
  }
 },
 "id": {
  "hak-cipta-s8": {
   "n": 30,
   "t": [
    "© {year} {brand}. Hak cipta dilindungi undang-undang.",
    "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel tanpa izin.",
    "{Kebijakan Privasi|Syarat dan Ketentuan|Kontak|Tentang Kami} | {Redaksi|Pedoman Media Siber|Iklan}",
    "Pedoman Media Siber"
   ]
  }
 },
 "vi": {
  "ban-quyen-s8b": {
   "n": 30,
   "t": [
    "© {year} {brand}. Bảo lưu mọi quyền.",
    "Không được sao chép hoặc sử dụng nội dung khi chưa có sự đồng ý bằng văn bản.",
    "{Chính sách bảo mật|Điều khoản sử dụng|Liên hệ|Giới thiệu} | {Quảng cáo|Tòa soạn}",
    "Giấy phép hoạt động báo điện tử số {big}/GP-BTTTT"
   ]
  }
 }
}
for _lang, _fams in _LANGS_S8.items():
    FAMILIES.setdefault(_lang, {}).update(_fams)
