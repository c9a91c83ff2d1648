"""STORY: lines of the editorial story (negatives). Families marked hard use boilerplate's words
(commission, subscribe, newsletter, error, test, follow, share, cookies, trust, review, logo,
copyright, advertisement, related …) in their editorial sense. The others are ordinary story lines,
long and short (subheads, captions, quotes, list items), so that "short" does not mean "boilerplate"."""

N = {"en": 230, "de": 170, "fr": 135, "es": 135, "it": 125, "pt": 125, "nl": 125, "pl": 125, "ru": 125, "ja": 125, "zh": 125, "sv": 60, "tr": 60, "ko": 60, "ar": 60, "hi": 60}

FAMILIES = {
    "en": {
        "hard-commission": {"hard": True, "t": [
            "The European Commission fined {company} €{big}m on {day} for {abusing its dominant position|breaching competition rules|blocking rival retailers}.",
            "{name}, who {earned|took} a commission of {pct}% on every {sale|flat sold|contract}, told the court she had {done nothing wrong|followed company policy}.",
            "The {council|museum|cathedral|airport} commissioned {a new mural|an independent report|a statue of {name}|the study} in {yr2}, {officials said|according to minutes seen by the paper}.",
            "Sales staff at {company} will {lose|keep} their commission under the new pay deal, the union said.",
            "The {Electoral|Law|Care Quality|Charity} Commission {said it would investigate|opened an inquiry into|published its findings on} {the complaints|the trust's accounts|the donations} on {day}.",
            "Estate agents in {city} typically charge a commission of {1|1.2|1.5|2}% to {3|3.5|4}% of the sale price.",
            "The ship was {commissioned|decommissioned} in {yr2} and {served in the Gulf|spent a decade in reserve}.",
            "A commission of inquiry {will report|reported} {next spring|in {year}|by the end of the year}, {the minister|the prime minister|a spokesman} said.",
        ]},
        "hard-subscribe": {"hard": True, "t": [
            "Subscribers to the {service|streaming service|paper|broadband plan} complained that {prices rose by {pct}% without warning|they could not cancel online|the app kept crashing}.",
            "The newsletter, founded in {yr2} by {name}, now has {n3},000 {readers|subscribers|paying members}.",
            "{company} said it had {lost|gained} {n3},000 subscribers in the {first|second|third} quarter.",
            "More than {n3} farmers signed up to the scheme before the deadline, {the department said|figures show}.",
            "She {subscribed|signed up} to {three streaming services|a gym|a meal kit} during lockdown and {forgot to cancel|still pays for all of them}.",
            "The {club|magazine|union} {relies|depends} on membership fees, which {rose|fell} by {pct}% last year.",
            "{name} launched the {newsletter|podcast|zine} from {her|his} kitchen table in {yr2}.",
            "Readers who {paid|donated} to the paper's appeal raised £{n3},000 in a week.",
            "The {paywall|subscription model} was introduced in {yr2}, and {digital revenue doubled|traffic fell by a third} within a year.",
        ]},
        "hard-error-test": {"hard": True, "t": [
            "An error in the ballot count {delayed the result|forced a recount} in {city} for {5|6|7|8|12} hours.",
            "Test results showed {high levels of lead|traces of E. coli|no sign of contamination} in {the water supply|samples from {num} schools}.",
            "{name} {tested positive|was tested} for {Covid|a banned substance} {on {day}|after the race|before the final}.",
            "England {won|drew|lost} the {second|third|fifth} Test by {num} wickets {at Lord's|in {city}|on the final day}.",
            "The {software|system|payroll} error {meant|left} {n3} {staff|pensioners|patients} {were underpaid|received the wrong letters|missed appointments}.",
            "{Engineers|Investigators} traced the {outage|crash|failure} to an error {in a test build|in the code|made during maintenance}.",
            "\"This is a test of {our resolve|the government's credibility|the alliance},\" {name} said.",
            "The {drug|vaccine|prototype} {failed|passed} {its final test|a key safety test|clinical trials} in {year}.",
            "Something went wrong at the {plant|depot|hospital}, the inspector said, and nobody reported it for {a week|months}.",
            "{Pupils|Drivers|Students} {sit|take} the test {twice a year|in May|at {num}}, and {pct}% {pass|fail} first time.",
        ]},
        "hard-follow-share": {"hard": True, "t": [
            "{He|She} followed the band on tour {for {num} years|across Europe|in {yr2}}, {sleeping in vans|selling T-shirts|taking photographs}.",
            "Shares in {company} {fell|rose|jumped|slumped} {pct}% on {day} after {the results|the profit warning|the takeover bid}.",
            "{name} {gained|lost} {n3},000 followers {after the video|in a week|when the post went viral}.",
            "Police {followed|tracked} the {car|van|stolen lorry} for {num} miles before {stopping it|making an arrest} near {city}.",
            "The company said it would follow the regulator's guidance on {comments|data|pricing}.",
            "{Investors|Shareholders} will receive {a dividend|{num}p a share} in {March|June|September}.",
            "{Protesters|Organisers|Students} used {social} to {organise the march|share videos of the flooding|spread the word}, police said.",
            "Sharing {a flat|a car|childcare} {saved|cost} {the couple|them|the family} £{n3} a month.",
            "Let us know, the letter said, if the payment does not arrive.",
            "{Fans|Residents} {shared|posted} {photos|footage} of the {fire|storm|parade} {on social media|online} within minutes.",
        ]},
        "hard-cookie-privacy": {"hard": True, "t": [
            "Cookies baked by {name}'s {grandmother|bakery|pupils} {sold out|raised £{n3}|won first prize} at the {fair|fete|show}.",
            "The bakery {uses|has used} {the same recipe|cookies from a family recipe} since {yr2}.",
            "Regulators fined {company} for setting tracking cookies without consent, the ruling says.",
            "The {court|tribunal|regulator} ruled that the {app|website|firm} {had breached privacy law|collected data without consent|must delete the records}.",
            "{name} said the intrusion {had been distressing|was unacceptable} and {an appeal was planned|lawyers were considering an appeal}.",
            "The privacy policy was changed in {May|March|October}, the company said.",
            "{Bake|Cook} the cookies for {8|10|12} to {14|15|18} minutes, until {golden|firm at the edges|just set}.",
            "Girl Scouts sold {n3},000 boxes of cookies in {city} this {spring|year}.",
            "Consent {forms|letters} were {sent|never sent} to {parents|patients|residents}, the inquiry heard.",
        ]},
        "hard-trust-review": {"hard": True, "t": [
            "The {hospital|NHS|ambulance|rail} trust {apologised|said it was reviewing its procedures|has been placed in special measures} {after the deaths|following the report|this week}.",
            "Independent experts tested the water at {num} sites along the river.",
            "The regulator found that the paper had breached the Editors' Code by {naming the boy|publishing the photographs}.",
            "A review of the {policy|scheme|force|curriculum} {will be published|found serious failings|was ordered} {in {year}|on {day}|by ministers}.",
            "Why trust matters in a crisis, according to new research",
            "How we tested the limits of the new law is a question for the courts, the judge said.",
            "{name} {set up|left money in} a trust for {her|his} {grandchildren|children|village} {in {yr2}|before {her|his} death}.",
            "The film {received|got} {glowing|mixed|scathing} reviews {at Cannes|from critics|after its premiere}.",
            "Voters {no longer trust|still trust} the {government|party|police} on {the economy|crime|immigration}, the poll suggests.",
            "The standards body {revised|updated|withdrew} its {guidance|code} in {yr2} after {complaints|a consultation}.",
        ]},
        "hard-media-words": {"hard": True, "t": [
            "Advertisement revenue fell by {pct}%, the company said.",
            "The company unveiled its new logo on {day}{| to a mixed reception}.",
            "Fans hated the new logo{.| and started a petition.}",
            "The lawsuit claims copyright in the photographs was never transferred.",
            "{Related|Later} research has shown that {sleep improves memory|the effect fades after a year}.",
            "More than {n3} people attended the {rally|vigil|concert}, organisers said.",
            "Read more carefully, the contract tells a different story.",
            "Most popular among voters was the pledge to {cut rail fares|freeze council tax|build more homes}.",
            "The club signed a sponsored content deal worth £{num}m a year with a betting firm, the report said.",
            "The {council|agency|union} {ran|placed} an advertisement in {the local paper|national newspapers} {asking for witnesses|to recruit drivers}.",
            "Getty Images said it would appeal the ruling, which it called a blow to photographers.",
            "{Skip|Scroll} forward {ten years|to {year}} and the {factory|high street|village} is {unrecognisable|almost empty}.",
            "Close to {n3}0 people were evacuated{.| as the flames spread.}",
        ]},
        "hard-quote-oneliner": {"hard": True, "t": [
            "“{That's correct|That is not true|I don't remember|We had no choice|It was terrifying|I'm very proud|Nobody told us},” {name} said.",
            "\"{We will not be afraid to act|This is just the beginning|It's a great day for the town|We made mistakes|I want to say sorry}\", {name} said.",
            "“{Thank you|Thanks} for {coming|having me|everything},” she {said|whispered|told the crowd}.",
            "“{Let me know|Tell me} what you think,” he said, {handing over the manuscript|before leaving the room}.",
            "“{Sign me up|Count me in},” {name} said when {asked|the offer came}.",
            "“{Share|Follow} the money,” the detective told {her|him}.",
            "“{Is this a test?|Was it an error?|Can you trust them?}” {she|he} asked.",
            "{name}: “{It's not over|We go again|I have no regrets}.”",
            "“{Absolutely|No|Never|Not yet}.”",
            "‘{We will rebuild|It was a mistake|I loved every minute}’",
        ]},
        "hard-review-body": {"hard": True, "t": [
            "In our tests, the {product} {lasted|ran for} {5|6|7|8|12} hours {on a single charge|of video playback}, {better than|slightly behind} {its predecessor|the rival model}.",
            "We tested the {product} for {num} weeks{| and it never missed a beat| and found the app frustrating}.",
            "The {product} {costs|retails at} {price}, which {is steep|feels fair|undercuts rivals} for what you get.",
            "{At|For} {price}, the {product} is {hard to beat|a bargain|not cheap}, but {the battery disappoints|build quality is superb|the software needs work}.",
            "Our reviewer {found|noted} that the {product} {ran hot|was quieter than expected|struggled in low light}.",
            "The {product} {will be|is} available from {shop} and other retailers {from {day}|later this month|in the spring}, the company said.",
            "The {product} goes on sale on {day} in {black, white and blue|three colours|two sizes}.",
            "{Battery life|Sound quality|Comfort} is where the {product} {really shines|falls short}.",
        ]},
        "news-sentence": [
            "{name}, {two}, was {arrested|charged|sentenced|released} {on {day}|last week|yesterday} in connection with {the burglary|the fire|the fraud|the attack}.",
            "The {council|government|board|company} {announced|confirmed|denied} {on {day}|this week|in a statement} that {the plan would go ahead|it would cut {n3} jobs|the site would close}.",
            "Temperatures {are expected to|could} {reach|drop to} {temp}C in {city} {this weekend|by {day}|overnight}.",
            "{Residents|Parents|Traders|Commuters} in {city} {say|said} they {were not consulted|feel let down|welcome the decision}.",
            "The {road|line|bridge|school} {will remain|was} closed {until {day}|for {num} weeks|while repairs are carried out}.",
            "Inflation {rose|fell} to {pct}% in {March|April|October}, {the highest|the lowest} {since {yr2}|in {num} years}.",
            "{name} {became|was named} the {first woman|youngest person|new chief executive} to {lead the company|run the festival|win the award}.",
            "The {trial|hearing|inquest} {continues|was adjourned} {on {day}|until next month}.",
            "{n3} {homes|businesses|properties} were {left without power|flooded|evacuated} after {the storm|the river burst its banks}.",
            "{company} {reported|posted} a {pre-tax profit|loss} of £{two}m for the year{.|, down from £{two}m.}",
        ],
        "subhead-headline": [
            "{headline}",
            "{A|The} {long road|hard winter|quiet revolution|race against time} {to recovery|in {city}|for {club}}",
            "{What happens next|Why it matters|What we know so far|The background|A familiar pattern|The human cost|How it unfolded|The road ahead}",
            "{Rising|Falling} {prices|numbers|costs} {in {city}|at the pumps|for renters}",
            "{name}'s {legacy|gamble|comeback|final season}",
            "{Police warn of delays|Ministers say more must be done|Doctors admit mistakes were made|Unions warn of strikes|Teachers say enough is enough|Farmers fear the worst}{| in {city}}",
            "{The|A} {verdict|decision|deal|vote} {at last|in doubt|that split the town}",
            "{Chapter|Part} {One|Two|Three|4|5}",
        ],
        "caption": [
            "{name} {at|outside} {the court|the town hall|the factory|the family home} in {city} on {day}.",
            "{Residents|Volunteers|Firefighters|Fans} {clear debris|queue|gather|celebrate} {in|outside|near} {city} {on {day}|after the storm|at dawn}.",
            "{The|A} {flooded|damaged|new|closed} {high street|bridge|school|station} in {city}.",
            "{name} {with her|with his} {family|dog|trophy} {in {yr2}|at home|after the final}.",
            "{Left|Right|Above|Below}: {name} {in {yr2}|at the launch|with colleagues}.",
            "{An aerial view|A view} of {the site|the estate|the coast} near {city}.",
        ],
        "recipe-steps": [
            "{{qty}g|{qty}ml|{1|2|3} tbsp|{1|2} tsp} {plain flour|caster sugar|butter, softened|olive oil|double cream|chopped parsley|grated cheddar|soy sauce}",
            "{1|2|3|4} {large eggs|onions, finely chopped|garlic cloves, crushed|carrots, diced|lemons, zested and juiced|ripe bananas}",
            "{Preheat|Heat} the oven to {180|200|160|220}C{| (fan {160|180}C)| / gas {4|6}}.",
            "{Stir|Whisk|Fold|Mix} in the {flour|sugar|eggs|cream} {until smooth|a little at a time|and season well}.",
            "{Bake|Roast|Simmer|Cook} for {mins} minutes, {stirring occasionally|until golden|until tender}.",
            "{Serves|Makes} {2|4|6|8}{| people| portions}",
            "{Prep|Cook} time: {mins} minutes",
            "{Leave|Set aside} to {cool|rest} for {num} minutes before {slicing|serving}.",
        ],
        "list-facts": [
            "{The|A} {budget|plan|deal} {includes|sets out} £{num}bn for {schools|the NHS|roads|housing}",
            "{Born|Raised|Educated} in {city}{| in {yr2}}",
            "{Capacity|Population|Length|Height}: {n3},000{| people| metres}",
            "{num} {people|passengers|workers} {were injured|were rescued|lost their jobs}",
            "{Monday|Tuesday|Friday}: {heavy rain|sunny spells|strong winds} {in the north|across the south|for most}",
            "{club} {g} {club} {g}",
            "{Q|Question}: {Will prices fall?|When does the scheme start?|Who is eligible?}",
        ],
    },
    "de": {
        "hard-provision": {"hard": True, "t": [
            "Die EU-Kommission verhängte gegen {company} eine Strafe von {big} Millionen Euro wegen {Missbrauchs ihrer Marktmacht|unerlaubter Absprachen}.",
            "{name} erhielt nach eigenen Angaben eine Provision von {pct} Prozent auf jeden {Verkauf|Vertrag|vermittelten Kunden}.",
            "Makler in {city} verlangen oft eine Provision von {num} bis {num} Prozent des Kaufpreises.",
            "Die Kommission {legt ihren Bericht im Herbst vor|soll bis {year} Vorschläge machen|tagte am {day} erstmals}.",
            "Die Stadt hat {ein Gutachten|ein Denkmal|ein Wandbild} in Auftrag gegeben, das {im Frühjahr|{year}} vorgestellt werden soll.",
            "Der Vertrieb bekommt {weiterhin|künftig keine} Provisionen, teilte {company} mit.",
        ]},
        "hard-abo-newsletter": {"hard": True, "t": [
            "Abonnenten des {Dienstes|Streamingdienstes|Blattes} beschwerten sich, dass {die Preise ohne Vorwarnung um {pct} Prozent stiegen|sie nicht online kündigen konnten}.",
            "Der Newsletter, {gegründet|ins Leben gerufen} {yr2} von {name}, hat heute {n3}.000 Leserinnen und Leser.",
            "{company} verlor im {ersten|zweiten|dritten} Quartal {n3}.000 Abonnenten.",
            "Mehr als {n3} Betriebe meldeten sich vor Fristende für das Förderprogramm an.",
            "{name} hat sich während des Lockdowns bei {drei Streamingdiensten|einem Fitnessstudio} angemeldet und {nie gekündigt|zahlt bis heute}.",
        ]},
        "hard-fehler-test": {"hard": True, "t": [
            "Ein Fehler bei der Stimmauszählung {verzögerte das Ergebnis|machte eine Neuauszählung nötig} in {city} um {5|6|7|8|12} Stunden.",
            "Die Testergebnisse zeigten {erhöhte Bleiwerte|Spuren von Keimen|keine Belastung} im {Trinkwasser|Boden|Schulgebäude}.",
            "{name} wurde {am {day}|nach dem Rennen} positiv auf {Corona|eine verbotene Substanz} getestet.",
            "Stiftung Warentest hat {two} {Sonnencremes|Kindersitze|Olivenöle} geprüft{|; {num} fielen durch}.",
            "Ein Softwarefehler führte dazu, dass {n3} {Rentner|Beschäftigte} {zu wenig Geld erhielten|falsche Bescheide bekamen}.",
            "„Das ist ein Test für {die Koalition|unsere Demokratie|die ganze Region}“, sagte {name}.",
            "Die Fahrprüfung bestehen in {city} nur {pct} Prozent beim ersten Versuch.",
        ]},
        "hard-folgen-teilen": {"hard": True, "t": [
            "{Er|Sie} folgte der Band {jahrelang|{num} Jahre lang} auf Tournee durch {Europa|Deutschland}.",
            "Die Aktie von {company} {fiel|stieg} am {day} um {pct} Prozent.",
            "{name} gewann nach dem Video {n3}.000 Follower.",
            "Die Polizei folgte dem {Wagen|Transporter} über {num} Kilometer bis nach {city}.",
            "Die Demonstranten teilten Videos vom {Hochwasser|Einsatz|Protest} auf {social}.",
            "Die Aktionäre erhalten eine Dividende von {num} Euro je Aktie.",
            "Teilen Sie sich {eine Wohnung|ein Auto}, sparen {Paare|Familien} im Schnitt {n3} Euro im Monat, so die Studie.",
        ]},
        "hard-kekse-daten": {"hard": True, "t": [
            "Die Plätzchen nach dem Rezept von {name}s Großmutter waren auf dem {Weihnachtsmarkt|Schulfest} nach einer Stunde ausverkauft.",
            "Die Datenschutzbehörde verhängte ein Bußgeld gegen {company}, weil {Tracking-Cookies ohne Einwilligung gesetzt wurden|Kundendaten unverschlüsselt gespeichert waren}.",
            "Das Gericht entschied, dass die {App|Firma} gegen die DSGVO verstoßen habe.",
            "Die Kekse bei {160|175|180} Grad {etwa|rund} {10|12|15} Minuten backen, bis sie goldbraun sind.",
            "Die Datenschutzerklärung wurde im {Mai|März} geändert, teilte das Unternehmen mit.",
        ]},
        "hard-vertrauen-werbung": {"hard": True, "t": [
            "Das Vertrauen in {die Regierung|die Polizei|die Medien} ist laut Umfrage {auf einem Tiefstand|wieder gestiegen}.",
            "Unabhängige Gutachter prüften das Wasser an {num} Stellen entlang der {Elbe|Isar|Spree}.",
            "Die Werbeeinnahmen des Verlags sanken um {pct} Prozent.",
            "Das Unternehmen stellte am {day} sein neues Logo vor{| – die Reaktionen waren gemischt}.",
            "Der Rechtsstreit dreht sich um das Urheberrecht an den Fotos.",
            "Die Redaktion von {brand} wurde {yr2} gegründet und hat heute {two} Mitarbeiter, erzählt {name}.",
            "Der Film erhielt in {city} begeisterte Kritiken.",
        ]},
        "hard-zitat": {"hard": True, "t": [
            "„{Das ist richtig|Das stimmt nicht|Daran erinnere ich mich nicht|Wir hatten keine Wahl|Ich bin sehr stolz}“, sagte {name}.",
            "„{Danke|Vielen Dank} für {alles|Ihr Kommen}“, sagte sie.",
            "„{Folgen Sie dem Geld|Teilen Sie das bitte nicht}“, sagte der Ermittler.",
            "{name}: „{Es ist noch nicht vorbei|Ich bereue nichts}.“",
            "„{Niemals|Auf keinen Fall|Noch nicht}.“",
        ]},
        "nachricht": [
            "{name} ({two}) wurde {am {day}|in der vergangenen Woche} in {city} {festgenommen|verurteilt|freigelassen}.",
            "Der {Stadtrat|Bundestag|Vorstand} {beschloss am {day} den Plan|bestätigte in dieser Woche die Schließung des Werks|lehnte am {day} den Antrag ab|vertagte die Entscheidung auf {day}}.",
            "Die Temperaturen steigen {am Wochenende|bis {day}} in {city} auf bis zu {temp} Grad.",
            "Die Inflation {stieg|sank} im {März|Oktober} auf {pct} Prozent.",
            "{n3} Haushalte waren nach dem Unwetter ohne Strom.",
            "Die {Straße|Brücke|Strecke} bleibt {bis {day}|für {num} Wochen} gesperrt.",
            "{company} meldete für das Geschäftsjahr einen {Gewinn|Verlust} von {two} Millionen Euro.",
        ],
        "zwischentitel": [
            "{headline}",
            "{Was jetzt passiert|Warum das wichtig ist|Was bisher bekannt ist|Der Hintergrund|Ein bekanntes Muster|Die Folgen|Wie es weitergeht}",
            "{Steigende|Sinkende} {Preise|Zahlen|Mieten} in {city}",
            "{name}s {Vermächtnis|Comeback|letzte Saison}",
        ],
        "bildunterschrift-rezept": [
            "{name} {vor dem Gericht|vor dem Rathaus|in ihrem Garten} in {city} am {day}.",
            "{Anwohner|Helfer|Feuerwehrleute} {räumen auf|versammeln sich} in {city}.",
            "{{qty} g|{qty} ml|{1|2|3} EL|{1|2} TL} {Mehl|Zucker|weiche Butter|Olivenöl|Sahne|gehackte Petersilie}",
            "{1|2|3} {Eier|Zwiebeln, fein gehackt|Knoblauchzehen|Möhren}",
            "Den Ofen auf {180|200|160} Grad {vorheizen|Umluft vorheizen}.",
            "{Zutaten für|Für} {2|4|6} Personen",
        ],
    },
}

