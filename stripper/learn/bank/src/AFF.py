"""AFF: affiliate and commission disclosures, sponsored labels, shop buttons and price widgets."""

FAMILIES = {
    "en": {
        "first-person-commission": [
            "{If|When} you {buy|purchase|shop|click} {through|via|using} {links|retail links|affiliate links|the links} {on|in} {our site|this page|this article|this post|our articles}, we may earn {a commission|an affiliate commission|a small commission|a share of the sale|compensation}{.| at no extra cost to you.| at no cost to you.|. Here's how it works.|. Learn more.|. Here’s why you can trust us.}",
            "We may {earn|receive|get} {a commission|commission|a small fee|revenue} {from|on} {purchases|sales|products} made {through|via} links {on this page|in this article|on our site}{.|, at no extra cost to you.}",
            "We {earn|make} {a commission|money} {if|when} you {buy|purchase} {something|a product|anything} {through|from} {our links|one of our links|the links below}{.|, but it never affects our picks.|; this doesn't affect which products we include.}",
            "{If|When} you click on {a link|links} {here|in this story|on this page} and make a purchase, we {may|might|will} {receive|earn} {a commission|a small commission|a small share of the sale}.",
            "{Heads up|Just so you know|FYI|Note}: we may earn a {commission|small commission|fee} {if|when} you buy through {links|the links} on this page.",
            "This page contains links {to|from} {retailers|our partners|online stores}; {if you buy|purchases made} through them{ we may earn| may earn us} {a commission|commission|a fee}.",
            "We {are|’re|'re} reader-supported. When you buy through links on our site, we may earn an affiliate commission.",
        ],
        "third-person-brand": [
            "{Products|All products|Items|Every product} {are|is} {chosen|selected|picked} independently by our editors. {brand} {earns|may earn|receives} {a commission|an affiliate commission|compensation} from some {retailers|of the retailers listed|purchases}{.|, at no cost to you.}",
            "{brand} {is supported by its audience|is reader-supported|may earn a commission from products purchased through links on this page|earns a commission on sales made through links in this article}.",
            "{brand} may receive {a commission|compensation|a share of revenue} {when you|if you} {buy|make a purchase} through {links|the retail links} {on this page|in this article|on our site}.",
            "{brand} {has|may have} affiliate partnerships{. These do not influence our editorial content|, so we may get a commission from purchases made through links|; they never affect our reviews}.",
            "{brand} {selects|chooses} these products independently{. If you buy from a link, {brand} may earn a commission.|; {brand} may earn a commission on purchases.}",
            "Prices are accurate at the time of publication. {brand} may earn an affiliate commission {from|on} purchases made through {our links|these links}.",
            "{brand} {participates|takes part} in {various|several} affiliate {programs|marketing programs}, which means {it|{brand}} may {get paid|earn commissions} on {editorially chosen products|products} purchased through {its|our} links to retailer sites.",
            "Purchases made through {links|the links} on this page may earn {brand} {a commission|a fee|a share of the sale}.",
        ],
        "associate-programme": [
            "As an Amazon Associate{,| } {I|we|{brand}} {earn|earns} from qualifying purchases.",
            "{brand} is a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for {sites|us} to earn {fees|advertising fees} by {advertising and linking|linking} to Amazon.com.",
            "We are {a participant|participants} in {the Amazon Associates Program|the eBay Partner Network|the Skimlinks programme|several affiliate programmes}{.|, and may earn fees from qualifying purchases.}",
            "As an {Amazon|Etsy|Walmart|eBay} {Associate|affiliate|partner}, {we|this site} earn{s|} from qualifying purchases{.| made through links on this page.}",
            "{brand} {uses|works with} {Skimlinks|Sovrn|affiliate networks such as Awin and CJ} and may earn {a commission|money} when you buy through links.",
        ],
        "contains-affiliate-links": [
            "This {post|article|page|guide|review|story} {contains|may contain|includes} affiliate links{.| (marked with *).|, which means we may receive a small commission at no extra cost to you.|. Please read our disclosure policy for more info.}",
            "{Disclosure|Affiliate disclosure|Disclaimer}: {this post contains|this article may contain|some of the links on this page are|some links below are} affiliate links{.|, meaning I get a commission if you decide to make a purchase.|, which support the site at no cost to you.}",
            "Links marked with {an asterisk|*|a star} are affiliate links.",
            "{*|†} {Affiliate link|This is an affiliate link|Links marked * are affiliate links}{.|: we may earn a commission if you buy.|}",
            "{Affiliate links|Links} {in this article|on this page} {are|may be} {monetised|monetized|commissionable}{.| through our partners.}",
            "Some of the links in this {article|newsletter|post} are affiliate links{, and I may earn a small commission|. If you use them, the price you pay stays the same}.",
            "{Contains affiliate links|Includes affiliate links|Affiliate links below}",
        ],
        "sponsored-label": [
            "{Sponsored|Sponsored content|Sponsored post|Sponsored story|Sponsored feature|Promoted|Promoted content|Paid content|Paid post|Partner content|Advertorial|Advertiser content|Branded content}",
            "{Paid partnership|In partnership|Produced in partnership|Created in partnership|Presented in association} with {company|brand}",
            "{Sponsored by|Presented by|Brought to you by|Powered by our partner|Supported by} {company}",
            "This {article|content|feature|series|guide|post} {is|was} {sponsored by|paid for by|produced in partnership with|brought to you by|funded by} {company}{.|, which had no editorial input.|. It was written by our commercial team.}",
            "{Content from our partner|From our partners|Paid for by {company}|Ad · {company}|Sponsored · {company}}",
            "This {is|was} {a paid promotion|an advertisement|a sponsored article} {for|on behalf of} {company}.",
            "{The following|This} content {is|was} {created|produced|written} by {{brand} Studio|our branded content team|the advertiser} {and|,} {not by|independently of} {the|our} {newsroom|editorial staff}.",
        ],
        "shop-button": [
            "{View Deal|View deal|See deal|Check price|Check Price|See price|Compare prices|Get deal|Shop now|Buy now|See at {shop}|View at {shop}|Check Amazon|See it}",
            "{price} at {shop}",
            "{price} {at|@|from} {shop}{| (save {pct}%)| (was {price})}",
            "{View|See|Check|Get} {the |}{deal|price|offer|lowest price} {at|on} {shop}",
            "{Buy|Shop|Get it|Order} {now|today} {at|from|on} {shop}",
            "{price} {|{shop}}",
            "{See|Check} {price|prices|availability} {on|at} {shop}",
            "{Was|RRP} {price}{ | – }{Now|now} {price}",
        ],
        "price-widget": [
            "{Prices|Price} {taken|correct|accurate} at {time of publishing|the time of publication|time of writing}{.| and may change.}",
            "We check over {n3} million products every day for the best prices",
            "{Low|Lowest|Best} price {today|this week}: {price} at {shop}",
            "Deals {updated|checked} {daily|hourly|every day}{.| by our shopping team.}",
            "{Powered by|Prices via} {Honey|PriceRunner|Shopsavvy|our price comparison partner}",
            "Today's best {product} deals",
            "{count} offers from {price}",
            "{Free shipping|Free delivery|Prime delivery} {| · }{{price} at {shop}|on orders over {price}}",
        ],
        "advertiser-disclosure": [
            "Advertiser Disclosure: {Many|Some} of the {credit card|financial|product} offers that appear on this site are from companies from which {brand} receives compensation.",
            "{Editorial Note|Editorial disclosure}: {brand} earns a commission from partner links on {this page|this site}, but commissions do not affect our {editors' opinions or evaluations|ratings}.",
            "{Compensation|Partner compensation} may impact {how and where products appear on this site|the order in which offers appear}{.|, but does not influence our recommendations.}",
            "{brand} {receives|may receive} compensation from {the|some} {companies|brands|providers} whose products we review.",
            "The offers that appear {on this site|in this table} are from {companies|partnerships} from which {brand} receives compensation.",
            "{This site|{brand}} {is compensated|receives payment} {through|via} third-party advertisers{.|; this may affect how products are shown.}",
            "Advertiser disclosure",
        ],
    },
    "de": {
        "wir-provision": [
            "{Wenn|Falls} Sie über {diese Links|einen dieser Links|die Links in diesem Artikel|einen Link auf dieser Seite} {einkaufen|etwas kaufen|bestellen}, {erhalten|bekommen} wir {eine kleine Provision|eine Provision|eine Vergütung}{.|, für Sie ändert sich am Preis nichts.| vom Händler.}",
            "Wir {erhalten|bekommen} {eine|ggf. eine|unter Umständen eine} {Provision|Vergütung|kleine Provision}, {wenn|sobald} Sie über {einen|diesen} Link {kaufen|einkaufen}{.|. Der Preis bleibt für Sie gleich.}",
            "Für Links auf dieser Seite {erhält|zahlt} {brand} {ggf. |}eine Provision vom Händler{.|, z. B. für mit * markierte.}",
            "{Kaufst|Bestellst} du über einen dieser Links, {erhalten wir|bekommen wir} eine kleine Provision{.|. Für dich ändert sich nichts am Preis.}",
            "Bei einem Kauf über {unsere|diese} Links {erhalten wir|verdienen wir|bekommt {brand}} {eine Provision|eine kleine Beteiligung}{.|. Mehr erfahren}",
        ],
        "anzeige-affiliate": [
            "{Anzeige|Werbung|*Anzeige}{,| –| \\|} {enthält|Beitrag enthält} Affiliate-Links",
            "{Dieser Artikel|Dieser Beitrag|Diese Seite} enthält {Affiliate-Links|Partnerlinks|Werbelinks|sogenannte Affiliate-Links}{.| (mit * gekennzeichnet).|. Mehr dazu im Impressum.}",
            "{Affiliate-Link|Werbelink|Provisionslink|Partnerlink}",
            "Mit {einem Sternchen|*|einem Einkaufswagen-Symbol} gekennzeichnete Links sind {Affiliate-Links|Provisions-Links}{.|: Wir erhalten eine kleine Provision, wenn Sie darüber kaufen.}",
            "{*|**} {Affiliate-Link|Provisionslink}: Kaufen Sie darüber, {unterstützen Sie {brand}|erhalten wir eine kleine Provision}.",
            "Hinweis: {Die|Alle} Links {in diesem Text|zu Händlern} sind Affiliate-Links{.|, die Auswahl der Produkte ist davon unabhängig.}",
        ],
        "dritte-person": [
            "{brand} {erhält|bekommt} {bei Käufen|für Käufe} über {Links|bestimmte Links} auf dieser Seite eine Provision{.| vom Händler.|. Die Auswahl der Produkte erfolgt redaktionell unabhängig.}",
            "Die {Produkte|Produktempfehlungen} {wurden|werden} {unabhängig|redaktionell unabhängig} von {der Redaktion|unserer Redaktion} ausgewählt. {brand} {erhält bei einem Kauf eine Provision|kann eine Provision vom Händler erhalten}.",
            "{brand} ist Teil {verschiedener|mehrerer} Affiliate-Programme und {verdient|erhält} {an Verkäufen|Provisionen} über {diese|diese ausgewählten} Links.",
            "{Die|Alle} mit * {markierten|gekennzeichneten} Links sind Provisions-Links: {brand} {erhält|bekommt} eine Vergütung, wenn Sie darüber einkaufen.",
            "Für {Einkäufe|Käufe} über {diese|die folgenden} Links {kann|könnte} {brand} eine Vergütung erhalten.",
        ],
        "gesponsert": [
            "{Gesponserter Beitrag|Gesponserter Inhalt|Sponsored Post|Werbung|Anzeige|Advertorial|Promotion|Bezahlte Partnerschaft|Partnerinhalt|In Kooperation mit {company}|Präsentiert von {company}|Unterstützt von {company}}",
            "Dieser {Beitrag|Artikel|Inhalt} {entstand|wurde} in {Kooperation|Zusammenarbeit} mit {company}{| erstellt}.",
            "Dieser {Text|Beitrag} wurde von {company} {bezahlt|finanziert|gesponsert}{.| und nicht von der Redaktion erstellt.}",
            "{Anzeige|Werbung} – Dieser Beitrag {wurde|ist} {gesponsert|bezahlt} von {company}",
            "{Werbung|Anzeige} \\| {company}",
        ],
        "shop-button": [
            "{Jetzt kaufen|Zum Angebot|Preis prüfen|Zum Shop|Bei {shop} ansehen|Angebot ansehen|Bei {shop} kaufen|Jetzt bestellen|Preis vergleichen|Zum Deal}",
            "{price} bei {shop}",
            "{Zum|Zu} {Angebot|Shop|Deal} bei {shop}{| ({price})}",
            "{price} {bei|auf} {shop} {ansehen|kaufen|bestellen}",
            "{Statt|UVP} {price}{ nur| jetzt|} {price}",
            "{Bestpreis|Tiefstpreis|Preis} {bei|laut} {shop}: {price}",
            "{Jetzt|Hier} {bei|auf} {shop} {zuschlagen|sichern|reinschauen}",
        ],
        "preis-widget": [
            "{Preise|Preis} {Stand|zum Zeitpunkt der Veröffentlichung|inkl. MwSt., Stand} {date}{|, Änderungen vorbehalten}",
            "{Preis|Preise} kann {inzwischen|mittlerweile} {höher|abweichen} sein{.|; Angaben ohne Gewähr.}",
            "{Angebote|Deals} {werden|sind} {täglich|stündlich} aktualisiert",
            "{Versandkostenfrei|Kostenloser Versand}{| ab {price}}{ · | – }{price} bei {shop}",
            "Preisvergleich {powered by|über} idealo",
            "{Zuletzt aktualisiert am|Letzte Aktualisierung:} {date}{ / Affiliate Links / Bilder von der Amazon Product Advertising API|}",
        ],
    },
    "fr": {
        "commission-nous": [
            "{Lorsque|Quand|Si} vous achetez {via nos liens|via les liens de cet article|par le biais de nos liens|grâce à un lien de cette page}, nous {pouvons percevoir|percevons|touchons} une {commission|petite commission|rémunération}{.|, sans surcoût pour vous.|. En savoir plus}",
            "{brand} {peut percevoir|perçoit|touche} une commission {sur les achats effectués|sur les achats réalisés} via {les liens|ces liens} de cette page.",
            "Nous {sommes|pouvons être} rémunérés {lorsque|si} vous cliquez sur {certains liens|ces liens} et {effectuez un achat|achetez}{.|, sans que cela ne change le prix.}",
            "{Les produits|Ces produits} sont sélectionnés {en toute indépendance|indépendamment} par {la rédaction|nos journalistes}. {brand} {peut percevoir|perçoit} une commission {sur les ventes|de certains marchands}.",
        ],
        "liens-affiliation": [
            "{Cet article|Cette page|Ce guide|Ce contenu} {contient|peut contenir} des liens {d'affiliation|d’affiliation|affiliés|sponsorisés}{.| (signalés par *).|, sans surcoût pour vous.}",
            "{Lien affilié|Lien sponsorisé|Liens affiliés|*Lien d'affiliation}",
            "Les liens {marqués|signalés|suivis} d'un astérisque sont des liens {affiliés|d'affiliation}{.|: nous touchons une commission en cas d'achat.}",
            "{Mention|Note} : {les liens|certains liens} de cet article sont {affiliés|rémunérés}{.|, la rédaction reste indépendante.}",
        ],
        "sponsorise": [
            "{Contenu sponsorisé|Article sponsorisé|Publi-rédactionnel|Publireportage|Contenu partenaire|Partenariat|Publicité|Contenu proposé par {company}|En partenariat avec {company}|Présenté par {company}}",
            "Cet article {a été|est} {réalisé|rédigé|produit} en partenariat avec {company}{.|, sans intervention de la rédaction.}",
            "{Ce contenu|Cet article} {est|a été} {financé|sponsorisé} par {company}.",
        ],
        "bouton-prix": [
            "{Voir l'offre|Voir l’offre|Voir le prix|Acheter maintenant|Voir sur {shop}|J'en profite|Comparer les prix|Découvrir l'offre|Voir le bon plan}",
            "{price} chez {shop}",
            "{price} {sur|chez} {shop}{| au lieu de {price}}",
            "{Voir|Découvrir} l'offre {chez|sur} {shop}",
            "{Meilleur prix|Prix le plus bas} : {price} {chez|sur} {shop}",
            "Prix {constatés|relevés} le {date}{|, susceptibles d'évoluer}",
        ],
    },
    "es": {
        "comision-nosotros": [
            "{Si|Cuando} compras {a través de|desde|mediante} {nuestros enlaces|los enlaces de este artículo|un enlace de esta página}, {podemos recibir|recibimos|podríamos ganar} una {comisión|pequeña comisión}{.|, sin coste adicional para ti.|. Más información}",
            "{brand} {puede recibir|recibe|obtiene} una comisión por las compras realizadas a través de {los enlaces|enlaces} de esta página.",
            "{Los productos|Estos productos} {han sido|son} {seleccionados|elegidos} de forma independiente por {la redacción|nuestros editores}. {brand} {puede recibir|recibe} una comisión de {algunos|los} {vendedores|comercios}.",
            "Ganamos una comisión {si|cuando} compras {algo|un producto} {desde|a través de} {nuestros enlaces|estos enlaces}{.|, pero eso no influye en nuestras recomendaciones.}",
        ],
        "enlaces-afiliado": [
            "{Este artículo|Esta página|Esta guía|Este post} {contiene|incluye|puede contener} enlaces {de afiliados|de afiliado|afiliados}{.| (marcados con *).|, lo que significa que podemos recibir una comisión.}",
            "{Enlace de afiliado|Enlaces de afiliados|*Enlace afiliado|Enlace patrocinado}",
            "{Nota|Aviso}: {los enlaces|algunos enlaces} de este {artículo|texto} son {de afiliados|afiliados}{.|; la redacción elige los productos de manera independiente.}",
            "En {este artículo|esta selección} {hay|aparecen} enlaces de afiliado{.|: si compras, nos llevamos una pequeña comisión.}",
        ],
        "patrocinado": [
            "{Contenido patrocinado|Artículo patrocinado|Publirreportaje|Contenido de marca|Publicidad|Patrocinado por {company}|En colaboración con {company}|Presentado por {company}|Contenido ofrecido por {company}}",
            "Este {artículo|contenido|reportaje} {ha sido|fue} {elaborado|producido|realizado} en colaboración con {company}{.|, sin intervención de la redacción.}",
            "Este contenido {está|ha sido} {patrocinado|financiado} por {company}.",
        ],
        "boton-precio": [
            "{Ver oferta|Ver precio|Comprar ahora|Ver en {shop}|Comprar en {shop}|Comparar precios|Ver chollo|Consultar precio}",
            "{price} en {shop}",
            "{price} {en|vía} {shop}{| antes {price}}",
            "{Mejor precio|Precio mínimo|Precio más bajo}: {price} en {shop}",
            "Precios {actualizados|consultados} el {date}{|; pueden variar}",
            "{Envío gratis|Envío gratuito}{| · }{price} en {shop}",
        ],
    },
    "it": {
        "commissione-noi": [
            "{Se|Quando} {acquisti|compri} {tramite|attraverso} {i nostri link|i link di questo articolo|un link in questa pagina}, {potremmo ricevere|riceviamo|potremmo guadagnare} una {commissione|piccola commissione}{.|, senza costi aggiuntivi per te.|. Scopri di più}",
            "{brand} {potrebbe ricevere|riceve|guadagna} una commissione {sugli acquisti effettuati|sulle vendite effettuate} tramite {i link|questi link} presenti {nella pagina|nell'articolo}.",
            "{I prodotti|Questi prodotti} sono {scelti|selezionati} in modo indipendente dalla redazione. {brand} {potrebbe ricevere|riceve} una commissione da {alcuni|i} {rivenditori|negozi}.",
            "In qualità di Affiliato Amazon{, | }{brand} riceve un guadagno dagli acquisti idonei.",
        ],
        "link-affiliazione": [
            "{Questo articolo|Questa pagina|Questa guida|Questo post} {contiene|può contenere} link {di affiliazione|affiliati|sponsorizzati}{.| (contrassegnati con *).|, senza alcun costo per te.}",
            "{Link di affiliazione|Link affiliato|*Link sponsorizzato|Link affiliati}",
            "{Nota|Avviso}: {i link|alcuni link} {presenti|contenuti} in questo articolo sono {di affiliazione|affiliati}.",
        ],
        "sponsorizzato": [
            "{Contenuto sponsorizzato|Articolo sponsorizzato|Publiredazionale|Contenuto promozionale|Pubblicità|In collaborazione con {company}|Presentato da {company}|Sponsorizzato da {company}|Contenuto offerto da {company}}",
            "Questo {articolo|contenuto} è stato {realizzato|prodotto|scritto} in collaborazione con {company}{.|, senza intervento della redazione.}",
        ],
        "bottone-prezzo": [
            "{Vedi offerta|Vedi prezzo|Acquista ora|Compra ora|Vedi su {shop}|Acquista su {shop}|Confronta prezzi|Scopri l'offerta}",
            "{price} su {shop}",
            "{price} {su|da} {shop}{| invece di {price}}",
            "{Miglior prezzo|Prezzo più basso}: {price} su {shop}",
            "Prezzi aggiornati al {date}{|, possono variare}",
        ],
    },
    "pt": {
        "comissao-nos": [
            "{Se|Quando} você {comprar|compra} {por meio de|através de|pelos} {nossos links|links desta página|links deste artigo}, {podemos receber|recebemos|podemos ganhar} uma {comissão|pequena comissão}{.|, sem custo extra para você.|. Saiba mais}",
            "{Ao|Se} comprar através {dos nossos links|de links nesta página}, {podemos receber|o {brand} pode receber} uma comissão{.|, sem custos adicionais para si.}",
            "{brand} {pode receber|recebe|ganha} uma comissão {pelas|sobre as} compras feitas {pelos|através dos} links desta página.",
            "{Os produtos|Estes produtos} são escolhidos de forma independente pela {redação|nossa equipe}. {brand} {pode receber|recebe} uma comissão de {alguns|certos} {varejistas|lojistas|parceiros}.",
        ],
        "links-afiliados": [
            "{Este artigo|Esta página|Este guia|Este post} {contém|pode conter} links {de afiliados|afiliados|patrocinados}{.| (marcados com *).|, o que significa que podemos receber uma comissão.}",
            "{Link afiliado|Links de afiliados|*Link patrocinado|Link de parceiro}",
            "{Nota|Aviso}: {os links|alguns links} {desta matéria|deste texto} são {de afiliados|afiliados}.",
        ],
        "patrocinado": [
            "{Conteúdo patrocinado|Publieditorial|Conteúdo de marca|Publicidade|Patrocinado por {company}|Em parceria com {company}|Oferecido por {company}|Conteúdo de parceiro}",
            "Este {conteúdo|artigo} foi {produzido|criado|feito} em parceria com {company}{.|, sem interferência da redação.}",
        ],
        "botao-preco": [
            "{Ver oferta|Ver preço|Comprar agora|Ver na {shop}|Comprar na {shop}|Comparar preços|Aproveitar oferta|Confira}",
            "{price} na {shop}",
            "{price} {na|no} {shop}{| (era {price})}",
            "{Menor preço|Melhor preço}: {price} {na|no} {shop}",
            "Preços {consultados|verificados} em {date}{|, sujeitos a alteração}",
        ],
    },
    "nl": {
        "commissie-wij": [
            "{Als|Wanneer} je {via|door middel van} {onze links|de links in dit artikel|een link op deze pagina} {iets koopt|een aankoop doet|bestelt}, {kunnen we|ontvangen we|krijgen wij} een {commissie|kleine commissie|vergoeding}{.|. Dit kost jou niets extra.|. Lees meer}",
            "{brand} {ontvangt|kan} {een commissie|een vergoeding ontvangen} {op aankopen|voor aankopen} via {de links|links} op deze pagina.",
            "{De producten|Deze producten} zijn onafhankelijk gekozen door de redactie. {brand} {kan een commissie ontvangen|ontvangt mogelijk een commissie} van {sommige|enkele} {winkels|webwinkels}.",
        ],
        "affiliate-links": [
            "{Dit artikel|Deze pagina|Deze gids|Dit bericht} {bevat affiliate links.|kan affiliate links bevatten.|bevat affiliate links (gemarkeerd met *).}",
            "{Affiliate link|Affiliatelink|*Gesponsorde link|Partnerlink}",
            "{Let op|Disclaimer}: {de links|sommige links} in dit {artikel|stuk} zijn affiliate links{.|; de redactie kiest de producten zelf.}",
        ],
        "gesponsord": [
            "{Gesponsord|Gesponsorde inhoud|Advertorial|Partnercontent|Advertentie|In samenwerking met {company}|Aangeboden door {company}|Mogelijk gemaakt door {company}}",
            "Dit {artikel|stuk} {is|werd} {gemaakt|geschreven} in samenwerking met {company}{.|, zonder inmenging van de redactie.}",
        ],
        "prijsknop": [
            "{Bekijk deal|Bekijk prijs|Nu kopen|Bekijk bij {shop}|Koop bij {shop}|Vergelijk prijzen|Naar de aanbieding|Bestel nu}",
            "{price} bij {shop}",
            "{price} {bij|via} {shop}{| (was {price})}",
            "{Laagste prijs|Beste prijs}: {price} bij {shop}",
            "Prijzen {gecontroleerd|bijgewerkt} op {date}",
        ],
    },
    "pl": {
        "prowizja-my": [
            "{Jeśli|Gdy} {kupisz|dokonasz zakupu} {przez|za pośrednictwem} {nasze linki|linki w tym artykule|link na tej stronie}, {możemy otrzymać|otrzymujemy|możemy zarobić} {prowizję|niewielką prowizję}{.|, bez dodatkowych kosztów dla Ciebie.|. Dowiedz się więcej}",
            "{brand} {może otrzymać|otrzymuje} prowizję od zakupów {dokonanych|zrealizowanych} przez linki na tej stronie.",
            "{Produkty|Te produkty} {wybrała|wybierała} niezależnie redakcja. {brand} {może otrzymać|otrzymuje} prowizję od {niektórych|części} sprzedawców.",
        ],
        "linki-afiliacyjne": [
            "{Ten artykuł|Ta strona|Ten poradnik|Ten wpis} {zawiera|może zawierać} linki {afiliacyjne|partnerskie|reklamowe}{.| (oznaczone *).}",
            "{Link afiliacyjny|Link partnerski|*Link reklamowy|Linki afiliacyjne}",
            "{Uwaga|Informacja}: {linki|niektóre linki} w tym {tekście|artykule} są linkami afiliacyjnymi{.|; redakcja wybiera produkty niezależnie.}",
            "Materiał zawiera linki {afiliacyjne|partnerskie}{.|, za które możemy otrzymać wynagrodzenie.}",
        ],
        "sponsorowany": [
            "{Artykuł sponsorowany|Materiał sponsorowany|Materiał partnera|Reklama|Treść sponsorowana|Materiał promocyjny|We współpracy z {company}|Partnerem materiału jest {company}|Materiał powstał we współpracy z {company}}",
            "{Ten materiał|Ten artykuł} powstał we współpracy z {company}{.|, bez udziału redakcji.}",
        ],
        "przycisk-cena": [
            "{Zobacz ofertę|Sprawdź cenę|Kup teraz|Zobacz w {shop}|Kup w {shop}|Porównaj ceny|Sprawdź w sklepie|Przejdź do sklepu}",
            "{price} w {shop}",
            "{price} {w|na} {shop}{| (wcześniej {price})}",
            "{Najniższa cena|Najlepsza cena}: {price} w {shop}",
            "Ceny z dnia {date}{|; mogą ulec zmianie}",
        ],
    },
    "ru": {
        "komissiya-my": [
            "{Если|Когда} вы {покупаете|совершаете покупку} {по ссылкам|по нашим ссылкам|по ссылке} {в этой статье|на этой странице|на сайте}, мы {можем получить|получаем} {комиссию|небольшую комиссию|вознаграждение}{.|. Для вас цена не меняется.|. Подробнее}",
            "{brand} {может получать|получает} комиссию за покупки по ссылкам {на этой странице|в материале}.",
            "Товары {выбраны|отобраны} редакцией независимо. {brand} {может получить|получает} {вознаграждение|комиссию} от {некоторых|части} {магазинов|продавцов}.",
        ],
        "partnerskie-ssylki": [
            "{Статья|Материал|Эта страница|Подборка} {содержит|может содержать} партнёрские ссылки{.| (отмечены *).}",
            "{Партнёрская ссылка|Реклама. Партнёрская ссылка|*Партнёрский материал}",
            "{Реклама|Реклама.} {ООО|АО} {company}{|. ИНН 7701234567|. erid: 2SDnjc7X8Yq}",
            "{Ссылки|Некоторые ссылки} в {этом материале|статье} партнёрские{.|: мы получаем процент с покупок.}",
        ],
        "sponsor": [
            "{Спонсорский материал|Партнёрский материал|Реклама|На правах рекламы|Промо|Материал подготовлен при поддержке {company}|При поддержке {company}|Спецпроект {company}}",
            "Материал {подготовлен|создан} {совместно с|при участии} {company}{.|, редакция не участвовала в его создании.}",
        ],
        "knopka-tsena": [
            "{Смотреть предложение|Узнать цену|Купить|Купить сейчас|Перейти в магазин|Смотреть на {shop}|Купить на {shop}|Сравнить цены}",
            "{price} на {shop}",
            "{price} {на|в} {shop}{| (было {price})}",
            "Лучшая цена: {price} {на|в} {shop}",
            "Цены указаны на {date}{|, могут измениться}",
        ],
    },
    "ja": {
        "komisshon": [
            "{本記事|この記事|当サイト|記事内}{で紹介した|に掲載の|のリンクから}{商品|製品|サービス}を{購入|お申し込み}{すると|された場合}、{売上の一部|手数料|報酬}が{brand}に{還元|支払われ}{ます|る場合があります}。",
            "{本記事|この記事|当記事}{は|には}{アフィリエイト|広告|プロモーション}{リンク|}を{含みます|含んでいます|掲載しています}。",
            "{記事内|本ページ}のリンクから{商品を購入|購入}すると、{編集部|当サイト}に{収益|報酬}が入ることがあります。",
            "{商品|アイテム}は{編集部が独自に|編集部が}{選定|セレクト}しています。{記事内のリンクから購入すると、|リンク経由で購入された場合、}{brand}に{報酬|手数料}が{入る|支払われる}ことがあります。",
            "Amazonのアソシエイトとして、{brand}は適格販売により収入を得ています。",
        ],
        "pr-label": [
            "{PR|【PR】|［PR］|広告|スポンサーコンテンツ|提供：{company}|タイアップ|Sponsored|プロモーション|協力：{company}}",
            "{本記事|この記事}は{company}の{提供|協力|依頼}{で|により}{制作|作成}{しています|されました}{。|（PR）}",
            "{※|＊}本{記事|ページ}にはプロモーションが含まれています{。|}",
        ],
        "kounyu-button": [
            "{Amazonで見る|楽天で見る|Yahoo!ショッピングで見る|{shop}で見る|{shop}で購入|詳細を見る|価格をチェック|購入はこちら|今すぐ購入|商品ページへ}",
            "{price}｜{shop}",
            "{shop}で{price}{|（{date}時点）}",
            "{※|＊}価格は{date}時点のものです{。|}",
            "{最安値|参考価格}：{price}",
            "{shop}で{チェックする|詳細を見る|購入する}",
        ],
    },
    "zh": {
        "yongjin": [
            "{本文|本页面|文中}{包含|含有}{推广|联盟|广告}链接，{通过|经由}{这些|文中}链接{购买|下单}{，|}{我们|本站}{可能会|将}{获得|收到}{佣金|一定佣金|分成}{。|，不会影响您的购买价格。}",
            "{通过|经}本{文|页}链接购买{商品|产品}，{brand}{可能|会}获得{佣金|推广费用}{。|，但不影响我们的推荐。}",
            "{产品|商品}由{编辑|编辑部}独立{挑选|选择}。{brand}{可能|会}{从部分商家|通过部分链接}获得佣金。",
            "{声明|免责声明}：{本文|文中}{部分|所有}链接{为|是}{推广|返利}链接{。|，购买不会增加您的费用。}",
        ],
        "guanggao-biaoqian": [
            "{广告|推广|赞助内容|品牌合作|本文由{company}赞助|合作内容|商业推广|【广告】|「推广」}",
            "本{文|内容}{为|系}{商业合作|品牌合作|广告}内容{，|}{由{company}提供|不代表本站立场|}{。|}",
            "{※|注：}本文{含有|包含}{广告|推广}内容{。|}",
        ],
        "goumai-anniu": [
            "{去购买|立即购买|查看价格|去{shop}看看|{shop}购买|领券购买|查看详情|直达链接|马上抢}",
            "{shop}{ |：}{price}",
            "{shop}到手价{price}{|，历史低价}",
            "{价格|以上价格}{截至|更新于}{date}{，|}{仅供参考|如有变动以商家为准}{。|}",
            "{最低价|参考价}：{price}",
        ],
    },
    "sv": {
        "provision": [
            "Om du {handlar|köper något} via länkar {i artikeln|på sidan} kan {vi|{brand}} få provision{.|. Det påverkar inte priset för dig.}",
            "{Artikeln|Sidan} innehåller {affiliatelänkar|annonslänkar}{.| (märkta med *).}",
            "{Annons|Sponsrat innehåll|I samarbete med {company}|Reklam}",
            "{Se pris|Köp nu|Till butiken|Visa erbjudande|{price} hos {shop}}",
        ],
    },
    "tr": {
        "komisyon": [
            "Bu {sayfadaki|yazıdaki} bağlantılar üzerinden {alışveriş yaparsanız|satın alırsanız} {komisyon kazanabiliriz|{brand} komisyon alabilir}{.|; bu fiyatı etkilemez.}",
            "{Bu içerik|Bu yazı} {satış ortaklığı|affiliate} bağlantıları içerir{.|}",
            "{Sponsorlu içerik|Reklam|İş birliği|{company} iş birliğiyle}",
            "{Fiyatı gör|Hemen al|Satın al|{price} - {shop}|{shop}'da incele}",
        ],
    },
    "ko": {
        "susuryo": [
            "이 {포스팅은|글은} {쿠팡 파트너스|제휴 마케팅} 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다.",
            "{본 기사|이 글}{의 링크를|에 포함된 링크를} 통해 구매하면 {brand}{가|이} {수수료|소정의 수수료}를 받을 수 있습니다.",
            "{광고|스폰서 콘텐츠|협찬|제휴 콘텐츠|{company} 제공}",
            "{최저가 보기|구매하기|{shop}에서 보기|{price} {shop}}",
        ],
    },
    "ar": {
        "umula": [
            "قد {نحصل|يحصل {brand}} على عمولة عند الشراء عبر الروابط الواردة في {هذا المقال|هذه الصفحة}.",
            "{يحتوي|تحتوي} {هذا المقال|هذه الصفحة} على روابط تسويق بالعمولة.",
            "{محتوى مدفوع|إعلان|برعاية {company}|محتوى برعاية}",
            "{اشترِ الآن|عرض السعر|تسوق الآن|{price} لدى {shop}}",
        ],
    },
    "hi": {
        "commission": [
            "{इस लेख|इस पेज} में दिए गए लिंक से खरीदारी करने पर {हमें|{brand} को} कमीशन मिल सकता है।",
            "{इस लेख|इस पोस्ट} में एफिलिएट लिंक {हैं|शामिल हैं}।",
            "{प्रायोजित|विज्ञापन|स्पॉन्सर्ड कंटेंट|{company} के सहयोग से}",
            "{अभी खरीदें|कीमत देखें|{shop} पर देखें|{price} {shop} पर}",
        ],
    },
}

