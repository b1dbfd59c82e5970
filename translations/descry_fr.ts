<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>descry</name>
    <message>
        <source>%1 UTC  %2</source>
        <translation>%1 UTC  %2</translation>
    </message>
    <message>
        <source>evidence role must be &apos;probe&apos; or &apos;reference&apos;, not &apos;%1&apos;</source>
        <translation>le rôle de la pièce doit être &apos;probe&apos; ou &apos;reference&apos;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: evidence file is missing (%2)</source>
        <translation>%1 : fichier de pièce manquant (%2)</translation>
    </message>
    <message>
        <source>%1: evidence file has changed since it was loaded (%2; expected SHA-256 %3, found %4)</source>
        <translation>%1 : le fichier de pièce a été modifié depuis son chargement (%2 ; SHA-256 attendu %3, trouvé %4)</translation>
    </message>
    <message>
        <source>all concepts on</source>
        <translation>tous les concepts actifs</translation>
    </message>
    <message>
        <source>concepts off: %1</source>
        <translation>concepts désactivés : %1</translation>
    </message>
    <message>
        <source>analysis locked by %1</source>
        <translation>analyse verrouillée par %1</translation>
    </message>
    <message>
        <source>the analysis is locked; changes must be recorded as amendments</source>
        <translation>l’analyse est verrouillée ; les modifications doivent être consignées comme avenants</translation>
    </message>
    <message>
        <source>not a Descry case file (format &apos;%1&apos;, expected &apos;%2&apos;)</source>
        <translation>ce n’est pas un fichier de dossier Descry (format &apos;%1&apos;, attendu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>case: member &apos;result&apos; must be an object or null</source>
        <translation>dossier : le membre &apos;result&apos; doit être un objet ou null</translation>
    </message>
    <message>
        <source>case: member &apos;what_if_disabled&apos; must list concept indices</source>
        <translation>dossier : le membre &apos;what_if_disabled&apos; doit lister des indices de concepts</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Peau</translation>
    </message>
    <message>
        <source>Face/Head Outline</source>
        <translation>Contour du visage/de la tête</translation>
    </message>
    <message>
        <source>Face/Head Composition</source>
        <translation>Composition du visage/de la tête</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Cheveux</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Eyebrows</source>
        <translation>Sourcils</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Yeux</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Joues</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nez</translation>
    </message>
    <message>
        <source>Ears</source>
        <translation>Oreilles</translation>
    </message>
    <message>
        <source>Mouth</source>
        <translation>Bouche</translation>
    </message>
    <message>
        <source>Chin/Jawline</source>
        <translation>Menton/ligne de la mâchoire</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cou</translation>
    </message>
    <message>
        <source>Facial Hair</source>
        <translation>Pilosité faciale</translation>
    </message>
    <message>
        <source>Facial Lines</source>
        <translation>Rides du visage</translation>
    </message>
    <message>
        <source>Scars</source>
        <translation>Cicatrices</translation>
    </message>
    <message>
        <source>Facial Marks</source>
        <translation>Marques faciales</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Altérations</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similaire</translation>
    </message>
    <message>
        <source>Dissimilar</source>
        <translation>Dissemblable</translation>
    </message>
    <message>
        <source>Not assessable</source>
        <translation>Non évaluable</translation>
    </message>
    <message>
        <source>the analysis is locked; record an amendment to change &apos;%1&apos;</source>
        <translation>l’analyse est verrouillée ; consignez un avenant pour modifier &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;</source>
        <translation>composant inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the analysis is already locked</source>
        <translation>l’analyse est déjà verrouillée</translation>
    </message>
    <message>
        <source>an examiner name is needed to lock the analysis</source>
        <translation>le nom de l’examinateur est requis pour verrouiller l’analyse</translation>
    </message>
    <message>
        <source>the analysis is not locked; edit &apos;%1&apos; directly</source>
        <translation>l’analyse n’est pas verrouillée ; modifiez &apos;%1&apos; directement</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>un avenant nécessite un motif</translation>
    </message>
    <message>
        <source>the amendment of &apos;%1&apos; changes nothing</source>
        <translation>l’avenant de &apos;%1&apos; ne change rien</translation>
    </message>
    <message>
        <source>examiner notes: %1</source>
        <translation>notes de l’examinateur : %1</translation>
    </message>
    <message>
        <source>&apos;locked&apos; needs a UTC time, an examiner and a snapshot of every component</source>
        <translation>&apos;locked&apos; nécessite une heure UTC, un examinateur et un instantané de chaque composant</translation>
    </message>
    <message>
        <source>amendments found but the analysis is not locked</source>
        <translation>des avenants existent mais l’analyse n’est pas verrouillée</translation>
    </message>
    <message>
        <source>amendment %1 is malformed or does not follow the recorded state</source>
        <translation>l’avenant %1 est mal formé ou ne suit pas l’état consigné</translation>
    </message>
    <message>
        <source>locked assessments differ from the lock-time record and its amendments</source>
        <translation>les évaluations verrouillées diffèrent de l’état consigné au verrouillage et de ses avenants</translation>
    </message>
    <message>
        <source>cannot open for reading (%1)</source>
        <translation>ouverture en lecture impossible (%1)</translation>
    </message>
    <message>
        <source>hashing cancelled</source>
        <translation>calcul de l’empreinte annulé</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>erreur de lecture (%1)</translation>
    </message>
    <message>
        <source>%1: member &apos;%2&apos; %3</source>
        <translation>%1 : le membre &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>expected a JSON object at top level</source>
        <translation>un objet JSON est attendu au niveau supérieur</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>doit être un entier</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>tensor error: %1</source>
        <translation>erreur de tenseur : %1</translation>
    </message>
    <message>
        <source>image processing error: %1</source>
        <translation>erreur de traitement d’image : %1</translation>
    </message>
    <message>
        <source>face library error: %1</source>
        <translation>erreur de la bibliothèque de visages : %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>unknown internal error</source>
        <translation>erreur interne inconnue</translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos;</source>
        <translation>membre inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; must be a non-empty string</source>
        <translation>le membre &apos;%1&apos; doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; (&apos;%2&apos;) must be lower-case letters and digits separated by &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>le membre &apos;%1&apos; (&apos;%2&apos;) doit être composé de minuscules et de chiffres séparés par &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; item #%2 must be an object</source>
        <translation>le membre &apos;%1&apos;, élément n° %2, doit être un objet</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; must be a non-empty array</source>
        <translation>le membre &apos;%1&apos; doit être un tableau non vide</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau supérieur</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation>format non pris en charge &apos;%1&apos; (attendu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>component #%1</source>
        <translation>composant n° %1</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>identifiant en double &apos;%1&apos;</translation>
    </message>
    <message>
        <source>component &apos;%1&apos;</source>
        <translation>composant &apos;%1&apos;</translation>
    </message>
    <message>
        <source>, measurement</source>
        <translation>, mesure</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is already measured by characteristic &apos;%2&apos;</source>
        <translation>la grandeur &apos;%1&apos; est déjà mesurée par la caractéristique &apos;%2&apos;</translation>
    </message>
    <message>
        <source>, characteristic #%1</source>
        <translation>, caractéristique n° %1</translation>
    </message>
    <message>
        <source>, characteristic &apos;%1&apos;</source>
        <translation>, caractéristique &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;descriptors&apos; must hold at least 2 descriptors (it holds %1)</source>
        <translation>le membre &apos;descriptors&apos; doit contenir au moins 2 descripteurs (il en contient %1)</translation>
    </message>
    <message>
        <source>, descriptor #%1</source>
        <translation>, descripteur n° %1</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must be &apos;%2&lt;grade name&gt;&apos;</source>
        <translation>l’identifiant &apos;%1&apos; doit être &apos;%2&lt;nom du niveau&gt;&apos;</translation>
    </message>
    <message>
        <source>member &apos;prompts&apos; must be a non-empty array of strings</source>
        <translation>le membre &apos;prompts&apos; doit être un tableau de chaînes non vide</translation>
    </message>
    <message>
        <source>member &apos;prompts&apos; item #%1 is empty</source>
        <translation>le membre &apos;prompts&apos;, élément n° %1, est vide</translation>
    </message>
    <message>
        <source>a measured characteristic needs a &apos;grade&apos; on every descriptor</source>
        <translation>une caractéristique mesurée nécessite un &apos;grade&apos; pour chaque descripteur</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; is missing although other descriptors of the characteristic have one</source>
        <translation>le membre &apos;grade&apos; est manquant alors que d’autres descripteurs de la caractéristique en ont un</translation>
    </message>
    <message>
        <source>grade %1 must be greater than grade %2 of descriptor #%3 (grades increase strictly)</source>
        <translation>le niveau %1 doit être supérieur au niveau %2 du descripteur n° %3 (les niveaux sont strictement croissants)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>expected &apos;npm PACKAGE@VERSION FOLDER TARBALL SHA256&apos;</source>
        <translation>attendu : &apos;npm PACKAGE@VERSION FOLDER TARBALL SHA256&apos;</translation>
    </message>
    <message>
        <source>expected &apos;%1 PATH SHA256%2&apos;</source>
        <translation>attendu : &apos;%1 PATH SHA256%2&apos;</translation>
    </message>
    <message>
        <source>unknown entry kind &apos;%1&apos;</source>
        <translation>type d’entrée inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>built-in asset lock missing</source>
        <translation>fichier de verrouillage des ressources intégré manquant</translation>
    </message>
    <message>
        <source>model asset missing; run packaging/setup.sh</source>
        <translation>ressource de modèle manquante ; exécutez packaging/setup.sh</translation>
    </message>
    <message>
        <source>model asset fails its SHA-256 check (expected %1)</source>
        <translation>la ressource de modèle échoue au contrôle SHA-256 (attendu %1)</translation>
    </message>
    <message>
        <source>no pinned asset named &apos;%1&apos;</source>
        <translation>aucune ressource épinglée nommée &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the reference BLAS is in use (~30x slower): install libopenblas0-pthread</source>
        <translation>la BLAS de référence est utilisée (~30x plus lente) : installez libopenblas0-pthread</translation>
    </message>
    <message>
        <source>could not identify the BLAS library in use</source>
        <translation>impossible d’identifier la bibliothèque BLAS utilisée</translation>
    </message>
    <message>
        <source>LibTorch runs with 1 intra-op thread on a %1-core machine</source>
        <translation>LibTorch s’exécute avec 1 thread intra-op sur une machine à %1 cœurs</translation>
    </message>
    <message>
        <source>intra-op threads (%1) differ from cores (%2)</source>
        <translation>les threads intra-op (%1) diffèrent du nombre de cœurs (%2)</translation>
    </message>
    <message>
        <source>Descry doctor</source>
        <translation>Diagnostic Descry</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>float32 GEMM %1x%1: %2 GFLOP/s</source>
        <translation>GEMM float32 %1x%1 : %2 GFLOP/s</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>intra-op %1, cores %2</source>
        <translation>intra-op %1, cœurs %2</translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <translation>Ressources (%1)</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problème : %1</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Toutes les vérifications ont réussi.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>probabilities and labels differ in number</source>
        <translation>les probabilités et les étiquettes diffèrent en nombre</translation>
    </message>
    <message>
        <source>labels must be 0 or 1</source>
        <translation>les étiquettes doivent valoir 0 ou 1</translation>
    </message>
    <message>
        <source>a probability is not finite</source>
        <translation>une probabilité n’est pas finie</translation>
    </message>
    <message>
        <source>chest X-ray decomposition: %1 scores, %2 weights (expected %3) and %4 biases</source>
        <translation>décomposition de radiographie thoracique : %1 scores, %2 poids (attendu %3) et %4 biais</translation>
    </message>
    <message>
        <source>face what-if: %1 mask entries for %2 descriptors</source>
        <translation>simulation faciale : %1 entrées de masque pour %2 descripteurs</translation>
    </message>
    <message>
        <source>weights manifest lacks weight &apos;%1&apos;</source>
        <translation>le manifeste des poids ne contient pas le poids &apos;%1&apos;</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has shape %2, expected %3</source>
        <translation>le poids &apos;%1&apos; a la forme %2, attendu %3</translation>
    </message>
    <message>
        <source>chip %1 is an empty image</source>
        <translation>la vignette %1 est une image vide</translation>
    </message>
    <message>
        <source>chip %1 is %2x%3; expected an aligned %4x%4 chip</source>
        <translation>la vignette %1 mesure %2x%3 ; une vignette alignée de %4x%4 est attendue</translation>
    </message>
    <message>
        <source>expected a 68-point shape predictor</source>
        <translation>un prédicteur de forme à 68 points est attendu</translation>
    </message>
    <message>
        <source>empty image</source>
        <translation>image vide</translation>
    </message>
    <message>
        <source>eyes only %1 px apart (need at least %2)</source>
        <translation>yeux distants de seulement %1 px (au moins %2 requis)</translation>
    </message>
    <message>
        <source>head turned about %1 degrees (limit %2)</source>
        <translation>tête tournée d’environ %1 degrés (limite %2)</translation>
    </message>
    <message>
        <source>image too blurred (sharpness %1, need %2)</source>
        <translation>image trop floue (netteté %1, requise %2)</translation>
    </message>
    <message>
        <source>weights manifest: an entry has no name</source>
        <translation>manifeste des poids : une entrée n’a pas de nom</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has unsupported dtype &apos;%2&apos;</source>
        <translation>manifeste des poids : le poids &apos;%1&apos; a un type de données non pris en charge &apos;%2&apos;</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has no shape</source>
        <translation>manifeste des poids : le poids &apos;%1&apos; n’a pas de forme</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has a bad shape</source>
        <translation>manifeste des poids : le poids &apos;%1&apos; a une forme incorrecte</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; lacks quantization scale/min</source>
        <translation>manifeste des poids : il manque l’échelle/le minimum de quantification du poids &apos;%1&apos;</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has unsupported quantization &apos;%2&apos;</source>
        <translation>manifeste des poids : le poids &apos;%1&apos; a une quantification non prise en charge &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read weights manifest: %1</source>
        <translation>lecture du manifeste des poids impossible : %1</translation>
    </message>
    <message>
        <source>weights manifest is not valid JSON: %1</source>
        <translation>le manifeste des poids n’est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>weights manifest must be a non-empty array of weight groups</source>
        <translation>le manifeste des poids doit être un tableau non vide de groupes de poids</translation>
    </message>
    <message>
        <source>weights manifest: a group has no &apos;weights&apos; array</source>
        <translation>manifeste des poids : un groupe n’a pas de tableau &apos;weights&apos;</translation>
    </message>
    <message>
        <source>cannot read weights: %1</source>
        <translation>lecture des poids impossible : %1</translation>
    </message>
    <message>
        <source>weights file has %1 bytes but its manifest describes %2 (truncated or mismatched)</source>
        <translation>le fichier de poids fait %1 octets mais son manifeste en décrit %2 (tronqué ou incohérent)</translation>
    </message>
    <message>
        <source>weights manifest lists weight &apos;%1&apos; twice</source>
        <translation>le manifeste des poids liste le poids &apos;%1&apos; deux fois</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot decode image (%1)</source>
        <translation>impossible de décoder l’image (%1)</translation>
    </message>
    <message>
        <source>concept head input: %1</source>
        <translation>entrée de la tête de concepts : %1</translation>
    </message>
    <message>
        <source>descriptor embeddings hold %1 values, expected %2 × %3</source>
        <translation>les plongements des descripteurs contiennent %1 valeurs, attendu %2 × %3</translation>
    </message>
    <message>
        <source>neither an embedding nor direct scores given</source>
        <translation>ni plongement ni scores directs fournis</translation>
    </message>
    <message>
        <source>no concept head module</source>
        <translation>aucun module de tête de concepts</translation>
    </message>
    <message>
        <source>catalog has no measurable descriptors</source>
        <translation>le catalogue n’a aucun descripteur mesurable</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>lecture impossible (%1)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing (manifest.json lists it)</source>
        <translation>le tenseur &apos;%1&apos; est manquant (manifest.json le liste)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, manifest says %3</source>
        <translation>le tenseur &apos;%1&apos; a la forme %2, le manifeste indique %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not listed in manifest.json</source>
        <translation>le tenseur &apos;%1&apos; n’est pas listé dans manifest.json</translation>
    </message>
    <message>
        <source>listed in manifest.json but missing</source>
        <translation>listé dans manifest.json mais manquant</translation>
    </message>
    <message>
        <source>is a broken symbolic link</source>
        <translation>est un lien symbolique rompu</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>resolves outside the pack folder</source>
        <translation>pointe hors du dossier du paquet</translation>
    </message>
    <message>
        <source>model pack folder not found</source>
        <translation>dossier du paquet de modèle introuvable</translation>
    </message>
    <message>
        <source>missing: the folder is not a model pack</source>
        <translation>manquant : le dossier n’est pas un paquet de modèle</translation>
    </message>
    <message>
        <source>SHA-256 mismatch (file modified or corrupt)</source>
        <translation>SHA-256 non concordant (fichier modifié ou corrompu)</translation>
    </message>
    <message>
        <source>present but not listed in manifest.json (ignored)</source>
        <translation>présent mais non listé dans manifest.json (ignoré)</translation>
    </message>
    <message>
        <source>zipped packs are not supported yet: unzip it and give the folder</source>
        <translation>les paquets compressés ne sont pas encore pris en charge : décompressez-le et indiquez le dossier</translation>
    </message>
    <message>
        <source>not a model pack (expected a pack folder or its manifest.json)</source>
        <translation>ce n’est pas un paquet de modèle (un dossier de paquet ou son manifest.json est attendu)</translation>
    </message>
    <message>
        <source>model pack not found (no such folder, and no pack of that name in: %1)</source>
        <translation>paquet de modèle introuvable (aucun dossier de ce nom et aucun paquet de ce nom dans : %1)</translation>
    </message>
    <message>
        <source>not a tensor file of this pack (manifest.json lists no tensors for it)</source>
        <translation>ce n’est pas un fichier de tenseurs de ce paquet (manifest.json ne liste aucun tenseur pour lui)</translation>
    </message>
    <message>
        <source>cannot be written into a pack: %1</source>
        <translation>ne peut pas être écrit dans un paquet : %1</translation>
    </message>
    <message>
        <source>given both as a tensor file and as another file</source>
        <translation>fourni à la fois comme fichier de tenseurs et comme autre fichier</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: member &apos;sources&apos; must not be empty</source>
        <translation>%1 : le membre &apos;sources&apos; ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 doit être un objet</translation>
    </message>
    <message>
        <source>%1: member &apos;files&apos; must be an array of strings</source>
        <translation>%1 : le membre &apos;files&apos; doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>files: &apos;%1&apos;: %2</source>
        <translation>files : &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>files: &apos;%1&apos;: value must be a 64-digit hex SHA-256</source>
        <translation>files : &apos;%1&apos; : la valeur doit être un SHA-256 hexadécimal de 64 chiffres</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos; is not listed in &apos;files&apos;</source>
        <translation>tensors : &apos;%1&apos; n’est pas listé dans &apos;files&apos;</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos; must map tensor names to shapes</source>
        <translation>tensors : &apos;%1&apos; doit associer des noms de tenseurs à des formes</translation>
    </message>
    <message>
        <source>tensors: no entry for &apos;%1&apos; (expected tensor names and shapes)</source>
        <translation>tensors : aucune entrée pour &apos;%1&apos; (noms et formes de tenseurs attendus)</translation>
    </message>
    <message>
        <source>head: &apos;alpha&apos; must lie in [0, 1], not %1</source>
        <translation>head : &apos;alpha&apos; doit être dans [0, 1], et non %1</translation>
    </message>
    <message>
        <source>head: &apos;tau&apos; must be positive, not %1</source>
        <translation>head : &apos;tau&apos; doit être positif, et non %1</translation>
    </message>
    <message>
        <source>manifest: member &apos;calibration&apos; is missing (a face pack needs a threshold)</source>
        <translation>manifeste : le membre &apos;calibration&apos; est manquant (un paquet facial nécessite un seuil)</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>chemin vide</translation>
    </message>
    <message>
        <source>backslashes are not allowed (use &apos;/&apos;)</source>
        <translation>les barres obliques inverses ne sont pas autorisées (utilisez &apos;/&apos;)</translation>
    </message>
    <message>
        <source>absolute paths are not allowed</source>
        <translation>les chemins absolus ne sont pas autorisés</translation>
    </message>
    <message>
        <source>&apos;..&apos; would leave the pack folder</source>
        <translation>&apos;..&apos; sortirait du dossier du paquet</translation>
    </message>
    <message>
        <source>malformed path (empty or &apos;.&apos; component)</source>
        <translation>chemin mal formé (composant vide ou &apos;.&apos;)</translation>
    </message>
    <message>
        <source>the manifest cannot list itself</source>
        <translation>le manifeste ne peut pas se lister lui-même</translation>
    </message>
    <message>
        <source>unsupported pack format &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation>format de paquet non pris en charge &apos;%1&apos; (attendu &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>manifest: member &apos;%1&apos; is empty</source>
        <translation>manifeste : le membre &apos;%1&apos; est vide</translation>
    </message>
    <message>
        <source>manifest: unknown task &apos;%1&apos; (expected one of: %2)</source>
        <translation>manifeste : tâche inconnue &apos;%1&apos; (attendu l’une de : %2)</translation>
    </message>
    <message>
        <source>descriptors: &apos;sha256&apos; must be a 64-digit hex SHA-256</source>
        <translation>descriptors : &apos;sha256&apos; doit être un SHA-256 hexadécimal de 64 chiffres</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: header entry is not an object</source>
        <translation>tenseur &apos;%1&apos; : l’entrée d’en-tête n’est pas un objet</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: missing or non-string &apos;dtype&apos;</source>
        <translation>tenseur &apos;%1&apos; : &apos;dtype&apos; manquant ou non textuel</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: unknown dtype &apos;%2&apos;</source>
        <translation>tenseur &apos;%1&apos; : type de données inconnu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: missing or non-array &apos;shape&apos;</source>
        <translation>tenseur &apos;%1&apos; : &apos;shape&apos; manquant ou n’est pas un tableau</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape must hold non-negative integers</source>
        <translation>tenseur &apos;%1&apos; : la forme doit contenir des entiers non négatifs</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: &apos;data_offsets&apos; must be two non-negative integers</source>
        <translation>tenseur &apos;%1&apos; : &apos;data_offsets&apos; doit contenir deux entiers non négatifs</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: data_offsets [%2, %3] are reversed</source>
        <translation>tenseur &apos;%1&apos; : data_offsets [%2, %3] sont inversés</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape %2 of dtype %3 needs %4 bytes but data_offsets [%5, %6] span %7</source>
        <translation>tenseur &apos;%1&apos; : la forme %2 de type %3 nécessite %4 octets mais data_offsets [%5, %6] couvre %7</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>trop</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: data_offsets [%2, %3] run past the end of the data (%4 bytes; file truncated?)</source>
        <translation>tenseur &apos;%1&apos; : data_offsets [%2, %3] dépasse la fin des données (%4 octets ; fichier tronqué ?)</translation>
    </message>
    <message>
        <source>not a safetensors file: %1 bytes, shorter than the 8-byte header length</source>
        <translation>ce n’est pas un fichier safetensors : %1 octets, moins que la longueur d’en-tête de 8 octets</translation>
    </message>
    <message>
        <source>not a safetensors file: implausible header length %1</source>
        <translation>ce n’est pas un fichier safetensors : longueur d’en-tête invraisemblable %1</translation>
    </message>
    <message>
        <source>header length %1 exceeds the file size (%2 bytes; file truncated?)</source>
        <translation>la longueur d’en-tête %1 dépasse la taille du fichier (%2 octets ; fichier tronqué ?)</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>l’en-tête n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>header is not valid JSON (%1 at byte %2)</source>
        <translation>l’en-tête n’est pas un JSON valide (%1 à l’octet %2)</translation>
    </message>
    <message>
        <source>&apos;__metadata__&apos; must map strings to strings</source>
        <translation>&apos;__metadata__&apos; doit associer des chaînes à des chaînes</translation>
    </message>
    <message>
        <source>tensors &apos;%1&apos; and &apos;%2&apos; overlap in the data buffer</source>
        <translation>les tenseurs &apos;%1&apos; et &apos;%2&apos; se chevauchent dans le tampon de données</translation>
    </message>
    <message>
        <source>%1 bytes before tensor &apos;%2&apos; belong to no tensor (gap in the data buffer)</source>
        <translation>%1 octets avant le tenseur &apos;%2&apos; n’appartiennent à aucun tenseur (trou dans le tampon de données)</translation>
    </message>
    <message>
        <source>%1 bytes of trailing data after the last tensor</source>
        <translation>%1 octets de données excédentaires après le dernier tenseur</translation>
    </message>
    <message>
        <source>invalid tensor name &apos;%1&apos;</source>
        <translation>nom de tenseur non valide &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: %2 bytes do not fit shape %3 of dtype %4</source>
        <translation>tenseur &apos;%1&apos; : %2 octets ne correspondent pas à la forme %3 de type %4</translation>
    </message>
    <message>
        <source>metadata value &apos;%1&apos; is not a string</source>
        <translation>la valeur de métadonnée &apos;%1&apos; n’est pas une chaîne</translation>
    </message>
    <message>
        <source>invalid concept head configuration: %1</source>
        <translation>configuration de la tête de concepts non valide : %1</translation>
    </message>
    <message>
        <source>comparison cancelled</source>
        <translation>comparaison annulée</translation>
    </message>
    <message>
        <source>Analysing the probe</source>
        <translation>Analyse de la photo litigieuse</translation>
    </message>
    <message>
        <source>Analysing the reference</source>
        <translation>Analyse de la photo de référence</translation>
    </message>
    <message>
        <source>Scoring descriptors</source>
        <translation>Évaluation des descripteurs</translation>
    </message>
    <message>
        <source>probe: %1</source>
        <translation>photo litigieuse : %1</translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation>photo de référence : %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The comparison is inconclusive because of image quality: %1.</source>
        <translation>La comparaison n’est pas concluante en raison de la qualité d’image : %1.</translation>
    </message>
    <message>
        <source>The model&apos;s score %1 is at or above the calibrated threshold %2: the faces are scored as the same person.</source>
        <translation>Le score du modèle %1 est supérieur ou égal au seuil calibré %2 : les visages sont évalués comme appartenant à la même personne.</translation>
    </message>
    <message>
        <source>The model&apos;s score %1 is below the calibrated threshold %2: the faces are scored as different people.</source>
        <translation>Le score du modèle %1 est inférieur au seuil calibré %2 : les visages sont évalués comme appartenant à des personnes différentes.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): both faces show &quot;%4&quot; (%5 vs %6), adding %7 to the score.</source>
        <translation>%1 – %2 (%3) : les deux visages présentent « %4 » (%5 contre %6), ce qui ajoute %7 au score.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): the probe shows &quot;%4&quot; but the reference shows &quot;%5&quot; (overlap %6).</source>
        <translation>%1 – %2 (%3) : la photo litigieuse présente « %4 » mais la photo de référence présente « %5 » (recouvrement %6).</translation>
    </message>
    <message>
        <source>No single characteristic differs clearly; the score is low because many small differences add up.</source>
        <translation>Aucune caractéristique ne diffère nettement ; le score est bas parce que de nombreuses petites différences s’additionnent.</translation>
    </message>
    <message>
        <source>The black-box baseline (dlib ResNet) scores %1 against its threshold %2 (%3)%4.</source>
        <translation>La référence boîte noire (dlib ResNet) obtient %1 face à son seuil %2 (%3)%4.</translation>
    </message>
    <message>
        <source>, which disagrees with the explainable model</source>
        <translation>, ce qui contredit le modèle explicable</translation>
    </message>
    <message>
        <source>line %1: expected &apos;path1,path2,same&apos;</source>
        <translation>ligne %1 : attendu &apos;path1,path2,same&apos;</translation>
    </message>
    <message>
        <source>line %1: &apos;same&apos; must be 0 or 1</source>
        <translation>ligne %1 : &apos;same&apos; doit valoir 0 ou 1</translation>
    </message>
    <message>
        <source>no pairs found</source>
        <translation>aucune paire trouvée</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>vérification annulée</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (fonts and painting)</source>
        <translation>les rapports PDF nécessitent une QGuiApplication (polices et dessin)</translation>
    </message>
    <message>
        <source>cannot start painting the PDF report</source>
        <translation>impossible de commencer à dessiner le rapport PDF</translation>
    </message>
    <message>
        <source>faces folder not found</source>
        <translation>dossier des visages introuvable</translation>
    </message>
    <message>
        <source>feature extraction cancelled</source>
        <translation>extraction des caractéristiques annulée</translation>
    </message>
    <message>
        <source>head training: %1</source>
        <translation>entraînement de la tête : %1</translation>
    </message>
    <message>
        <source>face decomposition: %1 probe scores but %2 reference scores</source>
        <translation>décomposition faciale : %1 scores litigieux mais %2 scores de référence</translation>
    </message>
    <message>
        <source>face decomposition: the aggregation matrix (%1 values) does not have %2 rows</source>
        <translation>décomposition faciale : la matrice d’agrégation (%1 valeurs) n’a pas %2 lignes</translation>
    </message>
    <message>
        <source>face decomposition: the bias has %1 values, expected %2</source>
        <translation>décomposition faciale : le biais a %1 valeurs, attendu %2</translation>
    </message>
    <message>
        <source>%1 embeddings but %2 direct score vectors</source>
        <translation>%1 plongements mais %2 vecteurs de scores directs</translation>
    </message>
    <message>
        <source>this head takes no image embedding</source>
        <translation>cette tête ne prend pas de plongement d’image</translation>
    </message>
    <message>
        <source>this head takes no direct scores</source>
        <translation>cette tête ne prend pas de scores directs</translation>
    </message>
    <message>
        <source>an embedding has %1 values (expected %2 finite values)</source>
        <translation>un plongement a %1 valeurs (%2 valeurs finies attendues)</translation>
    </message>
    <message>
        <source>a direct score vector has %1 values (expected %2 finite values)</source>
        <translation>un vecteur de scores directs a %1 valeurs (%2 valeurs finies attendues)</translation>
    </message>
    <message>
        <source>the concept head&apos;s descriptor embeddings are not loaded</source>
        <translation>les plongements des descripteurs de la tête de concepts ne sont pas chargés</translation>
    </message>
    <message>
        <source>the aggregated width m must be at least 1</source>
        <translation>la largeur agrégée m doit valoir au moins 1</translation>
    </message>
    <message>
        <source>the embedding width and the number of direct scores must not be negative</source>
        <translation>la largeur du plongement et le nombre de scores directs ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>there are no concepts (groupOf is empty)</source>
        <translation>il n’y a aucun concept (groupOf est vide)</translation>
    </message>
    <message>
        <source>%1 direct scores but only %2 concepts</source>
        <translation>%1 scores directs mais seulement %2 concepts</translation>
    </message>
    <message>
        <source>%1 descriptor concepts need an embedding width d &gt; 0</source>
        <translation>%1 concepts de descripteurs nécessitent une largeur de plongement d &gt; 0</translation>
    </message>
    <message>
        <source>reduction r = %1 does not fit embedding width d = %2</source>
        <translation>la réduction r = %1 ne convient pas à la largeur de plongement d = %2</translation>
    </message>
    <message>
        <source>the temperature tau must be positive</source>
        <translation>la température tau doit être positive</translation>
    </message>
    <message>
        <source>alpha must lie in [0, 1]</source>
        <translation>alpha doit être dans [0, 1]</translation>
    </message>
    <message>
        <source>group ids must not be negative</source>
        <translation>les identifiants de groupe ne doivent pas être négatifs</translation>
    </message>
    <message>
        <source>group id %1 is unused (ids must be 0..G−1)</source>
        <translation>l’identifiant de groupe %1 est inutilisé (les identifiants doivent être 0..G−1)</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos; (expected %2)</source>
        <translation>&apos;%1&apos; manquant (attendu %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has shape %2, expected %3</source>
        <translation>&apos;%1&apos; a la forme %2, attendu %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a floating-point tensor</source>
        <translation>&apos;%1&apos; n’est pas un tenseur à virgule flottante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds non-finite values</source>
        <translation>&apos;%1&apos; contient des valeurs non finies</translation>
    </message>
    <message>
        <source>&apos;T&apos; has a zero row</source>
        <translation>&apos;T&apos; a une ligne nulle</translation>
    </message>
    <message>
        <source>&apos;alpha&apos; = %1 lies outside [0, 1]</source>
        <translation>&apos;alpha&apos; = %1 est hors de [0, 1]</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inattendu</translation>
    </message>
    <message>
        <source>head tensors do not match the head configuration: %1</source>
        <translation>les tenseurs de la tête ne correspondent pas à sa configuration : %1</translation>
    </message>
    <message>
        <source>no head</source>
        <translation>aucune tête</translation>
    </message>
    <message>
        <source>labels must be a non-empty vector</source>
        <translation>les étiquettes doivent former un vecteur non vide</translation>
    </message>
    <message>
        <source>embeddings must be %1 × %2</source>
        <translation>les plongements doivent être %1 × %2</translation>
    </message>
    <message>
        <source>direct scores must be %1 × %2</source>
        <translation>les scores directs doivent être %1 × %2</translation>
    </message>
    <message>
        <source>the head&apos;s descriptor embeddings are not set</source>
        <translation>les plongements des descripteurs de la tête ne sont pas définis</translation>
    </message>
    <message>
        <source>epochs, batch size and learning rate must be positive</source>
        <translation>les époques, la taille de lot et le taux d’apprentissage doivent être positifs</translation>
    </message>
    <message>
        <source>labels must lie in 0..%1</source>
        <translation>les étiquettes doivent être dans 0..%1</translation>
    </message>
    <message>
        <source>the training inputs hold non-finite values</source>
        <translation>les entrées d’entraînement contiennent des valeurs non finies</translation>
    </message>
    <message>
        <source>head training cancelled</source>
        <translation>entraînement de la tête annulé</translation>
    </message>
    <message>
        <source>head training diverged (loss %1 in epoch %2)</source>
        <translation>l’entraînement de la tête a divergé (perte %1 à l’époque %2)</translation>
    </message>
    <message>
        <source>scores, labels and folds differ in number</source>
        <translation>les scores, les étiquettes et les plis diffèrent en nombre</translation>
    </message>
    <message>
        <source>a score is not finite</source>
        <translation>un score n’est pas fini</translation>
    </message>
    <message>
        <source>pair labels must be 0 or 1</source>
        <translation>les étiquettes de paires doivent valoir 0 ou 1</translation>
    </message>
    <message>
        <source>fold numbers must lie in 0..9</source>
        <translation>les numéros de pli doivent être dans 0..9</translation>
    </message>
    <message>
        <source>no pairs</source>
        <translation>aucune paire</translation>
    </message>
    <message>
        <source>both genuine and impostor pairs are needed for AUC and TAR at FAR</source>
        <translation>des paires authentiques et des paires d’imposteurs sont nécessaires pour l’AUC et le TAR à FAR donné</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <source> (default: %1)</source>
        <translation> (par défaut : %1)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (répétable)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l’une des valeurs %1</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>un entier de %1 à %2</translation>
    </message>
    <message>
        <source>a number &gt; %1 and &lt;= %2</source>
        <translation>un nombre &gt; %1 et &lt;= %2</translation>
    </message>
    <message>
        <source>a number &gt; %1</source>
        <translation>un nombre &gt; %1</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>a number &gt;= %1</source>
        <translation>un nombre &gt;= %1</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &apos;%3&apos;</source>
        <translation>--%1 doit être %2, et non &apos;%3&apos;</translation>
    </message>
    <message>
        <source>descry-cli: internal error: option --%1 is not declared</source>
        <translation>descry-cli : erreur interne : l’option --%1 n’est pas déclarée</translation>
    </message>
    <message>
        <source>descry-cli: internal error: --%1&apos;s declared range exceeds its type</source>
        <translation>descry-cli : erreur interne : la plage déclarée de --%1 dépasse son type</translation>
    </message>
    <message>
        <source>usage: %1
</source>
        <translation>utilisation : %1
</translation>
    </message>
    <message>
        <source>
arguments:
</source>
        <translation>
arguments :
</translation>
    </message>
    <message>
        <source>
options:
</source>
        <translation>
options :
</translation>
    </message>
    <message>
        <source>%1: %2 (usage: %3)</source>
        <translation>%1 : %2 (utilisation : %3)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option inconnue &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>l’option &apos;--%1&apos; n’accepte pas de valeur</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation>l’option &apos;--%1&apos; nécessite une valeur (%2)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; given more than once</source>
        <translation>l’option &apos;--%1&apos; est indiquée plusieurs fois</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; is required</source>
        <translation>l’option &apos;--%1&apos; est obligatoire</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>erreur d’utilisation</translation>
    </message>
    <message>
        <source>input error (unreadable or corrupt file, no face found)</source>
        <translation>erreur d’entrée (fichier illisible ou corrompu, aucun visage trouvé)</translation>
    </message>
    <message>
        <source>model or pack error</source>
        <translation>erreur de modèle ou de paquet</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>erreur interne</translation>
    </message>
    <message>
        <source>usage: descry-cli COMMAND [ARGUMENTS] [OPTIONS]
&apos;descry-cli COMMAND --help&apos; or &apos;descry-cli help COMMAND&apos; shows a command&apos;s options.
</source>
        <translation>utilisation : descry-cli COMMAND [ARGUMENTS] [OPTIONS]
&apos;descry-cli COMMAND --help&apos; ou &apos;descry-cli help COMMAND&apos; affiche les options d’une commande.
</translation>
    </message>
    <message>
        <source>
commands:
</source>
        <translation>
commandes :
</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>
exit codes:
</source>
        <translation>
codes de sortie :
</translation>
    </message>
    <message>
        <source>usage: descry-cli %1 %2 ...
</source>
        <translation>utilisation : descry-cli %1 %2 ...
</translation>
    </message>
    <message>
        <source>
subcommands:
</source>
        <translation>
sous-commandes :
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try &apos;descry-cli help&apos;)</source>
        <translation>commande inconnue &apos;%1&apos; (essayez &apos;descry-cli help&apos;)</translation>
    </message>
    <message>
        <source>list the commands, or show one command&apos;s arguments and options</source>
        <translation>lister les commandes, ou afficher les arguments et les options d’une commande</translation>
    </message>
    <message>
        <source>a command, e.g. &apos;compare&apos; or &apos;train face&apos;</source>
        <translation>une commande, par ex. &apos;compare&apos; ou &apos;train face&apos;</translation>
    </message>
    <message>
        <source>print the declarations (arguments, options) as one JSON object</source>
        <translation>afficher les déclarations (arguments, options) sous la forme d’un seul objet JSON</translation>
    </message>
    <message>
        <source>%1: missing subcommand (expected %2)</source>
        <translation>%1 : sous-commande manquante (attendu %2)</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos; (expected %3)</source>
        <translation>%1 : sous-commande inconnue &apos;%2&apos; (attendu %3)</translation>
    </message>
    <message>
        <source>no command given (try &apos;descry-cli help&apos;)</source>
        <translation>aucune commande indiquée (essayez &apos;descry-cli help&apos;)</translation>
    </message>
    <message>
        <source>print one JSON object on stdout instead of text</source>
        <translation>afficher un objet JSON sur stdout au lieu du texte</translation>
    </message>
    <message>
        <source>model pack: a folder, its manifest.json or an installed pack name</source>
        <translation>paquet de modèle : un dossier, son manifest.json ou le nom d’un paquet installé</translation>
    </message>
    <message>
        <source>Decision: %1  (score %2, threshold %3)
</source>
        <translation>Décision : %1  (score %2, seuil %3)
</translation>
    </message>
    <message>
        <source>  inconclusive: %1
</source>
        <translation>  non concluant : %1
</translation>
    </message>
    <message>
        <source>  [disagrees]</source>
        <translation>  [en désaccord]</translation>
    </message>
    <message>
        <source>
Top characteristics by contribution:
</source>
        <translation>
Caractéristiques aux plus fortes contributions :
</translation>
    </message>
    <message>
        <source>  %1 %2  %3 / %4 (%5): probe &quot;%6&quot;, reference &quot;%7&quot;
</source>
        <translation>  %1 %2  %3 / %4 (%5) : photo litigieuse « %6 », photo de référence « %7 »
</translation>
    </message>
    <message>
        <source>
Residual of the decomposition: %1
</source>
        <translation>
Résidu de la décomposition : %1
</translation>
    </message>
    <message>
        <source>Time: %1 ms (pack load %2 ms)
</source>
        <translation>Durée : %1 ms (chargement du paquet %2 ms)
</translation>
    </message>
    <message>
        <source>compare two face photos: decision, score and its exact per-characteristic explanation</source>
        <translation>comparer deux photos de visage : décision, score et son explication exacte par caractéristique</translation>
    </message>
    <message>
        <source>the questioned photo</source>
        <translation>la photo litigieuse</translation>
    </message>
    <message>
        <source>the known photo</source>
        <translation>la photo de référence (identité connue)</translation>
    </message>
    <message>
        <source>also write a PDF report to this file</source>
        <translation>écrire aussi un rapport PDF dans ce fichier</translation>
    </message>
    <message>
        <source>the photos are face crops: use the whole image when no face is detected</source>
        <translation>les photos sont des recadrages du visage : utiliser l’image entière si aucun visage n’est détecté</translation>
    </message>
    <message>
        <source>check dependencies, threads, BLAS speed, assets and packs</source>
        <translation>vérifier les dépendances, les threads, la vitesse BLAS, les ressources et les paquets</translation>
    </message>
    <message>
        <source>exit with 3 when a problem is found</source>
        <translation>quitter avec le code 3 si un problème est trouvé</translation>
    </message>
    <message>
        <source>image is %1x%2; expected an aligned %3x%3 chip</source>
        <translation>l’image mesure %1x%2 ; une vignette alignée de %3x%3 est attendue</translation>
    </message>
    <message>
        <source>use dlib&apos;s face-recognition ResNet</source>
        <translation>utiliser le ResNet de reconnaissance faciale de dlib</translation>
    </message>
    <message>
        <source>descry-cli: error: %1</source>
        <translation>descry-cli : erreur : %1</translation>
    </message>
    <message>
        <source>descry-cli: warning: %1</source>
        <translation>descry-cli : avertissement : %1</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Encodeur</translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Descripteurs</translation>
    </message>
    <message>
        <source>%1 %2 (sha256 %3)</source>
        <translation>%1 %2 (sha256 %3)</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
    <message>
        <source>alpha %1, tau %2</source>
        <translation>alpha %1, tau %2</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>seuil %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> sur %1</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibrage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Pack SHA-256</source>
        <translation>SHA-256 du paquet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>verified, %1 files</source>
        <translation>vérifié, %1 fichiers</translation>
    </message>
    <message>
        <source>%1: verified, %2 files
</source>
        <translation>%1 : vérifié, %2 fichiers
</translation>
    </message>
    <message>
        <source>a pack folder, its manifest.json or an installed pack name</source>
        <translation>un dossier de paquet, son manifest.json ou le nom d’un paquet installé</translation>
    </message>
    <message>
        <source>verify a model pack and show its manifest, files and tensors</source>
        <translation>vérifier un paquet de modèle et afficher son manifeste, ses fichiers et ses tenseurs</translation>
    </message>
    <message>
        <source>pack written to %1
</source>
        <translation>paquet écrit dans %1
</translation>
    </message>
    <message>
        <source>train, calibrate and evaluate an explainable face pack on held-out identities</source>
        <translation>entraîner, calibrer et évaluer un paquet facial explicable sur des identités mises de côté</translation>
    </message>
    <message>
        <source>faces folder laid out like ../shared/data/faces</source>
        <translation>dossier des visages organisé comme ../shared/data/faces</translation>
    </message>
    <message>
        <source>pack folder to write</source>
        <translation>dossier du paquet à écrire</translation>
    </message>
    <message>
        <source>margin loss</source>
        <translation>perte à marge</translation>
    </message>
    <message>
        <source>training epochs</source>
        <translation>époques d’entraînement</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>graine aléatoire</translation>
    </message>
    <message>
        <source>identity-embedding width</source>
        <translation>largeur du plongement d’identité</translation>
    </message>
    <message>
        <source>concept softmax temperature</source>
        <translation>température du softmax des concepts</translation>
    </message>
    <message>
        <source>pack name</source>
        <translation>nom du paquet</translation>
    </message>
    <message>
        <source>pack version</source>
        <translation>version du paquet</translation>
    </message>
    <message>
        <source>%1: accuracy %2 ± %3 %, AUC %4, TAR@FAR=0.01 %5, threshold %6
</source>
        <translation>%1 : exactitude %2 ± %3 %, AUC %4, TAR@FAR=0.01 %5, seuil %6
</translation>
    </message>
    <message>
        <source>explainable</source>
        <translation>explicable</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>10-fold verification accuracy, AUC and TAR@FAR of a pack and its baseline on a pairs list</source>
        <translation>exactitude de vérification sur 10 plis, AUC et TAR@FAR d’un paquet et de sa référence sur une liste de paires</translation>
    </message>
    <message>
        <source>lines &apos;path1,path2,same&apos; with same 0 or 1</source>
        <translation>lignes &apos;path1,path2,same&apos; avec same à 0 ou 1</translation>
    </message>
    <message>
        <source>folder the paths are relative to (default: the CSV&apos;s folder)</source>
        <translation>dossier auquel les chemins sont relatifs (par défaut : le dossier du fichier CSV)</translation>
    </message>
    <message>
        <source>case: member &apos;task&apos; must be face-verification or cxr-classification, not &apos;%1&apos;</source>
        <translation>dossier : le membre &apos;task&apos; doit être face-verification ou cxr-classification, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;options.cropped&apos; must be true or false</source>
        <translation>dossier : le membre &apos;options.cropped&apos; doit être true ou false</translation>
    </message>
    <message>
        <source>descriptor catalog &apos;%1&apos; %2 is not installed</source>
        <translation>le catalogue de descripteurs &apos;%1&apos; %2 n’est pas installé</translation>
    </message>
    <message>
        <source>pack was trained on catalog %1 %2 (sha256 %3) but only %4 is installed</source>
        <translation>le paquet a été entraîné sur le catalogue %1 %2 (sha256 %3) mais seul %4 est installé</translation>
    </message>
    <message>
        <source>invalid chip buffer</source>
        <translation>tampon de vignettes non valide</translation>
    </message>
    <message>
        <source>Embedding faces</source>
        <translation>Plongement des visages</translation>
    </message>
    <message>
        <source>embedding cancelled</source>
        <translation>plongement annulé</translation>
    </message>
    <message>
        <source>no aligned face to encode</source>
        <translation>aucun visage aligné à encoder</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Non-match</source>
        <translation>Non-correspondance</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Non concluant</translation>
    </message>
    <message>
        <source>config.quantities is missing or not an array</source>
        <translation>config.quantities est manquant ou n’est pas un tableau</translation>
    </message>
    <message>
        <source>files must be [&quot;%1&quot;]</source>
        <translation>files doit être [&quot;%1&quot;]</translation>
    </message>
    <message>
        <source>config.chip must be %1</source>
        <translation>config.chip doit être %1</translation>
    </message>
    <message>
        <source>files must name the weights manifest and the weights (.bin)</source>
        <translation>files doit indiquer le manifeste des poids et les poids (.bin)</translation>
    </message>
    <message>
        <source>Finding the face</source>
        <translation>Recherche du visage</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Loading encoder %1</source>
        <translation>Chargement de l’encodeur %1</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <source>encoder.sources: no source finds faces and landmarks (e.g. type &apos;morphometric&apos;)</source>
        <translation>encoder.sources : aucune source ne trouve les visages et les points de repère (par ex. le type &apos;morphometric&apos;)</translation>
    </message>
    <message>
        <source>head.d: is %1 but the image encoder gives %2 values</source>
        <translation>head.d : vaut %1 mais l’encodeur d’images fournit %2 valeurs</translation>
    </message>
    <message>
        <source>head.n_direct: is %1 but the catalog has %2 measured descriptors</source>
        <translation>head.n_direct : vaut %1 mais le catalogue a %2 descripteurs mesurés</translation>
    </message>
    <message>
        <source>head.concepts: missing</source>
        <translation>head.concepts : manquant</translation>
    </message>
    <message>
        <source>head.concepts: does not list the catalog&apos;s %1 concepts in order</source>
        <translation>head.concepts : ne liste pas dans l’ordre les %1 concepts du catalogue</translation>
    </message>
    <message>
        <source>calibration.threshold: must be a number in [-1, 1]</source>
        <translation>calibration.threshold : doit être un nombre dans [-1, 1]</translation>
    </message>
    <message>
        <source>calibration.baseline_threshold: missing (the pack&apos;s image encoder gives a baseline score that needs its own threshold)</source>
        <translation>calibration.baseline_threshold : manquant (l’encodeur d’images du paquet fournit un score de référence qui nécessite son propre seuil)</translation>
    </message>
    <message>
        <source>calibration.baseline_threshold: must be a number in [-1, 1]</source>
        <translation>calibration.baseline_threshold : doit être un nombre dans [-1, 1]</translation>
    </message>
    <message>
        <source>Verifying the pack</source>
        <translation>Vérification du paquet</translation>
    </message>
    <message>
        <source>task: is &apos;%1&apos;, expected face-verification</source>
        <translation>task : vaut &apos;%1&apos;, face-verification attendu</translation>
    </message>
    <message>
        <source>Reading the descriptor catalog</source>
        <translation>Lecture du catalogue de descripteurs</translation>
    </message>
    <message>
        <source>Loading the concept head</source>
        <translation>Chargement de la tête de concepts</translation>
    </message>
    <message>
        <source>Pack loaded</source>
        <translation>Paquet chargé</translation>
    </message>
    <message>
        <source>the explanation does not reproduce the model&apos;s score %1 (residual %2, tolerance %3)</source>
        <translation>l’explication ne reproduit pas le score %1 du modèle (résidu %2, tolérance %3)</translation>
    </message>
    <message>
        <source>analysing %1 faces</source>
        <translation>analyse de %1 visages</translation>
    </message>
    <message>
        <source>%1 training faces, %2 failures</source>
        <translation>%1 visages d’entraînement, %2 échecs</translation>
    </message>
    <message>
        <source>appearance directions: median held-out AUC vs measurement %1</source>
        <translation>directions d’apparence : AUC médiane par rapport à la mesure sur les données mises de côté %1</translation>
    </message>
    <message>
        <source>unknown loss %1 (expected one of %2)</source>
        <translation>perte inconnue %1 (attendu l’une de %2)</translation>
    </message>
    <message>
        <source>epoch %1/%2 loss %3</source>
        <translation>époque %1/%2 perte %3</translation>
    </message>
    <message>
        <source>%1 held-out: explainable %2 ± %3, baseline %4 ± %5 (%6 pairs)</source>
        <translation>%1 mis de côté : explicable %2 ± %3, référence %4 ± %5 (%6 paires)</translation>
    </message>
    <message>
        <source>the concept head could not be copied (out of memory?)</source>
        <translation>la tête de concepts n’a pas pu être copiée (mémoire insuffisante ?)</translation>
    </message>
    <message>
        <source>encoder type &apos;%1&apos; is not available in this build (available: %2)</source>
        <translation>le type d’encodeur &apos;%1&apos; n’est pas disponible dans cette version (disponibles : %2)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos; could not be created</source>
        <translation>l’encodeur &apos;%1&apos; n’a pas pu être créé</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>must be an integer in %1..%2</source>
        <translation>doit être un entier dans %1..%2</translation>
    </message>
    <message>
        <source>must be a number in (%1, %2]</source>
        <translation>doit être un nombre dans (%1, %2]</translation>
    </message>
    <message>
        <source>must be a number in [%1, %2]</source>
        <translation>doit être un nombre dans [%1, %2]</translation>
    </message>
    <message>
        <source>must divide d = %1</source>
        <translation>doit diviser d = %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>%1.type: &apos;%2&apos; is not an encoder type name</source>
        <translation>%1.type : &apos;%2&apos; n’est pas un nom de type d’encodeur</translation>
    </message>
    <message>
        <source>no face found</source>
        <translation>aucun visage trouvé</translation>
    </message>
    <message numerus="yes">
        <source>chain verified (%n audit entries, each linked to the one before it)</source>
        <translation>
            <numerusform>chaîne vérifiée (%n entrée d’audit, liée à la précédente)</numerusform>
            <numerusform>chaîne vérifiée (%n entrées d’audit, chacune liée à la précédente)</numerusform>
        </translation>
    </message>
    <message>
        <source>unverified legacy history: %1</source>
        <translation>historique ancien non vérifié : %1</translation>
    </message>
    <message>
        <source>not signed (the chain alone does not prove who wrote the file)</source>
        <translation>non signé (la chaîne seule ne prouve pas qui a écrit le fichier)</translation>
    </message>
    <message>
        <source>signed by %1, key fingerprint %2%3, %4</source>
        <translation>signé par %1, empreinte de clé %2%3, %4</translation>
    </message>
    <message>
        <source> (your own key)</source>
        <translation> (votre propre clé)</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>hidden (blind first: the examiner&apos;s analysis is not locked yet)</source>
        <translation>masqué (aveugle d’abord : l’analyse de l’examinateur n’est pas encore verrouillée)</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <source>  %1: unchanged, %2 (sha256 %3)
</source>
        <translation>  %1 : inchangé, %2 (sha256 %3)
</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <translation>  %1 : %2
</translation>
    </message>
    <message>
        <source>  none
</source>
        <translation>  aucune
</translation>
    </message>
    <message>
        <source>evidence does not match the case: %1</source>
        <translation>les pièces ne correspondent pas au dossier : %1</translation>
    </message>
    <message>
        <source>Case %1 (%2)
Integrity: %3
Signature: %4
Evidence:
%5Result: %6
</source>
        <translation>Dossier %1 (%2)
Intégrité : %3
Signature : %4
Pièces :
%5Résultat : %6
</translation>
    </message>
    <message>
        <source>%1: signed by %2 (key fingerprint %3, key file %4)
</source>
        <translation>%1 : signé par %2 (empreinte de clé %3, fichier de clé %4)
</translation>
    </message>
    <message>
        <source>a Descry case file</source>
        <translation>un fichier de dossier Descry</translation>
    </message>
    <message>
        <source>check a case file: its audit chain, its signature and the evidence hashes (exit 2 when anything is broken or modified)</source>
        <translation>vérifier un fichier de dossier : sa chaîne d’audit, sa signature et les empreintes des pièces (code de sortie 2 si quoi que ce soit est rompu ou modifié)</translation>
    </message>
    <message>
        <source>sign a case file with your own key (created on first use in your configuration folder); evidence files are never touched</source>
        <translation>signer un fichier de dossier avec votre propre clé (créée à la première utilisation dans votre dossier de configuration) ; les fichiers de pièces ne sont jamais modifiés</translation>
    </message>
    <message>
        <source>who signs</source>
        <translation>nom du signataire</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2), not an empty one</source>
        <translation>l’option &apos;--%1&apos; nécessite une valeur (%2), et non une valeur vide</translation>
    </message>
    <message>
        <source>%1 is empty; give a file or value</source>
        <translation>%1 est vide ; indiquez un fichier ou une valeur</translation>
    </message>
    <message>
        <source>analyse a truncated or corrupt photo that still decodes (the output says so)</source>
        <translation>analyser une photo tronquée ou corrompue qui reste décodable (la sortie le signale)</translation>
    </message>
    <message>
        <source>refuse images of more than N megapixels, checked before decoding</source>
        <translation>refuser les images de plus de N mégapixels, vérifié avant le décodage</translation>
    </message>
    <message>
        <source>%1: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged
</source>
        <translation>%1 : FICHIER ENDOMMAGÉ — tronqué ou corrompu ; analysé en raison de --allow-damaged
</translation>
    </message>
    <message>
        <source>  decoder: %1
</source>
        <translation>  décodeur : %1
</translation>
    </message>
    <message>
        <source>%1: no face detected; the whole image was taken as the face (--cropped)
</source>
        <translation>%1 : aucun visage détecté ; l’image entière a été prise comme visage (--cropped)
</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>photo litigieuse</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>photo de référence</translation>
    </message>
    <message>
        <source>Baseline: none (the pack has no black-box encoder)
</source>
        <translation>Référence : aucune (le paquet n’a pas d’encodeur boîte noire)
</translation>
    </message>
    <message>
        <source>%1: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged</source>
        <translation>%1 : FICHIER ENDOMMAGÉ — tronqué ou corrompu ; analysé en raison de --allow-damaged</translation>
    </message>
    <message>
        <source>is an input of this run (%1); it is never overwritten, choose another output file</source>
        <translation>est une entrée de cette exécution (%1) ; elle n’est jamais écrasée, choisissez un autre fichier de sortie</translation>
    </message>
    <message>
        <source>is inside an input folder of this run (%1); choose an output outside it</source>
        <translation>se trouve dans un dossier d’entrée de cette exécution (%1) ; choisissez une sortie en dehors de celui-ci</translation>
    </message>
    <message>
        <source>contains an input of this run (%1); it is never replaced, choose another folder</source>
        <translation>contient une entrée de cette exécution (%1) ; il n’est jamais remplacé, choisissez un autre dossier</translation>
    </message>
    <message>
        <source>an output file name is empty; give a file to write</source>
        <translation>un nom de fichier de sortie est vide ; indiquez un fichier à écrire</translation>
    </message>
    <message>
        <source>an output folder name is empty; give a folder to write</source>
        <translation>un nom de dossier de sortie est vide ; indiquez un dossier à écrire</translation>
    </message>
    <message>
        <source>is a file, not a folder; nothing was written</source>
        <translation>est un fichier, et non un dossier ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the file is read-only; it is not replaced</source>
        <translation>le fichier est en lecture seule ; il n’est pas remplacé</translation>
    </message>
    <message>
        <source>check that a model pack loads: every file against its manifest&apos;s SHA-256, the head settings, tensors, catalog, encoders and calibration, as a comparison loads them</source>
        <translation>vérifier qu’un paquet de modèle se charge : chaque fichier par rapport au SHA-256 de son manifeste, les paramètres de la tête, les tenseurs, le catalogue, les encodeurs et le calibrage, tels qu’une comparaison les charge</translation>
    </message>
    <message>
        <source>[%1] %2% %3/%4 %5</source>
        <translation>[%1] %2% %3/%4 %5</translation>
    </message>
    <message>
        <source>analysing faces</source>
        <translation>analyse des visages</translation>
    </message>
    <message>
        <source>faces</source>
        <translation>visages</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n pair(s), e.g. %2
</source>
        <translation>
            <numerusform>  %1 : %n paire, par ex. %2
</numerusform>
            <numerusform>  %1 : %n paires, par ex. %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pairs scored, %2 could not be scored; %3 of the scored pairs would be inconclusive in compare (image quality)
</source>
        <translation>%1 paires évaluées, %2 n’ont pas pu être évaluées ; %3 des paires évaluées seraient non concluantes avec compare (qualité d’image)
</translation>
    </message>
    <message>
        <source>Pairs that could not be scored, by reason:
</source>
        <translation>Paires qui n’ont pas pu être évaluées, par motif :
</translation>
    </message>
    <message>
        <source>no pair could be scored (%1)</source>
        <translation>aucune paire n’a pu être évaluée (%1)</translation>
    </message>
    <message>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3)</source>
        <translation>entrée %1 (%2, %3)</translation>
    </message>
    <message>
        <source>audit entry %1: %2</source>
        <translation>entrée d’audit %1 : %2</translation>
    </message>
    <message>
        <source>member &apos;utc&apos; must be an ISO 8601 UTC time</source>
        <translation>le membre &apos;utc&apos; doit être une heure UTC au format ISO 8601</translation>
    </message>
    <message>
        <source>member &apos;action&apos; is &apos;%1&apos;, which is not an action Descry records</source>
        <translation>le membre &apos;action&apos; vaut &apos;%1&apos;, qui n’est pas une action que Descry consigne</translation>
    </message>
    <message>
        <source>member &apos;detail&apos; must be a string</source>
        <translation>le membre &apos;detail&apos; doit être une chaîne</translation>
    </message>
    <message>
        <source>member &apos;detail&apos; is longer than %1 characters</source>
        <translation>le membre &apos;detail&apos; dépasse %1 caractères</translation>
    </message>
    <message>
        <source>member &apos;examiner&apos; must be a name of at most 1000 characters</source>
        <translation>le membre &apos;examiner&apos; doit être un nom d’au plus 1000 caractères</translation>
    </message>
    <message>
        <source>member &apos;state&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>le membre &apos;state&apos; doit être un SHA-256 (64 chiffres hexadécimaux en minuscules)</translation>
    </message>
    <message>
        <source>member &apos;prev&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>le membre &apos;prev&apos; doit être un SHA-256 (64 chiffres hexadécimaux en minuscules)</translation>
    </message>
    <message>
        <source>member &apos;hash&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>le membre &apos;hash&apos; doit être un SHA-256 (64 chiffres hexadécimaux en minuscules)</translation>
    </message>
    <message>
        <source>member &apos;audit&apos; has %1 entries, more than the limit of %2</source>
        <translation>le membre &apos;audit&apos; a %1 entrées, plus que la limite de %2</translation>
    </message>
    <message>
        <source>audit %1 is dated before the entry above it: times in the log never go backwards</source>
        <translation>audit : l’%1 est antérieure à l’entrée qui la précède : les heures du journal ne reculent jamais</translation>
    </message>
    <message>
        <source>audit %1 does not start the log: the log was edited, entries removed, reordered or inserted</source>
        <translation>audit : l’%1 n’ouvre pas le journal : le journal a été modifié, des entrées ont été supprimées, réordonnées ou insérées</translation>
    </message>
    <message>
        <source>audit %1 does not follow entry %2: the log was edited, entries removed, reordered or inserted</source>
        <translation>audit : l’%1 ne suit pas l’entrée %2 : le journal a été modifié, des entrées ont été supprimées, réordonnées ou insérées</translation>
    </message>
    <message>
        <source>audit %1 was edited after it was recorded: its hash does not match its content</source>
        <translation>audit : l’%1 a été modifiée après sa consignation : son empreinte ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source> — note: %1 → %2</source>
        <translation> — note : %1 → %2</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — note : %1</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — motif : %1</translation>
    </message>
    <message>
        <source>blind review: the model&apos;s result stays hidden until the analysis is locked</source>
        <translation>examen à l’aveugle : le résultat du modèle reste masqué jusqu’au verrouillage de l’analyse</translation>
    </message>
    <message>
        <source>blind review on: the model&apos;s result is hidden until the analysis is locked</source>
        <translation>examen à l’aveugle activé : le résultat du modèle est masqué jusqu’au verrouillage de l’analyse</translation>
    </message>
    <message>
        <source>blind review off</source>
        <translation>examen à l’aveugle désactivé</translation>
    </message>
    <message>
        <source>comparison computed (hidden: blind review)</source>
        <translation>comparaison calculée (masquée : examen à l’aveugle)</translation>
    </message>
    <message>
        <source>comparison computed with pack %1 %2 (hidden: blind review)</source>
        <translation>comparaison calculée avec le paquet %1 %2 (masquée : examen à l’aveugle)</translation>
    </message>
    <message>
        <source>lock needs at least one assessed component</source>
        <translation>le verrouillage nécessite au moins un composant évalué</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action Descry records</source>
        <translation>&apos;%1&apos; n’est pas une action que Descry consigne</translation>
    </message>
    <message>
        <source>member &apos;signature&apos; in a %1 file, which cannot be signed</source>
        <translation>membre &apos;signature&apos; dans un fichier %1, qui ne peut pas être signé</translation>
    </message>
    <message>
        <source>case: member &apos;case_id&apos; must be an id of 1 to %1 characters</source>
        <translation>dossier : le membre &apos;case_id&apos; doit être un identifiant de 1 à %1 caractères</translation>
    </message>
    <message>
        <source>case: member &apos;title&apos; has %1 characters, more than the limit of %2</source>
        <translation>dossier : le membre &apos;title&apos; a %1 caractères, plus que la limite de %2</translation>
    </message>
    <message>
        <source>case: member &apos;created&apos; must be an ISO 8601 UTC time</source>
        <translation>dossier : le membre &apos;created&apos; doit être une heure UTC au format ISO 8601</translation>
    </message>
    <message>
        <source>case: member &apos;modified&apos; must be an ISO 8601 UTC time</source>
        <translation>dossier : le membre &apos;modified&apos; doit être une heure UTC au format ISO 8601</translation>
    </message>
    <message>
        <source>case: member &apos;modified&apos; (%1) is before &apos;created&apos; (%2)</source>
        <translation>dossier : le membre &apos;modified&apos; (%1) est antérieur à &apos;created&apos; (%2)</translation>
    </message>
    <message>
        <source>evidence %1: %2</source>
        <translation>pièce %1 : %2</translation>
    </message>
    <message>
        <source>member &apos;role&apos; must be probe or reference, not &apos;%1&apos;</source>
        <translation>le membre &apos;role&apos; doit être probe ou reference, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;role&apos;: a second %1 (each role appears once)</source>
        <translation>membre &apos;role&apos; : un second %1 (chaque rôle n’apparaît qu’une fois)</translation>
    </message>
    <message>
        <source>member &apos;path&apos; must name the %1 file</source>
        <translation>le membre &apos;path&apos; doit nommer le fichier %1</translation>
    </message>
    <message>
        <source>member &apos;sha256&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>le membre &apos;sha256&apos; doit être un SHA-256 (64 chiffres hexadécimaux en minuscules)</translation>
    </message>
    <message>
        <source>case: member &apos;pack.%1&apos; must be a string</source>
        <translation>dossier : le membre &apos;pack.%1&apos; doit être une chaîne</translation>
    </message>
    <message>
        <source>case: member &apos;pack.sha256&apos; must be a SHA-256 (64 lower-case hex digits) or empty</source>
        <translation>dossier : le membre &apos;pack.sha256&apos; doit être un SHA-256 (64 chiffres hexadécimaux en minuscules) ou vide</translation>
    </message>
    <message>
        <source>case: member &apos;blind_first&apos; must be true or false</source>
        <translation>dossier : le membre &apos;blind_first&apos; doit être true ou false</translation>
    </message>
    <message>
        <source>case: member &apos;result&apos; is larger than the limit of %1 MB</source>
        <translation>dossier : le membre &apos;result&apos; dépasse la limite de %1 Mo</translation>
    </message>
    <message>
        <source>the audit log is empty: a saved case always ends with its save</source>
        <translation>le journal d’audit est vide : un dossier enregistré se termine toujours par son enregistrement</translation>
    </message>
    <message>
        <source>the audit log ends with %1, not with the save that wrote the file: entries were removed from its end</source>
        <translation>le journal d’audit se termine par l’%1, et non par l’enregistrement qui a écrit le fichier : des entrées ont été supprimées à la fin</translation>
    </message>
    <message>
        <source>case content was changed after %1 — the file was edited outside Descry</source>
        <translation>le contenu du dossier a été modifié après l’%1 — le fichier a été modifié en dehors de Descry</translation>
    </message>
    <message>
        <source>member &apos;signature&apos; needs an examiner, a public key, a fingerprint, a UTC time and an Ed25519 signature</source>
        <translation>le membre &apos;signature&apos; nécessite un examinateur, une clé publique, une empreinte, une heure UTC et une signature Ed25519</translation>
    </message>
    <message>
        <source>signature: the fingerprint %1 is not that of the public key it names</source>
        <translation>signature : l’empreinte %1 n’est pas celle de la clé publique qu’elle indique</translation>
    </message>
    <message>
        <source>signature does not match the case: it was changed after %1 signed it</source>
        <translation>la signature ne correspond pas au dossier : il a été modifié après sa signature par %1</translation>
    </message>
    <message>
        <source>opened a %1 file: its history was recorded without a hash chain and is not verifiable</source>
        <translation>fichier %1 ouvert : son historique a été consigné sans chaîne d’empreintes et n’est pas vérifiable</translation>
    </message>
    <message>
        <source>audit entries 1 to %1 come from an older case format and are not verifiable; the chain is intact from entry %2 on</source>
        <translation>les entrées d’audit 1 à %1 proviennent d’un ancien format de dossier et ne sont pas vérifiables ; la chaîne est intacte à partir de l’entrée %2</translation>
    </message>
    <message>
        <source>new case: nothing recorded yet</source>
        <translation>nouveau dossier : rien n’a encore été consigné</translation>
    </message>
    <message>
        <source>audit chain intact: %1 entries, content as committed by the last</source>
        <translation>chaîne d’audit intacte : %1 entrées, contenu tel que validé par la dernière</translation>
    </message>
    <message>
        <source>an examiner name is needed to sign the case</source>
        <translation>le nom de l’examinateur est requis pour signer le dossier</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>non enregistré : %1</translation>
    </message>
    <message>
        <source>not saved: the case would exceed %1 MB</source>
        <translation>non enregistré : le dossier dépasserait %1 Mo</translation>
    </message>
    <message>
        <source>case file is %1 MB, more than the limit of %2 MB</source>
        <translation>le fichier de dossier fait %1 Mo, plus que la limite de %2 Mo</translation>
    </message>
    <message>
        <source>opened a %1 file: history not verifiable — %2</source>
        <translation>fichier %1 ouvert : historique non vérifiable — %2</translation>
    </message>
    <message>
        <source>the note on &apos;%1&apos; is longer than %2 characters</source>
        <translation>la note sur &apos;%1&apos; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the examiner name is longer than %1 characters</source>
        <translation>le nom de l’examinateur dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the amendment of &apos;%1&apos; is longer than %2 characters</source>
        <translation>l’avenant de &apos;%1&apos; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>&apos;assessments&apos; must list each component once with a valid finding and a note of at most %1 characters</source>
        <translation>&apos;assessments&apos; doit lister chaque composant une seule fois, avec une constatation valide et une note d’au plus %1 caractères</translation>
    </message>
    <message>
        <source>&apos;amendments&apos; must be an array</source>
        <translation>&apos;amendments&apos; doit être un tableau</translation>
    </message>
    <message>
        <source>more than %1 amendments</source>
        <translation>plus de %1 avenants</translation>
    </message>
    <message>
        <source>cannot create the signing key (%1)</source>
        <translation>impossible de créer la clé de signature (%1)</translation>
    </message>
    <message>
        <source>cannot generate an Ed25519 signing key</source>
        <translation>impossible de générer une clé de signature Ed25519</translation>
    </message>
    <message>
        <source>cannot read the signing key (%1)</source>
        <translation>impossible de lire la clé de signature (%1)</translation>
    </message>
    <message>
        <source>not a signing key: the file is larger than a key can be</source>
        <translation>ce n’est pas une clé de signature : le fichier est plus grand qu’une clé ne peut l’être</translation>
    </message>
    <message>
        <source>not a signing key: no PEM private key in the file</source>
        <translation>ce n’est pas une clé de signature : aucune clé privée PEM dans le fichier</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 key</source>
        <translation>la clé de signature n’est pas une clé Ed25519</translation>
    </message>
    <message>
        <source>cannot read the Ed25519 key</source>
        <translation>impossible de lire la clé Ed25519</translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation>échec de la signature</translation>
    </message>
    <message>
        <source>cannot write the file, previous file kept (%1)</source>
        <translation>impossible d’écrire le fichier, le fichier précédent est conservé (%1)</translation>
    </message>
    <message>
        <source>no output file given (the path is empty)</source>
        <translation>aucun fichier de sortie indiqué (le chemin est vide)</translation>
    </message>
    <message>
        <source>is a folder, not a file; nothing was written</source>
        <translation>est un dossier, et non un fichier ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the folder does not exist; nothing was written</source>
        <translation>le dossier n’existe pas ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>exists and is not a folder; nothing was written</source>
        <translation>existe et n’est pas un dossier ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>impossible de créer un dossier temporaire</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>file is %1, more than the %2 limit</source>
        <translation>le fichier fait %1, plus que la limite de %2</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, et non un fichier</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>n’est pas un fichier ordinaire (un périphérique, un tube ou un socket)</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>ne peut pas être lu : permission refusée</translation>
    </message>
    <message>
        <source>is a symbolic link loop (the link leads back to itself)</source>
        <translation>est une boucle de liens symboliques (le lien ramène à lui-même)</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist</source>
        <translation>est un lien symbolique vers un fichier qui n’existe pas</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>aucun nom de fichier indiqué</translation>
    </message>
    <message>
        <source>upsampling the image to find a small face would pass the %1-megapixel limit</source>
        <translation>suréchantillonner l’image pour trouver un petit visage dépasserait la limite de %1 mégapixels</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing (population statistics)</source>
        <translation>le tenseur &apos;%1&apos; est manquant (statistiques de population)</translation>
    </message>
    <message>
        <source>population statistics</source>
        <translation>les statistiques de population</translation>
    </message>
    <message>
        <source>image %1 of %2</source>
        <translation>image %1 sur %2</translation>
    </message>
    <message>
        <source>no pairs to score</source>
        <translation>aucune paire à évaluer</translation>
    </message>
    <message>
        <source>%1 (pairs: %2)</source>
        <translation>%1 (paires : %2)</translation>
    </message>
    <message>
        <source>other reasons: %1</source>
        <translation>autres motifs : %1</translation>
    </message>
    <message>
        <source>no pair could be scored: %1</source>
        <translation>aucune paire n’a pu être évaluée : %1</translation>
    </message>
    <message>
        <source>the file ends before the JPEG end-of-image marker</source>
        <translation>le fichier se termine avant le marqueur de fin d’image JPEG</translation>
    </message>
    <message>
        <source>the file ends before the PNG end chunk</source>
        <translation>le fichier se termine avant le bloc de fin PNG</translation>
    </message>
    <message>
        <source>the file ends before the image does</source>
        <translation>le fichier se termine avant la fin de l’image</translation>
    </message>
    <message>
        <source>the image data ends too early</source>
        <translation>les données d’image se terminent trop tôt</translation>
    </message>
    <message>
        <source>stray bytes in the image data</source>
        <translation>octets parasites dans les données d’image</translation>
    </message>
    <message>
        <source>the image data is corrupt</source>
        <translation>les données d’image sont corrompues</translation>
    </message>
    <message>
        <source>the JPEG structure is invalid</source>
        <translation>la structure JPEG n’est pas valide</translation>
    </message>
    <message>
        <source>the file is not a JPEG</source>
        <translation>le fichier n’est pas un JPEG</translation>
    </message>
    <message>
        <source>a checksum inside the file does not match</source>
        <translation>une somme de contrôle dans le fichier ne correspond pas</translation>
    </message>
    <message>
        <source>the image data is longer than the image</source>
        <translation>les données d’image sont plus longues que l’image</translation>
    </message>
    <message>
        <source>the compressed image data is damaged</source>
        <translation>les données d’image compressées sont endommagées</translation>
    </message>
    <message>
        <source>image file is truncated or corrupt (%1); use --allow-damaged to analyse it anyway</source>
        <translation>le fichier image est tronqué ou corrompu (%1) ; utilisez --allow-damaged pour l’analyser malgré tout</translation>
    </message>
    <message>
        <source>image is %1×%2 px: decoding it needs more memory than the %3-megapixel limit allows</source>
        <translation>l’image mesure %1×%2 px : son décodage nécessite plus de mémoire que la limite de %3 mégapixels ne le permet</translation>
    </message>
    <message>
        <source>image is larger than the %1-megapixel limit</source>
        <translation>l’image dépasse la limite de %1 mégapixels</translation>
    </message>
    <message>
        <source>the file is truncated or corrupt: %1</source>
        <translation>le fichier est tronqué ou corrompu : %1</translation>
    </message>
    <message>
        <source>image is %1×%2 px, more than the %3-megapixel limit</source>
        <translation>l’image mesure %1×%2 px, plus que la limite de %3 mégapixels</translation>
    </message>
    <message>
        <source>image is %1×%2 px, too small to analyse (at least %3×%3 px)</source>
        <translation>l’image mesure %1×%2 px, trop petite pour être analysée (au moins %3×%3 px)</translation>
    </message>
    <message>
        <source>image is %1×%2 px: its aspect ratio 1:%3 is beyond the 1:%4 limit</source>
        <translation>l’image mesure %1×%2 px : son rapport d’aspect 1:%3 dépasse la limite de 1:%4</translation>
    </message>
    <message>
        <source>image is %1×%2 px: a side is longer than the %3-pixel limit</source>
        <translation>l’image mesure %1×%2 px : un côté dépasse la limite de %3 pixels</translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation>est un dossier, et non un fichier image</translation>
    </message>
    <message>
        <source>the file is empty, not an image</source>
        <translation>le fichier est vide, ce n’est pas une image</translation>
    </message>
    <message>
        <source>%1 = %2 is more than the limit %3</source>
        <translation>%1 = %2 dépasse la limite %3</translation>
    </message>
    <message>
        <source>group id %1 is not below the number of concepts %2</source>
        <translation>l’identifiant de groupe %1 n’est pas inférieur au nombre de concepts %2</translation>
    </message>
    <message>
        <source>head.%1 = %2 is more than the limit %3</source>
        <translation>head.%1 = %2 dépasse la limite %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2; %3 must be F32</source>
        <translation>le tenseur &apos;%1&apos; est de type %2 ; F32 est requis pour %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; %3 needs %4</source>
        <translation>le tenseur &apos;%1&apos; a la forme %2 ; attendu pour %3 : %4</translation>
    </message>
    <message>
        <source>missing from the pack (manifest.json lists no tensors for it)</source>
        <translation>absent du paquet (manifest.json ne liste aucun tenseur pour lui)</translation>
    </message>
    <message>
        <source>a head</source>
        <translation>une tête</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing (the head settings need %2)</source>
        <translation>le tenseur &apos;%1&apos; est manquant (les paramètres de la tête nécessitent %2)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not part of the head</source>
        <translation>le tenseur &apos;%1&apos; ne fait pas partie de la tête</translation>
    </message>
    <message>
        <source>tensor &apos;T&apos; is not part of the head (it has no descriptor concepts)</source>
        <translation>le tenseur &apos;T&apos; ne fait pas partie de la tête (elle n’a pas de concepts de descripteurs)</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the limit of %2 bytes for a manifest</source>
        <translation>fait %1 octets, plus que la limite de %2 octets pour un manifeste</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the limit of %2 bytes for a file of a pack</source>
        <translation>fait %1 octets, plus que la limite de %2 octets pour un fichier de paquet</translation>
    </message>
    <message>
        <source>no output pack folder given (the path is empty)</source>
        <translation>aucun dossier de paquet de sortie indiqué (le chemin est vide)</translation>
    </message>
    <message>
        <source>holds an input of this run (%1); it is never replaced, choose another pack folder</source>
        <translation>contient une entrée de cette exécution (%1) ; il n’est jamais remplacé, choisissez un autre dossier de paquet</translation>
    </message>
    <message>
        <source>is a folder with other files, not a model pack (no manifest.json); it is not replaced, choose a new or empty folder</source>
        <translation>est un dossier contenant d’autres fichiers, et non un paquet de modèle (pas de manifest.json) ; il n’est pas remplacé, choisissez un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>must be an array of non-negative integers</source>
        <translation>doit être un tableau d’entiers non négatifs</translation>
    </message>
    <message>
        <source>has %1 dimensions, more than the limit %2</source>
        <translation>a %1 dimensions, plus que la limite %2</translation>
    </message>
    <message>
        <source>has a dimension of %1, more than the limit of %2 elements</source>
        <translation>a une dimension de %1, plus que la limite de %2 éléments</translation>
    </message>
    <message>
        <source>%1 has more than the limit of %2 elements</source>
        <translation>%1 dépasse la limite de %2 éléments</translation>
    </message>
    <message>
        <source>files: %1 entries, more than the limit %2</source>
        <translation>files : %1 entrées, plus que la limite %2</translation>
    </message>
    <message>
        <source>manifest: member &apos;tensors&apos; is missing (it lists the names and shapes of the tensors in the pack&apos;s .safetensors files)</source>
        <translation>manifeste : le membre &apos;tensors&apos; est manquant (il liste les noms et les formes des tenseurs des fichiers .safetensors du paquet)</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos;: %2 tensors, more than the limit %3</source>
        <translation>tensors : &apos;%1&apos; : %2 tenseurs, plus que la limite %3</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos;: shape of &apos;%2&apos; %3</source>
        <translation>tensors : &apos;%1&apos; : la forme de &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>member &apos;modified&apos; is not the time of %1 that wrote the file: it was edited</source>
        <translation>le membre &apos;modified&apos; n’est pas l’heure de l’%1 qui a écrit le fichier : il a été modifié</translation>
    </message>
    <message>
        <source>the signature was removed: the last save was signed with key %1</source>
        <translation>la signature a été supprimée : le dernier enregistrement a été signé avec la clé %1</translation>
    </message>
    <message>
        <source>the examiner name is empty</source>
        <translation>le nom de l’examinateur est vide</translation>
    </message>
    <message>
        <source>the examiner name contains a line break or another control character</source>
        <translation>le nom de l’examinateur contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); nothing was written</source>
        <translation>n’est pas un fichier ordinaire (un périphérique, un tube ou un socket) ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>the folder is read-only; nothing was written</source>
        <translation>le dossier est en lecture seule ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>exists and is not a PDF report; it is not replaced, choose another file</source>
        <translation>existe et n’est pas un rapport PDF ; il n’est pas remplacé, choisissez un autre fichier</translation>
    </message>
    <message>
        <source>the image header is invalid (impossible dimensions or format)</source>
        <translation>l’en-tête de l’image est invalide (dimensions ou format impossibles)</translation>
    </message>
    <message>
        <source>the image data cannot be read (the file is corrupt, or its header gives dimensions or a format the decoder refuses)</source>
        <translation>les données de l’image ne peuvent pas être lues (le fichier est corrompu, ou son en-tête indique des dimensions ou un format que le décodeur refuse)</translation>
    </message>
    <message>
        <source>not an image file (its content is none of the readable formats: %1)</source>
        <translation>pas un fichier image (son contenu n’est dans aucun des formats lisibles : %1)</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; appears twice in one object (line %2, column %3)</source>
        <translation>le membre &apos;%1&apos; apparaît deux fois dans un même objet (ligne %2, colonne %3)</translation>
    </message>
    <message>
        <source>--root: the folder does not exist</source>
        <translation>--root : le dossier n’existe pas</translation>
    </message>
    <message>
        <source>%1, random weights, %2 threads, %3 GMAC per image</source>
        <translation>%1, poids aléatoires, %2 threads, %3 GMAC par image</translation>
    </message>
    <message>
        <source>image, batch 1:       %1 s per image</source>
        <translation>image, lot de 1 :       %1 s par image</translation>
    </message>
    <message>
        <source>image, batch 8:       %1 s per image</source>
        <translation>image, lot de 8 :       %1 s par image</translation>
    </message>
    <message>
        <source>text, 120 prompts:    %1 s</source>
        <translation>texte, 120 prompts :    %1 s</translation>
    </message>
    <message>
        <source>peak RSS:             %1 MB</source>
        <translation>RSS maximal :           %1 Mo</translation>
    </message>
    <message>
        <source>float32 GEMM (n=%1):  %2 GFLOP/s</source>
        <translation>GEMM float32 (n=%1) :   %2 GFLOP/s</translation>
    </message>
    <message>
        <source>efficiency (batch 1): %1 of the GEMM rate</source>
        <translation>efficacité (lot de 1) : %1 du débit GEMM</translation>
    </message>
    <message>
        <source>time a CLIP model of the real size (random weights) against this machine&apos;s GEMM rate</source>
        <translation>chronométrer un modèle CLIP de taille réelle (poids aléatoires) par rapport au débit GEMM de cette machine</translation>
    </message>
    <message>
        <source>architecture to time</source>
        <translation>architecture à chronométrer</translation>
    </message>
    <message>
        <source>runs per figure (best taken)</source>
        <translation>exécutions par mesure (la meilleure est retenue)</translation>
    </message>
    <message>
        <source>is not a file (expected a CLIP checkpoint)</source>
        <translation>n’est pas un fichier (checkpoint CLIP attendu)</translation>
    </message>
    <message>
        <source>CLIP checkpoint not found</source>
        <translation>checkpoint CLIP introuvable</translation>
    </message>
    <message>
        <source>hashing the checkpoint</source>
        <translation>calcul de l’empreinte du checkpoint</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>Mio</translation>
    </message>
    <message>
        <source>Baseline (%1): %2  (score %3, threshold %4)%5
</source>
        <translation>Référence (%1) : %2  (score %3, seuil %4)%5
</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>l’image est vide</translation>
    </message>
    <message>
        <source>--clip takes --image and --text, not --chip or --dlib-resnet</source>
        <translation>--clip accepte --image et --text, et non --chip ni --dlib-resnet</translation>
    </message>
    <message>
        <source>--clip needs at least one --image or --text</source>
        <translation>--clip nécessite au moins un --image ou un --text</translation>
    </message>
    <message>
        <source>choose an encoder (--dlib-resnet or --clip CHECKPOINT)</source>
        <translation>choisissez un encodeur (--dlib-resnet ou --clip CHECKPOINT)</translation>
    </message>
    <message>
        <source>--dlib-resnet takes --chip; --image, --text and --activation go with --clip</source>
        <translation>--dlib-resnet accepte --chip ; --image, --text et --activation vont avec --clip</translation>
    </message>
    <message>
        <source>--dlib-resnet needs at least one --chip</source>
        <translation>--dlib-resnet nécessite au moins un --chip</translation>
    </message>
    <message>
        <source>descriptors of aligned 150x150 face chips (dlib ResNet), or image and text features of a CLIP checkpoint</source>
        <translation>descripteurs de vignettes faciales alignées 150x150 (dlib ResNet), ou caractéristiques d’image et de texte d’un checkpoint CLIP</translation>
    </message>
    <message>
        <source>an aligned 150x150 chip (with --dlib-resnet)</source>
        <translation>une vignette alignée 150x150 (avec --dlib-resnet)</translation>
    </message>
    <message>
        <source>a CLIP checkpoint (open_clip or transformers safetensors, torch.save .pt/.bin)</source>
        <translation>un checkpoint CLIP (safetensors open_clip ou transformers, torch.save .pt/.bin)</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s MLP activation (default: its config.json, else gelu)</source>
        <translation>l’activation MLP du checkpoint (par défaut : celle de son config.json, sinon gelu)</translation>
    </message>
    <message>
        <source>an image to encode with the CLIP image tower (with --clip)</source>
        <translation>une image à encoder avec la tour image de CLIP (avec --clip)</translation>
    </message>
    <message>
        <source>a text to encode with the CLIP text tower (with --clip)</source>
        <translation>un texte à encoder avec la tour texte de CLIP (avec --clip)</translation>
    </message>
    <message>
        <source>catalog %1 %2 is not installed, so a pack built on it could not find it when loading; copy it into a catalog folder first</source>
        <translation>le catalogue %1 %2 n’est pas installé : un paquet construit sur lui ne pourrait pas le trouver au chargement ; copiez-le d’abord dans un dossier de catalogues</translation>
    </message>
    <message>
        <source>encoding descriptor prompts</source>
        <translation>encodage des prompts des descripteurs</translation>
    </message>
    <message>
        <source>prompts</source>
        <translation>prompts</translation>
    </message>
    <message>
        <source>%1: face pack written and verified (%2 concepts: %3 measured, %4 prompt; checkpoint SHA-256 %5)
</source>
        <translation>%1 : paquet facial écrit et vérifié (%2 concepts : %3 mesurés, %4 par prompt ; SHA-256 du checkpoint %5)
</translation>
    </message>
    <message>
        <source>the pack&apos;s task</source>
        <translation>la tâche du paquet</translation>
    </message>
    <message>
        <source>the CLIP checkpoint</source>
        <translation>le checkpoint CLIP</translation>
    </message>
    <message>
        <source>copy the checkpoint into the pack instead of referencing it by path and SHA-256</source>
        <translation>copier le checkpoint dans le paquet au lieu de le référencer par chemin et SHA-256</translation>
    </message>
    <message>
        <source>match threshold of the CLIP image cosine baseline (default: the head&apos;s metadata)</source>
        <translation>seuil de correspondance de la référence cosinus d’image CLIP (par défaut : les métadonnées de la tête)</translation>
    </message>
    <message>
        <source>share of the raw image embedding (default: the head&apos;s metadata)</source>
        <translation>part du plongement d’image brut (par défaut : les métadonnées de la tête)</translation>
    </message>
    <message>
        <source>concept softmax temperature (default: the head&apos;s metadata)</source>
        <translation>température du softmax des concepts (par défaut : les métadonnées de la tête)</translation>
    </message>
    <message>
        <source>--encoder openclip needs --clip CHECKPOINT</source>
        <translation>--encoder openclip nécessite --clip CHECKPOINT</translation>
    </message>
    <message>
        <source>--%1 needs --encoder openclip</source>
        <translation>--%1 nécessite --encoder openclip</translation>
    </message>
    <message>
        <source>image features: dlib&apos;s face ResNet, or the image tower of a CLIP checkpoint</source>
        <translation>caractéristiques d’image : le ResNet facial de dlib, ou la tour image d’un checkpoint CLIP</translation>
    </message>
    <message>
        <source>CLIP checkpoint (open_clip or transformers safetensors, torch.save zip); with --encoder openclip</source>
        <translation>checkpoint CLIP (safetensors open_clip ou transformers, zip torch.save) ; avec --encoder openclip</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s MLP activation (default: its config&apos;s, else gelu)</source>
        <translation>l’activation MLP du checkpoint (par défaut : celle de sa configuration, sinon gelu)</translation>
    </message>
    <message>
        <source>tune the image tower&apos;s last MLP block too (stored in the pack)</source>
        <translation>ajuster aussi le dernier bloc MLP de la tour image (stocké dans le paquet)</translation>
    </message>
    <message>
        <source>labelled image folder (one subfolder per class) for the zero-shot alignment check before and after tuning</source>
        <translation>dossier d’images étiquetées (un sous-dossier par classe) pour le contrôle d’alignement zero-shot avant et après l’ajustement</translation>
    </message>
    <message>
        <source>copy the checkpoint into the pack instead of referencing it by path</source>
        <translation>copier le checkpoint dans le paquet au lieu de le référencer par chemin</translation>
    </message>
    <message>
        <source>feature cache, so retraining skips face analysis (and the frozen CLIP tower)</source>
        <translation>cache de caractéristiques, pour que le réentraînement saute l’analyse des visages (et la tour CLIP gelée)</translation>
    </message>
    <message>
        <source>share of the raw encoder embedding in the image embedding (with --encoder openclip: its starting value, trained with F_i)</source>
        <translation>part du plongement brut de l’encodeur dans le plongement d’image (avec --encoder openclip : sa valeur initiale, entraînée avec F_i)</translation>
    </message>
    <message>
        <source>learning rate (default: %1; %2 with --encoder openclip)</source>
        <translation>taux d’apprentissage (par défaut : %1 ; %2 avec --encoder openclip)</translation>
    </message>
    <message>
        <source>pack name (default: %1; %2 with --encoder openclip)</source>
        <translation>nom du paquet (par défaut : %1 ; %2 avec --encoder openclip)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: the %2_proj part of the attention projection is missing</source>
        <translation>tenseur &apos;%1&apos; : la partie %2_proj de la projection d’attention est manquante</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: the q/k/v projections have shapes or dtypes that do not fit together (%2 %3 and %4 %5)</source>
        <translation>tenseur &apos;%1&apos; : les projections q/k/v ont des formes ou des dtypes incompatibles (%2 %3 et %4 %5)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (from &apos;%2&apos;) appears twice</source>
        <translation>le tenseur &apos;%1&apos; (issu de &apos;%2&apos;) apparaît deux fois</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; expected [embed_dim, width]</source>
        <translation>le tenseur &apos;%1&apos; a la forme %2 ; attendu : [embed_dim, width]</translation>
    </message>
    <message>
        <source>the checkpoint mixes open_clip names (&apos;%1&apos;) and transformers names (&apos;%2&apos;); it holds tensors of two layouts</source>
        <translation>le checkpoint mélange des noms open_clip (&apos;%1&apos;) et des noms transformers (&apos;%2&apos;) ; il contient des tenseurs de deux dispositions différentes</translation>
    </message>
    <message>
        <source>not a CLIP checkpoint: it holds neither open_clip tensors (visual.*) nor transformers tensors (vision_model.*)</source>
        <translation>ce n’est pas un checkpoint CLIP : il ne contient ni tenseurs open_clip (visual.*) ni tenseurs transformers (vision_model.*)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is of dtype %2; a CLIP checkpoint holds F32, F16 or BF16 weights</source>
        <translation>le tenseur &apos;%1&apos; est de dtype %2 ; un checkpoint CLIP contient des poids F32, F16 ou BF16</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing: not a CLIP checkpoint</source>
        <translation>le tenseur &apos;%1&apos; est manquant : ce n’est pas un checkpoint CLIP</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; expected %3 dimensions</source>
        <translation>le tenseur &apos;%1&apos; a la forme %2 ; %3 dimensions attendues</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, which fits no ViT</source>
        <translation>le tenseur &apos;%1&apos; a la forme %2, qui ne correspond à aucun ViT</translation>
    </message>
    <message>
        <source>tensor &apos;visual.conv1.weight&apos; has shape %1; expected [width, 3, patch, patch]</source>
        <translation>le tenseur &apos;visual.conv1.weight&apos; a la forme %1 ; attendu : [width, 3, patch, patch]</translation>
    </message>
    <message>
        <source>tensor &apos;visual.positional_embedding&apos; has shape %1; expected [grid² + 1, %2]</source>
        <translation>le tenseur &apos;visual.positional_embedding&apos; a la forme %1 ; attendu : [grid² + 1, %2]</translation>
    </message>
    <message>
        <source>tensor &apos;text_projection&apos; has shape %1 but the image tower embeds into %2</source>
        <translation>le tenseur &apos;text_projection&apos; a la forme %1 mais la tour image projette en dimension %2</translation>
    </message>
    <message>
        <source>config &apos;std&apos; must be positive</source>
        <translation>configuration : &apos;std&apos; doit être positif</translation>
    </message>
    <message>
        <source>the image tower&apos;s width %1 cannot be split into attention heads; give the head count in a config.json beside the checkpoint</source>
        <translation>la largeur %1 de la tour image ne peut pas être répartie en têtes d’attention ; indiquez le nombre de têtes dans un config.json à côté du checkpoint</translation>
    </message>
    <message>
        <source>the text tower&apos;s width %1 cannot be split into attention heads; give the head count in a config.json beside the checkpoint</source>
        <translation>la largeur %1 de la tour texte ne peut pas être répartie en têtes d’attention ; indiquez le nombre de têtes dans un config.json à côté du checkpoint</translation>
    </message>
    <message>
        <source>config.checkpoint is missing or not an object {path or file, sha256}</source>
        <translation>config.checkpoint est manquant ou n’est pas un objet {path ou file, sha256}</translation>
    </message>
    <message>
        <source>config.checkpoint.sha256 must be 64 lower-case hex digits</source>
        <translation>config.checkpoint.sha256 doit comporter 64 chiffres hexadécimaux en minuscules</translation>
    </message>
    <message>
        <source>config.checkpoint needs either &apos;file&apos; (a copy inside the pack) or &apos;path&apos; (an absolute path outside it), not both</source>
        <translation>config.checkpoint nécessite soit &apos;file&apos; (une copie dans le paquet), soit &apos;path&apos; (un chemin absolu hors du paquet), mais pas les deux</translation>
    </message>
    <message>
        <source>config.checkpoint.file: %1</source>
        <translation>config.checkpoint.file : %1</translation>
    </message>
    <message>
        <source>config.checkpoint.file &apos;%1&apos; is not listed in the encoder&apos;s files</source>
        <translation>config.checkpoint.file &apos;%1&apos; n’est pas listé dans les fichiers de l’encodeur</translation>
    </message>
    <message>
        <source>config.checkpoint.path must be absolute (it is &apos;%1&apos;)</source>
        <translation>config.checkpoint.path doit être absolu (il vaut &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>config.checkpoint.sha256 does not match the SHA-256 manifest.json lists for the copied checkpoint %1</source>
        <translation>config.checkpoint.sha256 ne correspond pas au SHA-256 que manifest.json liste pour le checkpoint copié %1</translation>
    </message>
    <message>
        <source>the checkpoint %1 is missing (config.checkpoint.path); put the file back or rebuild the pack</source>
        <translation>le checkpoint %1 est manquant (config.checkpoint.path) ; remettez le fichier en place ou reconstruisez le paquet</translation>
    </message>
    <message>
        <source>Checking the checkpoint&apos;s SHA-256</source>
        <translation>Vérification du SHA-256 du checkpoint</translation>
    </message>
    <message>
        <source>cannot read the checkpoint %1 (%2)</source>
        <translation>impossible de lire le checkpoint %1 (%2)</translation>
    </message>
    <message>
        <source>the checkpoint %1 has SHA-256 %2, the pack was built with %3: it was replaced or modified</source>
        <translation>le checkpoint %1 a le SHA-256 %2, le paquet a été construit avec %3 : il a été remplacé ou modifié</translation>
    </message>
    <message>
        <source>config.tuned must be a pack-relative file (%1)</source>
        <translation>config.tuned doit être un fichier relatif au paquet (%1)</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>ce n’est pas une chaîne</translation>
    </message>
    <message>
        <source>config.tuned &apos;%1&apos; is not listed in the encoder&apos;s files</source>
        <translation>config.tuned &apos;%1&apos; n’est pas listé dans les fichiers de l’encodeur</translation>
    </message>
    <message>
        <source>config.activation must be &quot;gelu&quot; or &quot;quickgelu&quot;</source>
        <translation>config.activation doit valoir &quot;gelu&quot; ou &quot;quickgelu&quot;</translation>
    </message>
    <message>
        <source>files: &apos;%1&apos; is neither the checkpoint copy nor the tuned tensors</source>
        <translation>files : &apos;%1&apos; n’est ni la copie du checkpoint ni les tenseurs ajustés</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing</source>
        <translation>le tenseur &apos;%1&apos; est manquant</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; this architecture needs %3</source>
        <translation>le tenseur &apos;%1&apos; a la forme %2 ; cette architecture nécessite %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has dtype %2; CLIP weights must be F32, F16 or BF16</source>
        <translation>le tenseur &apos;%1&apos; a le dtype %2 ; les poids CLIP doivent être en F32, F16 ou BF16</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds the wrong number of bytes</source>
        <translation>le tenseur &apos;%1&apos; contient un nombre d’octets incorrect</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds NaN or infinite values: the checkpoint is damaged</source>
        <translation>le tenseur &apos;%1&apos; contient des valeurs NaN ou infinies : le checkpoint est endommagé</translation>
    </message>
    <message>
        <source>Encoding images</source>
        <translation>Encodage des images</translation>
    </message>
    <message>
        <source>encoding cancelled</source>
        <translation>encodage annulé</translation>
    </message>
    <message>
        <source>tuned tensor &apos;%1&apos; is not a tensor of this checkpoint</source>
        <translation>le tenseur ajusté &apos;%1&apos; n’est pas un tenseur de ce checkpoint</translation>
    </message>
    <message>
        <source>tuned tensor &apos;%1&apos; has shape %2; the checkpoint&apos;s is %3</source>
        <translation>le tenseur ajusté &apos;%1&apos; a la forme %2 ; celui du checkpoint a la forme %3</translation>
    </message>
    <message>
        <source>Reading CLIP checkpoint</source>
        <translation>Lecture du checkpoint CLIP</translation>
    </message>
    <message>
        <source>a token row has %1 ids; this model takes %2</source>
        <translation>une ligne de tokens contient %1 identifiants ; ce modèle en accepte %2</translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary of %2</source>
        <translation>l’identifiant de token %1 est hors du vocabulaire de %2</translation>
    </message>
    <message>
        <source>Encoding texts</source>
        <translation>Encodage des textes</translation>
    </message>
    <message>
        <source>this model has no text tower</source>
        <translation>ce modèle n’a pas de tour texte</translation>
    </message>
    <message>
        <source>cannot start the gzip decoder</source>
        <translation>impossible de démarrer le décodeur gzip</translation>
    </message>
    <message>
        <source>the compressed merge list unpacks to more than 64 MB</source>
        <translation>la liste de fusions compressée se décompresse en plus de 64 Mo</translation>
    </message>
    <message>
        <source>the compressed merge list is truncated (the file ends too early)</source>
        <translation>la liste de fusions compressée est tronquée (le fichier se termine trop tôt)</translation>
    </message>
    <message>
        <source>the compressed merge list is damaged (gzip data error)</source>
        <translation>la liste de fusions compressée est endommagée (erreur de données gzip)</translation>
    </message>
    <message>
        <source>not a CLIP merge list (no &quot;text&quot; string in the JS module)</source>
        <translation>ce n’est pas une liste de fusions CLIP (aucune chaîne &quot;text&quot; dans le module JS)</translation>
    </message>
    <message>
        <source>the JS merge list has a broken \u escape</source>
        <translation>la liste de fusions JS contient un échappement \u invalide</translation>
    </message>
    <message>
        <source>the JS merge list is truncated (its text string never ends)</source>
        <translation>la liste de fusions JS est tronquée (sa chaîne de texte ne se termine jamais)</translation>
    </message>
    <message>
        <source>cannot read the BPE merge list: %1</source>
        <translation>impossible de lire la liste de fusions BPE : %1</translation>
    </message>
    <message>
        <source>too large for a BPE merge list (over 64 MB)</source>
        <translation>trop volumineux pour une liste de fusions BPE (plus de 64 Mo)</translation>
    </message>
    <message>
        <source>the BPE merge list is empty</source>
        <translation>la liste de fusions BPE est vide</translation>
    </message>
    <message>
        <source>not a CLIP merge list (the text is not UTF-8)</source>
        <translation>ce n’est pas une liste de fusions CLIP (le texte n’est pas en UTF-8)</translation>
    </message>
    <message>
        <source>not a CLIP merge list (line %1 is not a pair of symbols)</source>
        <translation>ce n’est pas une liste de fusions CLIP (la ligne %1 n’est pas une paire de symboles)</translation>
    </message>
    <message>
        <source>the BPE merge list holds %1 merges; CLIP needs %2 (truncated or another vocabulary)</source>
        <translation>la liste de fusions BPE contient %1 fusions ; CLIP en nécessite %2 (liste tronquée ou autre vocabulaire)</translation>
    </message>
    <message>
        <source>the configuration beside the checkpoint cannot be read: %1</source>
        <translation>la configuration à côté du checkpoint ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>SHA-256 is unavailable</source>
        <translation>SHA-256 n’est pas disponible</translation>
    </message>
    <message>
        <source>image encoder, batch 1</source>
        <translation>encodeur d’images, lot de 1</translation>
    </message>
    <message>
        <source>benchmark cancelled</source>
        <translation>benchmark annulé</translation>
    </message>
    <message>
        <source>image encoder, batch 8</source>
        <translation>encodeur d’images, lot de 8</translation>
    </message>
    <message>
        <source>text encoder, 120 prompts</source>
        <translation>encodeur de texte, 120 prompts</translation>
    </message>
    <message>
        <source>GEMM rate</source>
        <translation>débit GEMM</translation>
    </message>
    <message>
        <source>OpenBLAS uses its SSE3 kernels on this AVX2/AVX-512 processor (~5x slower): set OPENBLAS_CORETYPE=%1</source>
        <translation>OpenBLAS utilise ses noyaux SSE3 sur ce processeur AVX2/AVX-512 (~5x plus lent) : définissez OPENBLAS_CORETYPE=%1</translation>
    </message>
    <message>
        <source>kernels: %1</source>
        <translation>noyaux : %1</translation>
    </message>
    <message>
        <source>zero-shot folder not found</source>
        <translation>dossier zero-shot introuvable</translation>
    </message>
    <message>
        <source>the class folder &apos;%1&apos; holds no image</source>
        <translation>le dossier de classe &apos;%1&apos; ne contient aucune image</translation>
    </message>
    <message>
        <source>a zero-shot folder needs at least two class subfolders with images, found %1</source>
        <translation>un dossier zero-shot nécessite au moins deux sous-dossiers de classe contenant des images ; trouvé(s) : %1</translation>
    </message>
    <message>
        <source>Zero-shot images</source>
        <translation>Images zero-shot</translation>
    </message>
    <message>
        <source>zero-shot check cancelled</source>
        <translation>contrôle zero-shot annulé</translation>
    </message>
    <message>
        <source>the image could not be prepared for the image tower</source>
        <translation>l’image n’a pas pu être préparée pour la tour image</translation>
    </message>
    <message>
        <source>alignment proxy (zero-shot on %1 images of %2 classes in %3): before tuning %4, tuned tower %5, tuned image embedding I %6</source>
        <translation>indicateur d’alignement (zero-shot sur %1 images de %2 classes dans %3) : avant ajustement %4, tour ajustée %5, plongement d’image ajusté I %6</translation>
    </message>
    <message>
        <source>warning: tuning lowered the tower&apos;s zero-shot accuracy by %1 points: the text-image alignment the explanations rely on may be damaged</source>
        <translation>avertissement : l’ajustement a réduit l’exactitude zero-shot de la tour de %1 points : l’alignement texte-image sur lequel reposent les explications est peut-être altéré</translation>
    </message>
    <message>
        <source>warning: the trained image embedding I scores %1 points below the checkpoint in zero-shot: its concept scores may no longer mean what the descriptor prompts say</source>
        <translation>avertissement : le plongement d’image entraîné I obtient %1 points de moins que le checkpoint en zero-shot : ses scores de concepts ne signifient peut-être plus ce que disent les prompts des descripteurs</translation>
    </message>
    <message>
        <source>a CLIP face pack needs the measured + prompt concept layout</source>
        <translation>un paquet facial CLIP nécessite la disposition de concepts mesurés + prompt</translation>
    </message>
    <message>
        <source>no trained head to write</source>
        <translation>aucune tête entraînée à écrire</translation>
    </message>
    <message>
        <source>calibration.baseline_threshold is missing: the CLIP image cosine is the pack&apos;s black-box baseline and needs its own threshold</source>
        <translation>calibration.baseline_threshold est manquant : le cosinus d’image CLIP est la référence boîte noire du paquet et nécessite son propre seuil</translation>
    </message>
    <message>
        <source>the model has no text tower: descriptor prompts cannot be encoded</source>
        <translation>le modèle n’a pas de tour texte : les prompts des descripteurs ne peuvent pas être encodés</translation>
    </message>
    <message>
        <source>Encoding descriptor prompts (%1 of %2)</source>
        <translation>Encodage des prompts des descripteurs (%1 sur %2)</translation>
    </message>
    <message>
        <source>Descriptor prompts encoded</source>
        <translation>Prompts des descripteurs encodés</translation>
    </message>
    <message>
        <source>cannot read the checkpoint (%1)</source>
        <translation>impossible de lire le checkpoint (%1)</translation>
    </message>
    <message>
        <source>cannot map the checkpoint (%1)</source>
        <translation>impossible de mapper le checkpoint en mémoire (%1)</translation>
    </message>
    <message>
        <source>__metadata__ has no number &apos;%1&apos; (give it as an option)</source>
        <translation>__metadata__ ne contient pas de nombre &apos;%1&apos; (indiquez-le en option)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing or not a matrix</source>
        <translation>le tenseur &apos;%1&apos; est manquant ou n’est pas une matrice</translation>
    </message>
    <message>
        <source>tensor &apos;F.0.weight&apos; has %1 rows, which does not divide the checkpoint&apos;s embedding width %2</source>
        <translation>le tenseur &apos;F.0.weight&apos; a %1 lignes, ce qui ne divise pas la largeur de plongement %2 du checkpoint</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, the catalog and checkpoint need %3</source>
        <translation>le tenseur &apos;%1&apos; a la forme %2, le catalogue et le checkpoint nécessitent %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, expected F32</source>
        <translation>le tenseur &apos;%1&apos; est en %2, F32 attendu</translation>
    </message>
    <message>
        <source>tensor &apos;T&apos; must not be given: the descriptor embeddings come from the checkpoint&apos;s text tower</source>
        <translation>le tenseur &apos;T&apos; ne doit pas être fourni : les plongements des descripteurs proviennent de la tour texte du checkpoint</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not part of a face head</source>
        <translation>le tenseur &apos;%1&apos; ne fait pas partie d’une tête faciale</translation>
    </message>
    <message>
        <source>the population statistics beside the head do not have %1 values</source>
        <translation>les statistiques de population à côté de la tête ne comportent pas %1 valeurs</translation>
    </message>
    <message>
        <source>descriptor embeddings do not match the catalog</source>
        <translation>les plongements des descripteurs ne correspondent pas au catalogue</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <source>appearance</source>
        <translation>apparence</translation>
    </message>
    <message>
        <source>CLIP prompt</source>
        <translation>prompt CLIP</translation>
    </message>
    <message>
        <source>a face layout&apos;s cosine concepts cannot be measured ones</source>
        <translation>les concepts cosinus d’une disposition faciale ne peuvent pas être des concepts mesurés</translation>
    </message>
    <message>
        <source>catalog has no descriptors</source>
        <translation>le catalogue n’a aucun descripteur</translation>
    </message>
    <message>
        <source>measured concepts from %1 (landmarks)</source>
        <translation>concepts mesurés issus de %1 (points de repère)</translation>
    </message>
    <message>
        <source>prompt concepts from %1 (image-text similarity)</source>
        <translation>concepts par prompt issus de %1 (similarité image-texte)</translation>
    </message>
    <message>
        <source>%1 concepts from %2</source>
        <translation>concepts %1 issus de %2</translation>
    </message>
    <message>
        <source>, checkpoint SHA-256 %1</source>
        <translation>, SHA-256 du checkpoint %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>head.layout: must be &quot;measured+appearance&quot; or &quot;measured+prompt&quot;</source>
        <translation>head.layout : doit valoir &quot;measured+appearance&quot; ou &quot;measured+prompt&quot;</translation>
    </message>
    <message>
        <source>head and descriptor tensors are written from the head</source>
        <translation>les tenseurs de tête et de descripteurs sont écrits à partir de la tête</translation>
    </message>
    <message>
        <source>dlib ResNet</source>
        <translation>dlib ResNet</translation>
    </message>
    <message>
        <source>CLIP image embedding</source>
        <translation>plongement d’image CLIP</translation>
    </message>
    <message>
        <source>The black-box baseline (the %5 image embedding&apos;s cosine) scores %1 against its threshold %2 (%3)%4.</source>
        <translation>La référence boîte noire (le cosinus du plongement d’image %5) obtient %1 face à son seuil %2 (%3)%4.</translation>
    </message>
    <message>
        <source>the checkpoint has no text tower to encode the descriptor prompts</source>
        <translation>le checkpoint n’a pas de tour texte pour encoder les prompts des descripteurs</translation>
    </message>
    <message>
        <source>checkpoint %1: %2, %3 (SHA-256 %4)</source>
        <translation>checkpoint %1 : %2, %3 (SHA-256 %4)</translation>
    </message>
    <message>
        <source>%1 descriptor prompts encoded, %2 measured concepts</source>
        <translation>%1 prompts de descripteurs encodés, %2 concepts mesurés</translation>
    </message>
    <message>
        <source>%1 training faces, %2 held-out identities, %3 failures</source>
        <translation>%1 visages d’entraînement, %2 identités mises de côté, %3 échecs</translation>
    </message>
    <message>
        <source>%1 held-out: explainable %2 ± %3, CLIP baseline %4 ± %5 (%6 pairs)</source>
        <translation>%1 mis de côté : explicable %2 ± %3, référence CLIP %4 ± %5 (%6 paires)</translation>
    </message>
    <message>
        <source>feature cache %1 not used (%2): rebuilt</source>
        <translation>cache de caractéristiques %1 non utilisé (%2) : reconstruit</translation>
    </message>
    <message>
        <source>feature cache: none (--cache not given)</source>
        <translation>cache de caractéristiques : aucun (--cache non indiqué)</translation>
    </message>
    <message>
        <source>feature cache: %1 of %2 faces reused from %3</source>
        <translation>cache de caractéristiques : %1 visages sur %2 réutilisés depuis %3</translation>
    </message>
    <message>
        <source>alignment proxy skipped: no --zero-shot folder given</source>
        <translation>indicateur d’alignement ignoré : aucun dossier --zero-shot indiqué</translation>
    </message>
    <message>
        <source>no face of a training identity could be analysed</source>
        <translation>aucun visage d’une identité d’entraînement n’a pu être analysé</translation>
    </message>
    <message>
        <source>trained alpha %1</source>
        <translation>alpha entraîné %1</translation>
    </message>
    <message>
        <source>not a feature cache of this version</source>
        <translation>ce n’est pas un cache de caractéristiques de cette version</translation>
    </message>
    <message>
        <source>exists and is not a Descry feature cache; it is not replaced</source>
        <translation>existe et n’est pas un cache de caractéristiques Descry ; il n’est pas remplacé</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>a TorchScript archive (torch.jit.save) holds code, not a state_dict; save its state_dict() with torch.save or as safetensors</source>
        <translation>une archive TorchScript (torch.jit.save) contient du code, et non un state_dict ; enregistrez son state_dict() avec torch.save ou au format safetensors</translation>
    </message>
    <message>
        <source>not a torch.save checkpoint: the zip archive has no data.pkl entry</source>
        <translation>ce n’est pas un checkpoint torch.save : l’archive zip n’a pas d’entrée data.pkl</translation>
    </message>
    <message>
        <source>the zip archive holds %1 data.pkl entries; a checkpoint holds one</source>
        <translation>l’archive zip contient %1 entrées data.pkl ; un checkpoint n’en contient qu’une</translation>
    </message>
    <message>
        <source>only little-endian checkpoints can be read (byteorder &apos;%1&apos;)</source>
        <translation>seuls les checkpoints little-endian peuvent être lus (byteorder &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: its storage &apos;%2&apos; is missing from the archive</source>
        <translation>tenseur &apos;%1&apos; : son stockage &apos;%2&apos; est absent de l’archive</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; is compressed (method %2); torch.save stores entries uncompressed, so it cannot be memory-mapped: re-save the checkpoint with torch.save</source>
        <translation>l’entrée zip &apos;%1&apos; est compressée (méthode %2) ; torch.save stocke les entrées sans compression, elle ne peut donc pas être mappée en mémoire : réenregistrez le checkpoint avec torch.save</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: %2</source>
        <translation>tenseur &apos;%1&apos; : %2</translation>
    </message>
    <message>
        <source>its storage &apos;%1&apos; holds %2 bytes, but %3 elements of %4 need %5</source>
        <translation>son stockage &apos;%1&apos; contient %2 octets, mais %3 éléments de %4 en nécessitent %5</translation>
    </message>
    <message>
        <source>more</source>
        <translation>davantage</translation>
    </message>
    <message>
        <source>implausible shape %1, stride %2 or offset %3</source>
        <translation>forme %1, pas %2 ou décalage %3 invraisemblable</translation>
    </message>
    <message>
        <source>shape %1 with stride %2 at offset %3 runs past its storage of %4 elements</source>
        <translation>la forme %1 avec le pas %2 au décalage %3 dépasse son stockage de %4 éléments</translation>
    </message>
    <message>
        <source>its strides %1 repeat elements of the storage; save tensor.contiguous() instead</source>
        <translation>ses pas %1 répètent des éléments du stockage ; enregistrez plutôt tensor.contiguous()</translation>
    </message>
    <message>
        <source>the checkpoint holds a %1, not a state_dict</source>
        <translation>le checkpoint contient un %1, et non un state_dict</translation>
    </message>
    <message>
        <source>a tensor is stored under a %1 key</source>
        <translation>un tenseur est stocké sous une clé de type %1</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; appears twice</source>
        <translation>le tenseur &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>the checkpoint holds no tensors</source>
        <translation>le checkpoint ne contient aucun tenseur</translation>
    </message>
    <message>
        <source>a torch.save checkpoint of the legacy format (PyTorch before 1.6) cannot be read; re-save it with a current PyTorch or as safetensors</source>
        <translation>un checkpoint torch.save à l’ancien format (PyTorch antérieur à 1.6) ne peut pas être lu ; réenregistrez-le avec une version actuelle de PyTorch ou au format safetensors</translation>
    </message>
    <message>
        <source>not a zip archive: %1 bytes is too short (file truncated?)</source>
        <translation>ce n’est pas une archive zip : %1 octets, c’est trop court (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>the zip archive has no end of central directory record (file truncated?)</source>
        <translation>l’archive zip n’a pas d’enregistrement de fin de répertoire central (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>multi-part zip archives are not supported</source>
        <translation>les archives zip en plusieurs parties ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>the zip64 end of central directory locator is missing (file damaged?)</source>
        <translation>le localisateur de fin de répertoire central zip64 est manquant (fichier endommagé ?)</translation>
    </message>
    <message>
        <source>the zip64 end of central directory record lies outside the file (file damaged?)</source>
        <translation>l’enregistrement de fin de répertoire central zip64 se trouve hors du fichier (fichier endommagé ?)</translation>
    </message>
    <message>
        <source>the zip64 central directory lies outside the file (file damaged?)</source>
        <translation>le répertoire central zip64 se trouve hors du fichier (fichier endommagé ?)</translation>
    </message>
    <message>
        <source>the zip central directory [%1, +%2) lies outside the file (%3 bytes; file truncated?)</source>
        <translation>le répertoire central zip [%1, +%2) se trouve hors du fichier (%3 octets ; fichier tronqué ?)</translation>
    </message>
    <message>
        <source>the zip central directory announces %1 entries but holds at most %2</source>
        <translation>le répertoire central zip annonce %1 entrées mais en contient au plus %2</translation>
    </message>
    <message>
        <source>a zip central directory record runs past the directory (file damaged?)</source>
        <translation>un enregistrement du répertoire central zip dépasse la fin du répertoire (fichier endommagé ?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: malformed zip64 extra field</source>
        <translation>entrée zip &apos;%1&apos; : champ supplémentaire zip64 mal formé</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; is encrypted</source>
        <translation>l’entrée zip &apos;%1&apos; est chiffrée</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: its local header at byte %2 is missing or outside the file (file damaged?)</source>
        <translation>entrée zip &apos;%1&apos; : son en-tête local à l’octet %2 est manquant ou hors du fichier (fichier endommagé ?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: implausible size %2</source>
        <translation>entrée zip &apos;%1&apos; : taille invraisemblable %2</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: its %2 bytes at byte %3 run past the data area (file truncated?)</source>
        <translation>entrée zip &apos;%1&apos; : ses %2 octets à partir de l’octet %3 dépassent la zone de données (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; is stored but its sizes disagree (%2 and %3 bytes)</source>
        <translation>l’entrée zip &apos;%1&apos; est stockée sans compression mais ses tailles diffèrent (%2 et %3 octets)</translation>
    </message>
    <message>
        <source>zip central directory record %1 of %2 is missing or damaged (file damaged?)</source>
        <translation>l’enregistrement %1 sur %2 du répertoire central zip est manquant ou endommagé (fichier endommagé ?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; appears twice</source>
        <translation>l’entrée zip &apos;%1&apos; apparaît deux fois</translation>
    </message>
    <message>
        <source>the pickle is %1 bytes, more than a state_dict needs</source>
        <translation>le pickle fait %1 octets, plus que ce dont un state_dict a besoin</translation>
    </message>
    <message>
        <source>the pickle ends without its STOP opcode (file truncated?)</source>
        <translation>le pickle se termine sans son opcode STOP (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>pickle &apos;%1&apos;, byte %2: %3</source>
        <translation>pickle &apos;%1&apos;, octet %2 : %3</translation>
    </message>
    <message>
        <source>the pickle is truncated</source>
        <translation>le pickle est tronqué</translation>
    </message>
    <message>
        <source>malformed pickle (stack underflow)</source>
        <translation>pickle mal formé (dépassement inférieur de pile)</translation>
    </message>
    <message>
        <source>the pickle holds more than %1 objects</source>
        <translation>le pickle contient plus de %1 objets</translation>
    </message>
    <message>
        <source>the pickle&apos;s stack grows beyond %1 entries</source>
        <translation>la pile du pickle dépasse %1 entrées</translation>
    </message>
    <message>
        <source>the pickle&apos;s containers hold more than %1 items</source>
        <translation>les conteneurs du pickle contiennent plus de %1 éléments</translation>
    </message>
    <message>
        <source>unknown pickle protocol</source>
        <translation>protocole pickle inconnu</translation>
    </message>
    <message>
        <source>the pickle nests deeper than %1 levels</source>
        <translation>le pickle comporte plus de %1 niveaux d’imbrication</translation>
    </message>
    <message>
        <source>pickle opcode 0x%1 is not supported in a checkpoint</source>
        <translation>l’opcode pickle 0x%1 n’est pas pris en charge dans un checkpoint</translation>
    </message>
    <message>
        <source>an integer of %1 bytes is too large</source>
        <translation>un entier de %1 octets est trop grand</translation>
    </message>
    <message>
        <source>malformed pickle (a dict with an odd number of items)</source>
        <translation>pickle mal formé (un dict avec un nombre impair d’éléments)</translation>
    </message>
    <message>
        <source>malformed pickle (items added to a %1)</source>
        <translation>pickle mal formé (éléments ajoutés à un %1)</translation>
    </message>
    <message>
        <source>the pickle memoizes more than %1 objects</source>
        <translation>le pickle mémorise plus de %1 objets</translation>
    </message>
    <message>
        <source>malformed pickle (memo entry %1 is missing)</source>
        <translation>pickle mal formé (l’entrée de mémo %1 est manquante)</translation>
    </message>
    <message>
        <source>malformed pickle (STACK_GLOBAL without names)</source>
        <translation>pickle mal formé (STACK_GLOBAL sans noms)</translation>
    </message>
    <message>
        <source>malformed pickle (a global name is unterminated or too long)</source>
        <translation>pickle mal formé (un nom global est non terminé ou trop long)</translation>
    </message>
    <message>
        <source>pickle global %1 is not allowed in a checkpoint (refused, nothing was run)</source>
        <translation>le global pickle %1 n’est pas autorisé dans un checkpoint (refusé, rien n’a été exécuté)</translation>
    </message>
    <message>
        <source>malformed pickle (REDUCE of a %1)</source>
        <translation>pickle mal formé (REDUCE d’un %1)</translation>
    </message>
    <message>
        <source>collections.OrderedDict called with arguments</source>
        <translation>collections.OrderedDict appelé avec des arguments</translation>
    </message>
    <message>
        <source>malformed _rebuild_parameter call</source>
        <translation>appel _rebuild_parameter mal formé</translation>
    </message>
    <message>
        <source>%1 cannot be called</source>
        <translation>%1 ne peut pas être appelé</translation>
    </message>
    <message>
        <source>malformed _rebuild_tensor_v2 call</source>
        <translation>appel _rebuild_tensor_v2 mal formé</translation>
    </message>
    <message>
        <source>malformed persistent id (not a torch storage)</source>
        <translation>identifiant persistant mal formé (ce n’est pas un stockage torch)</translation>
    </message>
    <message>
        <source>%1 is not a storage class</source>
        <translation>%1 n’est pas une classe de stockage</translation>
    </message>
    <message>
        <source>a storage of %1 elements</source>
        <translation>un stockage de %1 éléments</translation>
    </message>
    <message>
        <source>malformed pickle (BUILD of a %1)</source>
        <translation>pickle mal formé (BUILD d’un %1)</translation>
    </message>
    <message>
        <source>no tail</source>
        <translation>aucune queue</translation>
    </message>
    <message>
        <source>a tail needs a head with descriptor embeddings</source>
        <translation>une queue nécessite une tête avec des plongements de descripteurs</translation>
    </message>
    <message>
        <source>the cached inputs must be a matrix</source>
        <translation>les entrées en cache doivent être une matrice</translation>
    </message>
    <message>
        <source>give --%1 (the head file %2 records no &apos;%3&apos; in its metadata, nor does a pack it belongs to)</source>
        <translation>indiquez --%1 (le fichier de tête %2 n&apos;enregistre pas &apos;%3&apos; dans ses métadonnées, ni le paquet auquel il appartient)</translation>
    </message>
    <message>
        <source>is not DICOM; not exported</source>
        <translation>n’est pas un fichier DICOM ; non exporté</translation>
    </message>
    <message>
        <source>holds no DICOM image to de-identify</source>
        <translation>ne contient aucune image DICOM à désidentifier</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3 removed, %4 emptied, %5 replaced)
</source>
        <translation>%1 -&gt; %2 (%3 supprimés, %4 vidés, %5 remplacés)
</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) de-identified into %1, %2 UIDs remapped</source>
        <translation>
            <numerusform>%n fichier désidentifié dans %1, %2 UID réattribués</numerusform>
            <numerusform>%n fichiers désidentifiés dans %1, %2 UID réattribués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped (not DICOM images)</source>
        <translation>
            <numerusform>; %n fichier ignoré (pas une image DICOM)</numerusform>
            <numerusform>; %n fichiers ignorés (pas des images DICOM)</numerusform>
        </translation>
    </message>
    <message>
        <source>write de-identified copies of DICOM files (PS3.15 Basic Application Confidentiality Profile)</source>
        <translation>écrire des copies désidentifiées de fichiers DICOM (PS3.15 Basic Application Confidentiality Profile)</translation>
    </message>
    <message>
        <source>DICOM files, folders (scanned recursively) or DICOMDIRs</source>
        <translation>fichiers DICOM, dossiers (parcourus récursivement) ou DICOMDIR</translation>
    </message>
    <message>
        <source>folder the copies are written to (created; files are never overwritten)</source>
        <translation>dossier dans lequel les copies sont écrites (créé au besoin ; les fichiers ne sont jamais écrasés)</translation>
    </message>
    <message>
        <source>move every date by DAYS days (times kept) instead of removing dates</source>
        <translation>décaler chaque date de DAYS jours (heures conservées) au lieu de supprimer les dates</translation>
    </message>
    <message>
        <source>meets the goal</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>MISSES the goal</source>
        <translation>objectif MANQUÉ</translation>
    </message>
    <message>
        <source>%1 x %1 16-bit CR, %2 MB DICOM file, best of %3 runs</source>
        <translation>CR 16 bits de %1 x %1, fichier DICOM de %2 Mo, meilleur résultat sur %3 exécutions</translation>
    </message>
    <message>
        <source>decode (read, hash, stored values):  %1 ms</source>
        <translation>décodage (lecture, empreinte, valeurs stockées) :  %1 ms</translation>
    </message>
    <message>
        <source>first display from decoded pixels:  %1 ms (goal &lt; 300 ms: %2)</source>
        <translation>premier affichage à partir des pixels décodés :  %1 ms (objectif &lt; 300 ms : %2)</translation>
    </message>
    <message>
        <source>  LUT build %1 ms, LUT apply %2 ms</source>
        <translation>  construction de la LUT %1 ms, application de la LUT %2 ms</translation>
    </message>
    <message>
        <source>scale to %1x%2 viewport (smooth):  %3 ms scaled(), %4 ms QPainter</source>
        <translation>mise à l’échelle pour une zone d’affichage de %1x%2 (lissée) :  %3 ms scaled(), %4 ms QPainter</translation>
    </message>
    <message>
        <source>window/level redraw:  %1 fps full resolution, %2 fps drawn into the viewport (goal &gt;= 30: %3)</source>
        <translation>redessin du fenêtrage :  %1 i/s en pleine résolution, %2 i/s dessinées dans la zone d’affichage (objectif &gt;= 30 : %3)</translation>
    </message>
    <message>
        <source>in process CPU time (not inflated by other processes): decode %1 ms, first display %2 ms, redraw %3 fps (%4 fps drawn into the viewport)</source>
        <translation>temps CPU du processus (non gonflé par les autres processus) : décodage %1 ms, premier affichage %2 ms, redessin %3 i/s (%4 i/s dessinées dans la zone d’affichage)</translation>
    </message>
    <message>
        <source>baseline memcpy of the frame:  %1 GB/s (%2 ms); first display = %3 frame copies</source>
        <translation>memcpy de référence de la trame :  %1 Go/s (%2 ms) ; premier affichage = %3 copies de trame</translation>
    </message>
    <message>
        <source>time decoding, first display and window/level redraws of a generated 16-bit CR</source>
        <translation>chronométrer le décodage, le premier affichage et les redessins du fenêtrage d’un CR 16 bits généré</translation>
    </message>
    <message>
        <source>rows and columns of the generated image</source>
        <translation>lignes et colonnes de l’image générée</translation>
    </message>
    <message>
        <source>--window takes CENTER,WIDTH (two numbers, width &gt; 0), not &quot;%1&quot;</source>
        <translation>--window attend CENTER,WIDTH (deux nombres, largeur &gt; 0), et non « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>--frame %1: the image has %n frame(s)</source>
        <translation>
            <numerusform>--frame %1 : l’image a %n trame</numerusform>
            <numerusform>--frame %1 : l’image a %n trames</numerusform>
        </translation>
    </message>
    <message>
        <source>--window and --preset apply to greyscale images; this image is colour (%1)</source>
        <translation>--window et --preset s’appliquent aux images en niveaux de gris ; cette image est en couleur (%1)</translation>
    </message>
    <message>
        <source>--preset %1: the image has no window presets</source>
        <translation>--preset %1 : l’image n’a aucun préréglage de fenêtre</translation>
    </message>
    <message numerus="yes">
        <source>--preset %1: the image has %n window preset(s)</source>
        <translation>
            <numerusform>--preset %1 : l’image a %n préréglage de fenêtre</numerusform>
            <numerusform>--preset %1 : l’image a %n préréglages de fenêtre</numerusform>
        </translation>
    </message>
    <message>
        <source>raster image</source>
        <translation>image matricielle</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 x %5, frame %6 of %7, %8 bits stored
</source>
        <translation>%1 : %2 %3, %4 x %5, trame %6 sur %7, %8 bits stockés
</translation>
    </message>
    <message>
        <source>window: %1%2
</source>
        <translation>fenêtre : %1%2
</translation>
    </message>
    <message>
        <source>, inverted</source>
        <translation>, inversée</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>%1 écrit
</translation>
    </message>
    <message>
        <source>exists and is not a PNG image; it is not replaced, choose another file</source>
        <translation>existe et n’est pas une image PNG ; il n’est pas remplacé, choisissez un autre fichier</translation>
    </message>
    <message>
        <source>frame %1 could not be rendered</source>
        <translation>la trame %1 n’a pas pu être rendue</translation>
    </message>
    <message>
        <source>the PNG image could not be encoded</source>
        <translation>l’image PNG n’a pas pu être encodée</translation>
    </message>
    <message>
        <source>write a radiograph (DICOM or raster) as a reader sees it, as PNG; with --json its metadata</source>
        <translation>écrire une radiographie (DICOM ou matricielle) telle que la voit le lecteur, au format PNG ; avec --json, ses métadonnées</translation>
    </message>
    <message>
        <source>a DICOM file or a PNG/JPEG/TIFF radiograph</source>
        <translation>un fichier DICOM ou une radiographie PNG/JPEG/TIFF</translation>
    </message>
    <message>
        <source>the PNG to write (never the input; an existing file only if it is a PNG)</source>
        <translation>le PNG à écrire (jamais l’entrée ; un fichier existant seulement s’il s’agit d’un PNG)</translation>
    </message>
    <message>
        <source>frame to render, numbered from 1</source>
        <translation>trame à rendre, numérotée à partir de 1</translation>
    </message>
    <message>
        <source>window in modality units (overrides --preset and the file&apos;s default)</source>
        <translation>fenêtre en unités de modalité (prime sur --preset et sur la fenêtre par défaut du fichier)</translation>
    </message>
    <message>
        <source>the file&apos;s window preset K, numbered from 1 (default: the first)</source>
        <translation>le préréglage de fenêtre K du fichier, numéroté à partir de 1 (par défaut : le premier)</translation>
    </message>
    <message>
        <source>include patient and study identifiers in the JSON (hidden by default)</source>
        <translation>inclure les identifiants du patient et de l’étude dans le JSON (masqués par défaut)</translation>
    </message>
    <message>
        <source>evidence role of a chest X-ray case must be &apos;radiograph&apos;, not &apos;%1&apos;</source>
        <translation>le rôle d’une pièce d’un dossier de radiographie thoracique doit être &apos;radiograph&apos;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>radiographs belong in a chest X-ray case, not a %1 case</source>
        <translation>les radiographies relèvent d’un dossier de radiographie thoracique, et non d’un dossier %1</translation>
    </message>
    <message>
        <source>evidence file has changed since it was loaded (expected SHA-256 %1, found %2)</source>
        <translation>le fichier de pièce a changé depuis son chargement (SHA-256 attendu %1, trouvé %2)</translation>
    </message>
    <message>
        <source>a case records at most %1 radiographs</source>
        <translation>un dossier consigne au plus %1 radiographies</translation>
    </message>
    <message>
        <source>a viewer state belongs in a chest X-ray case</source>
        <translation>un état de visionneuse relève d’un dossier de radiographie thoracique</translation>
    </message>
    <message>
        <source>the image is not a radiograph of this case</source>
        <translation>l’image n’est pas une radiographie de ce dossier</translation>
    </message>
    <message>
        <source>viewer state: %1</source>
        <translation>état de la visionneuse : %1</translation>
    </message>
    <message>
        <source>larger than the limit of %1 KB</source>
        <translation>dépasse la limite de %1 Ko</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a value of the wrong kind</source>
        <translation>le membre &apos;%1&apos; a une valeur du mauvais type</translation>
    </message>
    <message>
        <source>free-text reading notes belong in a chest X-ray case</source>
        <translation>les notes de lecture en texte libre relèvent d’un dossier de radiographie thoracique</translation>
    </message>
    <message>
        <source>the reading notes are longer than %1 characters</source>
        <translation>les notes de lecture dépassent %1 caractères</translation>
    </message>
    <message>
        <source>reading notes: %1 → %2</source>
        <translation>notes de lecture : %1 → %2</translation>
    </message>
    <message>
        <source>member &apos;path&apos;: %1 is listed twice (each radiograph appears once)</source>
        <translation>membre &apos;path&apos; : %1 est listé deux fois (chaque radiographie n’apparaît qu’une fois)</translation>
    </message>
    <message>
        <source>member &apos;role&apos; of a chest X-ray case must be radiograph, not &apos;%1&apos;</source>
        <translation>le membre &apos;role&apos; d’un dossier de radiographie thoracique doit être radiograph, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>more than %1 radiographs</source>
        <translation>plus de %1 radiographies</translation>
    </message>
    <message>
        <source>case: member &apos;cxr&apos; in a %1 case</source>
        <translation>dossier : membre &apos;cxr&apos; dans un dossier %1</translation>
    </message>
    <message>
        <source>case: member &apos;cxr&apos; must be an object</source>
        <translation>dossier : le membre &apos;cxr&apos; doit être un objet</translation>
    </message>
    <message>
        <source>case: unknown member &apos;cxr.%1&apos;</source>
        <translation>dossier : membre inconnu &apos;cxr.%1&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.image&apos; must name a radiograph of the case or be empty</source>
        <translation>dossier : le membre &apos;cxr.image&apos; doit désigner une radiographie du dossier ou être vide</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.viewer&apos; must be an object</source>
        <translation>dossier : le membre &apos;cxr.viewer&apos; doit être un objet</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.reading_notes&apos; must be a text of at most %1 characters</source>
        <translation>dossier : le membre &apos;cxr.reading_notes&apos; doit être un texte d’au plus %1 caractères</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.viewer&apos;: %1</source>
        <translation>dossier : membre &apos;cxr.viewer&apos; : %1</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.image&apos; (%1) is not one of the case&apos;s radiographs</source>
        <translation>dossier : le membre &apos;cxr.image&apos; (%1) ne fait pas partie des radiographies du dossier</translation>
    </message>
    <message>
        <source>the benchmark&apos;s DICOM file could not be written: %1</source>
        <translation>le fichier DICOM du banc d’essai n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>no temporary folder for the benchmark: %1</source>
        <translation>aucun dossier temporaire pour le banc d’essai : %1</translation>
    </message>
    <message>
        <source>writing a %1 x %1 16-bit CR</source>
        <translation>écriture d’un CR 16 bits de %1 x %1</translation>
    </message>
    <message>
        <source>decoding and first display</source>
        <translation>décodage et premier affichage</translation>
    </message>
    <message>
        <source>the benchmark image could not be displayed</source>
        <translation>l’image du banc d’essai n’a pas pu être affichée</translation>
    </message>
    <message>
        <source>window/level redraws</source>
        <translation>redessins du fenêtrage</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>the file says its pixels carry burned-in text (BurnedInAnnotation YES): names or dates may still be visible in the de-identified image</source>
        <translation>le fichier indique que ses pixels contiennent du texte incrusté (BurnedInAnnotation YES) : des noms ou des dates peuvent rester visibles dans l’image désidentifiée</translation>
    </message>
    <message>
        <source>the file does not say whether its pixels carry burned-in text (no BurnedInAnnotation): check the de-identified image for visible names or dates</source>
        <translation>le fichier n’indique pas si ses pixels contiennent du texte incrusté (pas de BurnedInAnnotation) : vérifiez que l’image désidentifiée ne montre aucun nom ni aucune date</translation>
    </message>
    <message>
        <source>is a folder, not a DICOM file</source>
        <translation>est un dossier, et non un fichier DICOM</translation>
    </message>
    <message>
        <source>is not a DICOM file; nothing was exported</source>
        <translation>n’est pas un fichier DICOM ; rien n’a été exporté</translation>
    </message>
    <message>
        <source>cannot read the DICOM file, nothing was exported</source>
        <translation>impossible de lire le fichier DICOM, rien n’a été exporté</translation>
    </message>
    <message>
        <source>de-identification was cancelled; nothing was written</source>
        <translation>la désidentification a été annulée ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>does not exist; nothing was exported</source>
        <translation>n’existe pas ; rien n’a été exporté</translation>
    </message>
    <message>
        <source>has the same SOP Instance UID as %1 but other content; its copy was given a SOP Instance UID of its own</source>
        <translation>a le même SOP Instance UID que %1 mais un autre contenu ; sa copie a reçu son propre SOP Instance UID</translation>
    </message>
    <message>
        <source>already exists; de-identified files are never overwritten; nothing was exported</source>
        <translation>existe déjà ; les fichiers désidentifiés ne sont jamais écrasés ; rien n’a été exporté</translation>
    </message>
    <message>
        <source>cannot write the de-identified file (%1)</source>
        <translation>impossible d’écrire le fichier désidentifié (%1)</translation>
    </message>
    <message>
        <source>the data could not be flushed to disk</source>
        <translation>les données n’ont pas pu être écrites sur le disque</translation>
    </message>
    <message>
        <source>already exists; de-identified files are never overwritten</source>
        <translation>existe déjà ; les fichiers désidentifiés ne sont jamais écrasés</translation>
    </message>
    <message>
        <source>no DICOM file to de-identify was given</source>
        <translation>aucun fichier DICOM à désidentifier n’a été indiqué</translation>
    </message>
    <message>
        <source>no output folder given (the path is empty)</source>
        <translation>aucun dossier de sortie indiqué (le chemin est vide)</translation>
    </message>
    <message>
        <source>is a file, not a folder; nothing was exported</source>
        <translation>est un fichier, et non un dossier ; rien n’a été exporté</translation>
    </message>
    <message>
        <source>cannot create the output folder; nothing was exported</source>
        <translation>impossible de créer le dossier de sortie ; rien n’a été exporté</translation>
    </message>
    <message>
        <source>de-identification was cancelled</source>
        <translation>la désidentification a été annulée</translation>
    </message>
    <message>
        <source>there is not enough memory to decode the image</source>
        <translation>la mémoire est insuffisante pour décoder l’image</translation>
    </message>
    <message>
        <source>unexpected failure while reading DICOM: %1</source>
        <translation>échec inattendu lors de la lecture DICOM : %1</translation>
    </message>
    <message>
        <source>unexpected failure while reading DICOM</source>
        <translation>échec inattendu lors de la lecture DICOM</translation>
    </message>
    <message>
        <source>C %1, W %2</source>
        <translation>C %1, L %2</translation>
    </message>
    <message>
        <source>Min/max (%1)</source>
        <translation>Min/max (%1)</translation>
    </message>
    <message>
        <source>Preset %1 (%2)</source>
        <translation>Préréglage %1 (%2)</translation>
    </message>
    <message>
        <source>Preset %1: %2 (%3)</source>
        <translation>Préréglage %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>VOI LUT %1: %2</source>
        <translation>VOI LUT %1 : %2</translation>
    </message>
    <message>
        <source>Custom (%1)</source>
        <translation>Personnalisée (%1)</translation>
    </message>
    <message>
        <source>Colour image (no window)</source>
        <translation>Image en couleur (sans fenêtre)</translation>
    </message>
    <message>
        <source>image is %1×%2 px: its pixels would need %3, more than the %4 limit</source>
        <translation>l’image fait %1×%2 px : ses pixels nécessiteraient %3, plus que la limite de %4</translation>
    </message>
    <message>
        <source>neither DICOM nor a readable image (PNG, JPEG, TIFF, BMP, PGM) - cannot open it as a radiograph</source>
        <translation>ni DICOM ni image lisible (PNG, JPEG, TIFF, BMP, PGM) - impossible de l’ouvrir comme radiographie</translation>
    </message>
    <message>
        <source>image file is truncated or corrupt (%1)</source>
        <translation>le fichier image est tronqué ou corrompu (%1)</translation>
    </message>
    <message>
        <source>cannot decode the image (the file is damaged or its %1 variant is not supported)</source>
        <translation>impossible de décoder l’image (le fichier est endommagé ou sa variante %1 n’est pas prise en charge)</translation>
    </message>
    <message>
        <source>the image header does not state its size</source>
        <translation>l’en-tête de l’image n’indique pas sa taille</translation>
    </message>
    <message>
        <source>the DICOMDIR refers to %1, which is missing</source>
        <translation>le DICOMDIR renvoie à %1, qui est manquant</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>no file or folder to scan was given</source>
        <translation>aucun fichier ni dossier à parcourir n’a été indiqué</translation>
    </message>
    <message>
        <source>scanning was cancelled</source>
        <translation>le parcours a été annulé</translation>
    </message>
    <message numerus="yes">
        <source>no radiograph found (%n file(s) skipped: %1)</source>
        <translation>
            <numerusform>aucune radiographie trouvée (%n fichier ignoré : %1)</numerusform>
            <numerusform>aucune radiographie trouvée (%n fichiers ignorés : %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no files</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <source>%1: the file is truncated (it ends before the data it announces)</source>
        <translation>%1 : le fichier est tronqué (il se termine avant les données qu’il annonce)</translation>
    </message>
    <message>
        <source>the file is not valid DICOM</source>
        <translation>le fichier n’est pas un DICOM valide</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>le fichier ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>a key object selection document</source>
        <translation>un document de sélection d’objets clés</translation>
    </message>
    <message>
        <source>a structured report</source>
        <translation>un compte rendu structuré</translation>
    </message>
    <message>
        <source>a presentation state</source>
        <translation>un état de présentation</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...)</source>
        <translation>un document encapsulé (PDF, CDA, ...)</translation>
    </message>
    <message>
        <source>a waveform</source>
        <translation>un tracé (waveform)</translation>
    </message>
    <message>
        <source>raw data</source>
        <translation>des données brutes</translation>
    </message>
    <message>
        <source>a spatial registration</source>
        <translation>un recalage spatial</translation>
    </message>
    <message>
        <source>a set of spatial fiducials</source>
        <translation>un ensemble de repères spatiaux</translation>
    </message>
    <message>
        <source>a deformable spatial registration</source>
        <translation>un recalage spatial déformable</translation>
    </message>
    <message>
        <source>a surface segmentation</source>
        <translation>une segmentation de surface</translation>
    </message>
    <message>
        <source>a real world value map</source>
        <translation>une table de valeurs réelles (real world value map)</translation>
    </message>
    <message>
        <source>a surface scan</source>
        <translation>un scan de surface</translation>
    </message>
    <message>
        <source>a radiotherapy structure set</source>
        <translation>un ensemble de structures de radiothérapie</translation>
    </message>
    <message>
        <source>a radiotherapy treatment record</source>
        <translation>un enregistrement de traitement de radiothérapie</translation>
    </message>
    <message>
        <source>a radiotherapy plan</source>
        <translation>un plan de radiothérapie</translation>
    </message>
    <message>
        <source>a radiotherapy treatment summary</source>
        <translation>un récapitulatif de traitement de radiothérapie</translation>
    </message>
    <message>
        <source>a radiotherapy object</source>
        <translation>un objet de radiothérapie</translation>
    </message>
    <message>
        <source>a hanging protocol</source>
        <translation>un protocole d’affichage (hanging protocol)</translation>
    </message>
    <message>
        <source>a colour palette</source>
        <translation>une palette de couleurs</translation>
    </message>
    <message>
        <source>a DICOMDIR (media directory)</source>
        <translation>un DICOMDIR (répertoire de support)</translation>
    </message>
    <message>
        <source>more than 8 EiB</source>
        <translation>plus de 8 Eio</translation>
    </message>
    <message>
        <source>the character set %1 cannot be converted; names are shown as Latin-1</source>
        <translation>le jeu de caractères %1 ne peut pas être converti ; les noms sont affichés en Latin-1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n’existe pas</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>n’est pas un fichier</translation>
    </message>
    <message>
        <source>the file is empty, not a DICOM file</source>
        <translation>le fichier est vide, ce n’est pas un fichier DICOM</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 limit for DICOM files</source>
        <translation>le fichier fait %1, plus que la limite de %2 pour les fichiers DICOM</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>is %1 (%2), not an image</source>
        <translation>est %1 (%2), et non une image</translation>
    </message>
    <message>
        <source>the image has no Rows or Columns attribute</source>
        <translation>l’image n’a pas d’attribut Rows ou Columns</translation>
    </message>
    <message>
        <source>the image has no Bits Allocated attribute</source>
        <translation>l’image n’a pas d’attribut Bits Allocated</translation>
    </message>
    <message>
        <source>Bits Stored is missing; taken as Bits Allocated (%1)</source>
        <translation>Bits Stored est manquant ; la valeur de Bits Allocated (%1) est utilisée</translation>
    </message>
    <message>
        <source>Photometric Interpretation is missing; taken as %1</source>
        <translation>Photometric Interpretation est manquant ; %1 est supposé</translation>
    </message>
    <message>
        <source>absurd image header: %1</source>
        <translation>en-tête d’image aberrant : %1</translation>
    </message>
    <message>
        <source>%1 rows x %2 columns</source>
        <translation>%1 lignes x %2 colonnes</translation>
    </message>
    <message>
        <source>Number of Frames is %1</source>
        <translation>Number of Frames vaut %1</translation>
    </message>
    <message>
        <source>Bits Allocated is %1 (1, 8, 16 or 32 expected)</source>
        <translation>Bits Allocated vaut %1 (1, 8, 16 ou 32 attendu)</translation>
    </message>
    <message>
        <source>Bits Stored is %1 with Bits Allocated %2</source>
        <translation>Bits Stored vaut %1 avec Bits Allocated %2</translation>
    </message>
    <message>
        <source>High Bit is %1 with Bits Stored %2 and Bits Allocated %3</source>
        <translation>High Bit vaut %1 avec Bits Stored %2 et Bits Allocated %3</translation>
    </message>
    <message>
        <source>%1 samples per pixel (1 or 3 expected)</source>
        <translation>%1 échantillons par pixel (1 ou 3 attendus)</translation>
    </message>
    <message>
        <source>unsigned 32-bit pixel values are not supported</source>
        <translation>les valeurs de pixel 32 bits non signées ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>photometric interpretation %1 is not supported</source>
        <translation>l’interprétation photométrique %1 n’est pas prise en charge</translation>
    </message>
    <message>
        <source>%1 with %2 samples per pixel</source>
        <translation>%1 avec %2 échantillons par pixel</translation>
    </message>
    <message>
        <source>%1 with 1 bit per sample</source>
        <translation>%1 avec 1 bit par échantillon</translation>
    </message>
    <message>
        <source>absurd dimensions: %1 x %2 x %3 frames would need %4 of memory, more than the %5 limit</source>
        <translation>dimensions aberrantes : %1 x %2 x %3 trames nécessiteraient %4 de mémoire, plus que la limite de %5</translation>
    </message>
    <message>
        <source>floating-point pixel data is not supported</source>
        <translation>les données de pixels à virgule flottante ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>the file has no pixel data</source>
        <translation>le fichier ne contient pas de données de pixels</translation>
    </message>
    <message>
        <source>the pixel data is truncated: %1 bytes where %2 x %3 x %4 frames need %5</source>
        <translation>les données de pixels sont tronquées : %1 octets alors que %2 x %3 x %4 trames en nécessitent %5</translation>
    </message>
    <message>
        <source>transfer syntax %1 (%2) is not supported</source>
        <translation>la syntaxe de transfert %1 (%2) n’est pas prise en charge</translation>
    </message>
    <message>
        <source>the Modality LUT Sequence is inconsistent and was ignored</source>
        <translation>la Modality LUT Sequence est incohérente et a été ignorée</translation>
    </message>
    <message>
        <source>window %1 (centre %2, width %3) is invalid and was ignored</source>
        <translation>la fenêtre %1 (centre %2, largeur %3) n’est pas valide et a été ignorée</translation>
    </message>
    <message>
        <source>VOI LUT %1 is inconsistent and was ignored</source>
        <translation>la VOI LUT %1 est incohérente et a été ignorée</translation>
    </message>
    <message>
        <source>DCMTK&apos;s data dictionary is not installed (dicom.dic)</source>
        <translation>le dictionnaire de données de DCMTK n’est pas installé (dicom.dic)</translation>
    </message>
    <message>
        <source>is not a DICOM file (no DICM marker, no DICOM attributes at its start)</source>
        <translation>n’est pas un fichier DICOM (ni marqueur DICM, ni attributs DICOM au début)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>cannot be read as DICOM</source>
        <translation>ne peut pas être lu comme DICOM</translation>
    </message>
    <message numerus="yes">
        <source>%n stray byte(s) before the first attribute were skipped</source>
        <translation>
            <numerusform>%n octet parasite avant le premier attribut a été ignoré</numerusform>
            <numerusform>%n octets parasites avant le premier attribut ont été ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the DICOMDIR</source>
        <translation>impossible de lire le DICOMDIR</translation>
    </message>
    <message>
        <source>is not a DICOMDIR (it has no directory records)</source>
        <translation>n’est pas un DICOMDIR (il ne contient aucun enregistrement de répertoire)</translation>
    </message>
    <message>
        <source>the DICOMDIR refers to no files</source>
        <translation>le DICOMDIR ne renvoie à aucun fichier</translation>
    </message>
    <message>
        <source>is a structured report, not an image</source>
        <translation>est un compte rendu structuré, et non une image</translation>
    </message>
    <message>
        <source>is a presentation state, not an image</source>
        <translation>est un état de présentation, et non une image</translation>
    </message>
    <message>
        <source>is a DICOMDIR (an index of files), not an image</source>
        <translation>est un DICOMDIR (un index de fichiers), et non une image</translation>
    </message>
    <message>
        <source>is not an image (a %1 object without pixel data)</source>
        <translation>n’est pas une image (un objet %1 sans données de pixels)</translation>
    </message>
    <message>
        <source>is not an image (no pixel data)</source>
        <translation>n’est pas une image (aucune donnée de pixels)</translation>
    </message>
    <message>
        <source>has pixel data but no image size (Rows or Columns missing)</source>
        <translation>contient des données de pixels mais pas de taille d’image (Rows ou Columns manquant)</translation>
    </message>
    <message>
        <source>frame %1 cannot be decoded (%2)</source>
        <translation>la trame %1 ne peut pas être décodée (%2)</translation>
    </message>
    <message>
        <source>the pixel data is not encapsulated as transfer syntax %1 requires</source>
        <translation>les données de pixels ne sont pas encapsulées comme l’exige la syntaxe de transfert %1</translation>
    </message>
    <message>
        <source>pixel data fragment %1 cannot be read</source>
        <translation>le fragment de données de pixels %1 ne peut pas être lu</translation>
    </message>
    <message>
        <source>the pixel data holds %1 JPEG 2000 frames, the header says %2</source>
        <translation>les données de pixels contiennent %1 trames JPEG 2000, l’en-tête en indique %2</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>trame %1 : %2</translation>
    </message>
    <message>
        <source>segmented palette colour lookup tables are not supported</source>
        <translation>les tables de correspondance de palette de couleurs segmentées ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>the palette colour lookup tables are missing or inconsistent</source>
        <translation>les tables de correspondance de palette de couleurs sont manquantes ou incohérentes</translation>
    </message>
    <message>
        <source>Decoding frame %1 of %2</source>
        <translation>Décodage de la trame %1 sur %2</translation>
    </message>
    <message>
        <source>decoding was cancelled</source>
        <translation>le décodage a été annulé</translation>
    </message>
    <message numerus="yes">
        <source>Decoded %n frame(s)</source>
        <translation>
            <numerusform>%n trame décodée</numerusform>
            <numerusform>%n trames décodées</numerusform>
        </translation>
    </message>
    <message>
        <source>the JPEG 2000 frame has %1 components, the header says %2</source>
        <translation>la trame JPEG 2000 a %1 composantes, l’en-tête en indique %2</translation>
    </message>
    <message>
        <source>the JPEG 2000 frame is %1 x %2 (component %3), the header says %4 x %5</source>
        <translation>la trame JPEG 2000 fait %1 x %2 (composante %3), l’en-tête indique %4 x %5</translation>
    </message>
    <message>
        <source>the frame is not a JPEG 2000 codestream</source>
        <translation>la trame n’est pas un flux de code (codestream) JPEG 2000</translation>
    </message>
    <message>
        <source>OpenJPEG could not create a decoder</source>
        <translation>OpenJPEG n’a pas pu créer de décodeur</translation>
    </message>
    <message>
        <source>OpenJPEG refused its decoder settings</source>
        <translation>OpenJPEG a refusé les paramètres de son décodeur</translation>
    </message>
    <message>
        <source>OpenJPEG could not create a stream</source>
        <translation>OpenJPEG n’a pas pu créer de flux</translation>
    </message>
    <message>
        <source>the JPEG 2000 header cannot be read</source>
        <translation>l’en-tête JPEG 2000 ne peut pas être lu</translation>
    </message>
    <message>
        <source>the JPEG 2000 frame is %1 x %2, the header says %3 x %4</source>
        <translation>la trame JPEG 2000 fait %1 x %2, l’en-tête indique %3 x %4</translation>
    </message>
    <message>
        <source>the JPEG 2000 frame cannot be decoded</source>
        <translation>la trame JPEG 2000 ne peut pas être décodée</translation>
    </message>
    <message>
        <source>the rescale (slope %1, intercept %2) is invalid and was ignored</source>
        <translation>la remise à l’échelle (pente %1, ordonnée à l’origine %2) est invalide et a été ignorée</translation>
    </message>
    <message>
        <source>no chest X-ray pack is installed: build one with `descry-cli train cxr ...` or `descry-cli pack build --task cxr ...`, see README &quot;Chest X-ray packs&quot;</source>
        <translation>aucun paquet de radiographie thoracique n’est installé : créez-en un avec `descry-cli train cxr ...` ou `descry-cli pack build --task cxr ...`, voir la section « Chest X-ray packs » du README</translation>
    </message>
    <message>
        <source>Chest X-ray review: %1 (frame %2)
</source>
        <translation>Examen de radiographie thoracique : %1 (trame %2)
</translation>
    </message>
    <message>
        <source>Pack: %1 %2 (SHA-256 %3); encoder %4
</source>
        <translation>Paquet : %1 %2 (SHA-256 %3) ; encodeur %4
</translation>
    </message>
    <message>
        <source>Catalog: %1 %2 (SHA-256 %3)
</source>
        <translation>Catalogue : %1 %2 (SHA-256 %3)
</translation>
    </message>
    <message>
        <source>What the encoder saw: %1

</source>
        <translation>Ce que l’encodeur a vu : %1

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
        <translation>Décision : %1
</translation>
    </message>
    <message>
        <source>Calibration: threshold %1, %2; calibrated on %3 (%4, %5)
</source>
        <translation>Calibration : seuil %1, %2 ; calibré sur %3 (%4, %5)
</translation>
    </message>
    <message>
        <source>indeterminate band [%1, %2]</source>
        <translation>bande d’indétermination [%1, %2]</translation>
    </message>
    <message>
        <source>no indeterminate band</source>
        <translation>pas de bande d’indétermination</translation>
    </message>
    <message>
        <source>
Descriptors present: %1
</source>
        <translation>
Descripteurs présents : %1
</translation>
    </message>
    <message>
        <source>
Concept scores by group (share of the margin; + toward effusion):
</source>
        <translation>
Scores des concepts par groupe (part de la marge ; + vers l’épanchement) :
</translation>
    </message>
    <message>
        <source>  [present]</source>
        <translation>  [présent]</translation>
    </message>
    <message>
        <source>
Decomposition of the margin:
</source>
        <translation>
Décomposition de la marge :
</translation>
    </message>
    <message>
        <source>  sum of descriptor contributions  %1
</source>
        <translation>  somme des contributions des descripteurs  %1
</translation>
    </message>
    <message>
        <source>  + bias term b1 - b0              %1
</source>
        <translation>  + terme de biais b1 - b0                  %1
</translation>
    </message>
    <message>
        <source>  = margin l1 - l0                 %1  (logits %2, %3)
</source>
        <translation>  = marge l1 - l0                           %1  (logits %2, %3)
</translation>
    </message>
    <message>
        <source>  head&apos;s own forward pass          %1
</source>
        <translation>  propre passe avant de la tête             %1
</translation>
    </message>
    <message>
        <source>  residual                         %1
</source>
        <translation>  résidu                                    %1
</translation>
    </message>
    <message>
        <source>Time: %1 ms (pack load %2 ms, display %3 ms, encoder %4 ms, head %5 ms)
</source>
        <translation>Durée : %1 ms (chargement du paquet %2 ms, affichage %3 ms, encodeur %4 ms, tête %5 ms)
</translation>
    </message>
    <message>
        <source>Report: %1
</source>
        <translation>Rapport : %1
</translation>
    </message>
    <message>
        <source>review a chest radiograph for pleural effusion with an installed chest X-ray pack, explained by radiologist descriptors</source>
        <translation>examiner une radiographie thoracique à la recherche d’un épanchement pleural avec un paquet de radiographie thoracique installé, expliqué par des descripteurs radiologiques</translation>
    </message>
    <message>
        <source>chest X-ray pack: a folder, its manifest.json or an installed pack name (default: the first installed chest X-ray pack)</source>
        <translation>paquet de radiographie thoracique : un dossier, son manifest.json ou le nom d’un paquet installé (par défaut : le premier paquet de radiographie thoracique installé)</translation>
    </message>
    <message>
        <source>also write a PDF report for the chart (never over the input)</source>
        <translation>écrire aussi un rapport PDF pour le dossier médical (jamais par-dessus l’entrée)</translation>
    </message>
    <message>
        <source>frame to review, numbered from 1</source>
        <translation>trame à examiner, numérotée à partir de 1</translation>
    </message>
    <message>
        <source>display window in modality units (overrides --preset and the file&apos;s default); the encoder sees the image as displayed</source>
        <translation>fenêtre d’affichage en unités de modalité (prime sur --preset et sur la fenêtre par défaut du fichier) ; l’encodeur voit l’image telle qu’affichée</translation>
    </message>
    <message>
        <source>give either &quot;text&quot; (a string) or &quot;sentences&quot; (a list of strings), not both or neither</source>
        <translation>indiquez soit &quot;text&quot; (une chaîne), soit &quot;sentences&quot; (une liste de chaînes), mais pas les deux ni aucun</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;sentences&quot; must be a list of strings</source>
        <translation>&quot;sentences&quot; doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>JSON non valide (%1 à la colonne %2)</translation>
    </message>
    <message>
        <source>expected one JSON object {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;}</source>
        <translation>un objet JSON attendu {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string or a whole number</source>
        <translation>&quot;id&quot; doit être une chaîne ou un nombre entier</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; was already given on line %2</source>
        <translation>l’id &apos;%1&apos; a déjà été donné à la ligne %2</translation>
    </message>
    <message>
        <source>no entries (expected one JSON object per line)</source>
        <translation>aucune entrée (un objet JSON par ligne attendu)</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not in %2</source>
        <translation>l’id &apos;%1&apos; n’est pas dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) matched by id
</source>
        <translation>
            <numerusform>%n paire appariée par id
</numerusform>
            <numerusform>%n paires appariées par id
</numerusform>
        </translation>
    </message>
    <message>
        <source>ROUGE-L F (mean over pairs): %1
</source>
        <translation>ROUGE-L F (moyenne sur les paires) : %1
</translation>
    </message>
    <message>
        <source>METEOR (mean over pairs):    %1
</source>
        <translation>METEOR (moyenne sur les paires) :    %1
</translation>
    </message>
    <message>
        <source>score explanation sentences against reference sentences: corpus ROUGE-L and METEOR</source>
        <translation>évaluer des phrases d’explication par rapport à des phrases de référence : ROUGE-L et METEOR sur le corpus</translation>
    </message>
    <message>
        <source>one JSON object per line: {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;} or {&quot;id&quot;: ..., &quot;sentences&quot;: [...]}</source>
        <translation>un objet JSON par ligne : {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;} ou {&quot;id&quot;: ..., &quot;sentences&quot;: [...]}</translation>
    </message>
    <message>
        <source>the reference sentences, the same ids, same format</source>
        <translation>les phrases de référence, avec les mêmes id et le même format</translation>
    </message>
    <message>
        <source>a CXR descriptor catalog with extraction rules (default: the built-in cxr-pleural-effusion catalog)</source>
        <translation>un catalogue de descripteurs CXR avec des règles d’extraction (par défaut : le catalogue intégré cxr-pleural-effusion)</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>non mentionné</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incertain</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>side %1</source>
        <translation>côté %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>taille %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>present (%1)</source>
        <translation>présent (%1)</translation>
    </message>
    <message>
        <source>%1
%2: %3
</source>
        <translation>%1
%2 : %3
</translation>
    </message>
    <message>
        <source>  evidence: &quot;%1&quot; [%2, %3)
</source>
        <translation>  preuve : « %1 » [%2, %3)
</translation>
    </message>
    <message>
        <source>descriptors: %1
</source>
        <translation>descripteurs : %1
</translation>
    </message>
    <message>
        <source>  %1 (%2): %3%4
    evidence: &quot;%5&quot; [%6, %7)
</source>
        <translation>  %1 (%2) : %3%4
    preuve : « %5 » [%6, %7)
</translation>
    </message>
    <message>
        <source>, historical</source>
        <translation>, antécédent</translation>
    </message>
    <message>
        <source>  %1: MeSH %2, extracted %3
    &quot;%4&quot;
</source>
        <translation>  %1 : MeSH %2, extrait %3
    « %4 »
</translation>
    </message>
    <message>
        <source>(no mention of the finding)</source>
        <translation>(aucune mention de l’anomalie)</translation>
    </message>
    <message>
        <source>Indiana reports: n = %1 (MeSH &apos;Pleural Effusion&apos; as truth; text = FINDINGS + IMPRESSION)
</source>
        <translation>Comptes rendus d’Indiana : n = %1 (MeSH &apos;Pleural Effusion&apos; comme vérité terrain ; texte = FINDINGS + IMPRESSION)
</translation>
    </message>
    <message>
        <source>confusion matrix (rows MeSH, columns extraction &apos;present&apos;):
</source>
        <translation>matrice de confusion (lignes MeSH, colonnes extraction &apos;present&apos;) :
</translation>
    </message>
    <message>
        <source>  MeSH present: %1 extracted present, %2 not
</source>
        <translation>  MeSH présent : %1 extraits présents, %2 non
</translation>
    </message>
    <message>
        <source>  MeSH absent:  %1 extracted present, %2 not
</source>
        <translation>  MeSH absent :  %1 extraits présents, %2 non
</translation>
    </message>
    <message>
        <source>precision %1, recall %2, F1 %3
</source>
        <translation>précision %1, rappel %2, F1 %3
</translation>
    </message>
    <message>
        <source>side accuracy %1/%2, size accuracy %3/%4 (true positives whose MeSH carries them)
</source>
        <translation>exactitude du côté %1/%2, exactitude de la taille %3/%4 (vrais positifs dont le MeSH les précise)
</translation>
    </message>
    <message>
        <source>most instructive errors:
</source>
        <translation>erreurs les plus instructives :
</translation>
    </message>
    <message>
        <source>has no column &apos;clinical_notes&apos;</source>
        <translation>n’a pas de colonne &apos;clinical_notes&apos;</translation>
    </message>
    <message>
        <source>%1: %2 notes; effusion present %3, absent %4, uncertain %5, not mentioned %6
</source>
        <translation>%1 : %2 notes ; épanchement présent %3, absent %4, incertain %5, non mentionné %6
</translation>
    </message>
    <message>
        <source>give --indiana PATH and/or --covid CSV</source>
        <translation>indiquez --indiana PATH et/ou --covid CSV</translation>
    </message>
    <message>
        <source>read a radiology report: the pleural effusion finding (present, side, size) and every catalog descriptor it mentions, with evidence</source>
        <translation>lire un compte rendu de radiologie : la constatation d’un épanchement pleural (présence, côté, taille) et chaque descripteur du catalogue qu’il mentionne, avec les preuves</translation>
    </message>
    <message>
        <source>a plain-text report (UTF-8 or Latin-1, at most 1 MiB) or an Indiana/OpenI XML report</source>
        <translation>un compte rendu en texte brut (UTF-8 ou Latin-1, au plus 1 Mio) ou un compte rendu XML Indiana/OpenI</translation>
    </message>
    <message>
        <source>evaluate report-descriptor extraction against labelled reports (Indiana MeSH terms)</source>
        <translation>évaluer l’extraction des descripteurs des comptes rendus sur des comptes rendus étiquetés (termes MeSH d’Indiana)</translation>
    </message>
    <message>
        <source>the Indiana reports: NLMCXR_reports.tgz or a folder of their XML files</source>
        <translation>les comptes rendus d’Indiana : NLMCXR_reports.tgz ou un dossier de leurs fichiers XML</translation>
    </message>
    <message>
        <source>a CSV with a clinical_notes column: extraction on every note</source>
        <translation>un CSV avec une colonne clinical_notes : extraction sur chaque note</translation>
    </message>
    <message>
        <source>how many instructive errors to list</source>
        <translation>nombre d’erreurs instructives à lister</translation>
    </message>
    <message>
        <source>, indeterminate band %1</source>
        <translation>, bande d’indétermination %1</translation>
    </message>
    <message>
        <source>--threshold %1: a chest X-ray pack decides at a probability strictly between 0 and 1</source>
        <translation>--threshold %1 : un paquet de radiographie thoracique décide à une probabilité strictement comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>--copy-encoder and --baseline-threshold apply to face packs; a chest X-ray pack references its checkpoint by path and SHA-256</source>
        <translation>--copy-encoder et --baseline-threshold s’appliquent aux paquets faciaux ; un paquet de radiographie thoracique référence son checkpoint par chemin et SHA-256</translation>
    </message>
    <message>
        <source>%1: chest X-ray pack written and verified (%2 descriptor concepts, threshold %3; checkpoint SHA-256 %4)
</source>
        <translation>%1 : paquet de radiographie thoracique écrit et vérifié (%2 concepts de descripteurs, seuil %3 ; SHA-256 du checkpoint %4)
</translation>
    </message>
    <message>
        <source>build a face or chest X-ray pack from a CLIP checkpoint, a descriptor catalog and a trained head: every descriptor prompt encoded once, the checkpoint referenced by path and SHA-256 or copied</source>
        <translation>construire un paquet facial ou de radiographie thoracique à partir d’un checkpoint CLIP, d’un catalogue de descripteurs et d’une tête entraînée : chaque prompt de descripteur est encodé une seule fois, le checkpoint est référencé par chemin et SHA-256 ou copié</translation>
    </message>
    <message>
        <source>descriptor catalog (default: the built-in FISWG face catalog; with --task cxr the built-in chest X-ray catalog)</source>
        <translation>catalogue de descripteurs (par défaut : le catalogue facial FISWG intégré ; avec --task cxr, le catalogue de radiographie thoracique intégré)</translation>
    </message>
    <message>
        <source>trained head: F.*, W [, b, alpha] and morph.mean/morph.std, with threshold, baseline_threshold, alpha and tau in its metadata; or the head.safetensors of a pack `train face --encoder openclip` wrote, whose manifest and descriptors.safetensors give them (options override both); with --task cxr: F.*, W [N x 2], b, with threshold, alpha and tau in its metadata, or a CXR pack&apos;s head.safetensors</source>
        <translation>tête entraînée : F.*, W [, b, alpha] et morph.mean/morph.std, avec threshold, baseline_threshold, alpha et tau dans ses métadonnées ; ou le head.safetensors d’un paquet écrit par `train face --encoder openclip`, dont le manifeste et descriptors.safetensors les fournissent (les options priment sur les deux) ; avec --task cxr : F.*, W [N x 2], b, avec threshold, alpha et tau dans ses métadonnées, ou le head.safetensors d’un paquet CXR</translation>
    </message>
    <message>
        <source>match threshold of the explainable score; with --task cxr the P(effusion) decision threshold in (0, 1) (default: the head&apos;s metadata)</source>
        <translation>seuil de correspondance du score explicable ; avec --task cxr, le seuil de décision de P(effusion) dans (0, 1) (par défaut : les métadonnées de la tête)</translation>
    </message>
    <message>
        <source>--%1 needs three numbers r,g,b (e.g. 0.5,0.5,0.5)</source>
        <translation>--%1 attend trois nombres r,g,b (par ex. 0.5,0.5,0.5)</translation>
    </message>
    <message>
        <source>--encoder torchscript needs --%1</source>
        <translation>--encoder torchscript nécessite --%1</translation>
    </message>
    <message>
        <source>--clip and --activation need --encoder openclip</source>
        <translation>--clip et --activation nécessitent --encoder openclip</translation>
    </message>
    <message>
        <source>--std values must be positive</source>
        <translation>les valeurs de --std doivent être positives</translation>
    </message>
    <message>
        <source>TorchScript module not found</source>
        <translation>module TorchScript introuvable</translation>
    </message>
    <message>
        <source>--%1 needs --encoder torchscript</source>
        <translation>--%1 nécessite --encoder torchscript</translation>
    </message>
    <message>
        <source>--test-fraction and --validation-fraction must leave patients to train on</source>
        <translation>--test-fraction et --validation-fraction doivent laisser des patients pour l’entraînement</translation>
    </message>
    <message>
        <source>indeterminate %1–%2</source>
        <translation>indéterminé %1–%2</translation>
    </message>
    <message>
        <source>images: %1 train (%2 patients), %3 validation (%4), %5 test (%6); features %7 cached, %8 computed
threshold %9, %10
</source>
        <translation>images : %1 d’entraînement (%2 patients), %3 de validation (%4), %5 de test (%6) ; caractéristiques : %7 en cache, %8 calculées
seuil %9, %10
</translation>
    </message>
    <message>
        <source>test: accuracy %1, precision %2, recall %3, F1 %4, ROC AUC %5; explanations ROUGE-L %6, METEOR %7
pack written to %8
</source>
        <translation>test : exactitude %1, précision %2, rappel %3, F1 %4, ROC AUC %5 ; explications ROUGE-L %6, METEOR %7
paquet écrit dans %8
</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>train, calibrate and evaluate an explainable chest X-ray pack on radiographs with their reports</source>
        <translation>entraîner, calibrer et évaluer un paquet explicable de radiographie thoracique sur des radiographies accompagnées de leurs comptes rendus</translation>
    </message>
    <message>
        <source>radiographs: a folder (patient = file name up to the first &apos;_&apos;) or a CSV with columns image[,patient]</source>
        <translation>radiographies : un dossier (patient = nom de fichier jusqu’au premier &apos;_&apos;) ou un CSV avec les colonnes image[,patient]</translation>
    </message>
    <message>
        <source>reports: a folder of &lt;image stem&gt;.txt, or a CSV with columns image and report (or report_path)</source>
        <translation>comptes rendus : un dossier de fichiers &lt;nom de l’image sans extension&gt;.txt, ou un CSV avec les colonnes image et report (ou report_path)</translation>
    </message>
    <message>
        <source>frozen image encoder: a TorchScript module, or the image tower of a CLIP checkpoint (descriptor embeddings from its text tower)</source>
        <translation>encodeur d’images gelé : un module TorchScript, ou la tour image d’un checkpoint CLIP (plongements des descripteurs issus de sa tour texte)</translation>
    </message>
    <message>
        <source>TorchScript image encoder (with --encoder torchscript)</source>
        <translation>encodeur d’images TorchScript (avec --encoder torchscript)</translation>
    </message>
    <message>
        <source>the module&apos;s square input size in pixels</source>
        <translation>taille d’entrée carrée du module, en pixels</translation>
    </message>
    <message>
        <source>input normalisation mean, on pixel values scaled to 0..1</source>
        <translation>moyenne de normalisation de l’entrée, sur des valeurs de pixels ramenées à 0..1</translation>
    </message>
    <message>
        <source>input normalisation std</source>
        <translation>écart type de normalisation de l’entrée</translation>
    </message>
    <message>
        <source>descriptor embeddings: tensor &quot;T&quot;, one row per catalog descriptor in catalog order, as wide as the module&apos;s output</source>
        <translation>plongements des descripteurs : tenseur &quot;T&quot;, une ligne par descripteur du catalogue dans l’ordre du catalogue, aussi large que la sortie du module</translation>
    </message>
    <message>
        <source>CLIP checkpoint (with --encoder openclip)</source>
        <translation>checkpoint CLIP (avec --encoder openclip)</translation>
    </message>
    <message>
        <source>descriptor catalog (default: the built-in pleural-effusion catalog)</source>
        <translation>catalogue de descripteurs (par défaut : le catalogue intégré de l’épanchement pleural)</translation>
    </message>
    <message>
        <source>feature-cache folder (default: the user&apos;s cache folder)</source>
        <translation>dossier du cache de caractéristiques (par défaut : le dossier de cache de l’utilisateur)</translation>
    </message>
    <message>
        <source>random seed (split, training)</source>
        <translation>graine aléatoire (partition, entraînement)</translation>
    </message>
    <message>
        <source>share of the patients held out for testing</source>
        <translation>part des patients mis de côté pour le test</translation>
    </message>
    <message>
        <source>share of the patients used to calibrate the threshold</source>
        <translation>part des patients utilisés pour calibrer le seuil</translation>
    </message>
    <message>
        <source>dataset name recorded in the calibration (default: the images&apos; folder name)</source>
        <translation>nom du jeu de données consigné dans la calibration (par défaut : le nom du dossier des images)</translation>
    </message>
    <message>
        <source>the reading is locked: amend it with a reason</source>
        <translation>la lecture est verrouillée : modifiez-la par un avenant motivé</translation>
    </message>
    <message>
        <source>the descriptor checklist belongs in a chest X-ray case</source>
        <translation>la liste de contrôle des descripteurs relève d’un dossier de radiographie thoracique</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a descriptor id</source>
        <translation>&apos;%1&apos; n’est pas un id de descripteur</translation>
    </message>
    <message>
        <source>checklist %1: %2 → %3</source>
        <translation>liste de contrôle %1 : %2 → %3</translation>
    </message>
    <message>
        <source>only a chest X-ray reading is locked this way</source>
        <translation>seule une lecture de radiographie thoracique se verrouille de cette façon</translation>
    </message>
    <message>
        <source>the reading is already locked by %1</source>
        <translation>la lecture est déjà verrouillée par %1</translation>
    </message>
    <message>
        <source>locking the reading needs the radiologist&apos;s name</source>
        <translation>le verrouillage de la lecture nécessite le nom du radiologue</translation>
    </message>
    <message>
        <source>nothing to lock: write reading notes or assess at least one descriptor first</source>
        <translation>rien à verrouiller : rédigez d’abord des notes de lecture ou évaluez au moins un descripteur</translation>
    </message>
    <message>
        <source>reading locked by %1</source>
        <translation>lecture verrouillée par %1</translation>
    </message>
    <message>
        <source>only a locked reading is amended; edit it directly</source>
        <translation>seule une lecture verrouillée fait l’objet d’un avenant ; modifiez-la directement</translation>
    </message>
    <message>
        <source>the amendment changes nothing</source>
        <translation>l’avenant ne change rien</translation>
    </message>
    <message>
        <source>chest X-ray review computed with pack %1 %2 (hidden: blind review)</source>
        <translation>examen de radiographie thoracique calculé avec le paquet %1 %2 (masqué : examen à l’aveugle)</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist&apos; must be an object</source>
        <translation>dossier : le membre &apos;cxr.checklist&apos; doit être un objet</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist&apos; lists more than %1 descriptors</source>
        <translation>dossier : le membre &apos;cxr.checklist&apos; liste plus de %1 descripteurs</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist&apos;: &apos;%1&apos; is not a descriptor id</source>
        <translation>dossier : membre &apos;cxr.checklist&apos; : &apos;%1&apos; n’est pas un id de descripteur</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist.%1&apos; must be present, absent or uncertain</source>
        <translation>dossier : le membre &apos;cxr.checklist.%1&apos; doit valoir present, absent ou uncertain</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.lock&apos; must be null or {examiner, utc}</source>
        <translation>dossier : le membre &apos;cxr.lock&apos; doit être null ou {examiner, utc}</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>calibration.%1: missing</source>
        <translation>calibration.%1 : manquant</translation>
    </message>
    <message>
        <source>calibration.%1: must be a non-empty string</source>
        <translation>calibration.%1 : doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>calibration.threshold: missing</source>
        <translation>calibration.threshold : manquant</translation>
    </message>
    <message>
        <source>calibration.threshold: must be a probability strictly between 0 and 1</source>
        <translation>calibration.threshold : doit être une probabilité strictement comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>calibration.indeterminate: missing (give [low, high] or null)</source>
        <translation>calibration.indeterminate : manquant (indiquez [low, high] ou null)</translation>
    </message>
    <message>
        <source>calibration.indeterminate: must be [low, high] with two probabilities, or null</source>
        <translation>calibration.indeterminate : doit être [low, high] avec deux probabilités, ou null</translation>
    </message>
    <message>
        <source>calibration.indeterminate: [%1, %2] must contain the threshold %3</source>
        <translation>calibration.indeterminate : [%1, %2] doit contenir le seuil %3</translation>
    </message>
    <message>
        <source>the displayed image is empty</source>
        <translation>l’image affichée est vide</translation>
    </message>
    <message>
        <source>the encoder&apos;s input size %1 is not positive</source>
        <translation>la taille d’entrée %1 de l’encodeur n’est pas positive</translation>
    </message>
    <message>
        <source>the encoder input could not be made</source>
        <translation>l’entrée de l’encodeur n’a pas pu être construite</translation>
    </message>
    <message>
        <source>as displayed</source>
        <translation>telle qu’affichée</translation>
    </message>
    <message>
        <source>display %1</source>
        <translation>affichage %1</translation>
    </message>
    <message>
        <source>%1; %2; shortest side resized to %3 px (antialiased bicubic); centre crop %3×%3</source>
        <translation>%1 ; %2 ; plus petit côté redimensionné à %3 px (bicubique avec anticrénelage) ; recadrage central %3×%3</translation>
    </message>
    <message>
        <source>grey replicated to RGB</source>
        <translation>niveaux de gris répliqués en RVB</translation>
    </message>
    <message>
        <source>colour as displayed</source>
        <translation>couleur telle qu’affichée</translation>
    </message>
    <message>
        <source>encoder.sources: a chest X-ray pack takes one image encoder (&apos;encoder.type&apos;)</source>
        <translation>encoder.sources : un paquet de radiographie thoracique accepte un seul encodeur d’images (&apos;encoder.type&apos;)</translation>
    </message>
    <message>
        <source>encoder.type: &apos;%1&apos; does not encode images; a chest X-ray pack needs an image encoder</source>
        <translation>encoder.type : &apos;%1&apos; n’encode pas d’images ; un paquet de radiographie thoracique nécessite un encodeur d’images</translation>
    </message>
    <message>
        <source>head.m: is %1; a chest X-ray head has 2 logits (no effusion, effusion)</source>
        <translation>head.m : vaut %1 ; une tête de radiographie thoracique a 2 logits (pas d’épanchement, épanchement)</translation>
    </message>
    <message>
        <source>head.bias: must be true (a chest X-ray head has a bias per logit)</source>
        <translation>head.bias : doit être true (une tête de radiographie thoracique a un biais par logit)</translation>
    </message>
    <message>
        <source>head.n_direct: is %1; a chest X-ray head has no direct scores</source>
        <translation>head.n_direct : vaut %1 ; une tête de radiographie thoracique n’a pas de scores directs</translation>
    </message>
    <message>
        <source>head.concepts: does not list the catalog&apos;s %1 descriptors in order</source>
        <translation>head.concepts : ne liste pas les %1 descripteurs du catalogue dans l’ordre</translation>
    </message>
    <message>
        <source>calibration: missing (a chest X-ray pack decides at a calibrated threshold)</source>
        <translation>calibration : manquant (un paquet de radiographie thoracique décide à un seuil calibré)</translation>
    </message>
    <message>
        <source>task: is &apos;%1&apos;, expected %2 (a chest X-ray pack)</source>
        <translation>task : vaut &apos;%1&apos;, attendu %2 (un paquet de radiographie thoracique)</translation>
    </message>
    <message>
        <source>%1 %2, checkpoint SHA-256 %3 (%4)</source>
        <translation>%1 %2, SHA-256 du checkpoint %3 (%4)</translation>
    </message>
    <message>
        <source>%1, input %2 px, %3 values</source>
        <translation>%1, entrée %2 px, %3 valeurs</translation>
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
        <translation>l’encodeur prend %1×%1 px, et non %2×%3</translation>
    </message>
    <message>
        <source>a chest X-ray head has 2 logits, a bias, no direct scores and a fixed alpha</source>
        <translation>une tête de radiographie thoracique a 2 logits, un biais, aucun score direct et un alpha fixe</translation>
    </message>
    <message>
        <source>the head has %1 concepts but the catalog %2 descriptors</source>
        <translation>la tête a %1 concepts mais le catalogue %2 descripteurs</translation>
    </message>
    <message>
        <source>tensor &apos;W&apos; must be [%1, 2] (one row per descriptor of catalog %2, logits no effusion / effusion), not %3</source>
        <translation>le tenseur &apos;W&apos; doit être [%1, 2] (une ligne par descripteur du catalogue %2, logits pas d’épanchement / épanchement), et non %3</translation>
    </message>
    <message>
        <source>tensor &apos;b&apos; is missing (a chest X-ray head has a bias per logit)</source>
        <translation>le tenseur &apos;b&apos; est manquant (une tête de radiographie thoracique a un biais par logit)</translation>
    </message>
    <message>
        <source>tensor &apos;F.0.weight&apos; must be [%1 / r, %1] for the checkpoint&apos;s embedding width %1, not %2</source>
        <translation>le tenseur &apos;F.0.weight&apos; doit être [%1 / r, %1] pour la largeur de plongement %1 du checkpoint, et non %2</translation>
    </message>
    <message>
        <source>alpha = %1 lies outside [0, 1]</source>
        <translation>alpha = %1 est hors de [0, 1]</translation>
    </message>
    <message>
        <source>tau = %1 must lie in (0, %2]</source>
        <translation>tau = %1 doit être dans (0, %2]</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not part of a chest X-ray head</source>
        <translation>le tenseur &apos;%1&apos; ne fait pas partie d’une tête de radiographie thoracique</translation>
    </message>
    <message>
        <source>holds no Indiana XML reports (*.xml)</source>
        <translation>ne contient aucun compte rendu XML d’Indiana (*.xml)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to unpack the reports</source>
        <translation>impossible de créer un dossier temporaire pour décompresser les comptes rendus</translation>
    </message>
    <message>
        <source>cannot unpack the archive: the &apos;tar&apos; program is not available</source>
        <translation>impossible de décompresser l’archive : le programme &apos;tar&apos; n’est pas disponible</translation>
    </message>
    <message>
        <source>cannot unpack the archive (tar: %1)</source>
        <translation>impossible de décompresser l’archive (tar : %1)</translation>
    </message>
    <message>
        <source>a quoted CSV field is not closed</source>
        <translation>un champ CSV entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>the CSV file is empty</source>
        <translation>le fichier CSV est vide</translation>
    </message>
    <message>
        <source>descriptor catalog &apos;%1&apos; has no report-extraction rules (member &apos;extraction&apos;)</source>
        <translation>le catalogue de descripteurs &apos;%1&apos; n’a pas de règles d’extraction des comptes rendus (membre &apos;extraction&apos;)</translation>
    </message>
    <message>
        <source>not a well-formed XML report (%1 at line %2)</source>
        <translation>ce n’est pas un compte rendu XML bien formé (%1 à la ligne %2)</translation>
    </message>
    <message>
        <source>not an Indiana/OpenI report (no eCitation element)</source>
        <translation>ce n’est pas un compte rendu Indiana/OpenI (aucun élément eCitation)</translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data)</source>
        <translation>n’est pas un fichier texte (il contient des données binaires)</translation>
    </message>
    <message>
        <source>colour image, no window</source>
        <translation>image en couleur, sans fenêtre</translation>
    </message>
    <message>
        <source>C %1 W %2 (custom)</source>
        <translation>C %1 L %2 (personnalisée)</translation>
    </message>
    <message>
        <source>C %1 W %2 (preset %3)</source>
        <translation>C %1 L %2 (préréglage %3)</translation>
    </message>
    <message>
        <source>C %1 W %2 (min/max)</source>
        <translation>C %1 L %2 (min/max)</translation>
    </message>
    <message>
        <source>8-bit raster, no window</source>
        <translation>image matricielle 8 bits, sans fenêtre</translation>
    </message>
    <message>
        <source>on both sides</source>
        <translation>des deux côtés</translation>
    </message>
    <message>
        <source>on the patient&apos;s left (the image&apos;s right)</source>
        <translation>à gauche du patient (à droite de l’image)</translation>
    </message>
    <message>
        <source>on the patient&apos;s right (the image&apos;s left)</source>
        <translation>à droite du patient (à gauche de l’image)</translation>
    </message>
    <message>
        <source>Pleural effusion: P(effusion) = %1, at or above the calibrated threshold %2.</source>
        <translation>Épanchement pleural : P(effusion) = %1, supérieure ou égale au seuil calibré %2.</translation>
    </message>
    <message>
        <source>No pleural effusion: P(effusion) = %1, below the calibrated threshold %2.</source>
        <translation>Pas d’épanchement pleural : P(effusion) = %1, inférieure au seuil calibré %2.</translation>
    </message>
    <message>
        <source>Indeterminate: P(effusion) = %1 lies inside the calibrated indeterminate band [%2, %3], where the pack declines to decide.</source>
        <translation>Indéterminé : P(effusion) = %1 se situe dans la bande d’indétermination calibrée [%2, %3], où le paquet s’abstient de décider.</translation>
    </message>
    <message>
        <source>counts toward effusion</source>
        <translation>plaide en faveur d’un épanchement</translation>
    </message>
    <message>
        <source>counts against effusion</source>
        <translation>plaide contre un épanchement</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of the margin, score %4).</source>
        <translation>%1 : %2 (%3 de la marge, score %4).</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4 of the margin, score %5).</source>
        <translation>%1, %2 : %3 (%4 de la marge, score %5).</translation>
    </message>
    <message>
        <source>No abnormal descriptor is the most activated in its group; the largest share is %1 (&quot;%2&quot;, %3 of the margin).</source>
        <translation>Aucun descripteur anormal n’est le plus activé de son groupe ; la plus grande part revient à %1 (« %2 », %3 de la marge).</translation>
    </message>
    <message>
        <source>The descriptors judged present place the finding %1.</source>
        <translation>Les descripteurs jugés présents situent l’anomalie %1.</translation>
    </message>
    <message>
        <source>Calibrated on %1 (%2, %3).</source>
        <translation>Calibré sur %1 (%2, %3).</translation>
    </message>
    <message>
        <source>the head gave %1 logits and %2 scores; expected 2 and %3</source>
        <translation>la tête a donné %1 logits et %2 scores ; attendu 2 et %3</translation>
    </message>
    <message>
        <source>the decomposition does not add up to the head&apos;s own margin (residual %1, tolerance %2)</source>
        <translation>la décomposition ne correspond pas à la marge propre de la tête (résidu %1, tolérance %2)</translation>
    </message>
    <message>
        <source>Pleural effusion</source>
        <translation>Épanchement pleural</translation>
    </message>
    <message>
        <source>No pleural effusion</source>
        <translation>Pas d’épanchement pleural</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Reading the radiograph</source>
        <translation>Lecture de la radiographie</translation>
    </message>
    <message>
        <source>review cancelled</source>
        <translation>examen annulé</translation>
    </message>
    <message numerus="yes">
        <source>frame %1: the image has %n frame(s)</source>
        <translation>
            <numerusform>trame %1 : l’image a %n trame</numerusform>
            <numerusform>trame %1 : l’image a %n trames</numerusform>
        </translation>
    </message>
    <message>
        <source>Displaying the radiograph</source>
        <translation>Affichage de la radiographie</translation>
    </message>
    <message>
        <source>frame %1 could not be displayed</source>
        <translation>la trame %1 n’a pas pu être affichée</translation>
    </message>
    <message>
        <source>Encoding the radiograph</source>
        <translation>Encodage de la radiographie</translation>
    </message>
    <message>
        <source>Scoring the descriptors</source>
        <translation>Évaluation des descripteurs</translation>
    </message>
    <message>
        <source>Review done</source>
        <translation>Examen terminé</translation>
    </message>
    <message>
        <source>what-if: %1 switches for %2 descriptors</source>
        <translation>simulation : %1 commutateurs pour %2 descripteurs</translation>
    </message>
    <message>
        <source>[omitted]</source>
        <translation>[omis]</translation>
    </message>
    <message>
        <source>blind review: export is available once the analysis is locked</source>
        <translation>examen à l’aveugle : l’exportation est disponible une fois l’analyse verrouillée</translation>
    </message>
    <message>
        <source>Chest X-ray report</source>
        <translation>Rapport de radiographie thoracique</translation>
    </message>
    <message>
        <source>Model pack %1 %2   ·   Descry %3</source>
        <translation>Paquet de modèle %1 %2   ·   Descry %3</translation>
    </message>
    <message>
        <source>No model pack   ·   Descry %1</source>
        <translation>Aucun paquet de modèle   ·   Descry %1</translation>
    </message>
    <message>
        <source>Explainable review for pleural effusion</source>
        <translation>Examen explicable à la recherche d’un épanchement pleural</translation>
    </message>
    <message>
        <source>The radiologist&apos;s reading of a chest radiograph</source>
        <translation>Lecture d’une radiographie thoracique par le radiologue</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Fin du rapport</translation>
    </message>
    <message>
        <source>Descriptors judged present</source>
        <translation>Descripteurs jugés présents</translation>
    </message>
    <message>
        <source>No abnormal descriptor was judged present: in every group the most activated descriptor is the normal one.</source>
        <translation>Aucun descripteur anormal n’a été jugé présent : dans chaque groupe, le descripteur le plus activé est le descripteur normal.</translation>
    </message>
    <message>
        <source>A descriptor is judged present when it is the most activated of its group and not the group&apos;s normal grade. Its evidence is its score within the group (0 to 1, after the group softmax), the image–text cosine it comes from, and its contribution to the margin (positive: toward effusion).</source>
        <translation>Un descripteur est jugé présent lorsqu’il est le plus activé de son groupe et n’est pas le grade normal du groupe. Les éléments à l’appui sont son score au sein du groupe (de 0 à 1, après le softmax du groupe), le cosinus image–texte dont il provient et sa contribution à la marge (positive : vers l’épanchement).</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descripteur</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiologue</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>No explanation was produced for this radiograph.</source>
        <translation>Aucune explication n’a été produite pour cette radiographie.</translation>
    </message>
    <message>
        <source>Exact decomposition of the margin</source>
        <translation>Décomposition exacte de la marge</translation>
    </message>
    <message>
        <source>The head&apos;s logits are l = S_sm·W + b, with class 1 pleural effusion. The margin Δ = l₁ − l₀ splits exactly into one contribution per descriptor, c_k = S_sm[k]·(W[k,1] − W[k,0]), plus the bias term b₁ − b₀, and P(effusion) = 1 / (1 + exp(−Δ)).</source>
        <translation>Les logits de la tête sont l = S_sm·W + b, la classe 1 étant l’épanchement pleural. La marge Δ = l₁ − l₀ se décompose exactement en une contribution par descripteur, c_k = S_sm[k]·(W[k,1] − W[k,0]), plus le terme de biais b₁ − b₀, et P(effusion) = 1 / (1 + exp(−Δ)).</translation>
    </message>
    <message>
        <source>Σ contributions</source>
        <translation>Σ contributions</translation>
    </message>
    <message>
        <source>Bias term b₁ − b₀</source>
        <translation>Terme de biais b₁ − b₀</translation>
    </message>
    <message>
        <source>Margin Δ = l₁ − l₀</source>
        <translation>Marge Δ = l₁ − l₀</translation>
    </message>
    <message>
        <source>logits l₀ = %1, l₁ = %2</source>
        <translation>logits l₀ = %1, l₁ = %2</translation>
    </message>
    <message>
        <source>Head&apos;s own forward pass</source>
        <translation>Propre passe avant de la tête</translation>
    </message>
    <message>
        <source>computed independently of c_k</source>
        <translation>calculée indépendamment de c_k</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résidu</translation>
    </message>
    <message>
        <source>forward pass − Σ contributions − bias term; must be close to zero</source>
        <translation>passe avant − Σ contributions − terme de biais ; doit être proche de zéro</translation>
    </message>
    <message>
        <source>P(effusion)</source>
        <translation>P(effusion)</translation>
    </message>
    <message>
        <source>Warning: the residual exceeds %1; the contributions do not fully account for the model&apos;s margin.</source>
        <translation>Avertissement : le résidu dépasse %1 ; les contributions n’expliquent pas entièrement la marge du modèle.</translation>
    </message>
    <message>
        <source>Contributions to the decision</source>
        <translation>Contributions à la décision</translation>
    </message>
    <message>
        <source>No descriptor groups were recorded.</source>
        <translation>Aucun groupe de descripteurs n’a été enregistré.</translation>
    </message>
    <message>
        <source>Bars to the right (red) moved the margin toward pleural effusion, bars to the left (blue) toward no effusion.</source>
        <translation>Les barres vers la droite (rouge) ont déplacé la marge vers l’épanchement pleural, les barres vers la gauche (bleu) vers l’absence d’épanchement.</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Par groupe</translation>
    </message>
    <message>
        <source>Contribution to the margin Δ (logit units)</source>
        <translation>Contribution à la marge Δ (en unités de logit)</translation>
    </message>
    <message>
        <source>Per descriptor: the %1 largest of %2</source>
        <translation>Par descripteur : les %1 plus grandes sur %2</translation>
    </message>
    <message>
        <source>Per descriptor</source>
        <translation>Par descripteur</translation>
    </message>
    <message>
        <source>%1: the radiologist reads it as present, the model does not</source>
        <translation>%1 : le radiologue le lit comme présent, le modèle non</translation>
    </message>
    <message>
        <source>%1: the model reads it as present, the radiologist as absent</source>
        <translation>%1 : le modèle le lit comme présent, le radiologue comme absent</translation>
    </message>
    <message>
        <source>Radiologist&apos;s checklist beside the model&apos;s reading</source>
        <translation>Liste de contrôle du radiologue en regard de la lecture du modèle</translation>
    </message>
    <message>
        <source>Radiologist&apos;s checklist</source>
        <translation>Liste de contrôle du radiologue</translation>
    </message>
    <message>
        <source>The model reads a descriptor as present when it is the most activated of its group (for a normal grade: the model reads the group as normal). Score: within the group, 0 to 1.</source>
        <translation>Le modèle lit un descripteur comme présent lorsqu’il est le plus activé de son groupe (pour un grade normal : le modèle lit le groupe comme normal). Score : au sein du groupe, de 0 à 1.</translation>
    </message>
    <message numerus="yes">
        <source>The readings disagree on %n descriptor(s):</source>
        <translation>
            <numerusform>Les lectures divergent sur %n descripteur :</numerusform>
            <numerusform>Les lectures divergent sur %n descripteurs :</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <source>No descriptor catalog was given: there is no checklist to show.</source>
        <translation>Aucun catalogue de descripteurs n’a été fourni : il n’y a pas de liste de contrôle à afficher.</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID du patient</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Numéro d’accession</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>ID de l’étude</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l’étude</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Médecin prescripteur</translation>
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
        <translation>L’image ne comporte aucun identifiant du patient.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>Lecteur : %1</translation>
    </message>
    <message>
        <source>Patient identifiers are omitted from this report (setting &quot;Include patient identifiers in reports&quot;).</source>
        <translation>Les identifiants du patient sont omis de ce rapport (paramètre « Inclure les identifiants du patient dans les rapports »).</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of them in file names, notes or the audit trail are replaced by &quot;[omitted]&quot;.</source>
        <translation>
            <numerusform>%n mention de ceux-ci dans les noms de fichiers, les notes ou le journal d’audit est remplacée par « [omis] ».</numerusform>
            <numerusform>%n mentions de ceux-ci dans les noms de fichiers, les notes ou le journal d’audit sont remplacées par « [omis] ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>Aucune note n’a été rédigée.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Descriptor catalog</source>
        <translation>Catalogue de descripteurs</translation>
    </message>
    <message>
        <source>Catalog SHA-256</source>
        <translation>SHA-256 du catalogue</translation>
    </message>
    <message>
        <source>Image encoder</source>
        <translation>Encodeur d’images</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>pack loading %1  ·  decoding %2  ·  encoder %3  ·  head %4  ·  total %5</source>
        <translation>chargement du paquet %1  ·  décodage %2  ·  encodeur %3  ·  tête %4  ·  total %5</translation>
    </message>
    <message>
        <source>none: the radiologist&apos;s reading only</source>
        <translation>aucun : lecture du radiologue uniquement</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Descry %1 (Qt %2)</source>
        <translation>Descry %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapport généré</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Study files</source>
        <translation>Fichiers de l’étude</translation>
    </message>
    <message>
        <source>No study files were recorded.</source>
        <translation>Aucun fichier d’étude n’a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each with the SHA-256 of its content as read.</source>
        <translation>
            <numerusform>%n fichier, avec le SHA-256 de son contenu tel que lu.</numerusform>
            <numerusform>%n fichiers, chacun avec le SHA-256 de son contenu tel que lu.</numerusform>
        </translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Concorde</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Diverge</translation>
    </message>
    <message>
        <source>Radiologist uncertain</source>
        <translation>Radiologue incertain</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Radiologist&apos;s reading only, no model</source>
        <translation>Lecture du radiologue uniquement, sans modèle</translation>
    </message>
    <message>
        <source>No chest X-ray model pack was run for this report. It records the radiologist&apos;s own descriptor checklist and notes, the image as displayed and the identity of the study files.</source>
        <translation>Aucun paquet de modèle de radiographie thoracique n’a été exécuté pour ce rapport. Il consigne la liste de contrôle des descripteurs et les notes du radiologue, l’image telle qu’affichée et l’identité des fichiers de l’étude.</translation>
    </message>
    <message>
        <source>Decision of the explainable model</source>
        <translation>Décision du modèle explicable</translation>
    </message>
    <message>
        <source>P(effusion) %1     Threshold %2</source>
        <translation>P(effusion) %1     Seuil %2</translation>
    </message>
    <message>
        <source>Indeterminate band %1</source>
        <translation>Bande d’indétermination %1</translation>
    </message>
    <message>
        <source>%1 present, %2 absent, %3 uncertain, %4 not assessed</source>
        <translation>%1 présents, %2 absents, %3 incertains, %4 non évalués</translation>
    </message>
    <message>
        <source>Agrees with the model on %1 of the %2 descriptors read as present or absent.</source>
        <translation>Concorde avec le modèle sur %1 des %2 descripteurs lus comme présents ou absents.</translation>
    </message>
    <message>
        <source>No descriptor was read as present or absent: nothing to compare with the model.</source>
        <translation>Aucun descripteur n’a été lu comme présent ou absent : rien à comparer avec le modèle.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>Displayed size</source>
        <translation>Taille affichée</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>What the model saw</source>
        <translation>Ce que le modèle a vu</translation>
    </message>
    <message>
        <source>As displayed, window %1</source>
        <translation>Telle qu’affichée, fenêtre %1</translation>
    </message>
    <message>
        <source>The encoder&apos;s input, %1 × %2 px</source>
        <translation>L’entrée de l’encodeur, %1 × %2 px</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Decision and calibration</source>
        <translation>Décision et calibration</translation>
    </message>
    <message>
        <source>The model gives P(effusion) = %1. The pack&apos;s calibrated threshold is %2: at or above it the call is pleural effusion, below it no pleural effusion.</source>
        <translation>Le modèle donne P(effusion) = %1. Le seuil calibré du paquet est %2 : à partir de ce seuil, la conclusion est un épanchement pleural ; en dessous, pas d’épanchement pleural.</translation>
    </message>
    <message>
        <source>The pack also has a calibrated band from %1 to %2: a probability inside it is too close to the threshold for the validation data to support either call, so the result is indeterminate and the image needs the radiologist&apos;s judgement alone.</source>
        <translation>Le paquet a aussi une bande calibrée de %1 à %2 : une probabilité située dans cette bande est trop proche du seuil pour que les données de validation justifient l’une ou l’autre conclusion ; le résultat est donc indéterminé et l’image relève du seul jugement du radiologue.</translation>
    </message>
    <message>
        <source>The pack has no indeterminate band: every probability leads to a call.</source>
        <translation>Le paquet n’a pas de bande d’indétermination : toute probabilité mène à une conclusion.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos; is not an image encoder</source>
        <translation>l’encodeur &apos;%1&apos; n’est pas un encodeur d’images</translation>
    </message>
    <message>
        <source>has no tensor &quot;T&quot; (descriptor embeddings, N × d)</source>
        <translation>n’a pas de tenseur &quot;T&quot; (plongements des descripteurs, N × d)</translation>
    </message>
    <message>
        <source>tensor &quot;T&quot; is %1 but the catalog has %2 descriptors and the encoder gives %3 values: it must be [%2, %3]</source>
        <translation>le tenseur &quot;T&quot; est %1 mais le catalogue a %2 descripteurs et l’encodeur fournit %3 valeurs : il doit être [%2, %3]</translation>
    </message>
    <message>
        <source>tensor &quot;T&quot; holds non-finite values</source>
        <translation>le tenseur &quot;T&quot; contient des valeurs non finies</translation>
    </message>
    <message>
        <source>the text tower gives %1 values, the image tower %2</source>
        <translation>la tour texte fournit %1 valeurs, la tour image %2</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos; needs descriptor embeddings (a safetensors file with &quot;T&quot;, N × d)</source>
        <translation>l’encodeur &apos;%1&apos; nécessite des plongements de descripteurs (un fichier safetensors avec &quot;T&quot;, N × d)</translation>
    </message>
    <message>
        <source>the first frame cannot be displayed</source>
        <translation>la première trame ne peut pas être affichée</translation>
    </message>
    <message>
        <source>encoding radiographs</source>
        <translation>encodage des radiographies</translation>
    </message>
    <message>
        <source>training cancelled</source>
        <translation>entraînement annulé</translation>
    </message>
    <message>
        <source>training, epoch %1/%2, loss %3</source>
        <translation>entraînement, époque %1/%2, perte %3</translation>
    </message>
    <message>
        <source>training needs at least 3 radiographs (%1 given)</source>
        <translation>l’entraînement nécessite au moins 3 radiographies (%1 fournies)</translation>
    </message>
    <message>
        <source>no patient is left for training</source>
        <translation>il ne reste aucun patient pour l’entraînement</translation>
    </message>
    <message>
        <source>writing the pack</source>
        <translation>écriture du paquet</translation>
    </message>
    <message>
        <source>pack written</source>
        <translation>paquet écrit</translation>
    </message>
    <message>
        <source>the CSV file has no column &apos;%1&apos;</source>
        <translation>le fichier CSV n’a pas de colonne &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the image %1 it lists does not exist</source>
        <translation>l’image %1 qu’il liste n’existe pas</translation>
    </message>
    <message>
        <source>no such folder or CSV file of reports</source>
        <translation>dossier ou fichier CSV de comptes rendus introuvable</translation>
    </message>
    <message>
        <source>the image %1 has no report in %2</source>
        <translation>l’image %1 n’a pas de compte rendu dans %2</translation>
    </message>
    <message>
        <source>the image %1 has no report %2</source>
        <translation>l’image %1 n’a pas de compte rendu %2</translation>
    </message>
    <message>
        <source>no such folder or CSV file of images</source>
        <translation>dossier ou fichier CSV d’images introuvable</translation>
    </message>
    <message>
        <source>no radiographs (PNG, JPEG, TIFF, DICOM) found</source>
        <translation>aucune radiographie (PNG, JPEG, TIFF, DICOM) trouvée</translation>
    </message>
    <message>
        <source>no band: %1 % of the validation calls are right (target %2 %)</source>
        <translation>pas de bande : %1 % des conclusions de validation sont justes (objectif %2 %)</translation>
    </message>
    <message>
        <source>band: the %1 validation calls nearest the threshold were %2 % right, the others at least %3 %</source>
        <translation>bande : les %1 conclusions de validation les plus proches du seuil étaient justes à %2 %, les autres à au moins %3 %</translation>
    </message>
    <message>
        <source>no band: no neighbourhood of the threshold holding at most half of the validation calls leaves the others %1 % right</source>
        <translation>pas de bande : aucun voisinage du seuil contenant au plus la moitié des conclusions de validation ne laisse les autres justes à %1 %</translation>
    </message>
    <message>
        <source>maximum F1 on the validation part; indeterminate band: the narrowest neighbourhood of the threshold outside which at least %1 % of the validation calls are right (at most half of them inside; none below %2 validation images or %3 of a class)</source>
        <translation>F1 maximal sur la partie de validation ; bande d’indétermination : le plus étroit voisinage du seuil en dehors duquel au moins %1 % des conclusions de validation sont justes (au plus la moitié d’entre elles à l’intérieur ; aucune en dessous de %2 images de validation ou de %3 d’une classe)</translation>
    </message>
    <message>
        <source>no band: the validation part lacks a class; threshold left at 0.5</source>
        <translation>pas de bande : il manque une classe dans la partie de validation ; seuil laissé à 0.5</translation>
    </message>
    <message>
        <source>no band: the validation part is too small (%1 images, %2 with effusion)</source>
        <translation>pas de bande : la partie de validation est trop petite (%1 images, %2 avec épanchement)</translation>
    </message>
    <message>
        <source>not a chest X-ray feature cache of this version</source>
        <translation>ce n’est pas un cache de caractéristiques de radiographie thoracique de cette version</translation>
    </message>
    <message>
        <source>cannot create the cache folder</source>
        <translation>impossible de créer le dossier du cache</translation>
    </message>
    <message>
        <source>chest X-ray head training: %1</source>
        <translation>entraînement de la tête de radiographie thoracique : %1</translation>
    </message>
    <message>
        <source>the head has no descriptor embeddings</source>
        <translation>la tête n’a pas de plongements de descripteurs</translation>
    </message>
    <message>
        <source>the head must have 2 logits and no direct concepts</source>
        <translation>la tête doit avoir 2 logits et aucun concept direct</translation>
    </message>
    <message>
        <source>embeddings must be a non-empty B × %1 matrix</source>
        <translation>les plongements doivent former une matrice B × %1 non vide</translation>
    </message>
    <message>
        <source>concept targets must be %1 × %2</source>
        <translation>les cibles des concepts doivent être %1 × %2</translation>
    </message>
    <message>
        <source>labels must hold %1 values</source>
        <translation>les étiquettes doivent contenir %1 valeurs</translation>
    </message>
    <message>
        <source>the embeddings hold non-finite values</source>
        <translation>les plongements contiennent des valeurs non finies</translation>
    </message>
    <message>
        <source>training diverged (loss %1 in epoch %2)</source>
        <translation>l’entraînement a divergé (perte %1 à l’époque %2)</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; must be a non-empty array of strings</source>
        <translation>le membre &apos;%1&apos; doit être un tableau de chaînes non vide</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; item #%2 is empty</source>
        <translation>le membre &apos;%1&apos;, élément n° %2, est vide</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; item #%2 (&apos;%3&apos;) must be lower-case</source>
        <translation>le membre &apos;%1&apos;, élément n° %2 (&apos;%3&apos;), doit être en minuscules</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; lists &apos;%2&apos; twice</source>
        <translation>le membre &apos;%1&apos; liste &apos;%2&apos; deux fois</translation>
    </message>
    <message>
        <source>member &apos;group&apos; names characteristic &apos;%1&apos;, which the catalog does not have</source>
        <translation>le membre &apos;group&apos; nomme la caractéristique &apos;%1&apos;, que le catalogue ne contient pas</translation>
    </message>
    <message>
        <source>characteristic &apos;%1&apos; has no descriptor &apos;%2&apos;</source>
        <translation>la caractéristique &apos;%1&apos; n’a pas de descripteur &apos;%2&apos;</translation>
    </message>
    <message>
        <source>descriptor &apos;%1&apos;</source>
        <translation>descripteur &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;phrases&apos; is required in a catalog with &apos;extraction&apos; rules</source>
        <translation>le membre &apos;phrases&apos; est requis dans un catalogue doté de règles &apos;extraction&apos;</translation>
    </message>
    <message>
        <source>phrase &apos;%1&apos; already names descriptor &apos;%2&apos;</source>
        <translation>la formulation &apos;%1&apos; nomme déjà le descripteur &apos;%2&apos;</translation>
    </message>
    <message>
        <source>member &apos;normal&apos; must be true or false</source>
        <translation>le membre &apos;normal&apos; doit être true ou false</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: config.%2 must be an array of 3 positive numbers (R, G, B)</source>
        <translation>encodeur &apos;%1&apos; : config.%2 doit être un tableau de 3 nombres positifs (R, G, B)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: config.%2 must be an array of 3 numbers (R, G, B)</source>
        <translation>encodeur &apos;%1&apos; : config.%2 doit être un tableau de 3 nombres (R, G, B)</translation>
    </message>
    <message>
        <source>the TorchScript module fails on a %1×3×%2×%2 input (config.input_size %2)</source>
        <translation>le module TorchScript échoue sur une entrée %1×3×%2×%2 (config.input_size %2)</translation>
    </message>
    <message>
        <source>the TorchScript module&apos;s forward returns a %1; an image encoder must return one tensor of N×D features</source>
        <translation>la méthode forward du module TorchScript renvoie un %1 ; un encodeur d’images doit renvoyer un seul tenseur de caractéristiques N×D</translation>
    </message>
    <message numerus="yes">
        <source>the TorchScript module returns a %1 tensor of shape [%2] for %n image(s); an image encoder must return %n×D floating-point features</source>
        <translation>
            <numerusform>le module TorchScript renvoie un tenseur %1 de forme [%2] pour %n image ; un encodeur d’images doit renvoyer %n×D caractéristiques à virgule flottante</numerusform>
            <numerusform>le module TorchScript renvoie un tenseur %1 de forme [%2] pour %n images ; un encodeur d’images doit renvoyer %n×D caractéristiques à virgule flottante</numerusform>
        </translation>
    </message>
    <message>
        <source>the TorchScript module returns non-finite features</source>
        <translation>le module TorchScript renvoie des caractéristiques non finies</translation>
    </message>
    <message>
        <source>the TorchScript module returned %1 features per image, %2 when it was opened</source>
        <translation>le module TorchScript a renvoyé %1 caractéristiques par image, %2 lors de son ouverture</translation>
    </message>
    <message>
        <source>not a TorchScript module that torch.jit.load can read (write it with torch.jit.save)</source>
        <translation>ce n’est pas un module TorchScript lisible par torch.jit.load (écrivez-le avec torch.jit.save)</translation>
    </message>
    <message>
        <source>the TorchScript file has no forward method</source>
        <translation>le fichier TorchScript n’a pas de méthode forward</translation>
    </message>
    <message>
        <source>cannot build a probe image</source>
        <translation>impossible de construire une image de test</translation>
    </message>
    <message>
        <source>cannot run the TorchScript module</source>
        <translation>impossible d’exécuter le module TorchScript</translation>
    </message>
    <message>
        <source>cannot encode the images</source>
        <translation>impossible d’encoder les images</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: files must name exactly one file, the TorchScript module (it names %2)</source>
        <translation>encodeur &apos;%1&apos; : files doit nommer exactement un fichier, le module TorchScript (il en nomme %2)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: files: &apos;%2&apos;: %3</source>
        <translation>encodeur &apos;%1&apos; : files : &apos;%2&apos; : %3</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: unknown config member &apos;%2&apos; (expected input_size, mean, std)</source>
        <translation>encodeur &apos;%1&apos; : membre de config inconnu &apos;%2&apos; (attendu input_size, mean, std)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: config.input_size must be a whole number of pixels from 1 to 4096</source>
        <translation>encodeur &apos;%1&apos; : config.input_size doit être un nombre entier de pixels de 1 à 4096</translation>
    </message>
    <message>
        <source>input size %1 is outside 1..4096</source>
        <translation>la taille d’entrée %1 est hors de 1..4096</translation>
    </message>
    <message>
        <source>the normalisation needs finite means and positive deviations</source>
        <translation>la normalisation nécessite des moyennes finies et des écarts types positifs</translation>
    </message>
    <message>
        <source>the text has %1 words, more than the %2 an explanation may have</source>
        <translation>le texte compte %1 mots, plus que les %2 qu’une explication peut avoir</translation>
    </message>
    <message>
        <source>the image is %1, not a chest radiograph (CR/DX): the pack was not made for it</source>
        <translation>l’image est %1, pas une radiographie thoracique (CR/DX) : le paquet n’a pas été conçu pour elle</translation>
    </message>
    <message>
        <source>the image is in colour (%1), not a greyscale radiograph: the pack was not made for it</source>
        <translation>l’image est en couleur (%1), pas une radiographie en niveaux de gris : le paquet n’a pas été conçu pour elle</translation>
    </message>
    <message>
        <source>&apos;pairs&apos; must be an array of {&quot;score&quot;: number, &quot;same&quot;: 0 or 1}</source>
        <translation>&apos;pairs&apos; doit être un tableau de {&quot;score&quot;: nombre, &quot;same&quot;: 0 ou 1}</translation>
    </message>
    <message>
        <source>%1 calibration on %2 same-source and %3 different-source pairs
</source>
        <translation>calibration %1 sur %2 paires de même source et %3 paires de sources différentes
</translation>
    </message>
    <message>
        <source>ln LR = a * score + b with a = %1, b = %2
</source>
        <translation>ln RV = a * score + b avec a = %1, b = %2
</translation>
    </message>
    <message numerus="yes">
        <source>%n PAV block(s), bounded by one pseudo pair at each end
</source>
        <translation>
            <numerusform>%n bloc PAV, borné par une pseudo-paire à chaque extrémité
</numerusform>
            <numerusform>%n blocs PAV, bornés par une pseudo-paire à chaque extrémité
</numerusform>
        </translation>
    </message>
    <message>
        <source>Cllr %1 bits, Cllr_min %2 bits
</source>
        <translation>Cllr %1 bits, Cllr_min %2 bits
</translation>
    </message>
    <message>
        <source>fit a score-based likelihood ratio on scored same/different pairs: a, b, Cllr, Cllr_min</source>
        <translation>ajuster un rapport de vraisemblance fondé sur le score à partir de paires de même source/sources différentes déjà évaluées : a, b, Cllr, Cllr_min</translation>
    </message>
    <message>
        <source>logistic regression or isotonic (PAV) calibration</source>
        <translation>calibration par régression logistique ou isotone (PAV)</translation>
    </message>
    <message>
        <source>what the pairs are, recorded as the calibration&apos;s dataset</source>
        <translation>nature des paires, consignée comme jeu de données de la calibration</translation>
    </message>
    <message>
        <source>%1: %2 faces found; face %3 as asked (%4×%5 px at %6,%7) was used
</source>
        <translation>%1 : %2 visages trouvés ; le visage %3 demandé (%4×%5 px en %6,%7) a été utilisé
</translation>
    </message>
    <message>
        <source>%1: %2 faces found; the largest, face %3 (%4×%5 px at %6,%7), was used (--face/--reference-face N picks another)
</source>
        <translation>%1 : %2 visages trouvés ; le plus grand, le visage %3 (%4×%5 px en %6,%7), a été utilisé (--face/--reference-face N en choisit un autre)
</translation>
    </message>
    <message>
        <source>compare face N of the probe photo (1 = the largest; default 1)</source>
        <translation>comparer le visage N de la photo litigieuse (1 = le plus grand ; par défaut 1)</translation>
    </message>
    <message>
        <source>compare face N of the reference photo (1 = the largest; default 1)</source>
        <translation>comparer le visage N de la photo de référence (1 = le plus grand ; par défaut 1)</translation>
    </message>
    <message>
        <source>explainable face model against its black-box baseline on held-out identities, clean and augmented: 10-fold accuracy, AUC, TAR at FAR 1 % and 0.1 %, and the gap</source>
        <translation>modèle facial explicable face à sa référence boîte noire sur des identités mises de côté, photos intactes et augmentées : exactitude sur 10 plis, AUC, TAR à FAR 1 % et 0,1 %, et l’écart</translation>
    </message>
    <message>
        <source>face pack (folder or name)</source>
        <translation>paquet facial (dossier ou nom)</translation>
    </message>
    <message>
        <source>identity-labelled faces folder (DATASET/PERSON/IMAGE); identities the pack was trained on are left out</source>
        <translation>dossier de visages étiquetés par identité (DATASET/PERSON/IMAGE) ; les identités sur lesquelles le paquet a été entraîné sont écartées</translation>
    </message>
    <message>
        <source>augmented copies per photo and augmentation (0: the photos only)</source>
        <translation>copies augmentées par photo et par augmentation (0 : les photos seules)</translation>
    </message>
    <message>
        <source>feature cache (the one of train face --cache may be reused)</source>
        <translation>cache des attributs (celui de train face --cache peut être réutilisé)</translation>
    </message>
    <message>
        <source>checking visibility</source>
        <translation>contrôle de la visibilité</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>detection and false-alarm rates of the visibility check on photos with synthetic sunglasses, masks, a hand and a hair fringe</source>
        <translation>taux de détection et de fausses alarmes du contrôle de visibilité sur des photos avec lunettes de soleil, masques, main et frange de cheveux synthétiques</translation>
    </message>
    <message>
        <source>identity-labelled photos laid out as DATASET/PERSON/IMAGE (or Yale&apos;s flat folder)</source>
        <translation>photos étiquetées par identité, organisées en DATASET/PERSON/IMAGE (ou le dossier plat de Yale)</translation>
    </message>
    <message>
        <source>take every N-th photo</source>
        <translation>prendre une photo sur N</translation>
    </message>
    <message>
        <source>at most N photos (0: all)</source>
        <translation>au plus N photos (0 : toutes)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>aucune (%1)</translation>
    </message>
    <message>
        <source>%1 on %2: Cllr %3 (Cllr_min %4), %5 same / %6 different pairs, scores %7 to %8; verbal scale: %9</source>
        <translation>%1 sur %2 : Cllr %3 (Cllr_min %4), %5 paires de même source / %6 de sources différentes, scores de %7 à %8 ; échelle verbale : %9</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>RV</translation>
    </message>
    <message>
        <source>--aggregation block is not available with --encoder openclip yet</source>
        <translation>--aggregation block n’est pas encore disponible avec --encoder openclip</translation>
    </message>
    <message>
        <source>block: each characteristic writes only to its own block of the embedding (local shares, m = groups × block width); full: a dense matrix (--m)</source>
        <translation>block : chaque caractéristique n’écrit que dans son propre bloc du plongement (parts locales, m = groupes × largeur de bloc) ; full : une matrice dense (--m)</translation>
    </message>
    <message>
        <source>embedding columns per characteristic with --aggregation block</source>
        <translation>colonnes du plongement par caractéristique avec --aggregation block</translation>
    </message>
    <message>
        <source>casework-augmented copies of every training photo (0: none)</source>
        <translation>copies de chaque photo d’entraînement augmentées comme en conditions d’expertise réelles (0 : aucune)</translation>
    </message>
    <message>
        <source>augmented copies of every held-out photo per augmentation, for the evaluation (0: none)</source>
        <translation>copies augmentées de chaque photo mise de côté, par augmentation, pour l’évaluation (0 : aucune)</translation>
    </message>
    <message>
        <source>shard %1/%2: pairs %3 to %4 of %5, %6 scored, %7 could not be scored; %8 images in %9 s
Run with --json and combine every shard&apos;s output with &apos;descry-cli eval merge&apos;.
</source>
        <translation>tranche %1/%2 : paires %3 à %4 sur %5, %6 évaluées, %7 n’ont pas pu être évaluées ; %8 images en %9 s
Lancez avec --json et combinez la sortie de chaque tranche avec &apos;descry-cli eval merge&apos;.
</translation>
    </message>
    <message>
        <source>analyse N images at once (threads sharing the cores); the figures do not depend on N</source>
        <translation>analyser N images à la fois (threads se partageant les cœurs) ; les résultats ne dépendent pas de N</translation>
    </message>
    <message>
        <source>score only the i-th of n contiguous blocks of the pairs and print what &apos;eval merge&apos; combines (with --json)</source>
        <translation>n’évaluer que le i-ème des n blocs contigus de paires et afficher ce que &apos;eval merge&apos; combine (avec --json)</translation>
    </message>
    <message>
        <source>combine the outputs of verify-pairs --shard i/n --json into the result of one run</source>
        <translation>combiner les sorties de verify-pairs --shard i/n --json en le résultat d’une exécution unique</translation>
    </message>
    <message>
        <source>every shard&apos;s JSON output, in any order</source>
        <translation>la sortie JSON de chaque tranche, dans un ordre quelconque</translation>
    </message>
    <message>
        <source>no %1 photo to choose a face in</source>
        <translation>aucune photo &apos;%1&apos; dans laquelle choisir un visage</translation>
    </message>
    <message>
        <source>face %1 chosen but %2 faces were found</source>
        <translation>visage %1 choisi, mais %2 visages ont été trouvés</translation>
    </message>
    <message>
        <source>%1: the largest of %2 faces (default) chosen</source>
        <translation>%1 : le plus grand des %2 visages (par défaut) choisi</translation>
    </message>
    <message>
        <source>%1: face %2 of %3 chosen</source>
        <translation>%1 : visage %2 sur %3 choisi</translation>
    </message>
    <message>
        <source>member &apos;face_index&apos; must be a face number from 1 (the largest face)</source>
        <translation>le membre &apos;face_index&apos; doit être un numéro de visage à partir de 1 (le plus grand visage)</translation>
    </message>
    <message>
        <source>needs exactly one of the members &apos;quantity&apos; and &apos;quantities&apos;</source>
        <translation>nécessite exactement un des membres &apos;quantity&apos; et &apos;quantities&apos;</translation>
    </message>
    <message>
        <source>member &apos;quantities&apos; must be an array of at least 2 quantity ids</source>
        <translation>le membre &apos;quantities&apos; doit être un tableau d’au moins 2 identifiants de grandeur</translation>
    </message>
    <message>
        <source> (lower-case letters and digits separated by &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation> (lettres minuscules et chiffres séparés par &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;)</translation>
    </message>
    <message>
        <source>member &apos;quantities&apos; lists &apos;%1&apos; twice</source>
        <translation>le membre &apos;quantities&apos; cite &apos;%1&apos; deux fois</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; must be a number or an array of numbers</source>
        <translation>le membre &apos;grade&apos; doit être un nombre ou un tableau de nombres</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; must be an array of %1 numbers, one per entry of &apos;measurement.quantities&apos;</source>
        <translation>le membre &apos;grade&apos; doit être un tableau de %1 nombres, un par entrée de &apos;measurement.quantities&apos;</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; must be a number (the characteristic measures one quantity)</source>
        <translation>le membre &apos;grade&apos; doit être un nombre (la caractéristique mesure une seule grandeur)</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; repeats the grade of descriptor #%1</source>
        <translation>le membre &apos;grade&apos; répète le grade du descripteur n° %1</translation>
    </message>
    <message>
        <source>LR calibration: %1 scores but %2 labels</source>
        <translation>calibration du RV : %1 scores mais %2 étiquettes</translation>
    </message>
    <message>
        <source>LR calibration: score of pair %1 is not a finite number</source>
        <translation>calibration du RV : le score de la paire %1 n’est pas un nombre fini</translation>
    </message>
    <message>
        <source>LR calibration needs same-source and different-source pairs (%1 same, %2 different)</source>
        <translation>la calibration du RV nécessite des paires de même source et de sources différentes (%1 de même source, %2 de sources différentes)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>doit être un nombre fini</translation>
    </message>
    <message>
        <source>must be a whole number of pairs, at least 1</source>
        <translation>doit être un nombre entier de paires, au moins 1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>doit être une chaîne non vide</translation>
    </message>
    <message>
        <source>must be [min, max], two finite numbers with min &lt;= max</source>
        <translation>doit être [min, max], deux nombres finis avec min &lt;= max</translation>
    </message>
    <message>
        <source>missing (the isotonic method needs its table)</source>
        <translation>manquant (la méthode isotone a besoin de sa table)</translation>
    </message>
    <message>
        <source>must be a non-empty array of [score_min, score_max, log10_lr]</source>
        <translation>doit être un tableau non vide de [score_min, score_max, log10_lr]</translation>
    </message>
    <message>
        <source>must be [score_min, score_max, log10_lr], three finite numbers</source>
        <translation>doit être [score_min, score_max, log10_lr], trois nombres finis</translation>
    </message>
    <message>
        <source>blocks must ascend in score without overlap and never decrease in log10_lr</source>
        <translation>les blocs doivent être croissants en score, sans chevauchement, et ne jamais décroître en log10_lr</translation>
    </message>
    <message>
        <source>must be an array of &quot;colour&quot; and/or &quot;greyscale&quot; (empty: not recorded)</source>
        <translation>doit être un tableau de &quot;colour&quot; et/ou &quot;greyscale&quot; (vide : non consigné)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither &quot;colour&quot; nor &quot;greyscale&quot;</source>
        <translation>&apos;%1&apos; n’est ni &quot;colour&quot; ni &quot;greyscale&quot;</translation>
    </message>
    <message>
        <source>%1 %2%3 is below the calibration data&apos;s %4%3</source>
        <translation>%1 %2%3 : en dessous des données de calibration (minimum %4%3)</translation>
    </message>
    <message>
        <source>%1 %2%3 is above the calibration data&apos;s %4%3</source>
        <translation>%1 %2%3 : au-dessus des données de calibration (maximum %4%3)</translation>
    </message>
    <message>
        <source>inter-eye distance</source>
        <translation>distance interoculaire</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>sharpness</source>
        <translation>netteté</translation>
    </message>
    <message>
        <source>head turn |yaw|</source>
        <translation>rotation de la tête |lacet|</translation>
    </message>
    <message>
        <source>a colour photo; the calibration data had only greyscale photos</source>
        <translation>une photo en couleur ; les données de calibration ne comportaient que des photos en niveaux de gris</translation>
    </message>
    <message>
        <source>a greyscale photo; the calibration data had only colour photos</source>
        <translation>une photo en niveaux de gris ; les données de calibration ne comportaient que des photos en couleur</translation>
    </message>
    <message>
        <source>must be &quot;logistic&quot; or &quot;isotonic&quot;, not &apos;%1&apos;</source>
        <translation>doit être &quot;logistic&quot; ou &quot;isotonic&quot;, et non &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be negative (LR must not fall as the score rises)</source>
        <translation>ne doit pas être négatif (le RV ne doit pas diminuer quand le score augmente)</translation>
    </message>
    <message>
        <source>cllr and cllr_min must be &gt;= 0 with cllr_min &lt;= cllr</source>
        <translation>cllr et cllr_min doivent être &gt;= 0 avec cllr_min &lt;= cllr</translation>
    </message>
    <message>
        <source>ENFSI Guideline for Evaluative Reporting in Forensic Science (2015)</source>
        <translation>lignes directrices de l’ENFSI pour les rapports évaluatifs en science forensique (2015)</translation>
    </message>
    <message>
        <source>no likelihood ratio</source>
        <translation>aucun rapport de vraisemblance</translation>
    </message>
    <message>
        <source>no support either way</source>
        <translation>aucun soutien à l’une ou l’autre des propositions</translation>
    </message>
    <message>
        <source>weak support for the same-source proposition</source>
        <translation>soutien faible en faveur de la proposition de même source</translation>
    </message>
    <message>
        <source>moderate support for the same-source proposition</source>
        <translation>soutien modéré en faveur de la proposition de même source</translation>
    </message>
    <message>
        <source>moderately strong support for the same-source proposition</source>
        <translation>soutien modérément fort en faveur de la proposition de même source</translation>
    </message>
    <message>
        <source>strong support for the same-source proposition</source>
        <translation>soutien fort en faveur de la proposition de même source</translation>
    </message>
    <message>
        <source>very strong support for the same-source proposition</source>
        <translation>soutien très fort en faveur de la proposition de même source</translation>
    </message>
    <message>
        <source>extremely strong support for the same-source proposition</source>
        <translation>soutien extrêmement fort en faveur de la proposition de même source</translation>
    </message>
    <message>
        <source>weak support for the different-source proposition</source>
        <translation>soutien faible en faveur de la proposition de sources différentes</translation>
    </message>
    <message>
        <source>moderate support for the different-source proposition</source>
        <translation>soutien modéré en faveur de la proposition de sources différentes</translation>
    </message>
    <message>
        <source>moderately strong support for the different-source proposition</source>
        <translation>soutien modérément fort en faveur de la proposition de sources différentes</translation>
    </message>
    <message>
        <source>strong support for the different-source proposition</source>
        <translation>soutien fort en faveur de la proposition de sources différentes</translation>
    </message>
    <message>
        <source>very strong support for the different-source proposition</source>
        <translation>soutien très fort en faveur de la proposition de sources différentes</translation>
    </message>
    <message>
        <source>extremely strong support for the different-source proposition</source>
        <translation>soutien extrêmement fort en faveur de la proposition de sources différentes</translation>
    </message>
    <message>
        <source>No likelihood ratio: %1</source>
        <translation>Aucun rapport de vraisemblance : %1</translation>
    </message>
    <message>
        <source>LR %1 — %2 (ENFSI 2015 scale)</source>
        <translation>RV %1 — %2 (échelle ENFSI 2015)</translation>
    </message>
    <message>
        <source>not calibrated for this kind of photo</source>
        <translation>non calibré pour ce type de photo</translation>
    </message>
    <message>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <source>block decomposition: %1</source>
        <translation>décomposition par blocs : %1</translation>
    </message>
    <message>
        <source>%1 probe scores, %2 reference scores and %3 group ids</source>
        <translation>%1 scores de la photo litigieuse, %2 scores de la photo de référence et %3 identifiants de groupe</translation>
    </message>
    <message>
        <source>block width %1 or a group id is invalid</source>
        <translation>la largeur de bloc %1 ou un identifiant de groupe est invalide</translation>
    </message>
    <message>
        <source>W holds %1 values and b %2, expected %3 × %4 and %4</source>
        <translation>W contient %1 valeurs et b %2, attendu %3 × %4 et %4</translation>
    </message>
    <message>
        <source>W[%1, %2] = %3 lies outside the block of group %4: the head is not block-structured</source>
        <translation>W[%1, %2] = %3 est hors du bloc du groupe %4 : la tête n’est pas structurée en blocs</translation>
    </message>
    <message>
        <source>not-assessed characteristic &apos;%1&apos; is not in the catalog</source>
        <translation>la caractéristique non évaluée &apos;%1&apos; n’est pas dans le catalogue</translation>
    </message>
    <message>
        <source>face %1 requested but %2 faces were found</source>
        <translation>visage %1 demandé, mais %2 visages ont été trouvés</translation>
    </message>
    <message>
        <source>no face upright; found after rotating %1° clockwise</source>
        <translation>aucun visage en position droite ; trouvé après une rotation de %1° dans le sens horaire</translation>
    </message>
    <message>
        <source>config.quantities: &apos;%1&apos; is not measured by this version</source>
        <translation>config.quantities : cette version ne mesure pas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>config.quantities: &apos;%1&apos; is repeated or out of order (order: %2)</source>
        <translation>config.quantities : &apos;%1&apos; est répété ou hors d’ordre (ordre : %2)</translation>
    </message>
    <message>
        <source>files must be empty (regions are measured on the photo itself)</source>
        <translation>files doit être vide (les régions sont mesurées sur la photo elle-même)</translation>
    </message>
    <message>
        <source>config.iod_pixels must be %1</source>
        <translation>config.iod_pixels doit valoir %1</translation>
    </message>
    <message>
        <source>encoder.sources[%1]: a face pack takes one face locator, measured sources and at most one image encoder; &apos;%2&apos; is one too many</source>
        <translation>encoder.sources[%1] : un paquet facial admet un localisateur de visage, des sources mesurées et au plus un encodeur d’images ; &apos;%2&apos; est en trop</translation>
    </message>
    <message>
        <source>%1: not assessed (appearance direction AUC %2 &lt; 0.6)</source>
        <translation>%1 : non évalué (AUC de la direction d’apparence %2 &lt; 0,6)</translation>
    </message>
    <message>
        <source>%1: not assessed (appearance direction unreliable)</source>
        <translation>%1 : non évalué (direction d’apparence peu fiable)</translation>
    </message>
    <message>
        <source>measured concepts from %1 (landmarks; colour and texture in landmark-defined regions)</source>
        <translation>concepts mesurés issus de %1 (points de repère ; couleur et texture dans des régions définies par les points de repère)</translation>
    </message>
    <message>
        <source>head.aggregation: must be &quot;full&quot; or &quot;block&quot;</source>
        <translation>head.aggregation : doit être &quot;full&quot; ou &quot;block&quot;</translation>
    </message>
    <message>
        <source>head.block_width: must be an integer with m = %1 groups × block width (m is %2)</source>
        <translation>head.block_width : doit être un entier tel que m = %1 groupes × largeur de bloc (m vaut %2)</translation>
    </message>
    <message>
        <source>head.not_assessed: must be an array of {&quot;characteristic&quot;: id, &quot;auc&quot;: number}</source>
        <translation>head.not_assessed : doit être un tableau de {&quot;characteristic&quot;: id, &quot;auc&quot;: nombre}</translation>
    </message>
    <message>
        <source>cannot exclude &apos;%1&apos;: the catalog %2 has no such component or characteristic</source>
        <translation>impossible d’exclure &apos;%1&apos; : le catalogue %2 ne contient aucun composant ni aucune caractéristique de ce nom</translation>
    </message>
    <message>
        <source>cannot exclude &apos;%1&apos;: the catalog %2 has no such component</source>
        <translation>impossible d’exclure &apos;%1&apos; : le catalogue %2 ne contient aucun composant de ce nom</translation>
    </message>
    <message>
        <source>cannot exclude &apos;%1&apos;: unknown reason &apos;%2&apos; (expected not-visible, not-assessable or not-measured)</source>
        <translation>impossible d’exclure &apos;%1&apos; : motif inconnu &apos;%2&apos; (attendu : not-visible, not-assessable ou not-measured)</translation>
    </message>
    <message>
        <source>the comparison was not made with the pack %1</source>
        <translation>la comparaison n’a pas été effectuée avec le paquet %1</translation>
    </message>
    <message>
        <source>nothing would be left to compare: every characteristic is excluded</source>
        <translation>il ne resterait rien à comparer : toutes les caractéristiques sont exclues</translation>
    </message>
    <message>
        <source>what-if: no characteristic group %1 in the pack</source>
        <translation>simulation : aucun groupe de caractéristiques %1 dans le paquet</translation>
    </message>
    <message>
        <source>Removing %1 changes the score by %2 (to %3), not by its share %4 alone:</source>
        <translation>Retirer %1 modifie le score de %2 (à %3), et non de sa seule part %4 :</translation>
    </message>
    <message>
        <source>nothing is left to compare.</source>
        <translation>il ne reste rien à comparer.</translation>
    </message>
    <message>
        <source>the remaining characteristics are re-normalised (|e_p||e_r| shrinks to %1 of what it was), so each remaining share grows by a factor of %2.</source>
        <translation>les caractéristiques restantes sont renormalisées (|e_p||e_r| est réduit à %1 de sa valeur initiale), de sorte que chaque part restante croît d’un facteur %2.</translation>
    </message>
    <message>
        <source>the score is re-normalised (|e_p||e_r| changes to %1 of what it was), and with this pack&apos;s full aggregation matrix every other characteristic&apos;s share also depends on the removed one.</source>
        <translation>le score est renormalisé (|e_p||e_r| passe à %1 de sa valeur initiale) et, avec la matrice d’agrégation pleine de ce paquet, la part de chaque autre caractéristique dépend aussi de celle qui est retirée.</translation>
    </message>
    <message>
        <source>layout group %1 has no block</source>
        <translation>le groupe %1 de la disposition n’a aucun bloc</translation>
    </message>
    <message>
        <source>group %1&apos;s block share %2 differs from its contributions %3</source>
        <translation>la part de bloc %2 du groupe %1 diffère de ses contributions %3</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>marked not assessable by the examiner</source>
        <translation>marqué non évaluable par l’examinateur</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2 : %3)</translation>
    </message>
    <message>
        <source>Excluded from the score: %1. The score %2 is computed on the remaining characteristics (re-normalised; %3 on the whole face); the threshold was calibrated on whole faces.</source>
        <translation>Exclus du score : %1. Le score %2 est calculé sur les caractéristiques restantes (renormalisé ; %3 sur le visage entier) ; le seuil a été calibré sur des visages entiers.</translation>
    </message>
    <message>
        <source>pack has no LR calibration</source>
        <translation>le paquet n’a pas de calibration du RV</translation>
    </message>
    <message>
        <source>%1: member &apos;%2&apos; must be an array of strings</source>
        <translation>%1 : le membre &apos;%2&apos; doit être un tableau de chaînes</translation>
    </message>
    <message>
        <source>%1: member &apos;%2&apos; must be true or false</source>
        <translation>%1 : le membre &apos;%2&apos; doit être true ou false</translation>
    </message>
    <message>
        <source>results[%1]</source>
        <translation>results[%1]</translation>
    </message>
    <message>
        <source>%1: &apos;same&apos; must be 0 or 1</source>
        <translation>%1 : &apos;same&apos; doit valoir 0 ou 1</translation>
    </message>
    <message>
        <source>%1: &apos;fold&apos; must lie in 0..9</source>
        <translation>%1 : &apos;fold&apos; doit être compris dans 0..9</translation>
    </message>
    <message>
        <source>not a verify-pairs shard (expected &quot;format&quot;: &quot;%1&quot;, as verify-pairs --shard i/n --json writes)</source>
        <translation>pas une tranche de verify-pairs (attendu &quot;format&quot;: &quot;%1&quot;, tel qu’écrit par verify-pairs --shard i/n --json)</translation>
    </message>
    <message>
        <source>the shard was changed after verify-pairs wrote it (its digest does not match its content)</source>
        <translation>la tranche a été modifiée après son écriture par verify-pairs (son empreinte ne correspond pas à son contenu)</translation>
    </message>
    <message>
        <source>shard file</source>
        <translation>fichier de tranche</translation>
    </message>
    <message>
        <source>shard %1/%2 of %3 pairs is not a possible shard</source>
        <translation>la tranche %1/%2 de %3 paires n’est pas une tranche possible</translation>
    </message>
    <message>
        <source>shard %1/%2 must hold pairs %3 to %4 of %5, it holds %6 pairs</source>
        <translation>la tranche %1/%2 doit contenir les paires %3 à %4 sur %5, elle en contient %6</translation>
    </message>
    <message>
        <source>results[%1] is pair %2, expected pair %3 (0-based)</source>
        <translation>results[%1] est la paire %2, attendu la paire %3 (numérotation à partir de 0)</translation>
    </message>
    <message>
        <source>made from another pairs file than %1 (%2, SHA-256 %3, not %4)</source>
        <translation>produite à partir d’un autre fichier de paires que %1 (%2, SHA-256 %3, et non %4)</translation>
    </message>
    <message>
        <source>made with another pack than %1 (%2, SHA-256 %3, not %4 %5)</source>
        <translation>produite avec un autre paquet que %1 (%2, SHA-256 %3, et non %4 %5)</translation>
    </message>
    <message>
        <source>one of %1 shards of %2 pairs, but %3 is one of %4 shards of %5 pairs</source>
        <translation>l’une des %1 tranches de %2 paires, mais %3 est l’une des %4 tranches de %5 paires</translation>
    </message>
    <message>
        <source>run with other settings than %1 (%2, not %3)</source>
        <translation>exécutée avec d’autres réglages que %1 (%2, et non %3)</translation>
    </message>
    <message>
        <source>shard %1/%2 was already given in %3</source>
        <translation>la tranche %1/%2 a déjà été fournie dans %3</translation>
    </message>
    <message>
        <source>shard(s) %1 missing: a merge needs every shard of the list</source>
        <translation>tranche(s) %1 manquante(s) : une fusion nécessite toutes les tranches de la liste</translation>
    </message>
    <message>
        <source>--shard: &apos;%1&apos; is not a shard; give i/n with 1 &lt;= i &lt;= n &lt;= %2, e.g. 2/4</source>
        <translation>--shard : &apos;%1&apos; n’est pas une tranche ; indiquez i/n avec 1 &lt;= i &lt;= n &lt;= %2, par ex. 2/4</translation>
    </message>
    <message>
        <source>no shard files given</source>
        <translation>aucun fichier de tranche fourni</translation>
    </message>
    <message>
        <source>pair %1 is in fold %2, but the labels of the whole list put it in fold %3</source>
        <translation>la paire %1 est dans le pli %2, mais les étiquettes de la liste complète la placent dans le pli %3</translation>
    </message>
    <message>
        <source>not the pack the shards were made with (%1 %2, SHA-256 %3, not %4)</source>
        <translation>ce n’est pas le paquet avec lequel les tranches ont été produites (%1 %2, SHA-256 %3, et non %4)</translation>
    </message>
    <message>
        <source>cannot encode %1 for augmentation: %2 (is the Qt image format plugin installed?)</source>
        <translation>impossible d’encoder %1 pour l’augmentation : %2 (le greffon de format d’image Qt est-il installé ?)</translation>
    </message>
    <message>
        <source>cannot decode the %1 copy made for augmentation</source>
        <translation>impossible de décoder la copie %1 produite pour l’augmentation</translation>
    </message>
    <message>
        <source>the glasses augmentation needs the face&apos;s landmarks</source>
        <translation>l’augmentation « lunettes » nécessite les points de repère du visage</translation>
    </message>
    <message>
        <source>unknown augmentation %1 (expected one of %2)</source>
        <translation>augmentation inconnue %1 (attendu : l’une de %2)</translation>
    </message>
    <message>
        <source>cannot augment an empty image</source>
        <translation>impossible d’augmenter une image vide</translation>
    </message>
    <message>
        <source>%2 [%1]: explainable %3 %, AUC %4, TAR@FAR1% %5; baseline %6 %, AUC %7, TAR@FAR1% %8; gap %9 points, TAR ratio %10 (%11 pairs)</source>
        <translation>%2 [%1] : explicable %3 %, AUC %4, TAR@FAR1% %5 ; référence %6 %, AUC %7, TAR@FAR1% %8 ; écart %9 points, rapport de TAR %10 (%11 paires)</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation>jeu mis de côté</translation>
    </message>
    <message>
        <source>held-out augmented</source>
        <translation>jeu mis de côté augmenté</translation>
    </message>
    <message>
        <source>goal met: every set within %1 points and TAR@FAR1% ratio at least %2 (worst gap %3 points, worst ratio %4)</source>
        <translation>objectif atteint : chaque jeu à moins de %1 points et rapport TAR@FAR1% d’au moins %2 (pire écart %3 points, pire rapport %4)</translation>
    </message>
    <message>
        <source>goal NOT met (within %1 points, TAR@FAR1% ratio at least %2): worst gap %3 points, worst ratio %4; failing: %5</source>
        <translation>objectif NON atteint (à moins de %1 points, rapport TAR@FAR1% d’au moins %2) : pire écart %3 points, pire rapport %4 ; en échec : %5</translation>
    </message>
    <message>
        <source>pack has no black-box baseline to compare with</source>
        <translation>le paquet n’a pas de référence boîte noire à laquelle se comparer</translation>
    </message>
    <message>
        <source>eval face-gap needs a pack whose baseline is the 128-D dlib ResNet (this one has %1-D)</source>
        <translation>eval face-gap nécessite un paquet dont la référence est le ResNet dlib 128-D (celui-ci est %1-D)</translation>
    </message>
    <message>
        <source>provenance.seed is missing or not a number</source>
        <translation>provenance.seed est manquant ou n’est pas un nombre</translation>
    </message>
    <message>
        <source>no photos of identities the pack was not trained on</source>
        <translation>aucune photo d’identités sur lesquelles le paquet n’a pas été entraîné</translation>
    </message>
    <message>
        <source>analysing %1 photos (%2 photos of training identities left out)</source>
        <translation>analyse de %1 photos (%2 photos d’identités d’entraînement écartées)</translation>
    </message>
    <message>
        <source>analysing %1 augmented copies</source>
        <translation>analyse de %1 copies augmentées</translation>
    </message>
    <message>
        <source>balanced same/different pairs of the %1 held-out identities (%2), not used to train the head</source>
        <translation>paires équilibrées même personne/personnes différentes des %1 identités mises de côté (%2), non utilisées pour entraîner la tête</translation>
    </message>
    <message>
        <source>analysing %1 augmented copies (%2 of training photos, %3 of held-out photos)</source>
        <translation>analyse de %1 copies augmentées (%2 de photos d’entraînement, %3 de photos mises de côté)</translation>
    </message>
    <message>
        <source>augmented copies without a face: %1 of training photos, %2 of held-out photos</source>
        <translation>copies augmentées sans visage : %1 de photos d’entraînement, %2 de photos mises de côté</translation>
    </message>
    <message>
        <source>%1: not assessed by appearance (too few faces measured to learn and test a direction)</source>
        <translation>%1 : non évalué par l’apparence (trop peu de visages mesurés pour apprendre et tester une direction)</translation>
    </message>
    <message>
        <source>%1: not assessed by appearance (held-out AUC %2 &lt; 0.6)</source>
        <translation>%1 : non évalué par l’apparence (AUC sur les données mises de côté %2 &lt; 0,6)</translation>
    </message>
    <message>
        <source>measuring the aggregation cost: training a %1 head with the same seed</source>
        <translation>mesure du coût de l’agrégation : entraînement d’une tête %1 avec la même graine</translation>
    </message>
    <message>
        <source>aggregation cost: full − block = %1 accuracy points on held-out identities</source>
        <translation>coût de l’agrégation : full − block = %1 points d’exactitude sur les identités mises de côté</translation>
    </message>
    <message>
        <source>%1 training identities</source>
        <translation>%1 identités d’entraînement</translation>
    </message>
    <message>
        <source>likelihood ratio: Cllr %1, Cllr_min %2 on %3 held-out pairs</source>
        <translation>rapport de vraisemblance : Cllr %1, Cllr_min %2 sur %3 paires mises de côté</translation>
    </message>
    <message>
        <source>dark glasses over the eyes</source>
        <translation>lunettes sombres sur les yeux</translation>
    </message>
    <message>
        <source>a face mask covers the lower face</source>
        <translation>un masque couvre le bas du visage</translation>
    </message>
    <message>
        <source>a skin-coloured object (a hand?) covers the mouth</source>
        <translation>un objet couleur chair (une main ?) couvre la bouche</translation>
    </message>
    <message>
        <source>hair covers the eyebrows</source>
        <translation>des cheveux couvrent les sourcils</translation>
    </message>
    <message>
        <source>hair covers the forehead</source>
        <translation>des cheveux couvrent le front</translation>
    </message>
    <message>
        <source>not assessable from this photo: eyes closed</source>
        <translation>non évaluable sur cette photo : yeux fermés</translation>
    </message>
    <message>
        <source>not assessable from this photo: extreme expression</source>
        <translation>non évaluable sur cette photo : expression extrême</translation>
    </message>
    <message>
        <source>outside the photo</source>
        <translation>hors de la photo</translation>
    </message>
    <message>
        <source>dark glasses</source>
        <translation>lunettes sombres</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>masque</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>main</translation>
    </message>
    <message>
        <source>hair</source>
        <translation>cheveux</translation>
    </message>
    <message>
        <source>extreme expression</source>
        <translation>expression extrême</translation>
    </message>
    <message>
        <source>out of frame</source>
        <translation>hors cadre</translation>
    </message>
    <message>
        <source>visibility check: the photo is empty</source>
        <translation>contrôle de visibilité : la photo est vide</translation>
    </message>
    <message>
        <source>%1 not assessable (%2)</source>
        <translation>%1 : non évaluable (%2)</translation>
    </message>
    <message>
        <source>%1 not visible (%2)</source>
        <translation>%1 : non visible (%2)</translation>
    </message>
    <message>
        <source>%1 not assessable in the probe (%2)</source>
        <translation>%1 : non évaluable sur la photo litigieuse (%2)</translation>
    </message>
    <message>
        <source>%1 not visible in the probe (%2)</source>
        <translation>%1 : non visible sur la photo litigieuse (%2)</translation>
    </message>
    <message>
        <source>%1 not assessable in the reference (%2)</source>
        <translation>%1 : non évaluable sur la photo de référence (%2)</translation>
    </message>
    <message>
        <source>%1 not visible in the reference (%2)</source>
        <translation>%1 : non visible sur la photo de référence (%2)</translation>
    </message>
    <message>
        <source>no photos found</source>
        <translation>aucune photo trouvée</translation>
    </message>
    <message>
        <source>Checking visibility</source>
        <translation>Contrôle de la visibilité</translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation>évaluation annulée</translation>
    </message>
    <message>
        <source>Visibility check on %1 photos (%2 with a face) in %3</source>
        <translation>Contrôle de visibilité sur %1 photos (%2 avec un visage) dans %3</translation>
    </message>
    <message>
        <source>  %1 (%2): detection rate %3 % (%4 of %5; own reason %6; face lost %7)</source>
        <translation>  %1 (%2) : taux de détection %3 % (%4 sur %5 ; bon motif %6 ; visage perdu %7)</translation>
    </message>
    <message>
        <source>  false alarms on the unoccluded photos: %1 % (%2 of %3)</source>
        <translation>  fausses alarmes sur les photos non occultées : %1 % (%2 sur %3)</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1 : %2</translation>
    </message>
    <message>
        <source>  flagged on the unoccluded photos (not occluders): %1: %2</source>
        <translation>  signalés sur les photos non occultées (hors occultants) : %1 : %2</translation>
    </message>
    <message>
        <source>sRGB primaries with another tone curve</source>
        <translation>primaires sRGB avec une autre courbe de tonalité</translation>
    </message>
    <message>
        <source>the embedded colour profile</source>
        <translation>le profil colorimétrique intégré</translation>
    </message>
    <message>
        <source>embedded colour profile not usable (e.g. a CMYK or grey-scale profile): sRGB assumed</source>
        <translation>profil colorimétrique intégré inutilisable (par ex. un profil CMJN ou en niveaux de gris) : sRGB supposé</translation>
    </message>
    <message>
        <source>no embedded profile: sRGB assumed</source>
        <translation>aucun profil intégré : sRGB supposé</translation>
    </message>
    <message>
        <source>embedded profile is sRGB: no conversion needed</source>
        <translation>le profil intégré est sRGB : aucune conversion nécessaire</translation>
    </message>
    <message>
        <source>converted from %1 to sRGB</source>
        <translation>converti de %1 en sRGB</translation>
    </message>
    <message>
        <source>progressive</source>
        <translation>progressif</translation>
    </message>
    <message>
        <source>greyscale</source>
        <translation>niveaux de gris</translation>
    </message>
    <message>
        <source>16-bit</source>
        <translation>16 bits</translation>
    </message>
    <message>
        <source>palette</source>
        <translation>palette</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>image 1 of %1</source>
        <translation>image 1 sur %1</translation>
    </message>
    <message>
        <source>page 1 of %1</source>
        <translation>page 1 sur %1</translation>
    </message>
    <message>
        <source>frame 1 of %1</source>
        <translation>trame 1 sur %1</translation>
    </message>
    <message>
        <source>; transparent areas composited on white</source>
        <translation>; zones transparentes composées sur fond blanc</translation>
    </message>
    <message>
        <source>named .%1 but is a %2 file</source>
        <translation>nommé .%1 mais est un fichier %2</translation>
    </message>
    <message>
        <source>turned upright by the HEIF rotation (irot), applied by libheif</source>
        <translation>redressée par la rotation HEIF (irot), appliquée par libheif</translation>
    </message>
    <message>
        <source>HEIF rotation/mirror (irot/imir) applied by libheif</source>
        <translation>rotation/miroir HEIF (irot/imir) appliqués par libheif</translation>
    </message>
    <message>
        <source>; its EXIF orientation %1 is not applied again</source>
        <translation>; son orientation EXIF %1 n’est pas appliquée une seconde fois</translation>
    </message>
    <message>
        <source>no colour profile: sRGB assumed</source>
        <translation>aucun profil colorimétrique : sRGB supposé</translation>
    </message>
    <message>
        <source>a TIFF page directory cannot be read (the file is cut off or corrupt)</source>
        <translation>un répertoire de page TIFF est illisible (le fichier est tronqué ou corrompu)</translation>
    </message>
    <message>
        <source>CMYK converted to RGB by the plain formula; its embedded CMYK profile is not applied (no CMYK colour engine): sRGB assumed</source>
        <translation>CMJN converti en RVB par la formule simple ; son profil CMJN intégré n’est pas appliqué (pas de moteur colorimétrique CMJN) : sRGB supposé</translation>
    </message>
    <message>
        <source>CMYK converted to RGB by the plain formula: sRGB assumed</source>
        <translation>CMJN converti en RVB par la formule simple : sRGB supposé</translation>
    </message>
    <message>
        <source>a %1 file, but no %1 decoder is installed (Debian package qt6-image-formats-plugins)</source>
        <translation>un fichier %1, mais aucun décodeur %1 n’est installé (paquet Debian qt6-image-formats-plugins)</translation>
    </message>
    <message>
        <source>cannot decode CMYK JPEG image (%1)</source>
        <translation>impossible de décoder l’image JPEG CMJN (%1)</translation>
    </message>
    <message>
        <source>%1 colour components, not 4</source>
        <translation>%1 composantes de couleur, et non 4</translation>
    </message>
    <message>
        <source>upright as stored (EXIF orientation 1)</source>
        <translation>à l’endroit, telle que stockée (orientation EXIF 1)</translation>
    </message>
    <message>
        <source>mirrored left to right (EXIF orientation 2)</source>
        <translation>retournée de gauche à droite (orientation EXIF 2)</translation>
    </message>
    <message>
        <source>rotated 180° (EXIF orientation 3)</source>
        <translation>tournée de 180° (orientation EXIF 3)</translation>
    </message>
    <message>
        <source>mirrored top to bottom (EXIF orientation 4)</source>
        <translation>retournée de haut en bas (orientation EXIF 4)</translation>
    </message>
    <message>
        <source>mirrored left to right, then rotated 90° anticlockwise (EXIF orientation 5)</source>
        <translation>retournée de gauche à droite, puis tournée de 90° dans le sens antihoraire (orientation EXIF 5)</translation>
    </message>
    <message>
        <source>rotated 90° clockwise (EXIF orientation 6)</source>
        <translation>tournée de 90° dans le sens horaire (orientation EXIF 6)</translation>
    </message>
    <message>
        <source>mirrored left to right, then rotated 90° clockwise (EXIF orientation 7)</source>
        <translation>retournée de gauche à droite, puis tournée de 90° dans le sens horaire (orientation EXIF 7)</translation>
    </message>
    <message>
        <source>rotated 90° anticlockwise (EXIF orientation 8)</source>
        <translation>tournée de 90° dans le sens antihoraire (orientation EXIF 8)</translation>
    </message>
    <message>
        <source>no EXIF orientation: used as stored</source>
        <translation>aucune orientation EXIF : utilisée telle que stockée</translation>
    </message>
    <message>
        <source>the image claims a size beyond libheif&apos;s safety limit</source>
        <translation>l’image déclare une taille dépassant la limite de sécurité de libheif</translation>
    </message>
    <message>
        <source>libheif error %1</source>
        <translation>erreur libheif %1</translation>
    </message>
    <message>
        <source>nclx colour description with transfer characteristics %1 (HDR or unusual): not converted, shown as sRGB</source>
        <translation>description colorimétrique nclx avec caractéristiques de transfert %1 (HDR ou inhabituelles) : non convertie, affichée comme sRGB</translation>
    </message>
    <message>
        <source>nclx colour primaries %1 not understood: shown as sRGB</source>
        <translation>primaires colorimétriques nclx %1 non reconnues : affichée comme sRGB</translation>
    </message>
    <message>
        <source>cannot decode HEIF image</source>
        <translation>impossible de décoder l’image HEIF</translation>
    </message>
    <message>
        <source>cannot decode HEIF image (no pixel data)</source>
        <translation>impossible de décoder l’image HEIF (aucune donnée de pixel)</translation>
    </message>
    <message>
        <source>cannot read HEIF file</source>
        <translation>impossible de lire le fichier HEIF</translation>
    </message>
    <message>
        <source>HEIF file has no primary image</source>
        <translation>le fichier HEIF n’a pas d’image principale</translation>
    </message>
    <message>
        <source>no HEIC encoder</source>
        <translation>aucun encodeur HEIC</translation>
    </message>
    <message>
        <source>cannot encode HEIC</source>
        <translation>impossible d’encoder en HEIC</translation>
    </message>
    <message>
        <source>cannot write HEIC</source>
        <translation>impossible d’écrire le HEIC</translation>
    </message>
    <message>
        <source>the file ends before the WebP data does</source>
        <translation>le fichier se termine avant la fin des données WebP</translation>
    </message>
    <message>
        <source>the file ends before the BMP pixel data does</source>
        <translation>le fichier se termine avant la fin des données de pixels BMP</translation>
    </message>
    <message>
        <source>the file ends before the GIF trailer</source>
        <translation>le fichier se termine avant le marqueur de fin GIF</translation>
    </message>
    <message>
        <source>a block head needs m = groups × block width (%1 × %2 = %3), m is %4</source>
        <translation>une tête par blocs nécessite m = groupes × largeur de bloc (%1 × %2 = %3), m vaut %4</translation>
    </message>
    <message>
        <source>&apos;W&apos; is a block head&apos;s matrix but W[%1, %2] = %3 lies outside the block of concept %1&apos;s group %4 (columns %5..%6)</source>
        <translation>&apos;W&apos; est la matrice d’une tête par blocs, mais W[%1, %2] = %3 est hors du bloc du groupe %4 du concept %1 (colonnes %5..%6)</translation>
    </message>
    <message>
        <source>pairs[%1]: needs a finite &quot;score&quot;, &quot;same&quot; 0 or 1 and, if given, &quot;excluded&quot; as [{&quot;component&quot;, &quot;reason&quot;}]</source>
        <translation>pairs[%1] : il faut un &quot;score&quot; fini, &quot;same&quot; 0 ou 1 et, s&apos;il est donné, &quot;excluded&quot; sous la forme [{&quot;component&quot;, &quot;reason&quot;}]</translation>
    </message>
    <message>
        <source>{&quot;pairs&quot;: [{&quot;score&quot;: number, &quot;same&quot;: 0 or 1, &quot;excluded&quot;: [...]}, ...]} or a verify-pairs shard (--shard i/n --json)</source>
        <translation>{&quot;pairs&quot;: [{&quot;score&quot;: nombre, &quot;same&quot;: 0 ou 1, &quot;excluded&quot;: [...]}, ...]} ou une part de verify-pairs (--shard i/n --json)</translation>
    </message>
    <message>
        <source>%1 scored pairs left something out of the explainable score, as compare does (%2)
</source>
        <translation>%1 paires évaluées ont laissé quelque chose hors du score explicable, comme le fait compare (%2)
</translation>
    </message>
    <message>
        <source>must be an object {id: fraction of pairs}</source>
        <translation>doit être un objet {id : fraction des paires}</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1]</source>
        <translation>doit être une fraction dans [0, 1]</translation>
    </message>
    <message>
        <source>tensors &apos;%1&apos; and &apos;%2&apos; come together (training range)</source>
        <translation>les tenseurs &apos;%1&apos; et &apos;%2&apos; vont ensemble (plage d&apos;entraînement)</translation>
    </message>
    <message>
        <source>training range</source>
        <translation>plage d&apos;entraînement</translation>
    </message>
    <message>
        <source>not assessed: outside the range of the training photos (value %1, z %2 beyond ±%3; the pack records no training range)</source>
        <translation>non évalué : hors de la plage des photos d&apos;entraînement (valeur %1, z %2 au-delà de ±%3 ; le paquet n&apos;enregistre aucune plage d&apos;entraînement)</translation>
    </message>
    <message>
        <source>not assessed: outside the range of the training photos (value %1, training range %2 to %3)</source>
        <translation>non évalué : hors de la plage des photos d&apos;entraînement (valeur %1, plage d&apos;entraînement %2 à %3)</translation>
    </message>
    <message>
        <source>not assessed: appearance of &apos;%1&apos; outside the range of the training photos (score %2, training range %3 to %4)</source>
        <translation>non évalué : apparence de &apos;%1&apos; hors de la plage des photos d&apos;entraînement (score %2, plage d&apos;entraînement %3 à %4)</translation>
    </message>
    <message>
        <source>the comparison&apos;s score %1 differs from the pair score %2</source>
        <translation>le score %1 de la comparaison diffère du score de paire %2</translation>
    </message>
    <message>
        <source>components left out of the score (%1); the calibration did not record how often its pairs left them out</source>
        <translation>composantes laissées hors du score (%1) ; l&apos;étalonnage n&apos;a pas enregistré à quelle fréquence ses paires les laissaient de côté</translation>
    </message>
    <message>
        <source>%1 marked not assessable by the examiner and left out of the score; the calibration pairs were scored without that decision</source>
        <translation>%1 marqué non évaluable par l&apos;expert et laissé hors du score ; les paires d&apos;étalonnage ont été évaluées sans cette décision</translation>
    </message>
    <message>
        <source>%1 left out of the score (%2), as in only %3 % of the calibration pairs (fewer than %4 %)</source>
        <translation>%1 laissé hors du score (%2), comme dans seulement %3 % des paires d&apos;étalonnage (moins de %4 %)</translation>
    </message>
    <message>
        <source>not measurable in this photo</source>
        <translation>non mesurable sur cette photo</translation>
    </message>
    <message>
        <source>the face model has no trained head</source>
        <translation>le modèle de visage n&apos;a pas de tête entraînée</translation>
    </message>
    <message>
        <source>the concept scores were not made with this face model</source>
        <translation>les scores de concepts n&apos;ont pas été produits avec ce modèle de visage</translation>
    </message>
    <message>
        <source>%1: &apos;excluded&apos; must hold {&quot;component&quot;, &quot;reason&quot;} objects</source>
        <translation>%1 : &apos;excluded&apos; doit contenir des objets {&quot;component&quot;, &quot;reason&quot;}</translation>
    </message>
    <message>
        <source>pair with face %1, which has no analysis</source>
        <translation>paire avec le visage %1, qui n&apos;a pas d&apos;analyse</translation>
    </message>
    <message>
        <source>threshold calibration: %1 of %2 pairs scored with exclusions</source>
        <translation>étalonnage du seuil : %1 paires sur %2 évaluées avec des exclusions</translation>
    </message>
    <message>
        <source>Strong support for different persons</source>
        <translation>Soutien fort en faveur de personnes différentes</translation>
    </message>
    <message>
        <source>The observations are much more probable if the photos show different persons.</source>
        <translation>Les observations sont beaucoup plus probables si les photos montrent des personnes différentes.</translation>
    </message>
    <message>
        <source>Moderate support for different persons</source>
        <translation>Soutien modéré en faveur de personnes différentes</translation>
    </message>
    <message>
        <source>The observations are more probable if the photos show different persons.</source>
        <translation>Les observations sont plus probables si les photos montrent des personnes différentes.</translation>
    </message>
    <message>
        <source>Limited support for different persons</source>
        <translation>Soutien limité en faveur de personnes différentes</translation>
    </message>
    <message>
        <source>The observations are slightly more probable if the photos show different persons.</source>
        <translation>Les observations sont légèrement plus probables si les photos montrent des personnes différentes.</translation>
    </message>
    <message>
        <source>The observations support neither proposition over the other.</source>
        <translation>Les observations ne soutiennent aucune des deux propositions plus que l’autre.</translation>
    </message>
    <message>
        <source>Limited support for the same person</source>
        <translation>Soutien limité en faveur de la même personne</translation>
    </message>
    <message>
        <source>The observations are slightly more probable if the photos show the same person.</source>
        <translation>Les observations sont légèrement plus probables si les photos montrent la même personne.</translation>
    </message>
    <message>
        <source>Moderate support for the same person</source>
        <translation>Soutien modéré en faveur de la même personne</translation>
    </message>
    <message>
        <source>The observations are more probable if the photos show the same person.</source>
        <translation>Les observations sont plus probables si les photos montrent la même personne.</translation>
    </message>
    <message>
        <source>Strong support for the same person</source>
        <translation>Soutien fort en faveur de la même personne</translation>
    </message>
    <message>
        <source>The observations are much more probable if the photos show the same person.</source>
        <translation>Les observations sont beaucoup plus probables si les photos montrent la même personne.</translation>
    </message>
    <message>
        <source>Not suitable for comparison</source>
        <translation>Ne se prête pas à une comparaison</translation>
    </message>
    <message>
        <source>The photos do not allow a meaningful comparison (quality, pose, occlusion).</source>
        <translation>Les photos ne permettent pas une comparaison pertinente (qualité, pose, occultation).</translation>
    </message>
    <message>
        <source>Descry 7-level ordinal scale (after FISWG 2019 and ENFSI-BPM-DI-01 2018)</source>
        <translation>Échelle ordinale Descry à 7 niveaux (d’après FISWG 2019 et ENFSI-BPM-DI-01 2018)</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; must be a string</source>
        <translation>dossier : le membre &apos;%1&apos; doit être une chaîne</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; is longer than %2 characters</source>
        <translation>dossier : le membre &apos;%1&apos; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>case: unknown member &apos;details.%1%2&apos;</source>
        <translation>dossier : membre inconnu &apos;details.%1%2&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;details.conclusion.utc&apos; must be an ISO 8601 UTC time</source>
        <translation>dossier : le membre &apos;details.conclusion.utc&apos; doit être une heure UTC au format ISO 8601</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; must be [x, y] in pixels</source>
        <translation>dossier : le membre &apos;%1&apos; doit être [x, y] en pixels</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; must be a list of at most 68 points</source>
        <translation>dossier : le membre &apos;%1&apos; doit être une liste d’au plus 68 points</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; has a point whose &apos;index&apos; is not 0 to 67</source>
        <translation>dossier : le membre &apos;%1&apos; contient un point dont le champ &apos;index&apos; n’est pas compris entre 0 et 67</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; moves point %2 twice</source>
        <translation>dossier : le membre &apos;%1&apos; déplace le point %2 deux fois</translation>
    </message>
    <message>
        <source>case: member &apos;details.exhibits&apos; must be an object</source>
        <translation>dossier : le membre &apos;details.exhibits&apos; doit être un objet</translation>
    </message>
    <message>
        <source>case: member &apos;details.conclusion&apos; must be an object</source>
        <translation>dossier : le membre &apos;details.conclusion&apos; doit être un objet</translation>
    </message>
    <message>
        <source>case details: a field is longer than %1 characters</source>
        <translation>détails du dossier : un champ dépasse %1 caractères</translation>
    </message>
    <message>
        <source>case details: landmark %1 is not one of the 68 points</source>
        <translation>détails du dossier : le point de repère %1 ne fait pas partie des 68 points</translation>
    </message>
    <message>
        <source>case details: the rationale is longer than %1 characters</source>
        <translation>détails du dossier : la justification dépasse %1 caractères</translation>
    </message>
    <message>
        <source>case details: conclusion scale &apos;%1&apos; is not %2</source>
        <translation>détails du dossier : l’échelle de conclusion &apos;%1&apos; n’est pas %2</translation>
    </message>
    <message>
        <source>case details: &apos;%1&apos; is not a level of the conclusion scale</source>
        <translation>détails du dossier : &apos;%1&apos; n’est pas un niveau de l’échelle de conclusion</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) → (%4, %5)</source>
        <translation>point %1 (%2, %3) → (%4, %5)</translation>
    </message>
    <message>
        <source>as detected</source>
        <translation>tels que détectés</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>numéro de dossier</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>service</translation>
    </message>
    <message>
        <source>probe exhibit</source>
        <translation>scellé de la photo litigieuse</translation>
    </message>
    <message>
        <source>reference exhibit</source>
        <translation>scellé de la photo de référence</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>conclusion</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>concluded by</source>
        <translation>auteur de la conclusion</translation>
    </message>
    <message>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>probe view</source>
        <translation>affichage de la photo litigieuse</translation>
    </message>
    <message>
        <source>reference view</source>
        <translation>affichage de la photo de référence</translation>
    </message>
    <message>
        <source>probe landmarks</source>
        <translation>points de repère de la photo litigieuse</translation>
    </message>
    <message>
        <source>reference landmarks</source>
        <translation>points de repère de la photo de référence</translation>
    </message>
    <message>
        <source>case details (number, exhibits, conclusion) belong to face cases</source>
        <translation>les détails du dossier (numéro, scellés, conclusion) sont propres aux dossiers de comparaison faciale</translation>
    </message>
    <message>
        <source>the title has more than %1 characters</source>
        <translation>le titre dépasse %1 caractères</translation>
    </message>
    <message>
        <source>title: &apos;%1&apos; → &apos;%2&apos;</source>
        <translation>titre : &apos;%1&apos; → &apos;%2&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;details&apos; in a %1 case</source>
        <translation>dossier : membre &apos;details&apos; dans un dossier %1</translation>
    </message>
    <message>
        <source>case: member &apos;details&apos; must be an object</source>
        <translation>dossier : le membre &apos;details&apos; doit être un objet</translation>
    </message>
    <message>
        <source>landmark %1 is not one of the 68 points</source>
        <translation>le point de repère %1 ne fait pas partie des 68 points</translation>
    </message>
    <message>
        <source>brightness %1</source>
        <translation>luminosité %1</translation>
    </message>
    <message>
        <source>contrast %1</source>
        <translation>contraste %1</translation>
    </message>
    <message>
        <source>gamma %1</source>
        <translation>gamma %1</translation>
    </message>
    <message>
        <source>histogram equalisation</source>
        <translation>égalisation d’histogramme</translation>
    </message>
    <message>
        <source>CLAHE</source>
        <translation>CLAHE</translation>
    </message>
    <message>
        <source>case: unknown member &apos;%1.%2&apos;</source>
        <translation>dossier : membre inconnu &apos;%1.%2&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;%1.%2&apos; must be a number from %3 to %4</source>
        <translation>dossier : le membre &apos;%1.%2&apos; doit être un nombre de %3 à %4</translation>
    </message>
    <message>
        <source>case: member &apos;%1.%2&apos; must be true or false</source>
        <translation>dossier : le membre &apos;%1.%2&apos; doit être true ou false</translation>
    </message>
    <message>
        <source>view enhancement: %1 must be from %2 to %3</source>
        <translation>amélioration de l’affichage : %1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <source>Neutral: neither proposition supported</source>
        <translation>Neutre : aucune des propositions n’est soutenue</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): close distributions (overlap %4), the probe&apos;s most likely &quot;%5&quot; and the reference&apos;s &quot;%6&quot;, adding %7 to the score.</source>
        <translation>%1 – %2 (%3) : distributions proches (recouvrement %4), le plus probable « %5 » pour la photo de question et « %6 » pour la référence ; ajoute %7 au score.</translation>
    </message>
    <message>
        <source>the file exists; a case is never replaced (choose a new file)</source>
        <translation>le fichier existe ; un dossier n’est jamais remplacé (choisissez un nouveau fichier)</translation>
    </message>
    <message>
        <source>%1, score %2 with pack %3 %4 (descry-cli compare)</source>
        <translation>%1, score %2 avec le paquet %3 %4 (descry-cli compare)</translation>
    </message>
    <message>
        <source>also save a new case file (photos as evidence, pack, comparison) that the desktop application opens; an existing file is never replaced</source>
        <translation>enregistrer aussi un nouveau dossier (photos comme pièces, paquet, comparaison) que l’application de bureau ouvre ; un fichier existant n’est jamais remplacé</translation>
    </message>
    <message>
        <source>write to FILE (replaced atomically) instead of stdout</source>
        <translation>écrire dans FICHIER (remplacé atomiquement) au lieu de la sortie standard</translation>
    </message>
    <message>
        <source>print the manual page of descry-cli or descry (troff), generated from the options</source>
        <translation>afficher la page de manuel de descry-cli ou descry (troff), générée à partir des options</translation>
    </message>
    <message>
        <source>descry-cli (default) or descry</source>
        <translation>descry-cli (par défaut) ou descry</translation>
    </message>
    <message>
        <source>unknown program &apos;%1&apos; (expected descry-cli or descry)</source>
        <translation>programme inconnu &apos;%1&apos; (attendu : descry-cli ou descry)</translation>
    </message>
    <message>
        <source>print the bash completion of descry-cli and descry, generated from the options</source>
        <translation>afficher la complétion bash de descry-cli et descry, générée à partir des options</translation>
    </message>
    <message>
        <source>the shell</source>
        <translation>le shell</translation>
    </message>
    <message>
        <source>Descry, the desktop application: explained face comparison and chest X-ray review. Without arguments it opens the main window; the command-line tool is descry-cli.</source>
        <translation>Descry, l’application de bureau : comparaison faciale expliquée et relecture de radiographies thoraciques. Sans argument, elle ouvre la fenêtre principale ; l’outil en ligne de commande est descry-cli.</translation>
    </message>
    <message>
        <source>a Descry case file (.descry) to open, in the workspace of its task</source>
        <translation>un dossier Descry (.descry) à ouvrir, dans l’espace de travail de sa tâche</translation>
    </message>
    <message>
        <source>open this photo as the probe in the Face comparison workspace</source>
        <translation>ouvrir cette photo comme photo de question dans l’espace Comparaison faciale</translation>
    </message>
    <message>
        <source>open this photo as the reference in the Face comparison workspace</source>
        <translation>ouvrir cette photo comme référence dans l’espace Comparaison faciale</translation>
    </message>
    <message>
        <source>without showing the window: open CASE as a double-click would, or compare --probe with --reference through the application&apos;s inference service; print the outcome and exit (checks an installation; works offscreen)</source>
        <translation>sans afficher la fenêtre : ouvrir CASE comme un double-clic, ou comparer --probe à --reference par le service d’inférence de l’application ; afficher le résultat et quitter (vérifie une installation ; fonctionne sans écran)</translation>
    </message>
    <message>
        <source>with --check: compare N times in this one process, printing the resident memory (a soak test)</source>
        <translation>avec --check : comparer N fois dans ce seul processus en affichant la mémoire résidente (un test d’endurance)</translation>
    </message>
    <message>
        <source>soak: %1/%2 comparisons, resident %3 MiB
</source>
        <translation>endurance : %1/%2 comparaisons, résident %3 Mio
</translation>
    </message>
    <message>
        <source>soak: %1 comparisons in %2 s; resident %3 MiB after %4 warm-up comparisons, %5 MiB at the end (growth %6 %), peak %7 MiB
</source>
        <translation>endurance : %1 comparaisons en %2 s ; résident %3 Mio après %4 comparaisons de mise en route, %5 Mio à la fin (croissance %6 %), pic %7 Mio
</translation>
    </message>
    <message>
        <source>compare two photos N times in one process and report the resident memory&apos;s growth</source>
        <translation>comparer deux photos N fois dans un processus et indiquer la croissance de la mémoire résidente</translation>
    </message>
    <message>
        <source>comparisons to run</source>
        <translation>comparaisons à effectuer</translation>
    </message>
    <message>
        <source>--check needs a CASE or --probe and --reference</source>
        <translation>--check demande un CASE ou --probe et --reference</translation>
    </message>
    <message>
        <source>Case saved: %1
</source>
        <translation>Dossier enregistré : %1
</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; is implausibly large</source>
        <translation>manifeste des poids : le poids &apos;%1&apos; est d&apos;une taille invraisemblable</translation>
    </message>
    <message>
        <source>weights manifest describes implausibly many bytes</source>
        <translation>le manifeste des poids décrit un nombre d&apos;octets invraisemblable</translation>
    </message>
</context>
<context>
    <name>descry-report</name>
    <message>
        <source>Score %1     Threshold %2</source>
        <translation>Score %1     Seuil %2</translation>
    </message>
    <message>
        <source>The score is at or above the calibrated threshold.</source>
        <translation>Le score est supérieur ou égal au seuil calibré.</translation>
    </message>
    <message>
        <source>The score is below the calibrated threshold.</source>
        <translation>Le score est inférieur au seuil calibré.</translation>
    </message>
    <message>
        <source>Image quality does not allow a reliable decision:</source>
        <translation>La qualité d’image ne permet pas une décision fiable :</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>aucun motif n’a été consigné</translation>
    </message>
    <message>
        <source>Decision of the explainable model</source>
        <translation>Décision du modèle explicable</translation>
    </message>
    <message>
        <source>The baseline disagrees with the explainable decision. Examine both photos carefully before relying on either result.</source>
        <translation>La référence contredit la décision explicable. Examinez attentivement les deux photos avant de vous fier à l’un ou l’autre résultat.</translation>
    </message>
    <message>
        <source>The baseline is shown for reference only.</source>
        <translation>La référence n’est présentée qu’à titre indicatif.</translation>
    </message>
    <message>
        <source>No detection; the whole image was used as the face</source>
        <translation>Aucune détection ; l’image entière a été utilisée comme visage</translation>
    </message>
    <message>
        <source>1 face found (detector score %1)</source>
        <translation>1 visage trouvé (score du détecteur %1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille de l’image</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Inter-eye distance</source>
        <translation>Distance interoculaire</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Yaw</source>
        <translation>Lacet</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Roulis</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Photo litigieuse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Photo de référence</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème détecté</translation>
    </message>
    <message>
        <source>No aligned face</source>
        <translation>Aucun visage aligné</translation>
    </message>
    <message>
        <source>%1 SHA-256</source>
        <translation>SHA-256 (%1)</translation>
    </message>
    <message>
        <source>Face comparison report</source>
        <translation>Rapport de comparaison faciale</translation>
    </message>
    <message>
        <source>Model pack %1 %2   ·   Descry %3</source>
        <translation>Paquet de modèle %1 %2   ·   Descry %3</translation>
    </message>
    <message>
        <source>Explainable comparison of a probe photo with a reference photo</source>
        <translation>Comparaison explicable d’une photo litigieuse avec une photo de référence</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>Examinateur : %1</translation>
    </message>
    <message>
        <source>Faces compared</source>
        <translation>Visages comparés</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Fin du rapport</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>No explanation was produced for this comparison.</source>
        <translation>Aucune explication n’a été produite pour cette comparaison.</translation>
    </message>
    <message>
        <source>Contributions to the score</source>
        <translation>Contributions au score</translation>
    </message>
    <message>
        <source>No descriptor groups were recorded.</source>
        <translation>Aucun groupe de descripteurs n’a été enregistré.</translation>
    </message>
    <message>
        <source>Each bar is the sum of the contributions of one facial component&apos;s descriptor groups. Bars to the right moved the score towards a match, bars to the left away from it.</source>
        <translation>Chaque barre est la somme des contributions des groupes de descripteurs d’un composant facial. Les barres vers la droite ont rapproché le score d’une correspondance, les barres vers la gauche l’en ont éloigné.</translation>
    </message>
    <message>
        <source>Contribution to the score (cosine similarity units)</source>
        <translation>Contribution au score (unités de similarité cosinus)</translation>
    </message>
    <message>
        <source>Sum of all contributions %1  +  bias term %2  =  score %3</source>
        <translation>Somme de toutes les contributions %1  +  terme de biais %2  =  score %3</translation>
    </message>
    <message>
        <source>The %1 descriptor groups with the largest contributions</source>
        <translation>Les %1 groupes de descripteurs aux plus fortes contributions</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Caractéristique</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Probe: top descriptor</source>
        <translation>Photo litigieuse : descripteur principal</translation>
    </message>
    <message>
        <source>Reference: top descriptor</source>
        <translation>Photo de référence : descripteur principal</translation>
    </message>
    <message>
        <source>%1 of %2 groups are shown; the other %3 contribute %4 in total.</source>
        <translation>%1 groupes sur %2 sont affichés ; les %3 autres contribuent pour %4 au total.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Each face is scored against the descriptors of the catalog; the scores S are normalised within each characteristic and aggregated by the pack&apos;s trained weights W into a concept embedding %1. The comparison score is the cosine similarity of the probe&apos;s and the reference&apos;s embeddings, %2, and the decision compares it with the threshold calibrated for the pack.</source>
        <translation>Chaque visage est évalué au regard des descripteurs du catalogue ; les scores S sont normalisés au sein de chaque caractéristique puis agrégés par les poids entraînés W du paquet en un plongement de concepts %1. Le score de comparaison est la similarité cosinus des plongements de la photo litigieuse et de la photo de référence, %2, et la décision le compare au seuil calibré pour le paquet.</translation>
    </message>
    <message>
        <source>The score splits exactly into one contribution per descriptor: %1. For this comparison Σ contributions = %2, bias term = %3, score = %4; the residual, a numerical check that must be close to zero, is %5.</source>
        <translation>Le score se décompose exactement en une contribution par descripteur : %1. Pour cette comparaison, Σ contributions = %2, terme de biais = %3, score = %4 ; le résidu, un contrôle numérique qui doit être proche de zéro, vaut %5.</translation>
    </message>
    <message>
        <source>Σ contributions + bias term = score</source>
        <translation>Σ contributions + terme de biais = score</translation>
    </message>
    <message>
        <source>Warning: the residual is not negligible; the contributions do not fully account for the score.</source>
        <translation>Avertissement : le résidu n’est pas négligeable ; les contributions n’expliquent pas entièrement le score.</translation>
    </message>
    <message>
        <source>Measured descriptors come from distances, ratios and angles between 68 facial landmarks, compared with the population statistics of the pack. Appearance descriptors are read from the face-recognition embedding of the whole face along directions learned from measured examples: they capture appearance that landmarks miss but are less directly verifiable.</source>
        <translation>Les descripteurs mesurés proviennent de distances, de rapports et d’angles entre 68 points de repère faciaux, comparés aux statistiques de population du paquet. Les descripteurs d’apparence sont lus dans le plongement de reconnaissance faciale du visage entier selon des directions apprises à partir d’exemples mesurés : ils saisissent l’apparence que les points de repère ne captent pas, mais sont moins directement vérifiables.</translation>
    </message>
    <message>
        <source>Similarity is the overlap (Bhattacharyya coefficient, 0 to 1) of the two faces&apos; descriptor distributions within one characteristic; descriptor scores in brackets are between 0 and 1.</source>
        <translation>La similarité est le recouvrement (coefficient de Bhattacharyya, de 0 à 1) des distributions de descripteurs des deux visages au sein d’une caractéristique ; les scores de descripteurs entre parenthèses sont compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Paquet de modèle</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Pack SHA-256</source>
        <translation>SHA-256 du paquet</translation>
    </message>
    <message>
        <source>Descriptor catalog</source>
        <translation>Catalogue de descripteurs</translation>
    </message>
    <message>
        <source>Catalog SHA-256</source>
        <translation>SHA-256 du catalogue</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Durées</translation>
    </message>
    <message>
        <source>pack loading %1  ·  probe %2  ·  reference %3  ·  decision and explanation %4  ·  total %5</source>
        <translation>chargement du paquet %1  ·  photo litigieuse %2  ·  photo de référence %3  ·  décision et explication %4  ·  total %5</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Descry %1 (Qt %2)</source>
        <translation>Descry %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Report generated</source>
        <translation>Rapport généré</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Examiner notes</source>
        <translation>Notes de l’examinateur</translation>
    </message>
    <message>
        <source>Examiner note</source>
        <translation>Note de l’examinateur</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>Résumé de l’audit</translation>
    </message>
    <message>
        <source>Decoded from a truncated or corrupt file</source>
        <translation>Décodage d’un fichier tronqué ou corrompu</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>Damaged input: the comparison was computed from a photo that did not decode completely (allowed by the user). Treat the result with caution.</source>
        <translation>Entrée endommagée : la comparaison a été calculée à partir d’une photo qui ne s’est pas décodée entièrement (autorisé par l’utilisateur). Interprétez le résultat avec prudence.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Fichier d’entrée</translation>
    </message>
    <message>
        <source>Decoded completely</source>
        <translation>Décodage complet</translation>
    </message>
    <message>
        <source>blind review: export is available once the analysis is locked</source>
        <translation>examen à l’aveugle : l’exportation est disponible une fois l’analyse verrouillée</translation>
    </message>
    <message>
        <source>Case integrity: %1</source>
        <translation>Intégrité du dossier : %1</translation>
    </message>
    <message>
        <source>Signature: the case file is not signed</source>
        <translation>Signature : le fichier de dossier n’est pas signé</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>%1 audit entries, the first at %2 UTC, the last at %3 UTC. Every entry is listed in the appendix.</source>
        <translation>%1 entrées d’audit, la première à %2 UTC, la dernière à %3 UTC. Toutes les entrées sont listées en annexe.</translation>
    </message>
    <message>
        <source>%1 UTC   %2</source>
        <translation>%1 UTC   %2</translation>
    </message>
    <message>
        <source>   by %1</source>
        <translation>   par %1</translation>
    </message>
    <message>
        <source>Locks and amendments</source>
        <translation>Verrouillages et avenants</translation>
    </message>
    <message>
        <source>Hash of the last entry</source>
        <translation>Empreinte de la dernière entrée</translation>
    </message>
    <message>
        <source>Appendix   Audit log</source>
        <translation>Annexe   Journal d’audit</translation>
    </message>
    <message>
        <source>Every audited event of the case, oldest first, as recorded in the case file (times in UTC).</source>
        <translation>Chaque événement audité du dossier, du plus ancien au plus récent, tel que consigné dans le fichier de dossier (heures en UTC).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Black-box baseline (%1)</source>
        <translation>Référence boîte noire (%1)</translation>
    </message>
    <message>
        <source>Prompt (CLIP)</source>
        <translation>Prompt (CLIP)</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (mesuré)</translation>
    </message>
    <message>
        <source>Measured descriptors come from distances, ratios and angles between 68 facial landmarks, compared with the population statistics of the pack. Prompt descriptors are scored by the CLIP image encoder %1: the cosine between the face&apos;s image embedding and the text embedding of the descriptor&apos;s prompts, so every descriptor of the catalog gets a score, including those no landmark can measure.</source>
        <translation>Les descripteurs mesurés proviennent de distances, de rapports et d’angles entre 68 points de repère faciaux, comparés aux statistiques de population du paquet. Les descripteurs par prompt sont évalués par l’encodeur d’images CLIP %1 : le cosinus entre le plongement d’image du visage et le plongement textuel des prompts du descripteur, de sorte que chaque descripteur du catalogue reçoit un score, y compris ceux qu’aucun point de repère ne permet de mesurer.</translation>
    </message>
    <message>
        <source>Concept scores</source>
        <translation>Scores des concepts</translation>
    </message>
    <message>
        <source>Checkpoint SHA-256</source>
        <translation>SHA-256 du checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (chosen by the examiner)</source>
        <translation>Visage %1 sur %2 de la photo (choisi par l’examinateur)</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (the largest, by default)</source>
        <translation>Visage %1 sur %2 de la photo (le plus grand, par défaut)</translation>
    </message>
    <message>
        <source>Decoded as</source>
        <translation>Décodé comme</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotation</translation>
    </message>
    <message>
        <source>Excluded from the score</source>
        <translation>Exclus du score</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>non visible</translation>
    </message>
    <message>
        <source>marked not assessable by the examiner</source>
        <translation>marqué non évaluable par l’examinateur</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>These components were removed from both faces&apos; embeddings and the score was re-computed on the remaining characteristics (re-normalised): %1, against %2 on the whole faces (%3). The decision still uses the pack&apos;s threshold %4, which was calibrated on whole faces.</source>
        <translation>Ces composants ont été retirés des plongements des deux visages et le score a été recalculé sur les caractéristiques restantes (renormalisé) : %1, contre %2 sur les visages entiers (%3). La décision utilise toujours le seuil %4 du paquet, qui a été calibré sur des visages entiers.</translation>
    </message>
    <message>
        <source>This pack aggregates block by block: each characteristic writes only to its own block of the embedding, so its contribution depends on that characteristic in the two faces alone (its blocks&apos; product divided by the two embeddings&apos; lengths).</source>
        <translation>Ce paquet agrège bloc par bloc : chaque caractéristique n’écrit que dans son propre bloc du plongement, de sorte que sa contribution ne dépend que de cette caractéristique dans les deux visages (le produit de ses blocs divisé par les normes des deux plongements).</translation>
    </message>
    <message>
        <source>Likelihood ratio (evaluative reporting)</source>
        <translation>Rapport de vraisemblance (conclusions évaluatives)</translation>
    </message>
    <message>
        <source>No likelihood ratio: %1.</source>
        <translation>Aucun rapport de vraisemblance : %1.</translation>
    </message>
    <message>
        <source>LR %1 (log10 LR %2): %3.</source>
        <translation>RV %1 (log10 RV %2) : %3.</translation>
    </message>
    <message>
        <source>The LR is how much more probable this score is if the two photos show the same person than if they show different people. Verbal equivalent on the %1 scale. Calibration: %2 on %3 (%4 same-source, %5 different-source pairs); Cllr %6, Cllr_min %7 (0 is perfect, 1 is no information). The LR does not replace the threshold decision above, which is stated separately.</source>
        <translation>Le RV exprime combien ce score est plus probable si les deux photos montrent la même personne que si elles montrent des personnes différentes. Équivalent verbal selon l’échelle des %1. Calibration : %2 sur %3 (%4 paires de même source, %5 de sources différentes) ; Cllr %6, Cllr_min %7 (0 : parfait, 1 : aucune information). Le RV ne remplace pas la décision par seuil ci-dessus, qui est énoncée séparément.</translation>
    </message>
    <message>
        <source>Not calibrated for this kind of photo:</source>
        <translation>Non calibré pour ce type de photo :</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>Measured quantities</source>
        <translation>Grandeurs mesurées</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Grandeur</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Every quantity the measured descriptors are computed from, with its value and its z-score against the pack&apos;s population statistics. &quot;not assessed&quot;: the quantity could not be measured on that photo (a region outside it, or colour on a greyscale photo) or its value lies outside the range of the training photos (the reason is given below the table); its characteristic is then not scored by measurement.</source>
        <translation>Chaque grandeur dont les descripteurs mesurés sont calculés, avec sa valeur et son score z par rapport aux statistiques de population du paquet. « non évalué » : la grandeur n&apos;a pas pu être mesurée sur cette photo (une région hors de la photo, ou la couleur sur une photo en niveaux de gris) ou sa valeur est hors de la plage des photos d&apos;entraînement (la raison est donnée sous le tableau) ; sa caractéristique n&apos;est alors pas évaluée par mesure.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>What-if: %1 switched off</source>
        <translation>Simulation : sans %1</translation>
    </message>
    <message>
        <source>Probe, landmarks</source>
        <translation>Photo litigieuse, points de repère</translation>
    </message>
    <message>
        <source>Reference, landmarks</source>
        <translation>Photo de référence, points de repère</translation>
    </message>
    <message>
        <source>Overlay (reference at 50 %)</source>
        <translation>Superposition (référence à 50 %)</translation>
    </message>
    <message>
        <source>Wipe (probe | reference)</source>
        <translation>Balayage (photo litigieuse | photo de référence)</translation>
    </message>
    <message>
        <source>Aligned faces: landmarks, overlay and wipe</source>
        <translation>Visages alignés : points de repère, superposition et balayage</translation>
    </message>
    <message>
        <source>WHAT-IF: this report shows a what-if, not the model&apos;s full comparison</source>
        <translation>SIMULATION : ce rapport présente une simulation, et non la comparaison complète du modèle</translation>
    </message>
    <message numerus="yes">
        <source>The examiner switched off %1 (%n descriptor(s)). The score, decision, contributions and explanation below are computed without them: score %2, %3. The model&apos;s full comparison scored %4, %5; the removed descriptors&apos; share of that score was %6. The likelihood ratio below belongs to the full comparison.</source>
        <translation>
            <numerusform>L’examinateur a désactivé %1 (%n descripteur). Le score, la décision, les contributions et l’explication ci-dessous sont calculés sans lui : score %2, %3. La comparaison complète du modèle a obtenu %4, %5 ; la part du descripteur retiré dans ce score était de %6. Le rapport de vraisemblance ci-dessous se rapporte à la comparaison complète.</numerusform>
            <numerusform>L’examinateur a désactivé %1 (%n descripteurs). Le score, la décision, les contributions et l’explication ci-dessous sont calculés sans eux : score %2, %3. La comparaison complète du modèle a obtenu %4, %5 ; la part des descripteurs retirés dans ce score était de %6. Le rapport de vraisemblance ci-dessous se rapporte à la comparaison complète.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Numéro de dossier : %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Titre : %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Service : %1</translation>
    </message>
    <message>
        <source>probe exhibit %1</source>
        <translation>scellé de la photo litigieuse %1</translation>
    </message>
    <message>
        <source>reference exhibit %1</source>
        <translation>scellé de la photo de référence %1</translation>
    </message>
    <message>
        <source>Exhibits: %1</source>
        <translation>Scellés : %1</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>photo litigieuse</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>photo de référence</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) → (%4, %5)</source>
        <translation>point %1 (%2, %3) → (%4, %5)</translation>
    </message>
    <message>
        <source>Examination aids</source>
        <translation>Aides à l’examen</translation>
    </message>
    <message>
        <source>Viewing enhancement used (display only: the evidence files and the analysis use the photos as loaded):</source>
        <translation>Amélioration d’image utilisée (affichage uniquement : les fichiers de pièces et l’analyse utilisent les photos telles que chargées) :</translation>
    </message>
    <message>
        <source>Landmarks moved by the examiner (the measured characteristics use the moved points; alignment and appearance use the detector&apos;s; pixels of the analysed photo):</source>
        <translation>Points de repère déplacés par l’examinateur (les caractéristiques mesurées utilisent les points déplacés ; l’alignement et l’apparence, ceux du détecteur ; pixels de la photo analysée) :</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>1. Examiner&apos;s conclusion</source>
        <translation>1. Conclusion de l’examinateur</translation>
    </message>
    <message>
        <source>No conclusion recorded</source>
        <translation>Aucune conclusion consignée</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Échelle : %1</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>%1 (score %2, threshold %3)</source>
        <translation>%1 (score %2, seuil %3)</translation>
    </message>
    <message>
        <source>— what-if; the full comparison: %1</source>
        <translation>— simulation ; comparaison complète : %1</translation>
    </message>
    <message>
        <source>2. Model&apos;s decision (threshold, not an opinion)</source>
        <translation>2. Décision du modèle (par seuil, et non un avis)</translation>
    </message>
    <message>
        <source>3. Model&apos;s likelihood ratio</source>
        <translation>3. Rapport de vraisemblance du modèle</translation>
    </message>
    <message>
        <source>LR %1: %2%3</source>
        <translation>RV %1 : %2%3</translation>
    </message>
    <message>
        <source> (not calibrated for this kind of photo)</source>
        <translation> (non calibré pour ce type de photo)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Non disponible : %1</translation>
    </message>
    <message>
        <source>The examiner&apos;s conclusion is the examiner&apos;s own; the model&apos;s decision and likelihood ratio are stated separately and are not part of it.</source>
        <translation>La conclusion de l’examinateur lui est propre ; la décision et le rapport de vraisemblance du modèle sont énoncés séparément et n’en font pas partie.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <source>Case signature</source>
        <translation>Signature du dossier</translation>
    </message>
    <message>
        <source>the case file is not signed</source>
        <translation>le fichier de dossier n’est pas signé</translation>
    </message>
    <message>
        <source>Signed: ______________________________</source>
        <translation>Signé : ______________________________</translation>
    </message>
    <message>
        <source>Both faces are aligned on the same five points (eye centres, nose tip, mouth corners). Points the examiner moved are magenta; points outside the aligned crop are not drawn.</source>
        <translation>Les deux visages sont alignés sur les mêmes cinq points (centres des yeux, pointe du nez, commissures des lèvres). Les points déplacés par l’examinateur sont en magenta ; les points hors du recadrage aligné ne sont pas dessinés.</translation>
    </message>
</context>
<context>
    <name>descry::ui::AboutDialog</name>
    <message>
        <source>About Descry</source>
        <translation>À propos de Descry</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Descry&lt;/h2&gt;&lt;p&gt;Explainable face comparison and chest X-ray review.&lt;br&gt;Decisions are explained with named characteristic descriptors that the model measures and weighs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Descry&lt;/h2&gt;&lt;p&gt;Comparaison faciale explicable et lecture de radiographies thoraciques.&lt;br&gt;Les décisions sont expliquées par des descripteurs de caractéristiques nommés que le modèle mesure et pondère.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>fails verification: %1</source>
        <translation>échec de la vérification : %1</translation>
    </message>
    <message>
        <source>No model packs installed.</source>
        <translation>Aucun paquet de modèle installé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model packs&lt;/b&gt; (SHA-256)&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;b&gt;Paquets de modèle&lt;/b&gt; (SHA-256)&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>descry::ui::AlignedCompareView</name>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Show the aligned probe and reference next to each other</source>
        <translation>Afficher côte à côte la photo litigieuse et la photo de référence alignées</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposition</translation>
    </message>
    <message>
        <source>Draw the reference over the probe with adjustable opacity</source>
        <translation>Superposer la photo de référence à la photo litigieuse avec une opacité réglable</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Balayage</translation>
    </message>
    <message>
        <source>Drag the divider: probe on the left, reference on the right</source>
        <translation>Faites glisser le séparateur : photo litigieuse à gauche, photo de référence à droite</translation>
    </message>
    <message>
        <source>Reference opacity</source>
        <translation>Opacité de la référence</translation>
    </message>
    <message>
        <source>Opacity of the reference face over the probe face</source>
        <translation>Opacité du visage de référence sur le visage litigieux</translation>
    </message>
    <message>
        <source>No aligned face</source>
        <translation>Aucun visage aligné</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Photo litigieuse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Photo de référence</translation>
    </message>
    <message>
        <source>Probe, reference at %1%</source>
        <translation>Photo litigieuse, référence à %1%</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Points de repère</translation>
    </message>
    <message>
        <source>Draw the 68 landmarks (probe yellow, reference cyan)</source>
        <translation>Dessiner les 68 points de repère (photo litigieuse en jaune, photo de référence en cyan)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Draw a grid of 8×8 cells over the aligned faces</source>
        <translation>Dessiner une grille de 8×8 cellules sur les visages alignés</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Contrast of both aligned faces, for viewing only</source>
        <translation>Contraste des deux visages alignés, pour l’affichage uniquement</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Show the whole faces (zoom with the wheel or +/-, pan by dragging)</source>
        <translation>Afficher les visages entiers (zoom avec la molette ou +/-, déplacement par glisser)</translation>
    </message>
    <message>
        <source>Aligned faces</source>
        <translation>Visages alignés</translation>
    </message>
    <message>
        <source>The aligned probe and reference faces: side by side, overlaid or wiped; +/- zoom, 0 fits, Left/Right move the wipe divider</source>
        <translation>Les visages alignés de la photo litigieuse et de la photo de référence : côte à côte, superposés ou en balayage ; +/- pour zoomer, 0 pour ajuster, Gauche/Droite déplacent le séparateur</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Click two points on a face (side by side): the distance in pixels and in that face&apos;s inter-eye distances (IOD)</source>
        <translation>Cliquez deux points sur un visage (côte à côte) : la distance en pixels et en distances interoculaires (IOD) de ce visage</translation>
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
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Numéro de dossier :</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>&amp;Probe exhibit:</source>
        <translation>Scellé de la photo &amp;litigieuse :</translation>
    </message>
    <message>
        <source>R&amp;eference exhibit:</source>
        <translation>Scellé de la photo de &amp;référence :</translation>
    </message>
    <message>
        <source>(no conclusion)</source>
        <translation>(aucune conclusion)</translation>
    </message>
    <message>
        <source>Conclusion level</source>
        <translation>Niveau de conclusion</translation>
    </message>
    <message>
        <source>Why: the similarities and differences observed, their weight, the limitations of the photos</source>
        <translation>Pourquoi : les similitudes et différences observées, leur poids, les limites des photos</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>e.g. Forensic facial examiner</source>
        <translation>par ex. expert en comparaison faciale</translation>
    </message>
    <message>
        <source>Record &amp;conclusion</source>
        <translation>&amp;Consigner la conclusion</translation>
    </message>
    <message>
        <source>Record the conclusion in the case (audited); sign it with File › Sign and save</source>
        <translation>Consigner la conclusion dans le dossier (audité) ; signez-la avec Fichier › Signer et enregistrer le dossier</translation>
    </message>
    <message>
        <source>Examiner&apos;s conclusion</source>
        <translation>Conclusion de l’examinateur</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle :</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau :</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;om :</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Choose a level of the scale before recording the conclusion.</source>
        <translation>Choisissez un niveau de l’échelle avant de consigner la conclusion.</translation>
    </message>
    <message>
        <source>Enter your name: a conclusion is recorded with the name of the examiner who reached it.</source>
        <translation>Saisissez votre nom : une conclusion est consignée avec le nom de l’examinateur qui l’a formulée.</translation>
    </message>
    <message>
        <source>Write the rationale: a conclusion is recorded with the reasons for it.</source>
        <translation>Rédigez la justification : une conclusion est consignée avec ses motifs.</translation>
    </message>
    <message>
        <source>No conclusion recorded yet.</source>
        <translation>Aucune conclusion consignée pour l’instant.</translation>
    </message>
    <message>
        <source>Recorded by %1 (%2) on %3 UTC.</source>
        <translation>Consignée par %1 (%2) le %3 UTC.</translation>
    </message>
    <message>
        <source>no role given</source>
        <translation>aucune fonction indiquée</translation>
    </message>
</context>
<context>
    <name>descry::ui::ContributionChart</name>
    <message>
        <source>Contribution to the score by facial component</source>
        <translation>Contribution au score par composant facial</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): contribution per descriptor</source>
        <translation>%1 – %2 (%3) : contribution par descripteur</translation>
    </message>
    <message>
        <source>concept %1</source>
        <translation>concept %1</translation>
    </message>
    <message>
        <source>Aggregation weights of &quot;%1&quot; (row %2 of W)</source>
        <translation>Poids d’agrégation de « %1 » (ligne %2 de W)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>poids</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>embedding dimension</source>
        <translation>dimension du plongement</translation>
    </message>
    <message>
        <source>Contribution chart</source>
        <translation>Graphique des contributions</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Aucune comparaison pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrCaseDocument</name>
    <message>
        <source>this is a %1 case, not a chest X-ray case; open it in its own workspace</source>
        <translation>il s’agit d’un dossier %1, et non d’un dossier de radiographie thoracique ; ouvrez-le dans son propre espace de travail</translation>
    </message>
    <message>
        <source>patient and study identifiers shown for %1</source>
        <translation>identifiants du patient et de l’étude affichés pour %1</translation>
    </message>
    <message>
        <source>reset: a new review</source>
        <translation>réinitialisé : nouvel examen</translation>
    </message>
    <message>
        <source>%1, P(effusion) %2 for %3</source>
        <translation>%1, P(effusion) %2 pour %3</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrChecklistModel</name>
    <message>
        <source>%1 (%2): switch the whole group off to see the decision without it</source>
        <translation>%1 (%2) : désactiver tout le groupe pour voir la décision sans lui</translation>
    </message>
    <message>
        <source>Your reading of &quot;%1&quot;: present, absent, uncertain or not assessed</source>
        <translation>Votre lecture de « %1 » : présent, absent, incertain ou non évalué</translation>
    </message>
    <message>
        <source>%1 (%2): cosine %3, group score %4, contribution %5</source>
        <translation>%1 (%2) : cosinus %3, score de groupe %4, contribution %5</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descripteur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Your reading</source>
        <translation>Votre lecture</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrContributionChart</name>
    <message>
        <source>Contribution to the effusion margin by descriptor group</source>
        <translation>Contribution à la marge d’épanchement par groupe de descripteurs</translation>
    </message>
    <message>
        <source>%1: contribution per descriptor</source>
        <translation>%1 : contribution par descripteur</translation>
    </message>
    <message>
        <source>The %1 descriptors that move the margin most</source>
        <translation>Les %1 descripteurs qui déplacent le plus la marge</translation>
    </message>
    <message>
        <source>Select a group in the list to see its descriptors</source>
        <translation>Sélectionnez un groupe dans la liste pour voir ses descripteurs</translation>
    </message>
    <message>
        <source>red: toward effusion</source>
        <translation>rouge : vers l’épanchement</translation>
    </message>
    <message>
        <source>blue: toward no effusion</source>
        <translation>bleu : vers l’absence d’épanchement</translation>
    </message>
    <message>
        <source>contribution to the margin</source>
        <translation>contribution à la marge</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrNotesPanel</name>
    <message>
        <source>Reading notes</source>
        <translation>Notes de lecture</translation>
    </message>
    <message>
        <source>Findings and impression (saved with the case; every committed change is audited)</source>
        <translation>Constatations et conclusion (enregistrées avec le dossier ; chaque modification validée est auditée)</translation>
    </message>
    <message>
        <source>Lock reading</source>
        <translation>Verrouiller la lecture</translation>
    </message>
    <message>
        <source>Lock your notes and checklist (audited); with blind review the model&apos;s output is shown only then, and later changes are amendments with a reason</source>
        <translation>Verrouiller vos notes et votre liste de contrôle (audité) ; en examen à l’aveugle, le résultat du modèle n’est affiché qu’à ce moment, et les modifications ultérieures sont des avenants motivés</translation>
    </message>
    <message>
        <source>Amend notes…</source>
        <translation>Amender les notes…</translation>
    </message>
    <message>
        <source>Change the locked notes, with a reason recorded in the audit log</source>
        <translation>Modifier les notes verrouillées, avec un motif consigné dans le journal d’audit</translation>
    </message>
    <message>
        <source>Not locked: lock your reading before relying on the model&apos;s output.</source>
        <translation>Non verrouillée : verrouillez votre lecture avant de vous fier au résultat du modèle.</translation>
    </message>
    <message>
        <source>Locked by %1 at %2.</source>
        <translation>Verrouillée par %1 le %2.</translation>
    </message>
    <message numerus="yes">
        <source>Locked by %1 at %2; %n amendment(s) since (see the audit log).</source>
        <translation>
            <numerusform>Verrouillée par %1 le %2 ; %n avenant depuis (voir le journal d’audit).</numerusform>
            <numerusform>Verrouillée par %1 le %2 ; %n avenants depuis (voir le journal d’audit).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrResultsPanel</name>
    <message>
        <source>By group</source>
        <translation>Par groupe</translation>
    </message>
    <message>
        <source>By descriptor (largest)</source>
        <translation>Par descripteur (les plus grands)</translation>
    </message>
    <message>
        <source>Descriptors of the selected group</source>
        <translation>Descripteurs du groupe sélectionné</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Graphique :</translation>
    </message>
    <message>
        <source>Stale result: %1</source>
        <translation>Résultat périmé : %1</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>seuil %1</translation>
    </message>
    <message>
        <source>, indeterminate band %1–%2</source>
        <translation>, bande d’indétermination %1–%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — P(effusion) = %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — P(effusion) = %2 (%3)</translation>
    </message>
    <message>
        <source>Margin %1 = Σ contributions %2 + bias %3 (residual %4); pack %5 %6.</source>
        <translation>Marge %1 = Σ contributions %2 + biais %3 (résidu %4) ; paquet %5 %6.</translation>
    </message>
    <message>
        <source>Seen at %1.</source>
        <translation>Vu avec %1.</translation>
    </message>
    <message numerus="yes">
        <source>What-if with %n descriptor(s) off: P(effusion) = %1 (margin %2) instead of %3 (margin %4).</source>
        <translation>
            <numerusform>Simulation avec %n descripteur désactivé : P(effusion) = %1 (marge %2) au lieu de %3 (marge %4).</numerusform>
            <numerusform>Simulation avec %n descripteurs désactivés : P(effusion) = %1 (marge %2) au lieu de %3 (marge %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrWorkspace</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Examiner</translation>
    </message>
    <message>
        <source>Open a chest radiograph, a folder of DICOM files or a DICOMDIR (File menu, or drop them here).</source>
        <translation>Ouvrez une radiographie thoracique, un dossier de fichiers DICOM ou un DICOMDIR (menu Fichier, ou déposez-les ici).</translation>
    </message>
    <message>
        <source>Studies, series and images found in the opened files</source>
        <translation>Études, séries et images trouvées dans les fichiers ouverts</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Open image or study…</source>
        <translation>&amp;Ouvrir une image ou une étude…</translation>
    </message>
    <message>
        <source>Open one or more radiographs: DICOM files, PNG, JPEG or TIFF images, or a DICOMDIR</source>
        <translation>Ouvrir une ou plusieurs radiographies : fichiers DICOM, images PNG, JPEG ou TIFF, ou un DICOMDIR</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Ouvrir un dossier de radio&amp;graphies…</translation>
    </message>
    <message>
        <source>Open every radiograph in a folder and its subfolders</source>
        <translation>Ouvrir toutes les radiographies d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <source>Open &amp;DICOMDIR…</source>
        <translation>Ouvrir un DI&amp;COMDIR…</translation>
    </message>
    <message>
        <source>Open the studies a DICOMDIR lists (e.g. on a CD from PACS)</source>
        <translation>Ouvrir les études répertoriées par un DICOMDIR (par ex. sur un CD issu du PACS)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Radiographs (*.dcm *.DCM *.dicom *.dic DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pgm);;All files (*)</source>
        <translation>Radiographies (*.dcm *.DCM *.dicom *.dic DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pgm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open chest radiographs</source>
        <translation>Ouvrir des radiographies thoraciques</translation>
    </message>
    <message>
        <source>Open a folder of radiographs</source>
        <translation>Ouvrir un dossier de radiographies</translation>
    </message>
    <message>
        <source>Open a DICOMDIR</source>
        <translation>Ouvrir un DICOMDIR</translation>
    </message>
    <message>
        <source>DICOMDIR (DICOMDIR dicomdir);;All files (*)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Parcours de %1…</translation>
    </message>
    <message>
        <source>Scanning %1 inputs…</source>
        <translation>Parcours de %1 entrées…</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Décodage de %1…</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>n’existe plus</translation>
    </message>
    <message>
        <source>1 image found</source>
        <translation>1 image trouvée</translation>
    </message>
    <message>
        <source>%1 images found</source>
        <translation>%1 images trouvées</translation>
    </message>
    <message>
        <source>1 file skipped</source>
        <translation>1 fichier ignoré</translation>
    </message>
    <message>
        <source>%1 files skipped</source>
        <translation>%1 fichiers ignorés</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>premier : %1</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Affichage de %1.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Identifiers revealed for %1 (recorded in the case&apos;s audit log).</source>
        <translation>Identifiants révélés pour %1 (consigné dans le journal d’audit du dossier).</translation>
    </message>
    <message>
        <source>Evidence check failed — %1</source>
        <translation>Échec de la vérification des pièces — %1</translation>
    </message>
    <message>
        <source>New chest X-ray case.</source>
        <translation>Nouveau dossier de radiographie thoracique.</translation>
    </message>
    <message>
        <source>Case opened; evidence verified.</source>
        <translation>Dossier ouvert ; pièces vérifiées.</translation>
    </message>
    <message>
        <source>Case opened with evidence problems.</source>
        <translation>Dossier ouvert avec des problèmes de pièces.</translation>
    </message>
    <message>
        <source>Case signed by %1 and saved to %2.</source>
        <translation>Dossier signé par %1 et enregistré dans %2.</translation>
    </message>
    <message>
        <source>Case saved to %1.</source>
        <translation>Dossier enregistré dans %1.</translation>
    </message>
    <message>
        <source>Untitled chest X-ray case</source>
        <translation>Dossier de radiographie thoracique sans titre</translation>
    </message>
    <message>
        <source>Descry cases (*.descry)</source>
        <translation>Dossiers Descry (*.descry)</translation>
    </message>
    <message>
        <source>Amend the locked reading</source>
        <translation>Amender la lecture verrouillée</translation>
    </message>
    <message>
        <source>%1
Reason for the amendment:</source>
        <translation>%1
Motif de l’avenant :</translation>
    </message>
    <message>
        <source>Amend the locked notes</source>
        <translation>Amender les notes verrouillées</translation>
    </message>
    <message>
        <source>Reading notes:</source>
        <translation>Notes de lecture :</translation>
    </message>
    <message>
        <source>The reading notes change.</source>
        <translation>Les notes de lecture changent.</translation>
    </message>
    <message>
        <source>Lock the reading</source>
        <translation>Verrouiller la lecture</translation>
    </message>
    <message>
        <source>Your name (recorded with the lock):</source>
        <translation>Votre nom (consigné avec le verrouillage) :</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Stop scanning, decoding or reviewing (Esc)</source>
        <translation>Arrêter le parcours, le décodage ou l’examen (Échap)</translation>
    </message>
    <message>
        <source>Results and checklist</source>
        <translation>Résultats et liste de contrôle</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Review failed: %1</source>
        <translation>Échec de l’examen : %1</translation>
    </message>
    <message>
        <source>Review cancelled.</source>
        <translation>Examen annulé.</translation>
    </message>
    <message>
        <source>Review the image shown with the chest X-ray pack (Ctrl+R)</source>
        <translation>Examiner l’image affichée avec le paquet de radiographie thoracique (Ctrl+R)</translation>
    </message>
    <message>
        <source>Wait for the review to finish before exporting a report.</source>
        <translation>Attendez la fin de l’examen avant d’exporter un rapport.</translation>
    </message>
    <message>
        <source>The result shown is stale: review the image again before exporting a report.</source>
        <translation>Le résultat affiché est périmé : examinez à nouveau l’image avant d’exporter un rapport.</translation>
    </message>
    <message>
        <source>Open a radiograph before exporting a report.</source>
        <translation>Ouvrez une radiographie avant d’exporter un rapport.</translation>
    </message>
    <message>
        <source>Blind review: the report can be exported once you lock your reading.</source>
        <translation>Examen à l’aveugle : le rapport peut être exporté une fois votre lecture verrouillée.</translation>
    </message>
    <message>
        <source>A review is running.</source>
        <translation>Un examen est en cours.</translation>
    </message>
    <message>
        <source>Wait for the image to load.</source>
        <translation>Attendez le chargement de l’image.</translation>
    </message>
    <message>
        <source>Open a radiograph to review first.</source>
        <translation>Ouvrez d’abord une radiographie à examiner.</translation>
    </message>
    <message>
        <source>Blind review: output hidden until the reading is locked</source>
        <translation>Examen à l’aveugle : résultat masqué jusqu’au verrouillage de la lecture</translation>
    </message>
    <message>
        <source>Blind review: reading locked</source>
        <translation>Examen à l’aveugle : lecture verrouillée</translation>
    </message>
    <message>
        <source>The chest X-ray pack chosen in the settings (%1) is not installed; choose another in Settings or clear the choice to use the first one installed.</source>
        <translation>Le paquet de radiographie thoracique choisi dans les paramètres (%1) n’est pas installé ; choisissez-en un autre dans les Paramètres ou effacez ce choix pour utiliser le premier paquet installé.</translation>
    </message>
    <message>
        <source>No chest X-ray pack is installed: the checklist, notes and your own report work without one. To review with a model, build or train a cxr-classification pack (descry-cli pack build, descry-cli train cxr) and put it in a packs folder (Settings).</source>
        <translation>Aucun paquet de radiographie thoracique n’est installé : la liste de contrôle, les notes et votre propre rapport fonctionnent sans. Pour examiner avec un modèle, construisez ou entraînez un paquet cxr-classification (descry-cli pack build, descry-cli train cxr) et placez-le dans un dossier de paquets (Paramètres).</translation>
    </message>
    <message>
        <source>Reviewing %1…</source>
        <translation>Examen de %1…</translation>
    </message>
    <message>
        <source>Review done; the result stays hidden until your reading is locked.</source>
        <translation>Examen terminé ; le résultat reste masqué jusqu’au verrouillage de votre lecture.</translation>
    </message>
    <message>
        <source>Review done in %1 ms: %2.</source>
        <translation>Examen terminé en %1 ms : %2.</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>réinitialisé</translation>
    </message>
    <message>
        <source>P(effusion) %1 with %2 descriptors off</source>
        <translation>P(effusion) %1 avec %2 descripteurs désactivés</translation>
    </message>
    <message>
        <source>another image is shown than the one reviewed</source>
        <translation>l’image affichée n’est pas celle qui a été examinée</translation>
    </message>
    <message>
        <source>the frame or window changed since the review; review again to see this display&apos;s result</source>
        <translation>la trame ou la fenêtre a changé depuis l’examen ; examinez à nouveau pour voir le résultat de cet affichage</translation>
    </message>
    <message>
        <source>Blind review: the model&apos;s output is hidden until you lock your reading (notes and checklist).</source>
        <translation>Examen à l’aveugle : le résultat du modèle est masqué jusqu’à ce que vous verrouilliez votre lecture (notes et liste de contrôle).</translation>
    </message>
    <message>
        <source>This case records a review: %1, P(effusion) %2 with pack %3 %4. Review again to see its explanation.</source>
        <translation>Ce dossier consigne un examen : %1, P(effusion) %2 avec le paquet %3 %4. Examinez à nouveau pour voir son explication.</translation>
    </message>
    <message>
        <source>an amendment is being asked for already</source>
        <translation>un avenant est déjà en cours de saisie</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 → %3</source>
        <translation>« %1 » : %2 → %3</translation>
    </message>
    <message>
        <source>amendment cancelled: the locked reading is unchanged</source>
        <translation>avenant annulé : la lecture verrouillée est inchangée</translation>
    </message>
    <message>
        <source>locking needs your name (Settings or the question asked)</source>
        <translation>le verrouillage nécessite votre nom (Paramètres ou question posée)</translation>
    </message>
    <message>
        <source>Reading locked by %1; the model&apos;s output is shown now.</source>
        <translation>Lecture verrouillée par %1 ; le résultat du modèle est maintenant affiché.</translation>
    </message>
    <message>
        <source>Reading locked by %1.</source>
        <translation>Lecture verrouillée par %1.</translation>
    </message>
    <message>
        <source>amendment cancelled</source>
        <translation>avenant annulé</translation>
    </message>
    <message>
        <source>Notes amended (recorded with the reason in the audit log).</source>
        <translation>Notes amendées (consigné avec le motif dans le journal d’audit).</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation : %1</translation>
    </message>
    <message>
        <source>%1 (key fingerprint %2)</source>
        <translation>%1 (empreinte de clé %2)</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Rapport exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>descry::ui::DescriptorTreeModel</name>
    <message>
        <source>similarity %1</source>
        <translation>similarité %1</translation>
    </message>
    <message>
        <source>Overlap of the probe&apos;s and the reference&apos;s descriptor distributions (0..1)</source>
        <translation>Recouvrement des distributions de descripteurs de la photo litigieuse et de la photo de référence (0..1)</translation>
    </message>
    <message>
        <source>Share of the score; uncheck to see the score without it</source>
        <translation>Part du score ; décochez pour voir le score sans elle</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descripteur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Photo litigieuse</translation>
    </message>
    <message>
        <source>Share of the score = weight %1 × this characteristic&apos;s own similarity %2 (it depends on this characteristic alone); uncheck to see the re-normalised score without it</source>
        <translation>Part du score = poids %1 × similarité propre de cette caractéristique %2 (elle ne dépend que de cette caractéristique) ; décochez pour voir le score renormalisé sans elle</translation>
    </message>
    <message>
        <source>Measured: a number computed from the landmarks (distances, angles, ratios to the inter-eye distance) or from colour in landmark-defined regions, graded against the population.</source>
        <translation>Mesuré : un nombre calculé à partir des points de repère (distances, angles, rapports à la distance interoculaire) ou de la couleur dans des régions définies par les points de repère, gradué par rapport à la population.</translation>
    </message>
    <message>
        <source>CLIP prompt: how well the face matches written descriptions, read by the CLIP image encoder.</source>
        <translation>Prompt CLIP : dans quelle mesure le visage correspond à des descriptions écrites, lu par l’encodeur d’images CLIP.</translation>
    </message>
    <message>
        <source>Appearance: read from the whole face by the image encoder along a direction learned for the characteristic: an impression, not a measurement.</source>
        <translation>Apparence : lue sur le visage entier par l’encodeur d’images selon une direction apprise pour la caractéristique : une impression, pas une mesure.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>How the descriptor is scored: measured on the landmarks or by appearance (image–text similarity)</source>
        <translation>Comment le descripteur est évalué : mesuré sur les points de repère ou d’après l’apparence (similarité image–texte)</translation>
    </message>
    <message>
        <source>The probe&apos;s value of the descriptor</source>
        <translation>La valeur du descripteur pour la photo de question</translation>
    </message>
    <message>
        <source>The reference&apos;s value of the descriptor</source>
        <translation>La valeur du descripteur pour la photo de référence</translation>
    </message>
    <message>
        <source>The part of the comparison score this row contributes (the rows and the bias add up to the score)</source>
        <translation>La part du score de comparaison apportée par cette ligne (les lignes et le biais s’additionnent pour donner le score)</translation>
    </message>
    <message>
        <source>Ref.</source>
        <comment>short for Reference, a column header</comment>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>short for Contribution, a column header</comment>
        <translation>Part</translation>
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
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Image metadata</source>
        <translation>Métadonnées de l’image</translation>
    </message>
    <message>
        <source>Reveal identifiers…</source>
        <translation>Révéler les identifiants…</translation>
    </message>
    <message>
        <source>Show the patient and study identifiers (the reveal is recorded in the case&apos;s audit trail)</source>
        <translation>Afficher les identifiants du patient et de l’étude (la révélation est consignée dans le journal d’audit du dossier)</translation>
    </message>
    <message>
        <source>Reveal identifiers</source>
        <translation>Révéler les identifiants</translation>
    </message>
    <message>
        <source>none: distances in pixels</source>
        <translation>aucun : distances en pixels</translation>
    </message>
    <message>
        <source>%1 x %2 mm</source>
        <translation>%1 x %2 mm</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing (detector) %1</source>
        <translation>Imager Pixel Spacing (détecteur) %1</translation>
    </message>
    <message>
        <source>Nominal Scanned Pixel Spacing (scanned film) %1</source>
        <translation>Nominal Scanned Pixel Spacing (film numérisé) %1</translation>
    </message>
    <message>
        <source>Pixel Spacing %1</source>
        <translation>Pixel Spacing %1</translation>
    </message>
    <message>
        <source>Yes — pixels may show identifiers</source>
        <translation>Oui — les pixels peuvent montrer des identifiants</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non indiqué</translation>
    </message>
    <message>
        <source>Hide identifiers</source>
        <translation>Masquer les identifiants</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
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
        <translation>Fichier image (non DICOM)</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>SOP class</source>
        <translation>Classe SOP</translation>
    </message>
    <message>
        <source>Photometric interpretation</source>
        <translation>Interprétation photométrique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, inferred: the file has no meta header</source>
        <translation>%1, déduite : le fichier n’a pas d’en-tête méta</translation>
    </message>
    <message>
        <source>%1, inferred: none recorded</source>
        <translation>%1, déduite : aucune consignée</translation>
    </message>
    <message>
        <source>Transfer syntax</source>
        <translation>Syntaxe de transfert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>%1 × %2 pixels (columns × rows)</source>
        <translation>%1 × %2 pixels (colonnes × lignes)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Trames</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>%1 stored of %2, high bit %3, %4</source>
        <translation>%1 stockés sur %2, bit de poids fort %3, %4</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signés</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>non signés</translation>
    </message>
    <message>
        <source>Samples per pixel</source>
        <translation>Échantillons par pixel</translation>
    </message>
    <message>
        <source>%1, planar configuration %2</source>
        <translation>%1, configuration planaire %2</translation>
    </message>
    <message>
        <source>Modality LUT</source>
        <translation>LUT de modalité</translation>
    </message>
    <message>
        <source>rescale slope %1, intercept %2</source>
        <translation>pente de mise à l’échelle %1, ordonnée à l’origine %2</translation>
    </message>
    <message numerus="yes">
        <source>Modality LUT Sequence, %n entries</source>
        <translation>
            <numerusform>Modality LUT Sequence, %n entrée</numerusform>
            <numerusform>Modality LUT Sequence, %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescale type</source>
        <translation>Type de mise à l’échelle</translation>
    </message>
    <message>
        <source>C %1 W %2</source>
        <translation>C %1 L %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>Window presets</source>
        <translation>Préréglages de fenêtre</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>VOI LUTs</source>
        <translation>VOI LUT</translation>
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
        <translation>Fonction VOI LUT</translation>
    </message>
    <message>
        <source>Presentation LUT shape</source>
        <translation>Forme de la LUT de présentation</translation>
    </message>
    <message>
        <source>INVERSE</source>
        <translation>INVERSE</translation>
    </message>
    <message>
        <source>Pixel spacing</source>
        <translation>Espacement des pixels</translation>
    </message>
    <message>
        <source>Burned-in annotation</source>
        <translation>Annotations incrustées</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Région anatomique</translation>
    </message>
    <message>
        <source>View position</source>
        <translation>Incidence</translation>
    </message>
    <message>
        <source>Laterality</source>
        <translation>Latéralité</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Study/Series</source>
        <translation>Étude/Série</translation>
    </message>
    <message>
        <source>Study description</source>
        <translation>Description de l’étude</translation>
    </message>
    <message>
        <source>Series description</source>
        <translation>Description de la série</translation>
    </message>
    <message>
        <source>Series number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Instance number</source>
        <translation>Numéro d’instance</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID du patient</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Numéro d’accession</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>ID de l’étude</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Date de l’étude</translation>
    </message>
    <message>
        <source>Study time</source>
        <translation>Heure de l’étude</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Médecin prescripteur</translation>
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
        <translation>Identifiants (révélés)</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
</context>
<context>
    <name>descry::ui::EnhancementPanel</name>
    <message>
        <source>Brightness</source>
        <translation>Luminosité</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Gamma</source>
        <translation>Gamma</translation>
    </message>
    <message>
        <source>Histogram &amp;equalisation</source>
        <translation>Égalisation d’&amp;histogramme</translation>
    </message>
    <message>
        <source>&amp;CLAHE (adaptive)</source>
        <translation>&amp;CLAHE (adaptatif)</translation>
    </message>
    <message>
        <source>&amp;Greyscale</source>
        <translation>&amp;Niveaux de gris</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>&amp;Brightness</source>
        <translation>&amp;Luminosité</translation>
    </message>
    <message>
        <source>C&amp;ontrast</source>
        <translation>C&amp;ontraste</translation>
    </message>
    <message>
        <source>G&amp;amma</source>
        <translation>G&amp;amma</translation>
    </message>
</context>
<context>
    <name>descry::ui::FaceCaseDocument</name>
    <message>
        <source>this is a %1 case, not a face comparison case; open it in its own workspace</source>
        <translation>il s’agit d’un dossier %1, et non d’un dossier de comparaison faciale ; ouvrez-le dans son propre espace de travail</translation>
    </message>
    <message>
        <source>photos taken as face crops</source>
        <translation>photos traitées comme des recadrages du visage</translation>
    </message>
    <message>
        <source>cleared: the comparison was run with another pack</source>
        <translation>effacé : la comparaison a été effectuée avec un autre paquet</translation>
    </message>
    <message>
        <source>comparison computed (hidden: blind review)</source>
        <translation>comparaison calculée (masquée : examen à l’aveugle)</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, score %2</translation>
    </message>
    <message>
        <source>%1 with pack %2 %3 (SHA-256 %4) instead of the recorded pack %5 %6 (SHA-256 %7)</source>
        <translation>%1 avec le paquet %2 %3 (SHA-256 %4) au lieu du paquet consigné %5 %6 (SHA-256 %7)</translation>
    </message>
    <message>
        <source>%1 with pack %2 %3</source>
        <translation>%1 avec le paquet %2 %3</translation>
    </message>
    <message>
        <source>no component excluded from the model&apos;s score any more</source>
        <translation>plus aucun composant n’est exclu du score du modèle</translation>
    </message>
    <message>
        <source>excluded from the model&apos;s score as not assessable by the examiner: %1</source>
        <translation>exclus du score du modèle comme non évaluables par l’examinateur : %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::FaceWorkspace</name>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the probe with the reference (Ctrl+R)</source>
        <translation>Comparer la photo litigieuse à la photo de référence (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Points de repère</translation>
    </message>
    <message>
        <source>Face box</source>
        <translation>Cadre du visage</translation>
    </message>
    <message>
        <source>Show or hide the landmarks on both photos</source>
        <translation>Afficher ou masquer les points de repère sur les deux photos</translation>
    </message>
    <message>
        <source>Show or hide the detected face box on both photos</source>
        <translation>Afficher ou masquer le cadre du visage détecté sur les deux photos</translation>
    </message>
    <message>
        <source>Blind first: the model&apos;s result is hidden until you lock your own analysis in Examiner notes.</source>
        <translation>Aveugle d’abord : le résultat du modèle reste masqué jusqu’à ce que vous verrouilliez votre propre analyse dans les notes de l’examinateur.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Aligned faces</source>
        <translation>Visages alignés</translation>
    </message>
    <message>
        <source>Examiner notes</source>
        <translation>Notes de l’examinateur</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>réinitialisé</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 chargé.</translation>
    </message>
    <message>
        <source>Open a probe and a reference photo first.</source>
        <translation>Ouvrez d’abord une photo litigieuse et une photo de référence.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <source>Comparison done; the result stays hidden until your analysis is locked.</source>
        <translation>Comparaison terminée ; le résultat reste masqué jusqu’au verrouillage de votre analyse.</translation>
    </message>
    <message>
        <source>Comparison done in %1 ms.</source>
        <translation>Comparaison terminée en %1 ms.</translation>
    </message>
    <message>
        <source>Case saved to %1.</source>
        <translation>Dossier enregistré dans %1.</translation>
    </message>
    <message>
        <source>Evidence check failed — %1</source>
        <translation>Échec de la vérification des pièces — %1</translation>
    </message>
    <message>
        <source>Case opened; evidence verified. Recomputing the stored comparison…</source>
        <translation>Dossier ouvert ; pièces vérifiées. Recalcul de la comparaison enregistrée…</translation>
    </message>
    <message>
        <source>Case opened; evidence verified.</source>
        <translation>Dossier ouvert ; pièces vérifiées.</translation>
    </message>
    <message>
        <source>Case opened with evidence problems.</source>
        <translation>Dossier ouvert avec des problèmes de pièces.</translation>
    </message>
    <message>
        <source>Run a comparison before exporting a report.</source>
        <translation>Effectuez une comparaison avant d’exporter un rapport.</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Rapport exporté vers %1.</translation>
    </message>
    <message>
        <source>Stop loading the model or comparing (Esc)</source>
        <translation>Arrêter le chargement du modèle ou la comparaison (Échap)</translation>
    </message>
    <message>
        <source>Face crops</source>
        <translation>Recadrages du visage</translation>
    </message>
    <message>
        <source>Both photos are already tight face crops: use the whole image when no face is found</source>
        <translation>Les deux photos sont déjà recadrées au plus près du visage : utiliser l’image entière si aucun visage n’est trouvé</translation>
    </message>
    <message>
        <source>Open &amp;probe photo…</source>
        <translation>Ouvrir la photo &amp;litigieuse…</translation>
    </message>
    <message>
        <source>Open &amp;reference photo…</source>
        <translation>Ouvrir la photo de &amp;référence…</translation>
    </message>
    <message>
        <source>Comparison done with pack %1 %2; the case now records it instead of %3 %4 (audited).</source>
        <translation>Comparaison effectuée avec le paquet %1 %2 ; le dossier le consigne désormais à la place de %3 %4 (audité).</translation>
    </message>
    <message>
        <source>Case opened; evidence verified; the stored comparison was recomputed.</source>
        <translation>Dossier ouvert ; pièces vérifiées ; la comparaison enregistrée a été recalculée.</translation>
    </message>
    <message>
        <source>This what-if is not recorded: the results shown come from another pack than the case records. Run the comparison again to record results and what-if with this pack.</source>
        <translation>Cette simulation n’est pas consignée : les résultats affichés proviennent d’un autre paquet que celui consigné dans le dossier. Relancez la comparaison pour consigner les résultats et la simulation avec ce paquet.</translation>
    </message>
    <message>
        <source>This case records pack %1 %2 (SHA-256 %3), which is not installed. The results shown were recomputed with pack %4 %5 (SHA-256 %6) instead; the case keeps its recorded pack and result until you run the comparison again.</source>
        <translation>Ce dossier consigne le paquet %1 %2 (SHA-256 %3), qui n’est pas installé. Les résultats affichés ont été recalculés avec le paquet %4 %5 (SHA-256 %6) à la place ; le dossier conserve le paquet et le résultat consignés jusqu’à ce que vous relanciez la comparaison.</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Dossier sans titre</translation>
    </message>
    <message>
        <source>Descry cases (*.descry)</source>
        <translation>Dossiers Descry (*.descry)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>New case.</source>
        <translation>Nouveau dossier.</translation>
    </message>
    <message>
        <source>The results shown come from another pack than the case records: run the comparison again before exporting a report.</source>
        <translation>Les résultats affichés proviennent d’un autre paquet que celui consigné dans le dossier : relancez la comparaison avant d’exporter un rapport.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’exportation : %1</translation>
    </message>
    <message>
        <source>Analysis locked by %1; the model&apos;s result is shown now.</source>
        <translation>Analyse verrouillée par %1 ; le résultat du modèle est maintenant affiché.</translation>
    </message>
    <message>
        <source>Analysis locked by %1.</source>
        <translation>Analyse verrouillée par %1.</translation>
    </message>
    <message>
        <source>Blind review: the report can be exported once you lock your analysis in Examiner notes.</source>
        <translation>Examen à l’aveugle : le rapport pourra être exporté une fois votre analyse verrouillée dans les notes de l’examinateur.</translation>
    </message>
    <message>
        <source>Wait for the comparison to finish before exporting a report.</source>
        <translation>Attendez la fin de la comparaison avant d’exporter un rapport.</translation>
    </message>
    <message>
        <source>Blind review: result hidden until locked</source>
        <translation>Examen à l’aveugle : résultat masqué jusqu’au verrouillage</translation>
    </message>
    <message>
        <source>Blind review: analysis locked</source>
        <translation>Examen à l’aveugle : analyse verrouillée</translation>
    </message>
    <message>
        <source>Case signed by %1 and saved to %2.</source>
        <translation>Dossier signé par %1 et enregistré dans %2.</translation>
    </message>
    <message>
        <source>%1 (key fingerprint %2)</source>
        <translation>%1 (empreinte de clé %2)</translation>
    </message>
    <message>
        <source>blind review: export is available once the analysis is locked</source>
        <translation>examen à l’aveugle : l’exportation est disponible une fois l’analyse verrouillée</translation>
    </message>
    <message>
        <source>Comparing face %1 of %2 of the %3…</source>
        <translation>Comparaison du visage %1 sur %2 de la %3…</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>photo litigieuse</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>photo de référence</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Link enhancement</source>
        <translation>Lier l’amélioration</translation>
    </message>
    <message>
        <source>An enhancement of one photo applies to both</source>
        <translation>L’amélioration d’une photo s’applique aux deux</translation>
    </message>
    <message>
        <source>Reset landmarks</source>
        <translation>Réinitialiser les points de repère</translation>
    </message>
    <message>
        <source>Put every landmark you moved back where the detector found it, and compare again</source>
        <translation>Remettre chaque point de repère déplacé là où le détecteur l’a trouvé, puis comparer à nouveau</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation>%1 — %p%</translation>
    </message>
    <message numerus="yes">
        <source>score %1 with %2 off (%n descriptor(s) in all)</source>
        <translation>
            <numerusform>score %1 sans %2 (%n descripteur au total)</numerusform>
            <numerusform>score %1 sans %2 (%n descripteurs au total)</numerusform>
        </translation>
    </message>
    <message>
        <source>Landmarks can be moved once a comparison is shown.</source>
        <translation>Les points de repère peuvent être déplacés dès qu’une comparaison est affichée.</translation>
    </message>
    <message>
        <source>Point %1 of the %2 moved: comparing again with it…</source>
        <translation>Point %1 de la %2 déplacé : nouvelle comparaison avec ce point…</translation>
    </message>
    <message>
        <source>Landmarks reset to the detector&apos;s: comparing again…</source>
        <translation>Points de repère réinitialisés à ceux du détecteur : nouvelle comparaison…</translation>
    </message>
    <message>
        <source>Conclusion recorded: %1 (by %2). Sign it with File › Sign and save case.</source>
        <translation>Conclusion consignée : %1 (par %2). Signez-la avec Fichier › Signer et enregistrer le dossier.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>case-%1</source>
        <translation>dossier-%1</translation>
    </message>
    <message>
        <source>The analysis is locked: landmarks can no longer be moved.</source>
        <translation>L’analyse est verrouillée : les points de repère ne peuvent plus être déplacés.</translation>
    </message>
    <message>
        <source>Comparison cancelled; the previous result of the same photos is shown again.</source>
        <translation>Comparaison annulée ; le résultat précédent des mêmes photos est de nouveau affiché.</translation>
    </message>
</context>
<context>
    <name>descry::ui::ImageView</name>
    <message>
        <source>Drop or open a photo</source>
        <translation>Déposez ou ouvrez une photo</translation>
    </message>
    <message>
        <source>No face detected: the whole image is taken as the face</source>
        <translation>Aucun visage détecté : l’image entière est prise comme visage</translation>
    </message>
    <message>
        <source>Detected face (score %1)</source>
        <translation>Visage détecté (score %1)</translation>
    </message>
    <message>
        <source>Point %1, moved by the examiner</source>
        <translation>Point %1, déplacé par l’examinateur</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Point %1</translation>
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
        <translation>Chargement du modèle</translation>
    </message>
    <message>
        <source>Decoding %1</source>
        <translation>Décodage de %1</translation>
    </message>
    <message>
        <source>Decoded %1</source>
        <translation>%1 décodé</translation>
    </message>
    <message>
        <source>Scanning for images</source>
        <translation>Recherche d’images</translation>
    </message>
    <message>
        <source>no radiograph is shown</source>
        <translation>aucune radiographie n’est affichée</translation>
    </message>
    <message>
        <source>Loading the chest X-ray pack</source>
        <translation>Chargement du paquet de radiographie thoracique</translation>
    </message>
    <message>
        <source>Reviewing %1</source>
        <translation>Examen de %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::InstallationCheck</name>
    <message>
        <source>check: %1</source>
        <translation>vérification : %1</translation>
    </message>
    <message>
        <source>check: opened the case %1 in the %2 workspace</source>
        <translation>vérification : dossier %1 ouvert dans l’espace %2</translation>
    </message>
    <message>
        <source>check: run %1/%2 failed: %3</source>
        <translation>vérification : exécution %1/%2 échouée : %3</translation>
    </message>
    <message>
        <source>check: run %1/%2: %3, score %4 (threshold %5), %6 s, resident %7 MiB</source>
        <translation>vérification : exécution %1/%2 : %3, score %4 (seuil %5), %6 s, résident %7 Mio</translation>
    </message>
    <message>
        <source>check: %1 comparisons in %2 s; resident %3 MiB after %4 warm-up runs, %5 MiB at the end (growth %6 %)</source>
        <translation>vérification : %1 comparaisons en %2 s ; résident %3 Mio après %4 exécutions de mise en route, %5 Mio à la fin (croissance %6 %)</translation>
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
        <translation>Comparaison faciale</translation>
    </message>
    <message>
        <source>Chest X-ray</source>
        <translation>Radiographie thoracique</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The case has unsaved changes. Save them?</source>
        <translation>Le dossier contient des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nouveau dossier</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Save case &amp;as…</source>
        <translation>Enregistrer le dossier &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>E&amp;xporter le rapport PDF…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Face comparison</source>
        <translation>&amp;Comparaison faciale</translation>
    </message>
    <message>
        <source>&amp;Chest X-ray</source>
        <translation>&amp;Radiographie thoracique</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Descry</source>
        <translation>À &amp;propos de Descry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>%1[*] — Descry</source>
        <translation>%1[*] — Descry</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exporter le rapport PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Signer et enregistrer</translation>
    </message>
    <message>
        <source>Your name, as it will appear in the signature of the cases you sign:</source>
        <translation>Votre nom, tel qu’il apparaîtra dans la signature des dossiers que vous signez :</translation>
    </message>
    <message>
        <source>S&amp;ign and save case…</source>
        <translation>S&amp;igner et enregistrer le dossier…</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation>Impossible d’enregistrer le dossier</translation>
    </message>
    <message>
        <source>Cannot sign and save the case</source>
        <translation>Impossible de signer et d’enregistrer le dossier</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>C&amp;ompact layout (photos beside the results)</source>
        <translation>Disposition c&amp;ompacte (photos à côté des résultats)</translation>
    </message>
    <message>
        <source>&amp;Detailed layout (photos above results, notes and case)</source>
        <translation>Disposition &amp;détaillée (photos au-dessus des résultats, des notes et du dossier)</translation>
    </message>
    <message>
        <source>&amp;Photos full screen</source>
        <translation>&amp;Photos en plein écran</translation>
    </message>
    <message>
        <source>&amp;Go to panel</source>
        <translation>&amp;Aller au panneau</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Résultats</translation>
    </message>
    <message>
        <source>&amp;Aligned faces</source>
        <translation>Visages &amp;alignés</translation>
    </message>
    <message>
        <source>Examiner &amp;notes</source>
        <translation>&amp;Notes de l’examinateur</translation>
    </message>
    <message>
        <source>&amp;Case details and conclusion</source>
        <translation>Détails du &amp;cas et conclusion</translation>
    </message>
    <message>
        <source>%1: the %2 workspace is busy; cancel its run first</source>
        <translation>%1 : l’espace %2 est occupé ; annulez d’abord son exécution</translation>
    </message>
</context>
<context>
    <name>descry::ui::NotesPanel</name>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lock analysis</source>
        <translation>Verrouiller l’analyse</translation>
    </message>
    <message>
        <source>Record the analysis as final; later changes are kept as amendments</source>
        <translation>Consigner l’analyse comme définitive ; les modifications ultérieures sont conservées comme avenants</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>Non verrouillée</translation>
    </message>
    <message>
        <source>Locked %1 UTC by %2</source>
        <translation>Verrouillée le %1 UTC par %2</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 (« %2 »)</translation>
    </message>
    <message>
        <source>Amend %1</source>
        <translation>Avenant : %1</translation>
    </message>
    <message>
        <source>Why the locked analysis changes (required)</source>
        <translation>Pourquoi l’analyse verrouillée change (obligatoire)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Examiner name (the analysis cannot be edited afterwards, only amended with a reason):</source>
        <translation>Nom de l’examinateur (l’analyse ne pourra plus être modifiée ensuite, seulement amendée avec un motif) :</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Amender…</translation>
    </message>
    <message>
        <source>Assess at least one component before locking.</source>
        <translation>Évaluez au moins un composant avant de verrouiller.</translation>
    </message>
    <message>
        <source>Locking needs the examiner&apos;s name.</source>
        <translation>Le verrouillage nécessite le nom de l’examinateur.</translation>
    </message>
    <message>
        <source>Who amends (required)</source>
        <translation>Auteur de l’avenant (obligatoire)</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Assess at least one component before locking</source>
        <translation>Évaluez au moins un composant avant de verrouiller</translation>
    </message>
    <message>
        <source>The component is also excluded from the model&apos;s score (audited and stated in the report); the note says why.</source>
        <translation>Le composant est aussi exclu du score du modèle (audité et indiqué dans le rapport) ; la note en précise la raison.</translation>
    </message>
    <message>
        <source>%1 UTC — %2, amended by %3
%4 → %5
Reason: %6</source>
        <translation>%1 UTC — %2, amendé par %3
%4 → %5
Motif : %6</translation>
    </message>
    <message>
        <source>Your name (required)</source>
        <translation>Votre nom (obligatoire)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
</context>
<context>
    <name>descry::ui::PhotoPane</name>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open the probe photo</source>
        <translation>Ouvrir la photo litigieuse</translation>
    </message>
    <message>
        <source>Open the reference photo</source>
        <translation>Ouvrir la photo de référence</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Points de repère</translation>
    </message>
    <message>
        <source>Show the 68 facial landmarks</source>
        <translation>Afficher les 68 points de repère faciaux</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <source>Show the detected face box</source>
        <translation>Afficher le cadre du visage détecté</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Ajuster la photo à la fenêtre</translation>
    </message>
    <message>
        <source>Drop or open the probe photo</source>
        <translation>Déposez ou ouvrez la photo litigieuse</translation>
    </message>
    <message>
        <source>Drop or open the reference photo</source>
        <translation>Déposez ou ouvrez la photo de référence</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Photo litigieuse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Photo de référence</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>the decoder reported errors</source>
        <translation>le décodeur a signalé des erreurs</translation>
    </message>
    <message>
        <source>Damaged file (accepted by the setting; the report marks it): %1</source>
        <translation>Fichier endommagé (accepté par le paramètre ; le rapport le signale) : %1</translation>
    </message>
    <message>
        <source>image file is truncated or corrupt (%1); tick “Accept damaged images” in Settings to analyse it anyway</source>
        <translation>le fichier image est tronqué ou corrompu (%1) ; cochez « Accepter les images endommagées » dans les Paramètres pour l’analyser malgré tout</translation>
    </message>
    <message>
        <source>Face:</source>
        <translation>Visage :</translation>
    </message>
    <message>
        <source>Several faces were found: choose the one to compare (1 = the largest)</source>
        <translation>Plusieurs visages ont été trouvés : choisissez celui à comparer (1 = le plus grand)</translation>
    </message>
    <message>
        <source>Face %1 of %2: compared (detector score %3)</source>
        <translation>Visage %1 sur %2 : comparé (score du détecteur %3)</translation>
    </message>
    <message>
        <source>Face %1 of %2 (detector score %3): click to compare this face</source>
        <translation>Visage %1 sur %2 (score du détecteur %3) : cliquez pour comparer ce visage</translation>
    </message>
    <message>
        <source>%1 (largest)</source>
        <translation>%1 (le plus grand)</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (chosen by the examiner)</source>
        <translation>Visage %1 sur %2 de la photo (choisi par l’examinateur)</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (the largest, by default)</source>
        <translation>Visage %1 sur %2 de la photo (le plus grand, par défaut)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>What a left-button drag does on the photo</source>
        <translation>Effet d’un glisser avec le bouton gauche sur la photo</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Move landmarks</source>
        <translation>Déplacer les points de repère</translation>
    </message>
    <message>
        <source>Click two points: the distance in pixels and in inter-eye distances (IOD)</source>
        <translation>Cliquez sur deux points : la distance en pixels et en distances interoculaires (IOD)</translation>
    </message>
    <message>
        <source>Click an end, the vertex, the other end</source>
        <translation>Cliquez sur une extrémité, le sommet, puis l’autre extrémité</translation>
    </message>
    <message>
        <source>Drag a landmark to correct it: the measured characteristics and the score are recomputed, the move is recorded and audited</source>
        <translation>Faites glisser un point de repère pour le corriger : les caractéristiques mesurées et le score sont recalculés, le déplacement est consigné et audité</translation>
    </message>
    <message>
        <source>Enhance</source>
        <translation>Améliorer</translation>
    </message>
    <message>
        <source>Brightness, contrast, gamma, equalisation, greyscale: for viewing only, the evidence and the analysis are never changed</source>
        <translation>Luminosité, contraste, gamma, égalisation, niveaux de gris : pour l’affichage uniquement, les pièces et l’analyse ne sont jamais modifiées</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>Mesure : %1</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Améliorée</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Scinder</translation>
    </message>
    <message>
        <source>As loaded | as displayed: the left half as loaded, the right half with the enhancement</source>
        <translation>Tel que chargé | tel qu’affiché : la moitié gauche telle que chargée, la moitié droite avec l’amélioration</translation>
    </message>
    <message>
        <source>The photo with the detected face; + and − zoom, 0 fits it to the window, the arrow keys scroll</source>
        <translation>La photo avec le visage détecté ; + et − zooment, 0 l’ajuste à la fenêtre, les flèches la font défiler</translation>
    </message>
</context>
<context>
    <name>descry::ui::QualityPanel</name>
    <message>
        <source>Inter-eye distance:</source>
        <translation>Distance interoculaire :</translation>
    </message>
    <message>
        <source>Yaw:</source>
        <translation>Lacet :</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>Roulis :</translation>
    </message>
    <message>
        <source>Sharpness:</source>
        <translation>Netteté :</translation>
    </message>
    <message>
        <source>Faces found:</source>
        <translation>Visages trouvés :</translation>
    </message>
    <message>
        <source>Distance between the eye centres in the original photo, in pixels</source>
        <translation>Distance entre les centres des yeux sur la photo d’origine, en pixels</translation>
    </message>
    <message>
        <source>Left/right head turn estimated from the landmarks (rough)</source>
        <translation>Rotation gauche/droite de la tête estimée à partir des points de repère (approximative)</translation>
    </message>
    <message>
        <source>In-plane rotation of the eye line</source>
        <translation>Rotation de la ligne des yeux dans le plan de l’image</translation>
    </message>
    <message>
        <source>Variance of the Laplacian of the aligned 150x150 face; low values mean blur</source>
        <translation>Variance du laplacien du visage aligné 150x150 ; des valeurs faibles indiquent un flou</translation>
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
        <translation>aucun (image entière prise comme visage)</translation>
    </message>
    <message>
        <source>%1 (the largest is used)</source>
        <translation>%1 (le plus grand est utilisé)</translation>
    </message>
    <message>
        <source>Quality warning: %1</source>
        <translation>Avertissement de qualité : %1</translation>
    </message>
    <message>
        <source>Damaged file, analysed because damaged images are accepted (Settings): %1</source>
        <translation>Fichier endommagé, analysé car les images endommagées sont acceptées (Paramètres) : %1</translation>
    </message>
    <message>
        <source>the decoder reported errors</source>
        <translation>le décodeur a signalé des erreurs</translation>
    </message>
</context>
<context>
    <name>descry::ui::RadiographView</name>
    <message>
        <source>Radiograph</source>
        <translation>Radiographie</translation>
    </message>
    <message>
        <source>%1 px (no pixel spacing)</source>
        <translation>%1 px (pas d’espacement des pixels)</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing %1 mm, detector plane</source>
        <translation>Imager Pixel Spacing %1 mm, plan du détecteur</translation>
    </message>
    <message>
        <source>Nominal Scanned Pixel Spacing %1 mm, scanned film</source>
        <translation>Nominal Scanned Pixel Spacing %1 mm, film numérisé</translation>
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
        <translation>x %1, y %2 : RVB %3, %4, %5</translation>
    </message>
    <message>
        <source>x %1, y %2: stored %3, modality %4</source>
        <translation>x %1, y %2 : valeur stockée %3, valeur de modalité %4</translation>
    </message>
    <message>
        <source>C %1  W %2</source>
        <translation>C %1  L %2</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Préréglage %1</translation>
    </message>
    <message>
        <source>Preset %1: %2</source>
        <translation>Préréglage %1 : %2</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>Min/max</source>
        <translation>Min/max</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Inversée</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>%1 (fit)</source>
        <translation>%1 (ajusté)</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Trame %1 / %2</translation>
    </message>
</context>
<context>
    <name>descry::ui::ResultsPanel</name>
    <message>
        <source>disagrees</source>
        <translation>en désaccord</translation>
    </message>
    <message>
        <source>modified (what-if)</source>
        <translation>modifié (simulation)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Check every descriptor again and show the original score</source>
        <translation>Recocher tous les descripteurs et afficher le score d’origine</translation>
    </message>
    <message>
        <source>Threshold calibrated for: %1</source>
        <translation>Seuil calibré pour : %1</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <translation>(sur %1)</translation>
    </message>
    <message>
        <source>No calibration recorded in the pack</source>
        <translation>Aucun calibrage consigné dans le paquet</translation>
    </message>
    <message>
        <source>Inconclusive: %1</source>
        <translation>Non concluant : %1</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Aucune comparaison pour l’instant</translation>
    </message>
    <message>
        <source>score %1 (threshold %2)</source>
        <translation>score %1 (seuil %2)</translation>
    </message>
    <message>
        <source>— original score %1, %2</source>
        <translation>— score d’origine %1, %2</translation>
    </message>
    <message>
        <source>The black-box baseline (plain embedding similarity) reaches the opposite decision</source>
        <translation>La référence boîte noire (simple similarité des plongements) aboutit à la décision inverse</translation>
    </message>
    <message>
        <source>Baseline (%1 cosine): %2 vs threshold %3 → %4</source>
        <translation>Référence (cosinus %1) : %2 contre seuil %3 → %4</translation>
    </message>
    <message>
        <source>LR %1 — %2 (ENFSI 2015 scale)</source>
        <translation>RV %1 — %2 (échelle ENFSI 2015)</translation>
    </message>
    <message>
        <source>Not calibrated for this kind of photo: %1</source>
        <translation>Non calibré pour ce type de photo : %1</translation>
    </message>
    <message>
        <source>Score-based likelihood ratio, %1 calibration on %2 (Cllr %3); verbal scale: %4</source>
        <translation>Rapport de vraisemblance fondé sur le score, calibration %1 sur %2 (Cllr %3) ; échelle verbale : %4</translation>
    </message>
    <message>
        <source>No likelihood ratio: %1</source>
        <translation>Aucun rapport de vraisemblance : %1</translation>
    </message>
    <message>
        <source>Share of the score: %1 · score without: %2 (re-normalised)
%3</source>
        <translation>Part du score : %1 · score sans : %2 (renormalisé)
%3</translation>
    </message>
    <message numerus="yes">
        <source>— %n component(s) excluded; whole-face score %1</source>
        <translation>
            <numerusform>— %n composant exclu ; score du visage entier %1</numerusform>
            <numerusform>— %n composants exclus ; score du visage entier %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n descriptor(s)</source>
        <translation>
            <numerusform>%n descripteur</numerusform>
            <numerusform>%n descripteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Descripteurs</translation>
    </message>
    <message>
        <source>FISWG components, their characteristics and descriptors with the probe&apos;s and reference&apos;s values and each one&apos;s contribution; Space switches one off for a what-if</source>
        <translation>Composants FISWG, leurs caractéristiques et descripteurs avec les valeurs de la photo litigieuse et de la photo de référence et la contribution de chacun ; Espace en désactive un pour une simulation</translation>
    </message>
    <message>
        <source>Select a row for its definition. %1 %2</source>
        <translation>Sélectionnez une ligne pour afficher sa définition. %1 %2</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>&amp;Explication</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
</context>
<context>
    <name>descry::ui::SeriesListModel</name>
    <message>
        <source>Other images</source>
        <translation>Autres images</translation>
    </message>
    <message>
        <source>Study (no date)</source>
        <translation>Étude (sans date)</translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Étude du %1</translation>
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
        <translation>1 image</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Image files (%1)</source>
        <translation>Fichiers image (%1)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Series %1</source>
        <translation>Série %1</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n frames</source>
        <translation>
            <numerusform>%n trame</numerusform>
            <numerusform>%n trames</numerusform>
        </translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Default locations only</source>
        <translation>Emplacements par défaut uniquement</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Model packs folder</source>
        <translation>Dossier des paquets de modèle</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Tous les cœurs (%1)</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Threads d’inférence</translation>
    </message>
    <message>
        <source>Hide the model&apos;s result until I lock my own analysis (blind first)</source>
        <translation>Masquer le résultat du modèle jusqu’à ce que je verrouille ma propre analyse (aveugle d’abord)</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Nouveaux dossiers</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies when Descry is started again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Descry.</translation>
    </message>
    <message>
        <source>The open case stays blind until you lock its analysis: switching blind review off now would show the model&apos;s result before your own analysis is recorded. This setting applies to new cases.</source>
        <translation>Le dossier ouvert reste en aveugle jusqu’au verrouillage de son analyse : désactiver l’examen à l’aveugle maintenant afficherait le résultat du modèle avant que votre propre analyse ne soit consignée. Ce paramètre s’applique aux nouveaux dossiers.</translation>
    </message>
    <message>
        <source>Accept damaged images (marked in the report)</source>
        <translation>Accepter les images endommagées (signalées dans le rapport)</translation>
    </message>
    <message>
        <source>Analyse photos that are truncated or corrupt but still decode; the photo, the results and the report say they are damaged</source>
        <translation>Analyser les photos tronquées ou corrompues mais encore décodables ; la photo, les résultats et le rapport indiquent qu’elles sont endommagées</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>The first chest X-ray pack installed</source>
        <translation>Le premier paquet de radiographie thoracique installé</translation>
    </message>
    <message>
        <source>Name or folder of the cxr-classification pack the Chest X-ray workspace reviews with</source>
        <translation>Nom ou dossier du paquet cxr-classification avec lequel l’espace de travail Radiographie thoracique effectue l’examen</translation>
    </message>
    <message>
        <source>Chest X-ray pack</source>
        <translation>Paquet de radiographie thoracique</translation>
    </message>
    <message>
        <source>Include patient identifiers in reports</source>
        <translation>Inclure les identifiants du patient dans les rapports</translation>
    </message>
    <message>
        <source>Chest X-ray reports show the patient&apos;s name, ID and study identifiers; off, they are omitted</source>
        <translation>Les rapports de radiographie thoracique affichent le nom, l’ID du patient et les identifiants de l’étude ; désactivé, ils sont omis</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The folder cases were last saved in</source>
        <translation>Le dernier emplacement d’enregistrement des dossiers</translation>
    </message>
    <message>
        <source>Where Save proposes to put a new case (never the evidence folder)</source>
        <translation>Emplacement que propose « Enregistrer » pour un nouveau dossier (jamais celui des pièces)</translation>
    </message>
    <message>
        <source>Cases folder</source>
        <translation>Emplacement des dossiers</translation>
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
        <translation>L </translation>
    </message>
    <message>
        <source>Window centre in modality units (type a value and press Enter; right-drag on the image: up/down)</source>
        <translation>Centre de fenêtre en unités de modalité (saisissez une valeur et appuyez sur Entrée ; glisser avec le bouton droit sur l’image : haut/bas)</translation>
    </message>
    <message>
        <source>Window width in modality units (type a value and press Enter; right-drag on the image: left/right)</source>
        <translation>Largeur de fenêtre en unités de modalité (saisissez une valeur et appuyez sur Entrée ; glisser avec le bouton droit sur l’image : gauche/droite)</translation>
    </message>
    <message>
        <source>Window centre</source>
        <translation>Centre de fenêtre</translation>
    </message>
    <message>
        <source>Window width</source>
        <translation>Largeur de fenêtre</translation>
    </message>
    <message>
        <source>The file&apos;s window presets and VOI LUTs (R: back to the default)</source>
        <translation>Préréglages de fenêtre et VOI LUT du fichier (R : retour à la valeur par défaut)</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>Préréglage de fenêtre</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Inverser</translation>
    </message>
    <message>
        <source>Invert the grey levels (I)</source>
        <translation>Inverser les niveaux de gris (I)</translation>
    </message>
    <message>
        <source>W/L</source>
        <translation>Fenêtrage</translation>
    </message>
    <message>
        <source>Window tool (left drag: left/right width, up/down centre; right drag in any tool)</source>
        <translation>Outil de fenêtrage (glisser avec le bouton gauche : gauche/droite pour la largeur, haut/bas pour le centre ; glisser avec le bouton droit dans tous les outils)</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <source>Pan tool (left drag moves the image; middle drag in any tool)</source>
        <translation>Outil de déplacement (glisser avec le bouton gauche déplace l’image ; glisser avec le bouton du milieu dans tous les outils)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Measure tool (left drag measures a distance; Esc clears it)</source>
        <translation>Outil de mesure (glisser avec le bouton gauche mesure une distance ; Échap l’efface)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel about the cursor)</source>
        <translation>Zoom avant (+, ou la molette de la souris autour du curseur)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Zoom arrière (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Ajuster l’image à la fenêtre (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Un pixel de l’image par pixel d’écran (1)</translation>
    </message>
    <message>
        <source>Frame of a multi-frame image (Page Up / Page Down)</source>
        <translation>Trame d’une image multitrame (Page préc. / Page suiv.)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Trame</translation>
    </message>
    <message>
        <source>Pixel under the cursor</source>
        <translation>Pixel sous le curseur</translation>
    </message>
    <message>
        <source>Position, stored value and modality value of the pixel under the cursor</source>
        <translation>Position, valeur stockée et valeur de modalité du pixel sous le curseur</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Length of the measured line and the pixel spacing it used</source>
        <translation>Longueur de la ligne mesurée et espacement des pixels utilisé</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>C %1 W %2</source>
        <translation>C %1 L %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>VOI LUT %1: %2</source>
        <translation>VOI LUT %1 : %2</translation>
    </message>
    <message>
        <source>Min/max</source>
        <translation>Min/max</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Trame %1 / %2</translation>
    </message>
</context>
<context>
    <name>descry::ui::Workspace</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>This workspace does not support that action.</source>
        <translation>Cet espace de travail ne prend pas en charge cette action.</translation>
    </message>
    <message>
        <source>History verified</source>
        <translation>Historique vérifié</translation>
    </message>
    <message>
        <source>Unverified: older Descry file</source>
        <translation>Non vérifié : ancien fichier Descry</translation>
    </message>
    <message>
        <source>signed by %1 (your key %2)</source>
        <translation>signé par %1 (votre clé %2)</translation>
    </message>
    <message>
        <source>signed by %1 (key %2)</source>
        <translation>signé par %1 (clé %2)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>dossier</translation>
    </message>
</context>
</TS>