FAMILIES.update({
    "fr": {
        "hard-commission": {"hard": True, "t": [
            "La Commission européenne a infligé une amende de {big} millions d'euros à {company} pour {abus de position dominante|entente sur les prix}.",
            "{name} touchait une commission de {pct} % sur chaque {vente|contrat signé}, a-t-on appris à l'audience.",
            "La commission d'enquête {rendra ses conclusions|a auditionné le ministre} {en {year}|{day}|la semaine prochaine}.",
            "Les agents immobiliers de {city} prennent en moyenne une commission de {num} %.",
            "La mairie a commandé {une étude|une fresque|un rapport indépendant} en {yr2}.",
        ]},
        "hard-abonnement": {"hard": True, "t": [
            "Les abonnés du {service|journal|fournisseur d'accès} se sont plaints d'une hausse de {pct} % {sans préavis|en pleine crise}.",
            "La lettre d'information, fondée en {yr2} par {name}, compte aujourd'hui {n3} 000 lecteurs.",
            "{company} a perdu {n3} 000 abonnés au {premier|deuxième|troisième} trimestre.",
            "Plus de {n3} agriculteurs se sont inscrits au dispositif avant la date limite.",
            "{name} s'est abonnée à {trois plateformes|une salle de sport} pendant le confinement et n'a jamais résilié.",
        ]},
        "hard-erreur-test": {"hard": True, "t": [
            "Une erreur dans le décompte des voix a retardé les résultats à {city} de {5|6|7|8|12} heures.",
            "Les résultats des tests ont révélé {des traces de plomb|la présence de bactéries|l'absence de contamination} dans {l'eau du robinet|{num} écoles}.",
            "Le contrôle antidopage de {name} s'est révélé positif {après la course|avant la finale|{day}}.",
            "« C'est un test pour {le gouvernement|la majorité|toute la région} », a déclaré {name}.",
            "Une erreur informatique a privé {n3} {retraités|agents} de leur {pension|salaire} pendant {num} semaines.",
            "Seuls {pct} % des candidats réussissent l'examen du permis du premier coup à {city}.",
        ]},
        "hard-suivre-partager": {"hard": True, "t": [
            "{Il|Elle} a suivi le groupe en tournée pendant {num} ans, {de Lille à Marseille|à travers l'Europe}.",
            "L'action {company} a {chuté|bondi} de {pct} % {day} après {l'annonce des résultats|l'offre de rachat}.",
            "{name} a gagné {n3} 000 abonnés après la vidéo.",
            "Les manifestants ont partagé des vidéos {de l'inondation|de l'intervention} sur {social}.",
            "La police a suivi la voiture sur {num} kilomètres jusqu'à {city}.",
        ]},
        "hard-cookies-confiance": {"hard": True, "t": [
            "La CNIL a sanctionné {company} pour avoir déposé des cookies sans le consentement des internautes.",
            "Les biscuits de la boulangerie de {name} se sont vendus en une heure au marché de Noël.",
            "La confiance dans {les institutions|la police|les médias} recule, selon le sondage.",
            "Des experts indépendants ont analysé l'eau en {num} points du {Rhône|fleuve}.",
            "Les recettes publicitaires du groupe ont baissé de {pct} %.",
            "L'entreprise a dévoilé son nouveau logo {day}{|, accueilli fraîchement}.",
            "Le procès porte sur les droits d'auteur des photographies.",
        ]},
        "hard-citation": {"hard": True, "t": [
            "« {C'est exact|C'est faux|Je ne m'en souviens pas|Nous n'avions pas le choix|Je suis très fière} », a dit {name}.",
            "« {Merci|Merci beaucoup} pour {tout|votre venue} », a-t-elle soufflé.",
            "{name} : « {Ce n'est pas fini|Je ne regrette rien}. »",
            "« {Jamais|Pas encore|Absolument}. »",
        ]},
        "actualite": [
            "Les policiers ont interpellé {name}, {two} ans, {day} à {city}.",
            "Le conseil municipal a {adopté|rejeté|reporté} {le projet|la fermeture de l'usine|la motion} {day}.",
            "Les températures pourraient atteindre {temp} °C à {city} {ce week-end|d'ici {day}}.",
            "L'inflation est {remontée|redescendue} à {pct} % en {mars|octobre}.",
            "{n3} foyers ont été privés d'électricité après la tempête.",
            "{company} a annoncé un {bénéfice|déficit} de {two} millions d'euros.",
        ],
        "intertitre-legende": [
            "{headline}",
            "{Ce qui va changer|Pourquoi c'est important|Ce que l'on sait|Le contexte|Et maintenant ?|Les conséquences}",
            "{name} devant {le tribunal|la mairie|l'usine} de {city}, {day}.",
            "{Des habitants|Des bénévoles|Des pompiers} {déblaient les rues|se rassemblent} à {city}.",
        ],
        "recette": [
            "{qty} {g|cl} de {farine|sucre|beurre mou|crème fraîche|lait}",
            "{1|2|3} {œufs|oignons émincés|gousses d'ail|carottes}",
            "Préchauffez le four à {180|200|160} °C.",
            "Faites cuire {mins} minutes {à feu doux|en remuant}.",
            "Pour {2|4|6} personnes",
        ],
    },
    "es": {
        "hard-comision": {"hard": True, "t": [
            "La Comisión Europea multó a {company} con {big} millones de euros por {abuso de posición dominante|pactar precios}.",
            "{name} cobraba una comisión del {pct} % por cada {venta|contrato}, según declaró en el juicio.",
            "La comisión de investigación {presentará sus conclusiones|citó al ministro} {en {year}|el {day}}.",
            "Las inmobiliarias de {city} cobran una comisión media del {num} %.",
            "El ayuntamiento encargó {un estudio|un mural|un informe independiente} en {yr2}.",
        ]},
        "hard-suscripcion": {"hard": True, "t": [
            "Los suscriptores del {servicio|periódico|operador} se quejaron de una subida del {pct} % sin previo aviso.",
            "El boletín, fundado en {yr2} por {name}, tiene hoy {n3}.000 lectores.",
            "{company} perdió {n3}.000 suscriptores en el {primer|segundo|tercer} trimestre.",
            "Más de {n3} agricultores se inscribieron en el programa antes del plazo.",
            "{name} se suscribió a {tres plataformas|un gimnasio} durante el confinamiento y nunca se dio de baja.",
        ]},
        "hard-error-prueba": {"hard": True, "t": [
            "Un error en el recuento de votos retrasó los resultados en {city} durante {5|6|7|8|12} horas.",
            "Los resultados de las pruebas mostraron {restos de plomo|bacterias|ausencia de contaminación} en {el agua|{num} colegios}.",
            "{name} dio positivo {tras la carrera|antes de la final|el {day}}.",
            "«Es una prueba para {el Gobierno|la coalición|toda la región}», dijo {name}.",
            "Un error informático dejó a {n3} {pensionistas|funcionarios} sin cobrar durante {num} semanas.",
            "Solo el {pct} % aprueba el examen de conducir a la primera en {city}.",
        ]},
        "hard-seguir-compartir": {"hard": True, "t": [
            "{Siguió|Acompañó} al grupo de gira durante {num} años por {España|Europa|Latinoamérica}.",
            "Las acciones de {company} {cayeron|subieron} un {pct} % el {day} tras {los resultados|la opa}.",
            "{name} ganó {n3}.000 seguidores tras el vídeo.",
            "Los manifestantes compartieron vídeos de {la riada|la protesta} en {social}.",
            "La policía siguió el coche durante {num} kilómetros hasta {city}.",
        ]},
        "hard-galletas-confianza": {"hard": True, "t": [
            "La Agencia de Protección de Datos multó a {company} por instalar cookies sin consentimiento.",
            "Las galletas de la panadería de {name} se agotaron en una hora en la feria.",
            "La confianza en {las instituciones|la policía|los medios} cae, según la encuesta.",
            "Expertos independientes analizaron el agua en {num} puntos del {Ebro|río}.",
            "Los ingresos por publicidad del grupo bajaron un {pct} %.",
            "La empresa presentó su nuevo logotipo el {day}.",
            "La demanda gira en torno a los derechos de autor de las fotografías.",
        ]},
        "hard-cita": {"hard": True, "t": [
            "«{Es correcto|No es verdad|No lo recuerdo|No teníamos opción|Estoy muy orgullosa}», dijo {name}.",
            "—{Gracias|Muchas gracias} por {todo|venir} —dijo ella.",
            "{name}: «{No ha terminado|No me arrepiento de nada}».",
            "«{Nunca|Todavía no|Por supuesto}».",
        ]},
        "noticia": [
            "La policía detuvo a {name}, de {two} años, el {day} en {city}.",
            "El pleno {aprobó|rechazó|aplazó} {el proyecto|el cierre de la planta|la moción} el {day}.",
            "Las temperaturas podrían alcanzar los {temp} grados en {city} {este fin de semana|el {day}}.",
            "La inflación {subió|bajó} al {pct} % en {marzo|octubre}.",
            "{n3} hogares se quedaron sin luz tras el temporal.",
            "{company} registró un {beneficio|pérdida} de {two} millones de euros.",
        ],
        "ladillo-pie": [
            "{headline}",
            "{Qué cambia|Por qué importa|Lo que se sabe|El contexto|¿Y ahora qué?|Las consecuencias}",
            "{name}, ante {el juzgado|el ayuntamiento|la fábrica} de {city}, el {day}.",
            "{Vecinos|Voluntarios|Bomberos} {limpian las calles|se concentran} en {city}.",
        ],
        "receta": [
            "{qty} {g|ml} de {harina|azúcar|mantequilla|aceite de oliva|leche}",
            "{1|2|3} {huevos|cebollas picadas|dientes de ajo|zanahorias}",
            "Precalienta el horno a {180|200|160} grados.",
            "Cocina {mins} minutos {a fuego lento|removiendo}.",
            "Para {2|4|6} personas",
        ],
    },
    "it": {
        "hard-commissione": {"hard": True, "t": [
            "La Commissione europea ha multato {company} per {big} milioni di euro per {abuso di posizione dominante|intesa sui prezzi}.",
            "{name} incassava una commissione del {pct}% su ogni {vendita|contratto}, è emerso in aula.",
            "La commissione d'inchiesta {presenterà la relazione|ha ascoltato il ministro} {nel {year}|{day}}.",
            "Il comune ha commissionato {uno studio|un murale|una perizia indipendente} nel {yr2}.",
        ]},
        "hard-abbonati": {"hard": True, "t": [
            "Gli abbonati del {servizio|quotidiano|gestore} hanno protestato per un aumento del {pct}% senza preavviso.",
            "La newsletter, fondata nel {yr2} da {name}, oggi conta {n3}mila lettori.",
            "{company} ha perso {n3}mila abbonati nel {primo|secondo|terzo} trimestre.",
            "Più di {n3} aziende agricole si sono iscritte al bando prima della scadenza.",
        ]},
        "hard-errore-test": {"hard": True, "t": [
            "Un errore nello spoglio ha ritardato i risultati a {city} di {5|6|7|8|12} ore.",
            "I risultati dei test hanno mostrato {tracce di piombo|batteri|nessuna contaminazione} {nell'acqua|in {num} scuole}.",
            "Il test antidoping di {name} è risultato positivo {dopo la gara|prima della finale|{day}}.",
            "«È un test per {il governo|la maggioranza|tutta la regione}», ha detto {name}.",
            "Un errore informatico ha lasciato {n3} {pensionati|dipendenti} senza stipendio per {num} settimane.",
        ]},
        "hard-seguire-condividere": {"hard": True, "t": [
            "{Ha seguito|Seguì} la band in tour per {num} anni in giro per {l'Europa|l'Italia}.",
            "Le azioni di {company} sono {crollate|salite} del {pct}% {day} dopo {i conti|l'offerta}.",
            "{name} ha guadagnato {n3}mila follower dopo il video.",
            "I manifestanti hanno condiviso i video {dell'alluvione|della protesta} su {social}.",
        ]},
        "hard-biscotti-fiducia": {"hard": True, "t": [
            "Il Garante della privacy ha sanzionato {company} per aver installato cookie senza consenso.",
            "I biscotti della pasticceria di {name} sono andati esauriti in un'ora alla sagra.",
            "La fiducia nelle {istituzioni|forze dell'ordine} è in calo, secondo il sondaggio.",
            "Le entrate pubblicitarie del gruppo sono scese del {pct}%.",
            "L'azienda ha presentato il nuovo logo {day}.",
            "La causa riguarda i diritti d'autore sulle fotografie.",
        ]},
        "hard-citazione": {"hard": True, "t": [
            "«{È corretto|Non è vero|Non ricordo|Non avevamo scelta|Sono molto orgogliosa}», ha detto {name}.",
            "«{Grazie|Grazie mille} di {tutto|essere venuti}», ha detto lei.",
            "{name}: «{Non è finita|Non ho rimpianti}».",
        ]},
        "notizia": [
            "I carabinieri hanno fermato {name}, {two} anni, {day} a {city}.",
            "Il consiglio comunale ha {approvato|respinto|rinviato} {il progetto|la chiusura dello stabilimento} {day}.",
            "Le temperature potrebbero toccare i {temp} gradi a {city} {nel fine settimana|entro {day}}.",
            "L'inflazione è {salita|scesa} al {pct}% a {marzo|ottobre}.",
            "{company} ha chiuso l'anno con un {utile|rosso} di {two} milioni di euro.",
        ],
        "titoletto-didascalia-ricetta": [
            "{headline}",
            "{Cosa cambia|Perché è importante|Cosa sappiamo|Il contesto|E adesso?}",
            "{name} davanti {al tribunale|al municipio} di {city}, {day}.",
            "{qty} g di {farina|zucchero|burro|parmigiano grattugiato}",
            "Preriscaldate il forno a {180|200|160} gradi.",
            "Dosi per {2|4|6} persone",
        ],
    },
    "pt": {
        "hard-comissao": {"hard": True, "t": [
            "A Comissão Europeia multou a {company} em {big} milhões de euros por {abuso de posição dominante|cartel}.",
            "{name} recebia uma comissão de {pct}% por cada {venda|contrato}, segundo o processo.",
            "A comissão de inquérito {vai apresentar o relatório|ouviu o ministro} {em {year}|na {day}}.",
            "A prefeitura encomendou {um estudo|um mural|um parecer independente} em {yr2}.",
        ]},
        "hard-assinantes": {"hard": True, "t": [
            "Assinantes do {serviço|jornal|plano de internet} reclamaram de um aumento de {pct}% sem aviso.",
            "A newsletter, fundada em {yr2} por {name}, tem hoje {n3} mil leitores.",
            "A {company} perdeu {n3} mil assinantes no {primeiro|segundo|terceiro} trimestre.",
            "Mais de {n3} agricultores se inscreveram no programa antes do prazo.",
        ]},
        "hard-erro-teste": {"hard": True, "t": [
            "Um erro na contagem dos votos atrasou o resultado em {city} por {5|6|7|8|12} horas.",
            "Os resultados dos testes mostraram {chumbo|bactérias|ausência de contaminação} {na água|em {num} escolas}.",
            "{name} testou positivo {depois da corrida|antes da final|na {day}}.",
            "“É um teste para {o governo|a coligação|toda a região}”, disse {name}.",
            "Um erro no sistema deixou {n3} {aposentados|servidores} sem pagamento por {num} semanas.",
        ]},
        "hard-seguir-partilhar": {"hard": True, "t": [
            "{Ele|Ela} seguiu a banda em turnê durante {num} anos pelo {Brasil|mundo}.",
            "As ações da {company} {caíram|subiram} {pct}% na {day} após {o balanço|a oferta}.",
            "{name} ganhou {n3} mil seguidores depois do vídeo.",
            "Os manifestantes compartilharam vídeos {da enchente|do protesto} no {social}.",
        ]},
        "hard-biscoitos-confianca": {"hard": True, "t": [
            "A autoridade de proteção de dados multou a {company} por instalar cookies sem consentimento.",
            "Os biscoitos da padaria de {name} esgotaram em uma hora na feira.",
            "A confiança nas {instituições|polícias} caiu, segundo a pesquisa.",
            "A receita com publicidade do grupo caiu {pct}%.",
            "A empresa apresentou o novo logotipo na {day}.",
            "O processo trata dos direitos autorais das fotografias.",
        ]},
        "hard-citacao": {"hard": True, "t": [
            "“{Está correto|Não é verdade|Não me lembro|Não tínhamos escolha|Estou muito orgulhosa}”, disse {name}.",
            "“{Obrigada|Muito obrigado} por {tudo|terem vindo}”, disse ela.",
            "{name}: “{Não acabou|Não me arrependo de nada}.”",
        ]},
        "noticia": [
            "A polícia prendeu {name}, de {two} anos, na {day} em {city}.",
            "A câmara {aprovou|rejeitou|adiou} {o projeto|o fechamento da fábrica} na {day}.",
            "As temperaturas podem chegar a {temp} graus em {city} {no fim de semana|até {day}}.",
            "A inflação {subiu|caiu} para {pct}% em {março|outubro}.",
            "A {company} teve {lucro|prejuízo} de R$ {two} milhões no ano.",
        ],
        "intertitulo-legenda-receita": [
            "{headline}",
            "{O que muda|Por que importa|O que se sabe|O contexto|E agora?}",
            "{name} em frente {ao tribunal|à prefeitura} de {city}, na {day}.",
            "{qty} g de {farinha de trigo|açúcar|manteiga|queijo ralado}",
            "Preaqueça o forno a {180|200|160} graus.",
            "Rende {2|4|6} porções",
        ],
    },
})