FAMILIES["en"].update({
    "coupon-deal": [
        "{Use|Enter|Apply} code {SAVE{num}|DEAL{num}|SPRING{num}|WELCOME{num}} at checkout{| for {pct}% off| to save {price}}",
        "{Get|Save|Take} {pct}% off{| sitewide| your first order| {product}} with {code|promo code|coupon code} {SAVE{num}|EXTRA{num}}",
        "{Show coupon code|Reveal code|Get code|Copy code|Code copied!|See all {shop} coupons|Verified coupon}",
        "{Deal|Offer|Sale} ends {day}{| at midnight|, {date}}",
        "{Lightning deal|Limited-time deal|Prime Day deal|Black Friday deal|Early Black Friday deal}{:| –| ·} {price} at {shop}",
        "{count} {people|shoppers} used this {code|coupon} {today|this week}",
    ],
})

FAMILIES["de"].update({
    "gutschein": [
        "Mit dem {Code|Gutscheincode} {SPAR{num}|DEAL{num}|HERBST{num}} {sparen Sie|sparst du} {pct} Prozent{| bei {shop}}",
        "{Gutschein anzeigen|Code anzeigen|Code kopieren|Zum Gutschein|Alle {shop}-Gutscheine}",
        "{Angebot|Aktion|Deal} gültig bis {day}{|, {date}}",
        "{Blitzangebot|Prime-Day-Angebot|Black-Friday-Deal}{:| –} {price} bei {shop}",
    ],
})

