<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>descry</name>
    <message>
        <source>%1 UTC  %2</source>
        <translation>%1 UTC  %2</translation>
    </message>
    <message>
        <source>evidence role must be &apos;probe&apos; or &apos;reference&apos;, not &apos;%1&apos;</source>
        <translation>Beweismittelrolle muss &apos;probe&apos; oder &apos;reference&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: evidence file is missing (%2)</source>
        <translation>%1: Beweismitteldatei fehlt (%2)</translation>
    </message>
    <message>
        <source>%1: evidence file has changed since it was loaded (%2; expected SHA-256 %3, found %4)</source>
        <translation>%1: Beweismitteldatei wurde seit dem Laden verändert (%2; erwartet SHA-256 %3, gefunden %4)</translation>
    </message>
    <message>
        <source>all concepts on</source>
        <translation>alle Konzepte aktiv</translation>
    </message>
    <message>
        <source>concepts off: %1</source>
        <translation>Konzepte deaktiviert: %1</translation>
    </message>
    <message>
        <source>analysis locked by %1</source>
        <translation>Analyse abgeschlossen durch %1</translation>
    </message>
    <message>
        <source>the analysis is locked; changes must be recorded as amendments</source>
        <translation>die Analyse ist abgeschlossen; Änderungen müssen als Nachträge erfasst werden</translation>
    </message>
    <message>
        <source>not a Descry case file (format &apos;%1&apos;, expected &apos;%2&apos;)</source>
        <translation>keine Descry-Falldatei (Format &apos;%1&apos;, erwartet &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>case: member &apos;result&apos; must be an object or null</source>
        <translation>Fall: Element &apos;result&apos; muss ein Objekt oder null sein</translation>
    </message>
    <message>
        <source>case: member &apos;what_if_disabled&apos; must list concept indices</source>
        <translation>Fall: Element &apos;what_if_disabled&apos; muss Konzeptindizes auflisten</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Face/Head Outline</source>
        <translation>Gesichts-/Kopfumriss</translation>
    </message>
    <message>
        <source>Face/Head Composition</source>
        <translation>Gesichts-/Kopfaufbau</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Haare</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Eyebrows</source>
        <translation>Augenbrauen</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Wangen</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <source>Ears</source>
        <translation>Ohren</translation>
    </message>
    <message>
        <source>Mouth</source>
        <translation>Mund</translation>
    </message>
    <message>
        <source>Chin/Jawline</source>
        <translation>Kinn/Kieferlinie</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Facial Hair</source>
        <translation>Gesichtsbehaarung</translation>
    </message>
    <message>
        <source>Facial Lines</source>
        <translation>Gesichtsfalten</translation>
    </message>
    <message>
        <source>Scars</source>
        <translation>Narben</translation>
    </message>
    <message>
        <source>Facial Marks</source>
        <translation>Gesichtsmerkmale</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Veränderungen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Ähnlich</translation>
    </message>
    <message>
        <source>Dissimilar</source>
        <translation>Unähnlich</translation>
    </message>
    <message>
        <source>Not assessable</source>
        <translation>Nicht beurteilbar</translation>
    </message>
    <message>
        <source>the analysis is locked; record an amendment to change &apos;%1&apos;</source>
        <translation>die Analyse ist abgeschlossen; erfassen Sie einen Nachtrag, um &apos;%1&apos; zu ändern</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;</source>
        <translation>unbekannte Komponente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the analysis is already locked</source>
        <translation>die Analyse ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>an examiner name is needed to lock the analysis</source>
        <translation>zum Abschließen der Analyse wird der Name des Sachverständigen benötigt</translation>
    </message>
    <message>
        <source>the analysis is not locked; edit &apos;%1&apos; directly</source>
        <translation>die Analyse ist nicht abgeschlossen; bearbeiten Sie &apos;%1&apos; direkt</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>ein Nachtrag benötigt eine Begründung</translation>
    </message>
    <message>
        <source>the amendment of &apos;%1&apos; changes nothing</source>
        <translation>der Nachtrag zu &apos;%1&apos; ändert nichts</translation>
    </message>
    <message>
        <source>examiner notes: %1</source>
        <translation>Notizen des Sachverständigen: %1</translation>
    </message>
    <message>
        <source>&apos;locked&apos; needs a UTC time, an examiner and a snapshot of every component</source>
        <translation>&apos;locked&apos; benötigt eine UTC-Zeit, einen Sachverständigen und einen Stand jeder Komponente</translation>
    </message>
    <message>
        <source>amendments found but the analysis is not locked</source>
        <translation>Nachträge vorhanden, aber die Analyse ist nicht abgeschlossen</translation>
    </message>
    <message>
        <source>amendment %1 is malformed or does not follow the recorded state</source>
        <translation>Nachtrag %1 ist fehlerhaft oder folgt nicht dem erfassten Stand</translation>
    </message>
    <message>
        <source>locked assessments differ from the lock-time record and its amendments</source>
        <translation>die abgeschlossenen Bewertungen weichen vom Stand beim Abschluss und dessen Nachträgen ab</translation>
    </message>
    <message>
        <source>cannot open for reading (%1)</source>
        <translation>kann nicht zum Lesen geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>hashing cancelled</source>
        <translation>Hash-Berechnung abgebrochen</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>Lesefehler (%1)</translation>
    </message>
    <message>
        <source>%1: member &apos;%2&apos; %3</source>
        <translation>%1: Element &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON object at top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>tensor error: %1</source>
        <translation>Tensorfehler: %1</translation>
    </message>
    <message>
        <source>image processing error: %1</source>
        <translation>Bildverarbeitungsfehler: %1</translation>
    </message>
    <message>
        <source>face library error: %1</source>
        <translation>Fehler der Gesichtsbibliothek: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source>unknown internal error</source>
        <translation>unbekannter interner Fehler</translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos;</source>
        <translation>unbekanntes Element &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; must be a non-empty string</source>
        <translation>Element &apos;%1&apos; muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; (&apos;%2&apos;) must be lower-case letters and digits separated by &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Element &apos;%1&apos; (&apos;%2&apos;) muss aus Kleinbuchstaben und Ziffern bestehen, getrennt durch &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; item #%2 must be an object</source>
        <translation>Element &apos;%1&apos;, Eintrag Nr. %2 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; must be a non-empty array</source>
        <translation>Element &apos;%1&apos; muss ein nicht leeres Array sein</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation>nicht unterstütztes Format &apos;%1&apos; (erwartet &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>component #%1</source>
        <translation>Komponente Nr. %1</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>doppelte ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>component &apos;%1&apos;</source>
        <translation>Komponente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>, measurement</source>
        <translation>, Messung</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is already measured by characteristic &apos;%2&apos;</source>
        <translation>Größe &apos;%1&apos; wird bereits durch Merkmal &apos;%2&apos; gemessen</translation>
    </message>
    <message>
        <source>, characteristic #%1</source>
        <translation>, Merkmal Nr. %1</translation>
    </message>
    <message>
        <source>, characteristic &apos;%1&apos;</source>
        <translation>, Merkmal &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;descriptors&apos; must hold at least 2 descriptors (it holds %1)</source>
        <translation>Element &apos;descriptors&apos; muss mindestens 2 Deskriptoren enthalten (enthält %1)</translation>
    </message>
    <message>
        <source>, descriptor #%1</source>
        <translation>, Deskriptor Nr. %1</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must be &apos;%2&lt;grade name&gt;&apos;</source>
        <translation>ID &apos;%1&apos; muss &apos;%2&lt;Stufenname&gt;&apos; lauten</translation>
    </message>
    <message>
        <source>member &apos;prompts&apos; must be a non-empty array of strings</source>
        <translation>Element &apos;prompts&apos; muss ein nicht leeres Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>member &apos;prompts&apos; item #%1 is empty</source>
        <translation>Element &apos;prompts&apos;, Eintrag Nr. %1 ist leer</translation>
    </message>
    <message>
        <source>a measured characteristic needs a &apos;grade&apos; on every descriptor</source>
        <translation>ein gemessenes Merkmal benötigt bei jedem Deskriptor eine &apos;grade&apos;</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; is missing although other descriptors of the characteristic have one</source>
        <translation>Element &apos;grade&apos; fehlt, obwohl andere Deskriptoren des Merkmals eine haben</translation>
    </message>
    <message>
        <source>grade %1 must be greater than grade %2 of descriptor #%3 (grades increase strictly)</source>
        <translation>Stufe %1 muss größer sein als Stufe %2 von Deskriptor Nr. %3 (Stufen steigen streng an)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected &apos;npm PACKAGE@VERSION FOLDER TARBALL SHA256&apos;</source>
        <translation>erwartet &apos;npm PACKAGE@VERSION FOLDER TARBALL SHA256&apos;</translation>
    </message>
    <message>
        <source>expected &apos;%1 PATH SHA256%2&apos;</source>
        <translation>erwartet &apos;%1 PATH SHA256%2&apos;</translation>
    </message>
    <message>
        <source>unknown entry kind &apos;%1&apos;</source>
        <translation>unbekannte Eintragsart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>built-in asset lock missing</source>
        <translation>integrierte Asset-Sperrdatei fehlt</translation>
    </message>
    <message>
        <source>model asset missing; run packaging/setup.sh</source>
        <translation>Modell-Asset fehlt; führen Sie packaging/setup.sh aus</translation>
    </message>
    <message>
        <source>model asset fails its SHA-256 check (expected %1)</source>
        <translation>Modell-Asset besteht die SHA-256-Prüfung nicht (erwartet %1)</translation>
    </message>
    <message>
        <source>no pinned asset named &apos;%1&apos;</source>
        <translation>kein festgelegtes Asset namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the reference BLAS is in use (~30x slower): install libopenblas0-pthread</source>
        <translation>die Referenz-BLAS wird verwendet (~30x langsamer): installieren Sie libopenblas0-pthread</translation>
    </message>
    <message>
        <source>could not identify the BLAS library in use</source>
        <translation>die verwendete BLAS-Bibliothek konnte nicht ermittelt werden</translation>
    </message>
    <message>
        <source>LibTorch runs with 1 intra-op thread on a %1-core machine</source>
        <translation>LibTorch läuft mit 1 Intra-Op-Thread auf einem Rechner mit %1 Kernen</translation>
    </message>
    <message>
        <source>intra-op threads (%1) differ from cores (%2)</source>
        <translation>Intra-Op-Threads (%1) weichen von den Kernen (%2) ab</translation>
    </message>
    <message>
        <source>Descry doctor</source>
        <translation>Descry-Diagnose</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>float32 GEMM %1x%1: %2 GFLOP/s</source>
        <translation>float32-GEMM %1x%1: %2 GFLOP/s</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>intra-op %1, cores %2</source>
        <translation>Intra-Op %1, Kerne %2</translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <translation>Assets (%1)</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>probabilities and labels differ in number</source>
        <translation>Anzahl der Wahrscheinlichkeiten und Labels stimmt nicht überein</translation>
    </message>
    <message>
        <source>labels must be 0 or 1</source>
        <translation>Labels müssen 0 oder 1 sein</translation>
    </message>
    <message>
        <source>a probability is not finite</source>
        <translation>eine Wahrscheinlichkeit ist nicht endlich</translation>
    </message>
    <message>
        <source>chest X-ray decomposition: %1 scores, %2 weights (expected %3) and %4 biases</source>
        <translation>Thorax-Röntgen-Zerlegung: %1 Scores, %2 Gewichte (erwartet %3) und %4 Biaswerte</translation>
    </message>
    <message>
        <source>face what-if: %1 mask entries for %2 descriptors</source>
        <translation>Gesichts-Was-wäre-wenn: %1 Maskeneinträge für %2 Deskriptoren</translation>
    </message>
    <message>
        <source>weights manifest lacks weight &apos;%1&apos;</source>
        <translation>im Gewichtsmanifest fehlt das Gewicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has shape %2, expected %3</source>
        <translation>Gewicht &apos;%1&apos; hat die Form %2, erwartet %3</translation>
    </message>
    <message>
        <source>chip %1 is an empty image</source>
        <translation>Ausschnitt %1 ist ein leeres Bild</translation>
    </message>
    <message>
        <source>chip %1 is %2x%3; expected an aligned %4x%4 chip</source>
        <translation>Ausschnitt %1 ist %2x%3; erwartet wird ein ausgerichteter Ausschnitt von %4x%4</translation>
    </message>
    <message>
        <source>expected a 68-point shape predictor</source>
        <translation>erwartet wird ein Formprädiktor mit 68 Punkten</translation>
    </message>
    <message>
        <source>empty image</source>
        <translation>leeres Bild</translation>
    </message>
    <message>
        <source>eyes only %1 px apart (need at least %2)</source>
        <translation>Augen nur %1 px voneinander entfernt (mindestens %2 erforderlich)</translation>
    </message>
    <message>
        <source>head turned about %1 degrees (limit %2)</source>
        <translation>Kopf um etwa %1 Grad gedreht (Grenzwert %2)</translation>
    </message>
    <message>
        <source>image too blurred (sharpness %1, need %2)</source>
        <translation>Bild zu unscharf (Schärfe %1, benötigt %2)</translation>
    </message>
    <message>
        <source>weights manifest: an entry has no name</source>
        <translation>Gewichtsmanifest: ein Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has unsupported dtype &apos;%2&apos;</source>
        <translation>Gewichtsmanifest: Gewicht &apos;%1&apos; hat den nicht unterstützten Datentyp &apos;%2&apos;</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has no shape</source>
        <translation>Gewichtsmanifest: Gewicht &apos;%1&apos; hat keine Form</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has a bad shape</source>
        <translation>Gewichtsmanifest: Gewicht &apos;%1&apos; hat eine ungültige Form</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; lacks quantization scale/min</source>
        <translation>Gewichtsmanifest: Gewicht &apos;%1&apos; fehlen Quantisierungsskala/-minimum</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has unsupported quantization &apos;%2&apos;</source>
        <translation>Gewichtsmanifest: Gewicht &apos;%1&apos; hat die nicht unterstützte Quantisierung &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read weights manifest: %1</source>
        <translation>Gewichtsmanifest kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>weights manifest is not valid JSON: %1</source>
        <translation>Gewichtsmanifest ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>weights manifest must be a non-empty array of weight groups</source>
        <translation>Gewichtsmanifest muss ein nicht leeres Array von Gewichtsgruppen sein</translation>
    </message>
    <message>
        <source>weights manifest: a group has no &apos;weights&apos; array</source>
        <translation>Gewichtsmanifest: eine Gruppe hat kein Array &apos;weights&apos;</translation>
    </message>
    <message>
        <source>cannot read weights: %1</source>
        <translation>Gewichte können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>weights file has %1 bytes but its manifest describes %2 (truncated or mismatched)</source>
        <translation>Gewichtsdatei hat %1 Bytes, ihr Manifest beschreibt jedoch %2 (abgeschnitten oder nicht zugehörig)</translation>
    </message>
    <message>
        <source>weights manifest lists weight &apos;%1&apos; twice</source>
        <translation>Gewichtsmanifest listet Gewicht &apos;%1&apos; zweimal auf</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>cannot decode image (%1)</source>
        <translation>Bild kann nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>concept head input: %1</source>
        <translation>Eingabe des Konzeptkopfs: %1</translation>
    </message>
    <message>
        <source>descriptor embeddings hold %1 values, expected %2 × %3</source>
        <translation>Deskriptor-Embeddings enthalten %1 Werte, erwartet %2 × %3</translation>
    </message>
    <message>
        <source>neither an embedding nor direct scores given</source>
        <translation>weder ein Embedding noch direkte Scores angegeben</translation>
    </message>
    <message>
        <source>no concept head module</source>
        <translation>kein Konzeptkopf-Modul</translation>
    </message>
    <message>
        <source>catalog has no measurable descriptors</source>
        <translation>Katalog hat keine messbaren Deskriptoren</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing (manifest.json lists it)</source>
        <translation>Tensor &apos;%1&apos; fehlt (manifest.json führt ihn auf)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, manifest says %3</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2, laut Manifest %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not listed in manifest.json</source>
        <translation>Tensor &apos;%1&apos; ist nicht in manifest.json aufgeführt</translation>
    </message>
    <message>
        <source>listed in manifest.json but missing</source>
        <translation>in manifest.json aufgeführt, aber nicht vorhanden</translation>
    </message>
    <message>
        <source>is a broken symbolic link</source>
        <translation>ist ein defekter symbolischer Link</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>resolves outside the pack folder</source>
        <translation>verweist auf einen Ort außerhalb des Paketordners</translation>
    </message>
    <message>
        <source>model pack folder not found</source>
        <translation>Modellpaketordner nicht gefunden</translation>
    </message>
    <message>
        <source>missing: the folder is not a model pack</source>
        <translation>fehlt: der Ordner ist kein Modellpaket</translation>
    </message>
    <message>
        <source>SHA-256 mismatch (file modified or corrupt)</source>
        <translation>SHA-256 stimmt nicht überein (Datei verändert oder beschädigt)</translation>
    </message>
    <message>
        <source>present but not listed in manifest.json (ignored)</source>
        <translation>vorhanden, aber nicht in manifest.json aufgeführt (ignoriert)</translation>
    </message>
    <message>
        <source>zipped packs are not supported yet: unzip it and give the folder</source>
        <translation>gezippte Pakete werden noch nicht unterstützt: entpacken Sie es und geben Sie den Ordner an</translation>
    </message>
    <message>
        <source>not a model pack (expected a pack folder or its manifest.json)</source>
        <translation>kein Modellpaket (erwartet wird ein Paketordner oder dessen manifest.json)</translation>
    </message>
    <message>
        <source>model pack not found (no such folder, and no pack of that name in: %1)</source>
        <translation>Modellpaket nicht gefunden (kein solcher Ordner und kein Paket dieses Namens in: %1)</translation>
    </message>
    <message>
        <source>not a tensor file of this pack (manifest.json lists no tensors for it)</source>
        <translation>keine Tensordatei dieses Pakets (manifest.json führt für sie keine Tensoren auf)</translation>
    </message>
    <message>
        <source>cannot be written into a pack: %1</source>
        <translation>kann nicht in ein Paket geschrieben werden: %1</translation>
    </message>
    <message>
        <source>given both as a tensor file and as another file</source>
        <translation>sowohl als Tensordatei als auch als andere Datei angegeben</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>%1: member &apos;sources&apos; must not be empty</source>
        <translation>%1: Element &apos;sources&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: member &apos;files&apos; must be an array of strings</source>
        <translation>%1: Element &apos;files&apos; muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>files: &apos;%1&apos;: %2</source>
        <translation>files: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>files: &apos;%1&apos;: value must be a 64-digit hex SHA-256</source>
        <translation>files: &apos;%1&apos;: Wert muss ein 64-stelliger hexadezimaler SHA-256 sein</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos; is not listed in &apos;files&apos;</source>
        <translation>tensors: &apos;%1&apos; ist nicht in &apos;files&apos; aufgeführt</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos; must map tensor names to shapes</source>
        <translation>tensors: &apos;%1&apos; muss Tensornamen auf Formen abbilden</translation>
    </message>
    <message>
        <source>tensors: no entry for &apos;%1&apos; (expected tensor names and shapes)</source>
        <translation>tensors: kein Eintrag für &apos;%1&apos; (erwartet werden Tensornamen und Formen)</translation>
    </message>
    <message>
        <source>head: &apos;alpha&apos; must lie in [0, 1], not %1</source>
        <translation>head: &apos;alpha&apos; muss in [0, 1] liegen, nicht %1</translation>
    </message>
    <message>
        <source>head: &apos;tau&apos; must be positive, not %1</source>
        <translation>head: &apos;tau&apos; muss positiv sein, nicht %1</translation>
    </message>
    <message>
        <source>manifest: member &apos;calibration&apos; is missing (a face pack needs a threshold)</source>
        <translation>Manifest: Element &apos;calibration&apos; fehlt (ein Gesichtspaket benötigt einen Schwellenwert)</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>backslashes are not allowed (use &apos;/&apos;)</source>
        <translation>Backslashes sind nicht erlaubt (verwenden Sie &apos;/&apos;)</translation>
    </message>
    <message>
        <source>absolute paths are not allowed</source>
        <translation>absolute Pfade sind nicht erlaubt</translation>
    </message>
    <message>
        <source>&apos;..&apos; would leave the pack folder</source>
        <translation>&apos;..&apos; würde den Paketordner verlassen</translation>
    </message>
    <message>
        <source>malformed path (empty or &apos;.&apos; component)</source>
        <translation>fehlerhafter Pfad (leere oder &apos;.&apos;-Komponente)</translation>
    </message>
    <message>
        <source>the manifest cannot list itself</source>
        <translation>das Manifest kann sich nicht selbst auflisten</translation>
    </message>
    <message>
        <source>unsupported pack format &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation>nicht unterstütztes Paketformat &apos;%1&apos; (erwartet &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>manifest: member &apos;%1&apos; is empty</source>
        <translation>Manifest: Element &apos;%1&apos; ist leer</translation>
    </message>
    <message>
        <source>manifest: unknown task &apos;%1&apos; (expected one of: %2)</source>
        <translation>Manifest: unbekannte Aufgabe &apos;%1&apos; (erwartet eine von: %2)</translation>
    </message>
    <message>
        <source>descriptors: &apos;sha256&apos; must be a 64-digit hex SHA-256</source>
        <translation>descriptors: &apos;sha256&apos; muss ein 64-stelliger hexadezimaler SHA-256 sein</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: header entry is not an object</source>
        <translation>Tensor &apos;%1&apos;: Header-Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: missing or non-string &apos;dtype&apos;</source>
        <translation>Tensor &apos;%1&apos;: &apos;dtype&apos; fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: unknown dtype &apos;%2&apos;</source>
        <translation>Tensor &apos;%1&apos;: unbekannter Datentyp &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: missing or non-array &apos;shape&apos;</source>
        <translation>Tensor &apos;%1&apos;: &apos;shape&apos; fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape must hold non-negative integers</source>
        <translation>Tensor &apos;%1&apos;: Form muss nicht negative ganze Zahlen enthalten</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: &apos;data_offsets&apos; must be two non-negative integers</source>
        <translation>Tensor &apos;%1&apos;: &apos;data_offsets&apos; müssen zwei nicht negative ganze Zahlen sein</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: data_offsets [%2, %3] are reversed</source>
        <translation>Tensor &apos;%1&apos;: data_offsets [%2, %3] sind vertauscht</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape %2 of dtype %3 needs %4 bytes but data_offsets [%5, %6] span %7</source>
        <translation>Tensor &apos;%1&apos;: Form %2 mit Datentyp %3 benötigt %4 Bytes, data_offsets [%5, %6] umfassen jedoch %7</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>zu viele</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: data_offsets [%2, %3] run past the end of the data (%4 bytes; file truncated?)</source>
        <translation>Tensor &apos;%1&apos;: data_offsets [%2, %3] reichen über das Ende der Daten hinaus (%4 Bytes; Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>not a safetensors file: %1 bytes, shorter than the 8-byte header length</source>
        <translation>keine safetensors-Datei: %1 Bytes, kürzer als die 8-Byte-Headerlänge</translation>
    </message>
    <message>
        <source>not a safetensors file: implausible header length %1</source>
        <translation>keine safetensors-Datei: unplausible Headerlänge %1</translation>
    </message>
    <message>
        <source>header length %1 exceeds the file size (%2 bytes; file truncated?)</source>
        <translation>Headerlänge %1 übersteigt die Dateigröße (%2 Bytes; Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>Header ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>header is not valid JSON (%1 at byte %2)</source>
        <translation>Header ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>&apos;__metadata__&apos; must map strings to strings</source>
        <translation>&apos;__metadata__&apos; muss Zeichenketten auf Zeichenketten abbilden</translation>
    </message>
    <message>
        <source>tensors &apos;%1&apos; and &apos;%2&apos; overlap in the data buffer</source>
        <translation>Tensoren &apos;%1&apos; und &apos;%2&apos; überlappen im Datenpuffer</translation>
    </message>
    <message>
        <source>%1 bytes before tensor &apos;%2&apos; belong to no tensor (gap in the data buffer)</source>
        <translation>%1 Bytes vor Tensor &apos;%2&apos; gehören zu keinem Tensor (Lücke im Datenpuffer)</translation>
    </message>
    <message>
        <source>%1 bytes of trailing data after the last tensor</source>
        <translation>%1 Bytes überzählige Daten nach dem letzten Tensor</translation>
    </message>
    <message>
        <source>invalid tensor name &apos;%1&apos;</source>
        <translation>ungültiger Tensorname &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: %2 bytes do not fit shape %3 of dtype %4</source>
        <translation>Tensor &apos;%1&apos;: %2 Bytes passen nicht zu Form %3 mit Datentyp %4</translation>
    </message>
    <message>
        <source>metadata value &apos;%1&apos; is not a string</source>
        <translation>Metadatenwert &apos;%1&apos; ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>invalid concept head configuration: %1</source>
        <translation>ungültige Konfiguration des Konzeptkopfs: %1</translation>
    </message>
    <message>
        <source>comparison cancelled</source>
        <translation>Vergleich abgebrochen</translation>
    </message>
    <message>
        <source>Analysing the probe</source>
        <translation>Fragebild wird analysiert</translation>
    </message>
    <message>
        <source>Analysing the reference</source>
        <translation>Referenzbild wird analysiert</translation>
    </message>
    <message>
        <source>Scoring descriptors</source>
        <translation>Deskriptoren werden bewertet</translation>
    </message>
    <message>
        <source>probe: %1</source>
        <translation>Fragebild: %1</translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation>Referenzbild: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>The comparison is inconclusive because of image quality: %1.</source>
        <translation>Der Vergleich ist wegen der Bildqualität nicht eindeutig: %1.</translation>
    </message>
    <message>
        <source>The model&apos;s score %1 is at or above the calibrated threshold %2: the faces are scored as the same person.</source>
        <translation>Der Score des Modells %1 liegt auf oder über dem kalibrierten Schwellenwert %2: die Gesichter werden als dieselbe Person bewertet.</translation>
    </message>
    <message>
        <source>The model&apos;s score %1 is below the calibrated threshold %2: the faces are scored as different people.</source>
        <translation>Der Score des Modells %1 liegt unter dem kalibrierten Schwellenwert %2: die Gesichter werden als verschiedene Personen bewertet.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): both faces show &quot;%4&quot; (%5 vs %6), adding %7 to the score.</source>
        <translation>%1 – %2 (%3): beide Gesichter zeigen „%4“ (%5 gegenüber %6), was %7 zum Score beiträgt.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): the probe shows &quot;%4&quot; but the reference shows &quot;%5&quot; (overlap %6).</source>
        <translation>%1 – %2 (%3): das Fragebild zeigt „%4“, das Referenzbild jedoch „%5“ (Überlappung %6).</translation>
    </message>
    <message>
        <source>No single characteristic differs clearly; the score is low because many small differences add up.</source>
        <translation>Kein einzelnes Merkmal unterscheidet sich deutlich; der Score ist niedrig, weil sich viele kleine Unterschiede summieren.</translation>
    </message>
    <message>
        <source>The black-box baseline (dlib ResNet) scores %1 against its threshold %2 (%3)%4.</source>
        <translation>Die Black-Box-Vergleichsbasis (dlib ResNet) erreicht %1 gegenüber ihrem Schwellenwert %2 (%3)%4.</translation>
    </message>
    <message>
        <source>, which disagrees with the explainable model</source>
        <translation>, was dem erklärbaren Modell widerspricht</translation>
    </message>
    <message>
        <source>line %1: expected &apos;path1,path2,same&apos;</source>
        <translation>Zeile %1: erwartet &apos;path1,path2,same&apos;</translation>
    </message>
    <message>
        <source>line %1: &apos;same&apos; must be 0 or 1</source>
        <translation>Zeile %1: &apos;same&apos; muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>no pairs found</source>
        <translation>keine Paare gefunden</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>Verifikation abgebrochen</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (fonts and painting)</source>
        <translation>PDF-Berichte benötigen eine QGuiApplication (Schriften und Zeichnen)</translation>
    </message>
    <message>
        <source>cannot start painting the PDF report</source>
        <translation>Zeichnen des PDF-Berichts kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>faces folder not found</source>
        <translation>Gesichterordner nicht gefunden</translation>
    </message>
    <message>
        <source>feature extraction cancelled</source>
        <translation>Merkmalsextraktion abgebrochen</translation>
    </message>
    <message>
        <source>head training: %1</source>
        <translation>Training des Kopfs: %1</translation>
    </message>
    <message>
        <source>face decomposition: %1 probe scores but %2 reference scores</source>
        <translation>Gesichtszerlegung: %1 Fragebild-Scores, aber %2 Referenz-Scores</translation>
    </message>
    <message>
        <source>face decomposition: the aggregation matrix (%1 values) does not have %2 rows</source>
        <translation>Gesichtszerlegung: die Aggregationsmatrix (%1 Werte) hat nicht %2 Zeilen</translation>
    </message>
    <message>
        <source>face decomposition: the bias has %1 values, expected %2</source>
        <translation>Gesichtszerlegung: der Bias hat %1 Werte, erwartet %2</translation>
    </message>
    <message>
        <source>%1 embeddings but %2 direct score vectors</source>
        <translation>%1 Embeddings, aber %2 Vektoren direkter Scores</translation>
    </message>
    <message>
        <source>this head takes no image embedding</source>
        <translation>dieser Kopf nimmt kein Bild-Embedding entgegen</translation>
    </message>
    <message>
        <source>this head takes no direct scores</source>
        <translation>dieser Kopf nimmt keine direkten Scores entgegen</translation>
    </message>
    <message>
        <source>an embedding has %1 values (expected %2 finite values)</source>
        <translation>ein Embedding hat %1 Werte (erwartet %2 endliche Werte)</translation>
    </message>
    <message>
        <source>a direct score vector has %1 values (expected %2 finite values)</source>
        <translation>ein Vektor direkter Scores hat %1 Werte (erwartet %2 endliche Werte)</translation>
    </message>
    <message>
        <source>the concept head&apos;s descriptor embeddings are not loaded</source>
        <translation>die Deskriptor-Embeddings des Konzeptkopfs sind nicht geladen</translation>
    </message>
    <message>
        <source>the aggregated width m must be at least 1</source>
        <translation>die aggregierte Breite m muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>the embedding width and the number of direct scores must not be negative</source>
        <translation>die Embedding-Breite und die Anzahl direkter Scores dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>there are no concepts (groupOf is empty)</source>
        <translation>es gibt keine Konzepte (groupOf ist leer)</translation>
    </message>
    <message>
        <source>%1 direct scores but only %2 concepts</source>
        <translation>%1 direkte Scores, aber nur %2 Konzepte</translation>
    </message>
    <message>
        <source>%1 descriptor concepts need an embedding width d &gt; 0</source>
        <translation>%1 Deskriptorkonzepte benötigen eine Embedding-Breite d &gt; 0</translation>
    </message>
    <message>
        <source>reduction r = %1 does not fit embedding width d = %2</source>
        <translation>Reduktion r = %1 passt nicht zur Embedding-Breite d = %2</translation>
    </message>
    <message>
        <source>the temperature tau must be positive</source>
        <translation>die Temperatur tau muss positiv sein</translation>
    </message>
    <message>
        <source>alpha must lie in [0, 1]</source>
        <translation>alpha muss in [0, 1] liegen</translation>
    </message>
    <message>
        <source>group ids must not be negative</source>
        <translation>Gruppen-IDs dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>group id %1 is unused (ids must be 0..G−1)</source>
        <translation>Gruppen-ID %1 wird nicht verwendet (IDs müssen 0..G−1 sein)</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos; (expected %2)</source>
        <translation>&apos;%1&apos; fehlt (erwartet %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has shape %2, expected %3</source>
        <translation>&apos;%1&apos; hat die Form %2, erwartet %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a floating-point tensor</source>
        <translation>&apos;%1&apos; ist kein Gleitkomma-Tensor</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds non-finite values</source>
        <translation>&apos;%1&apos; enthält nicht endliche Werte</translation>
    </message>
    <message>
        <source>&apos;T&apos; has a zero row</source>
        <translation>&apos;T&apos; hat eine Nullzeile</translation>
    </message>
    <message>
        <source>&apos;alpha&apos; = %1 lies outside [0, 1]</source>
        <translation>&apos;alpha&apos; = %1 liegt außerhalb von [0, 1]</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>head tensors do not match the head configuration: %1</source>
        <translation>Tensoren des Kopfs passen nicht zur Kopfkonfiguration: %1</translation>
    </message>
    <message>
        <source>no head</source>
        <translation>kein Kopf</translation>
    </message>
    <message>
        <source>labels must be a non-empty vector</source>
        <translation>Labels müssen ein nicht leerer Vektor sein</translation>
    </message>
    <message>
        <source>embeddings must be %1 × %2</source>
        <translation>Embeddings müssen %1 × %2 sein</translation>
    </message>
    <message>
        <source>direct scores must be %1 × %2</source>
        <translation>direkte Scores müssen %1 × %2 sein</translation>
    </message>
    <message>
        <source>the head&apos;s descriptor embeddings are not set</source>
        <translation>die Deskriptor-Embeddings des Kopfs sind nicht gesetzt</translation>
    </message>
    <message>
        <source>epochs, batch size and learning rate must be positive</source>
        <translation>Epochen, Batchgröße und Lernrate müssen positiv sein</translation>
    </message>
    <message>
        <source>labels must lie in 0..%1</source>
        <translation>Labels müssen in 0..%1 liegen</translation>
    </message>
    <message>
        <source>the training inputs hold non-finite values</source>
        <translation>die Trainingseingaben enthalten nicht endliche Werte</translation>
    </message>
    <message>
        <source>head training cancelled</source>
        <translation>Training des Kopfs abgebrochen</translation>
    </message>
    <message>
        <source>head training diverged (loss %1 in epoch %2)</source>
        <translation>Training des Kopfs divergiert (Verlust %1 in Epoche %2)</translation>
    </message>
    <message>
        <source>scores, labels and folds differ in number</source>
        <translation>Anzahl der Scores, Labels und Folds stimmt nicht überein</translation>
    </message>
    <message>
        <source>a score is not finite</source>
        <translation>ein Score ist nicht endlich</translation>
    </message>
    <message>
        <source>pair labels must be 0 or 1</source>
        <translation>Paar-Labels müssen 0 oder 1 sein</translation>
    </message>
    <message>
        <source>fold numbers must lie in 0..9</source>
        <translation>Fold-Nummern müssen in 0..9 liegen</translation>
    </message>
    <message>
        <source>no pairs</source>
        <translation>keine Paare</translation>
    </message>
    <message>
        <source>both genuine and impostor pairs are needed for AUC and TAR at FAR</source>
        <translation>für AUC und TAR bei FAR werden sowohl Genuine- als auch Impostor-Paare benötigt</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <source> (default: %1)</source>
        <translation> (Standard: %1)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (erforderlich)</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (wiederholbar)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer der Werte %1</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number &gt; %1 and &lt;= %2</source>
        <translation>eine Zahl &gt; %1 und &lt;= %2</translation>
    </message>
    <message>
        <source>a number &gt; %1</source>
        <translation>eine Zahl &gt; %1</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number &gt;= %1</source>
        <translation>eine Zahl &gt;= %1</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &apos;%3&apos;</source>
        <translation>--%1 muss %2 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>descry-cli: internal error: option --%1 is not declared</source>
        <translation>descry-cli: interner Fehler: Option --%1 ist nicht deklariert</translation>
    </message>
    <message>
        <source>descry-cli: internal error: --%1&apos;s declared range exceeds its type</source>
        <translation>descry-cli: interner Fehler: der deklarierte Wertebereich von --%1 überschreitet seinen Typ</translation>
    </message>
    <message>
        <source>usage: %1
</source>
        <translation>Aufruf: %1
</translation>
    </message>
    <message>
        <source>
arguments:
</source>
        <translation>
Argumente:
</translation>
    </message>
    <message>
        <source>
options:
</source>
        <translation>
Optionen:
</translation>
    </message>
    <message>
        <source>%1: %2 (usage: %3)</source>
        <translation>%1: %2 (Aufruf: %3)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>Option &apos;--%1&apos; nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation>Option &apos;--%1&apos; benötigt einen Wert (%2)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; given more than once</source>
        <translation>Option &apos;--%1&apos; mehrfach angegeben</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; is required</source>
        <translation>Option &apos;--%1&apos; ist erforderlich</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>Aufruffehler</translation>
    </message>
    <message>
        <source>input error (unreadable or corrupt file, no face found)</source>
        <translation>Eingabefehler (Datei unlesbar oder beschädigt, kein Gesicht gefunden)</translation>
    </message>
    <message>
        <source>model or pack error</source>
        <translation>Modell- oder Paketfehler</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>interner Fehler</translation>
    </message>
    <message>
        <source>usage: descry-cli COMMAND [ARGUMENTS] [OPTIONS]
&apos;descry-cli COMMAND --help&apos; or &apos;descry-cli help COMMAND&apos; shows a command&apos;s options.
</source>
        <translation>Aufruf: descry-cli COMMAND [ARGUMENTS] [OPTIONS]
&apos;descry-cli COMMAND --help&apos; oder &apos;descry-cli help COMMAND&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>
commands:
</source>
        <translation>
Befehle:
</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>Version ausgeben und beenden</translation>
    </message>
    <message>
        <source>
exit codes:
</source>
        <translation>
Exit-Codes:
</translation>
    </message>
    <message>
        <source>usage: descry-cli %1 %2 ...
</source>
        <translation>Aufruf: descry-cli %1 %2 ...
</translation>
    </message>
    <message>
        <source>
subcommands:
</source>
        <translation>
Unterbefehle:
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try &apos;descry-cli help&apos;)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe &apos;descry-cli help&apos;)</translation>
    </message>
    <message>
        <source>list the commands, or show one command&apos;s arguments and options</source>
        <translation>die Befehle auflisten oder Argumente und Optionen eines Befehls anzeigen</translation>
    </message>
    <message>
        <source>a command, e.g. &apos;compare&apos; or &apos;train face&apos;</source>
        <translation>ein Befehl, z. B. &apos;compare&apos; oder &apos;train face&apos;</translation>
    </message>
    <message>
        <source>print the declarations (arguments, options) as one JSON object</source>
        <translation>die Deklarationen (Argumente, Optionen) als ein JSON-Objekt ausgeben</translation>
    </message>
    <message>
        <source>%1: missing subcommand (expected %2)</source>
        <translation>%1: Unterbefehl fehlt (erwartet %2)</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos; (expected %3)</source>
        <translation>%1: unbekannter Unterbefehl &apos;%2&apos; (erwartet %3)</translation>
    </message>
    <message>
        <source>no command given (try &apos;descry-cli help&apos;)</source>
        <translation>kein Befehl angegeben (siehe &apos;descry-cli help&apos;)</translation>
    </message>
    <message>
        <source>print one JSON object on stdout instead of text</source>
        <translation>ein JSON-Objekt statt Text auf stdout ausgeben</translation>
    </message>
    <message>
        <source>model pack: a folder, its manifest.json or an installed pack name</source>
        <translation>Modellpaket: ein Ordner, dessen manifest.json oder der Name eines installierten Pakets</translation>
    </message>
    <message>
        <source>Decision: %1  (score %2, threshold %3)
</source>
        <translation>Entscheidung: %1  (Score %2, Schwellenwert %3)
</translation>
    </message>
    <message>
        <source>  inconclusive: %1
</source>
        <translation>  nicht eindeutig: %1
</translation>
    </message>
    <message>
        <source>  [disagrees]</source>
        <translation>  [widerspricht]</translation>
    </message>
    <message>
        <source>
Top characteristics by contribution:
</source>
        <translation>
Merkmale mit den größten Beiträgen:
</translation>
    </message>
    <message>
        <source>  %1 %2  %3 / %4 (%5): probe &quot;%6&quot;, reference &quot;%7&quot;
</source>
        <translation>  %1 %2  %3 / %4 (%5): Fragebild „%6“, Referenzbild „%7“
</translation>
    </message>
    <message>
        <source>
Residual of the decomposition: %1
</source>
        <translation>
Residuum der Zerlegung: %1
</translation>
    </message>
    <message>
        <source>Time: %1 ms (pack load %2 ms)
</source>
        <translation>Zeit: %1 ms (Laden des Pakets %2 ms)
</translation>
    </message>
    <message>
        <source>compare two face photos: decision, score and its exact per-characteristic explanation</source>
        <translation>zwei Gesichtsfotos vergleichen: Entscheidung, Score und dessen exakte Erklärung je Merkmal</translation>
    </message>
    <message>
        <source>the questioned photo</source>
        <translation>das Fragebild</translation>
    </message>
    <message>
        <source>the known photo</source>
        <translation>das Referenzbild (bekannte Identität)</translation>
    </message>
    <message>
        <source>also write a PDF report to this file</source>
        <translation>zusätzlich einen PDF-Bericht in diese Datei schreiben</translation>
    </message>
    <message>
        <source>the photos are face crops: use the whole image when no face is detected</source>
        <translation>die Fotos sind Gesichtsausschnitte: das ganze Bild verwenden, wenn kein Gesicht erkannt wird</translation>
    </message>
    <message>
        <source>check dependencies, threads, BLAS speed, assets and packs</source>
        <translation>Abhängigkeiten, Threads, BLAS-Geschwindigkeit, Assets und Pakete prüfen</translation>
    </message>
    <message>
        <source>exit with 3 when a problem is found</source>
        <translation>mit Code 3 beenden, wenn ein Problem gefunden wird</translation>
    </message>
    <message>
        <source>image is %1x%2; expected an aligned %3x%3 chip</source>
        <translation>Bild ist %1x%2; erwartet wird ein ausgerichteter Ausschnitt von %3x%3</translation>
    </message>
    <message>
        <source>use dlib&apos;s face-recognition ResNet</source>
        <translation>das Gesichtserkennungs-ResNet von dlib verwenden</translation>
    </message>
    <message>
        <source>descry-cli: error: %1</source>
        <translation>descry-cli: Fehler: %1</translation>
    </message>
    <message>
        <source>descry-cli: warning: %1</source>
        <translation>descry-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Deskriptoren</translation>
    </message>
    <message>
        <source>%1 %2 (sha256 %3)</source>
        <translation>%1 %2 (sha256 %3)</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>alpha %1, tau %2</source>
        <translation>alpha %1, tau %2</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Kalibrierung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Pack SHA-256</source>
        <translation>Paket-SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>verified, %1 files</source>
        <translation>verifiziert, %1 Dateien</translation>
    </message>
    <message>
        <source>%1: verified, %2 files
</source>
        <translation>%1: verifiziert, %2 Dateien
</translation>
    </message>
    <message>
        <source>a pack folder, its manifest.json or an installed pack name</source>
        <translation>ein Paketordner, dessen manifest.json oder der Name eines installierten Pakets</translation>
    </message>
    <message>
        <source>verify a model pack and show its manifest, files and tensors</source>
        <translation>ein Modellpaket verifizieren und sein Manifest, seine Dateien und Tensoren anzeigen</translation>
    </message>
    <message>
        <source>pack written to %1
</source>
        <translation>Paket geschrieben nach %1
</translation>
    </message>
    <message>
        <source>train, calibrate and evaluate an explainable face pack on held-out identities</source>
        <translation>ein erklärbares Gesichtspaket trainieren, kalibrieren und an zurückgehaltenen Identitäten evaluieren</translation>
    </message>
    <message>
        <source>faces folder laid out like ../shared/data/faces</source>
        <translation>Gesichterordner mit dem Aufbau von ../shared/data/faces</translation>
    </message>
    <message>
        <source>pack folder to write</source>
        <translation>zu schreibender Paketordner</translation>
    </message>
    <message>
        <source>margin loss</source>
        <translation>Margin-Verlustfunktion</translation>
    </message>
    <message>
        <source>training epochs</source>
        <translation>Trainingsepochen</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>Zufalls-Seed</translation>
    </message>
    <message>
        <source>identity-embedding width</source>
        <translation>Breite des Identitäts-Embeddings</translation>
    </message>
    <message>
        <source>concept softmax temperature</source>
        <translation>Softmax-Temperatur der Konzepte</translation>
    </message>
    <message>
        <source>pack name</source>
        <translation>Paketname</translation>
    </message>
    <message>
        <source>pack version</source>
        <translation>Paketversion</translation>
    </message>
    <message>
        <source>%1: accuracy %2 ± %3 %, AUC %4, TAR@FAR=0.01 %5, threshold %6
</source>
        <translation>%1: Genauigkeit %2 ± %3 %, AUC %4, TAR@FAR=0.01 %5, Schwellenwert %6
</translation>
    </message>
    <message>
        <source>explainable</source>
        <translation>erklärbar</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Vergleichsbasis</translation>
    </message>
    <message>
        <source>10-fold verification accuracy, AUC and TAR@FAR of a pack and its baseline on a pairs list</source>
        <translation>Verifikationsgenauigkeit (10-fach), AUC und TAR@FAR eines Pakets und seiner Vergleichsbasis auf einer Paarliste</translation>
    </message>
    <message>
        <source>lines &apos;path1,path2,same&apos; with same 0 or 1</source>
        <translation>Zeilen &apos;path1,path2,same&apos; mit same 0 oder 1</translation>
    </message>
    <message>
        <source>folder the paths are relative to (default: the CSV&apos;s folder)</source>
        <translation>Ordner, auf den sich die Pfade beziehen (Standard: der Ordner der CSV-Datei)</translation>
    </message>
    <message>
        <source>case: member &apos;task&apos; must be face-verification or cxr-classification, not &apos;%1&apos;</source>
        <translation>Fall: Element &apos;task&apos; muss face-verification oder cxr-classification sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;options.cropped&apos; must be true or false</source>
        <translation>Fall: Element &apos;options.cropped&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>descriptor catalog &apos;%1&apos; %2 is not installed</source>
        <translation>Deskriptorkatalog &apos;%1&apos; %2 ist nicht installiert</translation>
    </message>
    <message>
        <source>pack was trained on catalog %1 %2 (sha256 %3) but only %4 is installed</source>
        <translation>Paket wurde mit Katalog %1 %2 (sha256 %3) trainiert, installiert ist jedoch nur %4</translation>
    </message>
    <message>
        <source>invalid chip buffer</source>
        <translation>ungültiger Ausschnittpuffer</translation>
    </message>
    <message>
        <source>Embedding faces</source>
        <translation>Gesichter werden eingebettet</translation>
    </message>
    <message>
        <source>embedding cancelled</source>
        <translation>Einbettung abgebrochen</translation>
    </message>
    <message>
        <source>no aligned face to encode</source>
        <translation>kein ausgerichtetes Gesicht zum Kodieren</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Non-match</source>
        <translation>Keine Übereinstimmung</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>config.quantities is missing or not an array</source>
        <translation>config.quantities fehlt oder ist kein Array</translation>
    </message>
    <message>
        <source>files must be [&quot;%1&quot;]</source>
        <translation>files muss [&quot;%1&quot;] sein</translation>
    </message>
    <message>
        <source>config.chip must be %1</source>
        <translation>config.chip muss %1 sein</translation>
    </message>
    <message>
        <source>files must name the weights manifest and the weights (.bin)</source>
        <translation>files muss das Gewichtsmanifest und die Gewichte (.bin) nennen</translation>
    </message>
    <message>
        <source>Finding the face</source>
        <translation>Gesicht wird gesucht</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Loading encoder %1</source>
        <translation>Encoder %1 wird geladen</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>encoder.sources: no source finds faces and landmarks (e.g. type &apos;morphometric&apos;)</source>
        <translation>encoder.sources: keine Quelle findet Gesichter und Landmarken (z. B. Typ &apos;morphometric&apos;)</translation>
    </message>
    <message>
        <source>head.d: is %1 but the image encoder gives %2 values</source>
        <translation>head.d: ist %1, der Bildencoder liefert jedoch %2 Werte</translation>
    </message>
    <message>
        <source>head.n_direct: is %1 but the catalog has %2 measured descriptors</source>
        <translation>head.n_direct: ist %1, der Katalog hat jedoch %2 gemessene Deskriptoren</translation>
    </message>
    <message>
        <source>head.concepts: missing</source>
        <translation>head.concepts: fehlt</translation>
    </message>
    <message>
        <source>head.concepts: does not list the catalog&apos;s %1 concepts in order</source>
        <translation>head.concepts: führt die %1 Konzepte des Katalogs nicht in ihrer Reihenfolge auf</translation>
    </message>
    <message>
        <source>calibration.threshold: must be a number in [-1, 1]</source>
        <translation>calibration.threshold: muss eine Zahl in [-1, 1] sein</translation>
    </message>
    <message>
        <source>calibration.baseline_threshold: missing (the pack&apos;s image encoder gives a baseline score that needs its own threshold)</source>
        <translation>calibration.baseline_threshold: fehlt (der Bildencoder des Pakets liefert einen Score der Vergleichsbasis, der einen eigenen Schwellenwert benötigt)</translation>
    </message>
    <message>
        <source>calibration.baseline_threshold: must be a number in [-1, 1]</source>
        <translation>calibration.baseline_threshold: muss eine Zahl in [-1, 1] sein</translation>
    </message>
    <message>
        <source>Verifying the pack</source>
        <translation>Paket wird verifiziert</translation>
    </message>
    <message>
        <source>task: is &apos;%1&apos;, expected face-verification</source>
        <translation>task: ist &apos;%1&apos;, erwartet face-verification</translation>
    </message>
    <message>
        <source>Reading the descriptor catalog</source>
        <translation>Deskriptorkatalog wird gelesen</translation>
    </message>
    <message>
        <source>Loading the concept head</source>
        <translation>Konzeptkopf wird geladen</translation>
    </message>
    <message>
        <source>Pack loaded</source>
        <translation>Paket geladen</translation>
    </message>
    <message>
        <source>the explanation does not reproduce the model&apos;s score %1 (residual %2, tolerance %3)</source>
        <translation>die Erklärung reproduziert den Score %1 des Modells nicht (Residuum %2, Toleranz %3)</translation>
    </message>
    <message>
        <source>analysing %1 faces</source>
        <translation>%1 Gesichter werden analysiert</translation>
    </message>
    <message>
        <source>%1 training faces, %2 failures</source>
        <translation>%1 Trainingsgesichter, %2 Fehlschläge</translation>
    </message>
    <message>
        <source>appearance directions: median held-out AUC vs measurement %1</source>
        <translation>Richtungen des Erscheinungsbilds: Median der AUC gegenüber der Messung auf zurückgehaltenen Daten %1</translation>
    </message>
    <message>
        <source>unknown loss %1 (expected one of %2)</source>
        <translation>unbekannte Verlustfunktion %1 (erwartet eine von %2)</translation>
    </message>
    <message>
        <source>epoch %1/%2 loss %3</source>
        <translation>Epoche %1/%2 Verlust %3</translation>
    </message>
    <message>
        <source>%1 held-out: explainable %2 ± %3, baseline %4 ± %5 (%6 pairs)</source>
        <translation>%1 zurückgehalten: erklärbar %2 ± %3, Vergleichsbasis %4 ± %5 (%6 Paare)</translation>
    </message>
    <message>
        <source>the concept head could not be copied (out of memory?)</source>
        <translation>der Konzeptkopf konnte nicht kopiert werden (Speicher erschöpft?)</translation>
    </message>
    <message>
        <source>encoder type &apos;%1&apos; is not available in this build (available: %2)</source>
        <translation>Encodertyp &apos;%1&apos; ist in diesem Build nicht verfügbar (verfügbar: %2)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos; could not be created</source>
        <translation>Encoder &apos;%1&apos; konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be an integer in %1..%2</source>
        <translation>muss eine ganze Zahl in %1..%2 sein</translation>
    </message>
    <message>
        <source>must be a number in (%1, %2]</source>
        <translation>muss eine Zahl in (%1, %2] sein</translation>
    </message>
    <message>
        <source>must be a number in [%1, %2]</source>
        <translation>muss eine Zahl in [%1, %2] sein</translation>
    </message>
    <message>
        <source>must divide d = %1</source>
        <translation>muss d = %1 teilen</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>%1.type: &apos;%2&apos; is not an encoder type name</source>
        <translation>%1.type: &apos;%2&apos; ist kein Name eines Encodertyps</translation>
    </message>
    <message>
        <source>no face found</source>
        <translation>kein Gesicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>chain verified (%n audit entries, each linked to the one before it)</source>
        <translation>
            <numerusform>Kette verifiziert (%n Protokolleintrag, mit dem Anfang der Kette verknüpft)</numerusform>
            <numerusform>Kette verifiziert (%n Protokolleinträge, jeder mit dem vorhergehenden verknüpft)</numerusform>
        </translation>
    </message>
    <message>
        <source>unverified legacy history: %1</source>
        <translation>nicht verifizierter Altverlauf: %1</translation>
    </message>
    <message>
        <source>not signed (the chain alone does not prove who wrote the file)</source>
        <translation>nicht signiert (die Kette allein belegt nicht, wer die Datei geschrieben hat)</translation>
    </message>
    <message>
        <source>signed by %1, key fingerprint %2%3, %4</source>
        <translation>signiert von %1, Schlüssel-Fingerabdruck %2%3, %4</translation>
    </message>
    <message>
        <source> (your own key)</source>
        <translation> (Ihr eigener Schlüssel)</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>keines gespeichert</translation>
    </message>
    <message>
        <source>hidden (blind first: the examiner&apos;s analysis is not locked yet)</source>
        <translation>verborgen (verblindet zuerst: die Analyse des Sachverständigen ist noch nicht abgeschlossen)</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (Score %2)</translation>
    </message>
    <message>
        <source>  %1: unchanged, %2 (sha256 %3)
</source>
        <translation>  %1: unverändert, %2 (sha256 %3)
</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1: %2
</translation>
    </message>
    <message>
        <source>  none
</source>
        <translation>  keine
</translation>
    </message>
    <message>
        <source>evidence does not match the case: %1</source>
        <translation>Beweismittel stimmen nicht mit dem Fall überein: %1</translation>
    </message>
    <message>
        <source>Case %1 (%2)
Integrity: %3
Signature: %4
Evidence:
%5Result: %6
</source>
        <translation>Fall %1 (%2)
Integrität: %3
Signatur: %4
Beweismittel:
%5Ergebnis: %6
</translation>
    </message>
    <message>
        <source>%1: signed by %2 (key fingerprint %3, key file %4)
</source>
        <translation>%1: signiert von %2 (Schlüssel-Fingerabdruck %3, Schlüsseldatei %4)
</translation>
    </message>
    <message>
        <source>a Descry case file</source>
        <translation>eine Descry-Falldatei</translation>
    </message>
    <message>
        <source>check a case file: its audit chain, its signature and the evidence hashes (exit 2 when anything is broken or modified)</source>
        <translation>eine Falldatei prüfen: Prüfprotokoll-Kette, Signatur und Hashwerte der Beweismittel (Exit-Code 2, wenn etwas defekt oder verändert ist)</translation>
    </message>
    <message>
        <source>sign a case file with your own key (created on first use in your configuration folder); evidence files are never touched</source>
        <translation>eine Falldatei mit Ihrem eigenen Schlüssel signieren (wird bei der ersten Verwendung in Ihrem Konfigurationsordner erstellt); Beweismitteldateien werden nie verändert</translation>
    </message>
    <message>
        <source>who signs</source>
        <translation>wer signiert</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2), not an empty one</source>
        <translation>Option &apos;--%1&apos; benötigt einen Wert (%2), keinen leeren</translation>
    </message>
    <message>
        <source>%1 is empty; give a file or value</source>
        <translation>%1 ist leer; geben Sie eine Datei oder einen Wert an</translation>
    </message>
    <message>
        <source>analyse a truncated or corrupt photo that still decodes (the output says so)</source>
        <translation>ein abgeschnittenes oder beschädigtes Foto analysieren, das sich noch dekodieren lässt (die Ausgabe weist darauf hin)</translation>
    </message>
    <message>
        <source>refuse images of more than N megapixels, checked before decoding</source>
        <translation>Bilder mit mehr als N Megapixeln ablehnen (vor dem Dekodieren geprüft)</translation>
    </message>
    <message>
        <source>%1: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged
</source>
        <translation>%1: BESCHÄDIGTE DATEI — abgeschnitten oder beschädigt; wegen --allow-damaged analysiert
</translation>
    </message>
    <message>
        <source>  decoder: %1
</source>
        <translation>  Decoder: %1
</translation>
    </message>
    <message>
        <source>%1: no face detected; the whole image was taken as the face (--cropped)
</source>
        <translation>%1: kein Gesicht erkannt; das ganze Bild wurde als Gesicht verwendet (--cropped)
</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>Fragebild</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenzbild</translation>
    </message>
    <message>
        <source>Baseline: none (the pack has no black-box encoder)
</source>
        <translation>Vergleichsbasis: keine (das Paket hat keinen Black-Box-Encoder)
</translation>
    </message>
    <message>
        <source>%1: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged</source>
        <translation>%1: BESCHÄDIGTE DATEI — abgeschnitten oder beschädigt; wegen --allow-damaged analysiert</translation>
    </message>
    <message>
        <source>is an input of this run (%1); it is never overwritten, choose another output file</source>
        <translation>ist eine Eingabe dieses Laufs (%1); sie wird nie überschrieben, wählen Sie eine andere Ausgabedatei</translation>
    </message>
    <message>
        <source>is inside an input folder of this run (%1); choose an output outside it</source>
        <translation>liegt in einem Eingabeordner dieses Laufs (%1); wählen Sie eine Ausgabe außerhalb davon</translation>
    </message>
    <message>
        <source>contains an input of this run (%1); it is never replaced, choose another folder</source>
        <translation>enthält eine Eingabe dieses Laufs (%1); er wird nie ersetzt, wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>an output file name is empty; give a file to write</source>
        <translation>ein Ausgabedateiname ist leer; geben Sie eine zu schreibende Datei an</translation>
    </message>
    <message>
        <source>an output folder name is empty; give a folder to write</source>
        <translation>ein Ausgabeordnername ist leer; geben Sie einen zu schreibenden Ordner an</translation>
    </message>
    <message>
        <source>is a file, not a folder; nothing was written</source>
        <translation>ist eine Datei, kein Ordner; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the file is read-only; it is not replaced</source>
        <translation>die Datei ist schreibgeschützt; sie wird nicht ersetzt</translation>
    </message>
    <message>
        <source>check that a model pack loads: every file against its manifest&apos;s SHA-256, the head settings, tensors, catalog, encoders and calibration, as a comparison loads them</source>
        <translation>prüfen, ob sich ein Modellpaket laden lässt: jede Datei gegen den SHA-256 ihres Manifests, die Kopfeinstellungen, Tensoren, Katalog, Encoder und Kalibrierung, so wie ein Vergleich sie lädt</translation>
    </message>
    <message>
        <source>[%1] %2% %3/%4 %5</source>
        <translation>[%1] %2% %3/%4 %5</translation>
    </message>
    <message>
        <source>analysing faces</source>
        <translation>Gesichter werden analysiert</translation>
    </message>
    <message>
        <source>faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n pair(s), e.g. %2
</source>
        <translation>
            <numerusform>  %1: %n Paar, z. B. %2
</numerusform>
            <numerusform>  %1: %n Paare, z. B. %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pairs scored, %2 could not be scored; %3 of the scored pairs would be inconclusive in compare (image quality)
</source>
        <translation>%1 Paare bewertet, %2 konnten nicht bewertet werden; %3 der bewerteten Paare wären in compare nicht eindeutig (Bildqualität)
</translation>
    </message>
    <message>
        <source>Pairs that could not be scored, by reason:
</source>
        <translation>Nicht bewertbare Paare, nach Grund:
</translation>
    </message>
    <message>
        <source>no pair could be scored (%1)</source>
        <translation>kein Paar konnte bewertet werden (%1)</translation>
    </message>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3)</source>
        <translation>Eintrag %1 (%2, %3)</translation>
    </message>
    <message>
        <source>audit entry %1: %2</source>
        <translation>Protokolleintrag %1: %2</translation>
    </message>
    <message>
        <source>member &apos;utc&apos; must be an ISO 8601 UTC time</source>
        <translation>Element &apos;utc&apos; muss eine UTC-Zeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>member &apos;action&apos; is &apos;%1&apos;, which is not an action Descry records</source>
        <translation>Element &apos;action&apos; ist &apos;%1&apos;, keine Aktion, die Descry protokolliert</translation>
    </message>
    <message>
        <source>member &apos;detail&apos; must be a string</source>
        <translation>Element &apos;detail&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>member &apos;detail&apos; is longer than %1 characters</source>
        <translation>Element &apos;detail&apos; ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>member &apos;examiner&apos; must be a name of at most 1000 characters</source>
        <translation>Element &apos;examiner&apos; muss ein Name mit höchstens 1000 Zeichen sein</translation>
    </message>
    <message>
        <source>member &apos;state&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>Element &apos;state&apos; muss ein SHA-256 sein (64 Hexadezimalziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>member &apos;prev&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>Element &apos;prev&apos; muss ein SHA-256 sein (64 Hexadezimalziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>member &apos;hash&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>Element &apos;hash&apos; muss ein SHA-256 sein (64 Hexadezimalziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>member &apos;audit&apos; has %1 entries, more than the limit of %2</source>
        <translation>Element &apos;audit&apos; hat %1 Einträge, mehr als der Grenzwert von %2</translation>
    </message>
    <message>
        <source>audit %1 is dated before the entry above it: times in the log never go backwards</source>
        <translation>Protokoll-%1 ist früher datiert als der vorhergehende Eintrag: Zeiten im Protokoll laufen nie rückwärts</translation>
    </message>
    <message>
        <source>audit %1 does not start the log: the log was edited, entries removed, reordered or inserted</source>
        <translation>Protokoll-%1 steht nicht am Anfang des Protokolls: das Protokoll wurde bearbeitet, Einträge wurden entfernt, umgestellt oder eingefügt</translation>
    </message>
    <message>
        <source>audit %1 does not follow entry %2: the log was edited, entries removed, reordered or inserted</source>
        <translation>Protokoll-%1 folgt nicht auf Eintrag %2: das Protokoll wurde bearbeitet, Einträge wurden entfernt, umgestellt oder eingefügt</translation>
    </message>
    <message>
        <source>audit %1 was edited after it was recorded: its hash does not match its content</source>
        <translation>Protokoll-%1 wurde nach seiner Erfassung bearbeitet: sein Hash passt nicht zu seinem Inhalt</translation>
    </message>
    <message>
        <source> — note: %1 → %2</source>
        <translation> — Notiz: %1 → %2</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — Notiz: %1</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — Begründung: %1</translation>
    </message>
    <message>
        <source>blind review: the model&apos;s result stays hidden until the analysis is locked</source>
        <translation>verblindete Begutachtung: das Ergebnis des Modells bleibt verborgen, bis die Analyse abgeschlossen ist</translation>
    </message>
    <message>
        <source>blind review on: the model&apos;s result is hidden until the analysis is locked</source>
        <translation>verblindete Begutachtung ein: das Ergebnis des Modells ist verborgen, bis die Analyse abgeschlossen ist</translation>
    </message>
    <message>
        <source>blind review off</source>
        <translation>verblindete Begutachtung aus</translation>
    </message>
    <message>
        <source>comparison computed (hidden: blind review)</source>
        <translation>Vergleich berechnet (verborgen: verblindete Begutachtung)</translation>
    </message>
    <message>
        <source>comparison computed with pack %1 %2 (hidden: blind review)</source>
        <translation>Vergleich mit Paket %1 %2 berechnet (verborgen: verblindete Begutachtung)</translation>
    </message>
    <message>
        <source>lock needs at least one assessed component</source>
        <translation>zum Abschließen muss mindestens eine Komponente bewertet sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action Descry records</source>
        <translation>&apos;%1&apos; ist keine Aktion, die Descry protokolliert</translation>
    </message>
    <message>
        <source>member &apos;signature&apos; in a %1 file, which cannot be signed</source>
        <translation>Element &apos;signature&apos; in einer %1-Datei, die nicht signiert werden kann</translation>
    </message>
    <message>
        <source>case: member &apos;case_id&apos; must be an id of 1 to %1 characters</source>
        <translation>Fall: Element &apos;case_id&apos; muss eine ID mit 1 bis %1 Zeichen sein</translation>
    </message>
    <message>
        <source>case: member &apos;title&apos; has %1 characters, more than the limit of %2</source>
        <translation>Fall: Element &apos;title&apos; hat %1 Zeichen, mehr als der Grenzwert von %2</translation>
    </message>
    <message>
        <source>case: member &apos;created&apos; must be an ISO 8601 UTC time</source>
        <translation>Fall: Element &apos;created&apos; muss eine UTC-Zeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>case: member &apos;modified&apos; must be an ISO 8601 UTC time</source>
        <translation>Fall: Element &apos;modified&apos; muss eine UTC-Zeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>case: member &apos;modified&apos; (%1) is before &apos;created&apos; (%2)</source>
        <translation>Fall: Element &apos;modified&apos; (%1) liegt vor &apos;created&apos; (%2)</translation>
    </message>
    <message>
        <source>evidence %1: %2</source>
        <translation>Beweismittel %1: %2</translation>
    </message>
    <message>
        <source>member &apos;role&apos; must be probe or reference, not &apos;%1&apos;</source>
        <translation>Element &apos;role&apos; muss probe oder reference sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;role&apos;: a second %1 (each role appears once)</source>
        <translation>Element &apos;role&apos;: %1 kommt ein zweites Mal vor (jede Rolle kommt nur einmal vor)</translation>
    </message>
    <message>
        <source>member &apos;path&apos; must name the %1 file</source>
        <translation>Element &apos;path&apos; muss die %1-Datei angeben</translation>
    </message>
    <message>
        <source>member &apos;sha256&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>Element &apos;sha256&apos; muss ein SHA-256 sein (64 Hexadezimalziffern in Kleinbuchstaben)</translation>
    </message>
    <message>
        <source>case: member &apos;pack.%1&apos; must be a string</source>
        <translation>Fall: Element &apos;pack.%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>case: member &apos;pack.sha256&apos; must be a SHA-256 (64 lower-case hex digits) or empty</source>
        <translation>Fall: Element &apos;pack.sha256&apos; muss ein SHA-256 (64 Hexadezimalziffern in Kleinbuchstaben) oder leer sein</translation>
    </message>
    <message>
        <source>case: member &apos;blind_first&apos; must be true or false</source>
        <translation>Fall: Element &apos;blind_first&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>case: member &apos;result&apos; is larger than the limit of %1 MB</source>
        <translation>Fall: Element &apos;result&apos; ist größer als der Grenzwert von %1 MB</translation>
    </message>
    <message>
        <source>the audit log is empty: a saved case always ends with its save</source>
        <translation>das Prüfprotokoll ist leer: ein gespeicherter Fall endet immer mit seiner Speicherung</translation>
    </message>
    <message>
        <source>the audit log ends with %1, not with the save that wrote the file: entries were removed from its end</source>
        <translation>das Prüfprotokoll endet mit %1, nicht mit der Speicherung, die die Datei geschrieben hat: an seinem Ende wurden Einträge entfernt</translation>
    </message>
    <message>
        <source>case content was changed after %1 — the file was edited outside Descry</source>
        <translation>der Fallinhalt wurde nach %1 geändert — die Datei wurde außerhalb von Descry bearbeitet</translation>
    </message>
    <message>
        <source>member &apos;signature&apos; needs an examiner, a public key, a fingerprint, a UTC time and an Ed25519 signature</source>
        <translation>Element &apos;signature&apos; benötigt einen Sachverständigen, einen öffentlichen Schlüssel, einen Fingerabdruck, eine UTC-Zeit und eine Ed25519-Signatur</translation>
    </message>
    <message>
        <source>signature: the fingerprint %1 is not that of the public key it names</source>
        <translation>Signatur: der Fingerabdruck %1 gehört nicht zu dem darin genannten öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>signature does not match the case: it was changed after %1 signed it</source>
        <translation>Signatur passt nicht zum Fall: er wurde geändert, nachdem %1 ihn signiert hat</translation>
    </message>
    <message>
        <source>opened a %1 file: its history was recorded without a hash chain and is not verifiable</source>
        <translation>eine %1-Datei geöffnet: ihr Verlauf wurde ohne Hash-Kette erfasst und ist nicht verifizierbar</translation>
    </message>
    <message>
        <source>audit entries 1 to %1 come from an older case format and are not verifiable; the chain is intact from entry %2 on</source>
        <translation>Protokolleinträge 1 bis %1 stammen aus einem älteren Fallformat und sind nicht verifizierbar; die Kette ist ab Eintrag %2 intakt</translation>
    </message>
    <message>
        <source>new case: nothing recorded yet</source>
        <translation>neuer Fall: noch nichts erfasst</translation>
    </message>
    <message>
        <source>audit chain intact: %1 entries, content as committed by the last</source>
        <translation>Prüfprotokoll-Kette intakt: %1 Einträge, Inhalt wie durch den letzten festgeschrieben</translation>
    </message>
    <message>
        <source>an examiner name is needed to sign the case</source>
        <translation>zum Signieren des Falls wird der Name des Sachverständigen benötigt</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>not saved: the case would exceed %1 MB</source>
        <translation>nicht gespeichert: der Fall würde %1 MB überschreiten</translation>
    </message>
    <message>
        <source>case file is %1 MB, more than the limit of %2 MB</source>
        <translation>Falldatei ist %1 MB groß, mehr als der Grenzwert von %2 MB</translation>
    </message>
    <message>
        <source>opened a %1 file: history not verifiable — %2</source>
        <translation>eine %1-Datei geöffnet: Verlauf nicht verifizierbar — %2</translation>
    </message>
    <message>
        <source>the note on &apos;%1&apos; is longer than %2 characters</source>
        <translation>die Notiz zu &apos;%1&apos; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>the examiner name is longer than %1 characters</source>
        <translation>der Name des Sachverständigen ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the amendment of &apos;%1&apos; is longer than %2 characters</source>
        <translation>der Nachtrag zu &apos;%1&apos; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&apos;assessments&apos; must list each component once with a valid finding and a note of at most %1 characters</source>
        <translation>&apos;assessments&apos; muss jede Komponente einmal mit einem gültigen Befund und einer Notiz von höchstens %1 Zeichen auflisten</translation>
    </message>
    <message>
        <source>&apos;amendments&apos; must be an array</source>
        <translation>&apos;amendments&apos; muss ein Array sein</translation>
    </message>
    <message>
        <source>more than %1 amendments</source>
        <translation>mehr als %1 Nachträge</translation>
    </message>
    <message>
        <source>cannot create the signing key (%1)</source>
        <translation>der Signaturschlüssel kann nicht erstellt werden (%1)</translation>
    </message>
    <message>
        <source>cannot generate an Ed25519 signing key</source>
        <translation>es kann kein Ed25519-Signaturschlüssel erzeugt werden</translation>
    </message>
    <message>
        <source>cannot read the signing key (%1)</source>
        <translation>der Signaturschlüssel kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not a signing key: the file is larger than a key can be</source>
        <translation>kein Signaturschlüssel: die Datei ist größer, als ein Schlüssel sein kann</translation>
    </message>
    <message>
        <source>not a signing key: no PEM private key in the file</source>
        <translation>kein Signaturschlüssel: die Datei enthält keinen privaten PEM-Schlüssel</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 key</source>
        <translation>der Signaturschlüssel ist kein Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>cannot read the Ed25519 key</source>
        <translation>der Ed25519-Schlüssel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation>Signieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot write the file, previous file kept (%1)</source>
        <translation>die Datei kann nicht geschrieben werden, die bisherige Datei bleibt erhalten (%1)</translation>
    </message>
    <message>
        <source>no output file given (the path is empty)</source>
        <translation>keine Ausgabedatei angegeben (der Pfad ist leer)</translation>
    </message>
    <message>
        <source>is a folder, not a file; nothing was written</source>
        <translation>ist ein Ordner, keine Datei; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the folder does not exist; nothing was written</source>
        <translation>der Ordner existiert nicht; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>exists and is not a folder; nothing was written</source>
        <translation>existiert und ist kein Ordner; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>es kann kein temporärer Ordner erstellt werden</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>file is %1, more than the %2 limit</source>
        <translation>Datei ist %1 groß, mehr als der Grenzwert von %2</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket)</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>is a symbolic link loop (the link leads back to itself)</source>
        <translation>ist eine Schleife symbolischer Links (der Link führt auf sich selbst zurück)</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist</source>
        <translation>ist ein symbolischer Link auf eine nicht vorhandene Datei</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>upsampling the image to find a small face would pass the %1-megapixel limit</source>
        <translation>das Hochskalieren des Bildes zum Auffinden eines kleinen Gesichts würde den Grenzwert von %1 Megapixeln überschreiten</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing (population statistics)</source>
        <translation>Tensor &apos;%1&apos; fehlt (Populationsstatistiken)</translation>
    </message>
    <message>
        <source>population statistics</source>
        <translation>Populationsstatistiken</translation>
    </message>
    <message>
        <source>image %1 of %2</source>
        <translation>Bild %1 von %2</translation>
    </message>
    <message>
        <source>no pairs to score</source>
        <translation>keine zu bewertenden Paare</translation>
    </message>
    <message>
        <source>%1 (pairs: %2)</source>
        <translation>%1 (Paare: %2)</translation>
    </message>
    <message>
        <source>other reasons: %1</source>
        <translation>weitere Gründe: %1</translation>
    </message>
    <message>
        <source>no pair could be scored: %1</source>
        <translation>kein Paar konnte bewertet werden: %1</translation>
    </message>
    <message>
        <source>the file ends before the JPEG end-of-image marker</source>
        <translation>die Datei endet vor der JPEG-Endmarkierung (EOI)</translation>
    </message>
    <message>
        <source>the file ends before the PNG end chunk</source>
        <translation>die Datei endet vor dem PNG-Endblock (IEND)</translation>
    </message>
    <message>
        <source>the file ends before the image does</source>
        <translation>die Datei endet vor dem Ende des Bildes</translation>
    </message>
    <message>
        <source>the image data ends too early</source>
        <translation>die Bilddaten enden zu früh</translation>
    </message>
    <message>
        <source>stray bytes in the image data</source>
        <translation>überzählige Bytes in den Bilddaten</translation>
    </message>
    <message>
        <source>the image data is corrupt</source>
        <translation>die Bilddaten sind beschädigt</translation>
    </message>
    <message>
        <source>the JPEG structure is invalid</source>
        <translation>die JPEG-Struktur ist ungültig</translation>
    </message>
    <message>
        <source>the file is not a JPEG</source>
        <translation>die Datei ist kein JPEG</translation>
    </message>
    <message>
        <source>a checksum inside the file does not match</source>
        <translation>eine Prüfsumme in der Datei stimmt nicht überein</translation>
    </message>
    <message>
        <source>the image data is longer than the image</source>
        <translation>die Bilddaten sind länger als das Bild</translation>
    </message>
    <message>
        <source>the compressed image data is damaged</source>
        <translation>die komprimierten Bilddaten sind beschädigt</translation>
    </message>
    <message>
        <source>image file is truncated or corrupt (%1); use --allow-damaged to analyse it anyway</source>
        <translation>Bilddatei ist abgeschnitten oder beschädigt (%1); verwenden Sie --allow-damaged, um sie trotzdem zu analysieren</translation>
    </message>
    <message>
        <source>image is %1×%2 px: decoding it needs more memory than the %3-megapixel limit allows</source>
        <translation>Bild ist %1×%2 px: das Dekodieren benötigt mehr Speicher, als der Grenzwert von %3 Megapixeln erlaubt</translation>
    </message>
    <message>
        <source>image is larger than the %1-megapixel limit</source>
        <translation>Bild ist größer als der Grenzwert von %1 Megapixeln</translation>
    </message>
    <message>
        <source>the file is truncated or corrupt: %1</source>
        <translation>die Datei ist abgeschnitten oder beschädigt: %1</translation>
    </message>
    <message>
        <source>image is %1×%2 px, more than the %3-megapixel limit</source>
        <translation>Bild ist %1×%2 px groß, mehr als der Grenzwert von %3 Megapixeln</translation>
    </message>
    <message>
        <source>image is %1×%2 px, too small to analyse (at least %3×%3 px)</source>
        <translation>Bild ist %1×%2 px groß, zu klein für die Analyse (mindestens %3×%3 px)</translation>
    </message>
    <message>
        <source>image is %1×%2 px: its aspect ratio 1:%3 is beyond the 1:%4 limit</source>
        <translation>Bild ist %1×%2 px groß: sein Seitenverhältnis 1:%3 überschreitet den Grenzwert 1:%4</translation>
    </message>
    <message>
        <source>image is %1×%2 px: a side is longer than the %3-pixel limit</source>
        <translation>Bild ist %1×%2 px groß: eine Seite ist länger als der Grenzwert von %3 Pixeln</translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation>ist ein Ordner, keine Bilddatei</translation>
    </message>
    <message>
        <source>the file is empty, not an image</source>
        <translation>die Datei ist leer, kein Bild</translation>
    </message>
    <message>
        <source>%1 = %2 is more than the limit %3</source>
        <translation>%1 = %2 überschreitet den Grenzwert %3</translation>
    </message>
    <message>
        <source>group id %1 is not below the number of concepts %2</source>
        <translation>Gruppen-ID %1 ist nicht kleiner als die Anzahl der Konzepte %2</translation>
    </message>
    <message>
        <source>head.%1 = %2 is more than the limit %3</source>
        <translation>head.%1 = %2 überschreitet den Grenzwert %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2; %3 must be F32</source>
        <translation>Tensor &apos;%1&apos; ist %2; für %3 muss er F32 sein</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; %3 needs %4</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2; für %3 ist %4 erforderlich</translation>
    </message>
    <message>
        <source>missing from the pack (manifest.json lists no tensors for it)</source>
        <translation>fehlt im Paket (manifest.json führt für sie keine Tensoren auf)</translation>
    </message>
    <message>
        <source>a head</source>
        <translation>einen Kopf</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing (the head settings need %2)</source>
        <translation>Tensor &apos;%1&apos; fehlt (die Kopfeinstellungen erfordern %2)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not part of the head</source>
        <translation>Tensor &apos;%1&apos; gehört nicht zum Kopf</translation>
    </message>
    <message>
        <source>tensor &apos;T&apos; is not part of the head (it has no descriptor concepts)</source>
        <translation>Tensor &apos;T&apos; gehört nicht zum Kopf (er hat keine Deskriptorkonzepte)</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the limit of %2 bytes for a manifest</source>
        <translation>ist %1 Bytes groß, mehr als der Grenzwert von %2 Bytes für ein Manifest</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the limit of %2 bytes for a file of a pack</source>
        <translation>ist %1 Bytes groß, mehr als der Grenzwert von %2 Bytes für eine Datei eines Pakets</translation>
    </message>
    <message>
        <source>no output pack folder given (the path is empty)</source>
        <translation>kein Ausgabe-Paketordner angegeben (der Pfad ist leer)</translation>
    </message>
    <message>
        <source>holds an input of this run (%1); it is never replaced, choose another pack folder</source>
        <translation>enthält eine Eingabe dieses Laufs (%1); er wird nie ersetzt, wählen Sie einen anderen Paketordner</translation>
    </message>
    <message>
        <source>is a folder with other files, not a model pack (no manifest.json); it is not replaced, choose a new or empty folder</source>
        <translation>ist ein Ordner mit anderen Dateien, kein Modellpaket (keine manifest.json); er wird nicht ersetzt, wählen Sie einen neuen oder leeren Ordner</translation>
    </message>
    <message>
        <source>must be an array of non-negative integers</source>
        <translation>muss ein Array nicht negativer ganzer Zahlen sein</translation>
    </message>
    <message>
        <source>has %1 dimensions, more than the limit %2</source>
        <translation>hat %1 Dimensionen, mehr als der Grenzwert %2</translation>
    </message>
    <message>
        <source>has a dimension of %1, more than the limit of %2 elements</source>
        <translation>hat eine Dimension von %1, mehr als der Grenzwert von %2 Elementen</translation>
    </message>
    <message>
        <source>%1 has more than the limit of %2 elements</source>
        <translation>%1 hat mehr Elemente als der Grenzwert von %2</translation>
    </message>
    <message>
        <source>files: %1 entries, more than the limit %2</source>
        <translation>files: %1 Einträge, mehr als der Grenzwert %2</translation>
    </message>
    <message>
        <source>manifest: member &apos;tensors&apos; is missing (it lists the names and shapes of the tensors in the pack&apos;s .safetensors files)</source>
        <translation>Manifest: Element &apos;tensors&apos; fehlt (es führt Namen und Formen der Tensoren in den .safetensors-Dateien des Pakets auf)</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos;: %2 tensors, more than the limit %3</source>
        <translation>tensors: &apos;%1&apos;: %2 Tensoren, mehr als der Grenzwert %3</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos;: shape of &apos;%2&apos; %3</source>
        <translation>tensors: &apos;%1&apos;: Form von &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>member &apos;modified&apos; is not the time of %1 that wrote the file: it was edited</source>
        <translation>Element &apos;modified&apos; ist nicht die Zeit von %1, das die Datei geschrieben hat: es wurde bearbeitet</translation>
    </message>
    <message>
        <source>the signature was removed: the last save was signed with key %1</source>
        <translation>die Signatur wurde entfernt: die letzte Speicherung wurde mit dem Schlüssel %1 signiert</translation>
    </message>
    <message>
        <source>the examiner name is empty</source>
        <translation>der Name des Sachverständigen ist leer</translation>
    </message>
    <message>
        <source>the examiner name contains a line break or another control character</source>
        <translation>der Name des Sachverständigen enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); nothing was written</source>
        <translation>ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket); es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the folder is read-only; nothing was written</source>
        <translation>der Ordner ist schreibgeschützt; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>exists and is not a PDF report; it is not replaced, choose another file</source>
        <translation>existiert und ist kein PDF-Bericht; sie wird nicht ersetzt, wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>the image header is invalid (impossible dimensions or format)</source>
        <translation>der Bildkopf ist ungültig (unmögliche Abmessungen oder unmögliches Format)</translation>
    </message>
    <message>
        <source>the image data cannot be read (the file is corrupt, or its header gives dimensions or a format the decoder refuses)</source>
        <translation>die Bilddaten können nicht gelesen werden (die Datei ist beschädigt, oder ihr Kopf nennt Abmessungen oder ein Format, die der Decoder ablehnt)</translation>
    </message>
    <message>
        <source>not an image file (its content is none of the readable formats: %1)</source>
        <translation>keine Bilddatei (ihr Inhalt ist keines der lesbaren Formate: %1)</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; appears twice in one object (line %2, column %3)</source>
        <translation>Element &apos;%1&apos; kommt in einem Objekt zweimal vor (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>--root: the folder does not exist</source>
        <translation>--root: der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1, random weights, %2 threads, %3 GMAC per image</source>
        <translation>%1, Zufallsgewichte, %2 Threads, %3 GMAC pro Bild</translation>
    </message>
    <message>
        <source>image, batch 1:       %1 s per image</source>
        <translation>Bild, Batch 1:        %1 s pro Bild</translation>
    </message>
    <message>
        <source>image, batch 8:       %1 s per image</source>
        <translation>Bild, Batch 8:        %1 s pro Bild</translation>
    </message>
    <message>
        <source>text, 120 prompts:    %1 s</source>
        <translation>Text, 120 Prompts:    %1 s</translation>
    </message>
    <message>
        <source>peak RSS:             %1 MB</source>
        <translation>Spitzen-RSS:          %1 MB</translation>
    </message>
    <message>
        <source>float32 GEMM (n=%1):  %2 GFLOP/s</source>
        <translation>float32-GEMM (n=%1):  %2 GFLOP/s</translation>
    </message>
    <message>
        <source>efficiency (batch 1): %1 of the GEMM rate</source>
        <translation>Effizienz (Batch 1):  %1 der GEMM-Rate</translation>
    </message>
    <message>
        <source>time a CLIP model of the real size (random weights) against this machine&apos;s GEMM rate</source>
        <translation>ein CLIP-Modell in realer Größe (Zufallsgewichte) gegen die GEMM-Rate dieses Rechners messen</translation>
    </message>
    <message>
        <source>architecture to time</source>
        <translation>zu messende Architektur</translation>
    </message>
    <message>
        <source>runs per figure (best taken)</source>
        <translation>Durchläufe pro Messwert (bester zählt)</translation>
    </message>
    <message>
        <source>is not a file (expected a CLIP checkpoint)</source>
        <translation>ist keine Datei (erwartet wurde ein CLIP-Checkpoint)</translation>
    </message>
    <message>
        <source>CLIP checkpoint not found</source>
        <translation>CLIP-Checkpoint nicht gefunden</translation>
    </message>
    <message>
        <source>hashing the checkpoint</source>
        <translation>Hashwert des Checkpoints wird berechnet</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Baseline (%1): %2  (score %3, threshold %4)%5
</source>
        <translation>Vergleichsbasis (%1): %2  (Score %3, Schwellenwert %4)%5
</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>das Bild ist leer</translation>
    </message>
    <message>
        <source>--clip takes --image and --text, not --chip or --dlib-resnet</source>
        <translation>--clip nimmt --image und --text entgegen, nicht --chip oder --dlib-resnet</translation>
    </message>
    <message>
        <source>--clip needs at least one --image or --text</source>
        <translation>--clip benötigt mindestens ein --image oder --text</translation>
    </message>
    <message>
        <source>choose an encoder (--dlib-resnet or --clip CHECKPOINT)</source>
        <translation>wählen Sie einen Encoder (--dlib-resnet oder --clip CHECKPOINT)</translation>
    </message>
    <message>
        <source>--dlib-resnet takes --chip; --image, --text and --activation go with --clip</source>
        <translation>--dlib-resnet nimmt --chip entgegen; --image, --text und --activation gehören zu --clip</translation>
    </message>
    <message>
        <source>--dlib-resnet needs at least one --chip</source>
        <translation>--dlib-resnet benötigt mindestens einen --chip</translation>
    </message>
    <message>
        <source>descriptors of aligned 150x150 face chips (dlib ResNet), or image and text features of a CLIP checkpoint</source>
        <translation>Deskriptoren ausgerichteter 150x150-Gesichtsausschnitte (dlib ResNet) oder Bild- und Textmerkmale eines CLIP-Checkpoints</translation>
    </message>
    <message>
        <source>an aligned 150x150 chip (with --dlib-resnet)</source>
        <translation>ein ausgerichteter 150x150-Ausschnitt (mit --dlib-resnet)</translation>
    </message>
    <message>
        <source>a CLIP checkpoint (open_clip or transformers safetensors, torch.save .pt/.bin)</source>
        <translation>ein CLIP-Checkpoint (open_clip- oder transformers-safetensors, torch.save .pt/.bin)</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s MLP activation (default: its config.json, else gelu)</source>
        <translation>die MLP-Aktivierung des Checkpoints (Standard: aus seiner config.json, sonst gelu)</translation>
    </message>
    <message>
        <source>an image to encode with the CLIP image tower (with --clip)</source>
        <translation>ein mit dem CLIP-Bildturm zu kodierendes Bild (mit --clip)</translation>
    </message>
    <message>
        <source>a text to encode with the CLIP text tower (with --clip)</source>
        <translation>ein mit dem CLIP-Textturm zu kodierender Text (mit --clip)</translation>
    </message>
    <message>
        <source>catalog %1 %2 is not installed, so a pack built on it could not find it when loading; copy it into a catalog folder first</source>
        <translation>Katalog %1 %2 ist nicht installiert, daher könnte ein darauf aufbauendes Paket ihn beim Laden nicht finden; kopieren Sie ihn zuerst in einen Katalogordner</translation>
    </message>
    <message>
        <source>encoding descriptor prompts</source>
        <translation>Deskriptor-Prompts werden kodiert</translation>
    </message>
    <message>
        <source>prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>%1: face pack written and verified (%2 concepts: %3 measured, %4 prompt; checkpoint SHA-256 %5)
</source>
        <translation>%1: Gesichtspaket geschrieben und geprüft (%2 Konzepte: %3 gemessen, %4 Prompt; Checkpoint-SHA-256 %5)
</translation>
    </message>
    <message>
        <source>the pack&apos;s task</source>
        <translation>die Aufgabe des Pakets</translation>
    </message>
    <message>
        <source>the CLIP checkpoint</source>
        <translation>der CLIP-Checkpoint</translation>
    </message>
    <message>
        <source>copy the checkpoint into the pack instead of referencing it by path and SHA-256</source>
        <translation>den Checkpoint in das Paket kopieren, statt ihn über Pfad und SHA-256 zu referenzieren</translation>
    </message>
    <message>
        <source>match threshold of the CLIP image cosine baseline (default: the head&apos;s metadata)</source>
        <translation>Übereinstimmungsschwellenwert der CLIP-Bildkosinus-Vergleichsbasis (Standard: aus den Metadaten des Kopfs)</translation>
    </message>
    <message>
        <source>share of the raw image embedding (default: the head&apos;s metadata)</source>
        <translation>Anteil des rohen Bild-Embeddings (Standard: aus den Metadaten des Kopfs)</translation>
    </message>
    <message>
        <source>concept softmax temperature (default: the head&apos;s metadata)</source>
        <translation>Softmax-Temperatur der Konzepte (Standard: aus den Metadaten des Kopfs)</translation>
    </message>
    <message>
        <source>--encoder openclip needs --clip CHECKPOINT</source>
        <translation>--encoder openclip benötigt --clip CHECKPOINT</translation>
    </message>
    <message>
        <source>--%1 needs --encoder openclip</source>
        <translation>--%1 benötigt --encoder openclip</translation>
    </message>
    <message>
        <source>image features: dlib&apos;s face ResNet, or the image tower of a CLIP checkpoint</source>
        <translation>Bildmerkmale: das Gesichts-ResNet von dlib oder der Bildturm eines CLIP-Checkpoints</translation>
    </message>
    <message>
        <source>CLIP checkpoint (open_clip or transformers safetensors, torch.save zip); with --encoder openclip</source>
        <translation>CLIP-Checkpoint (open_clip- oder transformers-safetensors, torch.save-zip); mit --encoder openclip</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s MLP activation (default: its config&apos;s, else gelu)</source>
        <translation>die MLP-Aktivierung des Checkpoints (Standard: aus seiner Konfiguration, sonst gelu)</translation>
    </message>
    <message>
        <source>tune the image tower&apos;s last MLP block too (stored in the pack)</source>
        <translation>auch den letzten MLP-Block des Bildturms feinabstimmen (im Paket gespeichert)</translation>
    </message>
    <message>
        <source>labelled image folder (one subfolder per class) for the zero-shot alignment check before and after tuning</source>
        <translation>Ordner mit gelabelten Bildern (ein Unterordner je Klasse) für die Zero-Shot-Prüfung der Ausrichtung vor und nach der Feinabstimmung</translation>
    </message>
    <message>
        <source>copy the checkpoint into the pack instead of referencing it by path</source>
        <translation>den Checkpoint in das Paket kopieren, statt ihn über den Pfad zu referenzieren</translation>
    </message>
    <message>
        <source>feature cache, so retraining skips face analysis (and the frozen CLIP tower)</source>
        <translation>Merkmals-Cache, damit ein erneutes Training die Gesichtsanalyse (und den eingefrorenen CLIP-Turm) überspringt</translation>
    </message>
    <message>
        <source>share of the raw encoder embedding in the image embedding (with --encoder openclip: its starting value, trained with F_i)</source>
        <translation>Anteil des rohen Encoder-Embeddings am Bild-Embedding (mit --encoder openclip: sein Startwert, trainiert mit F_i)</translation>
    </message>
    <message>
        <source>learning rate (default: %1; %2 with --encoder openclip)</source>
        <translation>Lernrate (Standard: %1; %2 mit --encoder openclip)</translation>
    </message>
    <message>
        <source>pack name (default: %1; %2 with --encoder openclip)</source>
        <translation>Paketname (Standard: %1; %2 mit --encoder openclip)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: the %2_proj part of the attention projection is missing</source>
        <translation>Tensor &apos;%1&apos;: der %2_proj-Teil der Attention-Projektion fehlt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: the q/k/v projections have shapes or dtypes that do not fit together (%2 %3 and %4 %5)</source>
        <translation>Tensor &apos;%1&apos;: die q/k/v-Projektionen haben Formen oder dtypes, die nicht zusammenpassen (%2 %3 und %4 %5)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (from &apos;%2&apos;) appears twice</source>
        <translation>Tensor &apos;%1&apos; (aus &apos;%2&apos;) kommt zweimal vor</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; expected [embed_dim, width]</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2; erwartet [embed_dim, width]</translation>
    </message>
    <message>
        <source>the checkpoint mixes open_clip names (&apos;%1&apos;) and transformers names (&apos;%2&apos;); it holds tensors of two layouts</source>
        <translation>der Checkpoint mischt open_clip-Namen (&apos;%1&apos;) und transformers-Namen (&apos;%2&apos;); er enthält Tensoren zweier Layouts</translation>
    </message>
    <message>
        <source>not a CLIP checkpoint: it holds neither open_clip tensors (visual.*) nor transformers tensors (vision_model.*)</source>
        <translation>kein CLIP-Checkpoint: er enthält weder open_clip-Tensoren (visual.*) noch transformers-Tensoren (vision_model.*)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is of dtype %2; a CLIP checkpoint holds F32, F16 or BF16 weights</source>
        <translation>Tensor &apos;%1&apos; hat den dtype %2; ein CLIP-Checkpoint enthält F32-, F16- oder BF16-Gewichte</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing: not a CLIP checkpoint</source>
        <translation>Tensor &apos;%1&apos; fehlt: kein CLIP-Checkpoint</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; expected %3 dimensions</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2; erwartet %3 Dimensionen</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, which fits no ViT</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2, die zu keinem ViT passt</translation>
    </message>
    <message>
        <source>tensor &apos;visual.conv1.weight&apos; has shape %1; expected [width, 3, patch, patch]</source>
        <translation>Tensor &apos;visual.conv1.weight&apos; hat die Form %1; erwartet [width, 3, patch, patch]</translation>
    </message>
    <message>
        <source>tensor &apos;visual.positional_embedding&apos; has shape %1; expected [grid² + 1, %2]</source>
        <translation>Tensor &apos;visual.positional_embedding&apos; hat die Form %1; erwartet [grid² + 1, %2]</translation>
    </message>
    <message>
        <source>tensor &apos;text_projection&apos; has shape %1 but the image tower embeds into %2</source>
        <translation>Tensor &apos;text_projection&apos; hat die Form %1, der Bildturm bettet jedoch in %2 ein</translation>
    </message>
    <message>
        <source>config &apos;std&apos; must be positive</source>
        <translation>Konfigurationswert &apos;std&apos; muss positiv sein</translation>
    </message>
    <message>
        <source>the image tower&apos;s width %1 cannot be split into attention heads; give the head count in a config.json beside the checkpoint</source>
        <translation>die Breite %1 des Bildturms lässt sich nicht auf Attention-Heads aufteilen; geben Sie die Anzahl der Heads in einer config.json neben dem Checkpoint an</translation>
    </message>
    <message>
        <source>the text tower&apos;s width %1 cannot be split into attention heads; give the head count in a config.json beside the checkpoint</source>
        <translation>die Breite %1 des Textturms lässt sich nicht auf Attention-Heads aufteilen; geben Sie die Anzahl der Heads in einer config.json neben dem Checkpoint an</translation>
    </message>
    <message>
        <source>config.checkpoint is missing or not an object {path or file, sha256}</source>
        <translation>config.checkpoint fehlt oder ist kein Objekt {path oder file, sha256}</translation>
    </message>
    <message>
        <source>config.checkpoint.sha256 must be 64 lower-case hex digits</source>
        <translation>config.checkpoint.sha256 muss aus 64 hexadezimalen Kleinbuchstaben bzw. Ziffern bestehen</translation>
    </message>
    <message>
        <source>config.checkpoint needs either &apos;file&apos; (a copy inside the pack) or &apos;path&apos; (an absolute path outside it), not both</source>
        <translation>config.checkpoint benötigt entweder &apos;file&apos; (eine Kopie im Paket) oder &apos;path&apos; (einen absoluten Pfad außerhalb des Pakets), nicht beides</translation>
    </message>
    <message>
        <source>config.checkpoint.file: %1</source>
        <translation>config.checkpoint.file: %1</translation>
    </message>
    <message>
        <source>config.checkpoint.file &apos;%1&apos; is not listed in the encoder&apos;s files</source>
        <translation>config.checkpoint.file &apos;%1&apos; ist nicht unter den Dateien des Encoders aufgeführt</translation>
    </message>
    <message>
        <source>config.checkpoint.path must be absolute (it is &apos;%1&apos;)</source>
        <translation>config.checkpoint.path muss absolut sein (er lautet &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>config.checkpoint.sha256 does not match the SHA-256 manifest.json lists for the copied checkpoint %1</source>
        <translation>config.checkpoint.sha256 stimmt nicht mit dem SHA-256 überein, den manifest.json für den kopierten Checkpoint %1 angibt</translation>
    </message>
    <message>
        <source>the checkpoint %1 is missing (config.checkpoint.path); put the file back or rebuild the pack</source>
        <translation>der Checkpoint %1 fehlt (config.checkpoint.path); legen Sie die Datei wieder an ihren Ort oder erstellen Sie das Paket neu</translation>
    </message>
    <message>
        <source>Checking the checkpoint&apos;s SHA-256</source>
        <translation>SHA-256 des Checkpoints wird geprüft</translation>
    </message>
    <message>
        <source>cannot read the checkpoint %1 (%2)</source>
        <translation>der Checkpoint %1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>the checkpoint %1 has SHA-256 %2, the pack was built with %3: it was replaced or modified</source>
        <translation>der Checkpoint %1 hat den SHA-256 %2, das Paket wurde mit %3 erstellt: er wurde ersetzt oder verändert</translation>
    </message>
    <message>
        <source>config.tuned must be a pack-relative file (%1)</source>
        <translation>config.tuned muss eine Datei relativ zum Paket sein (%1)</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>config.tuned &apos;%1&apos; is not listed in the encoder&apos;s files</source>
        <translation>config.tuned &apos;%1&apos; ist nicht unter den Dateien des Encoders aufgeführt</translation>
    </message>
    <message>
        <source>config.activation must be &quot;gelu&quot; or &quot;quickgelu&quot;</source>
        <translation>config.activation muss &quot;gelu&quot; oder &quot;quickgelu&quot; sein</translation>
    </message>
    <message>
        <source>files: &apos;%1&apos; is neither the checkpoint copy nor the tuned tensors</source>
        <translation>files: &apos;%1&apos; ist weder die Kopie des Checkpoints noch die feinabgestimmten Tensoren</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing</source>
        <translation>Tensor &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; this architecture needs %3</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2; diese Architektur benötigt %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has dtype %2; CLIP weights must be F32, F16 or BF16</source>
        <translation>Tensor &apos;%1&apos; hat den dtype %2; CLIP-Gewichte müssen F32, F16 oder BF16 sein</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds the wrong number of bytes</source>
        <translation>Tensor &apos;%1&apos; enthält eine falsche Anzahl von Bytes</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds NaN or infinite values: the checkpoint is damaged</source>
        <translation>Tensor &apos;%1&apos; enthält NaN- oder unendliche Werte: der Checkpoint ist beschädigt</translation>
    </message>
    <message>
        <source>Encoding images</source>
        <translation>Bilder werden kodiert</translation>
    </message>
    <message>
        <source>encoding cancelled</source>
        <translation>Kodierung abgebrochen</translation>
    </message>
    <message>
        <source>tuned tensor &apos;%1&apos; is not a tensor of this checkpoint</source>
        <translation>feinabgestimmter Tensor &apos;%1&apos; ist kein Tensor dieses Checkpoints</translation>
    </message>
    <message>
        <source>tuned tensor &apos;%1&apos; has shape %2; the checkpoint&apos;s is %3</source>
        <translation>feinabgestimmter Tensor &apos;%1&apos; hat die Form %2; die des Checkpoints ist %3</translation>
    </message>
    <message>
        <source>Reading CLIP checkpoint</source>
        <translation>CLIP-Checkpoint wird gelesen</translation>
    </message>
    <message>
        <source>a token row has %1 ids; this model takes %2</source>
        <translation>eine Token-Zeile hat %1 IDs; dieses Modell nimmt %2 entgegen</translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary of %2</source>
        <translation>Token-ID %1 liegt außerhalb des Vokabulars von %2</translation>
    </message>
    <message>
        <source>Encoding texts</source>
        <translation>Texte werden kodiert</translation>
    </message>
    <message>
        <source>this model has no text tower</source>
        <translation>dieses Modell hat keinen Textturm</translation>
    </message>
    <message>
        <source>cannot start the gzip decoder</source>
        <translation>der gzip-Decoder kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>the compressed merge list unpacks to more than 64 MB</source>
        <translation>die komprimierte Merge-Liste entpackt sich auf mehr als 64 MB</translation>
    </message>
    <message>
        <source>the compressed merge list is truncated (the file ends too early)</source>
        <translation>die komprimierte Merge-Liste ist abgeschnitten (die Datei endet zu früh)</translation>
    </message>
    <message>
        <source>the compressed merge list is damaged (gzip data error)</source>
        <translation>die komprimierte Merge-Liste ist beschädigt (gzip-Datenfehler)</translation>
    </message>
    <message>
        <source>not a CLIP merge list (no &quot;text&quot; string in the JS module)</source>
        <translation>keine CLIP-Merge-Liste (keine &quot;text&quot;-Zeichenkette im JS-Modul)</translation>
    </message>
    <message>
        <source>the JS merge list has a broken \u escape</source>
        <translation>die JS-Merge-Liste enthält eine fehlerhafte \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>the JS merge list is truncated (its text string never ends)</source>
        <translation>die JS-Merge-Liste ist abgeschnitten (ihre Textzeichenkette endet nie)</translation>
    </message>
    <message>
        <source>cannot read the BPE merge list: %1</source>
        <translation>die BPE-Merge-Liste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>too large for a BPE merge list (over 64 MB)</source>
        <translation>zu groß für eine BPE-Merge-Liste (über 64 MB)</translation>
    </message>
    <message>
        <source>the BPE merge list is empty</source>
        <translation>die BPE-Merge-Liste ist leer</translation>
    </message>
    <message>
        <source>not a CLIP merge list (the text is not UTF-8)</source>
        <translation>keine CLIP-Merge-Liste (der Text ist nicht UTF-8)</translation>
    </message>
    <message>
        <source>not a CLIP merge list (line %1 is not a pair of symbols)</source>
        <translation>keine CLIP-Merge-Liste (Zeile %1 ist kein Symbolpaar)</translation>
    </message>
    <message>
        <source>the BPE merge list holds %1 merges; CLIP needs %2 (truncated or another vocabulary)</source>
        <translation>die BPE-Merge-Liste enthält %1 Merges; CLIP benötigt %2 (abgeschnitten oder ein anderes Vokabular)</translation>
    </message>
    <message>
        <source>the configuration beside the checkpoint cannot be read: %1</source>
        <translation>die Konfiguration neben dem Checkpoint kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>SHA-256 is unavailable</source>
        <translation>SHA-256 ist nicht verfügbar</translation>
    </message>
    <message>
        <source>image encoder, batch 1</source>
        <translation>Bildencoder, Batch 1</translation>
    </message>
    <message>
        <source>benchmark cancelled</source>
        <translation>Benchmark abgebrochen</translation>
    </message>
    <message>
        <source>image encoder, batch 8</source>
        <translation>Bildencoder, Batch 8</translation>
    </message>
    <message>
        <source>text encoder, 120 prompts</source>
        <translation>Textencoder, 120 Prompts</translation>
    </message>
    <message>
        <source>GEMM rate</source>
        <translation>GEMM-Rate</translation>
    </message>
    <message>
        <source>OpenBLAS uses its SSE3 kernels on this AVX2/AVX-512 processor (~5x slower): set OPENBLAS_CORETYPE=%1</source>
        <translation>OpenBLAS verwendet auf diesem AVX2/AVX-512-Prozessor seine SSE3-Kernel (~5x langsamer): setzen Sie OPENBLAS_CORETYPE=%1</translation>
    </message>
    <message>
        <source>kernels: %1</source>
        <translation>Kernel: %1</translation>
    </message>
    <message>
        <source>zero-shot folder not found</source>
        <translation>Zero-Shot-Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>the class folder &apos;%1&apos; holds no image</source>
        <translation>der Klassenordner &apos;%1&apos; enthält kein Bild</translation>
    </message>
    <message>
        <source>a zero-shot folder needs at least two class subfolders with images, found %1</source>
        <translation>ein Zero-Shot-Ordner benötigt mindestens zwei Klassen-Unterordner mit Bildern, gefunden: %1</translation>
    </message>
    <message>
        <source>Zero-shot images</source>
        <translation>Zero-Shot-Bilder</translation>
    </message>
    <message>
        <source>zero-shot check cancelled</source>
        <translation>Zero-Shot-Prüfung abgebrochen</translation>
    </message>
    <message>
        <source>the image could not be prepared for the image tower</source>
        <translation>das Bild konnte nicht für den Bildturm aufbereitet werden</translation>
    </message>
    <message>
        <source>alignment proxy (zero-shot on %1 images of %2 classes in %3): before tuning %4, tuned tower %5, tuned image embedding I %6</source>
        <translation>Ausrichtungs-Proxy (Zero-Shot auf %1 Bildern aus %2 Klassen in %3): vor der Feinabstimmung %4, feinabgestimmter Turm %5, feinabgestimmtes Bild-Embedding I %6</translation>
    </message>
    <message>
        <source>warning: tuning lowered the tower&apos;s zero-shot accuracy by %1 points: the text-image alignment the explanations rely on may be damaged</source>
        <translation>Warnung: die Feinabstimmung hat die Zero-Shot-Genauigkeit des Turms um %1 Punkte gesenkt: die Text-Bild-Ausrichtung, auf der die Erklärungen beruhen, ist möglicherweise beschädigt</translation>
    </message>
    <message>
        <source>warning: the trained image embedding I scores %1 points below the checkpoint in zero-shot: its concept scores may no longer mean what the descriptor prompts say</source>
        <translation>Warnung: das trainierte Bild-Embedding I liegt im Zero-Shot-Test %1 Punkte unter dem Checkpoint: seine Konzept-Scores bedeuten möglicherweise nicht mehr, was die Deskriptor-Prompts aussagen</translation>
    </message>
    <message>
        <source>a CLIP face pack needs the measured + prompt concept layout</source>
        <translation>ein CLIP-Gesichtspaket benötigt das Konzept-Layout gemessen + Prompt</translation>
    </message>
    <message>
        <source>no trained head to write</source>
        <translation>kein trainierter Kopf zum Schreiben vorhanden</translation>
    </message>
    <message>
        <source>calibration.baseline_threshold is missing: the CLIP image cosine is the pack&apos;s black-box baseline and needs its own threshold</source>
        <translation>calibration.baseline_threshold fehlt: der CLIP-Bildkosinus ist die Black-Box-Vergleichsbasis des Pakets und benötigt einen eigenen Schwellenwert</translation>
    </message>
    <message>
        <source>the model has no text tower: descriptor prompts cannot be encoded</source>
        <translation>das Modell hat keinen Textturm: Deskriptor-Prompts können nicht kodiert werden</translation>
    </message>
    <message>
        <source>Encoding descriptor prompts (%1 of %2)</source>
        <translation>Deskriptor-Prompts werden kodiert (%1 von %2)</translation>
    </message>
    <message>
        <source>Descriptor prompts encoded</source>
        <translation>Deskriptor-Prompts kodiert</translation>
    </message>
    <message>
        <source>cannot read the checkpoint (%1)</source>
        <translation>der Checkpoint kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>cannot map the checkpoint (%1)</source>
        <translation>der Checkpoint kann nicht in den Speicher abgebildet werden (%1)</translation>
    </message>
    <message>
        <source>__metadata__ has no number &apos;%1&apos; (give it as an option)</source>
        <translation>__metadata__ enthält keine Zahl &apos;%1&apos; (geben Sie sie als Option an)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing or not a matrix</source>
        <translation>Tensor &apos;%1&apos; fehlt oder ist keine Matrix</translation>
    </message>
    <message>
        <source>tensor &apos;F.0.weight&apos; has %1 rows, which does not divide the checkpoint&apos;s embedding width %2</source>
        <translation>Tensor &apos;F.0.weight&apos; hat %1 Zeilen, was kein Teiler der Embedding-Breite %2 des Checkpoints ist</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, the catalog and checkpoint need %3</source>
        <translation>Tensor &apos;%1&apos; hat die Form %2, Katalog und Checkpoint erfordern %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, expected F32</source>
        <translation>Tensor &apos;%1&apos; ist %2, erwartet F32</translation>
    </message>
    <message>
        <source>tensor &apos;T&apos; must not be given: the descriptor embeddings come from the checkpoint&apos;s text tower</source>
        <translation>Tensor &apos;T&apos; darf nicht angegeben werden: die Deskriptor-Embeddings stammen aus dem Textturm des Checkpoints</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not part of a face head</source>
        <translation>Tensor &apos;%1&apos; gehört nicht zu einem Gesichtskopf</translation>
    </message>
    <message>
        <source>the population statistics beside the head do not have %1 values</source>
        <translation>die Populationsstatistiken neben dem Kopf haben keine %1 Werte</translation>
    </message>
    <message>
        <source>descriptor embeddings do not match the catalog</source>
        <translation>Deskriptor-Embeddings stimmen nicht mit dem Katalog überein</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>CLIP prompt</source>
        <translation>CLIP-Prompt</translation>
    </message>
    <message>
        <source>a face layout&apos;s cosine concepts cannot be measured ones</source>
        <translation>die Kosinus-Konzepte eines Gesichts-Layouts können keine gemessenen sein</translation>
    </message>
    <message>
        <source>catalog has no descriptors</source>
        <translation>Katalog hat keine Deskriptoren</translation>
    </message>
    <message>
        <source>measured concepts from %1 (landmarks)</source>
        <translation>gemessene Konzepte aus %1 (Landmarken)</translation>
    </message>
    <message>
        <source>prompt concepts from %1 (image-text similarity)</source>
        <translation>Prompt-Konzepte aus %1 (Bild-Text-Ähnlichkeit)</translation>
    </message>
    <message>
        <source>%1 concepts from %2</source>
        <translation>%1 Konzepte aus %2</translation>
    </message>
    <message>
        <source>, checkpoint SHA-256 %1</source>
        <translation>, Checkpoint-SHA-256 %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>head.layout: must be &quot;measured+appearance&quot; or &quot;measured+prompt&quot;</source>
        <translation>head.layout: muss &quot;measured+appearance&quot; oder &quot;measured+prompt&quot; sein</translation>
    </message>
    <message>
        <source>head and descriptor tensors are written from the head</source>
        <translation>Kopf- und Deskriptortensoren werden aus dem Kopf geschrieben</translation>
    </message>
    <message>
        <source>dlib ResNet</source>
        <translation>dlib ResNet</translation>
    </message>
    <message>
        <source>CLIP image embedding</source>
        <translation>CLIP-Bild-Embedding</translation>
    </message>
    <message>
        <source>The black-box baseline (the %5 image embedding&apos;s cosine) scores %1 against its threshold %2 (%3)%4.</source>
        <translation>Die Black-Box-Vergleichsbasis (Kosinus des %5-Bild-Embeddings) erreicht %1 gegenüber ihrem Schwellenwert %2 (%3)%4.</translation>
    </message>
    <message>
        <source>the checkpoint has no text tower to encode the descriptor prompts</source>
        <translation>der Checkpoint hat keinen Textturm, um die Deskriptor-Prompts zu kodieren</translation>
    </message>
    <message>
        <source>checkpoint %1: %2, %3 (SHA-256 %4)</source>
        <translation>Checkpoint %1: %2, %3 (SHA-256 %4)</translation>
    </message>
    <message>
        <source>%1 descriptor prompts encoded, %2 measured concepts</source>
        <translation>%1 Deskriptor-Prompts kodiert, %2 gemessene Konzepte</translation>
    </message>
    <message>
        <source>%1 training faces, %2 held-out identities, %3 failures</source>
        <translation>%1 Trainingsgesichter, %2 zurückgehaltene Identitäten, %3 Fehlschläge</translation>
    </message>
    <message>
        <source>%1 held-out: explainable %2 ± %3, CLIP baseline %4 ± %5 (%6 pairs)</source>
        <translation>%1 zurückgehalten: erklärbar %2 ± %3, CLIP-Vergleichsbasis %4 ± %5 (%6 Paare)</translation>
    </message>
    <message>
        <source>feature cache %1 not used (%2): rebuilt</source>
        <translation>Merkmals-Cache %1 nicht verwendet (%2): neu erstellt</translation>
    </message>
    <message>
        <source>feature cache: none (--cache not given)</source>
        <translation>Merkmals-Cache: keiner (--cache nicht angegeben)</translation>
    </message>
    <message>
        <source>feature cache: %1 of %2 faces reused from %3</source>
        <translation>Merkmals-Cache: %1 von %2 Gesichtern aus %3 wiederverwendet</translation>
    </message>
    <message>
        <source>alignment proxy skipped: no --zero-shot folder given</source>
        <translation>Ausrichtungs-Proxy übersprungen: kein --zero-shot-Ordner angegeben</translation>
    </message>
    <message>
        <source>no face of a training identity could be analysed</source>
        <translation>kein Gesicht einer Trainingsidentität konnte analysiert werden</translation>
    </message>
    <message>
        <source>trained alpha %1</source>
        <translation>trainiertes alpha %1</translation>
    </message>
    <message>
        <source>not a feature cache of this version</source>
        <translation>kein Merkmals-Cache dieser Version</translation>
    </message>
    <message>
        <source>exists and is not a Descry feature cache; it is not replaced</source>
        <translation>existiert und ist kein Descry-Merkmals-Cache; er wird nicht ersetzt</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>a TorchScript archive (torch.jit.save) holds code, not a state_dict; save its state_dict() with torch.save or as safetensors</source>
        <translation>ein TorchScript-Archiv (torch.jit.save) enthält Code, kein state_dict; speichern Sie dessen state_dict() mit torch.save oder als safetensors</translation>
    </message>
    <message>
        <source>not a torch.save checkpoint: the zip archive has no data.pkl entry</source>
        <translation>kein torch.save-Checkpoint: das zip-Archiv hat keinen Eintrag data.pkl</translation>
    </message>
    <message>
        <source>the zip archive holds %1 data.pkl entries; a checkpoint holds one</source>
        <translation>das zip-Archiv enthält %1 Einträge data.pkl; ein Checkpoint enthält einen</translation>
    </message>
    <message>
        <source>only little-endian checkpoints can be read (byteorder &apos;%1&apos;)</source>
        <translation>nur Little-Endian-Checkpoints können gelesen werden (byteorder &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: its storage &apos;%2&apos; is missing from the archive</source>
        <translation>Tensor &apos;%1&apos;: sein Storage &apos;%2&apos; fehlt im Archiv</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; is compressed (method %2); torch.save stores entries uncompressed, so it cannot be memory-mapped: re-save the checkpoint with torch.save</source>
        <translation>zip-Eintrag &apos;%1&apos; ist komprimiert (Methode %2); torch.save speichert Einträge unkomprimiert, daher kann er nicht in den Speicher abgebildet werden: speichern Sie den Checkpoint erneut mit torch.save</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: %2</source>
        <translation>Tensor &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>its storage &apos;%1&apos; holds %2 bytes, but %3 elements of %4 need %5</source>
        <translation>sein Storage &apos;%1&apos; enthält %2 Bytes, aber %3 Elemente von %4 benötigen %5</translation>
    </message>
    <message>
        <source>more</source>
        <translation>weitere</translation>
    </message>
    <message>
        <source>implausible shape %1, stride %2 or offset %3</source>
        <translation>unplausible Form %1, Stride %2 oder Offset %3</translation>
    </message>
    <message>
        <source>shape %1 with stride %2 at offset %3 runs past its storage of %4 elements</source>
        <translation>Form %1 mit Stride %2 bei Offset %3 reicht über ihren Storage von %4 Elementen hinaus</translation>
    </message>
    <message>
        <source>its strides %1 repeat elements of the storage; save tensor.contiguous() instead</source>
        <translation>seine Strides %1 wiederholen Elemente des Storage; speichern Sie stattdessen tensor.contiguous()</translation>
    </message>
    <message>
        <source>the checkpoint holds a %1, not a state_dict</source>
        <translation>der Checkpoint enthält ein %1, kein state_dict</translation>
    </message>
    <message>
        <source>a tensor is stored under a %1 key</source>
        <translation>ein Tensor ist unter einem Schlüssel vom Typ %1 gespeichert</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; appears twice</source>
        <translation>Tensor &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the checkpoint holds no tensors</source>
        <translation>der Checkpoint enthält keine Tensoren</translation>
    </message>
    <message>
        <source>a torch.save checkpoint of the legacy format (PyTorch before 1.6) cannot be read; re-save it with a current PyTorch or as safetensors</source>
        <translation>ein torch.save-Checkpoint im Legacy-Format (PyTorch vor 1.6) kann nicht gelesen werden; speichern Sie ihn mit einem aktuellen PyTorch oder als safetensors erneut</translation>
    </message>
    <message>
        <source>not a zip archive: %1 bytes is too short (file truncated?)</source>
        <translation>kein zip-Archiv: %1 Bytes sind zu kurz (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>the zip archive has no end of central directory record (file truncated?)</source>
        <translation>das zip-Archiv hat keinen End-of-Central-Directory-Eintrag (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>multi-part zip archives are not supported</source>
        <translation>mehrteilige zip-Archive werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the zip64 end of central directory locator is missing (file damaged?)</source>
        <translation>der zip64-End-of-Central-Directory-Locator fehlt (Datei beschädigt?)</translation>
    </message>
    <message>
        <source>the zip64 end of central directory record lies outside the file (file damaged?)</source>
        <translation>der zip64-End-of-Central-Directory-Eintrag liegt außerhalb der Datei (Datei beschädigt?)</translation>
    </message>
    <message>
        <source>the zip64 central directory lies outside the file (file damaged?)</source>
        <translation>das zip64-Central-Directory liegt außerhalb der Datei (Datei beschädigt?)</translation>
    </message>
    <message>
        <source>the zip central directory [%1, +%2) lies outside the file (%3 bytes; file truncated?)</source>
        <translation>das zip-Central-Directory [%1, +%2) liegt außerhalb der Datei (%3 Bytes; Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>the zip central directory announces %1 entries but holds at most %2</source>
        <translation>das zip-Central-Directory kündigt %1 Einträge an, enthält aber höchstens %2</translation>
    </message>
    <message>
        <source>a zip central directory record runs past the directory (file damaged?)</source>
        <translation>ein Eintrag des zip-Central-Directory reicht über das Verzeichnis hinaus (Datei beschädigt?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: malformed zip64 extra field</source>
        <translation>zip-Eintrag &apos;%1&apos;: fehlerhaftes zip64-Extra-Feld</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; is encrypted</source>
        <translation>zip-Eintrag &apos;%1&apos; ist verschlüsselt</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: its local header at byte %2 is missing or outside the file (file damaged?)</source>
        <translation>zip-Eintrag &apos;%1&apos;: sein lokaler Header bei Byte %2 fehlt oder liegt außerhalb der Datei (Datei beschädigt?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: implausible size %2</source>
        <translation>zip-Eintrag &apos;%1&apos;: unplausible Größe %2</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: its %2 bytes at byte %3 run past the data area (file truncated?)</source>
        <translation>zip-Eintrag &apos;%1&apos;: seine %2 Bytes bei Byte %3 reichen über den Datenbereich hinaus (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; is stored but its sizes disagree (%2 and %3 bytes)</source>
        <translation>zip-Eintrag &apos;%1&apos; ist unkomprimiert gespeichert, aber seine Größen stimmen nicht überein (%2 und %3 Bytes)</translation>
    </message>
    <message>
        <source>zip central directory record %1 of %2 is missing or damaged (file damaged?)</source>
        <translation>Eintrag %1 von %2 des zip-Central-Directory fehlt oder ist beschädigt (Datei beschädigt?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; appears twice</source>
        <translation>zip-Eintrag &apos;%1&apos; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the pickle is %1 bytes, more than a state_dict needs</source>
        <translation>der Pickle ist %1 Bytes groß, mehr als ein state_dict benötigt</translation>
    </message>
    <message>
        <source>the pickle ends without its STOP opcode (file truncated?)</source>
        <translation>der Pickle endet ohne seinen STOP-Opcode (Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>pickle &apos;%1&apos;, byte %2: %3</source>
        <translation>Pickle &apos;%1&apos;, Byte %2: %3</translation>
    </message>
    <message>
        <source>the pickle is truncated</source>
        <translation>der Pickle ist abgeschnitten</translation>
    </message>
    <message>
        <source>malformed pickle (stack underflow)</source>
        <translation>fehlerhafter Pickle (Stack-Unterlauf)</translation>
    </message>
    <message>
        <source>the pickle holds more than %1 objects</source>
        <translation>der Pickle enthält mehr als %1 Objekte</translation>
    </message>
    <message>
        <source>the pickle&apos;s stack grows beyond %1 entries</source>
        <translation>der Stack des Pickles wächst über %1 Einträge hinaus</translation>
    </message>
    <message>
        <source>the pickle&apos;s containers hold more than %1 items</source>
        <translation>die Container des Pickles enthalten mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>unknown pickle protocol</source>
        <translation>unbekanntes Pickle-Protokoll</translation>
    </message>
    <message>
        <source>the pickle nests deeper than %1 levels</source>
        <translation>der Pickle ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>pickle opcode 0x%1 is not supported in a checkpoint</source>
        <translation>Pickle-Opcode 0x%1 wird in einem Checkpoint nicht unterstützt</translation>
    </message>
    <message>
        <source>an integer of %1 bytes is too large</source>
        <translation>eine Ganzzahl mit %1 Bytes ist zu groß</translation>
    </message>
    <message>
        <source>malformed pickle (a dict with an odd number of items)</source>
        <translation>fehlerhafter Pickle (ein dict mit ungerader Anzahl von Elementen)</translation>
    </message>
    <message>
        <source>malformed pickle (items added to a %1)</source>
        <translation>fehlerhafter Pickle (Elemente zu einem %1 hinzugefügt)</translation>
    </message>
    <message>
        <source>the pickle memoizes more than %1 objects</source>
        <translation>der Pickle memoisiert mehr als %1 Objekte</translation>
    </message>
    <message>
        <source>malformed pickle (memo entry %1 is missing)</source>
        <translation>fehlerhafter Pickle (Memo-Eintrag %1 fehlt)</translation>
    </message>
    <message>
        <source>malformed pickle (STACK_GLOBAL without names)</source>
        <translation>fehlerhafter Pickle (STACK_GLOBAL ohne Namen)</translation>
    </message>
    <message>
        <source>malformed pickle (a global name is unterminated or too long)</source>
        <translation>fehlerhafter Pickle (ein globaler Name ist nicht abgeschlossen oder zu lang)</translation>
    </message>
    <message>
        <source>pickle global %1 is not allowed in a checkpoint (refused, nothing was run)</source>
        <translation>Pickle-Global %1 ist in einem Checkpoint nicht zulässig (abgelehnt, es wurde nichts ausgeführt)</translation>
    </message>
    <message>
        <source>malformed pickle (REDUCE of a %1)</source>
        <translation>fehlerhafter Pickle (REDUCE eines %1)</translation>
    </message>
    <message>
        <source>collections.OrderedDict called with arguments</source>
        <translation>collections.OrderedDict mit Argumenten aufgerufen</translation>
    </message>
    <message>
        <source>malformed _rebuild_parameter call</source>
        <translation>fehlerhafter _rebuild_parameter-Aufruf</translation>
    </message>
    <message>
        <source>%1 cannot be called</source>
        <translation>%1 kann nicht aufgerufen werden</translation>
    </message>
    <message>
        <source>malformed _rebuild_tensor_v2 call</source>
        <translation>fehlerhafter _rebuild_tensor_v2-Aufruf</translation>
    </message>
    <message>
        <source>malformed persistent id (not a torch storage)</source>
        <translation>fehlerhafte Persistent-ID (kein Torch-Storage)</translation>
    </message>
    <message>
        <source>%1 is not a storage class</source>
        <translation>%1 ist keine Storage-Klasse</translation>
    </message>
    <message>
        <source>a storage of %1 elements</source>
        <translation>ein Storage mit %1 Elementen</translation>
    </message>
    <message>
        <source>malformed pickle (BUILD of a %1)</source>
        <translation>fehlerhafter Pickle (BUILD eines %1)</translation>
    </message>
    <message>
        <source>no tail</source>
        <translation>kein Tail</translation>
    </message>
    <message>
        <source>a tail needs a head with descriptor embeddings</source>
        <translation>ein Tail benötigt einen Kopf mit Deskriptor-Embeddings</translation>
    </message>
    <message>
        <source>the cached inputs must be a matrix</source>
        <translation>die zwischengespeicherten Eingaben müssen eine Matrix sein</translation>
    </message>
    <message>
        <source>give --%1 (the head file %2 records no &apos;%3&apos; in its metadata, nor does a pack it belongs to)</source>
        <translation>geben Sie --%1 an (die Kopfdatei %2 verzeichnet kein &apos;%3&apos; in ihren Metadaten, und auch kein Paket, zu dem sie gehört)</translation>
    </message>
    <message>
        <source>is not DICOM; not exported</source>
        <translation>ist kein DICOM; nicht exportiert</translation>
    </message>
    <message>
        <source>holds no DICOM image to de-identify</source>
        <translation>enthält kein DICOM-Bild zum De-Identifizieren</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3 removed, %4 emptied, %5 replaced)
</source>
        <translation>%1 -&gt; %2 (%3 entfernt, %4 geleert, %5 ersetzt)
</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) de-identified into %1, %2 UIDs remapped</source>
        <translation>
            <numerusform>%n Datei de-identifiziert nach %1, %2 UIDs neu zugeordnet</numerusform>
            <numerusform>%n Dateien de-identifiziert nach %1, %2 UIDs neu zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped (not DICOM images)</source>
        <translation>
            <numerusform>; %n Datei übersprungen (kein DICOM-Bild)</numerusform>
            <numerusform>; %n Dateien übersprungen (keine DICOM-Bilder)</numerusform>
        </translation>
    </message>
    <message>
        <source>write de-identified copies of DICOM files (PS3.15 Basic Application Confidentiality Profile)</source>
        <translation>de-identifizierte Kopien von DICOM-Dateien schreiben (PS3.15 Basic Application Confidentiality Profile)</translation>
    </message>
    <message>
        <source>DICOM files, folders (scanned recursively) or DICOMDIRs</source>
        <translation>DICOM-Dateien, Ordner (rekursiv durchsucht) oder DICOMDIRs</translation>
    </message>
    <message>
        <source>folder the copies are written to (created; files are never overwritten)</source>
        <translation>Ordner, in den die Kopien geschrieben werden (wird angelegt; Dateien werden nie überschrieben)</translation>
    </message>
    <message>
        <source>move every date by DAYS days (times kept) instead of removing dates</source>
        <translation>jedes Datum um DAYS Tage verschieben (Uhrzeiten bleiben erhalten), statt Datumsangaben zu entfernen</translation>
    </message>
    <message>
        <source>meets the goal</source>
        <translation>erreicht das Ziel</translation>
    </message>
    <message>
        <source>MISSES the goal</source>
        <translation>VERFEHLT das Ziel</translation>
    </message>
    <message>
        <source>%1 x %1 16-bit CR, %2 MB DICOM file, best of %3 runs</source>
        <translation>%1 x %1 16-Bit-CR, DICOM-Datei mit %2 MB, bester von %3 Läufen</translation>
    </message>
    <message>
        <source>decode (read, hash, stored values):  %1 ms</source>
        <translation>Dekodieren (Lesen, Hash, gespeicherte Werte):  %1 ms</translation>
    </message>
    <message>
        <source>first display from decoded pixels:  %1 ms (goal &lt; 300 ms: %2)</source>
        <translation>erste Anzeige aus den dekodierten Pixeln:  %1 ms (Ziel &lt; 300 ms: %2)</translation>
    </message>
    <message>
        <source>  LUT build %1 ms, LUT apply %2 ms</source>
        <translation>  LUT-Aufbau %1 ms, LUT-Anwendung %2 ms</translation>
    </message>
    <message>
        <source>scale to %1x%2 viewport (smooth):  %3 ms scaled(), %4 ms QPainter</source>
        <translation>Skalieren auf Ansichtsbereich %1x%2 (geglättet):  %3 ms scaled(), %4 ms QPainter</translation>
    </message>
    <message>
        <source>window/level redraw:  %1 fps full resolution, %2 fps drawn into the viewport (goal &gt;= 30: %3)</source>
        <translation>Neuzeichnen bei Fensterung:  %1 fps in voller Auflösung, %2 fps in den Ansichtsbereich gezeichnet (Ziel &gt;= 30: %3)</translation>
    </message>
    <message>
        <source>in process CPU time (not inflated by other processes): decode %1 ms, first display %2 ms, redraw %3 fps (%4 fps drawn into the viewport)</source>
        <translation>CPU-Zeit des Prozesses (nicht durch andere Prozesse verfälscht): Dekodieren %1 ms, erste Anzeige %2 ms, Neuzeichnen %3 fps (%4 fps in den Ansichtsbereich gezeichnet)</translation>
    </message>
    <message>
        <source>baseline memcpy of the frame:  %1 GB/s (%2 ms); first display = %3 frame copies</source>
        <translation>memcpy des Frames als Vergleichsbasis:  %1 GB/s (%2 ms); erste Anzeige = %3 Frame-Kopien</translation>
    </message>
    <message>
        <source>time decoding, first display and window/level redraws of a generated 16-bit CR</source>
        <translation>Dekodieren, erste Anzeige und Neuzeichnen bei Fensterung eines generierten 16-Bit-CR zeitlich messen</translation>
    </message>
    <message>
        <source>rows and columns of the generated image</source>
        <translation>Zeilen und Spalten des generierten Bildes</translation>
    </message>
    <message>
        <source>--window takes CENTER,WIDTH (two numbers, width &gt; 0), not &quot;%1&quot;</source>
        <translation>--window erwartet CENTER,WIDTH (zwei Zahlen, Breite &gt; 0), nicht &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>--frame %1: the image has %n frame(s)</source>
        <translation>
            <numerusform>--frame %1: das Bild hat %n Frame</numerusform>
            <numerusform>--frame %1: das Bild hat %n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>--window and --preset apply to greyscale images; this image is colour (%1)</source>
        <translation>--window und --preset gelten für Graustufenbilder; dieses Bild ist farbig (%1)</translation>
    </message>
    <message>
        <source>--preset %1: the image has no window presets</source>
        <translation>--preset %1: das Bild hat keine Fenstervoreinstellungen</translation>
    </message>
    <message numerus="yes">
        <source>--preset %1: the image has %n window preset(s)</source>
        <translation>
            <numerusform>--preset %1: das Bild hat %n Fenstervoreinstellung</numerusform>
            <numerusform>--preset %1: das Bild hat %n Fenstervoreinstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>raster image</source>
        <translation>Rasterbild</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 x %5, frame %6 of %7, %8 bits stored
</source>
        <translation>%1: %2 %3, %4 x %5, Frame %6 von %7, %8 gespeicherte Bits
</translation>
    </message>
    <message>
        <source>window: %1%2
</source>
        <translation>Fenster: %1%2
</translation>
    </message>
    <message>
        <source>, inverted</source>
        <translation>, invertiert</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>exists and is not a PNG image; it is not replaced, choose another file</source>
        <translation>existiert und ist kein PNG-Bild; sie wird nicht ersetzt, wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>frame %1 could not be rendered</source>
        <translation>Frame %1 konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>the PNG image could not be encoded</source>
        <translation>das PNG-Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>write a radiograph (DICOM or raster) as a reader sees it, as PNG; with --json its metadata</source>
        <translation>eine Röntgenaufnahme (DICOM oder Rasterbild) so als PNG schreiben, wie sie dem Befunder angezeigt wird; mit --json ihre Metadaten</translation>
    </message>
    <message>
        <source>a DICOM file or a PNG/JPEG/TIFF radiograph</source>
        <translation>eine DICOM-Datei oder eine Röntgenaufnahme als PNG/JPEG/TIFF</translation>
    </message>
    <message>
        <source>the PNG to write (never the input; an existing file only if it is a PNG)</source>
        <translation>die zu schreibende PNG-Datei (nie die Eingabe; eine vorhandene Datei nur, wenn sie ein PNG ist)</translation>
    </message>
    <message>
        <source>frame to render, numbered from 1</source>
        <translation>zu rendernder Frame, ab 1 nummeriert</translation>
    </message>
    <message>
        <source>window in modality units (overrides --preset and the file&apos;s default)</source>
        <translation>Fenster in Modalitätseinheiten (hat Vorrang vor --preset und dem Standard der Datei)</translation>
    </message>
    <message>
        <source>the file&apos;s window preset K, numbered from 1 (default: the first)</source>
        <translation>die Fenstervoreinstellung K der Datei, ab 1 nummeriert (Standard: die erste)</translation>
    </message>
    <message>
        <source>include patient and study identifiers in the JSON (hidden by default)</source>
        <translation>Patienten- und Studienkennungen in das JSON aufnehmen (standardmäßig verborgen)</translation>
    </message>
    <message>
        <source>evidence role of a chest X-ray case must be &apos;radiograph&apos;, not &apos;%1&apos;</source>
        <translation>die Beweismittelrolle in einem Thorax-Röntgen-Fall muss &apos;radiograph&apos; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>radiographs belong in a chest X-ray case, not a %1 case</source>
        <translation>Röntgenaufnahmen gehören in einen Thorax-Röntgen-Fall, nicht in einen %1-Fall</translation>
    </message>
    <message>
        <source>evidence file has changed since it was loaded (expected SHA-256 %1, found %2)</source>
        <translation>Beweismitteldatei wurde seit dem Laden verändert (erwartet SHA-256 %1, gefunden %2)</translation>
    </message>
    <message>
        <source>a case records at most %1 radiographs</source>
        <translation>ein Fall erfasst höchstens %1 Röntgenaufnahmen</translation>
    </message>
    <message>
        <source>a viewer state belongs in a chest X-ray case</source>
        <translation>ein Ansichtszustand gehört in einen Thorax-Röntgen-Fall</translation>
    </message>
    <message>
        <source>the image is not a radiograph of this case</source>
        <translation>das Bild ist keine Röntgenaufnahme dieses Falls</translation>
    </message>
    <message>
        <source>viewer state: %1</source>
        <translation>Ansichtszustand: %1</translation>
    </message>
    <message>
        <source>larger than the limit of %1 KB</source>
        <translation>größer als der Grenzwert von %1 KB</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a value of the wrong kind</source>
        <translation>Element &apos;%1&apos; hat einen Wert der falschen Art</translation>
    </message>
    <message>
        <source>free-text reading notes belong in a chest X-ray case</source>
        <translation>Freitext-Befundnotizen gehören in einen Thorax-Röntgen-Fall</translation>
    </message>
    <message>
        <source>the reading notes are longer than %1 characters</source>
        <translation>die Befundnotizen sind länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>reading notes: %1 → %2</source>
        <translation>Befundnotizen: %1 → %2</translation>
    </message>
    <message>
        <source>member &apos;path&apos;: %1 is listed twice (each radiograph appears once)</source>
        <translation>Element &apos;path&apos;: %1 ist zweimal aufgeführt (jede Röntgenaufnahme kommt nur einmal vor)</translation>
    </message>
    <message>
        <source>member &apos;role&apos; of a chest X-ray case must be radiograph, not &apos;%1&apos;</source>
        <translation>Element &apos;role&apos; muss in einem Thorax-Röntgen-Fall radiograph sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>more than %1 radiographs</source>
        <translation>mehr als %1 Röntgenaufnahmen</translation>
    </message>
    <message>
        <source>case: member &apos;cxr&apos; in a %1 case</source>
        <translation>Fall: Element &apos;cxr&apos; in einem %1-Fall</translation>
    </message>
    <message>
        <source>case: member &apos;cxr&apos; must be an object</source>
        <translation>Fall: Element &apos;cxr&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>case: unknown member &apos;cxr.%1&apos;</source>
        <translation>Fall: unbekanntes Element &apos;cxr.%1&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.image&apos; must name a radiograph of the case or be empty</source>
        <translation>Fall: Element &apos;cxr.image&apos; muss eine Röntgenaufnahme des Falls benennen oder leer sein</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.viewer&apos; must be an object</source>
        <translation>Fall: Element &apos;cxr.viewer&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.reading_notes&apos; must be a text of at most %1 characters</source>
        <translation>Fall: Element &apos;cxr.reading_notes&apos; muss ein Text mit höchstens %1 Zeichen sein</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.viewer&apos;: %1</source>
        <translation>Fall: Element &apos;cxr.viewer&apos;: %1</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.image&apos; (%1) is not one of the case&apos;s radiographs</source>
        <translation>Fall: Element &apos;cxr.image&apos; (%1) ist keine der Röntgenaufnahmen des Falls</translation>
    </message>
    <message>
        <source>the benchmark&apos;s DICOM file could not be written: %1</source>
        <translation>die DICOM-Datei des Benchmarks konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>no temporary folder for the benchmark: %1</source>
        <translation>kein temporärer Ordner für den Benchmark: %1</translation>
    </message>
    <message>
        <source>writing a %1 x %1 16-bit CR</source>
        <translation>ein %1 x %1 16-Bit-CR wird geschrieben</translation>
    </message>
    <message>
        <source>decoding and first display</source>
        <translation>Dekodieren und erste Anzeige</translation>
    </message>
    <message>
        <source>the benchmark image could not be displayed</source>
        <translation>das Benchmark-Bild konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>window/level redraws</source>
        <translation>Neuzeichnen bei Fensterung</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>the file says its pixels carry burned-in text (BurnedInAnnotation YES): names or dates may still be visible in the de-identified image</source>
        <translation>laut Datei enthalten ihre Pixel eingebrannten Text (BurnedInAnnotation YES): Namen oder Datumsangaben können im de-identifizierten Bild noch sichtbar sein</translation>
    </message>
    <message>
        <source>the file does not say whether its pixels carry burned-in text (no BurnedInAnnotation): check the de-identified image for visible names or dates</source>
        <translation>die Datei gibt nicht an, ob ihre Pixel eingebrannten Text enthalten (keine BurnedInAnnotation): prüfen Sie das de-identifizierte Bild auf sichtbare Namen oder Datumsangaben</translation>
    </message>
    <message>
        <source>is a folder, not a DICOM file</source>
        <translation>ist ein Ordner, keine DICOM-Datei</translation>
    </message>
    <message>
        <source>is not a DICOM file; nothing was exported</source>
        <translation>ist keine DICOM-Datei; es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>cannot read the DICOM file, nothing was exported</source>
        <translation>die DICOM-Datei kann nicht gelesen werden, es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>de-identification was cancelled; nothing was written</source>
        <translation>die De-Identifizierung wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>does not exist; nothing was exported</source>
        <translation>existiert nicht; es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>has the same SOP Instance UID as %1 but other content; its copy was given a SOP Instance UID of its own</source>
        <translation>hat dieselbe SOP Instance UID wie %1, aber einen anderen Inhalt; ihre Kopie hat eine eigene SOP Instance UID erhalten</translation>
    </message>
    <message>
        <source>already exists; de-identified files are never overwritten; nothing was exported</source>
        <translation>existiert bereits; de-identifizierte Dateien werden nie überschrieben; es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>cannot write the de-identified file (%1)</source>
        <translation>die de-identifizierte Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the data could not be flushed to disk</source>
        <translation>die Daten konnten nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <source>already exists; de-identified files are never overwritten</source>
        <translation>existiert bereits; de-identifizierte Dateien werden nie überschrieben</translation>
    </message>
    <message>
        <source>no DICOM file to de-identify was given</source>
        <translation>es wurde keine DICOM-Datei zum De-Identifizieren angegeben</translation>
    </message>
    <message>
        <source>no output folder given (the path is empty)</source>
        <translation>kein Ausgabeordner angegeben (der Pfad ist leer)</translation>
    </message>
    <message>
        <source>is a file, not a folder; nothing was exported</source>
        <translation>ist eine Datei, kein Ordner; es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>cannot create the output folder; nothing was exported</source>
        <translation>der Ausgabeordner kann nicht angelegt werden; es wurde nichts exportiert</translation>
    </message>
    <message>
        <source>de-identification was cancelled</source>
        <translation>die De-Identifizierung wurde abgebrochen</translation>
    </message>
    <message>
        <source>there is not enough memory to decode the image</source>
        <translation>zum Dekodieren des Bildes ist nicht genügend Speicher vorhanden</translation>
    </message>
    <message>
        <source>unexpected failure while reading DICOM: %1</source>
        <translation>unerwarteter Fehler beim Lesen von DICOM: %1</translation>
    </message>
    <message>
        <source>unexpected failure while reading DICOM</source>
        <translation>unerwarteter Fehler beim Lesen von DICOM</translation>
    </message>
    <message>
        <source>C %1, W %2</source>
        <translation>C %1, W %2</translation>
    </message>
    <message>
        <source>Min/max (%1)</source>
        <translation>Min/Max (%1)</translation>
    </message>
    <message>
        <source>Preset %1 (%2)</source>
        <translation>Voreinstellung %1 (%2)</translation>
    </message>
    <message>
        <source>Preset %1: %2 (%3)</source>
        <translation>Voreinstellung %1: %2 (%3)</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>VOI LUT %1: %2</source>
        <translation>VOI LUT %1: %2</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Benutzerdefiniert (%1)</translation>
    </message>
    <message>
        <source>Colour image (no window)</source>
        <translation>Farbbild (keine Fensterung)</translation>
    </message>
    <message>
        <source>image is %1×%2 px: its pixels would need %3, more than the %4 limit</source>
        <translation>Bild ist %1×%2 px: seine Pixel würden %3 benötigen, mehr als der Grenzwert von %4</translation>
    </message>
    <message>
        <source>neither DICOM nor a readable image (PNG, JPEG, TIFF, BMP, PGM) - cannot open it as a radiograph</source>
        <translation>weder DICOM noch ein lesbares Bild (PNG, JPEG, TIFF, BMP, PGM) - kann nicht als Röntgenaufnahme geöffnet werden</translation>
    </message>
    <message>
        <source>image file is truncated or corrupt (%1)</source>
        <translation>Bilddatei ist abgeschnitten oder beschädigt (%1)</translation>
    </message>
    <message>
        <source>cannot decode the image (the file is damaged or its %1 variant is not supported)</source>
        <translation>das Bild kann nicht dekodiert werden (die Datei ist beschädigt oder ihre %1-Variante wird nicht unterstützt)</translation>
    </message>
    <message>
        <source>the image header does not state its size</source>
        <translation>der Bildkopf gibt die Bildgröße nicht an</translation>
    </message>
    <message>
        <source>the DICOMDIR refers to %1, which is missing</source>
        <translation>das DICOMDIR verweist auf %1, die Datei fehlt jedoch</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>no file or folder to scan was given</source>
        <translation>es wurde keine Datei und kein Ordner zum Durchsuchen angegeben</translation>
    </message>
    <message>
        <source>scanning was cancelled</source>
        <translation>das Durchsuchen wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>no radiograph found (%n file(s) skipped: %1)</source>
        <translation>
            <numerusform>keine Röntgenaufnahme gefunden (%n Datei übersprungen: %1)</numerusform>
            <numerusform>keine Röntgenaufnahme gefunden (%n Dateien übersprungen: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no files</source>
        <translation>keine Dateien</translation>
    </message>
    <message>
        <source>%1: the file is truncated (it ends before the data it announces)</source>
        <translation>%1: die Datei ist abgeschnitten (sie endet vor den angekündigten Daten)</translation>
    </message>
    <message>
        <source>the file is not valid DICOM</source>
        <translation>die Datei ist kein gültiges DICOM</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>a key object selection document</source>
        <translation>ein Key Object Selection-Dokument</translation>
    </message>
    <message>
        <source>a structured report</source>
        <translation>ein strukturierter Befund</translation>
    </message>
    <message>
        <source>a presentation state</source>
        <translation>ein Presentation State</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...)</source>
        <translation>ein gekapseltes Dokument (PDF, CDA, ...)</translation>
    </message>
    <message>
        <source>a waveform</source>
        <translation>eine Kurvenaufzeichnung</translation>
    </message>
    <message>
        <source>raw data</source>
        <translation>Rohdaten</translation>
    </message>
    <message>
        <source>a spatial registration</source>
        <translation>eine räumliche Registrierung</translation>
    </message>
    <message>
        <source>a set of spatial fiducials</source>
        <translation>ein Satz räumlicher Passmarken</translation>
    </message>
    <message>
        <source>a deformable spatial registration</source>
        <translation>eine deformierbare räumliche Registrierung</translation>
    </message>
    <message>
        <source>a surface segmentation</source>
        <translation>eine Oberflächensegmentierung</translation>
    </message>
    <message>
        <source>a real world value map</source>
        <translation>eine Real World Value Map</translation>
    </message>
    <message>
        <source>a surface scan</source>
        <translation>ein Oberflächenscan</translation>
    </message>
    <message>
        <source>a radiotherapy structure set</source>
        <translation>ein Strahlentherapie-Strukturset</translation>
    </message>
    <message>
        <source>a radiotherapy treatment record</source>
        <translation>ein Strahlentherapie-Behandlungsprotokoll</translation>
    </message>
    <message>
        <source>a radiotherapy plan</source>
        <translation>ein Bestrahlungsplan</translation>
    </message>
    <message>
        <source>a radiotherapy treatment summary</source>
        <translation>eine Zusammenfassung der Strahlentherapie-Behandlung</translation>
    </message>
    <message>
        <source>a radiotherapy object</source>
        <translation>ein Strahlentherapie-Objekt</translation>
    </message>
    <message>
        <source>a hanging protocol</source>
        <translation>ein Hanging Protocol</translation>
    </message>
    <message>
        <source>a colour palette</source>
        <translation>eine Farbpalette</translation>
    </message>
    <message>
        <source>a DICOMDIR (media directory)</source>
        <translation>ein DICOMDIR (Medienverzeichnis)</translation>
    </message>
    <message>
        <source>more than 8 EiB</source>
        <translation>mehr als 8 EiB</translation>
    </message>
    <message>
        <source>the character set %1 cannot be converted; names are shown as Latin-1</source>
        <translation>der Zeichensatz %1 kann nicht konvertiert werden; Namen werden als Latin-1 angezeigt</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <source>the file is empty, not a DICOM file</source>
        <translation>die Datei ist leer, keine DICOM-Datei</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 limit for DICOM files</source>
        <translation>die Datei ist %1 groß, mehr als der Grenzwert von %2 für DICOM-Dateien</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>is %1 (%2), not an image</source>
        <translation>ist %1 (%2), kein Bild</translation>
    </message>
    <message>
        <source>the image has no Rows or Columns attribute</source>
        <translation>das Bild hat kein Attribut Rows oder Columns</translation>
    </message>
    <message>
        <source>the image has no Bits Allocated attribute</source>
        <translation>das Bild hat kein Attribut Bits Allocated</translation>
    </message>
    <message>
        <source>Bits Stored is missing; taken as Bits Allocated (%1)</source>
        <translation>Bits Stored fehlt; als Bits Allocated (%1) angenommen</translation>
    </message>
    <message>
        <source>Photometric Interpretation is missing; taken as %1</source>
        <translation>Photometric Interpretation fehlt; als %1 angenommen</translation>
    </message>
    <message>
        <source>absurd image header: %1</source>
        <translation>unplausibler Bildkopf: %1</translation>
    </message>
    <message>
        <source>%1 rows x %2 columns</source>
        <translation>%1 Zeilen x %2 Spalten</translation>
    </message>
    <message>
        <source>Number of Frames is %1</source>
        <translation>Number of Frames ist %1</translation>
    </message>
    <message>
        <source>Bits Allocated is %1 (1, 8, 16 or 32 expected)</source>
        <translation>Bits Allocated ist %1 (erwartet 1, 8, 16 oder 32)</translation>
    </message>
    <message>
        <source>Bits Stored is %1 with Bits Allocated %2</source>
        <translation>Bits Stored ist %1 bei Bits Allocated %2</translation>
    </message>
    <message>
        <source>High Bit is %1 with Bits Stored %2 and Bits Allocated %3</source>
        <translation>High Bit ist %1 bei Bits Stored %2 und Bits Allocated %3</translation>
    </message>
    <message>
        <source>%1 samples per pixel (1 or 3 expected)</source>
        <translation>%1 Samples pro Pixel (erwartet 1 oder 3)</translation>
    </message>
    <message>
        <source>unsigned 32-bit pixel values are not supported</source>
        <translation>vorzeichenlose 32-Bit-Pixelwerte werden nicht unterstützt</translation>
    </message>
    <message>
        <source>photometric interpretation %1 is not supported</source>
        <translation>die photometrische Interpretation %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 with %2 samples per pixel</source>
        <translation>%1 mit %2 Samples pro Pixel</translation>
    </message>
    <message>
        <source>%1 with 1 bit per sample</source>
        <translation>%1 mit 1 Bit pro Sample</translation>
    </message>
    <message>
        <source>absurd dimensions: %1 x %2 x %3 frames would need %4 of memory, more than the %5 limit</source>
        <translation>unplausible Abmessungen: %1 x %2 x %3 Frames würden %4 Speicher benötigen, mehr als der Grenzwert von %5</translation>
    </message>
    <message>
        <source>floating-point pixel data is not supported</source>
        <translation>Gleitkomma-Pixeldaten werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the file has no pixel data</source>
        <translation>die Datei hat keine Pixeldaten</translation>
    </message>
    <message>
        <source>the pixel data is truncated: %1 bytes where %2 x %3 x %4 frames need %5</source>
        <translation>die Pixeldaten sind abgeschnitten: %1 Bytes, wo %2 x %3 x %4 Frames %5 benötigen</translation>
    </message>
    <message>
        <source>transfer syntax %1 (%2) is not supported</source>
        <translation>die Transfersyntax %1 (%2) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>the Modality LUT Sequence is inconsistent and was ignored</source>
        <translation>die Modality LUT Sequence ist inkonsistent und wurde ignoriert</translation>
    </message>
    <message>
        <source>window %1 (centre %2, width %3) is invalid and was ignored</source>
        <translation>Fenster %1 (Zentrum %2, Breite %3) ist ungültig und wurde ignoriert</translation>
    </message>
    <message>
        <source>VOI LUT %1 is inconsistent and was ignored</source>
        <translation>VOI LUT %1 ist inkonsistent und wurde ignoriert</translation>
    </message>
    <message>
        <source>DCMTK&apos;s data dictionary is not installed (dicom.dic)</source>
        <translation>das Datenwörterbuch von DCMTK ist nicht installiert (dicom.dic)</translation>
    </message>
    <message>
        <source>is not a DICOM file (no DICM marker, no DICOM attributes at its start)</source>
        <translation>ist keine DICOM-Datei (keine DICM-Kennung, keine DICOM-Attribute am Dateianfang)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot be read as DICOM</source>
        <translation>kann nicht als DICOM gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n stray byte(s) before the first attribute were skipped</source>
        <translation>
            <numerusform>%n überzähliges Byte vor dem ersten Attribut wurde übersprungen</numerusform>
            <numerusform>%n überzählige Bytes vor dem ersten Attribut wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the DICOMDIR</source>
        <translation>das DICOMDIR kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>is not a DICOMDIR (it has no directory records)</source>
        <translation>ist kein DICOMDIR (es hat keine Verzeichniseinträge)</translation>
    </message>
    <message>
        <source>the DICOMDIR refers to no files</source>
        <translation>das DICOMDIR verweist auf keine Dateien</translation>
    </message>
    <message>
        <source>is a structured report, not an image</source>
        <translation>ist ein strukturierter Befund, kein Bild</translation>
    </message>
    <message>
        <source>is a presentation state, not an image</source>
        <translation>ist ein Presentation State, kein Bild</translation>
    </message>
    <message>
        <source>is a DICOMDIR (an index of files), not an image</source>
        <translation>ist ein DICOMDIR (ein Dateiverzeichnis), kein Bild</translation>
    </message>
    <message>
        <source>is not an image (a %1 object without pixel data)</source>
        <translation>ist kein Bild (ein %1-Objekt ohne Pixeldaten)</translation>
    </message>
    <message>
        <source>is not an image (no pixel data)</source>
        <translation>ist kein Bild (keine Pixeldaten)</translation>
    </message>
    <message>
        <source>has pixel data but no image size (Rows or Columns missing)</source>
        <translation>hat Pixeldaten, aber keine Bildgröße (Rows oder Columns fehlt)</translation>
    </message>
    <message>
        <source>frame %1 cannot be decoded (%2)</source>
        <translation>Frame %1 kann nicht dekodiert werden (%2)</translation>
    </message>
    <message>
        <source>the pixel data is not encapsulated as transfer syntax %1 requires</source>
        <translation>die Pixeldaten sind nicht gekapselt, wie es die Transfersyntax %1 verlangt</translation>
    </message>
    <message>
        <source>pixel data fragment %1 cannot be read</source>
        <translation>Pixeldatenfragment %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the pixel data holds %1 JPEG 2000 frames, the header says %2</source>
        <translation>die Pixeldaten enthalten %1 JPEG 2000-Frames, laut Header sind es %2</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>Frame %1: %2</translation>
    </message>
    <message>
        <source>segmented palette colour lookup tables are not supported</source>
        <translation>segmentierte Palette Color Lookup Tables werden nicht unterstützt</translation>
    </message>
    <message>
        <source>the palette colour lookup tables are missing or inconsistent</source>
        <translation>die Palette Color Lookup Tables fehlen oder sind inkonsistent</translation>
    </message>
    <message>
        <source>Decoding frame %1 of %2</source>
        <translation>Frame %1 von %2 wird dekodiert</translation>
    </message>
    <message>
        <source>decoding was cancelled</source>
        <translation>das Dekodieren wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Decoded %n frame(s)</source>
        <translation>
            <numerusform>%n Frame dekodiert</numerusform>
            <numerusform>%n Frames dekodiert</numerusform>
        </translation>
    </message>
    <message>
        <source>the JPEG 2000 frame has %1 components, the header says %2</source>
        <translation>der JPEG 2000-Frame hat %1 Komponenten, laut Header sind es %2</translation>
    </message>
    <message>
        <source>the JPEG 2000 frame is %1 x %2 (component %3), the header says %4 x %5</source>
        <translation>der JPEG 2000-Frame ist %1 x %2 (Komponente %3), laut Header %4 x %5</translation>
    </message>
    <message>
        <source>the frame is not a JPEG 2000 codestream</source>
        <translation>der Frame ist kein JPEG 2000-Codestream</translation>
    </message>
    <message>
        <source>OpenJPEG could not create a decoder</source>
        <translation>OpenJPEG konnte keinen Decoder erstellen</translation>
    </message>
    <message>
        <source>OpenJPEG refused its decoder settings</source>
        <translation>OpenJPEG hat seine Decoder-Einstellungen abgelehnt</translation>
    </message>
    <message>
        <source>OpenJPEG could not create a stream</source>
        <translation>OpenJPEG konnte keinen Stream erstellen</translation>
    </message>
    <message>
        <source>the JPEG 2000 header cannot be read</source>
        <translation>der JPEG 2000-Header kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the JPEG 2000 frame is %1 x %2, the header says %3 x %4</source>
        <translation>der JPEG 2000-Frame ist %1 x %2, laut Header %3 x %4</translation>
    </message>
    <message>
        <source>the JPEG 2000 frame cannot be decoded</source>
        <translation>der JPEG 2000-Frame kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the rescale (slope %1, intercept %2) is invalid and was ignored</source>
        <translation>die Reskalierung (Steigung %1, Achsenabschnitt %2) ist ungültig und wurde ignoriert</translation>
    </message>
    <message>
        <source>no chest X-ray pack is installed: build one with `descry-cli train cxr ...` or `descry-cli pack build --task cxr ...`, see README &quot;Chest X-ray packs&quot;</source>
        <translation>kein Thorax-Röntgen-Paket installiert: erstellen Sie eines mit `descry-cli train cxr ...` oder `descry-cli pack build --task cxr ...`, siehe README &quot;Chest X-ray packs&quot;</translation>
    </message>
    <message>
        <source>Chest X-ray review: %1 (frame %2)
</source>
        <translation>Thorax-Röntgen-Befundung: %1 (Frame %2)
</translation>
    </message>
    <message>
        <source>Pack: %1 %2 (SHA-256 %3); encoder %4
</source>
        <translation>Paket: %1 %2 (SHA-256 %3); Encoder %4
</translation>
    </message>
    <message>
        <source>Catalog: %1 %2 (SHA-256 %3)
</source>
        <translation>Katalog: %1 %2 (SHA-256 %3)
</translation>
    </message>
    <message>
        <source>What the encoder saw: %1

</source>
        <translation>Was der Encoder gesehen hat: %1

</translation>
    </message>
    <message>
        <source>P(effusion) = %1
</source>
        <translation>P(effusion) = %1
</translation>
    </message>
    <message>
        <source>Decision: %1
</source>
        <translation>Entscheidung: %1
</translation>
    </message>
    <message>
        <source>Calibration: threshold %1, %2; calibrated on %3 (%4, %5)
</source>
        <translation>Kalibrierung: Schwellenwert %1, %2; kalibriert auf %3 (%4, %5)
</translation>
    </message>
    <message>
        <source>indeterminate band [%1, %2]</source>
        <translation>Unbestimmtheitsbereich [%1, %2]</translation>
    </message>
    <message>
        <source>no indeterminate band</source>
        <translation>kein Unbestimmtheitsbereich</translation>
    </message>
    <message>
        <source>
Descriptors present: %1
</source>
        <translation>
Vorhandene Deskriptoren: %1
</translation>
    </message>
    <message>
        <source>
Concept scores by group (share of the margin; + toward effusion):
</source>
        <translation>
Konzept-Scores nach Gruppe (Anteil an der Margin; + in Richtung Erguss):
</translation>
    </message>
    <message>
        <source>  [present]</source>
        <translation>  [vorhanden]</translation>
    </message>
    <message>
        <source>
Decomposition of the margin:
</source>
        <translation>
Zerlegung der Margin:
</translation>
    </message>
    <message>
        <source>  sum of descriptor contributions  %1
</source>
        <translation>  Summe der Deskriptorbeiträge     %1
</translation>
    </message>
    <message>
        <source>  + bias term b1 - b0              %1
</source>
        <translation>  + Bias-Term b1 - b0              %1
</translation>
    </message>
    <message>
        <source>  = margin l1 - l0                 %1  (logits %2, %3)
</source>
        <translation>  = Margin l1 - l0                 %1  (Logits %2, %3)
</translation>
    </message>
    <message>
        <source>  head&apos;s own forward pass          %1
</source>
        <translation>  eigener Forward-Pass des Kopfs   %1
</translation>
    </message>
    <message>
        <source>  residual                         %1
</source>
        <translation>  Residuum                         %1
</translation>
    </message>
    <message>
        <source>Time: %1 ms (pack load %2 ms, display %3 ms, encoder %4 ms, head %5 ms)
</source>
        <translation>Zeit: %1 ms (Laden des Pakets %2 ms, Anzeige %3 ms, Encoder %4 ms, Kopf %5 ms)
</translation>
    </message>
    <message>
        <source>Report: %1
</source>
        <translation>Bericht: %1
</translation>
    </message>
    <message>
        <source>review a chest radiograph for pleural effusion with an installed chest X-ray pack, explained by radiologist descriptors</source>
        <translation>eine Thorax-Röntgenaufnahme mit einem installierten Thorax-Röntgen-Paket auf Pleuraerguss befunden, erklärt durch radiologische Deskriptoren</translation>
    </message>
    <message>
        <source>chest X-ray pack: a folder, its manifest.json or an installed pack name (default: the first installed chest X-ray pack)</source>
        <translation>Thorax-Röntgen-Paket: ein Ordner, seine manifest.json oder der Name eines installierten Pakets (Standard: das erste installierte Thorax-Röntgen-Paket)</translation>
    </message>
    <message>
        <source>also write a PDF report for the chart (never over the input)</source>
        <translation>zusätzlich einen PDF-Bericht für die Patientenakte schreiben (nie über die Eingabedatei)</translation>
    </message>
    <message>
        <source>frame to review, numbered from 1</source>
        <translation>zu befundender Frame, ab 1 nummeriert</translation>
    </message>
    <message>
        <source>display window in modality units (overrides --preset and the file&apos;s default); the encoder sees the image as displayed</source>
        <translation>Anzeigefenster in Modalitätseinheiten (hat Vorrang vor --preset und dem Standard der Datei); der Encoder sieht das Bild so, wie es angezeigt wird</translation>
    </message>
    <message>
        <source>give either &quot;text&quot; (a string) or &quot;sentences&quot; (a list of strings), not both or neither</source>
        <translation>geben Sie entweder &quot;text&quot; (eine Zeichenkette) oder &quot;sentences&quot; (eine Liste von Zeichenketten) an, nicht beides oder keines</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;sentences&quot; must be a list of strings</source>
        <translation>&quot;sentences&quot; muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>kein gültiges JSON (%1 in Spalte %2)</translation>
    </message>
    <message>
        <source>expected one JSON object {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;}</source>
        <translation>erwartet wird ein JSON-Objekt {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string or a whole number</source>
        <translation>&quot;id&quot; muss eine Zeichenkette oder eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; was already given on line %2</source>
        <translation>ID &apos;%1&apos; wurde bereits in Zeile %2 angegeben</translation>
    </message>
    <message>
        <source>no entries (expected one JSON object per line)</source>
        <translation>keine Einträge (erwartet wird ein JSON-Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not in %2</source>
        <translation>ID &apos;%1&apos; ist nicht in %2 enthalten</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) matched by id
</source>
        <translation>
            <numerusform>%n Paar über die ID zugeordnet
</numerusform>
            <numerusform>%n Paare über die ID zugeordnet
</numerusform>
        </translation>
    </message>
    <message>
        <source>ROUGE-L F (mean over pairs): %1
</source>
        <translation>ROUGE-L F (Mittelwert über die Paare): %1
</translation>
    </message>
    <message>
        <source>METEOR (mean over pairs):    %1
</source>
        <translation>METEOR (Mittelwert über die Paare):    %1
</translation>
    </message>
    <message>
        <source>score explanation sentences against reference sentences: corpus ROUGE-L and METEOR</source>
        <translation>Erklärungssätze gegen Referenzsätze bewerten: Korpus-ROUGE-L und METEOR</translation>
    </message>
    <message>
        <source>one JSON object per line: {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;} or {&quot;id&quot;: ..., &quot;sentences&quot;: [...]}</source>
        <translation>ein JSON-Objekt pro Zeile: {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;} oder {&quot;id&quot;: ..., &quot;sentences&quot;: [...]}</translation>
    </message>
    <message>
        <source>the reference sentences, the same ids, same format</source>
        <translation>die Referenzsätze, mit denselben IDs und im selben Format</translation>
    </message>
    <message>
        <source>a CXR descriptor catalog with extraction rules (default: the built-in cxr-pleural-effusion catalog)</source>
        <translation>ein CXR-Deskriptorkatalog mit Extraktionsregeln (Standard: der integrierte Katalog cxr-pleural-effusion)</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>nicht erwähnt</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>side %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>Größe %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>present (%1)</source>
        <translation>vorhanden (%1)</translation>
    </message>
    <message>
        <source>%1
%2: %3
</source>
        <translation>%1
%2: %3
</translation>
    </message>
    <message>
        <source>  evidence: &quot;%1&quot; [%2, %3)
</source>
        <translation>  Beleg: „%1“ [%2, %3)
</translation>
    </message>
    <message>
        <source>descriptors: %1
</source>
        <translation>Deskriptoren: %1
</translation>
    </message>
    <message>
        <source>  %1 (%2): %3%4
    evidence: &quot;%5&quot; [%6, %7)
</source>
        <translation>  %1 (%2): %3%4
    Beleg: „%5“ [%6, %7)
</translation>
    </message>
    <message>
        <source>, historical</source>
        <translation>, zurückliegend</translation>
    </message>
    <message>
        <source>  %1: MeSH %2, extracted %3
    &quot;%4&quot;
</source>
        <translation>  %1: MeSH %2, extrahiert %3
    „%4“
</translation>
    </message>
    <message>
        <source>(no mention of the finding)</source>
        <translation>(keine Erwähnung des Befunds)</translation>
    </message>
    <message>
        <source>Indiana reports: n = %1 (MeSH &apos;Pleural Effusion&apos; as truth; text = FINDINGS + IMPRESSION)
</source>
        <translation>Indiana-Berichte: n = %1 (MeSH &apos;Pleural Effusion&apos; als Referenzstandard; Text = FINDINGS + IMPRESSION)
</translation>
    </message>
    <message>
        <source>confusion matrix (rows MeSH, columns extraction &apos;present&apos;):
</source>
        <translation>Konfusionsmatrix (Zeilen MeSH, Spalten Extraktion &apos;vorhanden&apos;):
</translation>
    </message>
    <message>
        <source>  MeSH present: %1 extracted present, %2 not
</source>
        <translation>  MeSH vorhanden:       %1 als vorhanden extrahiert, %2 nicht
</translation>
    </message>
    <message>
        <source>  MeSH absent:  %1 extracted present, %2 not
</source>
        <translation>  MeSH nicht vorhanden: %1 als vorhanden extrahiert, %2 nicht
</translation>
    </message>
    <message>
        <source>precision %1, recall %2, F1 %3
</source>
        <translation>Präzision %1, Recall %2, F1 %3
</translation>
    </message>
    <message>
        <source>side accuracy %1/%2, size accuracy %3/%4 (true positives whose MeSH carries them)
</source>
        <translation>Genauigkeit der Seite %1/%2, Genauigkeit der Größe %3/%4 (richtig Positive, deren MeSH sie angibt)
</translation>
    </message>
    <message>
        <source>most instructive errors:
</source>
        <translation>aufschlussreichste Fehler:
</translation>
    </message>
    <message>
        <source>has no column &apos;clinical_notes&apos;</source>
        <translation>hat keine Spalte &apos;clinical_notes&apos;</translation>
    </message>
    <message>
        <source>%1: %2 notes; effusion present %3, absent %4, uncertain %5, not mentioned %6
</source>
        <translation>%1: %2 Notizen; Erguss vorhanden %3, nicht vorhanden %4, unsicher %5, nicht erwähnt %6
</translation>
    </message>
    <message>
        <source>give --indiana PATH and/or --covid CSV</source>
        <translation>geben Sie --indiana PATH und/oder --covid CSV an</translation>
    </message>
    <message>
        <source>read a radiology report: the pleural effusion finding (present, side, size) and every catalog descriptor it mentions, with evidence</source>
        <translation>einen radiologischen Befundbericht lesen: den Befund Pleuraerguss (vorhanden, Seite, Größe) und jeden darin erwähnten Katalogdeskriptor, mit Belegstellen</translation>
    </message>
    <message>
        <source>a plain-text report (UTF-8 or Latin-1, at most 1 MiB) or an Indiana/OpenI XML report</source>
        <translation>ein Klartextbericht (UTF-8 oder Latin-1, höchstens 1 MiB) oder ein XML-Bericht von Indiana/OpenI</translation>
    </message>
    <message>
        <source>evaluate report-descriptor extraction against labelled reports (Indiana MeSH terms)</source>
        <translation>die Extraktion von Berichtsdeskriptoren an annotierten Berichten evaluieren (MeSH-Begriffe von Indiana)</translation>
    </message>
    <message>
        <source>the Indiana reports: NLMCXR_reports.tgz or a folder of their XML files</source>
        <translation>die Indiana-Berichte: NLMCXR_reports.tgz oder ein Ordner mit ihren XML-Dateien</translation>
    </message>
    <message>
        <source>a CSV with a clinical_notes column: extraction on every note</source>
        <translation>eine CSV-Datei mit einer Spalte clinical_notes: Extraktion für jede Notiz</translation>
    </message>
    <message>
        <source>how many instructive errors to list</source>
        <translation>wie viele aufschlussreiche Fehler aufgelistet werden</translation>
    </message>
    <message>
        <source>, indeterminate band %1</source>
        <translation>, Unbestimmtheitsbereich %1</translation>
    </message>
    <message>
        <source>--threshold %1: a chest X-ray pack decides at a probability strictly between 0 and 1</source>
        <translation>--threshold %1: ein Thorax-Röntgen-Paket entscheidet bei einer Wahrscheinlichkeit echt zwischen 0 und 1</translation>
    </message>
    <message>
        <source>--copy-encoder and --baseline-threshold apply to face packs; a chest X-ray pack references its checkpoint by path and SHA-256</source>
        <translation>--copy-encoder und --baseline-threshold gelten für Gesichtspakete; ein Thorax-Röntgen-Paket verweist über Pfad und SHA-256 auf seinen Checkpoint</translation>
    </message>
    <message>
        <source>%1: chest X-ray pack written and verified (%2 descriptor concepts, threshold %3; checkpoint SHA-256 %4)
</source>
        <translation>%1: Thorax-Röntgen-Paket geschrieben und geprüft (%2 Deskriptorkonzepte, Schwellenwert %3; Checkpoint-SHA-256 %4)
</translation>
    </message>
    <message>
        <source>build a face or chest X-ray pack from a CLIP checkpoint, a descriptor catalog and a trained head: every descriptor prompt encoded once, the checkpoint referenced by path and SHA-256 or copied</source>
        <translation>ein Gesichts- oder Thorax-Röntgen-Paket aus einem CLIP-Checkpoint, einem Deskriptorkatalog und einem trainierten Kopf erstellen: jeder Deskriptor-Prompt wird einmal kodiert, auf den Checkpoint wird über Pfad und SHA-256 verwiesen oder er wird kopiert</translation>
    </message>
    <message>
        <source>descriptor catalog (default: the built-in FISWG face catalog; with --task cxr the built-in chest X-ray catalog)</source>
        <translation>Deskriptorkatalog (Standard: der integrierte FISWG-Gesichtskatalog; mit --task cxr der integrierte Thorax-Röntgen-Katalog)</translation>
    </message>
    <message>
        <source>trained head: F.*, W [, b, alpha] and morph.mean/morph.std, with threshold, baseline_threshold, alpha and tau in its metadata; or the head.safetensors of a pack `train face --encoder openclip` wrote, whose manifest and descriptors.safetensors give them (options override both); with --task cxr: F.*, W [N x 2], b, with threshold, alpha and tau in its metadata, or a CXR pack&apos;s head.safetensors</source>
        <translation>trainierter Kopf: F.*, W [, b, alpha] und morph.mean/morph.std, mit threshold, baseline_threshold, alpha und tau in seinen Metadaten; oder die head.safetensors eines von `train face --encoder openclip` geschriebenen Pakets, dessen Manifest und descriptors.safetensors sie liefern (Optionen haben Vorrang vor beiden); mit --task cxr: F.*, W [N x 2], b, mit threshold, alpha und tau in seinen Metadaten, oder die head.safetensors eines CXR-Pakets</translation>
    </message>
    <message>
        <source>match threshold of the explainable score; with --task cxr the P(effusion) decision threshold in (0, 1) (default: the head&apos;s metadata)</source>
        <translation>Übereinstimmungsschwellenwert des erklärbaren Scores; mit --task cxr der Entscheidungsschwellenwert für P(effusion) in (0, 1) (Standard: aus den Metadaten des Kopfs)</translation>
    </message>
    <message>
        <source>--%1 needs three numbers r,g,b (e.g. 0.5,0.5,0.5)</source>
        <translation>--%1 erwartet drei Zahlen r,g,b (z. B. 0.5,0.5,0.5)</translation>
    </message>
    <message>
        <source>--encoder torchscript needs --%1</source>
        <translation>--encoder torchscript erfordert --%1</translation>
    </message>
    <message>
        <source>--clip and --activation need --encoder openclip</source>
        <translation>--clip und --activation erfordern --encoder openclip</translation>
    </message>
    <message>
        <source>--std values must be positive</source>
        <translation>--std-Werte müssen positiv sein</translation>
    </message>
    <message>
        <source>TorchScript module not found</source>
        <translation>TorchScript-Modul nicht gefunden</translation>
    </message>
    <message>
        <source>--%1 needs --encoder torchscript</source>
        <translation>--%1 erfordert --encoder torchscript</translation>
    </message>
    <message>
        <source>--test-fraction and --validation-fraction must leave patients to train on</source>
        <translation>--test-fraction und --validation-fraction müssen Patienten für das Training übrig lassen</translation>
    </message>
    <message>
        <source>indeterminate %1–%2</source>
        <translation>unbestimmt %1–%2</translation>
    </message>
    <message>
        <source>images: %1 train (%2 patients), %3 validation (%4), %5 test (%6); features %7 cached, %8 computed
threshold %9, %10
</source>
        <translation>Bilder: %1 Training (%2 Patienten), %3 Validierung (%4), %5 Test (%6); Merkmale %7 aus dem Cache, %8 berechnet
Schwellenwert %9, %10
</translation>
    </message>
    <message>
        <source>test: accuracy %1, precision %2, recall %3, F1 %4, ROC AUC %5; explanations ROUGE-L %6, METEOR %7
pack written to %8
</source>
        <translation>Test: Genauigkeit %1, Präzision %2, Recall %3, F1 %4, ROC AUC %5; Erklärungen ROUGE-L %6, METEOR %7
Paket geschrieben nach %8
</translation>
    </message>
    <message>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>train, calibrate and evaluate an explainable chest X-ray pack on radiographs with their reports</source>
        <translation>ein erklärbares Thorax-Röntgen-Paket an Röntgenaufnahmen mit ihren Befundberichten trainieren, kalibrieren und evaluieren</translation>
    </message>
    <message>
        <source>radiographs: a folder (patient = file name up to the first &apos;_&apos;) or a CSV with columns image[,patient]</source>
        <translation>Röntgenaufnahmen: ein Ordner (Patient = Dateiname bis zum ersten &apos;_&apos;) oder eine CSV-Datei mit den Spalten image[,patient]</translation>
    </message>
    <message>
        <source>reports: a folder of &lt;image stem&gt;.txt, or a CSV with columns image and report (or report_path)</source>
        <translation>Befundberichte: ein Ordner mit &lt;Bildstamm&gt;.txt oder eine CSV-Datei mit den Spalten image und report (oder report_path)</translation>
    </message>
    <message>
        <source>frozen image encoder: a TorchScript module, or the image tower of a CLIP checkpoint (descriptor embeddings from its text tower)</source>
        <translation>eingefrorener Bildencoder: ein TorchScript-Modul oder der Bildturm eines CLIP-Checkpoints (Deskriptor-Embeddings aus seinem Textturm)</translation>
    </message>
    <message>
        <source>TorchScript image encoder (with --encoder torchscript)</source>
        <translation>TorchScript-Bildencoder (mit --encoder torchscript)</translation>
    </message>
    <message>
        <source>the module&apos;s square input size in pixels</source>
        <translation>die quadratische Eingabegröße des Moduls in Pixeln</translation>
    </message>
    <message>
        <source>input normalisation mean, on pixel values scaled to 0..1</source>
        <translation>Mittelwert der Eingabenormalisierung, bezogen auf auf 0..1 skalierte Pixelwerte</translation>
    </message>
    <message>
        <source>input normalisation std</source>
        <translation>Standardabweichung der Eingabenormalisierung</translation>
    </message>
    <message>
        <source>descriptor embeddings: tensor &quot;T&quot;, one row per catalog descriptor in catalog order, as wide as the module&apos;s output</source>
        <translation>Deskriptor-Embeddings: Tensor &quot;T&quot;, eine Zeile je Katalogdeskriptor in Katalogreihenfolge, so breit wie die Ausgabe des Moduls</translation>
    </message>
    <message>
        <source>CLIP checkpoint (with --encoder openclip)</source>
        <translation>CLIP-Checkpoint (mit --encoder openclip)</translation>
    </message>
    <message>
        <source>descriptor catalog (default: the built-in pleural-effusion catalog)</source>
        <translation>Deskriptorkatalog (Standard: der integrierte Pleuraerguss-Katalog)</translation>
    </message>
    <message>
        <source>feature-cache folder (default: the user&apos;s cache folder)</source>
        <translation>Ordner des Merkmals-Caches (Standard: der Cache-Ordner des Benutzers)</translation>
    </message>
    <message>
        <source>random seed (split, training)</source>
        <translation>Zufallsstartwert (Aufteilung, Training)</translation>
    </message>
    <message>
        <source>share of the patients held out for testing</source>
        <translation>Anteil der Patienten, der für den Test zurückgehalten wird</translation>
    </message>
    <message>
        <source>share of the patients used to calibrate the threshold</source>
        <translation>Anteil der Patienten, der zur Kalibrierung des Schwellenwerts verwendet wird</translation>
    </message>
    <message>
        <source>dataset name recorded in the calibration (default: the images&apos; folder name)</source>
        <translation>in der Kalibrierung erfasster Datensatzname (Standard: der Name des Bildordners)</translation>
    </message>
    <message>
        <source>the reading is locked: amend it with a reason</source>
        <translation>der Befund ist abgeschlossen: ändern Sie ihn über einen Nachtrag mit Begründung</translation>
    </message>
    <message>
        <source>the descriptor checklist belongs in a chest X-ray case</source>
        <translation>die Deskriptor-Checkliste gehört in einen Thorax-Röntgen-Fall</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a descriptor id</source>
        <translation>&apos;%1&apos; ist keine Deskriptor-ID</translation>
    </message>
    <message>
        <source>checklist %1: %2 → %3</source>
        <translation>Checkliste %1: %2 → %3</translation>
    </message>
    <message>
        <source>only a chest X-ray reading is locked this way</source>
        <translation>nur ein Thorax-Röntgen-Befund wird auf diese Weise abgeschlossen</translation>
    </message>
    <message>
        <source>the reading is already locked by %1</source>
        <translation>der Befund wurde bereits von %1 abgeschlossen</translation>
    </message>
    <message>
        <source>locking the reading needs the radiologist&apos;s name</source>
        <translation>zum Abschließen des Befunds wird der Name des Radiologen benötigt</translation>
    </message>
    <message>
        <source>nothing to lock: write reading notes or assess at least one descriptor first</source>
        <translation>nichts abzuschließen: schreiben Sie zuerst Befundnotizen oder beurteilen Sie mindestens einen Deskriptor</translation>
    </message>
    <message>
        <source>reading locked by %1</source>
        <translation>Befund abgeschlossen durch %1</translation>
    </message>
    <message>
        <source>only a locked reading is amended; edit it directly</source>
        <translation>nur ein abgeschlossener Befund erhält Nachträge; bearbeiten Sie ihn direkt</translation>
    </message>
    <message>
        <source>the amendment changes nothing</source>
        <translation>der Nachtrag ändert nichts</translation>
    </message>
    <message>
        <source>chest X-ray review computed with pack %1 %2 (hidden: blind review)</source>
        <translation>Thorax-Röntgen-Befundung mit Paket %1 %2 berechnet (verborgen: verblindete Begutachtung)</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist&apos; must be an object</source>
        <translation>Fall: Element &apos;cxr.checklist&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist&apos; lists more than %1 descriptors</source>
        <translation>Fall: Element &apos;cxr.checklist&apos; führt mehr als %1 Deskriptoren auf</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist&apos;: &apos;%1&apos; is not a descriptor id</source>
        <translation>Fall: Element &apos;cxr.checklist&apos;: &apos;%1&apos; ist keine Deskriptor-ID</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist.%1&apos; must be present, absent or uncertain</source>
        <translation>Fall: Element &apos;cxr.checklist.%1&apos; muss present, absent oder uncertain sein</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.lock&apos; must be null or {examiner, utc}</source>
        <translation>Fall: Element &apos;cxr.lock&apos; muss null oder {examiner, utc} sein</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht beurteilt</translation>
    </message>
    <message>
        <source>calibration.%1: missing</source>
        <translation>calibration.%1: fehlt</translation>
    </message>
    <message>
        <source>calibration.%1: must be a non-empty string</source>
        <translation>calibration.%1: muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>calibration.threshold: missing</source>
        <translation>calibration.threshold: fehlt</translation>
    </message>
    <message>
        <source>calibration.threshold: must be a probability strictly between 0 and 1</source>
        <translation>calibration.threshold: muss eine Wahrscheinlichkeit echt zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>calibration.indeterminate: missing (give [low, high] or null)</source>
        <translation>calibration.indeterminate: fehlt (geben Sie [low, high] oder null an)</translation>
    </message>
    <message>
        <source>calibration.indeterminate: must be [low, high] with two probabilities, or null</source>
        <translation>calibration.indeterminate: muss [low, high] mit zwei Wahrscheinlichkeiten oder null sein</translation>
    </message>
    <message>
        <source>calibration.indeterminate: [%1, %2] must contain the threshold %3</source>
        <translation>calibration.indeterminate: [%1, %2] muss den Schwellenwert %3 enthalten</translation>
    </message>
    <message>
        <source>the displayed image is empty</source>
        <translation>das angezeigte Bild ist leer</translation>
    </message>
    <message>
        <source>the encoder&apos;s input size %1 is not positive</source>
        <translation>die Eingabegröße %1 des Encoders ist nicht positiv</translation>
    </message>
    <message>
        <source>the encoder input could not be made</source>
        <translation>die Eingabe für den Encoder konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>as displayed</source>
        <translation>wie angezeigt</translation>
    </message>
    <message>
        <source>display %1</source>
        <translation>Anzeige %1</translation>
    </message>
    <message>
        <source>%1; %2; shortest side resized to %3 px (antialiased bicubic); centre crop %3×%3</source>
        <translation>%1; %2; kürzere Seite auf %3 px skaliert (bikubisch mit Antialiasing); zentraler Ausschnitt %3×%3</translation>
    </message>
    <message>
        <source>grey replicated to RGB</source>
        <translation>Graustufen auf RGB repliziert</translation>
    </message>
    <message>
        <source>colour as displayed</source>
        <translation>Farbe wie angezeigt</translation>
    </message>
    <message>
        <source>encoder.sources: a chest X-ray pack takes one image encoder (&apos;encoder.type&apos;)</source>
        <translation>encoder.sources: ein Thorax-Röntgen-Paket nimmt einen Bildencoder auf (&apos;encoder.type&apos;)</translation>
    </message>
    <message>
        <source>encoder.type: &apos;%1&apos; does not encode images; a chest X-ray pack needs an image encoder</source>
        <translation>encoder.type: &apos;%1&apos; kodiert keine Bilder; ein Thorax-Röntgen-Paket benötigt einen Bildencoder</translation>
    </message>
    <message>
        <source>head.m: is %1; a chest X-ray head has 2 logits (no effusion, effusion)</source>
        <translation>head.m: ist %1; ein Thorax-Röntgen-Kopf hat 2 Logits (kein Erguss, Erguss)</translation>
    </message>
    <message>
        <source>head.bias: must be true (a chest X-ray head has a bias per logit)</source>
        <translation>head.bias: muss true sein (ein Thorax-Röntgen-Kopf hat einen Bias je Logit)</translation>
    </message>
    <message>
        <source>head.n_direct: is %1; a chest X-ray head has no direct scores</source>
        <translation>head.n_direct: ist %1; ein Thorax-Röntgen-Kopf hat keine direkten Scores</translation>
    </message>
    <message>
        <source>head.concepts: does not list the catalog&apos;s %1 descriptors in order</source>
        <translation>head.concepts: führt die %1 Deskriptoren des Katalogs nicht in ihrer Reihenfolge auf</translation>
    </message>
    <message>
        <source>calibration: missing (a chest X-ray pack decides at a calibrated threshold)</source>
        <translation>calibration: fehlt (ein Thorax-Röntgen-Paket entscheidet an einem kalibrierten Schwellenwert)</translation>
    </message>
    <message>
        <source>task: is &apos;%1&apos;, expected %2 (a chest X-ray pack)</source>
        <translation>task: ist &apos;%1&apos;, erwartet %2 (ein Thorax-Röntgen-Paket)</translation>
    </message>
    <message>
        <source>%1 %2, checkpoint SHA-256 %3 (%4)</source>
        <translation>%1 %2, Checkpoint-SHA-256 %3 (%4)</translation>
    </message>
    <message>
        <source>%1, input %2 px, %3 values</source>
        <translation>%1, Eingabe %2 px, %3 Werte</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>, %1 (SHA-256 %2)</source>
        <translation>, %1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>the encoder takes %1×%1 px, not %2×%3</source>
        <translation>der Encoder erwartet %1×%1 px, nicht %2×%3</translation>
    </message>
    <message>
        <source>a chest X-ray head has 2 logits, a bias, no direct scores and a fixed alpha</source>
        <translation>ein Thorax-Röntgen-Kopf hat 2 Logits, einen Bias, keine direkten Scores und ein festes alpha</translation>
    </message>
    <message>
        <source>the head has %1 concepts but the catalog %2 descriptors</source>
        <translation>der Kopf hat %1 Konzepte, der Katalog jedoch %2 Deskriptoren</translation>
    </message>
    <message>
        <source>tensor &apos;W&apos; must be [%1, 2] (one row per descriptor of catalog %2, logits no effusion / effusion), not %3</source>
        <translation>Tensor &apos;W&apos; muss [%1, 2] sein (eine Zeile je Deskriptor des Katalogs %2, Logits kein Erguss / Erguss), nicht %3</translation>
    </message>
    <message>
        <source>tensor &apos;b&apos; is missing (a chest X-ray head has a bias per logit)</source>
        <translation>Tensor &apos;b&apos; fehlt (ein Thorax-Röntgen-Kopf hat einen Bias je Logit)</translation>
    </message>
    <message>
        <source>tensor &apos;F.0.weight&apos; must be [%1 / r, %1] for the checkpoint&apos;s embedding width %1, not %2</source>
        <translation>Tensor &apos;F.0.weight&apos; muss [%1 / r, %1] für die Embedding-Breite %1 des Checkpoints sein, nicht %2</translation>
    </message>
    <message>
        <source>alpha = %1 lies outside [0, 1]</source>
        <translation>alpha = %1 liegt außerhalb von [0, 1]</translation>
    </message>
    <message>
        <source>tau = %1 must lie in (0, %2]</source>
        <translation>tau = %1 muss in (0, %2] liegen</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not part of a chest X-ray head</source>
        <translation>Tensor &apos;%1&apos; gehört nicht zu einem Thorax-Röntgen-Kopf</translation>
    </message>
    <message>
        <source>holds no Indiana XML reports (*.xml)</source>
        <translation>enthält keine Indiana-XML-Berichte (*.xml)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to unpack the reports</source>
        <translation>zum Entpacken der Berichte kann kein temporärer Ordner erstellt werden</translation>
    </message>
    <message>
        <source>cannot unpack the archive: the &apos;tar&apos; program is not available</source>
        <translation>das Archiv kann nicht entpackt werden: das Programm &apos;tar&apos; ist nicht verfügbar</translation>
    </message>
    <message>
        <source>cannot unpack the archive (tar: %1)</source>
        <translation>das Archiv kann nicht entpackt werden (tar: %1)</translation>
    </message>
    <message>
        <source>a quoted CSV field is not closed</source>
        <translation>ein CSV-Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>the CSV file is empty</source>
        <translation>die CSV-Datei ist leer</translation>
    </message>
    <message>
        <source>descriptor catalog &apos;%1&apos; has no report-extraction rules (member &apos;extraction&apos;)</source>
        <translation>Deskriptorkatalog &apos;%1&apos; hat keine Regeln zur Berichtsextraktion (Element &apos;extraction&apos;)</translation>
    </message>
    <message>
        <source>not a well-formed XML report (%1 at line %2)</source>
        <translation>kein wohlgeformter XML-Bericht (%1 in Zeile %2)</translation>
    </message>
    <message>
        <source>not an Indiana/OpenI report (no eCitation element)</source>
        <translation>kein Indiana/OpenI-Bericht (kein eCitation-Element)</translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data)</source>
        <translation>ist keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <source>colour image, no window</source>
        <translation>Farbbild, kein Fenster</translation>
    </message>
    <message>
        <source>C %1 W %2 (custom)</source>
        <translation>C %1 W %2 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>C %1 W %2 (preset %3)</source>
        <translation>C %1 W %2 (Voreinstellung %3)</translation>
    </message>
    <message>
        <source>C %1 W %2 (min/max)</source>
        <translation>C %1 W %2 (Min./Max.)</translation>
    </message>
    <message>
        <source>8-bit raster, no window</source>
        <translation>8-Bit-Rasterbild, kein Fenster</translation>
    </message>
    <message>
        <source>on both sides</source>
        <translation>beidseits</translation>
    </message>
    <message>
        <source>on the patient&apos;s left (the image&apos;s right)</source>
        <translation>links beim Patienten (rechts im Bild)</translation>
    </message>
    <message>
        <source>on the patient&apos;s right (the image&apos;s left)</source>
        <translation>rechts beim Patienten (links im Bild)</translation>
    </message>
    <message>
        <source>Pleural effusion: P(effusion) = %1, at or above the calibrated threshold %2.</source>
        <translation>Pleuraerguss: P(effusion) = %1, auf oder über dem kalibrierten Schwellenwert %2.</translation>
    </message>
    <message>
        <source>No pleural effusion: P(effusion) = %1, below the calibrated threshold %2.</source>
        <translation>Kein Pleuraerguss: P(effusion) = %1, unter dem kalibrierten Schwellenwert %2.</translation>
    </message>
    <message>
        <source>Indeterminate: P(effusion) = %1 lies inside the calibrated indeterminate band [%2, %3], where the pack declines to decide.</source>
        <translation>Unbestimmt: P(effusion) = %1 liegt im kalibrierten Unbestimmtheitsbereich [%2, %3], in dem das Paket keine Entscheidung trifft.</translation>
    </message>
    <message>
        <source>counts toward effusion</source>
        <translation>spricht für einen Erguss</translation>
    </message>
    <message>
        <source>counts against effusion</source>
        <translation>spricht gegen einen Erguss</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of the margin, score %4).</source>
        <translation>%1: %2 (%3 der Margin, Score %4).</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4 of the margin, score %5).</source>
        <translation>%1, %2: %3 (%4 der Margin, Score %5).</translation>
    </message>
    <message>
        <source>No abnormal descriptor is the most activated in its group; the largest share is %1 (&quot;%2&quot;, %3 of the margin).</source>
        <translation>Kein auffälliger Deskriptor ist in seiner Gruppe der am stärksten aktivierte; den größten Anteil hat %1 („%2“, %3 der Margin).</translation>
    </message>
    <message>
        <source>The descriptors judged present place the finding %1.</source>
        <translation>Die als vorhanden beurteilten Deskriptoren verorten den Befund %1.</translation>
    </message>
    <message>
        <source>Calibrated on %1 (%2, %3).</source>
        <translation>Kalibriert auf %1 (%2, %3).</translation>
    </message>
    <message>
        <source>the head gave %1 logits and %2 scores; expected 2 and %3</source>
        <translation>der Kopf lieferte %1 Logits und %2 Scores; erwartet 2 und %3</translation>
    </message>
    <message>
        <source>the decomposition does not add up to the head&apos;s own margin (residual %1, tolerance %2)</source>
        <translation>die Zerlegung ergibt in der Summe nicht die eigene Margin des Kopfs (Residuum %1, Toleranz %2)</translation>
    </message>
    <message>
        <source>Pleural effusion</source>
        <translation>Pleuraerguss</translation>
    </message>
    <message>
        <source>No pleural effusion</source>
        <translation>Kein Pleuraerguss</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Reading the radiograph</source>
        <translation>Röntgenaufnahme wird gelesen</translation>
    </message>
    <message>
        <source>review cancelled</source>
        <translation>Befundung abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>frame %1: the image has %n frame(s)</source>
        <translation>
            <numerusform>Frame %1: das Bild hat %n Frame</numerusform>
            <numerusform>Frame %1: das Bild hat %n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>Displaying the radiograph</source>
        <translation>Röntgenaufnahme wird angezeigt</translation>
    </message>
    <message>
        <source>frame %1 could not be displayed</source>
        <translation>Frame %1 konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Encoding the radiograph</source>
        <translation>Röntgenaufnahme wird kodiert</translation>
    </message>
    <message>
        <source>Scoring the descriptors</source>
        <translation>Deskriptoren werden bewertet</translation>
    </message>
    <message>
        <source>Review done</source>
        <translation>Befundung fertig</translation>
    </message>
    <message>
        <source>what-if: %1 switches for %2 descriptors</source>
        <translation>Was-wäre-wenn: %1 Schalter für %2 Deskriptoren</translation>
    </message>
    <message>
        <source>[omitted]</source>
        <translation>[ausgelassen]</translation>
    </message>
    <message>
        <source>blind review: export is available once the analysis is locked</source>
        <translation>verblindete Begutachtung: der Export ist möglich, sobald die Analyse abgeschlossen ist</translation>
    </message>
    <message>
        <source>Chest X-ray report</source>
        <translation>Thorax-Röntgen-Bericht</translation>
    </message>
    <message>
        <source>Model pack %1 %2   ·   Descry %3</source>
        <translation>Modellpaket %1 %2   ·   Descry %3</translation>
    </message>
    <message>
        <source>No model pack   ·   Descry %1</source>
        <translation>Kein Modellpaket   ·   Descry %1</translation>
    </message>
    <message>
        <source>Explainable review for pleural effusion</source>
        <translation>Erklärbare Befundung auf Pleuraerguss</translation>
    </message>
    <message>
        <source>The radiologist&apos;s reading of a chest radiograph</source>
        <translation>Der Befund des Radiologen zu einer Thorax-Röntgenaufnahme</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Ende des Berichts</translation>
    </message>
    <message>
        <source>Descriptors judged present</source>
        <translation>Als vorhanden beurteilte Deskriptoren</translation>
    </message>
    <message>
        <source>No abnormal descriptor was judged present: in every group the most activated descriptor is the normal one.</source>
        <translation>Kein auffälliger Deskriptor wurde als vorhanden beurteilt: in jeder Gruppe ist der am stärksten aktivierte Deskriptor der normale.</translation>
    </message>
    <message>
        <source>A descriptor is judged present when it is the most activated of its group and not the group&apos;s normal grade. Its evidence is its score within the group (0 to 1, after the group softmax), the image–text cosine it comes from, and its contribution to the margin (positive: toward effusion).</source>
        <translation>Ein Deskriptor gilt als vorhanden, wenn er in seiner Gruppe am stärksten aktiviert ist und nicht die Normalstufe der Gruppe darstellt. Als Beleg dienen sein Score innerhalb der Gruppe (0 bis 1, nach dem Gruppen-Softmax), der Bild-Text-Kosinus, aus dem er stammt, und sein Beitrag zur Margin (positiv: in Richtung Erguss).</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Deskriptor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiologe</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>No explanation was produced for this radiograph.</source>
        <translation>Für diese Röntgenaufnahme wurde keine Erklärung erzeugt.</translation>
    </message>
    <message>
        <source>Exact decomposition of the margin</source>
        <translation>Exakte Zerlegung der Margin</translation>
    </message>
    <message>
        <source>The head&apos;s logits are l = S_sm·W + b, with class 1 pleural effusion. The margin Δ = l₁ − l₀ splits exactly into one contribution per descriptor, c_k = S_sm[k]·(W[k,1] − W[k,0]), plus the bias term b₁ − b₀, and P(effusion) = 1 / (1 + exp(−Δ)).</source>
        <translation>Die Logits des Kopfs sind l = S_sm·W + b, mit Klasse 1 Pleuraerguss. Die Margin Δ = l₁ − l₀ zerfällt exakt in einen Beitrag je Deskriptor, c_k = S_sm[k]·(W[k,1] − W[k,0]), zuzüglich des Bias-Terms b₁ − b₀, und P(effusion) = 1 / (1 + exp(−Δ)).</translation>
    </message>
    <message>
        <source>Σ contributions</source>
        <translation>Σ Beiträge</translation>
    </message>
    <message>
        <source>Bias term b₁ − b₀</source>
        <translation>Bias-Term b₁ − b₀</translation>
    </message>
    <message>
        <source>Margin Δ = l₁ − l₀</source>
        <translation>Margin Δ = l₁ − l₀</translation>
    </message>
    <message>
        <source>logits l₀ = %1, l₁ = %2</source>
        <translation>Logits l₀ = %1, l₁ = %2</translation>
    </message>
    <message>
        <source>Head&apos;s own forward pass</source>
        <translation>Eigener Forward-Pass des Kopfs</translation>
    </message>
    <message>
        <source>computed independently of c_k</source>
        <translation>unabhängig von c_k berechnet</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residuum</translation>
    </message>
    <message>
        <source>forward pass − Σ contributions − bias term; must be close to zero</source>
        <translation>Forward-Pass − Σ Beiträge − Bias-Term; muss nahe null liegen</translation>
    </message>
    <message>
        <source>P(effusion)</source>
        <translation>P(effusion)</translation>
    </message>
    <message>
        <source>Warning: the residual exceeds %1; the contributions do not fully account for the model&apos;s margin.</source>
        <translation>Warnung: das Residuum übersteigt %1; die Beiträge erklären die Margin des Modells nicht vollständig.</translation>
    </message>
    <message>
        <source>Contributions to the decision</source>
        <translation>Beiträge zur Entscheidung</translation>
    </message>
    <message>
        <source>No descriptor groups were recorded.</source>
        <translation>Es wurden keine Deskriptorgruppen erfasst.</translation>
    </message>
    <message>
        <source>Bars to the right (red) moved the margin toward pleural effusion, bars to the left (blue) toward no effusion.</source>
        <translation>Balken nach rechts (rot) haben die Margin in Richtung Pleuraerguss verschoben, Balken nach links (blau) in Richtung kein Erguss.</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Je Gruppe</translation>
    </message>
    <message>
        <source>Contribution to the margin Δ (logit units)</source>
        <translation>Beitrag zur Margin Δ (Logit-Einheiten)</translation>
    </message>
    <message>
        <source>Per descriptor: the %1 largest of %2</source>
        <translation>Je Deskriptor: die %1 größten von %2</translation>
    </message>
    <message>
        <source>Per descriptor</source>
        <translation>Je Deskriptor</translation>
    </message>
    <message>
        <source>%1: the radiologist reads it as present, the model does not</source>
        <translation>%1: der Radiologe beurteilt ihn als vorhanden, das Modell nicht</translation>
    </message>
    <message>
        <source>%1: the model reads it as present, the radiologist as absent</source>
        <translation>%1: das Modell beurteilt ihn als vorhanden, der Radiologe als nicht vorhanden</translation>
    </message>
    <message>
        <source>Radiologist&apos;s checklist beside the model&apos;s reading</source>
        <translation>Checkliste des Radiologen neben der Beurteilung des Modells</translation>
    </message>
    <message>
        <source>Radiologist&apos;s checklist</source>
        <translation>Checkliste des Radiologen</translation>
    </message>
    <message>
        <source>The model reads a descriptor as present when it is the most activated of its group (for a normal grade: the model reads the group as normal). Score: within the group, 0 to 1.</source>
        <translation>Das Modell beurteilt einen Deskriptor als vorhanden, wenn er in seiner Gruppe am stärksten aktiviert ist (bei einer Normalstufe: das Modell beurteilt die Gruppe als normal). Score: innerhalb der Gruppe, 0 bis 1.</translation>
    </message>
    <message numerus="yes">
        <source>The readings disagree on %n descriptor(s):</source>
        <translation>
            <numerusform>Die Beurteilungen weichen bei %n Deskriptor voneinander ab:</numerusform>
            <numerusform>Die Beurteilungen weichen bei %n Deskriptoren voneinander ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>No descriptor catalog was given: there is no checklist to show.</source>
        <translation>Es wurde kein Deskriptorkatalog angegeben: es gibt keine Checkliste anzuzeigen.</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Auftragsnummer (Accession Number)</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>Studien-ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Überweisender Arzt</translation>
    </message>
    <message>
        <source>Study instance UID</source>
        <translation>Study Instance UID</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>The image carries no patient identifiers.</source>
        <translation>Das Bild enthält keine Patientenkennungen.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>Befunder: %1</translation>
    </message>
    <message>
        <source>Patient identifiers are omitted from this report (setting &quot;Include patient identifiers in reports&quot;).</source>
        <translation>Patientenkennungen sind in diesem Bericht ausgelassen (Einstellung „Patientenkennungen in Berichte aufnehmen“).</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of them in file names, notes or the audit trail are replaced by &quot;[omitted]&quot;.</source>
        <translation>
            <numerusform>%n Erwähnung davon in Dateinamen, Notizen oder dem Prüfprotokoll ist durch „[ausgelassen]“ ersetzt.</numerusform>
            <numerusform>%n Erwähnungen davon in Dateinamen, Notizen oder dem Prüfprotokoll sind durch „[ausgelassen]“ ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Es wurden keine Notizen geschrieben.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Modellpaket</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Descriptor catalog</source>
        <translation>Deskriptorkatalog</translation>
    </message>
    <message>
        <source>Catalog SHA-256</source>
        <translation>SHA-256 des Katalogs</translation>
    </message>
    <message>
        <source>Image encoder</source>
        <translation>Bildencoder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Laufzeiten</translation>
    </message>
    <message>
        <source>pack loading %1  ·  decoding %2  ·  encoder %3  ·  head %4  ·  total %5</source>
        <translation>Laden des Pakets %1  ·  Dekodieren %2  ·  Encoder %3  ·  Kopf %4  ·  gesamt %5</translation>
    </message>
    <message>
        <source>none: the radiologist&apos;s reading only</source>
        <translation>keines: nur der Befund des Radiologen</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Descry %1 (Qt %2)</source>
        <translation>Descry %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Study files</source>
        <translation>Studiendateien</translation>
    </message>
    <message>
        <source>No study files were recorded.</source>
        <translation>Es wurden keine Studiendateien erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each with the SHA-256 of its content as read.</source>
        <translation>
            <numerusform>%n Datei, jeweils mit dem SHA-256 ihres Inhalts wie gelesen.</numerusform>
            <numerusform>%n Dateien, jeweils mit dem SHA-256 ihres Inhalts wie gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Weicht ab</translation>
    </message>
    <message>
        <source>Radiologist uncertain</source>
        <translation>Radiologe unsicher</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Radiologist&apos;s reading only, no model</source>
        <translation>Nur Befund des Radiologen, kein Modell</translation>
    </message>
    <message>
        <source>No chest X-ray model pack was run for this report. It records the radiologist&apos;s own descriptor checklist and notes, the image as displayed and the identity of the study files.</source>
        <translation>Für diesen Bericht wurde kein Thorax-Röntgen-Modellpaket ausgeführt. Er dokumentiert die eigene Deskriptor-Checkliste und die Notizen des Radiologen, das Bild wie angezeigt und die Identität der Studiendateien.</translation>
    </message>
    <message>
        <source>Decision of the explainable model</source>
        <translation>Entscheidung des erklärbaren Modells</translation>
    </message>
    <message>
        <source>P(effusion) %1     Threshold %2</source>
        <translation>P(effusion) %1     Schwellenwert %2</translation>
    </message>
    <message>
        <source>Indeterminate band %1</source>
        <translation>Unbestimmtheitsbereich %1</translation>
    </message>
    <message>
        <source>%1 present, %2 absent, %3 uncertain, %4 not assessed</source>
        <translation>%1 vorhanden, %2 nicht vorhanden, %3 unsicher, %4 nicht beurteilt</translation>
    </message>
    <message>
        <source>Agrees with the model on %1 of the %2 descriptors read as present or absent.</source>
        <translation>Stimmt bei %1 der %2 als vorhanden oder nicht vorhanden beurteilten Deskriptoren mit dem Modell überein.</translation>
    </message>
    <message>
        <source>No descriptor was read as present or absent: nothing to compare with the model.</source>
        <translation>Kein Deskriptor wurde als vorhanden oder nicht vorhanden beurteilt: nichts mit dem Modell zu vergleichen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Displayed size</source>
        <translation>Angezeigte Größe</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>What the model saw</source>
        <translation>Was das Modell gesehen hat</translation>
    </message>
    <message>
        <source>As displayed, window %1</source>
        <translation>Wie angezeigt, Fenster %1</translation>
    </message>
    <message>
        <source>The encoder&apos;s input, %1 × %2 px</source>
        <translation>Die Eingabe des Encoders, %1 × %2 px</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Decision and calibration</source>
        <translation>Entscheidung und Kalibrierung</translation>
    </message>
    <message>
        <source>The model gives P(effusion) = %1. The pack&apos;s calibrated threshold is %2: at or above it the call is pleural effusion, below it no pleural effusion.</source>
        <translation>Das Modell liefert P(effusion) = %1. Der kalibrierte Schwellenwert des Pakets ist %2: auf oder über ihm lautet die Entscheidung Pleuraerguss, darunter kein Pleuraerguss.</translation>
    </message>
    <message>
        <source>The pack also has a calibrated band from %1 to %2: a probability inside it is too close to the threshold for the validation data to support either call, so the result is indeterminate and the image needs the radiologist&apos;s judgement alone.</source>
        <translation>Das Paket hat außerdem einen kalibrierten Bereich von %1 bis %2: eine Wahrscheinlichkeit darin liegt zu nahe am Schwellenwert, als dass die Validierungsdaten eine der beiden Entscheidungen stützen würden; das Ergebnis ist daher unbestimmt, und das Bild bedarf allein der Beurteilung des Radiologen.</translation>
    </message>
    <message>
        <source>The pack has no indeterminate band: every probability leads to a call.</source>
        <translation>Das Paket hat keinen Unbestimmtheitsbereich: jede Wahrscheinlichkeit führt zu einer Entscheidung.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos; is not an image encoder</source>
        <translation>Encoder &apos;%1&apos; ist kein Bildencoder</translation>
    </message>
    <message>
        <source>has no tensor &quot;T&quot; (descriptor embeddings, N × d)</source>
        <translation>hat keinen Tensor &quot;T&quot; (Deskriptor-Embeddings, N × d)</translation>
    </message>
    <message>
        <source>tensor &quot;T&quot; is %1 but the catalog has %2 descriptors and the encoder gives %3 values: it must be [%2, %3]</source>
        <translation>Tensor &quot;T&quot; ist %1, der Katalog hat jedoch %2 Deskriptoren und der Encoder liefert %3 Werte: er muss [%2, %3] sein</translation>
    </message>
    <message>
        <source>tensor &quot;T&quot; holds non-finite values</source>
        <translation>Tensor &quot;T&quot; enthält nicht endliche Werte</translation>
    </message>
    <message>
        <source>the text tower gives %1 values, the image tower %2</source>
        <translation>der Textturm liefert %1 Werte, der Bildturm %2</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos; needs descriptor embeddings (a safetensors file with &quot;T&quot;, N × d)</source>
        <translation>Encoder &apos;%1&apos; benötigt Deskriptor-Embeddings (eine safetensors-Datei mit &quot;T&quot;, N × d)</translation>
    </message>
    <message>
        <source>the first frame cannot be displayed</source>
        <translation>der erste Frame kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>encoding radiographs</source>
        <translation>Röntgenaufnahmen werden kodiert</translation>
    </message>
    <message>
        <source>training cancelled</source>
        <translation>Training abgebrochen</translation>
    </message>
    <message>
        <source>training, epoch %1/%2, loss %3</source>
        <translation>Training, Epoche %1/%2, Verlust %3</translation>
    </message>
    <message>
        <source>training needs at least 3 radiographs (%1 given)</source>
        <translation>das Training benötigt mindestens 3 Röntgenaufnahmen (%1 angegeben)</translation>
    </message>
    <message>
        <source>no patient is left for training</source>
        <translation>für das Training bleibt kein Patient übrig</translation>
    </message>
    <message>
        <source>writing the pack</source>
        <translation>Paket wird geschrieben</translation>
    </message>
    <message>
        <source>pack written</source>
        <translation>Paket geschrieben</translation>
    </message>
    <message>
        <source>the CSV file has no column &apos;%1&apos;</source>
        <translation>die CSV-Datei hat keine Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the image %1 it lists does not exist</source>
        <translation>das darin aufgeführte Bild %1 existiert nicht</translation>
    </message>
    <message>
        <source>no such folder or CSV file of reports</source>
        <translation>kein solcher Ordner und keine solche CSV-Datei mit Befundberichten</translation>
    </message>
    <message>
        <source>the image %1 has no report in %2</source>
        <translation>das Bild %1 hat keinen Befundbericht in %2</translation>
    </message>
    <message>
        <source>the image %1 has no report %2</source>
        <translation>das Bild %1 hat keinen Befundbericht %2</translation>
    </message>
    <message>
        <source>no such folder or CSV file of images</source>
        <translation>kein solcher Ordner und keine solche CSV-Datei mit Bildern</translation>
    </message>
    <message>
        <source>no radiographs (PNG, JPEG, TIFF, DICOM) found</source>
        <translation>keine Röntgenaufnahmen (PNG, JPEG, TIFF, DICOM) gefunden</translation>
    </message>
    <message>
        <source>no band: %1 % of the validation calls are right (target %2 %)</source>
        <translation>kein Bereich: %1 % der Validierungsentscheidungen sind richtig (Ziel %2 %)</translation>
    </message>
    <message>
        <source>band: the %1 validation calls nearest the threshold were %2 % right, the others at least %3 %</source>
        <translation>Bereich: die %1 Validierungsentscheidungen nächst dem Schwellenwert waren zu %2 % richtig, die übrigen zu mindestens %3 %</translation>
    </message>
    <message>
        <source>no band: no neighbourhood of the threshold holding at most half of the validation calls leaves the others %1 % right</source>
        <translation>kein Bereich: keine Umgebung des Schwellenwerts mit höchstens der Hälfte der Validierungsentscheidungen lässt die übrigen zu %1 % richtig</translation>
    </message>
    <message>
        <source>maximum F1 on the validation part; indeterminate band: the narrowest neighbourhood of the threshold outside which at least %1 % of the validation calls are right (at most half of them inside; none below %2 validation images or %3 of a class)</source>
        <translation>maximaler F1 auf dem Validierungsteil; Unbestimmtheitsbereich: die engste Umgebung des Schwellenwerts, außerhalb derer mindestens %1 % der Validierungsentscheidungen richtig sind (höchstens die Hälfte davon innerhalb; keiner unter %2 Validierungsbildern oder %3 einer Klasse)</translation>
    </message>
    <message>
        <source>no band: the validation part lacks a class; threshold left at 0.5</source>
        <translation>kein Bereich: dem Validierungsteil fehlt eine Klasse; Schwellenwert bei 0.5 belassen</translation>
    </message>
    <message>
        <source>no band: the validation part is too small (%1 images, %2 with effusion)</source>
        <translation>kein Bereich: der Validierungsteil ist zu klein (%1 Bilder, %2 mit Erguss)</translation>
    </message>
    <message>
        <source>not a chest X-ray feature cache of this version</source>
        <translation>kein Thorax-Röntgen-Merkmals-Cache dieser Version</translation>
    </message>
    <message>
        <source>cannot create the cache folder</source>
        <translation>der Cache-Ordner kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>chest X-ray head training: %1</source>
        <translation>Training des Thorax-Röntgen-Kopfs: %1</translation>
    </message>
    <message>
        <source>the head has no descriptor embeddings</source>
        <translation>der Kopf hat keine Deskriptor-Embeddings</translation>
    </message>
    <message>
        <source>the head must have 2 logits and no direct concepts</source>
        <translation>der Kopf muss 2 Logits und keine direkten Konzepte haben</translation>
    </message>
    <message>
        <source>embeddings must be a non-empty B × %1 matrix</source>
        <translation>Embeddings müssen eine nicht leere B × %1-Matrix sein</translation>
    </message>
    <message>
        <source>concept targets must be %1 × %2</source>
        <translation>Konzeptziele müssen %1 × %2 sein</translation>
    </message>
    <message>
        <source>labels must hold %1 values</source>
        <translation>Labels müssen %1 Werte enthalten</translation>
    </message>
    <message>
        <source>the embeddings hold non-finite values</source>
        <translation>die Embeddings enthalten nicht endliche Werte</translation>
    </message>
    <message>
        <source>training diverged (loss %1 in epoch %2)</source>
        <translation>Training divergiert (Verlust %1 in Epoche %2)</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; must be a non-empty array of strings</source>
        <translation>Element &apos;%1&apos; muss ein nicht leeres Array von Zeichenketten sein</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; item #%2 is empty</source>
        <translation>Element &apos;%1&apos;, Eintrag Nr. %2 ist leer</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; item #%2 (&apos;%3&apos;) must be lower-case</source>
        <translation>Element &apos;%1&apos;, Eintrag Nr. %2 (&apos;%3&apos;) muss in Kleinbuchstaben geschrieben sein</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; lists &apos;%2&apos; twice</source>
        <translation>Element &apos;%1&apos; führt &apos;%2&apos; zweimal auf</translation>
    </message>
    <message>
        <source>member &apos;group&apos; names characteristic &apos;%1&apos;, which the catalog does not have</source>
        <translation>Element &apos;group&apos; nennt das Merkmal &apos;%1&apos;, das der Katalog nicht hat</translation>
    </message>
    <message>
        <source>characteristic &apos;%1&apos; has no descriptor &apos;%2&apos;</source>
        <translation>Merkmal &apos;%1&apos; hat keinen Deskriptor &apos;%2&apos;</translation>
    </message>
    <message>
        <source>descriptor &apos;%1&apos;</source>
        <translation>Deskriptor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;phrases&apos; is required in a catalog with &apos;extraction&apos; rules</source>
        <translation>Element &apos;phrases&apos; ist in einem Katalog mit &apos;extraction&apos;-Regeln erforderlich</translation>
    </message>
    <message>
        <source>phrase &apos;%1&apos; already names descriptor &apos;%2&apos;</source>
        <translation>Phrase &apos;%1&apos; benennt bereits den Deskriptor &apos;%2&apos;</translation>
    </message>
    <message>
        <source>member &apos;normal&apos; must be true or false</source>
        <translation>Element &apos;normal&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: config.%2 must be an array of 3 positive numbers (R, G, B)</source>
        <translation>Encoder &apos;%1&apos;: config.%2 muss ein Array aus 3 positiven Zahlen sein (R, G, B)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: config.%2 must be an array of 3 numbers (R, G, B)</source>
        <translation>Encoder &apos;%1&apos;: config.%2 muss ein Array aus 3 Zahlen sein (R, G, B)</translation>
    </message>
    <message>
        <source>the TorchScript module fails on a %1×3×%2×%2 input (config.input_size %2)</source>
        <translation>das TorchScript-Modul schlägt bei einer Eingabe von %1×3×%2×%2 fehl (config.input_size %2)</translation>
    </message>
    <message>
        <source>the TorchScript module&apos;s forward returns a %1; an image encoder must return one tensor of N×D features</source>
        <translation>der forward des TorchScript-Moduls gibt einen %1 zurück; ein Bildencoder muss einen Tensor mit N×D Merkmalen zurückgeben</translation>
    </message>
    <message numerus="yes">
        <source>the TorchScript module returns a %1 tensor of shape [%2] for %n image(s); an image encoder must return %n×D floating-point features</source>
        <translation>
            <numerusform>das TorchScript-Modul gibt für %n Bild einen %1-Tensor der Form [%2] zurück; ein Bildencoder muss %n×D Gleitkomma-Merkmale zurückgeben</numerusform>
            <numerusform>das TorchScript-Modul gibt für %n Bilder einen %1-Tensor der Form [%2] zurück; ein Bildencoder muss %n×D Gleitkomma-Merkmale zurückgeben</numerusform>
        </translation>
    </message>
    <message>
        <source>the TorchScript module returns non-finite features</source>
        <translation>das TorchScript-Modul gibt nicht endliche Merkmale zurück</translation>
    </message>
    <message>
        <source>the TorchScript module returned %1 features per image, %2 when it was opened</source>
        <translation>das TorchScript-Modul gab %1 Merkmale je Bild zurück, beim Öffnen %2</translation>
    </message>
    <message>
        <source>not a TorchScript module that torch.jit.load can read (write it with torch.jit.save)</source>
        <translation>kein TorchScript-Modul, das torch.jit.load lesen kann (schreiben Sie es mit torch.jit.save)</translation>
    </message>
    <message>
        <source>the TorchScript file has no forward method</source>
        <translation>die TorchScript-Datei hat keine forward-Methode</translation>
    </message>
    <message>
        <source>cannot build a probe image</source>
        <translation>es kann kein Testbild erstellt werden</translation>
    </message>
    <message>
        <source>cannot run the TorchScript module</source>
        <translation>das TorchScript-Modul kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>cannot encode the images</source>
        <translation>die Bilder können nicht kodiert werden</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: files must name exactly one file, the TorchScript module (it names %2)</source>
        <translation>Encoder &apos;%1&apos;: files muss genau eine Datei nennen, das TorchScript-Modul (es nennt %2)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: files: &apos;%2&apos;: %3</source>
        <translation>Encoder &apos;%1&apos;: files: &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: unknown config member &apos;%2&apos; (expected input_size, mean, std)</source>
        <translation>Encoder &apos;%1&apos;: unbekanntes config-Element &apos;%2&apos; (erwartet input_size, mean, std)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: config.input_size must be a whole number of pixels from 1 to 4096</source>
        <translation>Encoder &apos;%1&apos;: config.input_size muss eine ganze Zahl von Pixeln von 1 bis 4096 sein</translation>
    </message>
    <message>
        <source>input size %1 is outside 1..4096</source>
        <translation>Eingabegröße %1 liegt außerhalb von 1..4096</translation>
    </message>
    <message>
        <source>the normalisation needs finite means and positive deviations</source>
        <translation>die Normalisierung benötigt endliche Mittelwerte und positive Abweichungen</translation>
    </message>
    <message>
        <source>the text has %1 words, more than the %2 an explanation may have</source>
        <translation>der Text hat %1 Wörter, mehr als die %2, die eine Erklärung haben darf</translation>
    </message>
    <message>
        <source>the image is %1, not a chest radiograph (CR/DX): the pack was not made for it</source>
        <translation>das Bild ist %1, keine Thoraxaufnahme (CR/DX): das Paket wurde nicht dafür erstellt</translation>
    </message>
    <message>
        <source>the image is in colour (%1), not a greyscale radiograph: the pack was not made for it</source>
        <translation>das Bild ist farbig (%1), keine Graustufen-Röntgenaufnahme: das Paket wurde nicht dafür erstellt</translation>
    </message>
    <message>
        <source>&apos;pairs&apos; must be an array of {&quot;score&quot;: number, &quot;same&quot;: 0 or 1}</source>
        <translation>&apos;pairs&apos; muss ein Array aus {&quot;score&quot;: Zahl, &quot;same&quot;: 0 oder 1} sein</translation>
    </message>
    <message>
        <source>%1 calibration on %2 same-source and %3 different-source pairs
</source>
        <translation>%1-Kalibrierung an %2 Paaren gleicher und %3 Paaren unterschiedlicher Herkunft
</translation>
    </message>
    <message>
        <source>ln LR = a * score + b with a = %1, b = %2
</source>
        <translation>ln LR = a * Score + b mit a = %1, b = %2
</translation>
    </message>
    <message numerus="yes">
        <source>%n PAV block(s), bounded by one pseudo pair at each end
</source>
        <translation>
            <numerusform>%n PAV-Block, an jedem Ende durch ein Pseudopaar begrenzt
</numerusform>
            <numerusform>%n PAV-Blöcke, an jedem Ende durch ein Pseudopaar begrenzt
</numerusform>
        </translation>
    </message>
    <message>
        <source>Cllr %1 bits, Cllr_min %2 bits
</source>
        <translation>Cllr %1 Bit, Cllr_min %2 Bit
</translation>
    </message>
    <message>
        <source>fit a score-based likelihood ratio on scored same/different pairs: a, b, Cllr, Cllr_min</source>
        <translation>eine Score-basierte Likelihood-Ratio an bewerteten Paaren gleicher/unterschiedlicher Herkunft anpassen: a, b, Cllr, Cllr_min</translation>
    </message>
    <message>
        <source>logistic regression or isotonic (PAV) calibration</source>
        <translation>Kalibrierung durch logistische Regression oder isotonisch (PAV)</translation>
    </message>
    <message>
        <source>what the pairs are, recorded as the calibration&apos;s dataset</source>
        <translation>was die Paare sind, als Datensatz der Kalibrierung erfasst</translation>
    </message>
    <message>
        <source>%1: %2 faces found; face %3 as asked (%4×%5 px at %6,%7) was used
</source>
        <translation>%1: %2 Gesichter gefunden; Gesicht %3 wie angefordert (%4×%5 px bei %6,%7) wurde verwendet
</translation>
    </message>
    <message>
        <source>%1: %2 faces found; the largest, face %3 (%4×%5 px at %6,%7), was used (--face/--reference-face N picks another)
</source>
        <translation>%1: %2 Gesichter gefunden; das größte, Gesicht %3 (%4×%5 px bei %6,%7), wurde verwendet (--face/--reference-face N wählt ein anderes)
</translation>
    </message>
    <message>
        <source>compare face N of the probe photo (1 = the largest; default 1)</source>
        <translation>Gesicht N des Fragebilds vergleichen (1 = das größte; Standard 1)</translation>
    </message>
    <message>
        <source>compare face N of the reference photo (1 = the largest; default 1)</source>
        <translation>Gesicht N des Referenzbilds vergleichen (1 = das größte; Standard 1)</translation>
    </message>
    <message>
        <source>explainable face model against its black-box baseline on held-out identities, clean and augmented: 10-fold accuracy, AUC, TAR at FAR 1 % and 0.1 %, and the gap</source>
        <translation>erklärbares Gesichtsmodell gegenüber seiner Black-Box-Vergleichsbasis an zurückgehaltenen Identitäten, unverändert und augmentiert: Genauigkeit (10-fach), AUC, TAR bei FAR 1 % und 0,1 % sowie der Abstand</translation>
    </message>
    <message>
        <source>face pack (folder or name)</source>
        <translation>Gesichtspaket (Ordner oder Name)</translation>
    </message>
    <message>
        <source>identity-labelled faces folder (DATASET/PERSON/IMAGE); identities the pack was trained on are left out</source>
        <translation>Ordner mit nach Identität gelabelten Gesichtern (DATASET/PERSON/IMAGE); Identitäten, mit denen das Paket trainiert wurde, werden ausgelassen</translation>
    </message>
    <message>
        <source>augmented copies per photo and augmentation (0: the photos only)</source>
        <translation>augmentierte Kopien je Foto und Augmentierung (0: nur die Fotos)</translation>
    </message>
    <message>
        <source>feature cache (the one of train face --cache may be reused)</source>
        <translation>Merkmals-Cache (der von train face --cache kann wiederverwendet werden)</translation>
    </message>
    <message>
        <source>checking visibility</source>
        <translation>Sichtbarkeit wird geprüft</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>detection and false-alarm rates of the visibility check on photos with synthetic sunglasses, masks, a hand and a hair fringe</source>
        <translation>Erkennungs- und Fehlalarmraten der Sichtbarkeitsprüfung an Fotos mit synthetischen Sonnenbrillen, Masken, einer Hand und einem Haarpony</translation>
    </message>
    <message>
        <source>identity-labelled photos laid out as DATASET/PERSON/IMAGE (or Yale&apos;s flat folder)</source>
        <translation>nach Identität gelabelte Fotos im Aufbau DATASET/PERSON/IMAGE (oder Yales flacher Ordner)</translation>
    </message>
    <message>
        <source>take every N-th photo</source>
        <translation>jedes N-te Foto nehmen</translation>
    </message>
    <message>
        <source>at most N photos (0: all)</source>
        <translation>höchstens N Fotos (0: alle)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keine (%1)</translation>
    </message>
    <message>
        <source>%1 on %2: Cllr %3 (Cllr_min %4), %5 same / %6 different pairs, scores %7 to %8; verbal scale: %9</source>
        <translation>%1 an %2: Cllr %3 (Cllr_min %4), %5 Paare gleicher / %6 Paare unterschiedlicher Herkunft, Scores %7 bis %8; verbale Skala: %9</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <source>--aggregation block is not available with --encoder openclip yet</source>
        <translation>--aggregation block ist mit --encoder openclip noch nicht verfügbar</translation>
    </message>
    <message>
        <source>block: each characteristic writes only to its own block of the embedding (local shares, m = groups × block width); full: a dense matrix (--m)</source>
        <translation>block: jedes Merkmal schreibt nur in seinen eigenen Block des Embeddings (lokale Anteile, m = Gruppen × Blockbreite); full: eine dichte Matrix (--m)</translation>
    </message>
    <message>
        <source>embedding columns per characteristic with --aggregation block</source>
        <translation>Embedding-Spalten je Merkmal mit --aggregation block</translation>
    </message>
    <message>
        <source>casework-augmented copies of every training photo (0: none)</source>
        <translation>für die Fallarbeit augmentierte Kopien jedes Trainingsfotos (0: keine)</translation>
    </message>
    <message>
        <source>augmented copies of every held-out photo per augmentation, for the evaluation (0: none)</source>
        <translation>augmentierte Kopien jedes zurückgehaltenen Fotos je Augmentierung, für die Evaluation (0: keine)</translation>
    </message>
    <message>
        <source>shard %1/%2: pairs %3 to %4 of %5, %6 scored, %7 could not be scored; %8 images in %9 s
Run with --json and combine every shard&apos;s output with &apos;descry-cli eval merge&apos;.
</source>
        <translation>Shard %1/%2: Paare %3 bis %4 von %5, %6 bewertet, %7 konnten nicht bewertet werden; %8 Bilder in %9 s
Mit --json ausführen und die Ausgaben aller Shards mit &apos;descry-cli eval merge&apos; zusammenführen.
</translation>
    </message>
    <message>
        <source>analyse N images at once (threads sharing the cores); the figures do not depend on N</source>
        <translation>N Bilder gleichzeitig analysieren (Threads teilen sich die Kerne); die Ergebnisse hängen nicht von N ab</translation>
    </message>
    <message>
        <source>score only the i-th of n contiguous blocks of the pairs and print what &apos;eval merge&apos; combines (with --json)</source>
        <translation>nur den i-ten von n zusammenhängenden Blöcken der Paare bewerten und ausgeben, was &apos;eval merge&apos; zusammenführt (mit --json)</translation>
    </message>
    <message>
        <source>combine the outputs of verify-pairs --shard i/n --json into the result of one run</source>
        <translation>die Ausgaben von verify-pairs --shard i/n --json zum Ergebnis eines einzigen Laufs zusammenführen</translation>
    </message>
    <message>
        <source>every shard&apos;s JSON output, in any order</source>
        <translation>die JSON-Ausgabe jedes Shards, in beliebiger Reihenfolge</translation>
    </message>
    <message>
        <source>no %1 photo to choose a face in</source>
        <translation>kein %1-Foto, in dem ein Gesicht gewählt werden kann</translation>
    </message>
    <message>
        <source>face %1 chosen but %2 faces were found</source>
        <translation>Gesicht %1 gewählt, aber %2 Gesichter wurden gefunden</translation>
    </message>
    <message>
        <source>%1: the largest of %2 faces (default) chosen</source>
        <translation>%1: das größte von %2 Gesichtern (Standard) gewählt</translation>
    </message>
    <message>
        <source>%1: face %2 of %3 chosen</source>
        <translation>%1: Gesicht %2 von %3 gewählt</translation>
    </message>
    <message>
        <source>member &apos;face_index&apos; must be a face number from 1 (the largest face)</source>
        <translation>Element &apos;face_index&apos; muss eine Gesichtsnummer ab 1 (das größte Gesicht) sein</translation>
    </message>
    <message>
        <source>needs exactly one of the members &apos;quantity&apos; and &apos;quantities&apos;</source>
        <translation>benötigt genau eines der Elemente &apos;quantity&apos; und &apos;quantities&apos;</translation>
    </message>
    <message>
        <source>member &apos;quantities&apos; must be an array of at least 2 quantity ids</source>
        <translation>Element &apos;quantities&apos; muss ein Array aus mindestens 2 Größen-IDs sein</translation>
    </message>
    <message>
        <source> (lower-case letters and digits separated by &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation> (Kleinbuchstaben und Ziffern, getrennt durch &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;)</translation>
    </message>
    <message>
        <source>member &apos;quantities&apos; lists &apos;%1&apos; twice</source>
        <translation>Element &apos;quantities&apos; führt &apos;%1&apos; zweimal auf</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; must be a number or an array of numbers</source>
        <translation>Element &apos;grade&apos; muss eine Zahl oder ein Array aus Zahlen sein</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; must be an array of %1 numbers, one per entry of &apos;measurement.quantities&apos;</source>
        <translation>Element &apos;grade&apos; muss ein Array aus %1 Zahlen sein, eine je Eintrag von &apos;measurement.quantities&apos;</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; must be a number (the characteristic measures one quantity)</source>
        <translation>Element &apos;grade&apos; muss eine Zahl sein (das Merkmal misst eine Größe)</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; repeats the grade of descriptor #%1</source>
        <translation>Element &apos;grade&apos; wiederholt die Stufe von Deskriptor Nr. %1</translation>
    </message>
    <message>
        <source>LR calibration: %1 scores but %2 labels</source>
        <translation>LR-Kalibrierung: %1 Scores, aber %2 Labels</translation>
    </message>
    <message>
        <source>LR calibration: score of pair %1 is not a finite number</source>
        <translation>LR-Kalibrierung: der Score von Paar %1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>LR calibration needs same-source and different-source pairs (%1 same, %2 different)</source>
        <translation>LR-Kalibrierung benötigt Paare gleicher und unterschiedlicher Herkunft (%1 gleich, %2 unterschiedlich)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number of pairs, at least 1</source>
        <translation>muss eine ganze Zahl von Paaren sein, mindestens 1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be [min, max], two finite numbers with min &lt;= max</source>
        <translation>muss [min, max] sein, zwei endliche Zahlen mit min &lt;= max</translation>
    </message>
    <message>
        <source>missing (the isotonic method needs its table)</source>
        <translation>fehlt (die isotonische Methode benötigt ihre Tabelle)</translation>
    </message>
    <message>
        <source>must be a non-empty array of [score_min, score_max, log10_lr]</source>
        <translation>muss ein nicht leeres Array aus [score_min, score_max, log10_lr] sein</translation>
    </message>
    <message>
        <source>must be [score_min, score_max, log10_lr], three finite numbers</source>
        <translation>muss [score_min, score_max, log10_lr] sein, drei endliche Zahlen</translation>
    </message>
    <message>
        <source>blocks must ascend in score without overlap and never decrease in log10_lr</source>
        <translation>Blöcke müssen im Score überlappungsfrei aufsteigen und dürfen in log10_lr nie abnehmen</translation>
    </message>
    <message>
        <source>must be an array of &quot;colour&quot; and/or &quot;greyscale&quot; (empty: not recorded)</source>
        <translation>muss ein Array aus &quot;colour&quot; und/oder &quot;greyscale&quot; sein (leer: nicht erfasst)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither &quot;colour&quot; nor &quot;greyscale&quot;</source>
        <translation>&apos;%1&apos; ist weder &quot;colour&quot; noch &quot;greyscale&quot;</translation>
    </message>
    <message>
        <source>%1 %2%3 is below the calibration data&apos;s %4%3</source>
        <translation>%1 %2%3 liegt unter dem Minimum der Kalibrierdaten von %4%3</translation>
    </message>
    <message>
        <source>%1 %2%3 is above the calibration data&apos;s %4%3</source>
        <translation>%1 %2%3 liegt über dem Maximum der Kalibrierdaten von %4%3</translation>
    </message>
    <message>
        <source>inter-eye distance</source>
        <translation>Augenabstand</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>sharpness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <source>head turn |yaw|</source>
        <translation>Kopfdrehung |Gierwinkel|</translation>
    </message>
    <message>
        <source>a colour photo; the calibration data had only greyscale photos</source>
        <translation>ein Farbfoto; die Kalibrierdaten enthielten nur Graustufenfotos</translation>
    </message>
    <message>
        <source>a greyscale photo; the calibration data had only colour photos</source>
        <translation>ein Graustufenfoto; die Kalibrierdaten enthielten nur Farbfotos</translation>
    </message>
    <message>
        <source>must be &quot;logistic&quot; or &quot;isotonic&quot;, not &apos;%1&apos;</source>
        <translation>muss &quot;logistic&quot; oder &quot;isotonic&quot; sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be negative (LR must not fall as the score rises)</source>
        <translation>darf nicht negativ sein (die LR darf mit steigendem Score nicht fallen)</translation>
    </message>
    <message>
        <source>cllr and cllr_min must be &gt;= 0 with cllr_min &lt;= cllr</source>
        <translation>cllr und cllr_min müssen &gt;= 0 sein mit cllr_min &lt;= cllr</translation>
    </message>
    <message>
        <source>ENFSI Guideline for Evaluative Reporting in Forensic Science (2015)</source>
        <translation>ENFSI-Leitfaden für evaluative Berichterstattung in der forensischen Wissenschaft (2015)</translation>
    </message>
    <message>
        <source>no likelihood ratio</source>
        <translation>keine Likelihood-Ratio</translation>
    </message>
    <message>
        <source>no support either way</source>
        <translation>keine Unterstützung für eine der beiden Hypothesen</translation>
    </message>
    <message>
        <source>weak support for the same-source proposition</source>
        <translation>schwache Unterstützung für die Hypothese gleicher Herkunft</translation>
    </message>
    <message>
        <source>moderate support for the same-source proposition</source>
        <translation>mäßige Unterstützung für die Hypothese gleicher Herkunft</translation>
    </message>
    <message>
        <source>moderately strong support for the same-source proposition</source>
        <translation>mäßig starke Unterstützung für die Hypothese gleicher Herkunft</translation>
    </message>
    <message>
        <source>strong support for the same-source proposition</source>
        <translation>starke Unterstützung für die Hypothese gleicher Herkunft</translation>
    </message>
    <message>
        <source>very strong support for the same-source proposition</source>
        <translation>sehr starke Unterstützung für die Hypothese gleicher Herkunft</translation>
    </message>
    <message>
        <source>extremely strong support for the same-source proposition</source>
        <translation>extrem starke Unterstützung für die Hypothese gleicher Herkunft</translation>
    </message>
    <message>
        <source>weak support for the different-source proposition</source>
        <translation>schwache Unterstützung für die Hypothese unterschiedlicher Herkunft</translation>
    </message>
    <message>
        <source>moderate support for the different-source proposition</source>
        <translation>mäßige Unterstützung für die Hypothese unterschiedlicher Herkunft</translation>
    </message>
    <message>
        <source>moderately strong support for the different-source proposition</source>
        <translation>mäßig starke Unterstützung für die Hypothese unterschiedlicher Herkunft</translation>
    </message>
    <message>
        <source>strong support for the different-source proposition</source>
        <translation>starke Unterstützung für die Hypothese unterschiedlicher Herkunft</translation>
    </message>
    <message>
        <source>very strong support for the different-source proposition</source>
        <translation>sehr starke Unterstützung für die Hypothese unterschiedlicher Herkunft</translation>
    </message>
    <message>
        <source>extremely strong support for the different-source proposition</source>
        <translation>extrem starke Unterstützung für die Hypothese unterschiedlicher Herkunft</translation>
    </message>
    <message>
        <source>No likelihood ratio: %1</source>
        <translation>Keine Likelihood-Ratio: %1</translation>
    </message>
    <message>
        <source>LR %1 — %2 (ENFSI 2015 scale)</source>
        <translation>LR %1 — %2 (ENFSI-Skala 2015)</translation>
    </message>
    <message>
        <source>not calibrated for this kind of photo</source>
        <translation>nicht für diese Art von Foto kalibriert</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>block decomposition: %1</source>
        <translation>Blockzerlegung: %1</translation>
    </message>
    <message>
        <source>%1 probe scores, %2 reference scores and %3 group ids</source>
        <translation>%1 Fragebild-Scores, %2 Referenzbild-Scores und %3 Gruppen-IDs</translation>
    </message>
    <message>
        <source>block width %1 or a group id is invalid</source>
        <translation>Blockbreite %1 oder eine Gruppen-ID ist ungültig</translation>
    </message>
    <message>
        <source>W holds %1 values and b %2, expected %3 × %4 and %4</source>
        <translation>W enthält %1 Werte und b %2, erwartet %3 × %4 und %4</translation>
    </message>
    <message>
        <source>W[%1, %2] = %3 lies outside the block of group %4: the head is not block-structured</source>
        <translation>W[%1, %2] = %3 liegt außerhalb des Blocks von Gruppe %4: der Kopf ist nicht blockstrukturiert</translation>
    </message>
    <message>
        <source>not-assessed characteristic &apos;%1&apos; is not in the catalog</source>
        <translation>nicht beurteiltes Merkmal &apos;%1&apos; ist nicht im Katalog</translation>
    </message>
    <message>
        <source>face %1 requested but %2 faces were found</source>
        <translation>Gesicht %1 angefordert, aber %2 Gesichter wurden gefunden</translation>
    </message>
    <message>
        <source>no face upright; found after rotating %1° clockwise</source>
        <translation>kein aufrechtes Gesicht; nach Drehung um %1° im Uhrzeigersinn gefunden</translation>
    </message>
    <message>
        <source>config.quantities: &apos;%1&apos; is not measured by this version</source>
        <translation>config.quantities: &apos;%1&apos; wird von dieser Version nicht gemessen</translation>
    </message>
    <message>
        <source>config.quantities: &apos;%1&apos; is repeated or out of order (order: %2)</source>
        <translation>config.quantities: &apos;%1&apos; ist wiederholt oder nicht in der Reihenfolge (Reihenfolge: %2)</translation>
    </message>
    <message>
        <source>files must be empty (regions are measured on the photo itself)</source>
        <translation>files muss leer sein (Regionen werden am Foto selbst gemessen)</translation>
    </message>
    <message>
        <source>config.iod_pixels must be %1</source>
        <translation>config.iod_pixels muss %1 sein</translation>
    </message>
    <message>
        <source>encoder.sources[%1]: a face pack takes one face locator, measured sources and at most one image encoder; &apos;%2&apos; is one too many</source>
        <translation>encoder.sources[%1]: ein Gesichtspaket nimmt einen Gesichtslokalisierer, gemessene Quellen und höchstens einen Bild-Encoder; &apos;%2&apos; ist einer zu viel</translation>
    </message>
    <message>
        <source>%1: not assessed (appearance direction AUC %2 &lt; 0.6)</source>
        <translation>%1: nicht beurteilt (AUC der Erscheinungsbild-Richtung %2 &lt; 0,6)</translation>
    </message>
    <message>
        <source>%1: not assessed (appearance direction unreliable)</source>
        <translation>%1: nicht beurteilt (Erscheinungsbild-Richtung unzuverlässig)</translation>
    </message>
    <message>
        <source>measured concepts from %1 (landmarks; colour and texture in landmark-defined regions)</source>
        <translation>gemessene Konzepte aus %1 (Landmarken; Farbe und Textur in durch Landmarken definierten Regionen)</translation>
    </message>
    <message>
        <source>head.aggregation: must be &quot;full&quot; or &quot;block&quot;</source>
        <translation>head.aggregation: muss &quot;full&quot; oder &quot;block&quot; sein</translation>
    </message>
    <message>
        <source>head.block_width: must be an integer with m = %1 groups × block width (m is %2)</source>
        <translation>head.block_width: muss eine ganze Zahl sein mit m = %1 Gruppen × Blockbreite (m ist %2)</translation>
    </message>
    <message>
        <source>head.not_assessed: must be an array of {&quot;characteristic&quot;: id, &quot;auc&quot;: number}</source>
        <translation>head.not_assessed: muss ein Array aus {&quot;characteristic&quot;: ID, &quot;auc&quot;: Zahl} sein</translation>
    </message>
    <message>
        <source>cannot exclude &apos;%1&apos;: the catalog %2 has no such component or characteristic</source>
        <translation>&apos;%1&apos; kann nicht ausgeschlossen werden: der Katalog %2 hat keine solche Komponente und kein solches Merkmal</translation>
    </message>
    <message>
        <source>cannot exclude &apos;%1&apos;: the catalog %2 has no such component</source>
        <translation>&apos;%1&apos; kann nicht ausgeschlossen werden: der Katalog %2 hat keine solche Komponente</translation>
    </message>
    <message>
        <source>cannot exclude &apos;%1&apos;: unknown reason &apos;%2&apos; (expected not-visible, not-assessable or not-measured)</source>
        <translation>&apos;%1&apos; kann nicht ausgeschlossen werden: unbekannter Grund &apos;%2&apos; (erwartet not-visible, not-assessable oder not-measured)</translation>
    </message>
    <message>
        <source>the comparison was not made with the pack %1</source>
        <translation>der Vergleich wurde nicht mit dem Paket %1 durchgeführt</translation>
    </message>
    <message>
        <source>nothing would be left to compare: every characteristic is excluded</source>
        <translation>es bliebe nichts zu vergleichen: jedes Merkmal ist ausgeschlossen</translation>
    </message>
    <message>
        <source>what-if: no characteristic group %1 in the pack</source>
        <translation>Was-wäre-wenn: keine Merkmalsgruppe %1 im Paket</translation>
    </message>
    <message>
        <source>Removing %1 changes the score by %2 (to %3), not by its share %4 alone:</source>
        <translation>Das Entfernen von %1 ändert den Score um %2 (auf %3), nicht nur um seinen Anteil %4:</translation>
    </message>
    <message>
        <source>nothing is left to compare.</source>
        <translation>es bleibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>the remaining characteristics are re-normalised (|e_p||e_r| shrinks to %1 of what it was), so each remaining share grows by a factor of %2.</source>
        <translation>die verbleibenden Merkmale werden neu normiert (|e_p||e_r| schrumpft auf %1 des vorherigen Werts), sodass jeder verbleibende Anteil um den Faktor %2 wächst.</translation>
    </message>
    <message>
        <source>the score is re-normalised (|e_p||e_r| changes to %1 of what it was), and with this pack&apos;s full aggregation matrix every other characteristic&apos;s share also depends on the removed one.</source>
        <translation>der Score wird neu normiert (|e_p||e_r| ändert sich auf %1 des vorherigen Werts), und mit der vollen Aggregationsmatrix dieses Pakets hängt auch der Anteil jedes anderen Merkmals vom entfernten ab.</translation>
    </message>
    <message>
        <source>layout group %1 has no block</source>
        <translation>Layoutgruppe %1 hat keinen Block</translation>
    </message>
    <message>
        <source>group %1&apos;s block share %2 differs from its contributions %3</source>
        <translation>Blockanteil %2 der Gruppe %1 weicht von ihren Beiträgen %3 ab</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>nicht sichtbar</translation>
    </message>
    <message>
        <source>marked not assessable by the examiner</source>
        <translation>vom Sachverständigen als nicht beurteilbar markiert</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>Excluded from the score: %1. The score %2 is computed on the remaining characteristics (re-normalised; %3 on the whole face); the threshold was calibrated on whole faces.</source>
        <translation>Vom Score ausgeschlossen: %1. Der Score %2 wird aus den verbleibenden Merkmalen berechnet (neu normiert; %3 für das ganze Gesicht); der Schwellenwert wurde an ganzen Gesichtern kalibriert.</translation>
    </message>
    <message>
        <source>pack has no LR calibration</source>
        <translation>Paket hat keine LR-Kalibrierung</translation>
    </message>
    <message>
        <source>%1: member &apos;%2&apos; must be an array of strings</source>
        <translation>%1: Element &apos;%2&apos; muss ein Array aus Zeichenketten sein</translation>
    </message>
    <message>
        <source>%1: member &apos;%2&apos; must be true or false</source>
        <translation>%1: Element &apos;%2&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>results[%1]</source>
        <translation>results[%1]</translation>
    </message>
    <message>
        <source>%1: &apos;same&apos; must be 0 or 1</source>
        <translation>%1: &apos;same&apos; muss 0 oder 1 sein</translation>
    </message>
    <message>
        <source>%1: &apos;fold&apos; must lie in 0..9</source>
        <translation>%1: &apos;fold&apos; muss in 0..9 liegen</translation>
    </message>
    <message>
        <source>not a verify-pairs shard (expected &quot;format&quot;: &quot;%1&quot;, as verify-pairs --shard i/n --json writes)</source>
        <translation>kein verify-pairs-Shard (erwartet &quot;format&quot;: &quot;%1&quot;, wie verify-pairs --shard i/n --json es schreibt)</translation>
    </message>
    <message>
        <source>the shard was changed after verify-pairs wrote it (its digest does not match its content)</source>
        <translation>der Shard wurde verändert, nachdem verify-pairs ihn geschrieben hat (sein Digest passt nicht zu seinem Inhalt)</translation>
    </message>
    <message>
        <source>shard file</source>
        <translation>Shard-Datei</translation>
    </message>
    <message>
        <source>shard %1/%2 of %3 pairs is not a possible shard</source>
        <translation>Shard %1/%2 von %3 Paaren ist kein möglicher Shard</translation>
    </message>
    <message>
        <source>shard %1/%2 must hold pairs %3 to %4 of %5, it holds %6 pairs</source>
        <translation>Shard %1/%2 muss die Paare %3 bis %4 von %5 enthalten, er enthält %6 Paare</translation>
    </message>
    <message>
        <source>results[%1] is pair %2, expected pair %3 (0-based)</source>
        <translation>results[%1] ist Paar %2, erwartet Paar %3 (ab 0 gezählt)</translation>
    </message>
    <message>
        <source>made from another pairs file than %1 (%2, SHA-256 %3, not %4)</source>
        <translation>aus einer anderen Paardatei als %1 erstellt (%2, SHA-256 %3, nicht %4)</translation>
    </message>
    <message>
        <source>made with another pack than %1 (%2, SHA-256 %3, not %4 %5)</source>
        <translation>mit einem anderen Paket als %1 erstellt (%2, SHA-256 %3, nicht %4 %5)</translation>
    </message>
    <message>
        <source>one of %1 shards of %2 pairs, but %3 is one of %4 shards of %5 pairs</source>
        <translation>einer von %1 Shards aus %2 Paaren, aber %3 ist einer von %4 Shards aus %5 Paaren</translation>
    </message>
    <message>
        <source>run with other settings than %1 (%2, not %3)</source>
        <translation>mit anderen Einstellungen als %1 ausgeführt (%2, nicht %3)</translation>
    </message>
    <message>
        <source>shard %1/%2 was already given in %3</source>
        <translation>Shard %1/%2 wurde bereits in %3 angegeben</translation>
    </message>
    <message>
        <source>shard(s) %1 missing: a merge needs every shard of the list</source>
        <translation>Shard(s) %1 fehlen: eine Zusammenführung benötigt jeden Shard der Liste</translation>
    </message>
    <message>
        <source>--shard: &apos;%1&apos; is not a shard; give i/n with 1 &lt;= i &lt;= n &lt;= %2, e.g. 2/4</source>
        <translation>--shard: &apos;%1&apos; ist kein Shard; geben Sie i/n mit 1 &lt;= i &lt;= n &lt;= %2 an, z. B. 2/4</translation>
    </message>
    <message>
        <source>no shard files given</source>
        <translation>keine Shard-Dateien angegeben</translation>
    </message>
    <message>
        <source>pair %1 is in fold %2, but the labels of the whole list put it in fold %3</source>
        <translation>Paar %1 liegt in Fold %2, aber die Labels der gesamten Liste ordnen es Fold %3 zu</translation>
    </message>
    <message>
        <source>not the pack the shards were made with (%1 %2, SHA-256 %3, not %4)</source>
        <translation>nicht das Paket, mit dem die Shards erstellt wurden (%1 %2, SHA-256 %3, nicht %4)</translation>
    </message>
    <message>
        <source>cannot encode %1 for augmentation: %2 (is the Qt image format plugin installed?)</source>
        <translation>%1 kann für die Augmentierung nicht kodiert werden: %2 (ist das Qt-Plugin für Bildformate installiert?)</translation>
    </message>
    <message>
        <source>cannot decode the %1 copy made for augmentation</source>
        <translation>die für die Augmentierung erstellte %1-Kopie kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>the glasses augmentation needs the face&apos;s landmarks</source>
        <translation>die Brillen-Augmentierung benötigt die Landmarken des Gesichts</translation>
    </message>
    <message>
        <source>unknown augmentation %1 (expected one of %2)</source>
        <translation>unbekannte Augmentierung %1 (erwartet eine von %2)</translation>
    </message>
    <message>
        <source>cannot augment an empty image</source>
        <translation>ein leeres Bild kann nicht augmentiert werden</translation>
    </message>
    <message>
        <source>%2 [%1]: explainable %3 %, AUC %4, TAR@FAR1% %5; baseline %6 %, AUC %7, TAR@FAR1% %8; gap %9 points, TAR ratio %10 (%11 pairs)</source>
        <translation>%2 [%1]: erklärbar %3 %, AUC %4, TAR@FAR1% %5; Vergleichsbasis %6 %, AUC %7, TAR@FAR1% %8; Abstand %9 Punkte, TAR-Verhältnis %10 (%11 Paare)</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>held-out augmented</source>
        <translation>zurückgehalten, augmentiert</translation>
    </message>
    <message>
        <source>goal met: every set within %1 points and TAR@FAR1% ratio at least %2 (worst gap %3 points, worst ratio %4)</source>
        <translation>Ziel erreicht: jede Menge innerhalb von %1 Punkten und TAR@FAR1%-Verhältnis mindestens %2 (größter Abstand %3 Punkte, schlechtestes Verhältnis %4)</translation>
    </message>
    <message>
        <source>goal NOT met (within %1 points, TAR@FAR1% ratio at least %2): worst gap %3 points, worst ratio %4; failing: %5</source>
        <translation>Ziel NICHT erreicht (innerhalb von %1 Punkten, TAR@FAR1%-Verhältnis mindestens %2): größter Abstand %3 Punkte, schlechtestes Verhältnis %4; nicht erfüllt: %5</translation>
    </message>
    <message>
        <source>pack has no black-box baseline to compare with</source>
        <translation>Paket hat keine Black-Box-Vergleichsbasis zum Vergleich</translation>
    </message>
    <message>
        <source>eval face-gap needs a pack whose baseline is the 128-D dlib ResNet (this one has %1-D)</source>
        <translation>eval face-gap benötigt ein Paket, dessen Vergleichsbasis das 128-D-dlib-ResNet ist (dieses hat %1-D)</translation>
    </message>
    <message>
        <source>provenance.seed is missing or not a number</source>
        <translation>provenance.seed fehlt oder ist keine Zahl</translation>
    </message>
    <message>
        <source>no photos of identities the pack was not trained on</source>
        <translation>keine Fotos von Identitäten, mit denen das Paket nicht trainiert wurde</translation>
    </message>
    <message>
        <source>analysing %1 photos (%2 photos of training identities left out)</source>
        <translation>%1 Fotos werden analysiert (%2 Fotos von Trainingsidentitäten ausgelassen)</translation>
    </message>
    <message>
        <source>analysing %1 augmented copies</source>
        <translation>%1 augmentierte Kopien werden analysiert</translation>
    </message>
    <message>
        <source>balanced same/different pairs of the %1 held-out identities (%2), not used to train the head</source>
        <translation>ausgewogene Paare gleicher/unterschiedlicher Person aus den %1 zurückgehaltenen Identitäten (%2), nicht zum Training des Kopfs verwendet</translation>
    </message>
    <message>
        <source>analysing %1 augmented copies (%2 of training photos, %3 of held-out photos)</source>
        <translation>%1 augmentierte Kopien werden analysiert (%2 von Trainingsfotos, %3 von zurückgehaltenen Fotos)</translation>
    </message>
    <message>
        <source>augmented copies without a face: %1 of training photos, %2 of held-out photos</source>
        <translation>augmentierte Kopien ohne Gesicht: %1 von Trainingsfotos, %2 von zurückgehaltenen Fotos</translation>
    </message>
    <message>
        <source>%1: not assessed by appearance (too few faces measured to learn and test a direction)</source>
        <translation>%1: nicht nach Erscheinungsbild beurteilt (zu wenige Gesichter gemessen, um eine Richtung zu lernen und zu testen)</translation>
    </message>
    <message>
        <source>%1: not assessed by appearance (held-out AUC %2 &lt; 0.6)</source>
        <translation>%1: nicht nach Erscheinungsbild beurteilt (AUC auf zurückgehaltenen Daten %2 &lt; 0,6)</translation>
    </message>
    <message>
        <source>measuring the aggregation cost: training a %1 head with the same seed</source>
        <translation>Aggregationskosten werden gemessen: ein %1-Kopf wird mit demselben Seed trainiert</translation>
    </message>
    <message>
        <source>aggregation cost: full − block = %1 accuracy points on held-out identities</source>
        <translation>Aggregationskosten: full − block = %1 Genauigkeitspunkte an zurückgehaltenen Identitäten</translation>
    </message>
    <message>
        <source>%1 training identities</source>
        <translation>%1 Trainingsidentitäten</translation>
    </message>
    <message>
        <source>likelihood ratio: Cllr %1, Cllr_min %2 on %3 held-out pairs</source>
        <translation>Likelihood-Ratio: Cllr %1, Cllr_min %2 an %3 zurückgehaltenen Paaren</translation>
    </message>
    <message>
        <source>dark glasses over the eyes</source>
        <translation>dunkle Brille über den Augen</translation>
    </message>
    <message>
        <source>a face mask covers the lower face</source>
        <translation>eine Gesichtsmaske verdeckt das Untergesicht</translation>
    </message>
    <message>
        <source>a skin-coloured object (a hand?) covers the mouth</source>
        <translation>ein hautfarbenes Objekt (eine Hand?) verdeckt den Mund</translation>
    </message>
    <message>
        <source>hair covers the eyebrows</source>
        <translation>Haare verdecken die Augenbrauen</translation>
    </message>
    <message>
        <source>hair covers the forehead</source>
        <translation>Haare verdecken die Stirn</translation>
    </message>
    <message>
        <source>not assessable from this photo: eyes closed</source>
        <translation>auf diesem Foto nicht beurteilbar: Augen geschlossen</translation>
    </message>
    <message>
        <source>not assessable from this photo: extreme expression</source>
        <translation>auf diesem Foto nicht beurteilbar: extreme Mimik</translation>
    </message>
    <message>
        <source>outside the photo</source>
        <translation>außerhalb des Fotos</translation>
    </message>
    <message>
        <source>dark glasses</source>
        <translation>dunkle Brille</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>hair</source>
        <translation>Haare</translation>
    </message>
    <message>
        <source>extreme expression</source>
        <translation>extreme Mimik</translation>
    </message>
    <message>
        <source>out of frame</source>
        <translation>außerhalb des Bildausschnitts</translation>
    </message>
    <message>
        <source>visibility check: the photo is empty</source>
        <translation>Sichtbarkeitsprüfung: das Foto ist leer</translation>
    </message>
    <message>
        <source>%1 not assessable (%2)</source>
        <translation>%1 nicht beurteilbar (%2)</translation>
    </message>
    <message>
        <source>%1 not visible (%2)</source>
        <translation>%1 nicht sichtbar (%2)</translation>
    </message>
    <message>
        <source>%1 not assessable in the probe (%2)</source>
        <translation>%1 im Fragebild nicht beurteilbar (%2)</translation>
    </message>
    <message>
        <source>%1 not visible in the probe (%2)</source>
        <translation>%1 im Fragebild nicht sichtbar (%2)</translation>
    </message>
    <message>
        <source>%1 not assessable in the reference (%2)</source>
        <translation>%1 im Referenzbild nicht beurteilbar (%2)</translation>
    </message>
    <message>
        <source>%1 not visible in the reference (%2)</source>
        <translation>%1 im Referenzbild nicht sichtbar (%2)</translation>
    </message>
    <message>
        <source>no photos found</source>
        <translation>keine Fotos gefunden</translation>
    </message>
    <message>
        <source>Checking visibility</source>
        <translation>Sichtbarkeit wird geprüft</translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation>Evaluation abgebrochen</translation>
    </message>
    <message>
        <source>Visibility check on %1 photos (%2 with a face) in %3</source>
        <translation>Sichtbarkeitsprüfung an %1 Fotos (%2 mit Gesicht) in %3</translation>
    </message>
    <message>
        <source>  %1 (%2): detection rate %3 % (%4 of %5; own reason %6; face lost %7)</source>
        <translation>  %1 (%2): Erkennungsrate %3 % (%4 von %5; eigener Grund %6; Gesicht verloren %7)</translation>
    </message>
    <message>
        <source>  false alarms on the unoccluded photos: %1 % (%2 of %3)</source>
        <translation>  Fehlalarme auf den unverdeckten Fotos: %1 % (%2 von %3)</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1: %2</translation>
    </message>
    <message>
        <source>  flagged on the unoccluded photos (not occluders): %1: %2</source>
        <translation>  auf den unverdeckten Fotos markiert (keine Verdeckungen): %1: %2</translation>
    </message>
    <message>
        <source>sRGB primaries with another tone curve</source>
        <translation>sRGB-Primärfarben mit einer anderen Tonkurve</translation>
    </message>
    <message>
        <source>the embedded colour profile</source>
        <translation>das eingebettete Farbprofil</translation>
    </message>
    <message>
        <source>embedded colour profile not usable (e.g. a CMYK or grey-scale profile): sRGB assumed</source>
        <translation>eingebettetes Farbprofil nicht verwendbar (z. B. ein CMYK- oder Graustufenprofil): sRGB angenommen</translation>
    </message>
    <message>
        <source>no embedded profile: sRGB assumed</source>
        <translation>kein eingebettetes Profil: sRGB angenommen</translation>
    </message>
    <message>
        <source>embedded profile is sRGB: no conversion needed</source>
        <translation>eingebettetes Profil ist sRGB: keine Umwandlung nötig</translation>
    </message>
    <message>
        <source>converted from %1 to sRGB</source>
        <translation>von %1 nach sRGB umgewandelt</translation>
    </message>
    <message>
        <source>progressive</source>
        <translation>progressiv</translation>
    </message>
    <message>
        <source>greyscale</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <source>16-bit</source>
        <translation>16 Bit</translation>
    </message>
    <message>
        <source>palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <source>image 1 of %1</source>
        <translation>Bild 1 von %1</translation>
    </message>
    <message>
        <source>page 1 of %1</source>
        <translation>Seite 1 von %1</translation>
    </message>
    <message>
        <source>frame 1 of %1</source>
        <translation>Frame 1 von %1</translation>
    </message>
    <message>
        <source>; transparent areas composited on white</source>
        <translation>; transparente Bereiche auf Weiß zusammengesetzt</translation>
    </message>
    <message>
        <source>named .%1 but is a %2 file</source>
        <translation>als .%1 benannt, ist aber eine %2-Datei</translation>
    </message>
    <message>
        <source>turned upright by the HEIF rotation (irot), applied by libheif</source>
        <translation>durch die HEIF-Drehung (irot) aufgerichtet, angewendet von libheif</translation>
    </message>
    <message>
        <source>HEIF rotation/mirror (irot/imir) applied by libheif</source>
        <translation>HEIF-Drehung/-Spiegelung (irot/imir) von libheif angewendet</translation>
    </message>
    <message>
        <source>; its EXIF orientation %1 is not applied again</source>
        <translation>; ihre EXIF-Ausrichtung %1 wird nicht erneut angewendet</translation>
    </message>
    <message>
        <source>no colour profile: sRGB assumed</source>
        <translation>kein Farbprofil: sRGB angenommen</translation>
    </message>
    <message>
        <source>a TIFF page directory cannot be read (the file is cut off or corrupt)</source>
        <translation>ein TIFF-Seitenverzeichnis kann nicht gelesen werden (die Datei ist abgeschnitten oder beschädigt)</translation>
    </message>
    <message>
        <source>CMYK converted to RGB by the plain formula; its embedded CMYK profile is not applied (no CMYK colour engine): sRGB assumed</source>
        <translation>CMYK mit der einfachen Formel in RGB umgewandelt; ihr eingebettetes CMYK-Profil wird nicht angewendet (keine CMYK-Farbengine): sRGB angenommen</translation>
    </message>
    <message>
        <source>CMYK converted to RGB by the plain formula: sRGB assumed</source>
        <translation>CMYK mit der einfachen Formel in RGB umgewandelt: sRGB angenommen</translation>
    </message>
    <message>
        <source>a %1 file, but no %1 decoder is installed (Debian package qt6-image-formats-plugins)</source>
        <translation>eine %1-Datei, aber kein %1-Decoder ist installiert (Debian-Paket qt6-image-formats-plugins)</translation>
    </message>
    <message>
        <source>cannot decode CMYK JPEG image (%1)</source>
        <translation>CMYK-JPEG-Bild kann nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <source>%1 colour components, not 4</source>
        <translation>%1 Farbkomponenten, nicht 4</translation>
    </message>
    <message>
        <source>upright as stored (EXIF orientation 1)</source>
        <translation>aufrecht wie gespeichert (EXIF-Ausrichtung 1)</translation>
    </message>
    <message>
        <source>mirrored left to right (EXIF orientation 2)</source>
        <translation>von links nach rechts gespiegelt (EXIF-Ausrichtung 2)</translation>
    </message>
    <message>
        <source>rotated 180° (EXIF orientation 3)</source>
        <translation>um 180° gedreht (EXIF-Ausrichtung 3)</translation>
    </message>
    <message>
        <source>mirrored top to bottom (EXIF orientation 4)</source>
        <translation>von oben nach unten gespiegelt (EXIF-Ausrichtung 4)</translation>
    </message>
    <message>
        <source>mirrored left to right, then rotated 90° anticlockwise (EXIF orientation 5)</source>
        <translation>von links nach rechts gespiegelt, dann um 90° gegen den Uhrzeigersinn gedreht (EXIF-Ausrichtung 5)</translation>
    </message>
    <message>
        <source>rotated 90° clockwise (EXIF orientation 6)</source>
        <translation>um 90° im Uhrzeigersinn gedreht (EXIF-Ausrichtung 6)</translation>
    </message>
    <message>
        <source>mirrored left to right, then rotated 90° clockwise (EXIF orientation 7)</source>
        <translation>von links nach rechts gespiegelt, dann um 90° im Uhrzeigersinn gedreht (EXIF-Ausrichtung 7)</translation>
    </message>
    <message>
        <source>rotated 90° anticlockwise (EXIF orientation 8)</source>
        <translation>um 90° gegen den Uhrzeigersinn gedreht (EXIF-Ausrichtung 8)</translation>
    </message>
    <message>
        <source>no EXIF orientation: used as stored</source>
        <translation>keine EXIF-Ausrichtung: wie gespeichert verwendet</translation>
    </message>
    <message>
        <source>the image claims a size beyond libheif&apos;s safety limit</source>
        <translation>das Bild gibt eine Größe jenseits der Sicherheitsgrenze von libheif an</translation>
    </message>
    <message>
        <source>libheif error %1</source>
        <translation>libheif-Fehler %1</translation>
    </message>
    <message>
        <source>nclx colour description with transfer characteristics %1 (HDR or unusual): not converted, shown as sRGB</source>
        <translation>nclx-Farbbeschreibung mit Übertragungscharakteristik %1 (HDR oder ungewöhnlich): nicht umgewandelt, als sRGB angezeigt</translation>
    </message>
    <message>
        <source>nclx colour primaries %1 not understood: shown as sRGB</source>
        <translation>nclx-Primärfarben %1 nicht verstanden: als sRGB angezeigt</translation>
    </message>
    <message>
        <source>cannot decode HEIF image</source>
        <translation>HEIF-Bild kann nicht dekodiert werden</translation>
    </message>
    <message>
        <source>cannot decode HEIF image (no pixel data)</source>
        <translation>HEIF-Bild kann nicht dekodiert werden (keine Pixeldaten)</translation>
    </message>
    <message>
        <source>cannot read HEIF file</source>
        <translation>HEIF-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>HEIF file has no primary image</source>
        <translation>HEIF-Datei hat kein primäres Bild</translation>
    </message>
    <message>
        <source>no HEIC encoder</source>
        <translation>kein HEIC-Encoder</translation>
    </message>
    <message>
        <source>cannot encode HEIC</source>
        <translation>HEIC kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>cannot write HEIC</source>
        <translation>HEIC kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the file ends before the WebP data does</source>
        <translation>die Datei endet vor dem Ende der WebP-Daten</translation>
    </message>
    <message>
        <source>the file ends before the BMP pixel data does</source>
        <translation>die Datei endet vor dem Ende der BMP-Pixeldaten</translation>
    </message>
    <message>
        <source>the file ends before the GIF trailer</source>
        <translation>die Datei endet vor dem GIF-Trailer</translation>
    </message>
    <message>
        <source>a block head needs m = groups × block width (%1 × %2 = %3), m is %4</source>
        <translation>ein Blockkopf benötigt m = Gruppen × Blockbreite (%1 × %2 = %3), m ist %4</translation>
    </message>
    <message>
        <source>&apos;W&apos; is a block head&apos;s matrix but W[%1, %2] = %3 lies outside the block of concept %1&apos;s group %4 (columns %5..%6)</source>
        <translation>&apos;W&apos; ist die Matrix eines Blockkopfs, aber W[%1, %2] = %3 liegt außerhalb des Blocks der Gruppe %4 von Konzept %1 (Spalten %5..%6)</translation>
    </message>
    <message>
        <source>pairs[%1]: needs a finite &quot;score&quot;, &quot;same&quot; 0 or 1 and, if given, &quot;excluded&quot; as [{&quot;component&quot;, &quot;reason&quot;}]</source>
        <translation>pairs[%1]: benötigt einen endlichen &quot;score&quot;, &quot;same&quot; 0 oder 1 und, falls angegeben, &quot;excluded&quot; als [{&quot;component&quot;, &quot;reason&quot;}]</translation>
    </message>
    <message>
        <source>{&quot;pairs&quot;: [{&quot;score&quot;: number, &quot;same&quot;: 0 or 1, &quot;excluded&quot;: [...]}, ...]} or a verify-pairs shard (--shard i/n --json)</source>
        <translation>{&quot;pairs&quot;: [{&quot;score&quot;: Zahl, &quot;same&quot;: 0 oder 1, &quot;excluded&quot;: [...]}, ...]} oder ein verify-pairs-Teilstück (--shard i/n --json)</translation>
    </message>
    <message>
        <source>%1 scored pairs left something out of the explainable score, as compare does (%2)
</source>
        <translation>%1 bewertete Paare ließen etwas aus dem erklärbaren Score heraus, wie compare es tut (%2)
</translation>
    </message>
    <message>
        <source>must be an object {id: fraction of pairs}</source>
        <translation>muss ein Objekt {ID: Anteil der Paare} sein</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1]</source>
        <translation>muss ein Anteil in [0, 1] sein</translation>
    </message>
    <message>
        <source>tensors &apos;%1&apos; and &apos;%2&apos; come together (training range)</source>
        <translation>die Tensoren &apos;%1&apos; und &apos;%2&apos; gehören zusammen (Trainingsbereich)</translation>
    </message>
    <message>
        <source>training range</source>
        <translation>Trainingsbereich</translation>
    </message>
    <message>
        <source>not assessed: outside the range of the training photos (value %1, z %2 beyond ±%3; the pack records no training range)</source>
        <translation>nicht beurteilt: außerhalb des Bereichs der Trainingsfotos (Wert %1, z %2 jenseits von ±%3; das Paket erfasst keinen Trainingsbereich)</translation>
    </message>
    <message>
        <source>not assessed: outside the range of the training photos (value %1, training range %2 to %3)</source>
        <translation>nicht beurteilt: außerhalb des Bereichs der Trainingsfotos (Wert %1, Trainingsbereich %2 bis %3)</translation>
    </message>
    <message>
        <source>not assessed: appearance of &apos;%1&apos; outside the range of the training photos (score %2, training range %3 to %4)</source>
        <translation>nicht beurteilt: Erscheinungsbild von &apos;%1&apos; außerhalb des Bereichs der Trainingsfotos (Score %2, Trainingsbereich %3 bis %4)</translation>
    </message>
    <message>
        <source>the comparison&apos;s score %1 differs from the pair score %2</source>
        <translation>der Score %1 des Vergleichs weicht vom Paar-Score %2 ab</translation>
    </message>
    <message>
        <source>components left out of the score (%1); the calibration did not record how often its pairs left them out</source>
        <translation>Komponenten aus dem Score ausgelassen (%1); die Kalibrierung hat nicht erfasst, wie oft ihre Paare sie ausließen</translation>
    </message>
    <message>
        <source>%1 marked not assessable by the examiner and left out of the score; the calibration pairs were scored without that decision</source>
        <translation>%1 vom Sachverständigen als nicht beurteilbar markiert und aus dem Score ausgelassen; die Kalibrierungspaare wurden ohne diese Entscheidung bewertet</translation>
    </message>
    <message>
        <source>%1 left out of the score (%2), as in only %3 % of the calibration pairs (fewer than %4 %)</source>
        <translation>%1 aus dem Score ausgelassen (%2), wie nur in %3 % der Kalibrierungspaare (weniger als %4 %)</translation>
    </message>
    <message>
        <source>not measurable in this photo</source>
        <translation>auf diesem Foto nicht messbar</translation>
    </message>
    <message>
        <source>the face model has no trained head</source>
        <translation>das Gesichtsmodell hat keinen trainierten Kopf</translation>
    </message>
    <message>
        <source>the concept scores were not made with this face model</source>
        <translation>die Konzept-Scores wurden nicht mit diesem Gesichtsmodell erstellt</translation>
    </message>
    <message>
        <source>%1: &apos;excluded&apos; must hold {&quot;component&quot;, &quot;reason&quot;} objects</source>
        <translation>%1: &apos;excluded&apos; muss {&quot;component&quot;, &quot;reason&quot;}-Objekte enthalten</translation>
    </message>
    <message>
        <source>pair with face %1, which has no analysis</source>
        <translation>Paar mit Gesicht %1, für das keine Analyse vorliegt</translation>
    </message>
    <message>
        <source>threshold calibration: %1 of %2 pairs scored with exclusions</source>
        <translation>Schwellenwertkalibrierung: %1 von %2 Paaren mit Ausschlüssen bewertet</translation>
    </message>
    <message>
        <source>Strong support for different persons</source>
        <translation>Starke Unterstützung für verschiedene Personen</translation>
    </message>
    <message>
        <source>The observations are much more probable if the photos show different persons.</source>
        <translation>Die Beobachtungen sind viel wahrscheinlicher, wenn die Fotos verschiedene Personen zeigen.</translation>
    </message>
    <message>
        <source>Moderate support for different persons</source>
        <translation>Mäßige Unterstützung für verschiedene Personen</translation>
    </message>
    <message>
        <source>The observations are more probable if the photos show different persons.</source>
        <translation>Die Beobachtungen sind wahrscheinlicher, wenn die Fotos verschiedene Personen zeigen.</translation>
    </message>
    <message>
        <source>Limited support for different persons</source>
        <translation>Begrenzte Unterstützung für verschiedene Personen</translation>
    </message>
    <message>
        <source>The observations are slightly more probable if the photos show different persons.</source>
        <translation>Die Beobachtungen sind etwas wahrscheinlicher, wenn die Fotos verschiedene Personen zeigen.</translation>
    </message>
    <message>
        <source>The observations support neither proposition over the other.</source>
        <translation>Die Beobachtungen stützen keine der beiden Hypothesen mehr als die andere.</translation>
    </message>
    <message>
        <source>Limited support for the same person</source>
        <translation>Begrenzte Unterstützung für dieselbe Person</translation>
    </message>
    <message>
        <source>The observations are slightly more probable if the photos show the same person.</source>
        <translation>Die Beobachtungen sind etwas wahrscheinlicher, wenn die Fotos dieselbe Person zeigen.</translation>
    </message>
    <message>
        <source>Moderate support for the same person</source>
        <translation>Mäßige Unterstützung für dieselbe Person</translation>
    </message>
    <message>
        <source>The observations are more probable if the photos show the same person.</source>
        <translation>Die Beobachtungen sind wahrscheinlicher, wenn die Fotos dieselbe Person zeigen.</translation>
    </message>
    <message>
        <source>Strong support for the same person</source>
        <translation>Starke Unterstützung für dieselbe Person</translation>
    </message>
    <message>
        <source>The observations are much more probable if the photos show the same person.</source>
        <translation>Die Beobachtungen sind viel wahrscheinlicher, wenn die Fotos dieselbe Person zeigen.</translation>
    </message>
    <message>
        <source>Not suitable for comparison</source>
        <translation>Nicht für einen Vergleich geeignet</translation>
    </message>
    <message>
        <source>The photos do not allow a meaningful comparison (quality, pose, occlusion).</source>
        <translation>Die Fotos erlauben keinen aussagekräftigen Vergleich (Qualität, Pose, Verdeckung).</translation>
    </message>
    <message>
        <source>Descry 7-level ordinal scale (after FISWG 2019 and ENFSI-BPM-DI-01 2018)</source>
        <translation>Descry-Ordinalskala mit 7 Stufen (nach FISWG 2019 und ENFSI-BPM-DI-01 2018)</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; must be a string</source>
        <translation>Fall: Element &apos;%1&apos; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; is longer than %2 characters</source>
        <translation>Fall: Element &apos;%1&apos; ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>case: unknown member &apos;details.%1%2&apos;</source>
        <translation>Fall: unbekanntes Element &apos;details.%1%2&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;details.conclusion.utc&apos; must be an ISO 8601 UTC time</source>
        <translation>Fall: Element &apos;details.conclusion.utc&apos; muss eine UTC-Zeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; must be [x, y] in pixels</source>
        <translation>Fall: Element &apos;%1&apos; muss [x, y] in Pixeln sein</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; must be a list of at most 68 points</source>
        <translation>Fall: Element &apos;%1&apos; muss eine Liste von höchstens 68 Punkten sein</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; has a point whose &apos;index&apos; is not 0 to 67</source>
        <translation>Fall: Element &apos;%1&apos; enthält einen Punkt, dessen &apos;index&apos; nicht zwischen 0 und 67 liegt</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; moves point %2 twice</source>
        <translation>Fall: Element &apos;%1&apos; verschiebt Punkt %2 zweimal</translation>
    </message>
    <message>
        <source>case: member &apos;details.exhibits&apos; must be an object</source>
        <translation>Fall: Element &apos;details.exhibits&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>case: member &apos;details.conclusion&apos; must be an object</source>
        <translation>Fall: Element &apos;details.conclusion&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>case details: a field is longer than %1 characters</source>
        <translation>Falldetails: ein Feld ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>case details: landmark %1 is not one of the 68 points</source>
        <translation>Falldetails: Landmarke %1 ist keiner der 68 Punkte</translation>
    </message>
    <message>
        <source>case details: the rationale is longer than %1 characters</source>
        <translation>Falldetails: die Begründung ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>case details: conclusion scale &apos;%1&apos; is not %2</source>
        <translation>Falldetails: Schlussfolgerungsskala &apos;%1&apos; ist nicht %2</translation>
    </message>
    <message>
        <source>case details: &apos;%1&apos; is not a level of the conclusion scale</source>
        <translation>Falldetails: &apos;%1&apos; ist keine Stufe der Schlussfolgerungsskala</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) → (%4, %5)</source>
        <translation>Punkt %1 (%2, %3) → (%4, %5)</translation>
    </message>
    <message>
        <source>as detected</source>
        <translation>wie erkannt</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>Fallnummer</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>Dienststelle</translation>
    </message>
    <message>
        <source>probe exhibit</source>
        <translation>Asservat des Fragebilds</translation>
    </message>
    <message>
        <source>reference exhibit</source>
        <translation>Asservat des Referenzbilds</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>concluded by</source>
        <translation>Verfasser der Schlussfolgerung</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>probe view</source>
        <translation>Anzeige des Fragebilds</translation>
    </message>
    <message>
        <source>reference view</source>
        <translation>Anzeige des Referenzbilds</translation>
    </message>
    <message>
        <source>probe landmarks</source>
        <translation>Landmarken des Fragebilds</translation>
    </message>
    <message>
        <source>reference landmarks</source>
        <translation>Landmarken des Referenzbilds</translation>
    </message>
    <message>
        <source>case details (number, exhibits, conclusion) belong to face cases</source>
        <translation>Falldetails (Nummer, Asservate, Schlussfolgerung) gehören zu Gesichtsvergleichsfällen</translation>
    </message>
    <message>
        <source>the title has more than %1 characters</source>
        <translation>der Titel hat mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>title: &apos;%1&apos; → &apos;%2&apos;</source>
        <translation>Titel: &apos;%1&apos; → &apos;%2&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;details&apos; in a %1 case</source>
        <translation>Fall: Element &apos;details&apos; in einem %1-Fall</translation>
    </message>
    <message>
        <source>case: member &apos;details&apos; must be an object</source>
        <translation>Fall: Element &apos;details&apos; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>landmark %1 is not one of the 68 points</source>
        <translation>Landmarke %1 ist keiner der 68 Punkte</translation>
    </message>
    <message>
        <source>brightness %1</source>
        <translation>Helligkeit %1</translation>
    </message>
    <message>
        <source>contrast %1</source>
        <translation>Kontrast %1</translation>
    </message>
    <message>
        <source>gamma %1</source>
        <translation>Gamma %1</translation>
    </message>
    <message>
        <source>histogram equalisation</source>
        <translation>Histogrammausgleich</translation>
    </message>
    <message>
        <source>CLAHE</source>
        <translation>CLAHE</translation>
    </message>
    <message>
        <source>case: unknown member &apos;%1.%2&apos;</source>
        <translation>Fall: unbekanntes Element &apos;%1.%2&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;%1.%2&apos; must be a number from %3 to %4</source>
        <translation>Fall: Element &apos;%1.%2&apos; muss eine Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>case: member &apos;%1.%2&apos; must be true or false</source>
        <translation>Fall: Element &apos;%1.%2&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>view enhancement: %1 must be from %2 to %3</source>
        <translation>Bildverbesserung der Anzeige: %1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>Neutral: neither proposition supported</source>
        <translation>Neutral: keine der Hypothesen wird unterstützt</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): close distributions (overlap %4), the probe&apos;s most likely &quot;%5&quot; and the reference&apos;s &quot;%6&quot;, adding %7 to the score.</source>
        <translation>%1 – %2 (%3): ähnliche Verteilungen (Überlappung %4), beim Fragebild am wahrscheinlichsten „%5“, beim Referenzbild „%6“; trägt %7 zum Score bei.</translation>
    </message>
    <message>
        <source>the file exists; a case is never replaced (choose a new file)</source>
        <translation>die Datei existiert; ein Fall wird nie ersetzt (wählen Sie eine neue Datei)</translation>
    </message>
    <message>
        <source>%1, score %2 with pack %3 %4 (descry-cli compare)</source>
        <translation>%1, Wert %2 mit Paket %3 %4 (descry-cli compare)</translation>
    </message>
    <message>
        <source>also save a new case file (photos as evidence, pack, comparison) that the desktop application opens; an existing file is never replaced</source>
        <translation>zusätzlich eine neue Falldatei speichern (Fotos als Beweismittel, Paket, Vergleich), die die Desktop-Anwendung öffnet; eine bestehende Datei wird nie ersetzt</translation>
    </message>
    <message>
        <source>write to FILE (replaced atomically) instead of stdout</source>
        <translation>in DATEI schreiben (atomar ersetzt) statt auf die Standardausgabe</translation>
    </message>
    <message>
        <source>print the manual page of descry-cli or descry (troff), generated from the options</source>
        <translation>die Handbuchseite von descry-cli oder descry ausgeben (troff), aus den Optionen erzeugt</translation>
    </message>
    <message>
        <source>descry-cli (default) or descry</source>
        <translation>descry-cli (Standard) oder descry</translation>
    </message>
    <message>
        <source>unknown program &apos;%1&apos; (expected descry-cli or descry)</source>
        <translation>unbekanntes Programm &apos;%1&apos; (erwartet: descry-cli oder descry)</translation>
    </message>
    <message>
        <source>print the bash completion of descry-cli and descry, generated from the options</source>
        <translation>die Bash-Vervollständigung von descry-cli und descry ausgeben, aus den Optionen erzeugt</translation>
    </message>
    <message>
        <source>the shell</source>
        <translation>die Shell</translation>
    </message>
    <message>
        <source>Descry, the desktop application: explained face comparison and chest X-ray review. Without arguments it opens the main window; the command-line tool is descry-cli.</source>
        <translation>Descry, die Desktop-Anwendung: erklärter Gesichtsvergleich und Befundung von Thorax-Röntgenbildern. Ohne Argumente öffnet sie das Hauptfenster; das Kommandozeilenwerkzeug ist descry-cli.</translation>
    </message>
    <message>
        <source>a Descry case file (.descry) to open, in the workspace of its task</source>
        <translation>eine zu öffnende Descry-Falldatei (.descry), im Arbeitsbereich ihrer Aufgabe</translation>
    </message>
    <message>
        <source>open this photo as the probe in the Face comparison workspace</source>
        <translation>dieses Foto als Spurbild im Arbeitsbereich Gesichtsvergleich öffnen</translation>
    </message>
    <message>
        <source>open this photo as the reference in the Face comparison workspace</source>
        <translation>dieses Foto als Vergleichsbild im Arbeitsbereich Gesichtsvergleich öffnen</translation>
    </message>
    <message>
        <source>without showing the window: open CASE as a double-click would, or compare --probe with --reference through the application&apos;s inference service; print the outcome and exit (checks an installation; works offscreen)</source>
        <translation>ohne das Fenster zu zeigen: FALL wie per Doppelklick öffnen oder --probe mit --reference über den Inferenzdienst der Anwendung vergleichen; das Ergebnis ausgeben und beenden (prüft eine Installation; funktioniert ohne Bildschirm)</translation>
    </message>
    <message>
        <source>with --check: compare N times in this one process, printing the resident memory (a soak test)</source>
        <translation>mit --check: N-mal in diesem einen Prozess vergleichen und den residenten Speicher ausgeben (ein Dauertest)</translation>
    </message>
    <message>
        <source>soak: %1/%2 comparisons, resident %3 MiB
</source>
        <translation>Dauertest: %1/%2 Vergleiche, resident %3 MiB
</translation>
    </message>
    <message>
        <source>soak: %1 comparisons in %2 s; resident %3 MiB after %4 warm-up comparisons, %5 MiB at the end (growth %6 %), peak %7 MiB
</source>
        <translation>Dauertest: %1 Vergleiche in %2 s; resident %3 MiB nach %4 Aufwärmvergleichen, %5 MiB am Ende (Zuwachs %6 %), Spitze %7 MiB
</translation>
    </message>
    <message>
        <source>compare two photos N times in one process and report the resident memory&apos;s growth</source>
        <translation>zwei Fotos N-mal in einem Prozess vergleichen und den Zuwachs des residenten Speichers melden</translation>
    </message>
    <message>
        <source>comparisons to run</source>
        <translation>auszuführende Vergleiche</translation>
    </message>
    <message>
        <source>--check needs a CASE or --probe and --reference</source>
        <translation>--check braucht einen FALL oder --probe und --reference</translation>
    </message>
    <message>
        <source>Case saved: %1
</source>
        <translation>Fall gespeichert: %1
</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; is implausibly large</source>
        <translation>Gewichtsmanifest: Gewicht &apos;%1&apos; ist unplausibel groß</translation>
    </message>
    <message>
        <source>weights manifest describes implausibly many bytes</source>
        <translation>Gewichtsmanifest beschreibt unplausibel viele Bytes</translation>
    </message>
</context>
<context>
    <name>descry-report</name>
    <message>
        <source>Score %1     Threshold %2</source>
        <translation>Score %1     Schwellenwert %2</translation>
    </message>
    <message>
        <source>The score is at or above the calibrated threshold.</source>
        <translation>Der Score liegt auf oder über dem kalibrierten Schwellenwert.</translation>
    </message>
    <message>
        <source>The score is below the calibrated threshold.</source>
        <translation>Der Score liegt unter dem kalibrierten Schwellenwert.</translation>
    </message>
    <message>
        <source>Image quality does not allow a reliable decision:</source>
        <translation>Die Bildqualität erlaubt keine verlässliche Entscheidung:</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>es wurde kein Grund erfasst</translation>
    </message>
    <message>
        <source>Decision of the explainable model</source>
        <translation>Entscheidung des erklärbaren Modells</translation>
    </message>
    <message>
        <source>The baseline disagrees with the explainable decision. Examine both photos carefully before relying on either result.</source>
        <translation>Die Vergleichsbasis widerspricht der erklärbaren Entscheidung. Prüfen Sie beide Fotos sorgfältig, bevor Sie sich auf eines der Ergebnisse stützen.</translation>
    </message>
    <message>
        <source>The baseline is shown for reference only.</source>
        <translation>Die Vergleichsbasis wird nur zur Information angezeigt.</translation>
    </message>
    <message>
        <source>No detection; the whole image was used as the face</source>
        <translation>Keine Detektion; das ganze Bild wurde als Gesicht verwendet</translation>
    </message>
    <message>
        <source>1 face found (detector score %1)</source>
        <translation>1 Gesicht gefunden (Detektor-Score %1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detektion</translation>
    </message>
    <message>
        <source>Inter-eye distance</source>
        <translation>Augenabstand</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Yaw</source>
        <translation>Gierwinkel</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Rollwinkel</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Schärfe</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Fragebild</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenzbild</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>No aligned face</source>
        <translation>Kein ausgerichtetes Gesicht</translation>
    </message>
    <message>
        <source>%1 SHA-256</source>
        <translation>%1 SHA-256</translation>
    </message>
    <message>
        <source>Face comparison report</source>
        <translation>Gesichtsvergleichsbericht</translation>
    </message>
    <message>
        <source>Model pack %1 %2   ·   Descry %3</source>
        <translation>Modellpaket %1 %2   ·   Descry %3</translation>
    </message>
    <message>
        <source>Explainable comparison of a probe photo with a reference photo</source>
        <translation>Erklärbarer Vergleich eines Fragebilds mit einem Referenzbild</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>Sachverständige(r): %1</translation>
    </message>
    <message>
        <source>Faces compared</source>
        <translation>Verglichene Gesichter</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Ende des Berichts</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>No explanation was produced for this comparison.</source>
        <translation>Für diesen Vergleich wurde keine Erklärung erstellt.</translation>
    </message>
    <message>
        <source>Contributions to the score</source>
        <translation>Beiträge zum Score</translation>
    </message>
    <message>
        <source>No descriptor groups were recorded.</source>
        <translation>Es wurden keine Deskriptorgruppen erfasst.</translation>
    </message>
    <message>
        <source>Each bar is the sum of the contributions of one facial component&apos;s descriptor groups. Bars to the right moved the score towards a match, bars to the left away from it.</source>
        <translation>Jeder Balken ist die Summe der Beiträge der Deskriptorgruppen einer Gesichtskomponente. Balken nach rechts haben den Score in Richtung Übereinstimmung verschoben, Balken nach links davon weg.</translation>
    </message>
    <message>
        <source>Contribution to the score (cosine similarity units)</source>
        <translation>Beitrag zum Score (Einheiten der Kosinus-Ähnlichkeit)</translation>
    </message>
    <message>
        <source>Sum of all contributions %1  +  bias term %2  =  score %3</source>
        <translation>Summe aller Beiträge %1  +  Bias-Term %2  =  Score %3</translation>
    </message>
    <message>
        <source>The %1 descriptor groups with the largest contributions</source>
        <translation>Die %1 Deskriptorgruppen mit den größten Beiträgen</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Probe: top descriptor</source>
        <translation>Fragebild: stärkster Deskriptor</translation>
    </message>
    <message>
        <source>Reference: top descriptor</source>
        <translation>Referenzbild: stärkster Deskriptor</translation>
    </message>
    <message>
        <source>%1 of %2 groups are shown; the other %3 contribute %4 in total.</source>
        <translation>%1 von %2 Gruppen werden gezeigt; die übrigen %3 tragen insgesamt %4 bei.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Each face is scored against the descriptors of the catalog; the scores S are normalised within each characteristic and aggregated by the pack&apos;s trained weights W into a concept embedding %1. The comparison score is the cosine similarity of the probe&apos;s and the reference&apos;s embeddings, %2, and the decision compares it with the threshold calibrated for the pack.</source>
        <translation>Jedes Gesicht wird anhand der Deskriptoren des Katalogs bewertet; die Scores S werden innerhalb jedes Merkmals normiert und mit den trainierten Gewichten W des Pakets zu einem Konzept-Embedding %1 aggregiert. Der Vergleichsscore ist die Kosinus-Ähnlichkeit der Embeddings von Fragebild und Referenzbild, %2, und die Entscheidung vergleicht ihn mit dem für das Paket kalibrierten Schwellenwert.</translation>
    </message>
    <message>
        <source>The score splits exactly into one contribution per descriptor: %1. For this comparison Σ contributions = %2, bias term = %3, score = %4; the residual, a numerical check that must be close to zero, is %5.</source>
        <translation>Der Score zerfällt exakt in einen Beitrag je Deskriptor: %1. Für diesen Vergleich gilt Σ Beiträge = %2, Bias-Term = %3, Score = %4; das Residuum, eine numerische Kontrolle, die nahe null liegen muss, beträgt %5.</translation>
    </message>
    <message>
        <source>Σ contributions + bias term = score</source>
        <translation>Σ Beiträge + Bias-Term = Score</translation>
    </message>
    <message>
        <source>Warning: the residual is not negligible; the contributions do not fully account for the score.</source>
        <translation>Warnung: das Residuum ist nicht vernachlässigbar; die Beiträge erklären den Score nicht vollständig.</translation>
    </message>
    <message>
        <source>Measured descriptors come from distances, ratios and angles between 68 facial landmarks, compared with the population statistics of the pack. Appearance descriptors are read from the face-recognition embedding of the whole face along directions learned from measured examples: they capture appearance that landmarks miss but are less directly verifiable.</source>
        <translation>Gemessene Deskriptoren beruhen auf Abständen, Verhältnissen und Winkeln zwischen 68 Gesichtslandmarken und werden mit den Populationsstatistiken des Pakets verglichen. Deskriptoren des Erscheinungsbilds werden aus dem Gesichtserkennungs-Embedding des ganzen Gesichts entlang von Richtungen gelesen, die aus gemessenen Beispielen gelernt wurden: sie erfassen Merkmale, die Landmarken entgehen, sind aber weniger direkt überprüfbar.</translation>
    </message>
    <message>
        <source>Similarity is the overlap (Bhattacharyya coefficient, 0 to 1) of the two faces&apos; descriptor distributions within one characteristic; descriptor scores in brackets are between 0 and 1.</source>
        <translation>Die Ähnlichkeit ist die Überlappung (Bhattacharyya-Koeffizient, 0 bis 1) der Deskriptorverteilungen beider Gesichter innerhalb eines Merkmals; Deskriptor-Scores in Klammern liegen zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Modellpaket</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <source>Pack SHA-256</source>
        <translation>SHA-256 des Pakets</translation>
    </message>
    <message>
        <source>Descriptor catalog</source>
        <translation>Deskriptorkatalog</translation>
    </message>
    <message>
        <source>Catalog SHA-256</source>
        <translation>SHA-256 des Katalogs</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Laufzeiten</translation>
    </message>
    <message>
        <source>pack loading %1  ·  probe %2  ·  reference %3  ·  decision and explanation %4  ·  total %5</source>
        <translation>Laden des Pakets %1  ·  Fragebild %2  ·  Referenzbild %3  ·  Entscheidung und Erklärung %4  ·  gesamt %5</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Descry %1 (Qt %2)</source>
        <translation>Descry %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Examiner notes</source>
        <translation>Notizen des Sachverständigen</translation>
    </message>
    <message>
        <source>Examiner note</source>
        <translation>Notiz des Sachverständigen</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>Prüfprotokoll (Zusammenfassung)</translation>
    </message>
    <message>
        <source>Decoded from a truncated or corrupt file</source>
        <translation>Aus einer abgeschnittenen oder beschädigten Datei dekodiert</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Damaged input: the comparison was computed from a photo that did not decode completely (allowed by the user). Treat the result with caution.</source>
        <translation>Beschädigte Eingabe: der Vergleich wurde aus einem Foto berechnet, das sich nicht vollständig dekodieren ließ (vom Benutzer zugelassen). Behandeln Sie das Ergebnis mit Vorsicht.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Eingabedatei</translation>
    </message>
    <message>
        <source>Decoded completely</source>
        <translation>Vollständig dekodiert</translation>
    </message>
    <message>
        <source>blind review: export is available once the analysis is locked</source>
        <translation>verblindete Begutachtung: der Export ist möglich, sobald die Analyse abgeschlossen ist</translation>
    </message>
    <message>
        <source>Case integrity: %1</source>
        <translation>Integrität des Falls: %1</translation>
    </message>
    <message>
        <source>Signature: the case file is not signed</source>
        <translation>Signatur: die Falldatei ist nicht signiert</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1 audit entries, the first at %2 UTC, the last at %3 UTC. Every entry is listed in the appendix.</source>
        <translation>%1 Protokolleinträge, der erste am %2 UTC, der letzte am %3 UTC. Alle Einträge sind im Anhang aufgeführt.</translation>
    </message>
    <message>
        <source>%1 UTC   %2</source>
        <translation>%1 UTC   %2</translation>
    </message>
    <message>
        <source>   by %1</source>
        <translation>   durch %1</translation>
    </message>
    <message>
        <source>Locks and amendments</source>
        <translation>Abschlüsse und Nachträge</translation>
    </message>
    <message>
        <source>Hash of the last entry</source>
        <translation>Hash des letzten Eintrags</translation>
    </message>
    <message>
        <source>Appendix   Audit log</source>
        <translation>Anhang   Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every audited event of the case, oldest first, as recorded in the case file (times in UTC).</source>
        <translation>Alle protokollierten Ereignisse des Falls, älteste zuerst, wie in der Falldatei erfasst (Zeiten in UTC).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Sachverständige(r)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Black-box baseline (%1)</source>
        <translation>Black-Box-Vergleichsbasis (%1)</translation>
    </message>
    <message>
        <source>Prompt (CLIP)</source>
        <translation>Prompt (CLIP)</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (gemessen)</translation>
    </message>
    <message>
        <source>Measured descriptors come from distances, ratios and angles between 68 facial landmarks, compared with the population statistics of the pack. Prompt descriptors are scored by the CLIP image encoder %1: the cosine between the face&apos;s image embedding and the text embedding of the descriptor&apos;s prompts, so every descriptor of the catalog gets a score, including those no landmark can measure.</source>
        <translation>Gemessene Deskriptoren beruhen auf Abständen, Verhältnissen und Winkeln zwischen 68 Gesichtslandmarken und werden mit den Populationsstatistiken des Pakets verglichen. Prompt-Deskriptoren werden mit dem CLIP-Bildencoder %1 bewertet: als Kosinus zwischen dem Bild-Embedding des Gesichts und dem Text-Embedding der Prompts des Deskriptors, sodass jeder Deskriptor des Katalogs einen Score erhält, auch solche, die keine Landmarke messen kann.</translation>
    </message>
    <message>
        <source>Concept scores</source>
        <translation>Konzept-Scores</translation>
    </message>
    <message>
        <source>Checkpoint SHA-256</source>
        <translation>SHA-256 des Checkpoints</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (chosen by the examiner)</source>
        <translation>Gesicht %1 von %2 im Foto (vom Sachverständigen gewählt)</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (the largest, by default)</source>
        <translation>Gesicht %1 von %2 im Foto (das größte, Standard)</translation>
    </message>
    <message>
        <source>Decoded as</source>
        <translation>Dekodiert als</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Drehung</translation>
    </message>
    <message>
        <source>Excluded from the score</source>
        <translation>Vom Score ausgeschlossen</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>nicht sichtbar</translation>
    </message>
    <message>
        <source>marked not assessable by the examiner</source>
        <translation>vom Sachverständigen als nicht beurteilbar markiert</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>These components were removed from both faces&apos; embeddings and the score was re-computed on the remaining characteristics (re-normalised): %1, against %2 on the whole faces (%3). The decision still uses the pack&apos;s threshold %4, which was calibrated on whole faces.</source>
        <translation>Diese Komponenten wurden aus den Embeddings beider Gesichter entfernt und der Score wurde aus den verbleibenden Merkmalen neu berechnet (neu normiert): %1, gegenüber %2 für die ganzen Gesichter (%3). Die Entscheidung verwendet weiterhin den Schwellenwert %4 des Pakets, der an ganzen Gesichtern kalibriert wurde.</translation>
    </message>
    <message>
        <source>This pack aggregates block by block: each characteristic writes only to its own block of the embedding, so its contribution depends on that characteristic in the two faces alone (its blocks&apos; product divided by the two embeddings&apos; lengths).</source>
        <translation>Dieses Paket aggregiert blockweise: jedes Merkmal schreibt nur in seinen eigenen Block des Embeddings, sodass sein Beitrag allein von diesem Merkmal in den beiden Gesichtern abhängt (das Produkt seiner Blöcke geteilt durch die Längen der beiden Embeddings).</translation>
    </message>
    <message>
        <source>Likelihood ratio (evaluative reporting)</source>
        <translation>Likelihood-Ratio (evaluative Berichterstattung)</translation>
    </message>
    <message>
        <source>No likelihood ratio: %1.</source>
        <translation>Keine Likelihood-Ratio: %1.</translation>
    </message>
    <message>
        <source>LR %1 (log10 LR %2): %3.</source>
        <translation>LR %1 (log10 LR %2): %3.</translation>
    </message>
    <message>
        <source>The LR is how much more probable this score is if the two photos show the same person than if they show different people. Verbal equivalent on the %1 scale. Calibration: %2 on %3 (%4 same-source, %5 different-source pairs); Cllr %6, Cllr_min %7 (0 is perfect, 1 is no information). The LR does not replace the threshold decision above, which is stated separately.</source>
        <translation>Die LR gibt an, um wie viel wahrscheinlicher dieser Score ist, wenn die beiden Fotos dieselbe Person zeigen, als wenn sie verschiedene Personen zeigen. Verbales Äquivalent gemäß der Skala „%1“. Kalibrierung: %2 an %3 (%4 Paare gleicher, %5 Paare unterschiedlicher Herkunft); Cllr %6, Cllr_min %7 (0 ist perfekt, 1 bedeutet keine Information). Die LR ersetzt nicht die obige Schwellenwertentscheidung, die gesondert angegeben wird.</translation>
    </message>
    <message>
        <source>Not calibrated for this kind of photo:</source>
        <translation>Nicht für diese Art von Foto kalibriert:</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht beurteilt</translation>
    </message>
    <message>
        <source>Measured quantities</source>
        <translation>Gemessene Größen</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Every quantity the measured descriptors are computed from, with its value and its z-score against the pack&apos;s population statistics. &quot;not assessed&quot;: the quantity could not be measured on that photo (a region outside it, or colour on a greyscale photo) or its value lies outside the range of the training photos (the reason is given below the table); its characteristic is then not scored by measurement.</source>
        <translation>Jede Größe, aus der die gemessenen Deskriptoren berechnet werden, mit ihrem Wert und ihrem z-Score gegenüber den Populationsstatistiken des Pakets. „nicht beurteilt“: die Größe konnte auf diesem Foto nicht gemessen werden (eine Region außerhalb des Fotos oder Farbe auf einem Graustufenfoto) oder ihr Wert liegt außerhalb des Bereichs der Trainingsfotos (der Grund steht unter der Tabelle); ihr Merkmal wird dann nicht durch Messung bewertet.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>What-if: %1 switched off</source>
        <translation>Was-wäre-wenn: %1 ausgeschaltet</translation>
    </message>
    <message>
        <source>Probe, landmarks</source>
        <translation>Fragebild, Landmarken</translation>
    </message>
    <message>
        <source>Reference, landmarks</source>
        <translation>Referenzbild, Landmarken</translation>
    </message>
    <message>
        <source>Overlay (reference at 50 %)</source>
        <translation>Überlagerung (Referenzbild mit 50 %)</translation>
    </message>
    <message>
        <source>Wipe (probe | reference)</source>
        <translation>Wischen (Fragebild | Referenzbild)</translation>
    </message>
    <message>
        <source>Aligned faces: landmarks, overlay and wipe</source>
        <translation>Ausgerichtete Gesichter: Landmarken, Überlagerung und Wischen</translation>
    </message>
    <message>
        <source>WHAT-IF: this report shows a what-if, not the model&apos;s full comparison</source>
        <translation>WAS-WÄRE-WENN: dieser Bericht zeigt eine Was-wäre-wenn-Analyse, nicht den vollständigen Vergleich des Modells</translation>
    </message>
    <message numerus="yes">
        <source>The examiner switched off %1 (%n descriptor(s)). The score, decision, contributions and explanation below are computed without them: score %2, %3. The model&apos;s full comparison scored %4, %5; the removed descriptors&apos; share of that score was %6. The likelihood ratio below belongs to the full comparison.</source>
        <translation>
            <numerusform>Der Sachverständige hat %1 ausgeschaltet (%n Deskriptor). Score, Entscheidung, Beiträge und Erklärung unten sind ohne ihn berechnet: Score %2, %3. Der vollständige Vergleich des Modells ergab %4, %5; der Anteil des entfernten Deskriptors an diesem Score betrug %6. Die Likelihood-Ratio unten gehört zum vollständigen Vergleich.</numerusform>
            <numerusform>Der Sachverständige hat %1 ausgeschaltet (%n Deskriptoren). Score, Entscheidung, Beiträge und Erklärung unten sind ohne sie berechnet: Score %2, %3. Der vollständige Vergleich des Modells ergab %4, %5; der Anteil der entfernten Deskriptoren an diesem Score betrug %6. Die Likelihood-Ratio unten gehört zum vollständigen Vergleich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Fallnummer: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Dienststelle: %1</translation>
    </message>
    <message>
        <source>probe exhibit %1</source>
        <translation>Asservat des Fragebilds %1</translation>
    </message>
    <message>
        <source>reference exhibit %1</source>
        <translation>Asservat des Referenzbilds %1</translation>
    </message>
    <message>
        <source>Exhibits: %1</source>
        <translation>Asservate: %1</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>Fragebild</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenzbild</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) → (%4, %5)</source>
        <translation>Punkt %1 (%2, %3) → (%4, %5)</translation>
    </message>
    <message>
        <source>Examination aids</source>
        <translation>Untersuchungshilfen</translation>
    </message>
    <message>
        <source>Viewing enhancement used (display only: the evidence files and the analysis use the photos as loaded):</source>
        <translation>Verwendete Bildverbesserung (nur Anzeige: Beweismitteldateien und Analyse verwenden die Fotos wie geladen):</translation>
    </message>
    <message>
        <source>Landmarks moved by the examiner (the measured characteristics use the moved points; alignment and appearance use the detector&apos;s; pixels of the analysed photo):</source>
        <translation>Vom Sachverständigen verschobene Landmarken (die gemessenen Merkmale verwenden die verschobenen Punkte, Ausrichtung und Erscheinungsbild die des Detektors; Pixel des analysierten Fotos):</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>1. Examiner&apos;s conclusion</source>
        <translation>1. Schlussfolgerung des Sachverständigen</translation>
    </message>
    <message>
        <source>No conclusion recorded</source>
        <translation>Keine Schlussfolgerung erfasst</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Skala: %1</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>%1 (score %2, threshold %3)</source>
        <translation>%1 (Score %2, Schwellenwert %3)</translation>
    </message>
    <message>
        <source>— what-if; the full comparison: %1</source>
        <translation>— Was-wäre-wenn; vollständiger Vergleich: %1</translation>
    </message>
    <message>
        <source>2. Model&apos;s decision (threshold, not an opinion)</source>
        <translation>2. Entscheidung des Modells (Schwellenwert, keine Einschätzung)</translation>
    </message>
    <message>
        <source>3. Model&apos;s likelihood ratio</source>
        <translation>3. Likelihood-Ratio des Modells</translation>
    </message>
    <message>
        <source>LR %1: %2%3</source>
        <translation>LR %1: %2%3</translation>
    </message>
    <message>
        <source> (not calibrated for this kind of photo)</source>
        <translation> (nicht für diese Art von Foto kalibriert)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The examiner&apos;s conclusion is the examiner&apos;s own; the model&apos;s decision and likelihood ratio are stated separately and are not part of it.</source>
        <translation>Die Schlussfolgerung des Sachverständigen ist seine eigene; Entscheidung und Likelihood-Ratio des Modells werden getrennt angegeben und sind nicht Teil davon.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Case signature</source>
        <translation>Signatur des Falls</translation>
    </message>
    <message>
        <source>the case file is not signed</source>
        <translation>die Falldatei ist nicht signiert</translation>
    </message>
    <message>
        <source>Signed: ______________________________</source>
        <translation>Unterschrift: ______________________________</translation>
    </message>
    <message>
        <source>Both faces are aligned on the same five points (eye centres, nose tip, mouth corners). Points the examiner moved are magenta; points outside the aligned crop are not drawn.</source>
        <translation>Beide Gesichter sind an denselben fünf Punkten ausgerichtet (Augenmitten, Nasenspitze, Mundwinkel). Vom Sachverständigen verschobene Punkte sind magenta; Punkte außerhalb des ausgerichteten Ausschnitts werden nicht gezeichnet.</translation>
    </message>
</context>
<context>
    <name>descry::ui::AboutDialog</name>
    <message>
        <source>About Descry</source>
        <translation>Über Descry</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Descry&lt;/h2&gt;&lt;p&gt;Explainable face comparison and chest X-ray review.&lt;br&gt;Decisions are explained with named characteristic descriptors that the model measures and weighs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Descry&lt;/h2&gt;&lt;p&gt;Erklärbarer Gesichtsvergleich und Befundung von Thorax-Röntgenaufnahmen.&lt;br&gt;Entscheidungen werden mit benannten Merkmalsdeskriptoren erklärt, die das Modell misst und gewichtet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>fails verification: %1</source>
        <translation>Verifikation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No model packs installed.</source>
        <translation>Keine Modellpakete installiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model packs&lt;/b&gt; (SHA-256)&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;b&gt;Modellpakete&lt;/b&gt; (SHA-256)&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>descry::ui::AlignedCompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Show the aligned probe and reference next to each other</source>
        <translation>Ausgerichtetes Fragebild und Referenzbild nebeneinander zeigen</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Überlagerung</translation>
    </message>
    <message>
        <source>Draw the reference over the probe with adjustable opacity</source>
        <translation>Referenzbild mit einstellbarer Deckkraft über das Fragebild legen</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Wischen</translation>
    </message>
    <message>
        <source>Drag the divider: probe on the left, reference on the right</source>
        <translation>Trennlinie ziehen: Fragebild links, Referenzbild rechts</translation>
    </message>
    <message>
        <source>Reference opacity</source>
        <translation>Deckkraft des Referenzbilds</translation>
    </message>
    <message>
        <source>Opacity of the reference face over the probe face</source>
        <translation>Deckkraft des Referenzgesichts über dem Gesicht des Fragebilds</translation>
    </message>
    <message>
        <source>No aligned face</source>
        <translation>Kein ausgerichtetes Gesicht</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Fragebild</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenzbild</translation>
    </message>
    <message>
        <source>Probe, reference at %1%</source>
        <translation>Fragebild, Referenzbild mit %1%</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <source>Draw the 68 landmarks (probe yellow, reference cyan)</source>
        <translation>Die 68 Landmarken zeichnen (Fragebild gelb, Referenzbild cyan)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Raster</translation>
    </message>
    <message>
        <source>Draw a grid of 8×8 cells over the aligned faces</source>
        <translation>Ein Raster aus 8×8 Zellen über die ausgerichteten Gesichter legen</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Contrast of both aligned faces, for viewing only</source>
        <translation>Kontrast beider ausgerichteter Gesichter, nur für die Anzeige</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole faces (zoom with the wheel or +/-, pan by dragging)</source>
        <translation>Ganze Gesichter anzeigen (Zoom mit dem Mausrad oder +/-, Verschieben durch Ziehen)</translation>
    </message>
    <message>
        <source>Aligned faces</source>
        <translation>Ausgerichtete Gesichter</translation>
    </message>
    <message>
        <source>The aligned probe and reference faces: side by side, overlaid or wiped; +/- zoom, 0 fits, Left/Right move the wipe divider</source>
        <translation>Die ausgerichteten Gesichter von Fragebild und Referenzbild: nebeneinander, überlagert oder mit Wischen; +/- zoomt, 0 passt ein, Links/Rechts verschieben die Trennlinie</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Click two points on a face (side by side): the distance in pixels and in that face&apos;s inter-eye distances (IOD)</source>
        <translation>Zwei Punkte auf einem Gesicht anklicken (nebeneinander): der Abstand in Pixeln und in Augenabständen (IOD) dieses Gesichts</translation>
    </message>
    <message>
        <source>%1 px = %2 IOD</source>
        <translation>%1 px = %2 IOD</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
</context>
<context>
    <name>descry::ui::CasePanel</name>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Fall&amp;nummer:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Dienststelle:</translation>
    </message>
    <message>
        <source>&amp;Probe exhibit:</source>
        <translation>Asservat des &amp;Fragebilds:</translation>
    </message>
    <message>
        <source>R&amp;eference exhibit:</source>
        <translation>Asservat des &amp;Referenzbilds:</translation>
    </message>
    <message>
        <source>(no conclusion)</source>
        <translation>(keine Schlussfolgerung)</translation>
    </message>
    <message>
        <source>Conclusion level</source>
        <translation>Stufe der Schlussfolgerung</translation>
    </message>
    <message>
        <source>Why: the similarities and differences observed, their weight, the limitations of the photos</source>
        <translation>Warum: die beobachteten Übereinstimmungen und Unterschiede, ihr Gewicht, die Einschränkungen der Fotos</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>e.g. Forensic facial examiner</source>
        <translation>z. B. Sachverständiger für forensischen Gesichtsvergleich</translation>
    </message>
    <message>
        <source>Record &amp;conclusion</source>
        <translation>Schlussfolgerung &amp;erfassen</translation>
    </message>
    <message>
        <source>Record the conclusion in the case (audited); sign it with File › Sign and save</source>
        <translation>Schlussfolgerung im Fall erfassen (protokolliert); signieren Sie sie mit Datei › Fall signieren und speichern</translation>
    </message>
    <message>
        <source>Examiner&apos;s conclusion</source>
        <translation>Schlussfolgerung des Sachverständigen</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skala:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Choose a level of the scale before recording the conclusion.</source>
        <translation>Wählen Sie eine Stufe der Skala, bevor Sie die Schlussfolgerung erfassen.</translation>
    </message>
    <message>
        <source>Enter your name: a conclusion is recorded with the name of the examiner who reached it.</source>
        <translation>Geben Sie Ihren Namen ein: eine Schlussfolgerung wird mit dem Namen des Sachverständigen erfasst, der sie gezogen hat.</translation>
    </message>
    <message>
        <source>Write the rationale: a conclusion is recorded with the reasons for it.</source>
        <translation>Schreiben Sie die Begründung: eine Schlussfolgerung wird mit ihren Gründen erfasst.</translation>
    </message>
    <message>
        <source>No conclusion recorded yet.</source>
        <translation>Noch keine Schlussfolgerung erfasst.</translation>
    </message>
    <message>
        <source>Recorded by %1 (%2) on %3 UTC.</source>
        <translation>Erfasst von %1 (%2) am %3 UTC.</translation>
    </message>
    <message>
        <source>no role given</source>
        <translation>keine Rolle angegeben</translation>
    </message>
</context>
<context>
    <name>descry::ui::ContributionChart</name>
    <message>
        <source>Contribution to the score by facial component</source>
        <translation>Beitrag zum Score nach Gesichtskomponente</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): contribution per descriptor</source>
        <translation>%1 – %2 (%3): Beitrag je Deskriptor</translation>
    </message>
    <message>
        <source>concept %1</source>
        <translation>Konzept %1</translation>
    </message>
    <message>
        <source>Aggregation weights of &quot;%1&quot; (row %2 of W)</source>
        <translation>Aggregationsgewichte von „%1“ (Zeile %2 von W)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>embedding dimension</source>
        <translation>Embedding-Dimension</translation>
    </message>
    <message>
        <source>Contribution chart</source>
        <translation>Beitragsdiagramm</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Noch kein Vergleich</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrCaseDocument</name>
    <message>
        <source>this is a %1 case, not a chest X-ray case; open it in its own workspace</source>
        <translation>dies ist ein %1-Fall, kein Thorax-Röntgen-Fall; öffnen Sie ihn in seinem eigenen Arbeitsbereich</translation>
    </message>
    <message>
        <source>patient and study identifiers shown for %1</source>
        <translation>Patienten- und Studienkennungen für %1 angezeigt</translation>
    </message>
    <message>
        <source>reset: a new review</source>
        <translation>zurückgesetzt: eine neue Befundung</translation>
    </message>
    <message>
        <source>%1, P(effusion) %2 for %3</source>
        <translation>%1, P(effusion) %2 für %3</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrChecklistModel</name>
    <message>
        <source>%1 (%2): switch the whole group off to see the decision without it</source>
        <translation>%1 (%2): die ganze Gruppe ausschalten, um die Entscheidung ohne sie zu sehen</translation>
    </message>
    <message>
        <source>Your reading of &quot;%1&quot;: present, absent, uncertain or not assessed</source>
        <translation>Ihre Beurteilung von „%1“: vorhanden, nicht vorhanden, unsicher oder nicht beurteilt</translation>
    </message>
    <message>
        <source>%1 (%2): cosine %3, group score %4, contribution %5</source>
        <translation>%1 (%2): Kosinus %3, Gruppen-Score %4, Beitrag %5</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Deskriptor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Your reading</source>
        <translation>Ihre Beurteilung</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Nicht vorhanden</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrContributionChart</name>
    <message>
        <source>Contribution to the effusion margin by descriptor group</source>
        <translation>Beitrag zur Erguss-Margin je Deskriptorgruppe</translation>
    </message>
    <message>
        <source>%1: contribution per descriptor</source>
        <translation>%1: Beitrag je Deskriptor</translation>
    </message>
    <message>
        <source>The %1 descriptors that move the margin most</source>
        <translation>Die %1 Deskriptoren, die die Margin am stärksten verschieben</translation>
    </message>
    <message>
        <source>Select a group in the list to see its descriptors</source>
        <translation>Wählen Sie eine Gruppe in der Liste, um ihre Deskriptoren zu sehen</translation>
    </message>
    <message>
        <source>red: toward effusion</source>
        <translation>rot: in Richtung Erguss</translation>
    </message>
    <message>
        <source>blue: toward no effusion</source>
        <translation>blau: in Richtung kein Erguss</translation>
    </message>
    <message>
        <source>contribution to the margin</source>
        <translation>Beitrag zur Margin</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrNotesPanel</name>
    <message>
        <source>Reading notes</source>
        <translation>Befundnotizen</translation>
    </message>
    <message>
        <source>Findings and impression (saved with the case; every committed change is audited)</source>
        <translation>Befund und Beurteilung (werden mit dem Fall gespeichert; jede festgeschriebene Änderung wird protokolliert)</translation>
    </message>
    <message>
        <source>Lock reading</source>
        <translation>Befund abschließen</translation>
    </message>
    <message>
        <source>Lock your notes and checklist (audited); with blind review the model&apos;s output is shown only then, and later changes are amendments with a reason</source>
        <translation>Ihre Notizen und Checkliste abschließen (protokolliert); bei verblindeter Begutachtung wird die Ausgabe des Modells erst dann angezeigt, und spätere Änderungen sind Nachträge mit Begründung</translation>
    </message>
    <message>
        <source>Amend notes…</source>
        <translation>Notizen nachtragen…</translation>
    </message>
    <message>
        <source>Change the locked notes, with a reason recorded in the audit log</source>
        <translation>Die abgeschlossenen Notizen ändern, mit einer im Prüfprotokoll erfassten Begründung</translation>
    </message>
    <message>
        <source>Not locked: lock your reading before relying on the model&apos;s output.</source>
        <translation>Nicht abgeschlossen: schließen Sie Ihren Befund ab, bevor Sie sich auf die Ausgabe des Modells stützen.</translation>
    </message>
    <message>
        <source>Locked by %1 at %2.</source>
        <translation>Abgeschlossen durch %1 am %2.</translation>
    </message>
    <message numerus="yes">
        <source>Locked by %1 at %2; %n amendment(s) since (see the audit log).</source>
        <translation>
            <numerusform>Abgeschlossen durch %1 am %2; seitdem %n Nachtrag (siehe Prüfprotokoll).</numerusform>
            <numerusform>Abgeschlossen durch %1 am %2; seitdem %n Nachträge (siehe Prüfprotokoll).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrResultsPanel</name>
    <message>
        <source>By group</source>
        <translation>Nach Gruppe</translation>
    </message>
    <message>
        <source>By descriptor (largest)</source>
        <translation>Nach Deskriptor (größte)</translation>
    </message>
    <message>
        <source>Descriptors of the selected group</source>
        <translation>Deskriptoren der ausgewählten Gruppe</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <source>Stale result: %1</source>
        <translation>Veraltetes Ergebnis: %1</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwellenwert %1</translation>
    </message>
    <message>
        <source>, indeterminate band %1–%2</source>
        <translation>, Unbestimmtheitsbereich %1–%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — P(effusion) = %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — P(effusion) = %2 (%3)</translation>
    </message>
    <message>
        <source>Margin %1 = Σ contributions %2 + bias %3 (residual %4); pack %5 %6.</source>
        <translation>Margin %1 = Σ Beiträge %2 + Bias %3 (Residuum %4); Paket %5 %6.</translation>
    </message>
    <message>
        <source>Seen at %1.</source>
        <translation>Gesehen bei %1.</translation>
    </message>
    <message numerus="yes">
        <source>What-if with %n descriptor(s) off: P(effusion) = %1 (margin %2) instead of %3 (margin %4).</source>
        <translation>
            <numerusform>Was-wäre-wenn mit %n ausgeschaltetem Deskriptor: P(effusion) = %1 (Margin %2) statt %3 (Margin %4).</numerusform>
            <numerusform>Was-wäre-wenn mit %n ausgeschalteten Deskriptoren: P(effusion) = %1 (Margin %2) statt %3 (Margin %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrWorkspace</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Befunden</translation>
    </message>
    <message>
        <source>Open a chest radiograph, a folder of DICOM files or a DICOMDIR (File menu, or drop them here).</source>
        <translation>Öffnen Sie eine Thorax-Röntgenaufnahme, einen Ordner mit DICOM-Dateien oder ein DICOMDIR (Menü Datei, oder hier ablegen).</translation>
    </message>
    <message>
        <source>Studies, series and images found in the opened files</source>
        <translation>In den geöffneten Dateien gefundene Studien, Serien und Bilder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open image or study…</source>
        <translation>&amp;Aufnahme oder Studie öffnen…</translation>
    </message>
    <message>
        <source>Open one or more radiographs: DICOM files, PNG, JPEG or TIFF images, or a DICOMDIR</source>
        <translation>Eine oder mehrere Röntgenaufnahmen öffnen: DICOM-Dateien, PNG-, JPEG- oder TIFF-Bilder oder ein DICOMDIR</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>&amp;Ordner öffnen…</translation>
    </message>
    <message>
        <source>Open every radiograph in a folder and its subfolders</source>
        <translation>Alle Röntgenaufnahmen eines Ordners und seiner Unterordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;DICOMDIR…</source>
        <translation>&amp;DICOMDIR öffnen…</translation>
    </message>
    <message>
        <source>Open the studies a DICOMDIR lists (e.g. on a CD from PACS)</source>
        <translation>Die in einem DICOMDIR aufgeführten Studien öffnen (z. B. auf einer CD aus dem PACS)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Radiographs (*.dcm *.DCM *.dicom *.dic DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pgm);;All files (*)</source>
        <translation>Röntgenaufnahmen (*.dcm *.DCM *.dicom *.dic DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pgm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open chest radiographs</source>
        <translation>Thorax-Röntgenaufnahmen öffnen</translation>
    </message>
    <message>
        <source>Open a folder of radiographs</source>
        <translation>Ordner mit Röntgenaufnahmen öffnen</translation>
    </message>
    <message>
        <source>Open a DICOMDIR</source>
        <translation>DICOMDIR öffnen</translation>
    </message>
    <message>
        <source>DICOMDIR (DICOMDIR dicomdir);;All files (*)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>%1 wird durchsucht…</translation>
    </message>
    <message>
        <source>Scanning %1 inputs…</source>
        <translation>%1 Eingaben werden durchsucht…</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>%1 wird dekodiert…</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>existiert nicht mehr</translation>
    </message>
    <message>
        <source>1 image found</source>
        <translation>1 Bild gefunden</translation>
    </message>
    <message>
        <source>%1 images found</source>
        <translation>%1 Bilder gefunden</translation>
    </message>
    <message>
        <source>1 file skipped</source>
        <translation>1 Datei übersprungen</translation>
    </message>
    <message>
        <source>%1 files skipped</source>
        <translation>%1 Dateien übersprungen</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>erste: %1</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>%1 wird angezeigt.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Identifiers revealed for %1 (recorded in the case&apos;s audit log).</source>
        <translation>Kennungen für %1 angezeigt (im Prüfprotokoll des Falls erfasst).</translation>
    </message>
    <message>
        <source>Evidence check failed — %1</source>
        <translation>Beweismittelprüfung fehlgeschlagen — %1</translation>
    </message>
    <message>
        <source>New chest X-ray case.</source>
        <translation>Neuer Thorax-Röntgen-Fall.</translation>
    </message>
    <message>
        <source>Case opened; evidence verified.</source>
        <translation>Fall geöffnet; Beweismittel verifiziert.</translation>
    </message>
    <message>
        <source>Case opened with evidence problems.</source>
        <translation>Fall mit Problemen bei den Beweismitteln geöffnet.</translation>
    </message>
    <message>
        <source>Case signed by %1 and saved to %2.</source>
        <translation>Fall von %1 signiert und gespeichert unter %2.</translation>
    </message>
    <message>
        <source>Case saved to %1.</source>
        <translation>Fall gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Untitled chest X-ray case</source>
        <translation>Unbenannter Thorax-Röntgen-Fall</translation>
    </message>
    <message>
        <source>Descry cases (*.descry)</source>
        <translation>Descry-Fälle (*.descry)</translation>
    </message>
    <message>
        <source>Amend the locked reading</source>
        <translation>Abgeschlossenen Befund nachtragen</translation>
    </message>
    <message>
        <source>%1
Reason for the amendment:</source>
        <translation>%1
Begründung für den Nachtrag:</translation>
    </message>
    <message>
        <source>Amend the locked notes</source>
        <translation>Abgeschlossene Notizen nachtragen</translation>
    </message>
    <message>
        <source>Reading notes:</source>
        <translation>Befundnotizen:</translation>
    </message>
    <message>
        <source>The reading notes change.</source>
        <translation>Die Befundnotizen ändern sich.</translation>
    </message>
    <message>
        <source>Lock the reading</source>
        <translation>Befund abschließen</translation>
    </message>
    <message>
        <source>Your name (recorded with the lock):</source>
        <translation>Ihr Name (wird mit dem Abschluss erfasst):</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Befunden</translation>
    </message>
    <message>
        <source>Stop scanning, decoding or reviewing (Esc)</source>
        <translation>Durchsuchen, Dekodieren oder Befunden abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Results and checklist</source>
        <translation>Ergebnisse und Checkliste</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Review failed: %1</source>
        <translation>Befundung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Review cancelled.</source>
        <translation>Befundung abgebrochen.</translation>
    </message>
    <message>
        <source>Review the image shown with the chest X-ray pack (Ctrl+R)</source>
        <translation>Das angezeigte Bild mit dem Thorax-Röntgen-Paket befunden (Strg+R)</translation>
    </message>
    <message>
        <source>Wait for the review to finish before exporting a report.</source>
        <translation>Warten Sie, bis die Befundung beendet ist, bevor Sie einen Bericht exportieren.</translation>
    </message>
    <message>
        <source>The result shown is stale: review the image again before exporting a report.</source>
        <translation>Das angezeigte Ergebnis ist veraltet: befunden Sie das Bild erneut, bevor Sie einen Bericht exportieren.</translation>
    </message>
    <message>
        <source>Open a radiograph before exporting a report.</source>
        <translation>Öffnen Sie eine Röntgenaufnahme, bevor Sie einen Bericht exportieren.</translation>
    </message>
    <message>
        <source>Blind review: the report can be exported once you lock your reading.</source>
        <translation>Verblindete Begutachtung: der Bericht kann exportiert werden, sobald Sie Ihren Befund abschließen.</translation>
    </message>
    <message>
        <source>A review is running.</source>
        <translation>Eine Befundung läuft.</translation>
    </message>
    <message>
        <source>Wait for the image to load.</source>
        <translation>Warten Sie, bis das Bild geladen ist.</translation>
    </message>
    <message>
        <source>Open a radiograph to review first.</source>
        <translation>Öffnen Sie zuerst eine zu befundende Röntgenaufnahme.</translation>
    </message>
    <message>
        <source>Blind review: output hidden until the reading is locked</source>
        <translation>Verblindete Begutachtung: Ausgabe verborgen, bis der Befund abgeschlossen ist</translation>
    </message>
    <message>
        <source>Blind review: reading locked</source>
        <translation>Verblindete Begutachtung: Befund abgeschlossen</translation>
    </message>
    <message>
        <source>The chest X-ray pack chosen in the settings (%1) is not installed; choose another in Settings or clear the choice to use the first one installed.</source>
        <translation>Das in den Einstellungen gewählte Thorax-Röntgen-Paket (%1) ist nicht installiert; wählen Sie in den Einstellungen ein anderes oder heben Sie die Auswahl auf, um das erste installierte zu verwenden.</translation>
    </message>
    <message>
        <source>No chest X-ray pack is installed: the checklist, notes and your own report work without one. To review with a model, build or train a cxr-classification pack (descry-cli pack build, descry-cli train cxr) and put it in a packs folder (Settings).</source>
        <translation>Kein Thorax-Röntgen-Paket installiert: Checkliste, Notizen und Ihr eigener Bericht funktionieren auch ohne. Um mit einem Modell zu befunden, erstellen oder trainieren Sie ein cxr-classification-Paket (descry-cli pack build, descry-cli train cxr) und legen Sie es in einen Paketordner (Einstellungen).</translation>
    </message>
    <message>
        <source>Reviewing %1…</source>
        <translation>%1 wird befundet…</translation>
    </message>
    <message>
        <source>Review done; the result stays hidden until your reading is locked.</source>
        <translation>Befundung fertig; das Ergebnis bleibt verborgen, bis Ihr Befund abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Review done in %1 ms: %2.</source>
        <translation>Befundung fertig in %1 ms: %2.</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>P(effusion) %1 with %2 descriptors off</source>
        <translation>P(effusion) %1 mit %2 ausgeschalteten Deskriptoren</translation>
    </message>
    <message>
        <source>another image is shown than the one reviewed</source>
        <translation>es wird ein anderes Bild angezeigt als das befundete</translation>
    </message>
    <message>
        <source>the frame or window changed since the review; review again to see this display&apos;s result</source>
        <translation>Frame oder Fenster haben sich seit der Befundung geändert; befunden Sie erneut, um das Ergebnis für diese Anzeige zu sehen</translation>
    </message>
    <message>
        <source>Blind review: the model&apos;s output is hidden until you lock your reading (notes and checklist).</source>
        <translation>Verblindete Begutachtung: die Ausgabe des Modells ist verborgen, bis Sie Ihren Befund (Notizen und Checkliste) abschließen.</translation>
    </message>
    <message>
        <source>This case records a review: %1, P(effusion) %2 with pack %3 %4. Review again to see its explanation.</source>
        <translation>Dieser Fall enthält eine Befundung: %1, P(effusion) %2 mit Paket %3 %4. Befunden Sie erneut, um ihre Erklärung zu sehen.</translation>
    </message>
    <message>
        <source>an amendment is being asked for already</source>
        <translation>ein Nachtrag wird bereits abgefragt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 → %3</source>
        <translation>„%1“: %2 → %3</translation>
    </message>
    <message>
        <source>amendment cancelled: the locked reading is unchanged</source>
        <translation>Nachtrag abgebrochen: der abgeschlossene Befund ist unverändert</translation>
    </message>
    <message>
        <source>locking needs your name (Settings or the question asked)</source>
        <translation>zum Abschließen wird Ihr Name benötigt (Einstellungen oder die gestellte Abfrage)</translation>
    </message>
    <message>
        <source>Reading locked by %1; the model&apos;s output is shown now.</source>
        <translation>Befund abgeschlossen durch %1; die Ausgabe des Modells wird jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Reading locked by %1.</source>
        <translation>Befund abgeschlossen durch %1.</translation>
    </message>
    <message>
        <source>amendment cancelled</source>
        <translation>Nachtrag abgebrochen</translation>
    </message>
    <message>
        <source>Notes amended (recorded with the reason in the audit log).</source>
        <translation>Notizen nachgetragen (mit der Begründung im Prüfprotokoll erfasst).</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 (key fingerprint %2)</source>
        <translation>%1 (Schlüssel-Fingerabdruck %2)</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Bericht exportiert nach %1.</translation>
    </message>
</context>
<context>
    <name>descry::ui::DescriptorTreeModel</name>
    <message>
        <source>similarity %1</source>
        <translation>Ähnlichkeit %1</translation>
    </message>
    <message>
        <source>Overlap of the probe&apos;s and the reference&apos;s descriptor distributions (0..1)</source>
        <translation>Überlappung der Deskriptorverteilungen von Fragebild und Referenzbild (0..1)</translation>
    </message>
    <message>
        <source>Share of the score; uncheck to see the score without it</source>
        <translation>Anteil am Score; abwählen, um den Score ohne ihn zu sehen</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Deskriptor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Fragebild</translation>
    </message>
    <message>
        <source>Share of the score = weight %1 × this characteristic&apos;s own similarity %2 (it depends on this characteristic alone); uncheck to see the re-normalised score without it</source>
        <translation>Anteil am Score = Gewicht %1 × eigene Ähnlichkeit dieses Merkmals %2 (hängt allein von diesem Merkmal ab); abwählen, um den neu normierten Score ohne es zu sehen</translation>
    </message>
    <message>
        <source>Measured: a number computed from the landmarks (distances, angles, ratios to the inter-eye distance) or from colour in landmark-defined regions, graded against the population.</source>
        <translation>Gemessen: eine Zahl, berechnet aus den Landmarken (Abstände, Winkel, Verhältnisse zum Augenabstand) oder aus der Farbe in durch Landmarken definierten Regionen, eingestuft gegenüber der Population.</translation>
    </message>
    <message>
        <source>CLIP prompt: how well the face matches written descriptions, read by the CLIP image encoder.</source>
        <translation>CLIP-Prompt: wie gut das Gesicht zu schriftlichen Beschreibungen passt, gelesen vom CLIP-Bildencoder.</translation>
    </message>
    <message>
        <source>Appearance: read from the whole face by the image encoder along a direction learned for the characteristic: an impression, not a measurement.</source>
        <translation>Erscheinungsbild: vom Bildencoder aus dem ganzen Gesicht entlang einer für das Merkmal gelernten Richtung gelesen: ein Eindruck, keine Messung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>How the descriptor is scored: measured on the landmarks or by appearance (image–text similarity)</source>
        <translation>Wie der Deskriptor bewertet wird: an den Landmarken gemessen oder nach dem Erscheinungsbild (Bild-Text-Ähnlichkeit)</translation>
    </message>
    <message>
        <source>The probe&apos;s value of the descriptor</source>
        <translation>Der Wert des Deskriptors beim Fragebild</translation>
    </message>
    <message>
        <source>The reference&apos;s value of the descriptor</source>
        <translation>Der Wert des Deskriptors beim Referenzbild</translation>
    </message>
    <message>
        <source>The part of the comparison score this row contributes (the rows and the bias add up to the score)</source>
        <translation>Der Anteil dieser Zeile am Vergleichsscore (die Zeilen und der Bias ergeben zusammen den Score)</translation>
    </message>
    <message>
        <source>Ref.</source>
        <comment>short for Reference, a column header</comment>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>short for Contribution, a column header</comment>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>descry::ui::DicomMetadataPanel</name>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Image metadata</source>
        <translation>Bildmetadaten</translation>
    </message>
    <message>
        <source>Reveal identifiers…</source>
        <translation>Kennungen anzeigen…</translation>
    </message>
    <message>
        <source>Show the patient and study identifiers (the reveal is recorded in the case&apos;s audit trail)</source>
        <translation>Die Patienten- und Studienkennungen anzeigen (das Anzeigen wird im Prüfprotokoll des Falls erfasst)</translation>
    </message>
    <message>
        <source>Reveal identifiers</source>
        <translation>Kennungen anzeigen</translation>
    </message>
    <message>
        <source>none: distances in pixels</source>
        <translation>keiner: Abstände in Pixeln</translation>
    </message>
    <message>
        <source>%1 x %2 mm</source>
        <translation>%1 x %2 mm</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing (detector) %1</source>
        <translation>Imager Pixel Spacing (Detektor) %1</translation>
    </message>
    <message>
        <source>Nominal Scanned Pixel Spacing (scanned film) %1</source>
        <translation>Nominal Scanned Pixel Spacing (gescannter Film) %1</translation>
    </message>
    <message>
        <source>Pixel Spacing %1</source>
        <translation>Pixel Spacing %1</translation>
    </message>
    <message>
        <source>Yes — pixels may show identifiers</source>
        <translation>Ja — die Pixel können Kennungen zeigen</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Hide identifiers</source>
        <translation>Kennungen verbergen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>DICOM</source>
        <translation>DICOM</translation>
    </message>
    <message>
        <source>Image file (not DICOM)</source>
        <translation>Bilddatei (kein DICOM)</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalität</translation>
    </message>
    <message>
        <source>SOP class</source>
        <translation>SOP-Klasse</translation>
    </message>
    <message>
        <source>Photometric interpretation</source>
        <translation>Photometrische Interpretation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, inferred: the file has no meta header</source>
        <translation>%1, abgeleitet: die Datei hat keinen Meta-Header</translation>
    </message>
    <message>
        <source>%1, inferred: none recorded</source>
        <translation>%1, abgeleitet: keine erfasst</translation>
    </message>
    <message>
        <source>Transfer syntax</source>
        <translation>Transfersyntax</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 × %2 pixels (columns × rows)</source>
        <translation>%1 × %2 Pixel (Spalten × Zeilen)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>%1 stored of %2, high bit %3, %4</source>
        <translation>%1 von %2 gespeichert, High Bit %3, %4</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>vorzeichenbehaftet</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>vorzeichenlos</translation>
    </message>
    <message>
        <source>Samples per pixel</source>
        <translation>Samples pro Pixel</translation>
    </message>
    <message>
        <source>%1, planar configuration %2</source>
        <translation>%1, Planarkonfiguration %2</translation>
    </message>
    <message>
        <source>Modality LUT</source>
        <translation>Modality LUT</translation>
    </message>
    <message>
        <source>rescale slope %1, intercept %2</source>
        <translation>Rescale Slope %1, Rescale Intercept %2</translation>
    </message>
    <message numerus="yes">
        <source>Modality LUT Sequence, %n entries</source>
        <translation>
            <numerusform>Modality LUT Sequence, %n Eintrag</numerusform>
            <numerusform>Modality LUT Sequence, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescale type</source>
        <translation>Rescale-Typ</translation>
    </message>
    <message>
        <source>C %1 W %2</source>
        <translation>C %1 W %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Window presets</source>
        <translation>Fenstervoreinstellungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>VOI LUTs</source>
        <translation>VOI LUTs</translation>
    </message>
    <message>
        <source>SIGMOID</source>
        <translation>SIGMOID</translation>
    </message>
    <message>
        <source>LINEAR_EXACT</source>
        <translation>LINEAR_EXACT</translation>
    </message>
    <message>
        <source>LINEAR</source>
        <translation>LINEAR</translation>
    </message>
    <message>
        <source>VOI LUT function</source>
        <translation>VOI-LUT-Funktion</translation>
    </message>
    <message>
        <source>Presentation LUT shape</source>
        <translation>Form der Presentation LUT</translation>
    </message>
    <message>
        <source>INVERSE</source>
        <translation>INVERSE</translation>
    </message>
    <message>
        <source>Pixel spacing</source>
        <translation>Pixelabstand</translation>
    </message>
    <message>
        <source>Burned-in annotation</source>
        <translation>Eingebrannte Beschriftung</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>View position</source>
        <translation>Projektion</translation>
    </message>
    <message>
        <source>Laterality</source>
        <translation>Seitenangabe</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Study/Series</source>
        <translation>Studie/Serie</translation>
    </message>
    <message>
        <source>Study description</source>
        <translation>Studienbeschreibung</translation>
    </message>
    <message>
        <source>Series description</source>
        <translation>Serienbeschreibung</translation>
    </message>
    <message>
        <source>Series number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Instance number</source>
        <translation>Instanznummer</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Studie</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Patientenname</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Auftragsnummer (Accession Number)</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>Studien-ID</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Studiendatum</translation>
    </message>
    <message>
        <source>Study time</source>
        <translation>Studienuhrzeit</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Überweisender Arzt</translation>
    </message>
    <message>
        <source>Study Instance UID</source>
        <translation>Study Instance UID</translation>
    </message>
    <message>
        <source>Series Instance UID</source>
        <translation>Series Instance UID</translation>
    </message>
    <message>
        <source>SOP Instance UID</source>
        <translation>SOP Instance UID</translation>
    </message>
    <message>
        <source>Identifiers (revealed)</source>
        <translation>Kennungen (angezeigt)</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
</context>
<context>
    <name>descry::ui::EnhancementPanel</name>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Histogram &amp;equalisation</source>
        <translation>Histogramm&amp;ausgleich</translation>
    </message>
    <message>
        <source>&amp;CLAHE (adaptive)</source>
        <translation>&amp;CLAHE (adaptiv)</translation>
    </message>
    <message>
        <source>&amp;Greyscale</source>
        <translation>Grau&amp;stufen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Brightness</source>
        <translation>&amp;Helligkeit</translation>
    </message>
    <message>
        <source>C&amp;ontrast</source>
        <translation>&amp;Kontrast</translation>
    </message>
    <message>
        <source>G&amp;amma</source>
        <translation>&amp;Gamma</translation>
    </message>
</context>
<context>
    <name>descry::ui::FaceCaseDocument</name>
    <message>
        <source>this is a %1 case, not a face comparison case; open it in its own workspace</source>
        <translation>dies ist ein %1-Fall, kein Fall eines Gesichtsvergleichs; öffnen Sie ihn in seinem eigenen Arbeitsbereich</translation>
    </message>
    <message>
        <source>photos taken as face crops</source>
        <translation>Fotos als Gesichtsausschnitte behandelt</translation>
    </message>
    <message>
        <source>cleared: the comparison was run with another pack</source>
        <translation>zurückgesetzt: der Vergleich wurde mit einem anderen Paket durchgeführt</translation>
    </message>
    <message>
        <source>comparison computed (hidden: blind review)</source>
        <translation>Vergleich berechnet (verborgen: verblindete Begutachtung)</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, Score %2</translation>
    </message>
    <message>
        <source>%1 with pack %2 %3 (SHA-256 %4) instead of the recorded pack %5 %6 (SHA-256 %7)</source>
        <translation>%1 mit Paket %2 %3 (SHA-256 %4) statt des erfassten Pakets %5 %6 (SHA-256 %7)</translation>
    </message>
    <message>
        <source>%1 with pack %2 %3</source>
        <translation>%1 mit Paket %2 %3</translation>
    </message>
    <message>
        <source>no component excluded from the model&apos;s score any more</source>
        <translation>keine Komponente mehr vom Score des Modells ausgeschlossen</translation>
    </message>
    <message>
        <source>excluded from the model&apos;s score as not assessable by the examiner: %1</source>
        <translation>als vom Sachverständigen nicht beurteilbar vom Score des Modells ausgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::FaceWorkspace</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Compare the probe with the reference (Ctrl+R)</source>
        <translation>Fragebild mit Referenzbild vergleichen (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <source>Face box</source>
        <translation>Gesichtsrahmen</translation>
    </message>
    <message>
        <source>Show or hide the landmarks on both photos</source>
        <translation>Landmarken auf beiden Fotos ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the detected face box on both photos</source>
        <translation>Erkannten Gesichtsrahmen auf beiden Fotos ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Blind first: the model&apos;s result is hidden until you lock your own analysis in Examiner notes.</source>
        <translation>Verblindet zuerst: das Ergebnis des Modells bleibt verborgen, bis Sie Ihre eigene Analyse in den Notizen des Sachverständigen abschließen.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Aligned faces</source>
        <translation>Ausgerichtete Gesichter</translation>
    </message>
    <message>
        <source>Examiner notes</source>
        <translation>Notizen des Sachverständigen</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <source>Open a probe and a reference photo first.</source>
        <translation>Öffnen Sie zuerst ein Fragebild und ein Referenzbild.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft…</translation>
    </message>
    <message>
        <source>Comparison done; the result stays hidden until your analysis is locked.</source>
        <translation>Vergleich abgeschlossen; das Ergebnis bleibt verborgen, bis Ihre Analyse abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Comparison done in %1 ms.</source>
        <translation>Vergleich in %1 ms abgeschlossen.</translation>
    </message>
    <message>
        <source>Case saved to %1.</source>
        <translation>Fall gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Evidence check failed — %1</source>
        <translation>Beweismittelprüfung fehlgeschlagen — %1</translation>
    </message>
    <message>
        <source>Case opened; evidence verified. Recomputing the stored comparison…</source>
        <translation>Fall geöffnet; Beweismittel verifiziert. Der gespeicherte Vergleich wird neu berechnet…</translation>
    </message>
    <message>
        <source>Case opened; evidence verified.</source>
        <translation>Fall geöffnet; Beweismittel verifiziert.</translation>
    </message>
    <message>
        <source>Case opened with evidence problems.</source>
        <translation>Fall mit Problemen bei den Beweismitteln geöffnet.</translation>
    </message>
    <message>
        <source>Run a comparison before exporting a report.</source>
        <translation>Führen Sie vor dem Export eines Berichts einen Vergleich durch.</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Bericht exportiert nach %1.</translation>
    </message>
    <message>
        <source>Stop loading the model or comparing (Esc)</source>
        <translation>Laden des Modells oder Vergleich abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Face crops</source>
        <translation>Gesichtsausschnitte</translation>
    </message>
    <message>
        <source>Both photos are already tight face crops: use the whole image when no face is found</source>
        <translation>Beide Fotos sind bereits eng zugeschnittene Gesichtsausschnitte: das ganze Bild verwenden, wenn kein Gesicht gefunden wird</translation>
    </message>
    <message>
        <source>Open &amp;probe photo…</source>
        <translation>&amp;Fragebild öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;reference photo…</source>
        <translation>&amp;Referenzbild öffnen…</translation>
    </message>
    <message>
        <source>Comparison done with pack %1 %2; the case now records it instead of %3 %4 (audited).</source>
        <translation>Vergleich mit Paket %1 %2 abgeschlossen; der Fall erfasst jetzt dieses Paket statt %3 %4 (protokolliert).</translation>
    </message>
    <message>
        <source>Case opened; evidence verified; the stored comparison was recomputed.</source>
        <translation>Fall geöffnet; Beweismittel verifiziert; der gespeicherte Vergleich wurde neu berechnet.</translation>
    </message>
    <message>
        <source>This what-if is not recorded: the results shown come from another pack than the case records. Run the comparison again to record results and what-if with this pack.</source>
        <translation>Diese Was-wäre-wenn-Analyse wird nicht erfasst: die angezeigten Ergebnisse stammen von einem anderen Paket als dem im Fall erfassten. Führen Sie den Vergleich erneut durch, um Ergebnisse und Was-wäre-wenn-Analyse mit diesem Paket zu erfassen.</translation>
    </message>
    <message>
        <source>This case records pack %1 %2 (SHA-256 %3), which is not installed. The results shown were recomputed with pack %4 %5 (SHA-256 %6) instead; the case keeps its recorded pack and result until you run the comparison again.</source>
        <translation>Dieser Fall erfasst das Paket %1 %2 (SHA-256 %3), das nicht installiert ist. Die angezeigten Ergebnisse wurden stattdessen mit dem Paket %4 %5 (SHA-256 %6) neu berechnet; der Fall behält sein erfasstes Paket und Ergebnis, bis Sie den Vergleich erneut durchführen.</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Unbenannter Fall</translation>
    </message>
    <message>
        <source>Descry cases (*.descry)</source>
        <translation>Descry-Fälle (*.descry)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>New case.</source>
        <translation>Neuer Fall.</translation>
    </message>
    <message>
        <source>The results shown come from another pack than the case records: run the comparison again before exporting a report.</source>
        <translation>Die angezeigten Ergebnisse stammen von einem anderen Paket als dem im Fall erfassten: führen Sie den Vergleich erneut durch, bevor Sie einen Bericht exportieren.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Analysis locked by %1; the model&apos;s result is shown now.</source>
        <translation>Analyse abgeschlossen durch %1; das Ergebnis des Modells wird jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Analysis locked by %1.</source>
        <translation>Analyse abgeschlossen durch %1.</translation>
    </message>
    <message>
        <source>Blind review: the report can be exported once you lock your analysis in Examiner notes.</source>
        <translation>Verblindete Begutachtung: der Bericht kann exportiert werden, sobald Sie Ihre Analyse in den Notizen des Sachverständigen abschließen.</translation>
    </message>
    <message>
        <source>Wait for the comparison to finish before exporting a report.</source>
        <translation>Warten Sie das Ende des Vergleichs ab, bevor Sie einen Bericht exportieren.</translation>
    </message>
    <message>
        <source>Blind review: result hidden until locked</source>
        <translation>Verblindete Begutachtung: Ergebnis bis zum Abschluss verborgen</translation>
    </message>
    <message>
        <source>Blind review: analysis locked</source>
        <translation>Verblindete Begutachtung: Analyse abgeschlossen</translation>
    </message>
    <message>
        <source>Case signed by %1 and saved to %2.</source>
        <translation>Fall von %1 signiert und gespeichert unter %2.</translation>
    </message>
    <message>
        <source>%1 (key fingerprint %2)</source>
        <translation>%1 (Schlüssel-Fingerabdruck %2)</translation>
    </message>
    <message>
        <source>blind review: export is available once the analysis is locked</source>
        <translation>verblindete Begutachtung: der Export ist möglich, sobald die Analyse abgeschlossen ist</translation>
    </message>
    <message>
        <source>Comparing face %1 of %2 of the %3…</source>
        <translation>Gesicht %1 von %2 im %3 wird verglichen…</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>Fragebild</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenzbild</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Link enhancement</source>
        <translation>Bildverbesserung koppeln</translation>
    </message>
    <message>
        <source>An enhancement of one photo applies to both</source>
        <translation>Eine Bildverbesserung eines Fotos gilt für beide</translation>
    </message>
    <message>
        <source>Reset landmarks</source>
        <translation>Landmarken zurücksetzen</translation>
    </message>
    <message>
        <source>Put every landmark you moved back where the detector found it, and compare again</source>
        <translation>Alle verschobenen Landmarken an die vom Detektor gefundene Position zurücksetzen und erneut vergleichen</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation>%1 — %p%</translation>
    </message>
    <message numerus="yes">
        <source>score %1 with %2 off (%n descriptor(s) in all)</source>
        <translation>
            <numerusform>Score %1 ohne %2 (insgesamt %n Deskriptor)</numerusform>
            <numerusform>Score %1 ohne %2 (insgesamt %n Deskriptoren)</numerusform>
        </translation>
    </message>
    <message>
        <source>Landmarks can be moved once a comparison is shown.</source>
        <translation>Landmarken können verschoben werden, sobald ein Vergleich angezeigt wird.</translation>
    </message>
    <message>
        <source>Point %1 of the %2 moved: comparing again with it…</source>
        <translation>Punkt %1 im %2 verschoben: erneuter Vergleich damit…</translation>
    </message>
    <message>
        <source>Landmarks reset to the detector&apos;s: comparing again…</source>
        <translation>Landmarken auf die des Detektors zurückgesetzt: erneuter Vergleich…</translation>
    </message>
    <message>
        <source>Conclusion recorded: %1 (by %2). Sign it with File › Sign and save case.</source>
        <translation>Schlussfolgerung erfasst: %1 (von %2). Signieren Sie sie mit Datei › Fall signieren und speichern.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>case-%1</source>
        <translation>Fall-%1</translation>
    </message>
    <message>
        <source>The analysis is locked: landmarks can no longer be moved.</source>
        <translation>Die Analyse ist gesperrt: Landmarken können nicht mehr verschoben werden.</translation>
    </message>
    <message>
        <source>Comparison cancelled; the previous result of the same photos is shown again.</source>
        <translation>Vergleich abgebrochen; das vorherige Ergebnis derselben Fotos wird wieder angezeigt.</translation>
    </message>
</context>
<context>
    <name>descry::ui::ImageView</name>
    <message>
        <source>Drop or open a photo</source>
        <translation>Foto ablegen oder öffnen</translation>
    </message>
    <message>
        <source>No face detected: the whole image is taken as the face</source>
        <translation>Kein Gesicht erkannt: das ganze Bild wird als Gesicht verwendet</translation>
    </message>
    <message>
        <source>Detected face (score %1)</source>
        <translation>Erkanntes Gesicht (Score %1)</translation>
    </message>
    <message>
        <source>Point %1, moved by the examiner</source>
        <translation>Punkt %1, vom Sachverständigen verschoben</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>%1 px = %2 IOD</source>
        <translation>%1 px = %2 IOD</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
</context>
<context>
    <name>descry::ui::InferenceWorker</name>
    <message>
        <source>Loading the model</source>
        <translation>Modell wird geladen</translation>
    </message>
    <message>
        <source>Decoding %1</source>
        <translation>%1 wird dekodiert</translation>
    </message>
    <message>
        <source>Decoded %1</source>
        <translation>%1 dekodiert</translation>
    </message>
    <message>
        <source>Scanning for images</source>
        <translation>Bilder werden gesucht</translation>
    </message>
    <message>
        <source>no radiograph is shown</source>
        <translation>es wird keine Röntgenaufnahme angezeigt</translation>
    </message>
    <message>
        <source>Loading the chest X-ray pack</source>
        <translation>Thorax-Röntgen-Paket wird geladen</translation>
    </message>
    <message>
        <source>Reviewing %1</source>
        <translation>%1 wird befundet</translation>
    </message>
</context>
<context>
    <name>descry::ui::InstallationCheck</name>
    <message>
        <source>check: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <source>check: opened the case %1 in the %2 workspace</source>
        <translation>Prüfung: Fall %1 im Arbeitsbereich %2 geöffnet</translation>
    </message>
    <message>
        <source>check: run %1/%2 failed: %3</source>
        <translation>Prüfung: Lauf %1/%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>check: run %1/%2: %3, score %4 (threshold %5), %6 s, resident %7 MiB</source>
        <translation>Prüfung: Lauf %1/%2: %3, Wert %4 (Schwelle %5), %6 s, resident %7 MiB</translation>
    </message>
    <message>
        <source>check: %1 comparisons in %2 s; resident %3 MiB after %4 warm-up runs, %5 MiB at the end (growth %6 %)</source>
        <translation>Prüfung: %1 Vergleiche in %2 s; resident %3 MiB nach %4 Aufwärmläufen, %5 MiB am Ende (Zuwachs %6 %)</translation>
    </message>
</context>
<context>
    <name>descry::ui::MainWindow</name>
    <message>
        <source>Descry</source>
        <translation>Descry</translation>
    </message>
    <message>
        <source>Face comparison</source>
        <translation>Gesichtsvergleich</translation>
    </message>
    <message>
        <source>Chest X-ray</source>
        <translation>Thorax-Röntgen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The case has unsaved changes. Save them?</source>
        <translation>Der Fall hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>Fall &amp;öffnen…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>Fall &amp;speichern</translation>
    </message>
    <message>
        <source>Save case &amp;as…</source>
        <translation>Fall speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>PDF-Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Face comparison</source>
        <translation>&amp;Gesichtsvergleich</translation>
    </message>
    <message>
        <source>&amp;Chest X-ray</source>
        <translation>&amp;Thorax-Röntgen</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Descry</source>
        <translation>Ü&amp;ber Descry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1[*] — Descry</source>
        <translation>%1[*] — Descry</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Signieren und speichern</translation>
    </message>
    <message>
        <source>Your name, as it will appear in the signature of the cases you sign:</source>
        <translation>Ihr Name, wie er in der Signatur der von Ihnen signierten Fälle erscheinen wird:</translation>
    </message>
    <message>
        <source>S&amp;ign and save case…</source>
        <translation>Fall s&amp;ignieren und speichern…</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Fall kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation>Fall kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot sign and save the case</source>
        <translation>Fall kann nicht signiert und gespeichert werden</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>C&amp;ompact layout (photos beside the results)</source>
        <translation>&amp;Kompaktes Layout (Fotos neben den Ergebnissen)</translation>
    </message>
    <message>
        <source>&amp;Detailed layout (photos above results, notes and case)</source>
        <translation>&amp;Detailliertes Layout (Fotos über Ergebnissen, Notizen und Fall)</translation>
    </message>
    <message>
        <source>&amp;Photos full screen</source>
        <translation>&amp;Fotos im Vollbild</translation>
    </message>
    <message>
        <source>&amp;Go to panel</source>
        <translation>&amp;Gehe zu Bereich</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Aligned faces</source>
        <translation>&amp;Ausgerichtete Gesichter</translation>
    </message>
    <message>
        <source>Examiner &amp;notes</source>
        <translation>&amp;Notizen des Sachverständigen</translation>
    </message>
    <message>
        <source>&amp;Case details and conclusion</source>
        <translation>&amp;Falldaten und Schlussfolgerung</translation>
    </message>
    <message>
        <source>%1: the %2 workspace is busy; cancel its run first</source>
        <translation>%1: der Arbeitsbereich %2 ist beschäftigt; brechen Sie zuerst seinen Lauf ab</translation>
    </message>
</context>
<context>
    <name>descry::ui::NotesPanel</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Lock analysis</source>
        <translation>Analyse abschließen</translation>
    </message>
    <message>
        <source>Record the analysis as final; later changes are kept as amendments</source>
        <translation>Analyse als endgültig erfassen; spätere Änderungen werden als Nachträge festgehalten</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Nachträge</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Locked %1 UTC by %2</source>
        <translation>Abgeschlossen %1 UTC durch %2</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>Amend %1</source>
        <translation>Nachtrag zu %1</translation>
    </message>
    <message>
        <source>Why the locked analysis changes (required)</source>
        <translation>Warum sich die abgeschlossene Analyse ändert (erforderlich)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Examiner name (the analysis cannot be edited afterwards, only amended with a reason):</source>
        <translation>Name des Sachverständigen (die Analyse kann danach nicht mehr bearbeitet, sondern nur mit Begründung nachgetragen werden):</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Nachtrag…</translation>
    </message>
    <message>
        <source>Assess at least one component before locking.</source>
        <translation>Bewerten Sie vor dem Abschließen mindestens eine Komponente.</translation>
    </message>
    <message>
        <source>Locking needs the examiner&apos;s name.</source>
        <translation>Zum Abschließen wird der Name des Sachverständigen benötigt.</translation>
    </message>
    <message>
        <source>Who amends (required)</source>
        <translation>Wer den Nachtrag erfasst (erforderlich)</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Sachverständige(r)</translation>
    </message>
    <message>
        <source>Assess at least one component before locking</source>
        <translation>Vor dem Abschließen mindestens eine Komponente bewerten</translation>
    </message>
    <message>
        <source>The component is also excluded from the model&apos;s score (audited and stated in the report); the note says why.</source>
        <translation>Die Komponente wird auch vom Score des Modells ausgeschlossen (protokolliert und im Bericht angegeben); die Notiz nennt den Grund.</translation>
    </message>
    <message>
        <source>%1 UTC — %2, amended by %3
%4 → %5
Reason: %6</source>
        <translation>%1 UTC — %2, nachgetragen von %3
%4 → %5
Begründung: %6</translation>
    </message>
    <message>
        <source>Your name (required)</source>
        <translation>Ihr Name (erforderlich)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Abschließen</translation>
    </message>
</context>
<context>
    <name>descry::ui::PhotoPane</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open the probe photo</source>
        <translation>Fragebild öffnen</translation>
    </message>
    <message>
        <source>Open the reference photo</source>
        <translation>Referenzbild öffnen</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Zuletzt verwendete Dateien</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <source>Show the 68 facial landmarks</source>
        <translation>Die 68 Gesichtslandmarken anzeigen</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Show the detected face box</source>
        <translation>Erkannten Gesichtsrahmen anzeigen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Foto in das Fenster einpassen</translation>
    </message>
    <message>
        <source>Drop or open the probe photo</source>
        <translation>Fragebild ablegen oder öffnen</translation>
    </message>
    <message>
        <source>Drop or open the reference photo</source>
        <translation>Referenzbild ablegen oder öffnen</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Fragebild</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenzbild</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt verwendeten Dateien</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the decoder reported errors</source>
        <translation>der Decoder hat Fehler gemeldet</translation>
    </message>
    <message>
        <source>Damaged file (accepted by the setting; the report marks it): %1</source>
        <translation>Beschädigte Datei (durch die Einstellung zugelassen; der Bericht kennzeichnet sie): %1</translation>
    </message>
    <message>
        <source>image file is truncated or corrupt (%1); tick “Accept damaged images” in Settings to analyse it anyway</source>
        <translation>Bilddatei ist abgeschnitten oder beschädigt (%1); aktivieren Sie „Beschädigte Bilder akzeptieren“ in den Einstellungen, um sie trotzdem zu analysieren</translation>
    </message>
    <message>
        <source>Face:</source>
        <translation>Gesicht:</translation>
    </message>
    <message>
        <source>Several faces were found: choose the one to compare (1 = the largest)</source>
        <translation>Es wurden mehrere Gesichter gefunden: wählen Sie das zu vergleichende (1 = das größte)</translation>
    </message>
    <message>
        <source>Face %1 of %2: compared (detector score %3)</source>
        <translation>Gesicht %1 von %2: verglichen (Detektor-Score %3)</translation>
    </message>
    <message>
        <source>Face %1 of %2 (detector score %3): click to compare this face</source>
        <translation>Gesicht %1 von %2 (Detektor-Score %3): klicken, um dieses Gesicht zu vergleichen</translation>
    </message>
    <message>
        <source>%1 (largest)</source>
        <translation>%1 (größtes)</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (chosen by the examiner)</source>
        <translation>Gesicht %1 von %2 im Foto (vom Sachverständigen gewählt)</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (the largest, by default)</source>
        <translation>Gesicht %1 von %2 im Foto (das größte, Standard)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>What a left-button drag does on the photo</source>
        <translation>Was das Ziehen mit der linken Maustaste auf dem Foto bewirkt</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Move landmarks</source>
        <translation>Landmarken verschieben</translation>
    </message>
    <message>
        <source>Click two points: the distance in pixels and in inter-eye distances (IOD)</source>
        <translation>Zwei Punkte anklicken: der Abstand in Pixeln und in Augenabständen (IOD)</translation>
    </message>
    <message>
        <source>Click an end, the vertex, the other end</source>
        <translation>Einen Endpunkt, den Scheitelpunkt und dann den anderen Endpunkt anklicken</translation>
    </message>
    <message>
        <source>Drag a landmark to correct it: the measured characteristics and the score are recomputed, the move is recorded and audited</source>
        <translation>Eine Landmarke ziehen, um sie zu korrigieren: die gemessenen Merkmale und der Score werden neu berechnet, die Verschiebung wird erfasst und protokolliert</translation>
    </message>
    <message>
        <source>Enhance</source>
        <translation>Verbessern</translation>
    </message>
    <message>
        <source>Brightness, contrast, gamma, equalisation, greyscale: for viewing only, the evidence and the analysis are never changed</source>
        <translation>Helligkeit, Kontrast, Gamma, Ausgleich, Graustufen: nur für die Anzeige, Beweismittel und Analyse werden nie verändert</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>Gemessen: %1</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <source>As loaded | as displayed: the left half as loaded, the right half with the enhancement</source>
        <translation>Wie geladen | wie angezeigt: die linke Hälfte wie geladen, die rechte mit der Bildverbesserung</translation>
    </message>
    <message>
        <source>The photo with the detected face; + and − zoom, 0 fits it to the window, the arrow keys scroll</source>
        <translation>Das Foto mit dem erkannten Gesicht; + und − zoomen, 0 passt es ins Fenster ein, die Pfeiltasten verschieben</translation>
    </message>
</context>
<context>
    <name>descry::ui::QualityPanel</name>
    <message>
        <source>Inter-eye distance:</source>
        <translation>Augenabstand:</translation>
    </message>
    <message>
        <source>Yaw:</source>
        <translation>Gierwinkel:</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>Rollwinkel:</translation>
    </message>
    <message>
        <source>Sharpness:</source>
        <translation>Schärfe:</translation>
    </message>
    <message>
        <source>Faces found:</source>
        <translation>Gefundene Gesichter:</translation>
    </message>
    <message>
        <source>Distance between the eye centres in the original photo, in pixels</source>
        <translation>Abstand der Augenmittelpunkte im Originalfoto, in Pixeln</translation>
    </message>
    <message>
        <source>Left/right head turn estimated from the landmarks (rough)</source>
        <translation>Aus den Landmarken geschätzte Links-/Rechtsdrehung des Kopfes (grob)</translation>
    </message>
    <message>
        <source>In-plane rotation of the eye line</source>
        <translation>Drehung der Augenlinie in der Bildebene</translation>
    </message>
    <message>
        <source>Variance of the Laplacian of the aligned 150x150 face; low values mean blur</source>
        <translation>Varianz des Laplace-Operators auf dem ausgerichteten 150x150-Gesicht; niedrige Werte bedeuten Unschärfe</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>none (whole image taken as the face)</source>
        <translation>keine (ganzes Bild als Gesicht verwendet)</translation>
    </message>
    <message>
        <source>%1 (the largest is used)</source>
        <translation>%1 (das größte wird verwendet)</translation>
    </message>
    <message>
        <source>Quality warning: %1</source>
        <translation>Qualitätswarnung: %1</translation>
    </message>
    <message>
        <source>Damaged file, analysed because damaged images are accepted (Settings): %1</source>
        <translation>Beschädigte Datei, analysiert, weil beschädigte Bilder akzeptiert werden (Einstellungen): %1</translation>
    </message>
    <message>
        <source>the decoder reported errors</source>
        <translation>der Decoder hat Fehler gemeldet</translation>
    </message>
</context>
<context>
    <name>descry::ui::RadiographView</name>
    <message>
        <source>Radiograph</source>
        <translation>Röntgenaufnahme</translation>
    </message>
    <message>
        <source>%1 px (no pixel spacing)</source>
        <translation>%1 px (kein Pixelabstand)</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing %1 mm, detector plane</source>
        <translation>Imager Pixel Spacing %1 mm, Detektorebene</translation>
    </message>
    <message>
        <source>Nominal Scanned Pixel Spacing %1 mm, scanned film</source>
        <translation>Nominal Scanned Pixel Spacing %1 mm, gescannter Film</translation>
    </message>
    <message>
        <source>Pixel Spacing %1 mm</source>
        <translation>Pixel Spacing %1 mm</translation>
    </message>
    <message>
        <source>%1 mm (%2)</source>
        <translation>%1 mm (%2)</translation>
    </message>
    <message>
        <source>x %1, y %2: RGB %3, %4, %5</source>
        <translation>x %1, y %2: RGB %3, %4, %5</translation>
    </message>
    <message>
        <source>x %1, y %2: stored %3, modality %4</source>
        <translation>x %1, y %2: gespeichert %3, Modalität %4</translation>
    </message>
    <message>
        <source>C %1  W %2</source>
        <translation>C %1  W %2</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Voreinstellung %1</translation>
    </message>
    <message>
        <source>Preset %1: %2</source>
        <translation>Voreinstellung %1: %2</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>Min/max</source>
        <translation>Min/Max</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Invertiert</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>%1 (fit)</source>
        <translation>%1 (eingepasst)</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Frame %1 / %2</translation>
    </message>
</context>
<context>
    <name>descry::ui::ResultsPanel</name>
    <message>
        <source>disagrees</source>
        <translation>widerspricht</translation>
    </message>
    <message>
        <source>modified (what-if)</source>
        <translation>geändert (Was-wäre-wenn)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Check every descriptor again and show the original score</source>
        <translation>Alle Deskriptoren wieder auswählen und den ursprünglichen Score anzeigen</translation>
    </message>
    <message>
        <source>Threshold calibrated for: %1</source>
        <translation>Schwellenwert kalibriert für: %1</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <translation>(auf %1)</translation>
    </message>
    <message>
        <source>No calibration recorded in the pack</source>
        <translation>Im Paket ist keine Kalibrierung erfasst</translation>
    </message>
    <message>
        <source>Inconclusive: %1</source>
        <translation>Nicht eindeutig: %1</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Noch kein Vergleich</translation>
    </message>
    <message>
        <source>score %1 (threshold %2)</source>
        <translation>Score %1 (Schwellenwert %2)</translation>
    </message>
    <message>
        <source>— original score %1, %2</source>
        <translation>— ursprünglicher Score %1, %2</translation>
    </message>
    <message>
        <source>The black-box baseline (plain embedding similarity) reaches the opposite decision</source>
        <translation>Die Black-Box-Vergleichsbasis (reine Embedding-Ähnlichkeit) kommt zur gegenteiligen Entscheidung</translation>
    </message>
    <message>
        <source>Baseline (%1 cosine): %2 vs threshold %3 → %4</source>
        <translation>Vergleichsbasis (%1-Kosinus): %2 gegenüber Schwellenwert %3 → %4</translation>
    </message>
    <message>
        <source>LR %1 — %2 (ENFSI 2015 scale)</source>
        <translation>LR %1 — %2 (ENFSI-Skala 2015)</translation>
    </message>
    <message>
        <source>Not calibrated for this kind of photo: %1</source>
        <translation>Nicht für diese Art von Foto kalibriert: %1</translation>
    </message>
    <message>
        <source>Score-based likelihood ratio, %1 calibration on %2 (Cllr %3); verbal scale: %4</source>
        <translation>Score-basierte Likelihood-Ratio, %1-Kalibrierung an %2 (Cllr %3); verbale Skala: %4</translation>
    </message>
    <message>
        <source>No likelihood ratio: %1</source>
        <translation>Keine Likelihood-Ratio: %1</translation>
    </message>
    <message>
        <source>Share of the score: %1 · score without: %2 (re-normalised)
%3</source>
        <translation>Anteil am Score: %1 · Score ohne: %2 (neu normiert)
%3</translation>
    </message>
    <message numerus="yes">
        <source>— %n component(s) excluded; whole-face score %1</source>
        <translation>
            <numerusform>— %n Komponente ausgeschlossen; Score des ganzen Gesichts %1</numerusform>
            <numerusform>— %n Komponenten ausgeschlossen; Score des ganzen Gesichts %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n descriptor(s)</source>
        <translation>
            <numerusform>%n Deskriptor</numerusform>
            <numerusform>%n Deskriptoren</numerusform>
        </translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Deskriptoren</translation>
    </message>
    <message>
        <source>FISWG components, their characteristics and descriptors with the probe&apos;s and reference&apos;s values and each one&apos;s contribution; Space switches one off for a what-if</source>
        <translation>FISWG-Komponenten, ihre Merkmale und Deskriptoren mit den Werten von Fragebild und Referenzbild und dem Beitrag jedes Einzelnen; die Leertaste schaltet einen für eine Was-wäre-wenn-Analyse aus</translation>
    </message>
    <message>
        <source>Select a row for its definition. %1 %2</source>
        <translation>Wählen Sie eine Zeile, um ihre Definition zu sehen. %1 %2</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>&amp;Erklärung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>descry::ui::SeriesListModel</name>
    <message>
        <source>Other images</source>
        <translation>Weitere Bilder</translation>
    </message>
    <message>
        <source>Study (no date)</source>
        <translation>Studie (ohne Datum)</translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Studie %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 Bild</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Image files (%1)</source>
        <translation>Bilddateien (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Serie %1</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n Frame</numerusform>
            <numerusform>%n Frames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Default locations only</source>
        <translation>Nur Standardorte</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Model packs folder</source>
        <translation>Ordner für Modellpakete</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Alle Kerne (%1)</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Inferenz-Threads</translation>
    </message>
    <message>
        <source>Hide the model&apos;s result until I lock my own analysis (blind first)</source>
        <translation>Ergebnis des Modells verbergen, bis ich meine eigene Analyse abschließe (verblindet zuerst)</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Neue Fälle</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies when Descry is started again.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Descry übernommen.</translation>
    </message>
    <message>
        <source>The open case stays blind until you lock its analysis: switching blind review off now would show the model&apos;s result before your own analysis is recorded. This setting applies to new cases.</source>
        <translation>Der geöffnete Fall bleibt verblindet, bis Sie seine Analyse abschließen: würde die verblindete Begutachtung jetzt ausgeschaltet, zeigte dies das Ergebnis des Modells, bevor Ihre eigene Analyse erfasst ist. Diese Einstellung gilt für neue Fälle.</translation>
    </message>
    <message>
        <source>Accept damaged images (marked in the report)</source>
        <translation>Beschädigte Bilder akzeptieren (im Bericht gekennzeichnet)</translation>
    </message>
    <message>
        <source>Analyse photos that are truncated or corrupt but still decode; the photo, the results and the report say they are damaged</source>
        <translation>Fotos analysieren, die abgeschnitten oder beschädigt sind, sich aber noch dekodieren lassen; Foto, Ergebnisse und Bericht weisen sie als beschädigt aus</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>The first chest X-ray pack installed</source>
        <translation>Das erste installierte Thorax-Röntgen-Paket</translation>
    </message>
    <message>
        <source>Name or folder of the cxr-classification pack the Chest X-ray workspace reviews with</source>
        <translation>Name oder Ordner des cxr-classification-Pakets, mit dem der Thorax-Röntgen-Arbeitsbereich befundet</translation>
    </message>
    <message>
        <source>Chest X-ray pack</source>
        <translation>Thorax-Röntgen-Paket</translation>
    </message>
    <message>
        <source>Include patient identifiers in reports</source>
        <translation>Patientenkennungen in Berichte aufnehmen</translation>
    </message>
    <message>
        <source>Chest X-ray reports show the patient&apos;s name, ID and study identifiers; off, they are omitted</source>
        <translation>Thorax-Röntgen-Berichte zeigen Namen, ID und Studienkennungen des Patienten; ausgeschaltet werden sie ausgelassen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>The folder cases were last saved in</source>
        <translation>Der Ordner, in dem zuletzt Fälle gespeichert wurden</translation>
    </message>
    <message>
        <source>Where Save proposes to put a new case (never the evidence folder)</source>
        <translation>Der Ordner, den „Speichern“ für einen neuen Fall vorschlägt (nie der Ordner der Beweismittel)</translation>
    </message>
    <message>
        <source>Cases folder</source>
        <translation>Ordner für Fälle</translation>
    </message>
</context>
<context>
    <name>descry::ui::ViewerControls</name>
    <message>
        <source>C </source>
        <translation>C </translation>
    </message>
    <message>
        <source>W </source>
        <translation>W </translation>
    </message>
    <message>
        <source>Window centre in modality units (type a value and press Enter; right-drag on the image: up/down)</source>
        <translation>Fensterzentrum in Modalitätseinheiten (Wert eingeben und Eingabetaste drücken; Ziehen mit der rechten Maustaste auf dem Bild: nach oben/unten)</translation>
    </message>
    <message>
        <source>Window width in modality units (type a value and press Enter; right-drag on the image: left/right)</source>
        <translation>Fensterbreite in Modalitätseinheiten (Wert eingeben und Eingabetaste drücken; Ziehen mit der rechten Maustaste auf dem Bild: nach links/rechts)</translation>
    </message>
    <message>
        <source>Window centre</source>
        <translation>Fensterzentrum</translation>
    </message>
    <message>
        <source>Window width</source>
        <translation>Fensterbreite</translation>
    </message>
    <message>
        <source>The file&apos;s window presets and VOI LUTs (R: back to the default)</source>
        <translation>Die Fenstervoreinstellungen und VOI LUTs der Datei (R: zurück zum Standard)</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>Fenstervoreinstellung</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertieren</translation>
    </message>
    <message>
        <source>Invert the grey levels (I)</source>
        <translation>Graustufen invertieren (I)</translation>
    </message>
    <message>
        <source>W/L</source>
        <translation>Fensterung</translation>
    </message>
    <message>
        <source>Window tool (left drag: left/right width, up/down centre; right drag in any tool)</source>
        <translation>Fensterungswerkzeug (Ziehen mit der linken Maustaste: links/rechts Breite, oben/unten Zentrum; Ziehen mit der rechten Maustaste in jedem Werkzeug)</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Pan tool (left drag moves the image; middle drag in any tool)</source>
        <translation>Verschiebewerkzeug (Ziehen mit der linken Maustaste verschiebt das Bild; Ziehen mit der mittleren Maustaste in jedem Werkzeug)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <source>Measure tool (left drag measures a distance; Esc clears it)</source>
        <translation>Messwerkzeug (Ziehen mit der linken Maustaste misst einen Abstand; Esc löscht ihn)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel about the cursor)</source>
        <translation>Vergrößern (+ oder Mausrad, zentriert auf den Mauszeiger)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Verkleinern (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Bild in das Fenster einpassen (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Ein Bildpixel pro Bildschirmpixel (1)</translation>
    </message>
    <message>
        <source>Frame of a multi-frame image (Page Up / Page Down)</source>
        <translation>Frame eines Multiframe-Bildes (Bild auf / Bild ab)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Frame</translation>
    </message>
    <message>
        <source>Pixel under the cursor</source>
        <translation>Pixel unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Position, stored value and modality value of the pixel under the cursor</source>
        <translation>Position, gespeicherter Wert und Modalitätswert des Pixels unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Length of the measured line and the pixel spacing it used</source>
        <translation>Länge der gemessenen Strecke und der dafür verwendete Pixelabstand</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>C %1 W %2</source>
        <translation>C %1 W %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>VOI LUT %1: %2</source>
        <translation>VOI LUT %1: %2</translation>
    </message>
    <message>
        <source>Min/max</source>
        <translation>Min/Max</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Frame %1 / %2</translation>
    </message>
</context>
<context>
    <name>descry::ui::Workspace</name>
    <message>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <source>This workspace does not support that action.</source>
        <translation>Dieser Arbeitsbereich unterstützt diese Aktion nicht.</translation>
    </message>
    <message>
        <source>History verified</source>
        <translation>Verlauf verifiziert</translation>
    </message>
    <message>
        <source>Unverified: older Descry file</source>
        <translation>Nicht verifiziert: ältere Descry-Datei</translation>
    </message>
    <message>
        <source>signed by %1 (your key %2)</source>
        <translation>signiert von %1 (Ihr Schlüssel %2)</translation>
    </message>
    <message>
        <source>signed by %1 (key %2)</source>
        <translation>signiert von %1 (Schlüssel %2)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
</context>
</TS>