FAMILIES.update({
    "nl": {
        "hard-commissie": {"hard": True, "t": [
            "De Europese Commissie legde {company} een boete op van {big} miljoen euro wegens {misbruik van machtspositie|prijsafspraken}.",
            "{name} kreeg een commissie van {pct} procent op elke {verkoop|deal}, bleek tijdens de zitting.",
            "De parlementaire enquêtecommissie {presenteert haar rapport|hoorde de minister} {in {year}|op {day}}.",
            "De gemeente gaf in {yr2} opdracht voor {een onderzoek|een muurschildering|een onafhankelijk rapport}.",
        ]},
        "hard-abonnees": {"hard": True, "t": [
            "Abonnees van de {dienst|krant|provider} klaagden over een prijsverhoging van {pct} procent zonder aankondiging.",
            "De nieuwsbrief, in {yr2} opgericht door {name}, heeft nu {n3}.000 lezers.",
            "{company} verloor in het {eerste|tweede|derde} kwartaal {n3}.000 abonnees.",
            "Ruim {n3} boeren meldden zich vóór de deadline aan voor de regeling.",
        ]},
        "hard-fout-test": {"hard": True, "t": [
            "Een fout bij het tellen van de stemmen vertraagde de uitslag in {city} met {5|6|7|8|12} uur.",
            "Uit de testresultaten bleek {lood|een bacterie|geen verontreiniging} in {het drinkwater|{num} scholen}.",
            "{name} testte {na de race|voor de finale|op {day}} positief.",
            "'Dit is een test voor {het kabinet|de coalitie|de hele regio}', zei {name}.",
            "Door een computerfout kregen {n3} {gepensioneerden|ambtenaren} {num} weken geen uitkering.",
        ]},
        "hard-volgen-delen": {"hard": True, "t": [
            "{Hij|Zij} volgde de band {num} jaar lang op tournee door {Europa|Nederland}.",
            "Het aandeel {company} {daalde|steeg} {op {day}|gisteren} {pct} procent na {de cijfers|het overnamebod}.",
            "{name} kreeg na de video {n3}.000 volgers erbij.",
            "Demonstranten deelden beelden van {de overstroming|het protest} op {social}.",
        ]},
        "hard-koekjes-vertrouwen": {"hard": True, "t": [
            "De Autoriteit Persoonsgegevens beboette {company} voor het plaatsen van cookies zonder toestemming.",
            "De koekjes van bakkerij {name} waren op de markt binnen een uur uitverkocht.",
            "Het vertrouwen in {de politiek|de politie} is gedaald, blijkt uit de peiling.",
            "De advertentie-inkomsten van het concern daalden met {pct} procent.",
            "Het bedrijf presenteerde op {day} zijn nieuwe logo.",
            "De rechtszaak draait om het auteursrecht op de foto's.",
        ]},
        "hard-citaat": {"hard": True, "t": [
            "'{Dat klopt|Dat is niet waar|Dat weet ik niet meer|We hadden geen keus|Ik ben heel trots}', zei {name}.",
            "'{Bedankt|Dank je wel} voor {alles|jullie komst}', zei ze.",
            "{name}: '{Het is nog niet voorbij|Ik heb nergens spijt van}.'",
        ]},
        "nieuws": [
            "{name} ({two}) werd {op {day}|vorige week} in {city} {aangehouden|veroordeeld|vrijgelaten}.",
            "De gemeenteraad {stemde in met het plan|wees het voorstel af|stelde het besluit uit} op {day}.",
            "Het kan {dit weekend|op {day}} in {city} {temp} graden worden.",
            "De inflatie {steeg|daalde} in {maart|oktober} naar {pct} procent.",
            "{company} boekte een {winst|verlies} van {two} miljoen euro.",
        ],
        "tussenkop-bijschrift-recept": [
            "{headline}",
            "{Wat er verandert|Waarom het ertoe doet|Wat we weten|De achtergrond|En nu?}",
            "{name} voor {de rechtbank|het stadhuis} in {city}, {day}.",
            "{qty} gram {bloem|suiker|boter|geraspte kaas}",
            "Verwarm de oven voor op {180|200|160} graden.",
            "Voor {2|4|6} personen",
        ],
    },
    "pl": {
        "hard-komisja-prowizja": {"hard": True, "t": [
            "Komisja Europejska nałożyła na {company} karę {big} mln euro za {nadużycie pozycji dominującej|zmowę cenową}.",
            "{name} pobierał prowizję w wysokości {pct} proc. od każdej {sprzedaży|umowy}, wynika z akt sprawy.",
            "Sejmowa komisja śledcza {przesłuchała ministra|przedstawi raport} {w {year} roku|{day}}.",
            "Pośrednicy w {cityloc} biorą zwykle {g}-{g} proc. prowizji.",
        ]},
        "hard-subskrybenci": {"hard": True, "t": [
            "Subskrybenci {serwisu|gazety|operatora} skarżyli się na podwyżkę o {pct} proc. bez uprzedzenia.",
            "Newsletter, założony w {yr2} roku przez {name}, ma dziś {n3} tys. czytelników.",
            "{company} straciła w {pierwszym|drugim|trzecim} kwartale {n3} tys. abonentów.",
            "Do programu zapisało się ponad {n3} rolników.",
        ]},
        "hard-blad-test": {"hard": True, "t": [
            "Błąd przy liczeniu głosów opóźnił ogłoszenie wyników w {cityloc} o {5|6|7|8} godzin.",
            "Wyniki badań wykazały {ołów|bakterie coli|brak zanieczyszczeń} w {wodzie|{num} szkołach}.",
            "Kontrola antydopingowa {po wyścigu|przed finałem} dała wynik pozytywny, poinformował związek.",
            "– To test dla {rządu|koalicji|całego regionu} – mówi {name}.",
            "Przez błąd systemu {n3} {emerytów|urzędników} nie dostało pieniędzy przez {2|3|4} tygodnie.",
        ]},
        "hard-obserwowac-udostepnic": {"hard": True, "t": [
            "{Jeździł|Jeździła} za zespołem w trasy przez {num} lat.",
            "Akcje {company} {spadły|wzrosły} {day} o {pct} proc. po {publikacji wyników|ogłoszeniu wezwania}.",
            "Po nagraniu {name} zyskał {n3} tys. obserwujących.",
            "Protestujący udostępniali nagrania {powodzi|z demonstracji} na {social}.",
        ]},
        "hard-ciastka-zaufanie": {"hard": True, "t": [
            "UODO ukarał {company} za instalowanie plików cookies bez zgody użytkowników.",
            "Ciasteczka z piekarni {name} rozeszły się na jarmarku w godzinę.",
            "Zaufanie do {polityków|policji|mediów} spadło, wynika z sondażu.",
            "Przychody z reklam spadły o {pct} proc.",
            "Firma zaprezentowała {day} nowe logo.",
            "Spór dotyczy praw autorskich do zdjęć.",
        ]},
        "hard-cytat": {"hard": True, "t": [
            "– {To prawda|To nieprawda|Nie pamiętam|Nie mieliśmy wyboru|Jestem bardzo dumna} – mówi {name}.",
            "„{Dziękuję|Dziękujemy} za {wszystko|przybycie}” – powiedziała.",
            "{name}: „{To jeszcze nie koniec|Niczego nie żałuję}”.",
        ]},
        "wiadomosci": [
            "{name} ({two} l.) {został zatrzymany|został skazany|wyszedł na wolność} {day} w {cityloc}.",
            "Rada miasta {przyjęła projekt|odrzuciła wniosek|przełożyła decyzję} {day}.",
            "{day} w {cityloc} temperatura może sięgnąć {temp} stopni.",
            "Inflacja w {marcu|październiku} {wzrosła|spadła} do {pct} proc.",
            "{company} {zarobiła|straciła} w ubiegłym roku {two} mln zł.",
        ],
        "srodtytul-podpis-przepis": [
            "{headline}",
            "{Co się zmieni|Dlaczego to ważne|Co wiemy|Tło sprawy|Co dalej?}",
            "{name} przed {sądem|ratuszem} w {cityloc}.",
            "{qty} g {mąki|cukru|masła|startego sera}",
            "Piekarnik nagrzej do {180|200|160} stopni.",
            "Porcja dla {2|4|6} osób",
        ],
    },
    "ru": {
        "hard-komissiya": {"hard": True, "t": [
            "Еврокомиссия оштрафовала {company} на {big} млн евро за {злоупотребление доминирующим положением|картельный сговор}.",
            "{name} получал комиссию {pct}% с каждой {сделки|продажи}, выяснилось в суде.",
            "Избирательная комиссия {объявила итоги|отложила подсчёт} {day}.",
            "Риелторы в городе {city} берут комиссию от {num} до {num}%.",
        ]},
        "hard-podpischiki": {"hard": True, "t": [
            "Подписчики {сервиса|газеты|оператора} пожаловались на подорожание на {pct}% без предупреждения.",
            "Рассылка, основанная в {yr2} году {name}, сегодня насчитывает {n3} тыс. читателей.",
            "Компания {company} потеряла {n3} тыс. абонентов за {первый|второй|третий} квартал.",
            "На программу записались более {n3} фермеров.",
        ]},
        "hard-oshibka-test": {"hard": True, "t": [
            "Ошибка при подсчёте голосов задержала итоги выборов в городе {city} на {5|6|7|8|12} часов.",
            "Результаты анализов показали {свинец|кишечную палочку|отсутствие загрязнений} в {воде|{num} школах}.",
            "Тест {name} на допинг оказался положительным.",
            "«Это проверка для {правительства|всей команды|региона}», — сказал {name}.",
            "Из-за сбоя в системе {n3} {пенсионеров|бюджетников} не получили выплаты.",
        ]},
        "hard-podpisalsya-podelilsya": {"hard": True, "t": [
            "{Он {num} лет ездил|Она {num} лет ездила} за группой по гастролям.",
            "Акции {company} {подешевели|подорожали} на {pct}% {day} после {публикации отчётности|новостей о сделке}.",
            "После видео у {name} прибавилось {n3} тыс. подписчиков.",
            "Участники акции делились видео {наводнения|задержаний} в {social}.",
        ]},
        "hard-pechenye-doverie": {"hard": True, "t": [
            "Суд оштрафовал {company} за сбор персональных данных без согласия пользователей.",
            "Печенье из пекарни {name} раскупили на ярмарке за час.",
            "Доверие к {властям|полиции|СМИ} снизилось, показал опрос.",
            "Доходы холдинга от рекламы упали на {pct}%.",
            "Компания представила новый логотип {day}.",
            "Спор касается авторских прав на фотографии.",
        ]},
        "hard-tsitata": {"hard": True, "t": [
            "«{Это правда|Это неправда|Я не помню|У нас не было выбора|Я очень горжусь}», — говорит {name}.",
            "— {Спасибо|Большое спасибо} за {всё|то, что пришли}, — сказала она.",
            "{name}: «{Это ещё не конец|Я ни о чём не жалею}».",
        ]},
        "novosti": [
            "{name}, {two} лет, {задержан|осуждён|освобождён} {day} в городе {city}.",
            "Городская дума {одобрила проект|отклонила законопроект|отложила решение} {day}.",
            "{day} температура в городе {city} может подняться до {temp} градусов.",
            "Инфляция в {марте|октябре} {выросла|снизилась} до {pct}%.",
            "Компания {company} {получила прибыль|понесла убыток} {two} млн рублей.",
        ],
        "podzagolovok-podpis-retsept": [
            "{headline}",
            "{Что изменится|Почему это важно|Что известно|Предыстория|Что дальше}",
            "{name} у здания {суда|мэрии} в городе {city}.",
            "{qty} г {муки|сахара|сливочного масла|тёртого сыра}",
            "Разогрейте духовку до {180|200|160} градусов.",
            "На {2|4|6} порции",
        ],
    },
    "ja": {
        "hard-iinkai-tesuuryou": {"hard": True, "t": [
            "欧州委員会は{company}に{big}億円相当の制裁金を科した。",
            "{name}被告は販売額の{pct}％を手数料として受け取っていたという。",
            "選挙管理委員会は{day}、{city}市の開票結果を発表した。",
            "第三者委員会は{year}年春までに報告書をまとめる方針だ。",
        ]},
        "hard-kounyu-kaiin": {"hard": True, "t": [
            "{サービス|新聞|通信プラン}の契約者からは、予告なしの{pct}％値上げに不満の声が上がった。",
            "{yr2}年に{name}さんが創刊したメールマガジンは、今では{n3}万人の読者を抱える。",
            "{company}は第{1|2|3}四半期に会員数が{n3}万人減少したと発表した。",
            "締め切りまでに{n3}戸の農家が制度に登録した。",
        ]},
        "hard-error-test": {"hard": True, "t": [
            "開票作業でのミスにより、{city}市の結果発表が{5|6|7|8|12}時間遅れた。",
            "検査の結果、{水道水|{num}校の校舎}から{鉛|細菌}が検出された。",
            "{name}選手は{レース後|決勝前}の検査で陽性反応が出た。",
            "「これは{政権|地域全体}にとっての試金石だ」と{name}氏は語った。",
            "システムの不具合で、{n3}人の{年金受給者|職員}への支払いが遅れた。",
        ]},
        "hard-follow-share": {"hard": True, "t": [
            "{name}さんは{num}年間、バンドのツアーを追いかけて全国を回った。",
            "{company}の株価は{day}、{pct}％{下落|上昇}した。",
            "動画の公開後、{name}さんのフォロワーは{n3}万人増えた。",
            "参加者は{social}で{浸水|デモ}の様子を共有した。",
        ]},
        "hard-cookie-trust": {"hard": True, "t": [
            "個人情報保護委員会は、同意なくデータを収集したとして{company}に指導を行った。",
            "{name}さんの店のクッキーは、バザーで1時間で売り切れた。",
            "世論調査では、{政府|警察|メディア}への信頼が低下している。",
            "同社の広告収入は前年比{pct}％減となった。",
            "同社は{day}、新しいロゴを発表した。",
            "訴訟は写真の著作権をめぐって争われている。",
        ]},
        "hard-inyou": {"hard": True, "t": [
            "「{その通りです|事実ではありません|覚えていません|他に選択肢はなかった|とても誇りに思います}」と{name}さんは話した。",
            "「{ありがとう|本当にありがとうございました}」と彼女は言った。",
            "{name}氏「{まだ終わっていない|後悔はない}」",
        ]},
        "news": [
            "{city}の警察は{day}、{two}歳の男を{逮捕|書類送検}した。",
            "{city}市議会は{day}、{計画案|条例案}を{可決|否決}した。",
            "{day}の{city}の最高気温は{temp}度の見込み。",
            "消費者物価指数は前年同月比{pct}％上昇した。",
            "{company}の最終損益は{two}億円の{黒字|赤字}だった。",
        ],
        "midashi-caption-recipe": [
            "{headline}",
            "{何が変わるのか|なぜ重要なのか|これまでに分かっていること|背景|今後の焦点}",
            "{city}地裁前で取材に応じる{name}さん（{day}）",
            "{薄力粉|砂糖|バター|牛乳}　{qty}g",
            "オーブンを{180|200|160}度に予熱する。",
            "材料（{2|4|6}人分）",
        ],
    },
    "zh": {
        "hard-weiyuanhui-yongjin": {"hard": True, "t": [
            "欧盟委员会以{滥用市场支配地位|价格垄断}为由，对{company}处以{two}亿欧元罚款。",
            "据庭审披露，{name}每笔{交易|销售}抽取{pct}%的佣金。",
            "选举委员会{day}公布了{city}的计票结果。",
            "调查委员会将于{year}年底前提交报告。",
        ]},
        "hard-dingyue-yonghu": {"hard": True, "t": [
            "{该服务|该报|宽带套餐}的订阅用户抱怨价格在未通知的情况下上涨了{pct}%。",
            "这份由{name}于{yr2}年创办的简报，如今拥有{n3}万名读者。",
            "{company}第{一|二|三}季度流失了{n3}万名订阅用户。",
            "截止日期前，已有{n3}户农民报名参加该项目。",
        ]},
        "hard-cuowu-ceshi": {"hard": True, "t": [
            "计票过程中的一处错误导致{city}的选举结果推迟了{5|6|7|8|12}个小时公布。",
            "检测结果显示，{自来水|{num}所学校}中{铅含量超标|检出细菌|未发现污染}。",
            "{name}在{赛后|决赛前}的药检中呈阳性。",
            "“这是对{政府|整个地区}的一次考验，”{name}说。",
            "系统故障导致{n3}名{退休人员|职工}的养老金延迟发放。",
        ]},
        "hard-guanzhu-fenxiang": {"hard": True, "t": [
            "{name}曾{num}年追随乐队巡演，走遍全国。",
            "{company}股价{day}{下跌|上涨}{pct}%。",
            "视频发布后，{name}的粉丝增加了{n3}万。",
            "抗议者在{social}上分享了{洪水|现场}的视频。",
        ]},
        "hard-binggan-xinren": {"hard": True, "t": [
            "监管部门因{company}未经同意收集用户数据，对其处以罚款。",
            "{name}家面包店的饼干在集市上一小时内就卖光了。",
            "调查显示，公众对{政府|警方|媒体}的信任度有所下降。",
            "集团广告收入同比下降{pct}%。",
            "该公司{day}发布了新标志。",
            "这起诉讼涉及照片的著作权归属。",
        ]},
        "hard-yinyu": {"hard": True, "t": [
            "“{没错|这不是事实|我不记得了|我们别无选择|我非常自豪}，”{name}说。",
            "“{谢谢|谢谢大家}，”她说。",
            "{name}：“{还没有结束|我不后悔}。”",
        ]},
        "xinwen": [
            "{city}警方{day}拘留了一名{two}岁男子。",
            "{city}市人大常委会{day}{通过|否决}了{该方案|相关条例}。",
            "{day}{city}最高气温预计将达{temp}摄氏度。",
            "{三月|十月}居民消费价格同比上涨{pct}%。",
            "{company}全年{净利润|亏损}{two}亿元。",
        ],
        "xiaobiaoti-tushuo-caipu": [
            "{headline}",
            "{有哪些变化|为何重要|目前已知的情况|事件背景|下一步}",
            "{day}，{name}在{city}法院外接受采访。",
            "{面粉|白糖|黄油|牛奶}{qty}克",
            "烤箱预热至{180|200|160}摄氏度。",
            "{2|4|6}人份",
        ],
    },
    "sv": {"hard-ord": {"hard": True, "n": 40, "t": [
        "EU-kommissionen bötfällde {company} med {big} miljoner euro.",
        "Prenumeranterna klagade på att priset höjdes med {pct} procent utan förvarning.",
        "Ett fel i rösträkningen försenade resultatet i {city} med {5|6|7|8|12} timmar.",
        "Aktien i {company} föll med {pct} procent på {day}.",
        "”{Det stämmer|Det är inte sant|Vi hade inget val}”, sa {name}.",
    ]}, "nyheter": {"n": 30, "t": ["{name} greps i {city} i helgen.", "Kommunfullmäktige godkände planen på måndagen.", "{headline}", "Temperaturen kan nå {temp} grader i {city} i helgen."]}},
    "tr": {"hard-kelime": {"hard": True, "n": 40, "t": [
        "Avrupa Komisyonu {company} şirketine {big} milyon euro ceza verdi.",
        "Aboneler fiyatların haber verilmeden yüzde {pct} artırılmasından şikâyet etti.",
        "Oy sayımındaki bir hata {city}'daki sonuçların {5|6|7|8|12} saat gecikmesine yol açtı.",
        "{company} hisseleri yüzde {pct} düştü.",
        "“{Bu doğru|Bu doğru değil|Başka seçeneğimiz yoktu}” dedi {name}.",
    ]}, "haber": {"n": 30, "t": ["{name} {city}'da gözaltına alındı.", "Belediye meclisi planı onayladı.", "{headline}", "{city}'da sıcaklık {temp} dereceye ulaşabilir."]}},
    "ko": {"hard-daneo": {"hard": True, "n": 40, "t": [
        "유럽연합 집행위원회는 {company}에 {two}억 유로의 과징금을 부과했다.",
        "구독자들은 예고 없는 {pct}% 요금 인상에 불만을 드러냈다.",
        "개표 과정의 오류로 {city}의 결과 발표가 {5|6|7|8|12}시간 늦어졌다.",
        "{company} 주가는 {pct}% 하락했다.",
        "“{맞습니다|사실이 아닙니다|다른 선택지가 없었다}”고 {name} 씨는 말했다.",
    ]}, "nyuseu": {"n": 30, "t": ["경찰은 {city}에서 {temp}세 남성을 체포했다.", "시의회는 계획안을 통과시켰다.", "{headline}", "{city}의 낮 최고기온은 {temp}도까지 오를 전망이다."]}},
    "ar": {"hard-kalimat": {"hard": True, "n": 40, "t": [
        "فرضت المفوضية الأوروبية غرامة قدرها {big} مليون يورو على {company}.",
        "اشتكى المشتركون من رفع الأسعار بنسبة {pct}% دون إشعار مسبق.",
        "أدى خطأ في فرز الأصوات إلى تأخير إعلان النتائج في {city} {5|6|7|8|12} ساعات.",
        "تراجعت أسهم {company} بنسبة {pct}%.",
        "قال {name}: «{هذا صحيح|هذا غير صحيح|لم يكن لدينا خيار}».",
    ]}, "akhbar": {"n": 30, "t": ["ألقت الشرطة القبض على رجل في {city}.", "وافق المجلس البلدي على الخطة.", "{headline}", "قد تصل درجات الحرارة في {city} إلى {temp} درجة."]}},
    "hi": {"hard-shabd": {"hard": True, "n": 40, "t": [
        "यूरोपीय आयोग ने {company} पर {big} मिलियन यूरो का जुर्माना लगाया।",
        "ग्राहकों ने बिना सूचना के {pct}% दाम बढ़ाने की शिकायत की।",
        "मतगणना में गड़बड़ी के कारण {city} का नतीजा {5|6|7|8|12} घंटे देर से आया।",
        "{company} के शेयर {pct}% गिर गए।",
        "{name} ने कहा, “{यह सही है|यह सच नहीं है|हमारे पास कोई विकल्प नहीं था}।”",
    ]}, "khabar": {"n": 30, "t": ["पुलिस ने {city} में एक व्यक्ति को गिरफ्तार किया।", "नगर निगम ने योजना को मंज़ूरी दी।", "{headline}", "{city} में तापमान {temp} डिग्री तक पहुंच सकता है।"]}},
})