for _lang, _fam, _t in (
    ("sv", "knappar-pris", ["{Till erbjudandet|Se pris hos {shop}|Jämför priser|Köp hos {shop}}", "{price} hos {shop}{| (ord. pris {price})}", "Priserna uppdaterades {date}{.|}"]),
    ("tr", "fiyat-buton", ["{Teklifi gör|{shop}'da gör|Fiyatları karşılaştır|Sepete ekle}", "{price} – {shop}{| (indirimli)}", "Fiyatlar {date} itibarıyla günceldir{.|}"]),
    ("ko", "gagyeok-beoteun", ["{최저가 확인|{shop}에서 구매|가격 비교|할인가 보기}", "{shop} {price}{| (정가 {price})}", "가격은 {date} 기준입니다{.|}"]),
    ("ar", "zirr-sier", ["{عرض السعر لدى {shop}|قارن الأسعار|أضف إلى السلة|تسوق الآن}", "{price} لدى {shop}", "الأسعار محدّثة بتاريخ {date}{.|}"]),
    ("hi", "keemat-button", ["{{shop} पर डील देखें|कीमत की तुलना करें|कार्ट में डालें|अभी खरीदें}", "{shop} पर {price}{| (MRP {price})}", "कीमतें {date} के अनुसार हैं{।|}"]),
):
    FAMILIES[_lang][_fam] = _t

