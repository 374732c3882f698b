//! Every fixed string of the interface, in English, Italian, German and French.
//!
//! One exhaustive `match`: a key without its four translations does not compile. A test checks
//! that no translation is empty and that none was left in English by mistake.

use super::Lang;

/// Declares the keys once: the enum and the list of all keys come from the same names.
macro_rules! keys {
    ($($key:ident),* $(,)?) => {
        /// A fixed string of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum T {
            $($key),*
        }

        impl T {
            /// Every key.
            pub const ALL: &'static [T] = &[$(T::$key),*];
        }
    };
}

keys!(
    AppName,
    Tagline,
    Loading,
    Language,
    SearchLabel,
    SearchPlaceholder,
    Suggestions,
    NetworkWord,
    Share,
    ShareAndExport,
    CopyLink,
    LinkCopied,
    CopyThisLink,
    PictureOfMap,
    SvgVector,
    Png1,
    Png2,
    Png4,
    TiesShown,
    Csv,
    Json,
    OpenFullAtlas,
    LayingOut,
    Filters,
    HideFilters,
    Dismiss,
    Drawing,
    PlaceRegions,
    MapLayout,
    NetworkLayout,
    DrawEachNetworkAs,
    Hubs,
    Pairs,
    HubsTitle,
    PairsTitle,
    KeepNearMap,
    PlaceNames,
    NamesInterface,
    NamesLocal,
    Sectors,
    ShowAll,
    SectorsHintAll,
    SectorsHintSome,
    TiesInYearsShown,
    Years,
    AllYears,
    From,
    To,
    Play,
    Pause,
    TimelinePlayback,
    PreviousYear,
    NextYear,
    EachYearShows,
    InForceThatYear,
    EverythingUpToIt,
    GlowNote,
    Networks,
    NetworksHint,
    MapLabel,
    MapHelp,
    ZoomIn,
    ZoomOut,
    ResetView,
    Attribution,
    WheelHintCtrl,
    WheelHintCmd,
    ClickRegion,
    ClickNetwork,
    ClickEdge,
    Estimated,
    EstimatedTitle,
    Details,
    CloseDetails,
    CloseEscape,
    SourcesDisagree,
    Eu,
    OutsideEu,
    OutsideNuts,
    ApproxPosition,
    NoTiesShown,
    NoTiesBetween,
    Agreements,
    Presidencies,
    TiedTo,
    FoundingMember,
    Founder,
    Associate,
    Observer,
    With,
    Website,
    NotKnown,
    Members,
    BothMembers,
    DataProblemsTitle,
    FetchFailedTitle,
    File,
    CheckTheFile,
    FixThenReload,
    Reload,
    DiagnosticsInEnglish,
    CouldNotBeUsed,
    ShowsOwnData,
    PanicTitle,
    PanicText,
    PanicReload,
    ViewMap,
    ViewTable,
    ShowAs,
    Regions,
    PairsOfRegions,
    TableRows,
    TableOfRegion,
    TableOfNetwork,
    TableOfPair,
    ShowEveryone,
    TiesTableCaption,
    RegionsTableCaption,
    ColRegion,
    ColPartner,
    ColTies,
    ColShared,
    ColSince,
    ColCountry,
    ColPartners,
    EstimatedShort,
    ShowAllRows,
    MapRole,
    Present,
    PresentThisView,
    PresentThisViewHint,
    Stories,
    Steps,
    PresentKeysHint,
    PreviousStep,
    NextStep,
    LeavePresentation,
    StoryNotShown,
    MapOfTies,
    BrowseHint,
    BrowseStopped,
);

/// Strings that are the same in some languages on purpose (names, symbols, loanwords).
pub const SAME_ON_PURPOSE: [T; 7] = [
    T::AppName,
    T::Png1,
    T::Png2,
    T::Csv,
    T::Json,
    T::Pause,
    T::Suggestions,
];