# More ordinary story lines: sport, science, politics, business, culture, local news, Q&A and explainers.
_MORE = {
    "en": {
        "sport-report": [
            "{club} {beat|lost to} {club} {2-1|1-0|3-1|3-2|2-0|4-2} {on {day}|at home|away from home} {thanks to a late goal from {name}|after extra time|in front of {two},000 fans}.",
            "{name} {scored twice|hit a century|took five wickets|finished third} as {club} {moved top of the table|stayed in the hunt|were knocked out}.",
            "The {manager|coach|captain} said {the result|the performance} was {\"not good enough\"|the best of the season|a turning point}.",
            "{name} {has signed|will sign|is close to signing} a {two|three|four}-year contract with {club}.",
            "{club} have won {5|6|7} of their last {8|10} matches{.|, but face a tough run in {March|April}.}",
            "The {final|derby|semi-final} {kicks off|starts} at {time} on {day}.",
        ],
        "science-health": [
            "Researchers at the University of {city} found that {regular exercise|a Mediterranean diet|poor sleep|air pollution} {cuts|raises} the risk of {dementia|heart disease|depression} by {pct}%.",
            "The study, published in {Nature|The Lancet|the BMJ|Science}, followed {n3},000 {adults|children|patients} for {num} years.",
            "Scientists say the {telescope|probe|rover} {captured|detected|sent back} {images|signals|samples} from {Mars|Jupiter's moons|a distant galaxy}.",
            "Waiting lists for {hip operations|cancer tests|mental health services} in {city} {have grown|have fallen} by {pct}% this year.",
            "{Doctors|Nurses|Pharmacists} {warn|say} that {flu cases|hospital admissions|prescriptions} {are rising|have doubled} {in the north|among children|this winter}.",
            "The {drug|treatment|vaccine} {will be offered|is expected to be available} to {patients over {age}|pregnant women|all adults} from {year}.",
        ],
        "politics": [
            "The {prime minister|chancellor|home secretary|opposition leader|mayor} {said|told MPs|insisted} that {the plan would be fully funded|there would be no U-turn|lessons had been learned}.",
            "{MPs|Senators|Councillors} voted {by {big} to {two}|narrowly|overwhelmingly} {in favour of|against} the {bill|motion|amendment}.",
            "{name}, the {party's|government's} {spokesperson on {topic}|chief whip|deputy leader}, {resigned|was sacked|stepped down} on {day}.",
            "Polls suggest {the party|Labour|the Conservatives|the Democrats|the Greens} {are|is} {ahead|behind} by {num} points.",
            "The {election|referendum|by-election} will take place on {date}.",
            "Critics say the {policy|scheme|reform} {will hit the poorest hardest|does not go far enough|is unworkable}.",
        ],
        "business": [
            "{company} {plans to|will} {open|close} {qty} {stores|branches|offices} {in the UK|across Europe|by {year}}.",
            "The Bank of England {held interest rates at|cut interest rates to|raised interest rates to} {4.5|5|3.75|4}% on {day}.",
            "House prices in {city} {rose|fell} by {pct}% in the year to {March|June|September}, {figures show|according to Nationwide}.",
            "{company}'s chief executive, {name}, {will step down|is to leave|was replaced} {at the end of the year|after {num} years|with immediate effect}.",
            "The {merger|takeover|deal} values {company} at £{big}m.",
            "{Workers|Drivers|Nurses|Teachers} {at|in} {company|{city}} {will strike|voted to strike|accepted a pay offer} {over pay|next week|on {day}}.",
        ],
        "culture": [
            "The {novel|album|film|exhibition|play} {tells the story of|follows|explores} {a family in {city}|two sisters|a widowed farmer|the last days of the empire}.",
            "{name}'s {debut|latest|third} {novel|album|film} {was shortlisted for|won|was nominated for} {the Booker Prize|a Grammy|an Oscar|the Mercury Prize}.",
            "The {festival|gallery|theatre} {attracted|expects} {n3},000 visitors {this year|over the weekend|in its first month}.",
            "Tickets cost £{num}{|.50} and {are available from the box office|go on sale on {day}}.",
            "{Directed|Written|Produced} by {name}, the {film|series|show} {opens|premieres|airs} on {day}.",
            "It is a {quiet|brave|messy|joyful} {book|film|record}, and all the better for it.",
        ],
        "local-news": [
            "{A|The} {man|woman|teenager|driver|cyclist} {was taken to hospital|suffered minor injuries|died at the scene} after {the crash|the collision|the fire} on {the A{num}{num}|Station Road|the High Street}.",
            "The {library|swimming pool|post office|community centre} in {city} {will reopen|is set to close|has been saved} {next month|in the spring|after a campaign by residents}.",
            "Plans for {{big} new homes|a supermarket|a wind farm|a car park} {on the edge of|in the centre of} {city} {have been approved|were rejected|have sparked protests}.",
            "{Police|Officers} are appealing for witnesses{ to the incident|, and anyone with dashcam footage is asked to call 101}.",
            "{Volunteers|Pupils|Residents} {planted {n3}0 trees|collected {n3} bags of litter|raised £{n3},000} {in|for} {city} {on {day}|over the weekend}.",
            "{The|A} {bus|train|ferry} service between {city} and {city} {will be cut|is to be restored|has been suspended} from {date}.",
        ],
        "explainer-qa": [
            "{What is|Who is|Why is|How does|When will} {the windfall tax|the new scheme|{name}|the strike|the ban} {and why does it matter|going ahead|affecting you|work|start}?",
            "{Who qualifies|Who is eligible|How much will I get|Can I still apply|What happens if I miss the deadline}?",
            "{In short|Put simply|The short answer}: {yes|no|it depends on where you live|not yet}.",
            "{Households earning less than £{two},000|Renters with savings under £{two},000|Pensioners over the age of {age}|Drivers over the age of {age}} {will be eligible|can apply|will not be affected}.",
            "{The|This} {scheme|rule|payment} {starts|ends|comes into force} on {date}.",
            "{Here's|This is} what we know so far.",
        ],
    },
    "de": {
        "sport": [
            "{club} {gewann|verlor} am {day} {2:1|1:0|3:1|3:2|2:0} gegen {club}{| nach einem späten Tor von {name}}.",
            "{name} {traf doppelt|erzielte das Siegtor|sah Gelb-Rot} beim {Heimspiel|Auswärtsspiel} in {city}.",
            "Der Trainer sprach von einer {verdienten Niederlage|starken Leistung|Wende in der Saison}.",
            "Das {Derby|Finale|Halbfinale} beginnt am {day} um {time} Uhr.",
        ],
        "wissenschaft-politik": [
            "Forschende der Universität {city} fanden heraus, dass {regelmäßige Bewegung|schlechter Schlaf|Luftverschmutzung} das Risiko für {Demenz|Herzkrankheiten} um {pct} Prozent {senkt|erhöht}.",
            "Die Studie erschien im Fachjournal {Nature|The Lancet|Science} und begleitete {n3}.000 {Erwachsene|Kinder} über {num} Jahre.",
            "Der {Kanzler|Ministerpräsident|Oppositionsführer|Bürgermeister} {kündigte an|betonte|räumte ein}, dass {der Plan finanziert sei|es keine Kehrtwende gebe|Fehler gemacht wurden}.",
            "Der Bundestag stimmte mit {big} zu {two} Stimmen für das Gesetz.",
            "Umfragen zufolge liegt die {Union|SPD|AfD|die Grünen} {num} Punkte {vorn|zurück}.",
            "Die Wahl findet am {date} statt.",
        ],
        "wirtschaft-lokal": [
            "{company} will bis {year} {qty} Filialen {schließen|eröffnen}.",
            "Die EZB {hielt den Leitzins am {day} bei|senkte den Leitzins am {day} auf|erhöhte den Leitzins am {day} auf} {4,5|4|3,75} Prozent.",
            "Die Mieten in {city} stiegen im vergangenen Jahr um {pct} Prozent.",
            "Ein {Radfahrer|Autofahrer|Fußgänger} wurde bei dem Unfall auf der {B{two}|Hauptstraße} {leicht|schwer} verletzt.",
            "Die Bibliothek in {city} {öffnet im Frühjahr wieder|soll schließen|wurde gerettet}.",
            "Die Polizei sucht Zeugen{| und bittet um Hinweise}.",
        ],
        "kultur-erklaerung": [
            "Der {Roman|Film|Ausstellung} erzählt die Geschichte {einer Familie in {city}|zweier Schwestern|eines Bauern}.",
            "Karten kosten {num}{|,50} Euro und sind an der Abendkasse erhältlich.",
            "{Wer hat Anspruch?|Wie viel Geld gibt es?|Was ändert sich?|Ab wann gilt die Regel?}",
            "{Kurz gesagt|Die kurze Antwort}: {ja|nein|es kommt darauf an|noch nicht}.",
            "Hier ist, was bisher bekannt ist.",
        ],
    },
    "fr": {
        "sport-culture": [
            "{club} s'est {imposé|incliné} {2-1|1-0|3-1|3-2|2-0} face à {club} {day}.",
            "{name} a inscrit un doublé lors du match à {city}.",
            "Le {roman|film|spectacle} raconte l'histoire {d'une famille de {city}|de deux sœurs|d'un agriculteur}.",
            "Les billets coûtent {qty} euros et sont en vente {dès {day}|au guichet}.",
            "Le festival a attiré {n3} 000 visiteurs cette année.",
        ],
        "politique-economie": [
            "Le {Premier ministre|président|maire|chef de l'opposition} a {assuré|affirmé|reconnu} que {le plan serait financé|des erreurs avaient été commises}.",
            "L'Assemblée a adopté le texte par {big} voix contre {two}.",
            "{company} va {fermer|ouvrir} {qty} magasins d'ici {year}.",
            "Les loyers à {city} ont augmenté de {pct} % en un an.",
            "{Qui est concerné ?|Combien vais-je toucher ?|Qu'est-ce qui change ?}",
            "Un {cycliste|automobiliste|piéton} a été {légèrement|grièvement} blessé dans l'accident.",
        ],
    },
    "es": {
        "deporte-cultura": [
            "{club} {ganó|perdió} {2-1|1-0|3-1|3-2|2-0} ante {club} el {day}.",
            "{name} marcó un doblete en el partido de {city}.",
            "La {novela|película|obra} cuenta la historia de {una familia de {city}|dos hermanas|un agricultor}.",
            "Las entradas cuestan {qty} euros y ya están a la venta.",
            "El festival recibió {n3}.000 visitantes este año.",
        ],
        "politica-economia": [
            "El {presidente|alcalde|líder de la oposición|ministro} {aseguró|afirmó|reconoció} que {el plan estaba financiado|se habían cometido errores}.",
            "El Congreso aprobó la ley por {big} votos a favor y {two} en contra.",
            "{company} {cerrará|abrirá} {qty} tiendas antes de {year}.",
            "Los alquileres en {city} subieron un {pct} % en un año.",
            "{¿Quién puede pedirlo?|¿Cuánto voy a cobrar?|¿Qué cambia?}",
            "Un {ciclista|conductor|peatón} resultó herido {leve|grave} en el accidente.",
        ],
    },
    "it": {
        "sport-cultura": [
            "{club} ha {vinto|perso} {2-1|1-0|3-1|3-2|2-0} contro {club} {day}.",
            "{name} ha segnato una doppietta a {city}.",
            "Il {romanzo|film|spettacolo} racconta la storia di {una famiglia di {city}|due sorelle|un contadino}.",
            "I biglietti costano {qty} euro e sono in vendita da {day}.",
        ],
        "politica-economia": [
            "Il {premier|sindaco|leader dell'opposizione|ministro} ha {assicurato|affermato|ammesso} che {il piano è finanziato|sono stati commessi errori}.",
            "La Camera ha approvato il testo con {big} voti favorevoli e {two} contrari.",
            "{company} {chiuderà|aprirà} {qty} negozi entro il {year}.",
            "Gli affitti a {city} sono aumentati del {pct}% in un anno.",
            "{Chi ne ha diritto?|Quanto si riceve?|Cosa cambia?}",
            "Un {ciclista|automobilista|pedone} è rimasto ferito {lievemente|gravemente} nell'incidente.",
        ],
    },
    "pt": {
        "esporte-cultura": [
            "{club} {venceu o|perdeu para o} {club} por {2 a 1|1 a 0|3 a 1|2 a 0} na {day}.",
            "{name} marcou duas vezes no jogo em {city}.",
            "O {romance|filme|espetáculo} conta a história de {uma família de {city}|duas irmãs|um agricultor}.",
            "Os ingressos custam R$ {qty} e já estão à venda.",
        ],
        "politica-economia": [
            "O {presidente|prefeito|líder da oposição|ministro} {afirmou|garantiu|admitiu} que {o plano está financiado|houve erros}.",
            "A Câmara aprovou o projeto por {big} votos a {two}.",
            "A {company} vai {fechar|abrir} {qty} lojas até {year}.",
            "Os aluguéis em {city} subiram {pct}% em um ano.",
            "{Quem tem direito?|Quanto vou receber?|O que muda?}",
            "Um {ciclista|motorista|pedestre} ficou ferido {sem gravidade|em estado grave} no acidente.",
        ],
    },
    "nl": {
        "sport-cultuur": [
            "{club} {won|verloor} op {day} met {2-1|1-0|3-1|3-2|2-0} van {club}.",
            "{name} scoorde twee keer in {city}.",
            "De {roman|film|voorstelling} vertelt het verhaal van {een familie uit {city}|twee zussen|een boer}.",
            "Kaarten kosten {qty} euro en zijn verkrijgbaar aan de kassa.",
        ],
        "politiek-economie": [
            "De {premier|burgemeester|oppositieleider|minister} {zei|benadrukte|gaf toe} dat {het plan gefinancierd is|er fouten zijn gemaakt}.",
            "De Tweede Kamer nam het wetsvoorstel aan met {two} stemmen voor.",
            "{company} gaat vóór {year} {qty} winkels {sluiten|openen}.",
            "De huren in {city} stegen met {pct} procent.",
            "{Wie komt in aanmerking?|Hoeveel krijg ik?|Wat verandert er?}",
            "Een {fietser|automobilist|voetganger} raakte {licht|zwaar} gewond bij het ongeluk.",
        ],
    },
    "pl": {
        "sport-kultura": [
            "{club} {wygrał|przegrał} {day} {2:1|1:0|3:1|2:0} {na wyjeździe|u siebie}.",
            "Dwa gole dla gospodarzy zdobył {name}.",
            "{Powieść|Film|Spektakl} opowiada historię {rodziny z Mazur|dwóch sióstr|rolnika spod Radomia}.",
            "Bilety kosztują {qty} zł i są dostępne w kasie.",
        ],
        "polityka-gospodarka": [
            "{Premier|Prezydent miasta|Lider opozycji|Minister} {zapewnił|podkreślił|przyznał}, że {plan jest sfinansowany|popełniono błędy}.",
            "Sejm przyjął ustawę głosami {231|245|252|268|301} posłów.",
            "{company} zamknie do {year} roku {qty} sklepów.",
            "Czynsze w {cityloc} wzrosły o {pct} proc. w ciągu roku.",
            "{Kto może skorzystać?|Ile dostanę?|Co się zmienia?}",
            "W wypadku {lekko|ciężko} ranny został {rowerzysta|kierowca|pieszy}.",
        ],
    },
    "ru": {
        "sport-kultura": [
            "{club} {обыграл соперника|уступил сопернику} со счётом {2:1|1:0|3:1|2:0} {day}.",
            "Дубль в матче оформил {name}.",
            "{Роман|Фильм|Спектакль} рассказывает историю {семьи из провинции|двух сестёр|фермера}.",
            "Билеты стоят {qty}0 рублей и продаются в кассах.",
        ],
        "politika-ekonomika": [
            "{Губернатор|Мэр|Министр|Лидер фракции} {заявил|подчеркнул|признал}, что {программа профинансирована|были допущены ошибки}.",
            "Госдума приняла закон {в первом|во втором|в третьем} чтении.",
            "Компания {company} {закроет|откроет} {qty} магазинов до {year} года.",
            "Аренда жилья в городе {city} подорожала на {pct}% за год.",
            "{Кто может получить выплату?|Сколько я получу?|Что изменится?}",
            "В аварии пострадал {велосипедист|водитель|пешеход}.",
        ],
    },
    "ja": {
        "sports-culture": [
            "{club}は{day}、{2対1|1対0|3対1|4対2}で{勝利した|敗れた}。",
            "{name}選手が2得点を挙げ、チームを勝利に導いた。",
            "{小説|映画|舞台}は{地方の家族|二人の姉妹|一人の農家}の物語を描く。",
            "チケットは{qty}00円で、{day}から発売される。",
        ],
        "politics-economy": [
            "{首相|知事|市長|野党党首}は「{財源は確保している|方針転換はしない|反省すべき点があった}」と述べた。",
            "法案は{day}の本会議で賛成多数で可決、成立した。",
            "{company}は{year}年までに{qty}店舗を{閉鎖|出店}する方針だ。",
            "{city}の家賃は1年で{pct}％上昇した。",
            "{誰が対象なのか|いくらもらえるのか|何が変わるのか}",
            "事故で{自転車の男性|歩行者の女性|運転手}が{軽傷|重傷}を負った。",
        ],
    },
    "zh": {
        "tiyu-wenhua": [
            "{club}{day}以{2比1|1比0|3比1|2比0}{战胜|负于}对手。",
            "{name}梅开二度，帮助球队取胜。",
            "这部{小说|电影|话剧}讲述了{一个普通家庭|两姐妹|一位农民}的故事。",
            "门票{qty}0元，{day}起开售。",
        ],
        "zhengzhi-jingji": [
            "{市长|部长|发言人}表示，{资金已经到位|政策不会改变|工作中存在不足}。",
            "该法案{day}经表决获得通过。",
            "{company}计划到{year}年{关闭|新开}{qty}家门店。",
            "{city}房租一年内上涨了{pct}%。",
            "{哪些人可以申请？|能领多少钱？|有哪些变化？}",
            "事故造成一名{骑车人|行人|司机}{轻伤|重伤}。",
        ],
    },
}
for _lang, _fams in _MORE.items():
    FAMILIES[_lang].update(_fams)