# Session 3: more house styles (written afresh; every name falls in the training part of the split).
for _lang, _fam, _t in (
    ("en", "passive-disclosure", [
        "{Items|Products|Deals|Picks} {featured|listed|mentioned} {here|on this page|in this article} {are|were} {selected|chosen|picked} by {our|the} {editors|editorial team|writers}{.|, who may earn a small fee when you buy.}",
        "{Prices|Deals} {are|were} {accurate|correct} at the time of {publishing|writing}{.| and may change.}",
        "{A portion|A share|Part} of {sales|each sale|proceeds} {from|made through} {these|the} links {may go|goes} to {brand}{.|}",
        "{This|The} {post|page|guide} {contains|includes|may include} {referral|partner|tracked} links{.|; see our disclosure.}",
        "{Disclosure|Transparency note|Heads up}{:| —} {we|{brand}} {may|might} {receive|get} {compensation|a fee|payment} {from|via} {links|retailers} {on this page|in this story}{.|}",
    ]),
    ("en", "shop-widgets", [
        "{Check price|Check availability|View offer|See offer|Compare prices|View at {shop}|Get it at {shop}|Shop at {shop}|Available at {shop}}",
        "{price} {at|from|@} {shop}",
        "{Was|RRP|List price} {price}{,| —| \\|} {now|sale} {price}",
        "{Save|You save} {pct}%{| at {shop}}",
        "{Lowest price|Best price|Today's best deal|Deal of the day}{:| —} {price}{| at {shop}}",
        "{See all|View all} {count} {deals|offers|prices}",
    ]),
    ("de", "provisions-hinweis-s3", [
        "{Die|Alle} {Produkte|Angebote} {wurden|werden} von {der Redaktion|unserer Redaktion|unseren Autoren} {unabhängig |}ausgewählt{.|}",
        "{Preise|Angebote} {Stand|zum Zeitpunkt} {der Veröffentlichung|des Schreibens|{date}}{.|, Änderungen vorbehalten.}",
        "{Bei|Für} {Käufe|Bestellungen} über {diese|die} Links {erhält|bekommt} {brand} {eventuell |}{eine kleine Provision|eine Vergütung}{.|}",
        "{Preis prüfen|Zum Angebot|Jetzt kaufen bei {shop}|Angebot ansehen|Preise vergleichen}",
        "{price} {bei|auf} {shop}",
    ]),
    ("fr", "mention-partenaire", [
        "{Les produits|Les offres} {présentés|mentionnés} {ici|dans cet article} {sont choisis|ont été sélectionnés} par {la rédaction|nos journalistes}{.|}",
        "{Certains liens|Les liens} de cet article {sont affiliés|peuvent générer une commission pour {brand}}{.|}",
        "{Prix|Tarifs} {constatés|relevés} {au moment de la publication|le {date}}{.|}",
        "{Voir le prix|Voir l'offre|Acheter chez {shop}|Comparer les prix}",
        "{price} {chez|sur} {shop}",
    ]),
    ("es", "aviso-afiliados", [
        "{Los productos|Las ofertas} {de este artículo|que aparecen aquí} {han sido seleccionados|se eligen} por {la redacción|nuestros editores}{.|}",
        "{Algunos enlaces|Los enlaces} {son de afiliado|pueden generar una comisión para {brand}}{.|}",
        "{Precios|Ofertas} {vigentes|válidos} {en el momento de la publicación|a {date}}{.|}",
        "{Ver precio|Ver oferta|Comprar en {shop}|Comparar precios}",
        "{price} {en|de} {shop}",
    ]),
    ("it", "avviso-affiliazione", [
        "{I prodotti|Le offerte} {di questo articolo|segnalati qui} {sono scelti|sono stati selezionati} dalla redazione{.|}",
        "{Alcuni link|I link} {sono affiliati|possono generare una commissione per {brand}}{.|}",
        "{Prezzi|Offerte} {aggiornati|validi} {al momento della pubblicazione|al {date}}{.|}",
        "{Vedi prezzo|Vedi offerta|Acquista su {shop}|Confronta prezzi}",
    ]),
    ("pt", "aviso-afiliados-br-s3", [
        "{Os produtos|As ofertas} {desta matéria|indicados aqui} {são escolhidos|foram selecionados} pela redação{.|}",
        "{Alguns links|Os links} {são de afiliados|podem gerar comissão para {brand}}{.|}",
        "{Preços|Ofertas} {válidos|consultados} {no momento da publicação|em {date}}{.|}",
        "{Ver preço|Ver oferta|Comprar na {shop}|Comparar preços}",
    ]),
    ("nl", "affiliatemelding", [
        "{De producten|De aanbiedingen} {in dit artikel|hier} {zijn gekozen|worden geselecteerd} door de redactie{.|}",
        "{Sommige links|De links} {zijn affiliatelinks|kunnen {brand} een commissie opleveren}{.|}",
        "{Prijzen|Aanbiedingen} {geldig|gecontroleerd} {op het moment van publicatie|op {date}}{.|}",
        "{Bekijk prijs|Naar de aanbieding|Koop bij {shop}|Vergelijk prijzen}",
    ]),
    ("pl", "informacja-afiliacyjna", [
        "{Produkty|Oferty} {w tym artykule|przedstawione tutaj} {wybrała redakcja|zostały wybrane przez redakcję}{.|}",
        "{Niektóre linki|Linki} {są afiliacyjne|mogą przynieść {brand} prowizję}{.|}",
        "{Ceny|Oferty} {aktualne|sprawdzone} {w dniu publikacji|na {date}}{.|}",
        "{Sprawdź cenę|Zobacz ofertę|Kup w {shop}|Porównaj ceny}",
    ]),
    ("ru", "partnerskie-ssylki-s3", [
        "{Товары|Предложения} {в статье|из подборки} {выбраны|отобраны} редакцией{.|}",
        "{Некоторые ссылки|Ссылки} {партнёрские|могут приносить {brand} комиссию}{.|}",
        "{Цены|Предложения} {актуальны|указаны} {на момент публикации|на {date}}{.|}",
        "{Узнать цену|Смотреть предложение|Купить в {shop}|Сравнить цены}",
    ]),
    ("ja", "afiri-chuki", [
        "{記事内の商品は|紹介している商品は}編集部が{独自に選んだものです|選定しています}{。|}",
        "{リンク経由で購入されると|商品を購入すると}、{brand}に{手数料|収益の一部}が入ることがあります{。|}",
        "{価格は|表示価格は}{掲載時点のものです|{date}時点のものです}{。|}",
        "{価格をチェック|{shop}で見る|{shop}で購入|最安値を見る}",
    ]),
    ("zh", "tuiguang-shuoming", [
        "{文中商品|本文推荐的商品}由编辑{独立挑选|精选}{。|}",
        "{通过文中链接购买|经本文链接下单}，{brand}可能获得{佣金|分成}{。|}",
        "{价格|商品价格}以{发布时|{date}}为准{。|}",
        "{查看价格|去{shop}购买|{shop}查看|比价}",
    ]),
):
    assert _fam not in FAMILIES[_lang], _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 4: disclosures at the foot of buying guides, price-comparison rows, deal badges, in more scripts.
