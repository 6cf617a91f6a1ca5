"""De Nederlandse samenvatting en beschrijving van elke operatie in het OpenAPI-document.

The OpenAPI document speaks Dutch (NL API Design Rules); code and its comments stay English.
One entry per operationId; `tests/contract/test_openapi_dutch.py` fails for an operation
without one. Keep each description to what a client must know: who may call it, what it
answers, and the rule that could surprise.
"""

OPERATIES: dict[str, tuple[str, str]] = {
    # Service
    "getApiIndex": ("Startpunt van de API", "De links om vanuit te beginnen, als gewone URL's."),
    "getHealth": (
        "Gezondheid van de dienst",
        "`ok` zolang de database antwoordt; anders 503 met `Retry-After`.",
    ),
    # Gebruikers
    "getGebruikersprofiel": (
        "Eigen profiel opvragen",
        "Wie u bent: account, rol, organisatie en de partijen die u regisseert of "
        "vertegenwoordigt.",
    ),
    "updateGebruikersprofiel": (
        "Eigen instellingen wijzigen",
        "JSON Merge Patch van uw eigen instellingen: `meldingen` zet soorten e-mail aan of uit.",
    ),
    "listGebruikers": (
        "Accounts opvragen",
        "De accounts van uw gemeente en de partneraccounts van haar verbonden partijen.",
    ),
    "createGebruiker": ("Account aanmaken", "Maakt een account in uw gemeente aan (beheerder)."),
    "getGebruiker": ("Account opvragen", "Eén account van uw gemeente."),
    "updateGebruiker": (
        "Account wijzigen",
        "JSON Merge Patch: naam, rol, (de)activeren. De tokens van een gedeactiveerd account "
        "werken direct niet meer.",
    ),
    "listTokens": ("Tokens opvragen", "De tokens van het account, zonder hun geheim."),
    "createToken": (
        "Token uitgeven",
        "Geeft een token uit. Het geheim staat alleen in dit antwoord; bewaard wordt een hash.",
    ),
    "revokeToken": ("Token intrekken", "Trekt een token direct in."),
    "listEigenTokens": (
        "Eigen tokens opvragen",
        "De eigen tokens van een partner, zonder hun geheim.",
    ),
    "createEigenToken": (
        "Eigen token uitgeven",
        "Een partner geeft zichzelf een token uit, bijvoorbeeld om er een te vervangen. Het "
        "geheim staat alleen in dit antwoord; elke deelnemer van de partij ziet het in het "
        "auditspoor van de partij.",
    ),
    "revokeEigenToken": (
        "Eigen token intrekken",
        "Een partner trekt een van zijn eigen tokens direct in (ook het token waarmee hij belt).",
    ),
    # Organisaties
    "listOrganisaties": ("Organisaties opvragen", "Gemeenten en andere openbare lichamen."),
    "createOrganisatie": (
        "Organisatie registreren",
        "Registreert een ander lichaam (een gemeente die de dienst niet gebruikt, een provincie, "
        "…). Gemeenten die de dienst gebruiken maakt de beheerder van de dienst aan met "
        "`vpmonitor create-gemeente`.",
    ),
    "getOrganisatie": ("Organisatie opvragen", "Eén organisatie."),
    # Verbonden partijen
    "listVerbondenPartijen": (
        "Verbonden partijen opvragen",
        "De partijen die u mag zien: via een deelname van uw gemeente, of uw eigen partij. "
        "Zoek op naam met `?zoek=`.",
    ),
    "createVerbondenPartij": (
        "Verbonden partij registreren",
        "Registreert een partij; uw gemeente wordt haar eerste deelnemer.",
    ),
    "getVerbondenPartij": ("Verbonden partij opvragen", "Eén partij, met `ETag`."),
    "updateVerbondenPartij": (
        "Verbonden partij wijzigen",
        "JSON Merge Patch door de penvoerder: een beheerder, of een regievoerder van deze "
        "partij, van de penvoerende gemeente (de gegevens van de partij zijn van alle "
        "deelnemers). Alleen de beheerder draagt de rol van penvoerder over. Vereist `If-Match`.",
    ),
    "listRegievoerders": (
        "Regievoerders opvragen",
        "De regievoerders van uw gemeente voor deze partij.",
    ),
    "replaceRegievoerders": (
        "Regievoerders vervangen",
        "Zet de regievoerders van uw gemeente voor deze partij op precies deze lijst.",
    ),
    # Deelnames
    "listDeelnames": (
        "Deelnames opvragen",
        "De deelnemers van een partij; wie de rollen van een andere deelnemer vervult blijft "
        "privé.",
    ),
    "createDeelname": ("Deelname registreren", "Registreert de deelname van een organisatie."),
    "getDeelname": ("Deelname opvragen", "Eén deelname, met `ETag`."),
    "updateDeelname": ("Deelname wijzigen", "JSON Merge Patch; vereist `If-Match`."),
    "deleteDeelname": (
        "Deelname verwijderen",
        "Verwijdert een per abuis geregistreerde deelname; een beëindigde deelname krijgt een "
        "einddatum.",
    ),
    # Begrotingen
    "listBegrotingen": (
        "Begrotingsjaren opvragen",
        "De jaren waarvoor de partij een begroting heeft, nieuwste eerst.",
    ),
    "getBegroting": (
        "Begroting van een jaar opvragen",
        "Begroting en realisatie van een jaar met de afwijkingen; voor een gemeenteaccount ook "
        "getoetst aan de drempels van de gemeente, met haar eigen aandeel.",
    ),
    "putBegroting": (
        "Begroting vastleggen of vervangen",
        "Maakt de begroting van het jaar aan (201, zonder `If-Match`) of vervangt haar geheel "
        "(200, met `If-Match`). Door de partner van de partij, haar regievoerder of een "
        "beheerder van een deelnemer. Elke versie blijft leesbaar in `…/historie`.",
    ),
    "listBegrotingHistorie": (
        "Versies van een begroting opvragen",
        "Elke opgeslagen versie van de begroting van het jaar, met tijdstip en actor, oudste "
        "eerst: het verloop van de prognose door het jaar.",
    ),
    "getAfwijkingsdrempels": (
        "Afwijkingsdrempels opvragen",
        "De drempels van uw gemeente voor begrotingsafwijkingen (standaard € 100.000 en 5 %). "
        "Een afwijking telt als |bedrag| ≥ `bedrag` of |percentage| ≥ `percentage`.",
    ),
    "putAfwijkingsdrempels": (
        "Afwijkingsdrempels instellen",
        "Stelt de drempels van uw gemeente in (beheerder; privé). Vervangen vereist `If-Match`; "
        'de standaarddrempels hebben ETag `"0"`.',
    ),
    # Wgr
    "listDocumenten": (
        "Documenten opvragen",
        "De documenten van de P&C-cyclus van de partij en wanneer ze binnenkwamen.",
    ),
    "createDocument": (
        "Ontvangen document vastleggen",
        "Legt een ontvangen document vast: door de partner, de regievoerder of een beheerder.",
    ),
    "listWgrTermijnen": (
        "Eigen Wgr-termijnen opvragen",
        "De data die de regeling zelf vastlegt en die elk jaar de wettelijke termijnen vervangen.",
    ),
    "replaceWgrTermijnen": (
        "Eigen Wgr-termijnen vervangen",
        "Vervangt de eigen data van de regeling (bijv. `vaststelling_begroting` op 2 juli); een "
        "lege lijst zet de wettelijke termijnen terug.",
    ),
    "getWgrKalender": (
        "Wgr-kalender opvragen",
        "De gemeenschappelijke regelingen van uw gemeente: de Wgr-termijnen van de documenten "
        "van jaar J, welke binnen zijn en wanneer, welke te laat zijn, en wanneer de zienswijze "
        "van uw raad uiterlijk klaar moet zijn.",
    ),
    "getPartijWgrKalenderIcs": (
        "Wgr-kalender van een partij als iCalendar",
        "De Wgr-termijnen en zienswijzedata van één partij als iCalendar-feed (ook met "
        "`?sleutel=`, voor Outlook).",
    ),
    # Iv3 en kengetallen
    "createIv3Levering": (
        "Iv3-levering aanleveren",
        "Neemt een Iv3-bestand aan: van de partner van de partij (met `Idempotency-Key`), haar "
        "regievoerder of een beheerder van een deelnemer. Het hele bestand wordt gecontroleerd "
        "(het JSON Schema van het CBS en de codelijsten van het jaar) voordat iets wordt "
        "opgeslagen; een 400 noemt elke fout.",
    ),
    "listIv3Leveringen": (
        "Iv3-leveringen opvragen",
        "De Iv3-leveringen van de partij, nieuwste eerst, ook vervangen revisies, met de afzender.",
    ),
    "getIv3Levering": (
        "Iv3-levering opvragen",
        "Eén levering: haar totalen, balansposten en de begrotingsvelden die zij vulde.",
    ),
    "getKengetallen": (
        "Kengetallen opvragen",
        "De kengetallen (fk.1 netto schuldquote … fk.6 belastingcapaciteit) die de partij "
        "leverde, per verslagperiode, met de trend en de categorie A/B/C volgens de "
        "signaalwaarden van uw gemeente.",
    ),
    "getKengetalSignaalwaarden": (
        "Signaalwaarden van kengetallen opvragen",
        "De grenzen van de categorieën A, B en C per kengetal van uw gemeente; waar u er geen "
        "stelde, die van het Gemeenschappelijk financieel toezichtkader 2020.",
    ),
    "putKengetalSignaalwaarden": (
        "Signaalwaarden van kengetallen instellen",
        "Stelt de eigen grenzen van uw gemeente in (beheerder; privé). De lijst vervangt de "
        "eerdere grenzen; weggelaten kengetallen krijgen weer de standaardwaarden.",
    ),
    # BBV
    "getBbvParagraaf": (
        "Paragraaf verbonden partijen opvragen",
        "De paragraaf verbonden partijen (BBV art. 15) van uw gemeente voor jaar J, per "
        "categorie, met wat per partij nog ontbreekt. JSON, CSV of XLSX. Voor mt, beheerder en "
        "lezer.",
    ),
    # Servicenormen
    "listDiensten": (
        "Diensten opvragen",
        "De producten- en dienstencatalogus van de partij, gedeeld door alle deelnemers.",
    ),
    "createDienst": (
        "Dienst toevoegen",
        "Voegt een dienst toe; een beheerder van een deelnemer of een regievoerder.",
    ),
    "listServicenormen": (
        "Servicenormen opvragen",
        "De normen van de partij met al hun versies; een partner leest die van zijn eigen partij.",
    ),
    "createServicenorm": (
        "Servicenorm afspreken",
        "Legt een norm met de partij vast. De `code` is wat partners aanleveren; uniek per partij.",
    ),
    "getServicenorm": ("Servicenorm opvragen", "Eén norm met haar versies, met `ETag`."),
    "updateServicenorm": (
        "Servicenorm wijzigen",
        "JSON Merge Patch. Een nieuwe doelwaarde, tolerantie of richting vereist `geldigVanaf` "
        "en maakt vanaf die datum een nieuwe versie. Vereist `If-Match`.",
    ),
    # Rapportages
    "createRapportage": (
        "Rapportage aanleveren",
        "De partner van de partij (met `Idempotency-Key`), of een regievoerder of beheerder "
        "namens hem, levert een rapportage aan. Alle metingen worden opgeslagen, of geen: een "
        "400 noemt elke foute. Een tweede aanlevering voor dezelfde periode en soort is de "
        "volgende revisie. Het antwoord 201 is het ontvangstbewijs.",
    ),
    "listRapportages": (
        "Rapportages opvragen",
        "Elke revisie van de rapportages van de partij, nieuwste periode eerst.",
    ),
    "getRapportage": (
        "Rapportage opvragen",
        "Eén revisie met haar metingen en hun uitkomst (ook vervangen revisies).",
    ),
    "listServicenormMetingen": (
        "Meetreeks van een norm opvragen",
        "De tijdreeks van de norm, oudste periode eerst: per periode de meting uit de laatste "
        "revisie, getoetst aan de normversie van die periode. CSV en XLSX bevatten de hele "
        "reeks.",
    ),
    "getTijdigheid": (
        "Tijdigheid van de partner opvragen",
        "Of de partner de perioden van elke norm op tijd rapporteerde (standaard het lopende "
        "halfjaar); termijn = laatste dag + `rapportagetermijnDagen`.",
    ),
    "getNormUitkomsten": (
        "Normuitkomsten opvragen",
        "Per norm de laatste meting in `periode` (standaard het lopende halfjaar) en haar "
        "uitkomst; aantallen en het aandeel gehaalde normen.",
    ),
    # Verbeterplan
    "listAanbevelingen": (
        "Verbeterplan opvragen",
        "Het verbeterplan van uw gemeente in planvolgorde, met de acties.",
    ),
    "createAanbeveling": (
        "Aanbeveling toevoegen",
        "Voegt een aanbeveling toe; 409 als het plan haar code al heeft in dat deel en die bron.",
    ),
    "importAanbevelingen": (
        "Verbeterplan importeren",
        "Importeert het plan (CSV of XLSX): per regel wat er is aangemaakt, bijgewerkt of "
        "gelijk gebleven. Eén foute regel weigert het hele bestand; opnieuw importeren "
        "verandert niets.",
    ),
    "getAanbeveling": ("Aanbeveling opvragen", "Eén aanbeveling met haar acties, met `ETag`."),
    "updateAanbeveling": (
        "Aanbeveling wijzigen",
        "JSON Merge Patch; vereist `If-Match`. `verbondenPartijIds` vervangt de gekoppelde "
        "partijen.",
    ),
    "listActiesOfAanbeveling": (
        "Acties van een aanbeveling opvragen",
        "De acties van één aanbeveling, eerst vervallende eerst.",
    ),
    "createActie": (
        "Actie toevoegen",
        "Voegt een actie toe; een planning als `Q1 2026` vervalt op de laatste dag van die "
        "periode.",
    ),
    "listActies": (
        "Acties opvragen",
        "Alle acties van het verbeterplan van uw gemeente, eerst vervallende eerst.",
    ),
    "getActie": ("Actie opvragen", "Eén actie, met `ETag`."),
    "updateActie": (
        "Actie wijzigen",
        "JSON Merge Patch; vereist `If-Match`. Status `afgerond` legt `afgerondOp` vast "
        "(standaard vandaag).",
    ),
    # Dossier
    "listDossierstukken": (
        "Dossier van een partij opvragen",
        "De gedeelde stukken van de partij (regeling, DVO, jaarverslag) en de eigen stukken "
        "van uw gemeente (overdrachtsdocument, werkinstructies), op soort en titel. Filter op "
        "`soort`, `zichtbaarheid` en `beoordelingVerlopen`; `volgendeBeoordelingOp` is de "
        "laatste beoordeling (of de dag van toevoegen) plus het interval.",
    ),
    "createDossierstuk": (
        "Dossierstuk toevoegen",
        "Een bestand als `multipart/form-data` (het bestand in `bestand`, de velden ernaast) "
        "of een `link` (alleen https) als JSON. PDF, DOCX, XLSX of ODT tot 20 MB; de inhoud "
        "bepaalt het type, niet de naam (anders 415, groter 413). Een gedeeld stuk legt de "
        "penvoerder vast (een beheerder of regievoerder van de penvoerder); een eigen stuk "
        "een beheerder of regievoerder van uw gemeente.",
    ),
    "getDossierstuk": ("Dossierstuk opvragen", "Eén stuk van het dossier, met `ETag`."),
    "updateDossierstuk": (
        "Dossierstuk wijzigen",
        "JSON Merge Patch; vereist `If-Match`: titel, soort, eigenaar, laatste beoordeling, "
        "interval, en de link van een stuk dat een link is. Een nieuw bestand: `PUT …/bestand`.",
    ),
    "deleteDossierstuk": (
        "Dossierstuk verwijderen",
        "Verwijdert het stuk met alle opgeslagen versies van zijn bestand; vereist `If-Match`. "
        "Het auditspoor houdt de beschrijving.",
    ),
    "getDossierbestand": (
        "Bestand van een dossierstuk downloaden",
        "Het bestand als bijlage (`Content-Disposition: attachment`, `X-Content-Type-Options: "
        "nosniff`), met het type dat de inhoud bepaalde en een `ETag`; `versie` kiest een "
        "eerdere versie.",
    ),
    "putDossierbestand": (
        "Nieuw bestand voor een dossierstuk",
        "Slaat het bestand op als volgende versie; eerdere versies blijven bewaard en "
        "opvraagbaar. Vereist `If-Match`. Hetzelfde bestand nog eens: 409.",
    ),
    # Risico's
    "listRisicos": (
        "Risico's opvragen",
        "De risico's van uw gemeente bij deze partij: hoogste score eerst, dan het grootste "
        "bedrag.",
    ),
    "createRisico": (
        "Risico vastleggen",
        "Legt een risico vast; een beheerder of een regievoerder van deze partij.",
    ),
    "getRisico": ("Risico opvragen", "Eén risico, met `ETag`."),
    "updateRisico": (
        "Risico wijzigen",
        "JSON Merge Patch; vereist `If-Match`. Een beheerder of een regievoerder van de partij.",
    ),
    # Evaluaties
    "listEvaluaties": (
        "Evaluaties opvragen",
        "De jaarlijkse evaluaties van uw gemeente met deze partij, laatste jaar eerst.",
    ),
    "createEvaluatie": (
        "Evaluatie vastleggen",
        "Legt de evaluatie van een jaar vast (één per jaar; 409 voor een tweede). "
        "`vervolgactieIds` koppelt acties uit uw verbeterplan.",
    ),
    "getEvaluatie": ("Evaluatie opvragen", "Eén evaluatie, met `ETag`."),
    "updateEvaluatie": (
        "Evaluatie wijzigen",
        "JSON Merge Patch; vereist `If-Match`. Een beheerder of een regievoerder van de partij.",
    ),
    # Rapportagerondes
    "listRapportagerondes": (
        "Rapportagerondes opvragen",
        "De rondes van uw gemeente, nieuwste halfjaar eerst.",
    ),
    "createRapportageronde": (
        "Rapportageronde openen",
        "Opent de ronde van een halfjaar: de partijen die moeten rapporteren en hun regievoerders.",
    ),
    "getRapportageronde": (
        "Rapportageronde opvragen",
        "Een ronde met per partij haar regievoerders en de stand van haar rapportage.",
    ),
    "updateRapportageronde": (
        "Rapportageronde wijzigen",
        "JSON Merge Patch van de uiterste datum of de niveaus. Vereist `If-Match`.",
    ),
    "getMtRapport": (
        "MT-rapportage opvragen",
        "De halfjaarlijkse MT-rapportage van een ronde: omslag, overzicht met stoplichten, een "
        "pagina per partij met grafieken, en de verlopen acties. PDF (ook zonder `Accept`) of "
        "HTML, of `?formaat=pdf|html`. Voor mt, beheerder en lezer.",
    ),
    # Voortgangsrapportages
    "listVoortgangsrapportages": (
        "Voortgangsrapportages opvragen",
        "De voortgangsrapportages van uw gemeente, nieuwste halfjaar eerst.",
    ),
    "createVoortgangsrapportage": (
        "Voortgangsrapportage opstellen",
        "Maakt het concept over een partij die u regisseert, vooringevuld met een momentopname "
        "van wat de dienst van het halfjaar weet. Eén per partij en halfjaar.",
    ),
    "getVoortgangsrapportage": (
        "Voortgangsrapportage opvragen",
        "Een voortgangsrapportage met haar momentopname en haar workflowstappen, met `ETag`.",
    ),
    "updateVoortgangsrapportage": (
        "Voortgangsrapportage wijzigen",
        "JSON Merge Patch van een concept of teruggestuurde rapportage (geneste objecten "
        "worden samengevoegd). Vereist `If-Match`.",
    ),
    "indienenVoortgangsrapportage": (
        "Voortgangsrapportage indienen",
        "Dient in bij het MT. Elk '-' en elke afwijking vraagt een toelichting (400 noemt ze); "
        "na de uiterste datum van de ronde is de rapportage te laat. Vereist `If-Match`.",
    ),
    "goedkeurenVoortgangsrapportage": (
        "Voortgangsrapportage goedkeuren",
        "Keurt een ingediende rapportage goed (MT); daarna ligt zij vast. Vereist `If-Match`.",
    ),
    "terugsturenVoortgangsrapportage": (
        "Voortgangsrapportage terugsturen",
        "Stuurt een ingediende rapportage terug naar de regievoerder met wat er moet "
        "veranderen. Vereist `If-Match`.",
    ),
    "listVoortgangsrapportageVersies": (
        "Ingediende versies opvragen",
        "Elke ingediende versie, oudste eerst, zoals ingediend, met het besluit van het MT.",
    ),
    # Dashboard
    "getDashboard": (
        "Dashboard opvragen",
        "Eén platte regel per actieve partij van uw gemeente (een regievoerder: de partijen "
        "die hij regisseert): stoplichten, normen, begrotingsafwijking, tijdigheid, acties, "
        "grootste risico en de volgende Wgr-termijn. `aandacht=true` houdt de regels die "
        "aandacht vragen. CSV en XLSX bevatten alle regels.",
    ),
    "getDashboardVerbondenPartij": (
        "Dashboard van één partij opvragen",
        "Alles over één partij voor uw gemeente: haar overzichtsregel, elke norm met haar "
        "reeks, de begrotingsjaren, uw voortgangsrapportages, open acties, risico's en de "
        "Wgr-kalender. XLSX heeft een blad per tabel.",
    ),
    # Audit
    "listAuditGebeurtenissen": (
        "Auditspoor opvragen",
        "Elke wijziging in uw gemeente, nieuwste eerst, met de toestand ervoor en erna; en de "
        "wijzigingen op de gedeelde gegevens van haar partijen. Bladeren gaat met een cursor: "
        "volg `_links.next` (de parameter `cursor`); een pagina verschuift niet als er "
        "intussen gebeurtenissen bijkomen, en een diepe pagina is even snel als de eerste. "
        "`aantal` telt de gebeurtenissen die aan het filter voldoen tot 10.000: staat er "
        "10.000, dan zijn het er zoveel of meer. Een cursor die niet van deze lijst komt "
        "geeft 400.",
    ),
    # Meldingen
    "listAbonnementen": (
        "Webhookabonnementen opvragen",
        "De webhookabonnementen van uw account (zonder hun geheim).",
    ),
    "createAbonnement": (
        "Webhookabonnement nemen",
        "Abonneert een URL op soorten gebeurtenissen, als ondertekende CloudEvents (Standard "
        "Webhooks), alleen over wat uw account mag lezen. Het geheim staat alleen in dit "
        "antwoord.",
    ),
    "getAbonnement": ("Webhookabonnement opvragen", "Eén abonnement (zonder geheim)."),
    "deleteAbonnement": (
        "Webhookabonnement beëindigen",
        "Beëindigt het abonnement; wachtende afleveringen worden niet meer verstuurd.",
    ),
    "listAfleveringen": (
        "Afleveringen opvragen",
        "De afleveringen van het abonnement, nieuwste eerst, met pogingen en laatste fout.",
    ),
    "redeliverAflevering": (
        "Aflevering opnieuw versturen",
        "Verstuurt een mislukte aflevering opnieuw (zelfde event-id) zodra een worker haar oppakt.",
    ),
    "createKalendersleutel": (
        "Kalendersleutel aanmaken",
        "Een geheim om de Wgr-kalender in Outlook te abonneren, dat geen bearer-token kan "
        "sturen. Vervangt uw vorige sleutel en leest alleen wat u mag lezen.",
    ),
    "deleteKalendersleutel": (
        "Kalendersleutel intrekken",
        "Trekt uw kalendersleutel direct in: geabonneerde agenda's worden niet meer bijgewerkt.",
    ),
}