# Short story lines: subheads, headline fragments, captions, list items and dialogue of a few words,
# so that a short line is not by itself a sign of boilerplate. The hard ones are short headlines and
# subheads that use boilerplate's words.
_SHORT = {
    "en": {
        "short-hard": {"hard": True, "t": [
            "{Shares|Share prices|Stocks} {slump|soar|slide|rally}{| on {day}| in {city}}",
            "{Commission|Inquiry|Review} {vote|report|decision} {delayed|published|due in {year}}",
            "{A|The} test of {nerve|faith|character|strength}",
            "{An error of judgement|A costly error|The error that cost {club}}",
            "{Subscribers|Members|Readers} {revolt|hit back|win refund}",
            "{The|A} {logo|copyright|privacy} {row|battle|fight}{| in {city}}",
            "{Cookies|Biscuits|Cakes} for {sale|charity|the school}",
            "{Follow the money|Follow the leader|Trust issues|Breach of trust|In trust|Related by blood|Signs of life|Sign of the times}",
            "{More|Fewer} {jobs|homes|buses} for {city}",
            "{Test|Trial|Review} {results|findings} {due|in|out}",
            "“{Advertising works|Share the wealth|Subscribe or die|Read the small print}”",
            "{name}'s {commission|subscription|newsletter|test}",
        ]},
        "short-ordinary": [
            "{The aftermath|A turning point|What comes next|The numbers|Back to the start|The long wait|A new home|Old wounds|Fresh start|The verdict|Early days|Going home|The cost|Mixed reactions|Hope and fear}",
            "{Inside|Outside|Beyond} the {courtroom|ward|factory|stadium|classroom}",
            "{Lessons|Voices|Letters|Notes} from {city}",
            "{name}, {age}",
            "{name} in {yr2}",
            "“{No|Yes|Never|Why?|Really?|Not yet|Thank you|I know}{.|,” she said.|,” he said.|”}",
            "{2|3|4} {eggs|onions|lemons|potatoes}",
            "{Salt and pepper|A pinch of salt|Fresh basil, to serve|Olive oil, for frying}",
            "{club} {g}, {club} {g}",
            "{Day|Stage|Round|Part} {One|Two|Three|4|7}",
            "{Year|Founded|Born|Died}: {yr2}",
            "{Monday|Tuesday|Friday} {morning|night}",
        ],
    },
    "de": {
        "kurz-hart": {"hard": True, "t": [
            "{Aktie|Kurs|Börse} {bricht ein|legt zu|unter Druck}",
            "{Kommission|Gutachten|Prüfung} {vertagt|vorgelegt|verschoben}",
            "{Die Bewährungsprobe|Ein Test für {club}|Der Härtetest}",
            "{Ein folgenschwerer Fehler|Fehler im System|Der Fehler von {city}}",
            "{Abonnenten|Mitglieder|Leser} {wehren sich|bekommen Geld zurück}",
            "{Streit um das Logo|Urheberrecht vor Gericht|Datenschutz in Gefahr}",
            "{Plätzchen|Kekse} für den guten Zweck",
            "{Vertrauen verspielt|Im Vertrauen|Dem Geld folgen|Zeichen der Zeit}",
        ]},
        "kurz-normal": [
            "{Die Folgen|Ein Wendepunkt|Wie es weitergeht|Die Zahlen|Zurück auf Anfang|Das lange Warten|Ein neues Zuhause|Alte Wunden|Neustart|Das Urteil|Gemischte Reaktionen}",
            "{Im|Vor dem} {Gerichtssaal|Krankenhaus|Werk|Stadion}",
            "{name}, {age}",
            "„{Nein|Ja|Niemals|Warum?|Wirklich?|Noch nicht|Danke}{.“|“, sagte sie.|“, sagte er.}",
            "{2|3|4} {Eier|Zwiebeln|Zitronen|Kartoffeln}",
            "{Salz und Pfeffer|Eine Prise Salz|Frisches Basilikum}",
            "{club} {g}:{g} {club}",
            "{Tag|Etappe|Runde|Teil} {eins|zwei|drei|4}",
        ],
    },
    "fr": {
        "court-difficile": {"hard": True, "t": ["{L'action|La Bourse} {chute|s'envole|recule}", "{Commission|Enquête} : {le vote reporté|le rapport publié}", "{Un test pour {club}|L'épreuve de vérité}", "{Une erreur coûteuse|L'erreur d'arbitrage}", "{Les abonnés|Les lecteurs} {se rebiffent|obtiennent gain de cause}", "{La guerre du logo|Droits d'auteur : le procès|Vie privée en danger}", "{Des biscuits pour l'école|Suivre l'argent|Abus de confiance}"]},
        "court-normal": ["{Les conséquences|Un tournant|Et maintenant ?|Les chiffres|Retour à la case départ|La longue attente|Un nouveau départ|Le verdict}", "{name}, {age} ans", "« {Non|Oui|Jamais|Pourquoi ?|Pas encore|Merci} »{|, dit-elle.|, dit-il.}", "{2|3|4} {œufs|oignons|citrons|pommes de terre}", "{Sel, poivre|Une pincée de sel|Quelques feuilles de basilic}", "{club} {g}-{g} {club}", "{Jour|Étape|Partie} {1|2|3|4}"],
    },
    "es": {
        "corto-dificil": {"hard": True, "t": ["{Las acciones|La Bolsa} {se desploman|se disparan|caen}", "{Comisión|Investigación}: {se aplaza la votación|sale el informe}", "{Una prueba para {club}|La prueba de fuego}", "{Un error caro|El error arbitral}", "{Los suscriptores|Los lectores} {se rebelan|ganan el pleito}", "{La guerra del logo|Derechos de autor a juicio|Privacidad en riesgo}", "{Galletas solidarias|Sigue el dinero|Abuso de confianza}"]},
        "corto-normal": ["{Las consecuencias|Un punto de inflexión|¿Y ahora qué?|Las cifras|Vuelta a empezar|La larga espera|Un nuevo comienzo|El veredicto}", "{name}, {age} años", "—{No|Sí|Nunca|¿Por qué?|Todavía no|Gracias}{.| —dijo ella.| —dijo él.}", "{2|3|4} {huevos|cebollas|limones|patatas}", "{Sal y pimienta|Una pizca de sal|Unas hojas de albahaca}", "{club} {g}-{g} {club}", "{Día|Etapa|Parte} {1|2|3|4}"],
    },
    "it": {
        "breve-difficile": {"hard": True, "t": ["{Il titolo|La Borsa} {crolla|vola|scende}", "{Commissione|Inchiesta}: {voto rinviato|relazione pubblicata}", "{Un test per {club}|La prova del nove}", "{Un errore costoso|L'errore arbitrale}", "{Gli abbonati|I lettori} {protestano|ottengono il rimborso}", "{La guerra del logo|Diritto d'autore in tribunale|Privacy a rischio}", "{Biscotti per la scuola|Segui i soldi|Fiducia tradita}"]},
        "breve-normale": ["{Le conseguenze|Una svolta|E adesso?|I numeri|Si ricomincia|La lunga attesa|Un nuovo inizio|Il verdetto}", "{name}, {age} anni", "«{No|Sì|Mai|Perché?|Non ancora|Grazie}»{|, disse lei.|, disse lui.}", "{2|3|4} {uova|cipolle|limoni|patate}", "{Sale e pepe|Un pizzico di sale|Qualche foglia di basilico}", "{club} {g}-{g} {club}"],
    },
    "pt": {
        "curto-dificil": {"hard": True, "t": ["{Ações|Bolsa} {despencam|disparam|recuam}", "{Comissão|Inquérito}: {votação adiada|relatório publicado}", "{Um teste para {club}|A prova de fogo}", "{Um erro caro|O erro da arbitragem}", "{Assinantes|Leitores} {se revoltam|ganham na Justiça}", "{A guerra do logotipo|Direitos autorais na Justiça|Privacidade em risco}", "{Biscoitos solidários|Siga o dinheiro|Quebra de confiança}"]},
        "curto-normal": ["{As consequências|Uma virada|E agora?|Os números|De volta ao início|A longa espera|Um novo começo|O veredicto}", "{name}, {age} anos", "“{Não|Sim|Nunca|Por quê?|Ainda não|Obrigada}”{|, disse ela.|, disse ele.}", "{2|3|4} {ovos|cebolas|limões|batatas}", "{Sal e pimenta|Uma pitada de sal|Folhas de manjericão}", "{club} {g} x {g} {club}"],
    },
    "nl": {
        "kort-moeilijk": {"hard": True, "t": ["{Aandeel|Beurs} {keldert|schiet omhoog|zakt}", "{Commissie|Onderzoek}: {stemming uitgesteld|rapport gepubliceerd}", "{Een test voor {club}|De vuurproef}", "{Een dure fout|De fout van de scheidsrechter}", "{Abonnees|Lezers} {komen in opstand|krijgen geld terug}", "{Ruzie om het logo|Auteursrecht voor de rechter|Privacy in gevaar}", "{Koekjes voor de school|Volg het geld|Vertrouwen beschaamd}"]},
        "kort-normaal": ["{De gevolgen|Een keerpunt|En nu?|De cijfers|Terug naar af|Het lange wachten|Een nieuw begin|Het oordeel}", "{name}, {age}", "'{Nee|Ja|Nooit|Waarom?|Nog niet|Dank je}'{|, zei ze.|, zei hij.}", "{2|3|4} {eieren|uien|citroenen|aardappelen}", "{Zout en peper|Een snufje zout|Verse basilicum}", "{club} - {club} {g}-{g}"],
    },
    "pl": {
        "krotkie-trudne": {"hard": True, "t": ["{Akcje|Giełda} {w dół|w górę|tracą}", "{Komisja|Śledztwo}: {głosowanie przełożone|raport opublikowany}", "{Test dla {club}|Próba ognia}", "{Kosztowny błąd|Błąd sędziego}", "{Subskrybenci|Czytelnicy} {protestują|odzyskają pieniądze}", "{Spór o logo|Prawa autorskie w sądzie|Prywatność zagrożona}", "{Ciasteczka dla szkoły|Śladem pieniędzy|Nadużycie zaufania}"]},
        "krotkie-zwykle": ["{Skutki|Punkt zwrotny|Co dalej?|Liczby|Od nowa|Długie czekanie|Nowy początek|Wyrok}", "{name}, {age} l.", "– {Nie|Tak|Nigdy|Dlaczego?|Jeszcze nie|Dziękuję}{.| – powiedziała.| – powiedział.}", "{2|3|4} {jajka|cebule|cytryny|ziemniaki}", "{Sól i pieprz|Szczypta soli|Świeża bazylia}", "{club} – {club} {g}:{g}"],
    },
    "ru": {
        "korotkie-trudnye": {"hard": True, "t": ["{Акции|Биржа} {рухнули|взлетели|снижаются}", "{Комиссия|Расследование}: {голосование отложено|доклад опубликован}", "{Проверка на прочность|Испытание для {club}}", "{Дорогая ошибка|Ошибка судьи}", "{Подписчики|Читатели} {возмущены|добились возврата денег}", "{Спор из-за логотипа|Авторское право в суде|Частная жизнь под угрозой}", "{Печенье для школы|Следуй за деньгами|Кредит доверия}"]},
        "korotkie-obychnye": ["{Последствия|Поворотный момент|Что дальше|Цифры|С чистого листа|Долгое ожидание|Новое начало|Приговор}", "{name}, {age} лет", "— {Нет|Да|Никогда|Почему?|Ещё нет|Спасибо}{.|, — сказала она.|, — сказал он.}", "{2|3|4} {яйца|луковицы|лимона|картофелины}", "{Соль и перец|Щепотка соли|Свежий базилик}", "{club} — {club} {g}:{g}"],
    },
    "ja": {
        "mijikai-hard": {"hard": True, "t": ["{株価|日経平均}が{急落|急騰|続落}", "{委員会|調査}、{採決を延期|報告書を公表}", "{{club}に試練|正念場}", "{痛恨のミス|判定ミス}", "{会員|読者}が{反発|返金勝ち取る}", "{ロゴ騒動|著作権訴訟|プライバシーの危機}", "{学校のためのクッキー|金の流れを追う|信頼の失墜}"]},
        "mijikai-futsuu": ["{その後|転機|これから|数字で見る|再出発|長い待ち時間|新たな一歩|判決}", "{name}さん（{age}）", "「{いいえ|はい|絶対に|なぜ？|まだです|ありがとう}」", "{卵|玉ねぎ|レモン|じゃがいも}　{2|3|4}個", "{塩・こしょう|塩少々|バジル適量}", "{club} {g}－{g} {club}"],
    },
    "zh": {
        "duan-kunnan": {"hard": True, "t": ["{股价|股市}{暴跌|大涨|走低}", "{委员会|调查}{推迟表决|公布报告}", "{{club}迎来考验|关键一战}", "{代价高昂的错误|误判风波}", "{订户|读者}{不满|获退款}", "{商标之争|著作权官司|隐私危机}", "{义卖饼干|追踪资金|信任危机}"]},
        "duan-putong": ["{后续|转折点|下一步|数字背后|重新出发|漫长等待|新的开始|判决}", "{name}，{age}岁", "“{不|是的|绝不|为什么？|还没有|谢谢}。”", "{鸡蛋|洋葱|柠檬|土豆}{2|3|4}个", "{盐和胡椒|少许盐|新鲜罗勒}", "{club} {g}:{g} {club}"],
    },
}
for _lang, _fams in _SHORT.items():
    FAMILIES[_lang].update(_fams)

# Short families get more lines than the others (as many as their templates allow).
for _lang, _fams in _SHORT.items():
    for _name, _spec in _fams.items():
        if isinstance(_spec, list):
            _spec = {"t": _spec}
        _spec["n"] = {"en": 600, "de": 350}.get(_lang, 260)
        _fams[_name] = _spec
        FAMILIES[_lang][_name] = _spec

# Subheads and headline-like short lines are printed in house heading styles (Title Case, capitals).
for _lang, _name in (("en", "subhead-headline"), ("en", "short-hard"), ("de", "zwischentitel"), ("de", "kurz-hart"),
                     ("fr", "court-difficile"), ("es", "corto-dificil"), ("it", "breve-difficile"), ("pt", "curto-dificil"),
                     ("nl", "kort-moeilijk"), ("pl", "krotkie-trudne"), ("ru", "korotkie-trudnye")):
    _spec = FAMILIES[_lang][_name]
    if isinstance(_spec, list):
        _spec = {"t": _spec}
    _spec["style"] = "heading"
    FAMILIES[_lang][_name] = _spec

# Story lines with shop names, prices and UI words (menu, loading, skip, close, search, sign),
# in their editorial sense: the hardest neighbours of shop buttons and UI chrome.
_SHOPUI = {
    "en": {
        "hard-price-shop": {"hard": True, "t": [
            "{shop} {cut the price of milk to {gro} a litre|raised the price of a loaf to {gro}|cut the price of butter to {gro} a pack|raised the price of eggs to {gro} a box}{| on {day}|, {the lowest|the highest} in {num} years}.",
            "{shop} said it would {hire|cut} {n3},000 {staff|jobs} at its {city} {warehouse|distribution centre|head office}.",
            "Shares in {shop} {rose {pct}% after Christmas trading beat forecasts|fell {pct}% after a profit warning|fell {pct}% after results missed forecasts|rose {pct}% on takeover talk}.",
            "The {product} {launched|went on sale} at {price}{, undercutting rivals| in {yr2}| and sold out within hours}.",
            "{Shoppers|Customers} queued outside {shop} in {city} before dawn {for the sale|to buy consoles|on Black Friday}.",
            "{name} bought the {product} for {price} and {sold it|returned it} {a week later|within a month}.",
            "The regulator found that {shop}'s \"{was|now}\" prices {misled customers|broke consumer law}.",
            "Prices start at {price} {at launch|in the UK|for the base model}, the company said.",
        ]},
        "hard-ui-words": {"hard": True, "t": [
            "The menu at the {restaurant|café|pub} changes {every week|with the seasons|daily}, {name} said.",
            "Loading the {lorry|ferry|plane} took {5|6|7|8|12} hours{| because of the storm}.",
            "{Visitors|Fans|Passengers} can skip the queue by {booking online|arriving early}.",
            "{Search|Rescue} teams {found|reached} the {walkers|climber|boat} near {city} {on {day}|after {5|6|7|8|12} hours}.",
            "The {shop|mine|factory|school} will close {next month|in {year}|for good} after {num}{|0} years.",
            "{Close|Back} to the {shore|border|city centre}, the {water|traffic|crowd} {was calmer|thinned|grew}.",
            "{He|She} signed {for {club}|the contract|up to the army} {at {18|19|21|24}|in {yr2}|last summer}.",
            "Enter the {building|park|stadium} through the {side gate|north entrance}, {organisers|police} {said|advised}.",
            "The {app|platform|website} {crashed|went down} for {5|6|7|8|12} hours on {day}, {leaving|stranding} {n3},000 {users|customers|passengers}.",
            "{Scroll|Flick} through the {archive|album} and {the town's history|a family's life} {unfolds|comes back}.",
        ]},
    },
    "de": {
        "hart-preis-laden": {"hard": True, "t": [
            "{shop} {senkt|erhöht} den Preis für {Butter|Milch|Brot} auf {gro}.",
            "{shop} will in {city} {n3}0 Stellen {streichen|schaffen}.",
            "Die Aktie von {shop} {fiel|stieg} nach den Zahlen um {pct} Prozent.",
            "Das {product} kam für {price} auf den Markt{| und war schnell ausverkauft}.",
            "Vor {shop} in {city} bildeten sich am {day} lange Schlangen.",
            "Die Verbraucherzentrale mahnte {shop} wegen irreführender {Rabatte|Streichpreise} ab.",
        ]},
        "hart-ui-woerter": {"hard": True, "t": [
            "Das Menü des Restaurants wechselt {jede Woche|mit den Jahreszeiten}.",
            "Die Suche nach den {Wanderern|Vermissten} wurde am {day} {fortgesetzt|eingestellt}.",
            "Das {Werk|Geschäft|Schwimmbad} schließt {im Sommer|{year}|endgültig}.",
            "{Er|Sie} unterschrieb {mit {19|21|23|26}|{yr2}} einen Vertrag bei {club}.",
            "Die {App|Website} war am {day} {5|6|7|8|12} Stunden lang nicht erreichbar.",
            "Besucher sollen den Eingang an der {Nordseite|Seitenstraße} nutzen, teilte die Polizei mit.",
        ]},
    },
    "fr": {"difficile-prix-interface": {"hard": True, "t": [
        "{shop} a {baissé|augmenté} le prix {du beurre|du lait|de la baguette} à {gro}.",
        "{shop} va supprimer {n3}0 postes à {city}.",
        "Le menu du restaurant change {chaque semaine|au fil des saisons}.",
        "Les recherches pour retrouver les randonneurs ont repris {day}.",
        "L'usine fermera {en {year}|définitivement}, a annoncé la direction.",
    ]}},
    "es": {"dificil-precio-interfaz": {"hard": True, "t": [
        "{shop} {bajó|subió} el precio {de la leche|del aceite|del pan} a {gro}.",
        "{shop} eliminará {n3}0 empleos en {city}.",
        "El menú del restaurante cambia {cada semana|con las estaciones}.",
        "La búsqueda de los senderistas se reanudó el {day}.",
        "La fábrica cerrará {en {year}|definitivamente}, anunció la empresa.",
    ]}},
    "it": {"difficile-prezzo-interfaccia": {"hard": True, "t": [
        "{shop} ha {ridotto|aumentato} il prezzo {del latte|dell'olio|del pane} a {gro}.",
        "{shop} taglierà {n3}0 posti di lavoro a {city}.",
        "Il menu del ristorante cambia {ogni settimana|con le stagioni}.",
        "Le ricerche degli escursionisti sono riprese {day}.",
        "Lo stabilimento chiuderà {nel {year}|definitivamente}.",
    ]}},
    "pt": {"dificil-preco-interface": {"hard": True, "t": [
        "{shop} {reduziu|aumentou} o preço {do leite|do café|do pão} para {gro}.",
        "{shop} vai cortar {n3}0 vagas em {city}.",
        "O cardápio do restaurante muda {toda semana|a cada estação}.",
        "As buscas pelos desaparecidos foram retomadas na {day}.",
        "A fábrica vai fechar {em {year}|definitivamente}.",
    ]}},
    "nl": {"moeilijk-prijs-interface": {"hard": True, "t": [
        "{shop} {verlaagt|verhoogt} de prijs van {melk|boter|brood} naar {gro}.",
        "{shop} schrapt {n3}0 banen in {city}.",
        "Het menu van het restaurant wisselt {elke week|per seizoen}.",
        "De zoektocht naar de wandelaars is op {day} hervat.",
        "De fabriek sluit {in {year}|definitief}.",
    ]}},
    "pl": {"trudne-cena-interfejs": {"hard": True, "t": [
        "{shop} {obniżył|podniósł} cenę {mleka|masła|chleba} do {gro}.",
        "{shop} zwolni {n3}0 pracowników w {cityloc}.",
        "Menu restauracji zmienia się {co tydzień|co sezon}.",
        "Poszukiwania turystów wznowiono {day}.",
        "Fabryka zostanie zamknięta {w {year} roku|na stałe}.",
    ]}},
    "ru": {"trudnye-tsena-interfeys": {"hard": True, "t": [
        "{shop} {снизил|повысил} цены на {молоко|масло|хлеб} до {gro}.",
        "{shop} сократит {n3}0 сотрудников в городе {city}.",
        "Меню ресторана меняется {каждую неделю|по сезону}.",
        "Поиски туристов возобновили {day}.",
        "Завод закроется {в {year} году|навсегда}.",
    ]}},
    "ja": {"hard-kakaku-ui": {"hard": True, "t": [
        "{shop}は{牛乳|バター|食パン}の価格を{gro}に{値下げ|値上げ}した。",
        "{shop}は{city}の物流拠点で{n3}0人を{採用|削減}する。",
        "店のメニューは{毎週|季節ごとに}変わるという。",
        "行方不明者の捜索は{day}に再開された。",
        "工場は{{year}年に|来春}閉鎖される。",
    ]}},
    "zh": {"kunnan-jiage-jiemian": {"hard": True, "t": [
        "{shop}将{牛奶|黄油|面包}价格{下调|上调}至{gro}。",
        "{shop}将在{city}{招聘|裁减}{n3}0名员工。",
        "这家餐厅的菜单{每周|每季}更换。",
        "失踪人员的搜寻工作于{day}恢复。",
        "该工厂将于{{year}年|年底}关闭。",
    ]}},
}
for _lang, _fams in _SHOPUI.items():
    FAMILIES[_lang].update(_fams)

# The small languages get story lines in proportion to their boilerplate, so that a script or a
# language is not by itself a sign of boilerplate.
_SMALL = {
    "sv": {
        "hard-ord-2": {"hard": True, "t": [
            "Kommissionen {lämnar sitt betänkande|ska granska avtalet} {i höst|nästa år|i {year}}.",
            "{name} fick {pct} procent i provision på varje {försäljning|affär}, enligt åtalet.",
            "Testresultaten visade {höga halter av bly|spår av bakterier|inga föroreningar} i {dricksvattnet|{num} skolor}.",
            "{name} följde bandet på turné i {num} år.",
            "Förtroendet för {regeringen|polisen|medierna} har sjunkit, visar mätningen.",
            "Annonsintäkterna minskade med {pct} procent under året.",
            "Kakorna från {name}s bageri tog slut på en timme på marknaden.",
            "Företaget presenterade sin nya logotyp i {day}s.",
        ]},
        "nyheter-2": [
            "{name}, {age}, {greps|dömdes|släpptes} i {city} i {day}s.",
            "Kommunfullmäktige i {city} {godkände|avslog|sköt upp} {planen|förslaget} i {day}s.",
            "Temperaturen kan nå {temp} grader i {city} under helgen.",
            "Inflationen {steg|sjönk} till {pct} procent i {mars|oktober}.",
            "{company} redovisade en {vinst|förlust} på {two} miljoner kronor.",
            "{Vägen|Bron|Linjen} är avstängd i {num} veckor.",
            "{Vad händer nu?|Bakgrunden|Det här vet vi|Domen|En ny början}",
            "{name} utanför {tingsrätten|stadshuset} i {city}.",
            "”{Nej|Ja|Aldrig|Inte än|Tack}”, sa {name}.",
            "{2|3|4} {ägg|lökar|citroner} ",
        ],
    },
    "tr": {
        "hard-kelime-2": {"hard": True, "t": [
            "Soruşturma komisyonu raporunu {yıl sonunda|{year} yılında} açıklayacak.",
            "{name}, her {satıştan|sözleşmeden} yüzde {pct} komisyon aldığını söyledi.",
            "Test sonuçları {içme suyunda|{num} okulda} {kurşun|bakteri} bulunduğunu gösterdi.",
            "{name}, grubu {num} yıl boyunca turnede takip etti.",
            "Ankete göre {hükümete|polise|medyaya} güven azaldı.",
            "Şirketin reklam gelirleri yüzde {pct} geriledi.",
            "Şirket yeni logosunu {day} günü tanıttı.",
            "Dava, fotoğrafların telif hakkıyla ilgili.",
        ]},
        "haber-2": [
            "{name} ({age}) {city}'da {gözaltına alındı|tutuklandı|serbest bırakıldı}.",
            "{city} Belediye Meclisi {planı onayladı|teklifi reddetti|kararı erteledi}.",
            "{city}'da sıcaklığın hafta sonu {temp} dereceye ulaşması bekleniyor.",
            "Enflasyon {mart|ekim} ayında yüzde {pct} oldu.",
            "{company} yılı {two} milyon lira {kârla|zararla} kapattı.",
            "{Yol|Köprü|Hat} {num} hafta boyunca kapalı kalacak.",
            "{Bundan sonra ne olacak?|Arka plan|Bilinenler|Karar|Yeni bir başlangıç}",
            "{name}, {city} Adliyesi önünde.",
            "“{Hayır|Evet|Asla|Henüz değil|Teşekkürler}” dedi {name}.",
        ],
    },
    "ko": {
        "hard-daneo-2": {"hard": True, "t": [
            "조사위원회는 {연말까지|{year}년 상반기에} 보고서를 낼 예정이다.",
            "{name} 씨는 판매액의 {pct}%를 수수료로 받은 것으로 드러났다.",
            "검사 결과 {수돗물|{num}개 학교}에서 {납|세균}이 검출됐다.",
            "{name} 씨는 {num}년 동안 밴드의 공연을 따라다녔다.",
            "여론조사에서 {정부|경찰|언론}에 대한 신뢰가 떨어졌다.",
            "회사의 광고 수익은 {pct}% 감소했다.",
            "회사는 {day} 새 로고를 공개했다.",
            "소송은 사진의 저작권을 둘러싸고 벌어졌다.",
        ]},
        "nyuseu-2": [
            "경찰은 {day} {city}에서 {age}세 남성을 {체포했다|입건했다}.",
            "{city}시의회는 {day} {계획안|조례안}을 {통과시켰다|부결했다}.",
            "{day} {city}의 낮 최고기온은 {temp}도로 예상된다.",
            "{3월|10월} 소비자물가는 {pct}% 올랐다.",
            "{company} 측은 지난해 {two}억 원의 {흑자|적자}를 냈다.",
            "{도로|다리|노선}은 {num}주 동안 통제된다.",
            "{앞으로의 과제|배경|지금까지 알려진 것|판결|새로운 출발}",
            "{city}지법 앞에서 취재진 질문에 답하는 {name} 씨.",
            "“{아니요|네|절대 아닙니다|아직입니다|감사합니다}”라고 {name} 씨는 말했다.",
        ],
    },
    "ar": {
        "hard-kalimat-2": {"hard": True, "t": [
            "ستقدّم لجنة التحقيق تقريرها {قبل نهاية العام|في عام {year}}.",
            "تبيّن أن {name} كان يتقاضى عمولة بنسبة {pct}% عن كل صفقة.",
            "أظهرت نتائج الاختبارات وجود {الرصاص|البكتيريا} في {مياه الشرب|{num} مدارس}.",
            "تابع {name} الفرقة في جولاتها لمدة {num} سنوات.",
            "أظهر الاستطلاع تراجع الثقة في {الحكومة|الشرطة|وسائل الإعلام}.",
            "تراجعت عائدات الإعلانات بنسبة {pct}%.",
            "كشفت الشركة عن شعارها الجديد يوم {day}.",
            "تدور القضية حول حقوق النشر للصور.",
        ]},
        "akhbar-2": [
            "ألقت الشرطة القبض على {name} في {city} يوم {day}.",
            "{وافق|رفض} المجلس البلدي في {city} على الخطة يوم {day}.",
            "من المتوقع أن تصل درجات الحرارة في {city} إلى {temp} درجة.",
            "ارتفع معدل التضخم إلى {pct}% في {مارس|أكتوبر}.",
            "سجّلت {company} {أرباحًا|خسائر} بقيمة {two} مليون دولار.",
            "سيبقى {الطريق|الجسر} مغلقًا لمدة {num} أسابيع.",
            "{ماذا بعد؟|الخلفية|ما نعرفه حتى الآن|الحكم|بداية جديدة}",
            "{name} أمام المحكمة في {city}.",
            "قال {name}: «{لا|نعم|أبدًا|ليس بعد|شكرًا}».",
        ],
    },
    "hi": {
        "hard-shabd-2": {"hard": True, "t": [
            "जांच आयोग {साल के अंत तक|{year} में} अपनी रिपोर्ट सौंपेगा।",
            "{name} हर सौदे पर {pct}% कमीशन लेते थे, जांच में पता चला।",
            "जांच के नतीजों में {पीने के पानी|{num} स्कूलों} में {सीसा|बैक्टीरिया} मिला।",
            "{name} ने {num} साल तक बैंड के दौरों का पीछा किया।",
            "सर्वे के मुताबिक {सरकार|पुलिस|मीडिया} पर भरोसा घटा है।",
            "कंपनी की विज्ञापन आय {pct}% घट गई।",
            "कंपनी ने {day} को अपना नया लोगो पेश किया।",
            "मामला तस्वीरों के कॉपीराइट से जुड़ा है।",
        ]},
        "khabar-2": [
            "पुलिस ने {day} को {city} में {name} को गिरफ्तार किया।",
            "{city} नगर निगम ने {day} को योजना {मंज़ूर कर दी|खारिज कर दी}।",
            "{city} में तापमान {temp} डिग्री तक पहुंचने का अनुमान है।",
            "{मार्च|अक्टूबर} में महंगाई दर {pct}% रही।",
            "{company} को इस साल {two} करोड़ रुपये का {मुनाफा|घाटा} हुआ।",
            "{सड़क|पुल} {num} हफ्तों तक बंद रहेगा।",
            "{आगे क्या?|पृष्ठभूमि|अब तक क्या पता है|फैसला|नई शुरुआत}",
            "{city} की अदालत के बाहर {name}।",
            "{name} ने कहा, “{नहीं|हां|कभी नहीं|अभी नहीं|धन्यवाद}।”",
        ],
    },
}
for _lang, _fams in _SMALL.items():
    for _name, _spec in _fams.items():
        if isinstance(_spec, list):
            _spec = {"t": _spec}
        _spec["n"] = 300
        FAMILIES[_lang][_name] = _spec