for _lang, _fam, _t in (
    ("en", "guide-footer-disclosure", [
        "{Prices|Pricing and availability} {are|were} {accurate|correct} at the time of {publishing|writing}{| and may change}.",
        "{{brand} is|We are} {reader-supported|supported by our readers|independent and reader-funded}. {When you buy|If you shop} through {links on our site|our links}, we may {earn|get} {a small commission|an affiliate commission}.",
        "{This post|This guide|This page} {contains|includes|may contain} affiliate links{|, which means we may earn a commission at no extra cost to you}.",
        "{{shop}|At {shop}}{ · | — | \\| }{price}{| (was {price})}",
        "{Lowest price|Best price|Today's best deal|Deal of the day}{:| —} {price} at {shop}",
    ]),
    ("de", "ratgeber-fussnote", [
        "{Preise|Alle Preise} {Stand|zum Zeitpunkt der Veröffentlichung}{|, Änderungen vorbehalten}.",
        "{Mit einem * gekennzeichnete Links|Die mit Sternchen markierten Links} sind {Affiliate-Links|Provisions-Links}{.|: Kaufen Sie darüber ein, erhalten wir eine Provision.}",
        "{Dieser Artikel|Dieser Ratgeber} enthält {Affiliate-Links|Werbelinks}{.|, für die wir eine Vergütung erhalten können.}",
        "{Bestpreis|Günstigster Preis|Angebot des Tages}{:| –} {price} bei {shop}",
    ]),
    ("fr", "pied-guide", [
        "{Prix|Les prix} {constatés|relevés} au moment de la publication{|, susceptibles d'évoluer}.",
        "{Cet article|Ce guide} contient des liens d'affiliation{.|: {brand} peut percevoir une commission.}",
        "{Meilleur prix|Prix le plus bas|Bon plan du jour}{ :| –} {price} chez {shop}",
    ]),
    ("es", "pie-guia", [
        "{Precios|Los precios} {vigentes|actualizados} en el momento de la publicación{|, pueden variar}.",
        "{Este artículo|Esta guía} contiene enlaces de afiliado{.|: {brand} puede recibir una comisión.}",
        "{Mejor precio|Precio más bajo|Oferta del día}{:| –} {price} en {shop}",
    ]),
    ("ko", "jehyu-gonggo", [
        "{이 포스팅은|이 글은} {쿠팡 파트너스 활동의 일환으로|제휴 마케팅의 일환으로}, {이에 따른 일정액의 수수료를 제공받습니다|수수료를 받을 수 있습니다}",
        "{최저가|오늘의 특가|할인가} {price} - {shop}",
        "{구매하기|최저가 보기|{shop}에서 보기}",
    ]),
    ("ar", "ifsah-taswiq", [
        "{قد نحصل على عمولة|نحصل على عمولة صغيرة} {عند الشراء من خلال الروابط في هذه الصفحة|من المشتريات عبر روابطنا}",
        "{أفضل سعر|السعر الأقل|عرض اليوم}: {price} {لدى|في} {shop}",
        "{اشترِ الآن|تسوق الآن|اطّلع على السعر}",
    ]),
    ("hi", "affiliate-suchna", [
        "{इस लेख में|इस पेज पर} एफिलिएट लिंक हैं; {खरीदारी करने पर हमें कमीशन मिल सकता है|इनसे खरीदने पर हमें कमीशन मिलता है}",
        "{सबसे कम कीमत|आज की डील|बेस्ट प्राइस}: {price} {shop} पर",
        "{अभी खरीदें|कीमत देखें|{shop} पर देखें}",
    ]),
    ("ru", "snoska-obzor", [
        "{Цены|Все цены} актуальны на момент публикации{.|, но могут измениться.}",
        "{Материал содержит|В статье есть} партнёрские ссылки{.|: мы получаем комиссию с покупок.}",
        "{Лучшая цена|Самая низкая цена|Скидка дня}: {price} в {shop}",
    ]),
    ("ja", "kakaku-chuki-s4", [
        "{価格は記事公開時点のものです|表示価格は変動する場合があります}{。|}",
        "{本記事は|この記事には}{アフィリエイト広告を含みます|広告リンクが含まれます}{。|}",
        "{最安値|本日のセール|タイムセール}：{price}（{shop}）",
    ]),
    ("zh", "jiage-shuoming", [
        "{价格以发布时为准|价格可能随时变动}{。|}",
        "{本文含有|文中包含}{推广链接|返利链接}，{通过链接购买我们可能获得佣金|我们可能从中获得佣金}{。|}",
        "{全网最低价|今日特价|限时优惠}：{price}（{shop}）",
    ]),
):
    assert _fam not in FAMILIES.setdefault(_lang, {}), _fam  # a new family, not a replacement
    FAMILIES[_lang][_fam] = _t

