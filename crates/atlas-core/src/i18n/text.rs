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
        pub enum TextKey {
            $($key),*
        }

        impl TextKey {
            /// Every key.
            pub const ALL: &'static [TextKey] = &[$(TextKey::$key),*];
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
pub const SAME_ON_PURPOSE: [TextKey; 7] = [
    TextKey::AppName,
    TextKey::Png1,
    TextKey::Png2,
    TextKey::Csv,
    TextKey::Json,
    TextKey::Pause,
    TextKey::Suggestions,
];

/// `[English, Italian, German, French]`.
fn table(key: TextKey) -> [&'static str; 4] {
    match key {
        TextKey::AppName => ["Alliance Atlas", "Alliance Atlas", "Alliance Atlas", "Alliance Atlas"],
        TextKey::Tagline => [
            "Europe's regions and the alliances that tie them",
            "Le regioni d'Europa e le alleanze che le uniscono",
            "Europas Regionen und die Allianzen, die sie verbinden",
            "Les régions d'Europe et les alliances qui les unissent",
        ],
        TextKey::Loading => [
            "Loading the atlas…",
            "Caricamento dell'atlante…",
            "Der Atlas wird geladen…",
            "Chargement de l'atlas…",
        ],
        TextKey::Language => ["Language", "Lingua", "Sprache", "Langue"],
        TextKey::SearchLabel => [
            "Find a region or network",
            "Cerca una regione o una rete",
            "Region oder Netzwerk suchen",
            "Trouver une région ou un réseau",
        ],
        TextKey::SearchPlaceholder => [
            "Find a region or network (any language, or NUTS code)",
            "Cerca una regione o una rete (in ogni lingua, o codice NUTS)",
            "Region oder Netzwerk suchen (jede Sprache oder NUTS-Code)",
            "Trouver une région ou un réseau (toute langue, ou code NUTS)",
        ],
        TextKey::Suggestions => ["Suggestions", "Suggerimenti", "Vorschläge", "Suggestions"],
        TextKey::NetworkWord => ["network", "rete", "Netzwerk", "réseau"],
        TextKey::Share => ["Share", "Condividi", "Teilen", "Partager"],
        TextKey::ShareAndExport => [
            "Share and export",
            "Condividi ed esporta",
            "Teilen und exportieren",
            "Partager et exporter",
        ],
        TextKey::CopyLink => [
            "Copy link to this view",
            "Copia il link a questa vista",
            "Link zu dieser Ansicht kopieren",
            "Copier le lien vers cette vue",
        ],
        TextKey::LinkCopied => ["Link copied", "Link copiato", "Link kopiert", "Lien copié"],
        TextKey::CopyThisLink => ["Copy this link:", "Copia questo link:", "Diesen Link kopieren:", "Copiez ce lien :"],
        TextKey::PictureOfMap => [
            "Picture of the map",
            "Immagine della mappa",
            "Bild der Karte",
            "Image de la carte",
        ],
        TextKey::SvgVector => [
            "SVG (vector, for editing)",
            "SVG (vettoriale, modificabile)",
            "SVG (Vektor, zum Bearbeiten)",
            "SVG (vectoriel, modifiable)",
        ],
        TextKey::Png1 => ["PNG 1×", "PNG 1×", "PNG 1×", "PNG 1×"],
        TextKey::Png2 => ["PNG 2×", "PNG 2×", "PNG 2×", "PNG 2×"],
        TextKey::Png4 => ["PNG 4× (print)", "PNG 4× (stampa)", "PNG 4× (Druck)", "PNG 4× (impression)"],
        TextKey::TiesShown => [
            "The ties shown",
            "I legami mostrati",
            "Die gezeigten Verbindungen",
            "Les liens affichés",
        ],
        TextKey::Csv => ["CSV", "CSV", "CSV", "CSV"],
        TextKey::Json => ["JSON", "JSON", "JSON", "JSON"],
        TextKey::OpenFullAtlas => [
            "Open full atlas ↗",
            "Apri l'atlante completo ↗",
            "Ganzen Atlas öffnen ↗",
            "Ouvrir l'atlas complet ↗",
        ],
        TextKey::LayingOut => [
            "laying out the network…",
            "disposizione della rete in corso…",
            "Netzwerk wird angeordnet…",
            "disposition du réseau en cours…",
        ],
        TextKey::Filters => ["Filters", "Filtri", "Filter", "Filtres"],
        TextKey::HideFilters => ["Hide filters", "Nascondi i filtri", "Filter ausblenden", "Masquer les filtres"],
        TextKey::Dismiss => ["Dismiss", "Chiudi", "Schließen", "Fermer"],
        TextKey::Drawing => ["Drawing", "Disegno", "Darstellung", "Dessin"],
        TextKey::PlaceRegions => [
            "Place regions",
            "Disposizione delle regioni",
            "Regionen anordnen",
            "Placer les régions",
        ],
        TextKey::MapLayout => ["Geographic", "Geografica", "Geografisch", "Géographique"],
        TextKey::NetworkLayout => ["Network", "Rete", "Netzwerk", "Réseau"],
        TextKey::DrawEachNetworkAs => [
            "Draw each network as",
            "Disegna ogni rete come",
            "Jedes Netzwerk zeichnen als",
            "Dessiner chaque réseau comme",
        ],
        TextKey::Hubs => ["Hubs", "Nodi", "Knoten", "Pôles"],
        TextKey::Pairs => ["Pairs", "Coppie", "Paare", "Paires"],
        TextKey::HubsTitle => [
            "One node per network, tied to each member",
            "Un nodo per rete, legato a ogni membro",
            "Ein Knoten je Netzwerk, mit jedem Mitglied verbunden",
            "Un nœud par réseau, relié à chaque membre",
        ],
        TextKey::PairsTitle => [
            "Every two members tied directly",
            "Ogni coppia di membri legata direttamente",
            "Je zwei Mitglieder direkt verbunden",
            "Chaque paire de membres reliée directement",
        ],
        TextKey::KeepNearMap => [
            "Keep regions near their place on the map",
            "Tieni le regioni vicino al loro posto sulla mappa",
            "Regionen nahe ihrem Ort auf der Karte halten",
            "Garder les régions près de leur place sur la carte",
        ],
        TextKey::PlaceNames => ["Place names", "Nomi dei luoghi", "Ortsnamen", "Noms des lieux"],
        TextKey::NamesInterface => ["in English", "in italiano", "auf Deutsch", "en français"],
        TextKey::NamesLocal => [
            "in their own language",
            "nella lingua locale",
            "in der Landessprache",
            "dans leur langue",
        ],
        TextKey::Sectors => ["Sectors", "Settori", "Sektoren", "Secteurs"],
        TextKey::ShowAll => ["Show all", "Mostra tutti", "Alle zeigen", "Tout afficher"],
        TextKey::SectorsHintAll => [
            "All sectors shown. Pick one or more to narrow the map; numbers are ties in the years shown.",
            "Tutti i settori sono mostrati. Sceglierne uno o più restringe la mappa; i numeri sono i legami negli anni mostrati.",
            "Alle Sektoren sichtbar. Einer oder mehrere grenzen die Karte ein; die Zahlen sind Verbindungen in den gezeigten Jahren.",
            "Tous les secteurs sont affichés. En choisir un ou plusieurs affine la carte ; les nombres sont les liens des années affichées.",
        ],
        TextKey::SectorsHintSome => [
            "Showing ties in the sectors picked.",
            "Sono mostrati i legami nei settori scelti.",
            "Gezeigt werden Verbindungen in den gewählten Sektoren.",
            "Sont affichés les liens des secteurs choisis.",
        ],
        TextKey::TiesInYearsShown => [
            "ties in the years shown",
            "legami negli anni mostrati",
            "Verbindungen in den gezeigten Jahren",
            "liens des années affichées",
        ],
        TextKey::Years => ["Years", "Anni", "Jahre", "Années"],
        TextKey::AllYears => ["All years", "Tutti gli anni", "Alle Jahre", "Toutes les années"],
        TextKey::From => ["From", "Da", "Von", "De"],
        TextKey::To => ["To", "A", "Bis", "À"],
        TextKey::Play => ["▶ Play", "▶ Riproduci", "▶ Abspielen", "▶ Lire"],
        TextKey::Pause => ["❚❚ Pause", "❚❚ Pausa", "❚❚ Pause", "❚❚ Pause"],
        TextKey::TimelinePlayback => [
            "Timeline playback",
            "Riproduzione della cronologia",
            "Zeitleiste abspielen",
            "Lecture de la chronologie",
        ],
        TextKey::PreviousYear => ["Previous year", "Anno precedente", "Vorheriges Jahr", "Année précédente"],
        TextKey::NextYear => ["Next year", "Anno successivo", "Nächstes Jahr", "Année suivante"],
        TextKey::EachYearShows => ["Each year shows", "Ogni anno mostra", "Jedes Jahr zeigt", "Chaque année montre"],
        TextKey::InForceThatYear => [
            "in force that year",
            "in vigore quell'anno",
            "in dem Jahr gültig",
            "en vigueur cette année-là",
        ],
        TextKey::EverythingUpToIt => [
            "everything up to it",
            "tutto fino ad allora",
            "alles bis dahin",
            "tout jusque-là",
        ],
        TextKey::GlowNote => [
            "Glow: ties that began in the year shown.",
            "Alone: legami nati nell'anno mostrato.",
            "Leuchten: Verbindungen, die im gezeigten Jahr begannen.",
            "Halo : liens nés l'année affichée.",
        ],
        TextKey::Networks => ["Networks", "Reti", "Netzwerke", "Réseaux"],
        TextKey::NetworksHint => [
            "Members in the years and sectors shown. Pick one to see its members.",
            "Membri negli anni e settori mostrati. Sceglierne una ne mostra i membri.",
            "Mitglieder in den gezeigten Jahren und Sektoren. Ein Klick zeigt die Mitglieder.",
            "Membres pour les années et secteurs affichés. Un clic montre ses membres.",
        ],
        TextKey::MapLabel => ["Map", "Mappa", "Karte", "Carte"],
        TextKey::MapHelp => [
            "Map of regions and their ties. Drag or use the arrow keys to pan; scroll, pinch or press plus and minus to zoom; press 0 to reset, Enter to browse regions with the keyboard, Escape to clear the focus. The table view lists the same ties.",
            "Mappa delle regioni e dei loro legami. Trascina o usa le frecce per spostarti; scorri, pizzica o premi più e meno per lo zoom; 0 per tornare alla vista intera, Invio per esplorare le regioni da tastiera, Esc per togliere il fuoco. La vista tabella elenca gli stessi legami.",
            "Karte der Regionen und ihrer Verbindungen. Ziehen oder Pfeiltasten zum Verschieben; Scrollen, Zwei-Finger-Geste oder Plus und Minus zum Zoomen; 0 setzt zurück, Eingabe durchsucht Regionen per Tastatur, Escape hebt den Fokus auf. Die Tabellenansicht listet dieselben Verbindungen.",
            "Carte des régions et de leurs liens. Faites glisser ou utilisez les flèches pour vous déplacer ; défilez, pincez ou appuyez sur plus et moins pour zoomer ; 0 pour revenir, Entrée pour parcourir les régions au clavier, Échap pour retirer le focus. La vue tableau liste les mêmes liens.",
        ],
        TextKey::ZoomIn => ["Zoom in", "Ingrandisci", "Vergrößern", "Zoomer"],
        TextKey::ZoomOut => ["Zoom out", "Riduci", "Verkleinern", "Dézoomer"],
        TextKey::ResetView => ["Reset the view", "Vista iniziale", "Ansicht zurücksetzen", "Réinitialiser la vue"],
        TextKey::Attribution => [
            "Country outlines: Natural Earth (public domain)",
            "Confini degli stati: Natural Earth (pubblico dominio)",
            "Ländergrenzen: Natural Earth (gemeinfrei)",
            "Contours des pays : Natural Earth (domaine public)",
        ],
        TextKey::WheelHintCtrl => [
            "Use Ctrl + scroll to zoom the map, or click it first",
            "Usa Ctrl + rotella per lo zoom, o prima clicca sulla mappa",
            "Strg + Mausrad zum Zoomen, oder zuerst in die Karte klicken",
            "Ctrl + molette pour zoomer, ou cliquez d'abord sur la carte",
        ],
        TextKey::WheelHintCmd => [
            "Use ⌘ + scroll to zoom the map, or click it first",
            "Usa ⌘ + rotella per lo zoom, o prima clicca sulla mappa",
            "⌘ + Mausrad zum Zoomen, oder zuerst in die Karte klicken",
            "⌘ + molette pour zoomer, ou cliquez d'abord sur la carte",
        ],
        TextKey::ClickRegion => [
            "Click for its networks, agreements and sources.",
            "Clicca per le sue reti, gli accordi e le fonti.",
            "Klicken für Netzwerke, Abkommen und Quellen.",
            "Cliquez pour ses réseaux, accords et sources.",
        ],
        TextKey::ClickNetwork => [
            "Click for its members and sources.",
            "Clicca per i membri e le fonti.",
            "Klicken für Mitglieder und Quellen.",
            "Cliquez pour ses membres et sources.",
        ],
        TextKey::ClickEdge => [
            "Click for every tie and its sources.",
            "Clicca per ogni legame e le sue fonti.",
            "Klicken für jede Verbindung und ihre Quellen.",
            "Cliquez pour chaque lien et ses sources.",
        ],
        TextKey::Estimated => ["estimated", "stimato", "geschätzt", "estimé"],
        TextKey::EstimatedTitle => [
            "Inferred, not stated by a source",
            "Dedotto, non affermato da una fonte",
            "Erschlossen, von keiner Quelle so angegeben",
            "Déduit, non affirmé par une source",
        ],
        TextKey::Details => ["Details", "Dettagli", "Einzelheiten", "Détails"],
        TextKey::CloseDetails => [
            "Close the details",
            "Chiudi i dettagli",
            "Einzelheiten schließen",
            "Fermer les détails",
        ],
        TextKey::CloseEscape => ["Close (Escape)", "Chiudi (Esc)", "Schließen (Escape)", "Fermer (Échap)"],
        TextKey::SourcesDisagree => [
            "Sources disagree",
            "Le fonti non concordano",
            "Die Quellen widersprechen sich",
            "Les sources divergent",
        ],
        TextKey::Eu => ["EU", "UE", "EU", "UE"],
        TextKey::OutsideEu => ["outside the EU", "fuori dall'UE", "außerhalb der EU", "hors de l'UE"],
        TextKey::OutsideNuts => ["outside NUTS", "fuori dalla NUTS", "außerhalb von NUTS", "hors NUTS"],
        TextKey::ApproxPosition => [
            "Its position on the map is approximate.",
            "La sua posizione sulla mappa è approssimativa.",
            "Ihre Lage auf der Karte ist ungefähr.",
            "Sa position sur la carte est approximative.",
        ],
        TextKey::NoTiesShown => [
            "No ties in the years and sectors shown.",
            "Nessun legame negli anni e settori mostrati.",
            "Keine Verbindungen in den gezeigten Jahren und Sektoren.",
            "Aucun lien pour les années et secteurs affichés.",
        ],
        TextKey::NoTiesBetween => [
            "No ties between them in the years and sectors shown.",
            "Nessun legame tra loro negli anni e settori mostrati.",
            "Keine Verbindungen zwischen ihnen in den gezeigten Jahren und Sektoren.",
            "Aucun lien entre elles pour les années et secteurs affichés.",
        ],
        TextKey::Agreements => ["Agreements", "Accordi", "Abkommen", "Accords"],
        TextKey::Presidencies => ["Presidencies", "Presidenze", "Vorsitze", "Présidences"],
        TextKey::TiedTo => [
            "Tied to, in the years shown",
            "Legata a, negli anni mostrati",
            "Verbunden mit, in den gezeigten Jahren",
            "Liée à, pour les années affichées",
        ],
        TextKey::FoundingMember => ["founding member", "membro fondatore", "Gründungsmitglied", "membre fondateur"],
        TextKey::Founder => ["founder", "fondatore", "Gründer", "fondateur"],
        TextKey::Associate => ["associate", "associato", "assoziiert", "associé"],
        TextKey::Observer => ["observer", "osservatore", "Beobachter", "observateur"],
        TextKey::With => ["With", "Con", "Mit", "Avec"],
        TextKey::Website => ["Website", "Sito web", "Webseite", "Site web"],
        TextKey::NotKnown => ["Not known: ", "Non noto: ", "Nicht bekannt: ", "Inconnu : "],
        TextKey::Members => ["Members", "Membri", "Mitglieder", "Membres"],
        TextKey::BothMembers => ["both members", "entrambe membri", "beide Mitglied", "toutes deux membres"],
        TextKey::DataProblemsTitle => [
            "The data file has problems",
            "Il file dei dati ha dei problemi",
            "Die Datendatei hat Fehler",
            "Le fichier de données a des problèmes",
        ],
        TextKey::FetchFailedTitle => [
            "The atlas could not fetch its data",
            "L'atlante non è riuscito a scaricare i dati",
            "Der Atlas konnte seine Daten nicht laden",
            "L'atlas n'a pas pu charger ses données",
        ],
        TextKey::File => ["File: ", "File: ", "Datei: ", "Fichier : "],
        TextKey::CheckTheFile => [
            "Check the file with ",
            "Controlla il file con ",
            "Prüfen Sie die Datei mit ",
            "Vérifiez le fichier avec ",
        ],
        TextKey::FixThenReload => [
            ", fix the lines above, then reload.",
            ", correggi le righe qui sopra, poi ricarica.",
            ", korrigieren Sie die Zeilen oben und laden Sie neu.",
            ", corrigez les lignes ci-dessus, puis rechargez.",
        ],
        TextKey::Reload => ["Reload", "Ricarica", "Neu laden", "Recharger"],
        TextKey::DiagnosticsInEnglish => [
            "The messages are written for the people who maintain the data file.",
            "I messaggi, in inglese, sono scritti per chi cura il file dei dati.",
            "Die Meldungen (auf Englisch) richten sich an die Pflegenden der Datendatei.",
            "Les messages, en anglais, s'adressent aux personnes qui tiennent le fichier de données.",
        ],
        TextKey::CouldNotBeUsed => [
            "could not be used",
            "non si è potuto usare",
            "konnte nicht verwendet werden",
            "n'a pas pu être utilisé",
        ],
        TextKey::ShowsOwnData => [
            ", so the atlas shows its own data instead.",
            ", quindi l'atlante mostra i propri dati.",
            ", daher zeigt der Atlas seine eigenen Daten.",
            ", l'atlas affiche donc ses propres données.",
        ],
        TextKey::PanicTitle => [
            "The atlas stopped working",
            "L'atlante si è fermato",
            "Der Atlas funktioniert nicht mehr",
            "L'atlas a cessé de fonctionner",
        ],
        TextKey::PanicText => [
            "Something went wrong inside the atlas. Reloading the page usually fixes it; the link keeps your view.",
            "Qualcosa non ha funzionato nell'atlante. Di solito basta ricaricare la pagina; il link conserva la tua vista.",
            "Im Atlas ist etwas schiefgegangen. Neu laden hilft meist; der Link behält Ihre Ansicht.",
            "Un problème est survenu dans l'atlas. Recharger la page suffit en général ; le lien garde votre vue.",
        ],
        TextKey::PanicReload => [
            "Reload the atlas",
            "Ricarica l'atlante",
            "Atlas neu laden",
            "Recharger l'atlas",
        ],
        TextKey::ViewMap => ["Map", "Mappa", "Karte", "Carte"],
        TextKey::ViewTable => ["Table", "Tabella", "Tabelle", "Tableau"],
        TextKey::ShowAs => ["Show as", "Mostra come", "Anzeigen als", "Afficher en"],
        TextKey::MapOfTies => ["Regions and their ties", "Le regioni e i loro legami", "Regionen und ihre Verbindungen", "Les régions et leurs liens"],
        TextKey::Present => ["Present", "Presenta", "Präsentieren", "Présenter"],
        TextKey::PresentThisView => ["Present this view", "Presenta questa vista", "Diese Ansicht präsentieren", "Présenter cette vue"],
        TextKey::PresentThisViewHint => ["Full screen, large type", "Schermo intero, testo grande", "Vollbild, große Schrift", "Plein écran, grands caractères"],
        TextKey::Stories => ["Stories", "Racconti", "Geschichten", "Récits"],
        TextKey::Steps => ["steps", "passi", "Schritte", "étapes"],
        TextKey::PresentKeysHint => ["Next step: Page Down, → or Space (a clicker's button). Back: Page Up or ←. Leave: Escape.", "Passo successivo: Pagina giù, → o Spazio (il tasto del telecomando). Indietro: Pagina su o ←. Uscita: Esc.", "Nächster Schritt: Bild ab, → oder Leertaste (die Taste des Presenters). Zurück: Bild auf oder ←. Beenden: Escape.", "Étape suivante : Page suivante, → ou Espace (le bouton de la télécommande). Retour : Page précédente ou ←. Quitter : Échap."],
        TextKey::PreviousStep => ["Previous step", "Passo precedente", "Vorheriger Schritt", "Étape précédente"],
        TextKey::NextStep => ["Next step", "Passo successivo", "Nächster Schritt", "Étape suivante"],
        TextKey::LeavePresentation => ["Leave presentation (Esc)", "Esci dalla presentazione (Esc)", "Präsentation beenden (Esc)", "Quitter la présentation (Échap)"],
        TextKey::StoryNotShown => ["This story could not be shown:", "Non è stato possibile mostrare questo racconto:", "Diese Geschichte konnte nicht gezeigt werden:", "Ce récit n'a pas pu être affiché :"],
        TextKey::MapRole => ["interactive map", "mappa interattiva", "interaktive Karte", "carte interactive"],
        TextKey::BrowseHint => ["Arrow keys move to the nearest region that way, Enter opens its details, Escape stops browsing", "Le frecce passano alla regione più vicina in quella direzione, Invio ne apre i dettagli, Esc termina l'esplorazione", "Pfeiltasten wechseln zur nächsten Region in dieser Richtung, Eingabe öffnet ihre Details, Escape beendet das Durchsuchen", "Les flèches passent à la région la plus proche dans cette direction, Entrée ouvre ses détails, Échap arrête le parcours"],
        TextKey::BrowseStopped => ["Stopped browsing regions; the arrow keys pan the map again.", "Esplorazione delle regioni terminata; le frecce spostano di nuovo la mappa.", "Durchsuchen beendet; die Pfeiltasten verschieben wieder die Karte.", "Parcours des régions terminé ; les flèches déplacent de nouveau la carte."],
        TextKey::Regions => ["Regions", "Regioni", "Regionen", "Régions"],
        TextKey::PairsOfRegions => ["Pairs of regions", "Coppie di regioni", "Regionenpaare", "Paires de régions"],
        TextKey::TableRows => ["Rows of the table", "Righe della tabella", "Zeilen der Tabelle", "Lignes du tableau"],
        TextKey::TableOfRegion => ["Only the ties of", "Solo i legami di", "Nur die Verbindungen von", "Seulement les liens de"],
        TextKey::TableOfNetwork => ["Only the members of", "Solo i membri di", "Nur die Mitglieder von", "Seulement les membres de"],
        TextKey::TableOfPair => ["Only the pair", "Solo la coppia", "Nur das Paar", "Seulement la paire"],
        TextKey::ShowEveryone => ["Show all regions", "Mostra tutte le regioni", "Alle Regionen zeigen", "Afficher toutes les régions"],
        TextKey::TiesTableCaption => ["Pairs of regions tied by a network or an agreement in the years and sectors shown; sort by a column with its header button.", "Coppie di regioni legate da una rete o da un accordo negli anni e nei settori mostrati; ordina con il pulsante in testa a ogni colonna.", "Regionenpaare, die in den gezeigten Jahren und Sektoren durch ein Netzwerk oder eine Vereinbarung verbunden sind; sortieren über die Schaltfläche im Spaltenkopf.", "Paires de régions liées par un réseau ou un accord dans les années et secteurs affichés ; triez avec le bouton en tête de colonne."],
        TextKey::RegionsTableCaption => ["Regions with at least one tie in the years and sectors shown; sort by a column with its header button.", "Regioni con almeno un legame negli anni e nei settori mostrati; ordina con il pulsante in testa a ogni colonna.", "Regionen mit mindestens einer Verbindung in den gezeigten Jahren und Sektoren; sortieren über die Schaltfläche im Spaltenkopf.", "Régions ayant au moins un lien dans les années et secteurs affichés ; triez avec le bouton en tête de colonne."],
        TextKey::ColRegion => ["Region", "Regione", "Region", "Région"],
        TextKey::ColPartner => ["Partner region", "Regione partner", "Partnerregion", "Région partenaire"],
        TextKey::ColTies => ["Ties", "Legami", "Verbindungen", "Liens"],
        TextKey::ColShared => ["Networks and agreements in common", "Reti e accordi in comune", "Gemeinsame Netzwerke und Vereinbarungen", "Réseaux et accords en commun"],
        TextKey::ColSince => ["Since", "Dal", "Seit", "Depuis"],
        TextKey::ColCountry => ["Country", "Paese", "Land", "Pays"],
        TextKey::ColPartners => ["Partners", "Partner", "Partner", "Partenaires"],
        TextKey::EstimatedShort => ["(estimated)", "(stimato)", "(geschätzt)", "(estimé)"],
        TextKey::ShowAllRows => ["Show all rows", "Mostra tutte le righe", "Alle Zeilen zeigen", "Afficher toutes les lignes"],
    }
}

/// The text of `key` in `lang`.
pub fn text(lang: Lang, key: TextKey) -> &'static str {
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
        for &key in TextKey::ALL {
            for lang in Lang::ALL {
                assert!(!text(lang, key).trim().is_empty(), "{key:?} in {lang:?}");
            }
        }
    }

    #[test]
    fn nothing_is_left_in_english_by_mistake() {
        for &key in TextKey::ALL {
            if SAME_ON_PURPOSE.contains(&key) {
                continue;
            }
            let english = text(Lang::En, key);
            for lang in [Lang::It, Lang::De, Lang::Fr] {
                // German and English share some words on purpose (Filter, Website would not).
                let allowed = matches!(
                    (key, lang),
                    (TextKey::Eu, Lang::De)
                        | (TextKey::File, Lang::It)
                        | (TextKey::ColRegion, Lang::De)
                );
                assert!(
                    allowed || text(lang, key) != english,
                    "{key:?} in {lang:?} is still the English {english:?}"
                );
            }
        }
    }
}