# Session 4: short headings and subheads of the story that use boilerplate's words (test, readers,
# subscribers, comments, share, follow, cookies, sponsor, error, review, copyright …) in their
# editorial sense, in more languages: German first, where the classifier took such subheads.
_S4 = {
    "de": {
        "hard-zwischentitel-s4": {"hard": True, "style": "heading", "n": 90, "t": [
            "{Der|Im} {Praxistest|Dauertest|Vergleichstest|Crashtest|Stresstest|Eignungstest|Belastungstest|Labortest}{| bei {company}| in {city}}",
            "{product} im {Test|Alltagstest|Langzeittest}{|: {Licht und Schatten|Gut, aber teuer|Ein Fortschritt|Die Schwächen}}",
            "{Die|Viele|Verärgerte} {Leser|Abonnenten|Zuschauer|Hörer|Nutzer|Mitglieder} {protestieren|sind empört|fordern Antworten|klagen vor Gericht|kündigen ihr Abo|schreiben Briefe}",
            "{Kommentare|Reaktionen|Stimmen} aus {der Politik|{city}|der Wirtschaft|dem Verein}",
            "{Der Fehler|Ein teurer Fehler|Fehler im System|Der Rechenfehler} {im Rathaus|bei der Bahn|der Behörde|von {company}}",
            "{Aktien|Anteile|Die Aktie} von {company} {im Sinkflug|legen zu|unter Druck|auf Rekordhoch}",
            "{Der Sponsor|Ein neuer Sponsor|Sponsoren} {springt ab|für {club}|bleibt an Bord}",
            "{Streit um das Logo|Kampf ums Urheberrecht|Werbung im Klassenzimmer|Vertrauen verspielt|Folgen für die Kunden|Teilen statt besitzen}",
        ]},
        "hard-saetze-leser-s4": {"hard": True, "n": 60, "t": [
            "Viele {Leser|Abonnenten} {hatten sich|haben sich} {bei der Redaktion|beim Verlag} über {die Preiserhöhung|die neue Zustellung|das fehlende Kreuzworträtsel} beschwert.",
            "Im {Härtefall|Ernstfall|Test} {zeigte sich|wurde klar}, dass {die Bremsen versagten|das Material nicht hielt|die Software abstürzte}.",
            "{name} {teilte|kommentierte} den Beitrag am {day}, kurz bevor {er|sie} ihn wieder löschte.",
            "Der {Verein|Klub} {verliert|gewinnt} mit {company} einen wichtigen Sponsor.",
            "Die {Kommentare|Reaktionen} unter dem Video reichten von Spott bis Bewunderung.",
        ]},
    },
    "en": {
        "hard-headings-s4": {"hard": True, "style": "heading", "n": 90, "t": [
            "{The|A} {stress test|road test|crash test|taste test|acid test|litmus test|drug test|blind test}{| for {club}| in {city}}",
            "{Readers|Subscribers|Viewers|Listeners|Members|Tenants|Fans} {revolt|push back|are furious|demand answers|take {company} to court|cancel in droves}",
            "{Comments|Reactions|Voices} from {the pitch|{city}|the court|the campaign trail}",
            "{A costly error|The error that cost {club}|Errors of judgment|An honest mistake}",
            "{Shares in {company}|{company} shares} {slump|soar|slide|rally}",
            "{The sponsor|Sponsors} {pull out|walk away|stay loyal}",
            "{Follow the money|Sharing the load|Trust but verify|A matter of trust|Cookie cutter politics|Sign of the times|Breaking the news}",
        ]},
    },
    "fr": {
        "hard-intertitres-s4": {"hard": True, "style": "heading", "n": 60, "t": [
            "{Le|Un} {test|crash-test|banc d'essai} {pour {club}|grandeur nature|décisif}",
            "{Les abonnés|Les lecteurs|Les auditeurs|Les locataires} {protestent|réclament des comptes|saisissent la justice}",
            "{Les commentaires|Les réactions} {de la classe politique|à {city}|des supporters}",
            "{Une erreur de calcul|L'erreur qui coûte cher|Erreur judiciaire}",
            "{Le sponsor se retire|Un nouveau sponsor pour {club}|La confiance rompue|Partager la route}",
        ]},
    },
    "es": {
        "hard-ladillos-s4": {"hard": True, "style": "heading", "n": 60, "t": [
            "{La prueba de fuego|Un test para {club}|El examen final|La prueba del algodón}",
            "{Los suscriptores|Los lectores|Los oyentes|Los vecinos} {protestan|exigen respuestas|acuden a los tribunales}",
            "{Los comentarios|Las reacciones} {de la oposición|en {city}|de la afición}",
            "{Un error de cálculo|El error que costó caro|Error arbitral}",
            "{El patrocinador se retira|Nuevo patrocinador para {club}|Confianza rota|Compartir coche}",
        ]},
    },
    "it": {
        "hard-sottotitoli-s4": {"hard": True, "style": "heading", "n": 60, "t": [
            "{La prova del nove|Un test per {club}|L'esame di maturità|Il banco di prova}",
            "{Gli abbonati|I lettori|Gli ascoltatori|I residenti} {protestano|chiedono risposte|fanno ricorso}",
            "{I commenti|Le reazioni} {della politica|a {city}|dei tifosi}",
            "{Un errore di calcolo|L'errore che costa caro|Errore arbitrale}",
            "{Lo sponsor si ritira|Nuovo sponsor per {club}|Fiducia tradita}",
        ]},
    },
    "pl": {
        "hard-srodtytuly-s4": {"hard": True, "style": "heading", "n": 60, "t": [
            "{Test dla rządu|Sprawdzian dla {club}|Próba sił|Test zderzeniowy}",
            "{Abonenci|Czytelnicy|Słuchacze|Mieszkańcy} {protestują|żądają wyjaśnień|idą do sądu}",
            "{Komentarze|Reakcje} {polityków|w {city}|kibiców}",
            "{Błąd w obliczeniach|Kosztowny błąd|Błąd sędziego}",
            "{Sponsor się wycofuje|Nowy sponsor {club}|Zaufanie nadszarpnięte}",
        ]},
    },
    "ru": {
        "hard-podzagolovki-s4-b": {"hard": True, "style": "heading", "n": 60, "t": [
            "{Проверка на прочность|Экзамен для {club}|Испытание временем|Краш-тест}",
            "{Подписчики|Читатели|Зрители|Жильцы} {возмущены|требуют ответов|идут в суд}",
            "{Комментарии|Реакция} {политиков|в {city}|болельщиков}",
            "{Ошибка в расчётах|Дорогая ошибка|Судейская ошибка}",
            "{Спонсор уходит|Новый спонсор «{club}»|Кредит доверия}",
        ]},
    },
    "ja": {
        "hard-midashi-s4": {"hard": True, "n": 60, "t": [
            "{試練の{year}年|{club}に試練|耐久テストの結果|実力テスト}",
            "{購読者|読者|視聴者|住民}{が反発|が説明求める|が提訴}",
            "{各党の反応|{city}の声|ファンの反応}",
            "{計算ミス|痛恨のミス|誤審}{が波紋|で敗退|}",
            "{スポンサー撤退|新スポンサー決定|信頼回復へ}",
        ]},
    },
    "zh": {
        "hard-xiaobiaoti-s4": {"hard": True, "n": 60, "t": [
            "{压力测试|{club}迎来大考|耐久测试结果|一场考验}",
            "{订户|读者|观众|居民}{不满|要求说法|提起诉讼}",
            "{各方反应|{city}市民的声音|球迷的评论}",
            "{计算失误|代价高昂的错误|误判}{引发争议|导致出局|}",
            "{赞助商撤出|新赞助商加盟|重建信任}",
        ]},
    },
}
for _lang, _fams in _S4.items():
    for _name, _spec in _fams.items():
        assert _name not in FAMILIES[_lang], _name  # a new family, not a replacement
        FAMILIES[_lang][_name] = _spec