/// `[English, Italian, German, French]`.
fn table(key: T) -> [&'static str; 4] {
    match key {
        T::AppName => ["Alliance Atlas", "Alliance Atlas", "Alliance Atlas", "Alliance Atlas"],
        T::Tagline => [
            "Europe's regions and the alliances that tie them",
            "Le regioni d'Europa e le alleanze che le uniscono",
            "Europas Regionen und die Allianzen, die sie verbinden",
            "Les régions d'Europe et les alliances qui les unissent",
        ],
        T::Loading => [
            "Loading the atlas…",
            "Caricamento dell'atlante…",
            "Der Atlas wird geladen…",
            "Chargement de l'atlas…",
        ],
        T::Language => ["Language", "Lingua", "Sprache", "Langue"],
        T::SearchLabel => [
            "Find a region or network",
            "Cerca una regione o una rete",
            "Region oder Netzwerk suchen",
            "Trouver une région ou un réseau",
        ],
        T::SearchPlaceholder => [
            "Find a region or network (any language, or NUTS code)",
            "Cerca una regione o una rete (in ogni lingua, o codice NUTS)",
            "Region oder Netzwerk suchen (jede Sprache oder NUTS-Code)",
            "Trouver une région ou un réseau (toute langue, ou code NUTS)",
        ],
        T::Suggestions => ["Suggestions", "Suggerimenti", "Vorschläge", "Suggestions"],
        T::NetworkWord => ["network", "rete", "Netzwerk", "réseau"],
        T::Share => ["Share", "Condividi", "Teilen", "Partager"],
        T::ShareAndExport => [
            "Share and export",
            "Condividi ed esporta",
            "Teilen und exportieren",
            "Partager et exporter",
        ],
        T::CopyLink => [
            "Copy link to this view",
            "Copia il link a questa vista",
            "Link zu dieser Ansicht kopieren",
            "Copier le lien vers cette vue",
        ],
        T::LinkCopied => ["Link copied", "Link copiato", "Link kopiert", "Lien copié"],
        T::CopyThisLink => ["Copy this link:", "Copia questo link:", "Diesen Link kopieren:", "Copiez ce lien :"],
        T::PictureOfMap => [
            "Picture of the map",
            "Immagine della mappa",
            "Bild der Karte",
            "Image de la carte",
        ],
        T::SvgVector => [
            "SVG (vector, for editing)",
            "SVG (vettoriale, modificabile)",
            "SVG (Vektor, zum Bearbeiten)",
            "SVG (vectoriel, modifiable)",
        ],
        T::Png1 => ["PNG 1×", "PNG 1×", "PNG 1×", "PNG 1×"],
        T::Png2 => ["PNG 2×", "PNG 2×", "PNG 2×", "PNG 2×"],
        T::Png4 => ["PNG 4× (print)", "PNG 4× (stampa)", "PNG 4× (Druck)", "PNG 4× (impression)"],
        T::TiesShown => [
            "The ties shown",
            "I legami mostrati",
            "Die gezeigten Verbindungen",
            "Les liens affichés",
        ],
        T::Csv => ["CSV", "CSV", "CSV", "CSV"],
        T::Json => ["JSON", "JSON", "JSON", "JSON"],
        T::OpenFullAtlas => [
            "Open full atlas ↗",
            "Apri l'atlante completo ↗",
            "Ganzen Atlas öffnen ↗",
            "Ouvrir l'atlas complet ↗",
        ],
        T::LayingOut => [
            "laying out the network…",
            "disposizione della rete in corso…",
            "Netzwerk wird angeordnet…",
            "disposition du réseau en cours…",
        ],
        T::Filters => ["Filters", "Filtri", "Filter", "Filtres"],
        T::HideFilters => ["Hide filters", "Nascondi i filtri", "Filter ausblenden", "Masquer les filtres"],
        T::Dismiss => ["Dismiss", "Chiudi", "Schließen", "Fermer"],
        T::Drawing => ["Drawing", "Disegno", "Darstellung", "Dessin"],
        T::PlaceRegions => [
            "Place regions",
            "Disposizione delle regioni",
            "Regionen anordnen",
            "Placer les régions",
        ],
        T::MapLayout => ["Geographic", "Geografica", "Geografisch", "Géographique"],
        T::NetworkLayout => ["Network", "Rete", "Netzwerk", "Réseau"],
        T::DrawEachNetworkAs => [
            "Draw each network as",
            "Disegna ogni rete come",
            "Jedes Netzwerk zeichnen als",
            "Dessiner chaque réseau comme",
        ],
        T::Hubs => ["Hubs", "Nodi", "Knoten", "Pôles"],
        T::Pairs => ["Pairs", "Coppie", "Paare", "Paires"],
        T::HubsTitle => [
            "One node per network, tied to each member",
            "Un nodo per rete, legato a ogni membro",
            "Ein Knoten je Netzwerk, mit jedem Mitglied verbunden",
            "Un nœud par réseau, relié à chaque membre",
        ],
        T::PairsTitle => [
            "Every two members tied directly",
            "Ogni coppia di membri legata direttamente",
            "Je zwei Mitglieder direkt verbunden",
            "Chaque paire de membres reliée directement",
        ],
        T::KeepNearMap => [
            "Keep regions near their place on the map",
            "Tieni le regioni vicino al loro posto sulla mappa",
            "Regionen nahe ihrem Ort auf der Karte halten",
            "Garder les régions près de leur place sur la carte",
        ],
        T::PlaceNames => ["Place names", "Nomi dei luoghi", "Ortsnamen", "Noms des lieux"],
        T::NamesInterface => ["in English", "in italiano", "auf Deutsch", "en français"],
        T::NamesLocal => [
            "in their own language",
            "nella lingua locale",
            "in der Landessprache",
            "dans leur langue",
        ],
        T::Sectors => ["Sectors", "Settori", "Sektoren", "Secteurs"],
        T::ShowAll => ["Show all", "Mostra tutti", "Alle zeigen", "Tout afficher"],
        T::SectorsHintAll => [
            "All sectors shown. Pick one or more to narrow the map; numbers are ties in the years shown.",
            "Tutti i settori sono mostrati. Sceglierne uno o più restringe la mappa; i numeri sono i legami negli anni mostrati.",
            "Alle Sektoren sichtbar. Einer oder mehrere grenzen die Karte ein; die Zahlen sind Verbindungen in den gezeigten Jahren.",
            "Tous les secteurs sont affichés. En choisir un ou plusieurs affine la carte ; les nombres sont les liens des années affichées.",
        ],
        T::SectorsHintSome => [
            "Showing ties in the sectors picked.",
            "Sono mostrati i legami nei settori scelti.",
            "Gezeigt werden Verbindungen in den gewählten Sektoren.",
            "Sont affichés les liens des secteurs choisis.",
        ],
        T::TiesInYearsShown => [
            "ties in the years shown",
            "legami negli anni mostrati",
            "Verbindungen in den gezeigten Jahren",
            "liens des années affichées",
        ],
        T::Years => ["Years", "Anni", "Jahre", "Années"],
        T::AllYears => ["All years", "Tutti gli anni", "Alle Jahre", "Toutes les années"],
        T::From => ["From", "Da", "Von", "De"],
        T::To => ["To", "A", "Bis", "À"],
        T::Play => ["▶ Play", "▶ Riproduci", "▶ Abspielen", "▶ Lire"],
        T::Pause => ["❚❚ Pause", "❚❚ Pausa", "❚❚ Pause", "❚❚ Pause"],
        T::TimelinePlayback => [
            "Timeline playback",
            "Riproduzione della cronologia",
            "Zeitleiste abspielen",
            "Lecture de la chronologie",
        ],
        T::PreviousYear => ["Previous year", "Anno precedente", "Vorheriges Jahr", "Année précédente"],
        T::NextYear => ["Next year", "Anno successivo", "Nächstes Jahr", "Année suivante"],
        T::EachYearShows => ["Each year shows", "Ogni anno mostra", "Jedes Jahr zeigt", "Chaque année montre"],
        T::InForceThatYear => [
            "in force that year",
            "in vigore quell'anno",
            "in dem Jahr gültig",
            "en vigueur cette année-là",
        ],
        T::EverythingUpToIt => [
            "everything up to it",
            "tutto fino ad allora",
            "alles bis dahin",
            "tout jusque-là",
        ],
        T::GlowNote => [
            "Glow: ties that began in the year shown.",
            "Alone: legami nati nell'anno mostrato.",
            "Leuchten: Verbindungen, die im gezeigten Jahr begannen.",
            "Halo : liens nés l'année affichée.",
        ],
        T::Networks => ["Networks", "Reti", "Netzwerke", "Réseaux"],
        T::NetworksHint => [
            "Members in the years and sectors shown. Pick one to see its members.",
            "Membri negli anni e settori mostrati. Sceglierne una ne mostra i membri.",
            "Mitglieder in den gezeigten Jahren und Sektoren. Ein Klick zeigt die Mitglieder.",
            "Membres pour les années et secteurs affichés. Un clic montre ses membres.",
        ],
        T::MapLabel => ["Map", "Mappa", "Karte", "Carte"],
        T::MapHelp => [
            "Map of regions and their ties. Drag or use the arrow keys to pan; scroll, pinch or press plus and minus to zoom; press 0 to reset, Enter to browse regions with the keyboard, Escape to clear the focus. The table view lists the same ties.",
            "Mappa delle regioni e dei loro legami. Trascina o usa le frecce per spostarti; scorri, pizzica o premi più e meno per lo zoom; 0 per tornare alla vista intera, Invio per esplorare le regioni da tastiera, Esc per togliere il fuoco. La vista tabella elenca gli stessi legami.",
            "Karte der Regionen und ihrer Verbindungen. Ziehen oder Pfeiltasten zum Verschieben; Scrollen, Zwei-Finger-Geste oder Plus und Minus zum Zoomen; 0 setzt zurück, Eingabe durchsucht Regionen per Tastatur, Escape hebt den Fokus auf. Die Tabellenansicht listet dieselben Verbindungen.",
            "Carte des régions et de leurs liens. Faites glisser ou utilisez les flèches pour vous déplacer ; défilez, pincez ou appuyez sur plus et moins pour zoomer ; 0 pour revenir, Entrée pour parcourir les régions au clavier, Échap pour retirer le focus. La vue tableau liste les mêmes liens.",
        ],
        T::ZoomIn => ["Zoom in", "Ingrandisci", "Vergrößern", "Zoomer"],
        T::ZoomOut => ["Zoom out", "Riduci", "Verkleinern", "Dézoomer"],
        T::ResetView => ["Reset the view", "Vista iniziale", "Ansicht zurücksetzen", "Réinitialiser la vue"],
        T::Attribution => [
            "Country outlines: Natural Earth (public domain)",
            "Confini degli stati: Natural Earth (pubblico dominio)",
            "Ländergrenzen: Natural Earth (gemeinfrei)",
            "Contours des pays : Natural Earth (domaine public)",
        ],
        T::WheelHintCtrl => [
            "Use Ctrl + scroll to zoom the map, or click it first",
            "Usa Ctrl + rotella per lo zoom, o prima clicca sulla mappa",
            "Strg + Mausrad zum Zoomen, oder zuerst in die Karte klicken",
            "Ctrl + molette pour zoomer, ou cliquez d'abord sur la carte",
        ],
        T::WheelHintCmd => [
            "Use ⌘ + scroll to zoom the map, or click it first",
            "Usa ⌘ + rotella per lo zoom, o prima clicca sulla mappa",
            "⌘ + Mausrad zum Zoomen, oder zuerst in die Karte klicken",
            "⌘ + molette pour zoomer, ou cliquez d'abord sur la carte",
        ],
        T::ClickRegion => [
            "Click for its networks, agreements and sources.",
            "Clicca per le sue reti, gli accordi e le fonti.",
            "Klicken für Netzwerke, Abkommen und Quellen.",
            "Cliquez pour ses réseaux, accords et sources.",
        ],
        T::ClickNetwork => [
            "Click for its members and sources.",
            "Clicca per i membri e le fonti.",
            "Klicken für Mitglieder und Quellen.",
            "Cliquez pour ses membres et sources.",
        ],
        T::ClickEdge => [
            "Click for every tie and its sources.",
            "Clicca per ogni legame e le sue fonti.",
            "Klicken für jede Verbindung und ihre Quellen.",
            "Cliquez pour chaque lien et ses sources.",
        ],
        T::Estimated => ["estimated", "stimato", "geschätzt", "estimé"],
        T::EstimatedTitle => [
            "Inferred, not stated by a source",
            "Dedotto, non affermato da una fonte",
            "Erschlossen, von keiner Quelle so angegeben",
            "Déduit, non affirmé par une source",
        ],
        T::Details => ["Details", "Dettagli", "Einzelheiten", "Détails"],
        T::CloseDetails => [
            "Close the details",
            "Chiudi i dettagli",
            "Einzelheiten schließen",
            "Fermer les détails",
        ],
        T::CloseEscape => ["Close (Escape)", "Chiudi (Esc)", "Schließen (Escape)", "Fermer (Échap)"],
        T::SourcesDisagree => [
            "Sources disagree",
            "Le fonti non concordano",
            "Die Quellen widersprechen sich",
            "Les sources divergent",
        ],
        T::Eu => ["EU", "UE", "EU", "UE"],
        T::OutsideEu => ["outside the EU", "fuori dall'UE", "außerhalb der EU", "hors de l'UE"],
        T::OutsideNuts => ["outside NUTS", "fuori dalla NUTS", "außerhalb von NUTS", "hors NUTS"],
        T::ApproxPosition => [
            "Its position on the map is approximate.",
            "La sua posizione sulla mappa è approssimativa.",
            "Ihre Lage auf der Karte ist ungefähr.",
            "Sa position sur la carte est approximative.",
        ],
        T::NoTiesShown => [
            "No ties in the years and sectors shown.",
            "Nessun legame negli anni e settori mostrati.",
            "Keine Verbindungen in den gezeigten Jahren und Sektoren.",
            "Aucun lien pour les années et secteurs affichés.",
        ],
        T::NoTiesBetween => [
            "No ties between them in the years and sectors shown.",
            "Nessun legame tra loro negli anni e settori mostrati.",
            "Keine Verbindungen zwischen ihnen in den gezeigten Jahren und Sektoren.",
            "Aucun lien entre elles pour les années et secteurs affichés.",
        ],
        T::Agreements => ["Agreements", "Accordi", "Abkommen", "Accords"],
        T::Presidencies => ["Presidencies", "Presidenze", "Vorsitze", "Présidences"],
        T::TiedTo => [
            "Tied to, in the years shown",
            "Legata a, negli anni mostrati",
            "Verbunden mit, in den gezeigten Jahren",
            "Liée à, pour les années affichées",
        ],
        T::FoundingMember => ["founding member", "membro fondatore", "Gründungsmitglied", "membre fondateur"],
        T::Founder => ["founder", "fondatore", "Gründer", "fondateur"],
        T::Associate => ["associate", "associato", "assoziiert", "associé"],
        T::Observer => ["observer", "osservatore", "Beobachter", "observateur"],
        T::With => ["With", "Con", "Mit", "Avec"],
        T::Website => ["Website", "Sito web", "Webseite", "Site web"],
        T::NotKnown => ["Not known: ", "Non noto: ", "Nicht bekannt: ", "Inconnu : "],
        T::Members => ["Members", "Membri", "Mitglieder", "Membres"],
        T::BothMembers => ["both members", "entrambe membri", "beide Mitglied", "toutes deux membres"],
        T::DataProblemsTitle => [
            "The data file has problems",
            "Il file dei dati ha dei problemi",
            "Die Datendatei hat Fehler",
            "Le fichier de données a des problèmes",
        ],
        T::FetchFailedTitle => [
            "The atlas could not fetch its data",
            "L'atlante non è riuscito a scaricare i dati",
            "Der Atlas konnte seine Daten nicht laden",
            "L'atlas n'a pas pu charger ses données",
        ],
        T::File => ["File: ", "File: ", "Datei: ", "Fichier : "],
        T::CheckTheFile => [
            "Check the file with ",
            "Controlla il file con ",
            "Prüfen Sie die Datei mit ",
            "Vérifiez le fichier avec ",
        ],
        T::FixThenReload => [
            ", fix the lines above, then reload.",
            ", correggi le righe qui sopra, poi ricarica.",
            ", korrigieren Sie die Zeilen oben und laden Sie neu.",
            ", corrigez les lignes ci-dessus, puis rechargez.",
        ],
        T::Reload => ["Reload", "Ricarica", "Neu laden", "Recharger"],
        T::DiagnosticsInEnglish => [
            "The messages are written for the people who maintain the data file.",
            "I messaggi, in inglese, sono scritti per chi cura il file dei dati.",
            "Die Meldungen (auf Englisch) richten sich an die Pflegenden der Datendatei.",
            "Les messages, en anglais, s'adressent aux personnes qui tiennent le fichier de données.",
        ],
        T::CouldNotBeUsed => [
            "could not be used",
            "non si è potuto usare",
            "konnte nicht verwendet werden",
            "n'a pas pu être utilisé",
        ],
        T::ShowsOwnData => [
            ", so the atlas shows its own data instead.",
            ", quindi l'atlante mostra i propri dati.",
            ", daher zeigt der Atlas seine eigenen Daten.",
            ", l'atlas affiche donc ses propres données.",
        ],
        T::PanicTitle => [
            "The atlas stopped working",
            "L'atlante si è fermato",
            "Der Atlas funktioniert nicht mehr",
            "L'atlas a cessé de fonctionner",
        ],
        T::PanicText => [
            "Something went wrong inside the atlas. Reloading the page usually fixes it; the link keeps your view.",
            "Qualcosa non ha funzionato nell'atlante. Di solito basta ricaricare la pagina; il link conserva la tua vista.",
            "Im Atlas ist etwas schiefgegangen. Neu laden hilft meist; der Link behält Ihre Ansicht.",
            "Un problème est survenu dans l'atlas. Recharger la page suffit en général ; le lien garde votre vue.",
        ],
        T::PanicReload => [
            "Reload the atlas",
            "Ricarica l'atlante",
            "Atlas neu laden",
            "Recharger l'atlas",
        ],
        T::ViewMap => ["Map", "Mappa", "Karte", "Carte"],
        T::ViewTable => ["Table", "Tabella", "Tabelle", "Tableau"],
        T::ShowAs => ["Show as", "Mostra come", "Anzeigen als", "Afficher en"],
        T::MapOfTies => ["Regions and their ties", "Le regioni e i loro legami", "Regionen und ihre Verbindungen", "Les régions et leurs liens"],
        T::Present => ["Present", "Presenta", "Präsentieren", "Présenter"],
        T::PresentThisView => ["Present this view", "Presenta questa vista", "Diese Ansicht präsentieren", "Présenter cette vue"],
        T::PresentThisViewHint => ["Full screen, large type", "Schermo intero, testo grande", "Vollbild, große Schrift", "Plein écran, grands caractères"],
        T::Stories => ["Stories", "Racconti", "Geschichten", "Récits"],
        T::Steps => ["steps", "passi", "Schritte", "étapes"],
        T::PresentKeysHint => ["Next step: Page Down, → or Space (a clicker's button). Back: Page Up or ←. Leave: Escape.", "Passo successivo: Pagina giù, → o Spazio (il tasto del telecomando). Indietro: Pagina su o ←. Uscita: Esc.", "Nächster Schritt: Bild ab, → oder Leertaste (die Taste des Presenters). Zurück: Bild auf oder ←. Beenden: Escape.", "Étape suivante : Page suivante, → ou Espace (le bouton de la télécommande). Retour : Page précédente ou ←. Quitter : Échap."],
        T::PreviousStep => ["Previous step", "Passo precedente", "Vorheriger Schritt", "Étape précédente"],
        T::NextStep => ["Next step", "Passo successivo", "Nächster Schritt", "Étape suivante"],
        T::LeavePresentation => ["Leave presentation (Esc)", "Esci dalla presentazione (Esc)", "Präsentation beenden (Esc)", "Quitter la présentation (Échap)"],
        T::StoryNotShown => ["This story could not be shown:", "Non è stato possibile mostrare questo racconto:", "Diese Geschichte konnte nicht gezeigt werden:", "Ce récit n'a pas pu être affiché :"],
        T::MapRole => ["interactive map", "mappa interattiva", "interaktive Karte", "carte interactive"],
        T::BrowseHint => ["Arrow keys move to the nearest region that way, Enter opens its details, Escape stops browsing", "Le frecce passano alla regione più vicina in quella direzione, Invio ne apre i dettagli, Esc termina l'esplorazione", "Pfeiltasten wechseln zur nächsten Region in dieser Richtung, Eingabe öffnet ihre Details, Escape beendet das Durchsuchen", "Les flèches passent à la région la plus proche dans cette direction, Entrée ouvre ses détails, Échap arrête le parcours"],
        T::BrowseStopped => ["Stopped browsing regions; the arrow keys pan the map again.", "Esplorazione delle regioni terminata; le frecce spostano di nuovo la mappa.", "Durchsuchen beendet; die Pfeiltasten verschieben wieder die Karte.", "Parcours des régions terminé ; les flèches déplacent de nouveau la carte."],
        T::Regions => ["Regions", "Regioni", "Regionen", "Régions"],
        T::PairsOfRegions => ["Pairs of regions", "Coppie di regioni", "Regionenpaare", "Paires de régions"],
        T::TableRows => ["Rows of the table", "Righe della tabella", "Zeilen der Tabelle", "Lignes du tableau"],
        T::TableOfRegion => ["Only the ties of", "Solo i legami di", "Nur die Verbindungen von", "Seulement les liens de"],
        T::TableOfNetwork => ["Only the members of", "Solo i membri di", "Nur die Mitglieder von", "Seulement les membres de"],
        T::TableOfPair => ["Only the pair", "Solo la coppia", "Nur das Paar", "Seulement la paire"],
        T::ShowEveryone => ["Show all regions", "Mostra tutte le regioni", "Alle Regionen zeigen", "Afficher toutes les régions"],
        T::TiesTableCaption => ["Pairs of regions tied by a network or an agreement in the years and sectors shown; sort by a column with its header button.", "Coppie di regioni legate da una rete o da un accordo negli anni e nei settori mostrati; ordina con il pulsante in testa a ogni colonna.", "Regionenpaare, die in den gezeigten Jahren und Sektoren durch ein Netzwerk oder eine Vereinbarung verbunden sind; sortieren über die Schaltfläche im Spaltenkopf.", "Paires de régions liées par un réseau ou un accord dans les années et secteurs affichés ; triez avec le bouton en tête de colonne."],
        T::RegionsTableCaption => ["Regions with at least one tie in the years and sectors shown; sort by a column with its header button.", "Regioni con almeno un legame negli anni e nei settori mostrati; ordina con il pulsante in testa a ogni colonna.", "Regionen mit mindestens einer Verbindung in den gezeigten Jahren und Sektoren; sortieren über die Schaltfläche im Spaltenkopf.", "Régions ayant au moins un lien dans les années et secteurs affichés ; triez avec le bouton en tête de colonne."],
        T::ColRegion => ["Region", "Regione", "Region", "Région"],
        T::ColPartner => ["Partner region", "Regione partner", "Partnerregion", "Région partenaire"],
        T::ColTies => ["Ties", "Legami", "Verbindungen", "Liens"],
        T::ColShared => ["Networks and agreements in common", "Reti e accordi in comune", "Gemeinsame Netzwerke und Vereinbarungen", "Réseaux et accords en commun"],
        T::ColSince => ["Since", "Dal", "Seit", "Depuis"],
        T::ColCountry => ["Country", "Paese", "Land", "Pays"],
        T::ColPartners => ["Partners", "Partner", "Partner", "Partenaires"],
        T::EstimatedShort => ["(estimated)", "(stimato)", "(geschätzt)", "(estimé)"],
        T::ShowAllRows => ["Show all rows", "Mostra tutte le righe", "Alle Zeilen zeigen", "Afficher toutes les lignes"],
    }
}

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: T) -> &'static str {
    let [en, it, de, fr] = table(key);
    match lang {
        Lang::En => en,
        Lang::It => it,
        Lang::De => de,
        Lang::Fr => fr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_four_non_empty_translations() {
        for &key in T::ALL {
            for lang in Lang::ALL {
                assert!(!text(lang, key).trim().is_empty(), "{key:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn nothing_is_left_in_english_by_mistake() {
        for &key in T::ALL {
            if SAME_ON_PURPOSE.contains(&key) {
                continue;
            }
            let english = text(Lang::En, key);
            for lang in [Lang::It, Lang::De, Lang::Fr] {
                // German and English share some words on purpose (Filter, Website would not).
                let allowed = matches!(
                    (key, lang),
                    (T::Eu, Lang::De) | (T::File, Lang::It) | (T::ColRegion, Lang::De)
                );
                assert!(
                    allowed || text(lang, key) != english,
                    "{key:?} in {lang:?} is still the English {english:?}"
                );
            }
        }
    }
}