# Session 8: one family of the category's commonest shapes in Ukrainian, Czech, Indonesian and Vietnamese, languages the bank had no lines of
# (written afresh; every name falls in the training part of the split).
_LANGS_S8 = {
 "uk": {
  "partnerski-posylannia-s8": {
   "n": 30,
   "t": [
    "{Ця стаття|Цей матеріал|Ця сторінка} містить партнерські посилання{.|: ми можемо отримати комісію, якщо ви здійсните покупку.}",
    "Ми можемо отримувати винагороду за покупки, зроблені за посиланнями на {brand}.",
    "{Купити|Переглянути ціну|Ціна} {на Rozetka|на Prom.ua|в Allo|на Comfy}",
    "{Партнерський матеріал|Спецпроєкт|На правах реклами|Реклама · Партнерський матеріал}",
    "Ціна від {1|2|3|5} {499|999|299} грн{| на Rozetka}"
   ]
  }
 },
 "cs": {
  "affiliate-odkazy-s8": {
   "n": 30,
   "t": [
    "{Článek|Tento text|Stránka} obsahuje affiliate odkazy{.|; při nákupu přes ně můžeme získat provizi.}",
    "Za nákupy přes odkazy v článku můžeme dostat provizi, cena se pro vás nemění.",
    "{Koupit na Alza.cz|Zobrazit cenu na Mall.cz|Nejlevněji na Heureka.cz|Koupit v CZC.cz}",
    "{Komerční sdělení|Reklamní článek|PR článek|Sponzorováno}",
    "Cena od {1|2|3|5} {990|490|290} Kč{| na Alza.cz}"
   ]
  }
 },
 "id": {
  "tautan-afiliasi-s8": {
   "n": 30,
   "t": [
    "{Artikel ini|Halaman ini} berisi tautan afiliasi{.|. Kami bisa mendapat komisi dari pembelian melalui tautan tersebut.}",
    "Kami mungkin menerima komisi jika Anda membeli produk melalui tautan di {brand}.",
    "{Beli di Tokopedia|Cek harga di Shopee|Beli sekarang di Lazada|Lihat di Blibli}",
    "{Advertorial|Konten bersponsor|Artikel ini merupakan kerja sama dengan {brand}}",
    "Harga mulai Rp{1|2|3|5}{.499.000|.299.000|.999.000}{| di Tokopedia}"
   ]
  }
 },
 "vi": {
  "lien-ket-tiep-thi-s8": {
   "n": 30,
   "t": [
    "{Bài viết|Trang này} có chứa liên kết tiếp thị liên kết{.|; chúng tôi có thể nhận hoa hồng khi bạn mua hàng.}",
    "Chúng tôi có thể nhận hoa hồng khi bạn mua sản phẩm qua các liên kết trên {brand}.",
    "{Mua tại Shopee|Xem giá tại Tiki|Mua ngay trên Lazada|Xem giá tại Điện Máy Xanh}",
    "{Nội dung tài trợ|Bài viết quảng cáo|Thông tin quảng cáo}",
    "Giá từ {1|2|3|5}{.490.000|.990.000} đ{| tại Shopee}"
   ]
  }
 }
}
for _lang, _fams in _LANGS_S8.items():
    FAMILIES.setdefault(_lang, {}).update(_fams)