# Session 7: long sentences of news prose (a reporter's sentences of twenty words and more, with
# the script's own sentence end) in the languages with the least story in the bank, where the
# classifier took such sentences as boilerplate (an Arabic story's long sentences went as AFF900).
# Ordinary story, not hard: they use no boilerplate words. Thai (th) is new: story only, no
# boilerplate families yet. One family per language in the training part and one held out
# (names given a suffix until the `-held` ones hash into the held-out part and the others do not), each asserted new.
_PROSE_S7 = {
    "ar": {
        "nathr-tawil-s7": {"n": 60, "t": [
            "قال رئيس الوزراء في كلمة أمام البرلمان {يوم الأحد|يوم الاثنين|مساء الخميس} إن الحكومة ستواصل دعم المواد الغذائية الأساسية رغم الضغوط التي تواجهها الموازنة العامة.",
            "وأوضح المسؤول أن فرق الإنقاذ تمكنت من انتشال {خمسة|سبعة|عشرة} ناجين من تحت الأنقاض بعد ساعات من البحث المتواصل في ظروف جوية صعبة.",
            "وبحسب الأرقام الرسمية، ارتفع معدل البطالة بين الشباب إلى أعلى مستوى له منذ {عشر سنوات|خمس سنوات}، وهو ما يثير قلق الخبراء والنقابات على حد سواء.",
            "وقالت مصادر مطلعة إن المفاوضات بين الطرفين {تعثرت|توقفت} بسبب خلافات حول تقاسم عائدات الموارد الطبيعية وترسيم الحدود البحرية.",
            "وأشار التقرير إلى أن أسعار المساكن في المدن الكبرى ارتفعت بشكل حاد خلال العام الماضي، ما دفع كثيرا من الأسر إلى الانتقال إلى الضواحي.",
            "وشهدت الأسواق الشعبية في {المدينة القديمة|وسط البلد} إقبالا كبيرا من المتسوقين قبيل حلول شهر رمضان، رغم الارتفاع الملحوظ في أسعار الخضروات واللحوم.",
            "وأعلنت وزارة التربية أن العام الدراسي الجديد سيبدأ في موعده، مؤكدة أنها انتهت من صيانة معظم المدارس المتضررة من السيول.",
            "وقال المزارعون إن موجة الجفاف الأخيرة أتلفت جزءا كبيرا من محصول القمح، وطالبوا الحكومة بتعويضات عاجلة لتغطية خسائرهم.",
            "وانتقدت منظمات حقوقية القانون الجديد، معتبرة أنه يفرض قيودا غير مبررة على حرية التعبير والعمل الصحفي في البلاد.",
            "وتمكن المنتخب الوطني من تحقيق فوز ثمين على ضيفه بهدفين مقابل هدف واحد، ليقترب خطوة من التأهل إلى نهائيات كأس العالم.",
            "ويقول سكان الحي إن انقطاع الكهرباء المتكرر خلال أشهر الصيف جعل الحياة اليومية شبه مستحيلة، خاصة لكبار السن والمرضى.",
            "وكشفت دراسة أجرتها جامعة محلية أن نحو نصف الطلاب يقضون أكثر من خمس ساعات يوميا أمام الشاشات، وهو ما يؤثر على تحصيلهم الدراسي.",
            "وأكد المتحدث أن السلطات فتحت تحقيقا موسعا في ملابسات انهيار الجسر، وأنها ستحاسب كل من يثبت تقصيره في أعمال الصيانة.",
            "وتوقع صندوق النقد الدولي أن يتباطأ نمو الاقتصاد في المنطقة خلال العام المقبل بسبب تراجع الطلب العالمي وارتفاع تكاليف الاقتراض.",
            "ولجأ آلاف النازحين إلى المخيمات المؤقتة على أطراف المدينة، حيث يعانون من نقص في المياه النظيفة والرعاية الصحية.",
            "وافتتح المهرجان السينمائي دورته الجديدة بعرض فيلم يتناول قصة عائلة تعيش على ضفاف النهر في زمن الحرب.",
        ]},
        "nathr-akhbar-held": {"n": 20, "t": [
            "وذكرت الوكالة أن الاجتماع الذي عقد في العاصمة {أمس|صباح اليوم} ناقش سبل تعزيز التعاون التجاري وتسهيل حركة البضائع عبر المعابر الحدودية.",
            "وأفادت وزارة الصحة بأن عدد الإصابات بالحمى تراجع خلال الأسبوعين الماضيين بفضل حملة التطعيم التي شملت القرى النائية.",
            "وقال أحد التجار في السوق إن حركة البيع ضعيفة منذ أشهر لأن الناس باتوا يشترون الضروريات فقط بسبب الغلاء.",
            "ويعتزم المجلس البلدي إنشاء حديقة عامة جديدة على أرض المصنع القديم بعد سنوات من مطالبات السكان بمساحات خضراء.",
            "وأشارت الشرطة إلى أن الحادث وقع في ساعة متأخرة من الليل على الطريق السريع، وأن سائق الشاحنة نقل إلى المستشفى في حالة حرجة.",
            "وحذر خبراء المياه من أن منسوب السد انخفض إلى مستوى غير مسبوق، داعين إلى ترشيد الاستهلاك قبل دخول فصل الصيف.",
            "وأعرب أهالي الطلاب عن استيائهم من تأخر صدور نتائج الامتحانات، مطالبين الوزارة بتوضيح أسباب التأخير.",
            "وحصدت الروائية الشابة جائزة أدبية مرموقة عن روايتها الأولى التي تروي حياة صيادين في قرية ساحلية صغيرة.",
        ]},
    },
    "hi": {
        "gadya-lamba-s7-b": {"n": 60, "t": [
            "मुख्यमंत्री ने {सोमवार|बुधवार|शुक्रवार} को विधानसभा में कहा कि सरकार अगले दो वर्षों में राज्य के हर गांव तक पक्की सड़क और पीने का साफ पानी पहुंचाएगी।",
            "स्थानीय लोगों का आरोप है कि नदी पर बने पुल की मरम्मत के लिए कई बार शिकायत करने के बावजूद प्रशासन ने कोई कदम नहीं उठाया।",
            "रिजर्व बैंक ने ब्याज दरों में कोई बदलाव नहीं किया और कहा कि महंगाई पर काबू पाना उसकी पहली प्राथमिकता बनी रहेगी।",
            "अस्पताल के डॉक्टरों ने बताया कि घायलों में से {तीन|चार|पांच} की हालत गंभीर बनी हुई है और उन्हें गहन चिकित्सा इकाई में रखा गया है।",
            "इस साल मानसून देर से आने के कारण धान की बुवाई पिछड़ गई है और किसानों को फसल खराब होने का डर सता रहा है।",
            "चुनाव आयोग ने मतदान की तारीखों का ऐलान करते हुए कहा कि सभी मतदान केंद्रों पर सुरक्षा के कड़े इंतजाम किए जाएंगे।",
            "शहर के पुराने बाजार में लगी आग पर काबू पाने के लिए दमकल की बीस गाड़ियों को कई घंटों तक मशक्कत करनी पड़ी।",
            "एक नए अध्ययन में पाया गया है कि देश के बड़े शहरों में रहने वाले आधे से ज्यादा युवा रोज़ाना पर्याप्त नींद नहीं ले पाते।",
            "कप्तान ने मैच के बाद कहा कि टीम ने शुरुआती झटकों के बावजूद धैर्य बनाए रखा और आखिरी ओवरों में शानदार वापसी की।",
            "ग्रामीण इलाकों में सरकारी स्कूलों में शिक्षकों की कमी के कारण कई कक्षाएं महीनों से नियमित रूप से नहीं चल पा रही हैं।",
            "पुलिस ने बताया कि गिरोह के सदस्य नकली दस्तावेजों के सहारे लोगों से नौकरी दिलाने के नाम पर पैसे ऐंठ रहे थे।",
            "विशेषज्ञों का मानना है कि पेट्रोल और डीजल की कीमतों में बढ़ोतरी का असर जल्द ही खाने-पीने की चीजों पर भी दिखने लगेगा।",
            "पहाड़ी इलाकों में लगातार हो रही बारिश से भूस्खलन की कई घटनाएं हुई हैं और राष्ट्रीय राजमार्ग पर यातायात रोक दिया गया है।",
            "फिल्म के निर्देशक ने बताया कि कहानी उनके बचपन के गांव और वहां के लोगों के संघर्ष से प्रेरित है।",
            "नगर निगम ने फैसला किया है कि शहर की मुख्य सड़कों से अतिक्रमण हटाने का अभियान अगले हफ्ते से शुरू किया जाएगा।",
            "राज्य सरकार ने सूखा प्रभावित जिलों के किसानों के लिए राहत पैकेज की घोषणा की है, जिसमें बिजली बिल में छूट भी शामिल है।",
        ]},
        "gadya-khabar-held-b": {"n": 20, "t": [
            "जिला प्रशासन ने {मंगलवार|गुरुवार} को बताया कि बाढ़ प्रभावित गांवों में राहत शिविर लगाए गए हैं और लोगों को भोजन बांटा जा रहा है।",
            "रेलवे अधिकारियों के मुताबिक कोहरे के कारण उत्तर भारत की कई ट्रेनें घंटों की देरी से चल रही हैं।",
            "वैज्ञानिकों की टीम ने समुद्र तट के पास दुर्लभ कछुओं के अंडे देने की जगह की पहचान की है और उसे संरक्षित करने की मांग की है।",
            "व्यापारियों का कहना है कि त्योहारों के मौसम में भी बाजार में इस बार पहले जैसी रौनक नहीं दिख रही है।",
            "अदालत ने मामले की अगली सुनवाई अगले महीने तय की है और दोनों पक्षों से लिखित जवाब दाखिल करने को कहा है।",
            "गांव की महिलाओं ने मिलकर एक स्वयं सहायता समूह बनाया है, जो अब अचार और पापड़ बनाकर आसपास के शहरों में बेचता है।",
            "शहर में डेंगू के मामले बढ़ने के बाद स्वास्थ्य विभाग ने घर-घर जाकर जांच अभियान शुरू किया है।",
            "युवा धावक ने राष्ट्रीय प्रतियोगिता में नया रिकॉर्ड बनाकर ओलंपिक के लिए क्वालीफाई कर लिया है।",
        ]},
    },
    "th": {
        "rong-khao-s7-c": {"n": 40, "t": [
            "{นายกรัฐมนตรี|รัฐมนตรีว่าการกระทรวงการคลัง}เปิดเผยเมื่อวันจันทร์ว่ารัฐบาลเตรียมออกมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้งในภาคอีสาน",
            "ตำรวจนครบาลเปิดเผยว่าได้จับกุมแก๊งต้มตุ๋นทางโทรศัพท์ที่หลอกลวงผู้สูงอายุจนสูญเงินไปหลายสิบล้านบาท",
            "ธนาคารแห่งประเทศไทยมีมติคงอัตราดอกเบี้ยนโยบายไว้ที่ระดับเดิม โดยระบุว่าเศรษฐกิจยังฟื้นตัวอย่างค่อยเป็นค่อยไป",
            "ชาวประมงในจังหวัดสงขลาบอกว่าปริมาณปลาที่จับได้ลดลงอย่างมากในช่วงหลายปีที่ผ่านมา ทำให้รายได้ของครอบครัวไม่พอใช้จ่าย",
            "คณะกรรมการการเลือกตั้งประกาศว่าจะเปิดให้ประชาชนลงทะเบียนเลือกตั้งล่วงหน้าได้จนถึงสิ้นเดือนนี้",
            "นักวิจัยจากมหาวิทยาลัยเชียงใหม่ค้นพบพืชสายพันธุ์ใหม่ในป่าดิบเขาซึ่งไม่เคยมีการบันทึกมาก่อน",
            "ทีมชาติไทยเอาชนะคู่แข่งไปได้สองประตูต่อหนึ่งในนัดชิงชนะเลิศ ท่ามกลางเสียงเชียร์ของแฟนบอลนับหมื่นคน",
            "ผู้ว่าราชการจังหวัดสั่งให้ทุกอำเภอเตรียมพร้อมรับมือกับน้ำท่วมหลังจากมีฝนตกหนักต่อเนื่องมาหลายวัน",
            "ราคาน้ำมันดีเซลที่ปรับขึ้นอีกครั้งทำให้ผู้ประกอบการรถบรรทุกเรียกร้องให้รัฐบาลเข้ามาช่วยตรึงราคา",
            "แพทย์แนะนำให้ผู้ปกครองพาเด็กเล็กไปฉีดวัคซีนป้องกันไข้หวัดใหญ่ก่อนเข้าสู่ฤดูฝน",
            "ชุมชนริมคลองในกรุงเทพมหานครร่วมกันทำความสะอาดคลองและปลูกต้นไม้เพื่อฟื้นฟูสิ่งแวดล้อมในพื้นที่",
            "นักท่องเที่ยวต่างชาติเดินทางเข้ามาในประเทศเพิ่มขึ้นอย่างต่อเนื่อง ส่งผลให้โรงแรมในภูเก็ตมีผู้เข้าพักเกือบเต็มทุกแห่ง",
            "ศาลอาญามีคำพิพากษาให้จำคุกจำเลยทั้งสามคนเป็นเวลาห้าปีในคดีทุจริตการจัดซื้อจัดจ้างของหน่วยงานรัฐ",
            "ผู้จัดงานเทศกาลดนตรีระบุว่าปีนี้มีผู้เข้าชมมากกว่าหนึ่งแสนคนตลอดสามวันของการจัดงาน",
        ]},
        "rong-khao-held-f": {"n": 14, "t": [
            "กรมควบคุมโรครายงานว่าจำนวนผู้ป่วยโรคมือเท้าปากในเด็กเพิ่มขึ้นในหลายจังหวัดทางภาคกลาง",
            "เจ้าหน้าที่อุทยานแห่งชาติประกาศปิดเส้นทางเดินป่าชั่วคราวเพื่อให้ธรรมชาติได้ฟื้นตัวในช่วงฤดูฝน",
            "ชาวนาในจังหวัดสุพรรณบุรีกล่าวว่าราคาข้าวเปลือกตกต่ำจนแทบไม่คุ้มกับต้นทุนการผลิตที่สูงขึ้น",
            "กระทรวงศึกษาธิการเตรียมปรับหลักสูตรใหม่ให้นักเรียนได้เรียนรู้ทักษะดิจิทัลตั้งแต่ชั้นประถม",
            "รถไฟฟ้าสายใหม่จะเปิดให้บริการอย่างเป็นทางการในเดือนหน้า โดยจะช่วยลดเวลาเดินทางของผู้โดยสารได้มาก",
            "นักแสดงชื่อดังเดินทางไปมอบสิ่งของให้ผู้ประสบภัยน้ำท่วมในจังหวัดอุบลราชธานีเมื่อวันเสาร์ที่ผ่านมา",
            "ผลการสำรวจพบว่าคนไทยวัยทำงานส่วนใหญ่มีหนี้สินครัวเรือนเพิ่มขึ้นเมื่อเทียบกับช่วงเดียวกันของปีก่อน",
        ]},
    },
    "ko": {
        "gin-munjang-s7": {"n": 60, "t": [
            "정부는 {지난달|이번 주} 발표한 부동산 대책을 통해 수도권의 주택 공급을 늘리고 대출 규제를 일부 완화하겠다고 밝혔다.",
            "소방당국은 화재가 건물 지하 주차장에서 시작된 것으로 보고 정확한 원인을 밝히기 위해 합동 감식을 진행할 예정이다.",
            "한국은행은 기준금리를 동결하면서 물가 상승 압력이 여전히 높지만 경기 둔화 우려도 커지고 있다고 설명했다.",
            "마을 주민들은 새로 들어설 물류센터 때문에 대형 화물차 통행이 늘어나 아이들의 통학길이 위험해질 것이라며 반대하고 있다.",
            "연구팀은 이번 연구 결과가 치매를 조기에 진단하는 새로운 방법을 개발하는 데 도움이 될 것으로 기대하고 있다.",
            "올해 여름 폭염이 이어지면서 온열질환자 수가 지난해보다 크게 늘었고 전력 수요도 사상 최고치를 기록했다.",
            "검찰은 회사 대표가 수년간 회계 장부를 조작해 수백억 원을 빼돌린 혐의로 구속영장을 청구했다.",
            "대표팀 감독은 경기가 끝난 뒤 선수들이 끝까지 포기하지 않고 싸워 준 덕분에 값진 승리를 거둘 수 있었다고 말했다.",
            "농민들은 계속된 가뭄으로 저수지가 바닥을 드러내면서 모내기를 제때 하지 못할까 봐 걱정하고 있다.",
            "시는 노후한 하수관을 교체하는 공사를 내년 상반기까지 마무리하고 도로 침하 사고를 줄이겠다는 계획이다.",
            "전문가들은 출생률이 계속 떨어지면 앞으로 지방의 학교와 병원이 문을 닫는 일이 더 잦아질 것이라고 경고했다.",
            "이번 영화제에는 세계 여러 나라에서 출품된 이백여 편의 작품이 상영되며 관객과의 대화도 마련된다.",
            "경찰은 보이스피싱 조직이 노인들을 상대로 검찰을 사칭해 돈을 가로챈 것으로 보고 추가 피해자를 찾고 있다.",
            "항공사들은 유가 상승과 환율 불안으로 다음 달부터 국제선 유류할증료를 인상하기로 했다.",
            "지진 피해 지역에서는 복구 작업이 계속되고 있지만 많은 주민이 여전히 임시 대피소에서 지내고 있다.",
            "교육부는 내년부터 초등학교에서 디지털 교과서를 단계적으로 도입하고 교사 연수도 확대하겠다고 발표했다.",
        ]},
        "gin-munjang-held-g": {"n": 20, "t": [
            "기상청은 {내일|모레} 오후부터 전국에 비가 내리겠고 일부 지역에서는 돌풍과 함께 천둥 번개가 치겠다고 예보했다.",
            "보건당국은 독감 환자가 빠르게 늘고 있다며 어린이와 노인은 서둘러 예방 접종을 받아 달라고 당부했다.",
            "상인들은 전통시장 주변에 주차 공간이 부족해 손님이 줄고 있다며 시에 대책을 요구했다.",
            "법원은 피고인이 범행을 반성하고 있지만 피해가 크다는 점을 고려해 징역 삼 년을 선고했다.",
            "이번 축제에는 사흘 동안 십만 명이 넘는 관광객이 몰려 지역 상권이 모처럼 활기를 띠었다.",
            "국회는 밤늦게까지 이어진 논의 끝에 내년도 예산안을 통과시켰지만 야당 의원들은 표결에 불참했다.",
            "한 중소기업이 개발한 배터리 기술이 해외 전시회에서 주목을 받으며 수출 계약으로 이어졌다.",
            "구조대는 산에서 길을 잃은 등산객 두 명을 밤새 수색한 끝에 이튿날 새벽 무사히 구조했다.",
        ]},
    },
    "tr": {
        "uzun-cumle-s7": {"n": 60, "t": [
            "Cumhurbaşkanı, {salı|perşembe} günü yaptığı açıklamada asgari ücrete yılın ikinci yarısında ara zam yapılıp yapılmayacağının önümüzdeki hafta netleşeceğini söyledi.",
            "İstanbul'da sabah saatlerinde etkili olan sağanak yağış nedeniyle bazı ilçelerde ev ve iş yerlerini su bastı, trafik uzun süre durma noktasına geldi.",
            "Türkiye İstatistik Kurumu'nun verilerine göre yıllık enflasyon geçen ay beklentilerin üzerinde artarak son iki yılın en yüksek seviyesine çıktı.",
            "Köylüler, bölgeye yapılması planlanan maden ocağının zeytinliklere ve su kaynaklarına zarar vereceğini belirterek projeye karşı dava açtı.",
            "Polis, şüphelinin olaydan sonra otomobiliyle kaçtığını ve iki gün sonra Ankara'da bir akrabasının evinde yakalandığını açıkladı.",
            "Araştırmacılar, Van Gölü'nde yaptıkları çalışmada su seviyesinin son otuz yılda belirgin biçimde düştüğünü tespit etti.",
            "Teknik direktör maçtan sonra yaptığı açıklamada oyuncularının ikinci yarıda gösterdiği mücadeleden memnun olduğunu ancak sonucun üzücü olduğunu söyledi.",
            "Belediye, tarihi çarşının restorasyon çalışmalarının kış aylarında da süreceğini ve esnafın bu süreçte kira ödemeyeceğini duyurdu.",
            "Uzmanlar, deprem bölgesinde inşa edilen yeni konutların zemin etütleri yapılmadan teslim edilmemesi gerektiği konusunda uyarıyor.",
            "Fındık üreticileri, bu yıl açıklanan alım fiyatının artan gübre ve mazot maliyetlerini karşılamadığını belirterek tepki gösterdi.",
            "Hastane yönetimi, acil serviste yaşanan yoğunluğu azaltmak için hafta sonları da poliklinik hizmeti vermeye başlayacaklarını bildirdi.",
            "Meclis'te sabaha kadar süren görüşmelerin ardından yeni vergi düzenlemesi muhalefet partilerinin itirazlarına rağmen kabul edildi.",
            "Kuraklık nedeniyle barajlardaki doluluk oranı yüzde otuzun altına inince kentte dönüşümlü su kesintileri uygulanmaya başlandı.",
            "Ödüllü yönetmenin yeni filmi, küçük bir Anadolu kasabasında yaşayan üç kardeşin hikayesini anlatıyor.",
            "Okulların açılmasına sayılı günler kala veliler, kırtasiye ve servis ücretlerindeki artıştan yakınıyor.",
            "Sahil Güvenlik ekipleri, Ege açıklarında batan tekneden kurtulan on iki kişiyi sağ olarak kıyıya çıkardı.",
        ]},
        "uzun-haber-held": {"n": 20, "t": [
            "Valilik, {pazartesi|cuma} günü yaptığı açıklamada orman yangınının büyük ölçüde kontrol altına alındığını ve soğutma çalışmalarının sürdüğünü bildirdi.",
            "Esnaf, kentin merkezindeki caddenin yayalaştırılmasından sonra müşteri sayısının azaldığını ileri sürüyor.",
            "Bilim insanları, Karadeniz'de son yıllarda görülen müsilaj benzeri oluşumların deniz suyunun ısınmasıyla bağlantılı olduğunu düşünüyor.",
            "Mahkeme, sanıkların tutukluluk hallerinin devamına karar vererek duruşmayı gelecek aya erteledi.",
            "Genç sporcu, Avrupa Şampiyonası'nda kazandığı altın madalyayla ülkesine bu branştaki ilk şampiyonluğu getirdi.",
            "İlçede yaşayan vatandaşlar, yıllardır söz verilen hastanenin hâlâ yapılmamasına tepki göstererek imza kampanyası başlattı.",
            "Ekonomistler, merkez bankasının faiz indirimine gitmesi halinde kurda yeni bir dalgalanma yaşanabileceğini öngörüyor.",
            "Festival kapsamında düzenlenen konserleri üç gün boyunca on binlerce kişi izledi.",
        ]},
    },
    "sv": {
        "langa-meningar-s7": {"n": 60, "t": [
            "Statsministern sade vid en presskonferens i Rosenbad {på måndagen|i onsdags} att regeringen kommer att lägga fram ett nytt förslag om sänkt skatt för pensionärer redan i höst.",
            "Enligt räddningstjänsten spred sig branden snabbt genom det torra gräset och boende i ett tiotal hus uppmanades att lämna sina hem under natten.",
            "Riksbanken lämnade styrräntan oförändrad och motiverade beslutet med att inflationen visserligen har sjunkit men fortfarande ligger över målet.",
            "Många av de boende i området är oroliga för att den planerade motorvägen ska öka bullret och förstöra den närliggande naturreservatet.",
            "Polisen misstänker att inbrotten i sommarstugorna har begåtts av samma liga, som under flera veckor har rört sig längs kusten.",
            "Forskarna har följt över tiotusen barn i tjugo år och ser ett tydligt samband mellan fysisk aktivitet i tidig ålder och bättre hälsa senare i livet.",
            "Tränaren var efter matchen besviken över att laget släppte in två mål på övertid, men berömde spelarnas kämpaglöd under första halvleken.",
            "Kommunen har beslutat att lägga ner två förskolor i glesbygden eftersom antalet barn har minskat kraftigt under de senaste åren.",
            "Lantbrukarna i Skåne varnar för att torkan kan leda till den sämsta skörden på flera decennier om det inte regnar inom de närmaste veckorna.",
            "Åklagaren yrkar på fängelse i sex år för mannen som är åtalad för grovt bedrägeri mot ett stort antal äldre personer.",
            "Vårdförbundet kräver att sjuksköterskorna får högre lön och bättre arbetstider för att stoppa flykten från akutsjukvården.",
            "Den nya järnvägen mellan Stockholm och Göteborg beräknas bli klar först om femton år och kosta betydligt mer än vad som först angavs.",
            "Författaren berättar i sin nya roman om en familj i Norrland som splittras när gruvan i byn stänger.",
            "Flera rederier har ställt in sina avgångar till Gotland på grund av den kraftiga stormen som drar in över Östersjön.",
            "Skolverket konstaterar i sin årliga rapport att allt fler elever lämnar grundskolan utan att ha godkända betyg i matematik.",
            "Elpriset i södra Sverige steg under natten till den högsta nivån i år, samtidigt som det var betydligt billigare i norr.",
        ]},
        "langa-nyheter-held-c": {"n": 20, "t": [
            "SMHI har utfärdat en varning för kraftigt snöfall i {Norrbotten|Jämtland} och uppmanar bilister att undvika onödiga resor under helgen.",
            "Försvarsmakten meddelade att övningen i Östersjön kommer att pågå i två veckor och omfatta flera tusen soldater.",
            "Handlarna i stadskärnan klagar över att kunderna har flyttat till de stora köpcentren utanför staden.",
            "Tingsrätten friade mannen eftersom bevisningen inte ansågs tillräcklig för att styrka att han hade varit på platsen.",
            "Forskare vid Lunds universitet har utvecklat en ny metod för att upptäcka bröstcancer i ett tidigt skede.",
            "Den unga längdskidåkaren tog sitt första världscupsegrar efter en taktiskt skickligt genomförd spurt.",
            "Hyresgästerna protesterar mot den planerade renoveringen som enligt dem skulle höja hyrorna med nästan femtio procent.",
            "Turistbyråerna i fjällen rapporterar om rekordmånga bokningar inför sportlovet.",
        ]},
    },
    "zh": {
        "chang-ju-s7": {"n": 60, "t": [
            "国务院{周三|本周一}召开常务会议，决定进一步加大对中小企业的金融支持力度，降低企业融资成本，稳定就业岗位。",
            "据气象部门预测，未来三天南方地区将出现持续强降雨，部分地区累计降雨量可能超过两百毫米，有关部门已启动应急响应。",
            "该市交通管理部门表示，新地铁线路开通后，市中心早晚高峰的拥堵状况明显缓解，公交客流也有所回升。",
            "村民们告诉记者，自从村里修通了公路，山里的水果可以直接运到城里销售，家家户户的收入都比以前提高了不少。",
            "研究人员发现，长期睡眠不足会显著增加患心血管疾病的风险，他们建议成年人每天保证七到八小时的睡眠。",
            "法院经审理认为，被告人利用职务便利多次收受他人财物，数额特别巨大，依法判处其有期徒刑十二年。",
            "受国际原油价格上涨影响，国内成品油价格本周再次上调，不少出租车司机表示运营成本明显增加。",
            "主教练在赛后新闻发布会上表示，球队在上半场表现不够理想，但球员们在下半场顶住了压力，最终拿下了宝贵的三分。",
            "今年夏粮收购工作已全面展开，各地粮食部门加强了对收购价格的监测，确保农民的种粮收益不受损失。",
            "这座建于明代的古桥经过两年的修缮，日前重新向游客开放，吸引了大批市民前来参观拍照。",
            "教育部门表示，将继续推进义务教育阶段的减负工作，严格控制学生的作业量和校外培训时间。",
            "专家分析称，随着新能源汽车销量快速增长，充电桩等配套设施的建设速度需要进一步加快。",
            "警方通报称，这起诈骗案涉及全国十几个省份，受害者多为退休老人，涉案金额高达数千万元。",
            "由于连续多日高温少雨，当地水库蓄水量降至历史低位，部分乡镇已开始实行分时段供水。",
            "这部纪录片记录了一群年轻医生在偏远山区坚守多年的故事，上映后引发观众强烈共鸣。",
            "统计数据显示，今年一季度全国快递业务量同比增长超过两成，农村地区的增速明显高于城市。",
        ]},
        "chang-ju-held-f": {"n": 20, "t": [
            "当地政府{昨天|今天上午}宣布，将投入专项资金改造老旧小区，预计明年年底前完成全部加装电梯工程。",
            "据了解，这批考古发现的文物距今已有三千多年历史，对研究早期城市的形成具有重要价值。",
            "不少家长反映，孩子放学后的托管问题一直困扰着双职工家庭，希望学校能够延长服务时间。",
            "消防部门提醒市民，冬季使用取暖设备时要注意通风，防止一氧化碳中毒事故发生。",
            "这位年轻运动员在全国锦标赛上打破了尘封二十年的纪录，成为本届比赛最大的亮点。",
            "业内人士认为，房地产市场的调整还将持续一段时间，购房者普遍持观望态度。",
            "经过连夜抢修，被洪水冲毁的省道已于今天凌晨恢复通车，沿线群众的生活物资供应得到保障。",
            "该研究团队历时五年，在高原地区发现了一种此前从未被记录的野生兰花。",
        ]},
    },
    "ja": {
        "nagai-bun-s7-c": {"n": 60, "t": [
            "政府は{きょう|13日}の閣議で、物価高騰の影響を受ける低所得世帯に対して一世帯あたり三万円を追加で給付する方針を正式に決定しました。",
            "消防によりますと、火事は午前二時ごろ住宅の一階付近から出たとみられ、木造二階建ての住宅一棟がほぼ全焼しました。",
            "日銀は金融政策決定会合で大規模な金融緩和策を維持することを決め、物価の動向を引き続き注意深く見極める考えを示した。",
            "地元の住民は、新しく建設される予定の物流施設によって大型トラックの交通量が増え、通学路の安全が脅かされると懸念している。",
            "研究グループは、この成果がアルツハイマー病の早期発見につながる新たな検査方法の開発に役立つと期待しています。",
            "今年の夏は記録的な猛暑が続き、熱中症で救急搬送された人の数は去年の同じ時期を大きく上回りました。",
            "検察は、元社長が長年にわたって会社の決算を粉飾し、投資家に損害を与えたとして在宅のまま起訴しました。",
            "監督は試合後の会見で、選手たちが最後まで諦めずに戦ってくれたことが逆転勝利につながったと振り返った。",
            "雨の少ない状態が続いている影響で、県内のダムの貯水率は平年の半分ほどまで下がり、農家からは不安の声が上がっている。",
            "市は老朽化した水道管の更新工事を来年春までに終え、漏水事故を減らしたいとしています。",
            "専門家は、少子化がこのまま進めば地方の学校や病院の統廃合がさらに加速するおそれがあると指摘している。",
            "映画祭には世界三十か国以上から二百本を超える作品が出品され、期間中は監督と観客の交流イベントも開かれる。",
            "警察は、高齢者を狙った特殊詐欺のグループが全国で同じ手口の犯行を繰り返していたとみて、余罪を調べています。",
            "航空各社は、燃料価格の上昇を受けて来月から国際線の燃油サーチャージを引き上げると発表した。",
            "地震で大きな被害を受けた地域では復旧作業が続いていますが、今も多くの住民が避難所での生活を余儀なくされています。",
            "文部科学省は、来年度から小学校でデジタル教科書を本格的に導入し、教員向けの研修も拡充する方針だ。",
        ]},
        "nagai-bun-held-d": {"n": 20, "t": [
            "気象台は{あす|あさって}にかけて大気の状態が非常に不安定になるとして、落雷や竜巻などの激しい突風に注意するよう呼びかけています。",
            "保健所によりますと、市内の飲食店で食事をした客十数人が腹痛や下痢などの症状を訴え、店は営業停止処分となりました。",
            "商店街の店主たちは、郊外に大型商業施設ができてから客足が遠のいたと嘆いている。",
            "裁判所は、被告が反省の態度を示しているものの、被害の大きさを考えると刑事責任は重いとして懲役三年の判決を言い渡した。",
            "祭りには三日間でおよそ十万人の観光客が訪れ、地元の旅館や飲食店は久しぶりのにぎわいを見せた。",
            "国会では夜遅くまで審議が続き、来年度予算案は野党の反対を押し切って可決されました。",
            "地元の中小企業が開発した小型の電池が海外の展示会で注目を集め、輸出契約の締結につながった。",
            "山で道に迷った登山者二人は、一晩中続いた捜索の末、翌朝無事に救助されました。",
        ]},
    },
    "ru": {
        "dlinnye-s7": {"n": 60, "t": [
            "Правительство {во вторник|на прошлой неделе} утвердило программу поддержки малого бизнеса, которая предусматривает льготные кредиты и снижение налоговой нагрузки для предпринимателей.",
            "По словам спасателей, пожар начался в подвале жилого дома около двух часов ночи, и жильцам верхних этажей пришлось эвакуироваться через балконы.",
            "Центральный банк сохранил ключевую ставку на прежнем уровне, отметив, что инфляция замедляется, но остаётся выше целевого показателя.",
            "Жители посёлка опасаются, что строительство нового мусорного полигона рядом с рекой приведёт к загрязнению воды и воздуха.",
            "Исследователи проследили судьбу нескольких тысяч пациентов и пришли к выводу, что регулярная ходьба заметно снижает риск сердечных заболеваний.",
            "Суд приговорил бывшего чиновника к восьми годам колонии за получение взяток при распределении государственных контрактов.",
            "Из-за сильных морозов в нескольких районах области отменили занятия в школах, а автобусы ходят с большими задержками.",
            "Главный тренер после матча признал, что команда слишком поздно начала атаковать и упустила шанс выйти в следующий раунд.",
            "Фермеры жалуются, что цены на удобрения и топливо выросли почти вдвое, тогда как закупочные цены на зерно остались прежними.",
            "Городские власти пообещали до конца года отремонтировать все аварийные школы и построить два новых детских сада.",
            "Эксперты предупреждают, что сокращение рождаемости в ближайшие десятилетия приведёт к нехватке рабочих рук во многих отраслях.",
            "На кинофестивале покажут более ста фильмов из тридцати стран, а в конкурсной программе участвуют сразу три российские картины.",
            "Полиция задержала группу мошенников, которые звонили пенсионерам от имени сотрудников банка и выманивали у них сбережения.",
            "После обильных дождей уровень воды в реке поднялся на два метра, и несколько сёл оказались отрезаны от райцентра.",
            "Археологи обнаружили под фундаментом старого собора остатки деревянной церкви, построенной, по их оценкам, в двенадцатом веке.",
            "Авиакомпании предупредили пассажиров о возможных задержках рейсов из-за снегопада, который продлится до конца недели.",
        ]},
        "dlinnye-held-b": {"n": 20, "t": [
            "Синоптики {обещают|прогнозируют}, что в выходные в центральных регионах температура опустится до минус двадцати пяти градусов.",
            "Министерство образования объявило, что с сентября в школах появится новый предмет, посвящённый основам финансовой грамотности.",
            "Владельцы небольших магазинов в центре города жалуются на рост арендной платы и отток покупателей в торговые центры.",
            "Следователи продолжают выяснять причины обрушения кровли спортивного комплекса, где в момент аварии находились люди.",
            "Молодая спортсменка установила новый национальный рекорд и завоевала путёвку на Олимпийские игры.",
            "Рабочие завода уже третий месяц не получают зарплату и собираются обратиться в прокуратуру.",
            "Учёные Томского университета создали материал, который способен в несколько раз быстрее очищать воду от нефтепродуктов.",
            "Ремонт центральной улицы затянулся на полгода, и водители вынуждены объезжать её по узким переулкам.",
        ]},
    },
}
for _lang, _fams in _PROSE_S7.items():
    FAMILIES.setdefault(_lang, {})
    for _name, _spec in _fams.items():
        assert _name not in FAMILIES[_lang], _name  # a new family, not a replacement
        FAMILIES[_lang][_name] = _spec

# Session 8: the story of pages that are not news, which the classifier took as boilerplate once on
# by default (real German pages, extracted: a podcast's "about us", a product-test programme, an
# event notice): long sentences that address the reader ("Sie", "du", "wir") and use boilerplate's
# words (teilen, Feedback, Kommentar, registrieren, Anmeldung, Spenden, E-Mail) in the page's own
# subject, with the specifics a story has (numbers, places, dates); and the key-value lines of
# fact boxes, recipes, data sheets and catalogue records ("Brennweite: 300 mm", "Publication
# Date: 2002"), which read like a widget's labels. Hard: they use boilerplate's words. All in the
# training part (the held-out part stays byte-identical), each asserted new.
_SITE_S8 = {
    "de": {
        "mitmach-seiten-s8": {"hard": True, "n": 70, "t": [
            "Seit {yr2} testen bei uns jedes Jahr rund {n3}.000 Haushalte neue {Rezepte|Produkte|Geräte}, bevor sie in den Handel kommen, und schicken ihre Erfahrungen per Fragebogen zurück.",
            "Nach der Anmeldung erhalten die Teilnehmerinnen und Teilnehmer ein Paket mit {num} Proben, die sie über {num} Wochen zu Hause ausprobieren.",
            "Die Tagung findet am {date} in {city} statt, wird im Internet übertragen und richtet sich an Lehrkräfte, Eltern und Schülervertretungen.",
            "Um eine Anmeldung bis zum {date} wird gebeten, weil der Saal im Rathaus nur {big} Plätze hat.",
            "Die Kosten für Unterkunft, Verpflegung und Transport vor Ort zahlen Sie direkt an Ihre Gastfamilie, die Vermittlung durch den Verein ist kostenlos.",
            "Wir freuen uns über die vielen Rückmeldungen zu unserer letzten Folge, in der wir mit {name} über {das Insektensterben|die Mietpreise|die Radwege} in {city} gesprochen haben.",
            "In den Kommentaren unter dem Beitrag stritten Leserinnen und Leser vor allem darüber, ob {die Maßnahme|das Verbot|die neue Gebühr} gerecht ist.",
            "Viele Mitglieder teilen ihre Fotos und Rezepte im Vereinsheft, und einmal im Jahr treffen wir uns zum großen Kochabend in {city}.",
            "Durch die regelmäßigen Spenden von rund {big} Unterstützerinnen und Unterstützern können wir die Technik bezahlen und jeden Monat eine neue Folge aufnehmen.",
            "Als Dankeschön erhielten alle {n3}.000 Testerinnen und Tester nach Abschluss der Studie einen Gutschein über {num} Euro.",
            "Die Bewertungen der Familien flossen in die neue Rezeptur ein, die seit {Frühjahr|Herbst} {year} in den Supermärkten steht.",
            "Wer als Tester ausgewählt wurde, bekam eine E-Mail und wenige Tage später ein Paket mit {num} Packungen {Müsli|Katzenfutter|Tomatensoße}.",
            "Ich schreibe hier seit {yr2} über {das Leben auf dem Land|vegane Küche|Reisen mit Kindern}, und die meisten Ideen für neue Beiträge kommen aus Gesprächen mit meinen Nachbarn.",
            "Die Stiftung lädt am {date} zu einer Diskussion ein, bei der Fachleute aus Politik und Wissenschaft über {die Digitalisierung der Schulen|den Wohnungsbau|die Energiewende} sprechen.",
            "Der Eintritt zur Lesung ist frei, eine Anmeldung per E-Mail beim Kulturamt in {city} ist aber erforderlich.",
            "Unsere Guides in {Nepal|Peru|Namibia|Island} sprechen Deutsch oder Englisch und führen seit vielen Jahren Gruppen durch die Region.",
            "Für die Tour sollten Sie eine gute Kondition mitbringen, denn an mehreren Tagen sind Etappen von bis zu {num} Stunden zu bewältigen.",
            "Wir haben den Kurs im {Frühjahr|Sommer} {year} mit {num} Teilnehmenden begonnen und ihn seitdem nach ihren Rückmeldungen mehrfach überarbeitet.",
            "Die Ergebnisse der Umfrage, an der sich {n3}.000 Mitglieder beteiligt haben, stellt der Vorstand auf der Jahresversammlung am {date} vor.",
            "Registriert haben sich bislang {n3}.000 Haushalte aus ganz {Deutschland|Österreich|der Schweiz}, die meisten davon aus {city} und Umgebung.",
            "Mit dem Geld aus der Spendenaktion konnte der Verein {zwei neue Rettungsboote|einen Kleinbus|die Heizung im Jugendzentrum} anschaffen.",
            "Du kannst die Podcasts kostenlos hören, und wenn du magst, erzählst du uns in einer Sprachnachricht, welche Folge dir am besten gefallen hat.",
            "Falls du schon einmal bei uns mitgemacht hast, weißt du, wie viel Arbeit in jedem einzelnen Testbericht steckt.",
            "Die Redaktion hat alle {n3}.000 Zuschriften gelesen und die häufigsten Fragen an {name} weitergegeben, die sie im zweiten Teil beantwortet.",
            "Ihre Meinung zählt bei der Bürgerbeteiligung: Bis zum {date} können Anwohnerinnen und Anwohner ihre Vorschläge für den neuen Marktplatz einreichen.",
            "Auf dem Hof in {city} können Besucherinnen und Besucher am Wochenende selbst Erdbeeren pflücken und im Hofladen bezahlen.",
            "Vor allem freut sich das Team, wenn ehemalige Teilnehmerinnen ihre Erfahrungen an neue Gruppen weitergeben und als Mentorinnen einsteigen.",
            "Hinterlassen Sie beim Kauf im Hofladen Ihre Telefonnummer, dann ruft der Bauer an, sobald die ersten Spargel gestochen sind.",
        ]},
        "angaben-listen-s8": {"hard": True, "n": 60, "t": [
            "{Belichtungszeit|Gesamtbelichtung}: {num} x {qty} Sekunden",
            "Brennweite: {qty} mm",
            "Aufnahmeort: {city}",
            "Kamera: {Canon EOS 6D|Nikon D750|Sony Alpha 7 III}",
            "Moderation: {name}",
            "Referentin: {name}",
            "Veranstaltungsort: Stadthalle {city}",
            "Dauer: {num} Minuten",
            "Zubereitungszeit: {num} Minuten",
            "Zutaten für {num} Personen:",
            "Schwierigkeitsgrad: {leicht|mittel|anspruchsvoll}",
            "Rebsorte: {Riesling|Spätburgunder|Grüner Veltliner|Zinfandel}",
            "Alkoholgehalt: {12|12,5|13|13,5} % vol.",
            "Trinktemperatur: {8|10|12} bis {14|16|18} °C",
            "Material: {Kiefernholz, lackiert|Edelstahl|Baumwolle}",
            "Maße (B x T x H): {qty} x {qty} x {qty} cm",
            "Erscheinungsjahr: {year}",
            "Seitenzahl: {big}",
            "Verlag: {company}",
            "Regie: {name}",
            "Laufzeit: {num} Monate",
            "Fundort: bei {city}",
            "Höhe: {big} Meter über dem Meeresspiegel",
        ]},
    },
    "en": {
        "record-fields-s8-b": {"hard": True, "n": 50, "t": [
            "Publication Date: {year}",
            "Pages: {big}",
            "Publisher: {company}",
            "Format: {Paperback|Hardcover|PDF}",
            "Moderator: {name}",
            "Speaker: {name}",
            "Venue: {city} Town Hall",
            "Running time: {num} minutes",
            "Prep time: {num} minutes",
            "Serves {num}",
            "Grape variety: {Riesling|Pinot Noir|Zinfandel}",
            "Focal length: {qty} mm",
            "Exposure: {num} x {qty} seconds",
            "Location: {city}",
            "Director: {name}",
            "Dimensions: {qty} x {qty} x {qty} cm",
            "Order: Primates",
            "Class: {Mammalia|Aves|Reptilia}",
            "Born: {year}, {city}",
            "Height: {big} m",
        ]},
    },
}
for _lang, _fams in _SITE_S8.items():
    FAMILIES.setdefault(_lang, {})
    for _name, _spec in _fams.items():
        assert _name not in FAMILIES[_lang], _name  # a new family, not a replacement
        FAMILIES[_lang][_name] = _spec

# Session 8: story lines in Ukrainian, Czech, Indonesian and Vietnamese, languages the bank had no lines
# of (news prose, subheads, captions, quotes, and hard ones: a commission, an app's error), two families
# a language so that every cross-validation group has seen some of its story (written afresh; every
# name falls in the training part of the split).
_LANGS_S8 = {
 "uk": {
  "novyny-uk-a-s8d": {
   "hard": True,
   "n": 45,
   "t": [
    "Уряд ухвалив рішення підвищити мінімальну зарплату з {1 січня|1 квітня} до {8000|8500} гривень, повідомили в Міністерстві економіки.",
    "Через сильний снігопад у {Києві|Львові|Харкові|Одесі} затримуються міські автобуси, а кілька доріг тимчасово перекрили.",
    "За даними Держстату, ціни на продукти за рік зросли на {7|9|12} відсотків, найбільше подорожчали овочі та молоко.",
    "Лікарі радять не відкладати щеплення і нагадують, що вакцинуватися можна в будь-якій сімейній амбулаторії.",
    "Збірна України {перемогла|поступилася} суперникам з рахунком {2:1|1:0|3:2} і {вийшла до наступного раунду|втратила шанси на вихід із групи}.",
    "Місцеві жителі скаржаться, що після ремонту дороги вода знову затоплює підвали будинків на сусідніх вулицях.",
    "Науковці університету створили прилад, який за кілька хвилин визначає якість питної води.",
    "Що змінюється для пенсіонерів",
    "Як працюватиме нова система"
   ]
  },
  "novyny-uk-b-s8b": {
   "hard": True,
   "n": 45,
   "t": [
    "Компанія отримала комісію від держави за посередництво в закупівлі, і тепер цю угоду перевіряють слідчі.",
    "Користувачі банківського застосунку поскаржилися на помилку, через яку частина платежів не надійшла одержувачам.",
    "Виставка відкриється {у суботу|наступного тижня} і триватиме до кінця місяця.",
    "Фото з архіву родини, {1968|1975|1983} рік",
    "«Ми не очікували такої підтримки», — сказала організаторка ярмарку.",
    "Лікарі радять не відкладати щеплення і нагадують, що вакцинуватися можна в будь-якій сімейній амбулаторії.",
    "Збірна України {перемогла|поступилася} суперникам з рахунком {2:1|1:0|3:2} і {вийшла до наступного раунду|втратила шанси на вихід із групи}."
   ]
  }
 },
 "cs": {
  "zpravy-cs-a-s8": {
   "hard": True,
   "n": 45,
   "t": [
    "Vláda schválila zvýšení minimální mzdy od {ledna|dubna} na {18 900|19 400} korun, oznámilo ministerstvo práce.",
    "Kvůli silnému sněžení v {Praze|Brně|Ostravě|Plzni} nabírají tramvaje zpoždění a několik silnic je dočasně uzavřeno.",
    "Podle Českého statistického úřadu vzrostly ceny potravin za rok o {7|9|12} procent, nejvíce zdražila zelenina a mléko.",
    "Lékaři doporučují neodkládat očkování a připomínají, že se lze očkovat u praktického lékaře.",
    "Čeští hokejisté {porazili|podlehli} soupeře {2:1|1:0|3:2} a {postoupili do čtvrtfinále|ztratili naději na postup}.",
    "Obyvatelé si stěžují, že po opravě silnice jim voda znovu zaplavuje sklepy domů v okolních ulicích.",
    "Vědci z univerzity vyvinuli přístroj, který během několika minut změří kvalitu pitné vody.",
    "Co se mění pro důchodce",
    "Jak bude nový systém fungovat"
   ]
  },
  "zpravy-cs-b-s8b": {
   "hard": True,
   "n": 45,
   "t": [
    "Firma dostala od státu provizi za zprostředkování zakázky a obchod nyní prověřuje policie.",
    "Uživatelé bankovní aplikace si stěžovali na chybu, kvůli které část plateb nedorazila příjemcům.",
    "Výstava bude zahájena {v sobotu|příští týden} a potrvá do konce měsíce.",
    "Snímek z rodinného archivu, rok {1968|1975|1983}",
    "„Takovou podporu jsme nečekali,“ řekla pořadatelka trhu.",
    "Lékaři doporučují neodkládat očkování a připomínají, že se lze očkovat u praktického lékaře.",
    "Čeští hokejisté {porazili|podlehli} soupeře {2:1|1:0|3:2} a {postoupili do čtvrtfinále|ztratili naději na postup}."
   ]
  }
 },
 "id": {
  "berita-id-a-s8": {
   "hard": True,
   "n": 45,
   "t": [
    "Pemerintah memutuskan menaikkan upah minimum mulai {Januari|April} tahun depan, kata Menteri Ketenagakerjaan dalam konferensi pers di Jakarta.",
    "Hujan deras sejak pagi membuat sejumlah ruas jalan di {Jakarta|Bandung|Surabaya|Medan} tergenang dan lalu lintas macet total.",
    "Menurut Badan Pusat Statistik, harga bahan pangan naik {7|9|12} persen dalam setahun, terutama cabai dan beras.",
    "Dokter mengimbau masyarakat agar tidak menunda vaksinasi dan mengingatkan bahwa vaksin tersedia di puskesmas terdekat.",
    "Tim nasional {menang|kalah} {2-1|1-0|3-2} atas lawannya dan {lolos ke babak berikutnya|gagal melaju dari fase grup}.",
    "Warga mengeluhkan banjir yang kembali merendam rumah mereka setelah saluran air di kawasan itu tidak pernah dibersihkan.",
    "Peneliti universitas mengembangkan alat yang dapat mengukur kualitas air minum hanya dalam beberapa menit.",
    "Apa yang berubah bagi pensiunan",
    "Cara kerja sistem baru"
   ]
  },
  "berita-id-b-s8": {
   "hard": True,
   "n": 45,
   "t": [
    "Perusahaan itu menerima komisi dari pemerintah atas pengadaan barang, dan kini kesepakatan tersebut diperiksa penyidik.",
    "Nasabah mengeluhkan kesalahan pada aplikasi bank yang membuat sebagian transfer tidak sampai ke penerima.",
    "Pameran dibuka {Sabtu|pekan depan} dan berlangsung hingga akhir bulan.",
    "Foto koleksi keluarga, tahun {1968|1975|1983}",
    "\"Kami tidak menyangka dukungannya sebesar ini,\" kata penyelenggara pasar.",
    "Dokter mengimbau masyarakat agar tidak menunda vaksinasi dan mengingatkan bahwa vaksin tersedia di puskesmas terdekat.",
    "Tim nasional {menang|kalah} {2-1|1-0|3-2} atas lawannya dan {lolos ke babak berikutnya|gagal melaju dari fase grup}."
   ]
  }
 },
 "vi": {
  "tin-tuc-vi-a-s8": {
   "hard": True,
   "n": 45,
   "t": [
    "Chính phủ quyết định tăng lương tối thiểu vùng từ {ngày 1/1|ngày 1/7} năm sau, Bộ Lao động cho biết trong cuộc họp báo sáng nay.",
    "Mưa lớn từ đêm qua khiến nhiều tuyến phố ở {Hà Nội|TP.HCM|Đà Nẵng|Cần Thơ} ngập sâu, giao thông ùn tắc kéo dài.",
    "Theo Tổng cục Thống kê, giá thực phẩm đã tăng {7|9|12}% trong một năm, mạnh nhất là rau xanh và thịt lợn.",
    "Bác sĩ khuyến cáo người dân không nên trì hoãn tiêm chủng và có thể tiêm tại trạm y tế phường.",
    "Đội tuyển Việt Nam {thắng|thua} {2-1|1-0|3-2} và {giành vé vào vòng trong|hết cơ hội đi tiếp}.",
    "Người dân phản ánh nước lại tràn vào nhà sau khi con đường được sửa chữa mà không làm lại hệ thống thoát nước.",
    "Các nhà khoa học của trường đại học đã chế tạo thiết bị đo chất lượng nước uống chỉ trong vài phút.",
    "Những thay đổi với người về hưu",
    "Hệ thống mới sẽ vận hành thế nào"
   ]
  },
  "tin-tuc-vi-b-s8b": {
   "hard": True,
   "n": 45,
   "t": [
    "Công ty nhận hoa hồng từ gói thầu mua sắm công và hiện hợp đồng này đang bị cơ quan điều tra xem xét.",
    "Khách hàng phản ánh lỗi trên ứng dụng ngân hàng khiến một số giao dịch chuyển tiền không đến được người nhận.",
    "Triển lãm khai mạc {vào thứ Bảy|tuần tới} và kéo dài đến cuối tháng.",
    "Ảnh tư liệu gia đình, năm {1968|1975|1983}",
    "\"Chúng tôi không ngờ nhận được nhiều sự ủng hộ đến vậy\", bà nói.",
    "Bác sĩ khuyến cáo người dân không nên trì hoãn tiêm chủng và có thể tiêm tại trạm y tế phường.",
    "Đội tuyển Việt Nam {thắng|thua} {2-1|1-0|3-2} và {giành vé vào vòng trong|hết cơ hội đi tiếp}."
   ]
  }
 }
}
for _lang, _fams in _LANGS_S8.items():
    FAMILIES.setdefault(_lang, {})
    for _name, _spec in _fams.items():
        assert _name not in FAMILIES[_lang], _name
        FAMILIES[_lang][_name] = _spec
