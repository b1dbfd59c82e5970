<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>descry</name>
    <message>
        <source>%1 UTC  %2</source>
        <translation>%1 UTC  %2</translation>
    </message>
    <message>
        <source>evidence role must be &apos;probe&apos; or &apos;reference&apos;, not &apos;%1&apos;</source>
        <translation>el rol de la evidencia debe ser &apos;probe&apos; o &apos;reference&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: evidence file is missing (%2)</source>
        <translation>%1: falta el archivo de evidencia (%2)</translation>
    </message>
    <message>
        <source>%1: evidence file has changed since it was loaded (%2; expected SHA-256 %3, found %4)</source>
        <translation>%1: el archivo de evidencia ha cambiado desde que se cargó (%2; SHA-256 esperado %3, encontrado %4)</translation>
    </message>
    <message>
        <source>all concepts on</source>
        <translation>todos los conceptos activos</translation>
    </message>
    <message>
        <source>concepts off: %1</source>
        <translation>conceptos desactivados: %1</translation>
    </message>
    <message>
        <source>analysis locked by %1</source>
        <translation>análisis bloqueado por %1</translation>
    </message>
    <message>
        <source>the analysis is locked; changes must be recorded as amendments</source>
        <translation>el análisis está bloqueado; los cambios deben registrarse como enmiendas</translation>
    </message>
    <message>
        <source>not a Descry case file (format &apos;%1&apos;, expected &apos;%2&apos;)</source>
        <translation>no es un archivo de caso de Descry (formato &apos;%1&apos;, se esperaba &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
    <message>
        <source>case: member &apos;result&apos; must be an object or null</source>
        <translation>caso: el miembro &apos;result&apos; debe ser un objeto o null</translation>
    </message>
    <message>
        <source>case: member &apos;what_if_disabled&apos; must list concept indices</source>
        <translation>caso: el miembro &apos;what_if_disabled&apos; debe enumerar índices de conceptos</translation>
    </message>
    <message>
        <source>Skin</source>
        <translation>Piel</translation>
    </message>
    <message>
        <source>Face/Head Outline</source>
        <translation>Contorno de la cara/cabeza</translation>
    </message>
    <message>
        <source>Face/Head Composition</source>
        <translation>Composición de la cara/cabeza</translation>
    </message>
    <message>
        <source>Hair</source>
        <translation>Cabello</translation>
    </message>
    <message>
        <source>Forehead</source>
        <translation>Frente</translation>
    </message>
    <message>
        <source>Eyebrows</source>
        <translation>Cejas</translation>
    </message>
    <message>
        <source>Eyes</source>
        <translation>Ojos</translation>
    </message>
    <message>
        <source>Cheeks</source>
        <translation>Mejillas</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nariz</translation>
    </message>
    <message>
        <source>Ears</source>
        <translation>Orejas</translation>
    </message>
    <message>
        <source>Mouth</source>
        <translation>Boca</translation>
    </message>
    <message>
        <source>Chin/Jawline</source>
        <translation>Mentón/línea mandibular</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Cuello</translation>
    </message>
    <message>
        <source>Facial Hair</source>
        <translation>Vello facial</translation>
    </message>
    <message>
        <source>Facial Lines</source>
        <translation>Líneas faciales</translation>
    </message>
    <message>
        <source>Scars</source>
        <translation>Cicatrices</translation>
    </message>
    <message>
        <source>Facial Marks</source>
        <translation>Marcas faciales</translation>
    </message>
    <message>
        <source>Alterations</source>
        <translation>Alteraciones</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Similar</source>
        <translation>Similar</translation>
    </message>
    <message>
        <source>Dissimilar</source>
        <translation>Disímil</translation>
    </message>
    <message>
        <source>Not assessable</source>
        <translation>No evaluable</translation>
    </message>
    <message>
        <source>the analysis is locked; record an amendment to change &apos;%1&apos;</source>
        <translation>el análisis está bloqueado; registre una enmienda para cambiar &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown component &apos;%1&apos;</source>
        <translation>componente desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the analysis is already locked</source>
        <translation>el análisis ya está bloqueado</translation>
    </message>
    <message>
        <source>an examiner name is needed to lock the analysis</source>
        <translation>se necesita el nombre del examinador para bloquear el análisis</translation>
    </message>
    <message>
        <source>the analysis is not locked; edit &apos;%1&apos; directly</source>
        <translation>el análisis no está bloqueado; edite &apos;%1&apos; directamente</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>una enmienda requiere un motivo</translation>
    </message>
    <message>
        <source>the amendment of &apos;%1&apos; changes nothing</source>
        <translation>la enmienda de &apos;%1&apos; no cambia nada</translation>
    </message>
    <message>
        <source>examiner notes: %1</source>
        <translation>notas del examinador: %1</translation>
    </message>
    <message>
        <source>&apos;locked&apos; needs a UTC time, an examiner and a snapshot of every component</source>
        <translation>&apos;locked&apos; requiere una hora UTC, un examinador y una instantánea de cada componente</translation>
    </message>
    <message>
        <source>amendments found but the analysis is not locked</source>
        <translation>hay enmiendas pero el análisis no está bloqueado</translation>
    </message>
    <message>
        <source>amendment %1 is malformed or does not follow the recorded state</source>
        <translation>la enmienda %1 está mal formada o no sigue el estado registrado</translation>
    </message>
    <message>
        <source>locked assessments differ from the lock-time record and its amendments</source>
        <translation>las evaluaciones bloqueadas difieren del registro del bloqueo y sus enmiendas</translation>
    </message>
    <message>
        <source>cannot open for reading (%1)</source>
        <translation>no se puede abrir para lectura (%1)</translation>
    </message>
    <message>
        <source>hashing cancelled</source>
        <translation>cálculo del hash cancelado</translation>
    </message>
    <message>
        <source>read error (%1)</source>
        <translation>error de lectura (%1)</translation>
    </message>
    <message>
        <source>%1: member &apos;%2&apos; %3</source>
        <translation>%1: el miembro &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>expected a JSON object at top level</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>debe ser un entero</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una matriz</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>tensor error: %1</source>
        <translation>error de tensor: %1</translation>
    </message>
    <message>
        <source>image processing error: %1</source>
        <translation>error de procesamiento de imagen: %1</translation>
    </message>
    <message>
        <source>face library error: %1</source>
        <translation>error de la biblioteca facial: %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <source>unknown internal error</source>
        <translation>error interno desconocido</translation>
    </message>
    <message>
        <source>unknown member &apos;%1&apos;</source>
        <translation>miembro desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; must be a non-empty string</source>
        <translation>el miembro &apos;%1&apos; debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; (&apos;%2&apos;) must be lower-case letters and digits separated by &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>el miembro &apos;%1&apos; (&apos;%2&apos;) debe constar de minúsculas y dígitos separados por &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; item #%2 must be an object</source>
        <translation>el miembro &apos;%1&apos;, elemento n.º %2, debe ser un objeto</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; must be a non-empty array</source>
        <translation>el miembro &apos;%1&apos; debe ser una matriz no vacía</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>nivel superior</translation>
    </message>
    <message>
        <source>unsupported format &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation>formato no admitido &apos;%1&apos; (se esperaba &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>component #%1</source>
        <translation>componente n.º %1</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>identificador duplicado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>component &apos;%1&apos;</source>
        <translation>componente &apos;%1&apos;</translation>
    </message>
    <message>
        <source>, measurement</source>
        <translation>, medición</translation>
    </message>
    <message>
        <source>quantity &apos;%1&apos; is already measured by characteristic &apos;%2&apos;</source>
        <translation>la magnitud &apos;%1&apos; ya se mide con la característica &apos;%2&apos;</translation>
    </message>
    <message>
        <source>, characteristic #%1</source>
        <translation>, característica n.º %1</translation>
    </message>
    <message>
        <source>, characteristic &apos;%1&apos;</source>
        <translation>, característica &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;descriptors&apos; must hold at least 2 descriptors (it holds %1)</source>
        <translation>el miembro &apos;descriptors&apos; debe contener al menos 2 descriptores (contiene %1)</translation>
    </message>
    <message>
        <source>, descriptor #%1</source>
        <translation>, descriptor n.º %1</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; must be &apos;%2&lt;grade name&gt;&apos;</source>
        <translation>el identificador &apos;%1&apos; debe ser &apos;%2&lt;nombre del grado&gt;&apos;</translation>
    </message>
    <message>
        <source>member &apos;prompts&apos; must be a non-empty array of strings</source>
        <translation>el miembro &apos;prompts&apos; debe ser una matriz de cadenas no vacía</translation>
    </message>
    <message>
        <source>member &apos;prompts&apos; item #%1 is empty</source>
        <translation>el miembro &apos;prompts&apos;, elemento n.º %1, está vacío</translation>
    </message>
    <message>
        <source>a measured characteristic needs a &apos;grade&apos; on every descriptor</source>
        <translation>una característica medida requiere un &apos;grade&apos; en cada descriptor</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; is missing although other descriptors of the characteristic have one</source>
        <translation>falta el miembro &apos;grade&apos; aunque otros descriptores de la característica lo tienen</translation>
    </message>
    <message>
        <source>grade %1 must be greater than grade %2 of descriptor #%3 (grades increase strictly)</source>
        <translation>el grado %1 debe ser mayor que el grado %2 del descriptor n.º %3 (los grados aumentan estrictamente)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>expected &apos;npm PACKAGE@VERSION FOLDER TARBALL SHA256&apos;</source>
        <translation>se esperaba &apos;npm PACKAGE@VERSION FOLDER TARBALL SHA256&apos;</translation>
    </message>
    <message>
        <source>expected &apos;%1 PATH SHA256%2&apos;</source>
        <translation>se esperaba &apos;%1 PATH SHA256%2&apos;</translation>
    </message>
    <message>
        <source>unknown entry kind &apos;%1&apos;</source>
        <translation>tipo de entrada desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>built-in asset lock missing</source>
        <translation>falta el archivo de bloqueo de recursos integrado</translation>
    </message>
    <message>
        <source>model asset missing; run packaging/setup.sh</source>
        <translation>falta un recurso del modelo; ejecute packaging/setup.sh</translation>
    </message>
    <message>
        <source>model asset fails its SHA-256 check (expected %1)</source>
        <translation>el recurso del modelo no supera la comprobación SHA-256 (se esperaba %1)</translation>
    </message>
    <message>
        <source>no pinned asset named &apos;%1&apos;</source>
        <translation>no hay ningún recurso fijado llamado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the reference BLAS is in use (~30x slower): install libopenblas0-pthread</source>
        <translation>se está usando la BLAS de referencia (~30x más lenta): instale libopenblas0-pthread</translation>
    </message>
    <message>
        <source>could not identify the BLAS library in use</source>
        <translation>no se pudo identificar la biblioteca BLAS en uso</translation>
    </message>
    <message>
        <source>LibTorch runs with 1 intra-op thread on a %1-core machine</source>
        <translation>LibTorch se ejecuta con 1 hilo intra-op en una máquina de %1 núcleos</translation>
    </message>
    <message>
        <source>intra-op threads (%1) differ from cores (%2)</source>
        <translation>los hilos intra-op (%1) difieren de los núcleos (%2)</translation>
    </message>
    <message>
        <source>Descry doctor</source>
        <translation>Diagnóstico de Descry</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>float32 GEMM %1x%1: %2 GFLOP/s</source>
        <translation>GEMM float32 %1x%1: %2 GFLOP/s</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>intra-op %1, cores %2</source>
        <translation>intra-op %1, núcleos %2</translation>
    </message>
    <message>
        <source>Assets (%1)</source>
        <translation>Recursos (%1)</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>problem: %1</source>
        <translation>problema: %1</translation>
    </message>
    <message>
        <source>All checks passed.</source>
        <translation>Todas las comprobaciones se superaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>probabilities and labels differ in number</source>
        <translation>las probabilidades y las etiquetas difieren en número</translation>
    </message>
    <message>
        <source>labels must be 0 or 1</source>
        <translation>las etiquetas deben ser 0 o 1</translation>
    </message>
    <message>
        <source>a probability is not finite</source>
        <translation>una probabilidad no es finita</translation>
    </message>
    <message>
        <source>chest X-ray decomposition: %1 scores, %2 weights (expected %3) and %4 biases</source>
        <translation>descomposición de radiografía de tórax: %1 puntuaciones, %2 pesos (se esperaban %3) y %4 sesgos</translation>
    </message>
    <message>
        <source>face what-if: %1 mask entries for %2 descriptors</source>
        <translation>simulación facial: %1 entradas de máscara para %2 descriptores</translation>
    </message>
    <message>
        <source>weights manifest lacks weight &apos;%1&apos;</source>
        <translation>al manifiesto de pesos le falta el peso &apos;%1&apos;</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has shape %2, expected %3</source>
        <translation>el peso &apos;%1&apos; tiene la forma %2, se esperaba %3</translation>
    </message>
    <message>
        <source>chip %1 is an empty image</source>
        <translation>el recorte %1 es una imagen vacía</translation>
    </message>
    <message>
        <source>chip %1 is %2x%3; expected an aligned %4x%4 chip</source>
        <translation>el recorte %1 es de %2x%3; se esperaba un recorte alineado de %4x%4</translation>
    </message>
    <message>
        <source>expected a 68-point shape predictor</source>
        <translation>se esperaba un predictor de forma de 68 puntos</translation>
    </message>
    <message>
        <source>empty image</source>
        <translation>imagen vacía</translation>
    </message>
    <message>
        <source>eyes only %1 px apart (need at least %2)</source>
        <translation>los ojos solo están a %1 px de distancia (se necesitan al menos %2)</translation>
    </message>
    <message>
        <source>head turned about %1 degrees (limit %2)</source>
        <translation>cabeza girada unos %1 grados (límite %2)</translation>
    </message>
    <message>
        <source>image too blurred (sharpness %1, need %2)</source>
        <translation>imagen demasiado borrosa (nitidez %1, se necesita %2)</translation>
    </message>
    <message>
        <source>weights manifest: an entry has no name</source>
        <translation>manifiesto de pesos: una entrada no tiene nombre</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has unsupported dtype &apos;%2&apos;</source>
        <translation>manifiesto de pesos: el peso &apos;%1&apos; tiene un tipo de datos no admitido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has no shape</source>
        <translation>manifiesto de pesos: el peso &apos;%1&apos; no tiene forma</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has a bad shape</source>
        <translation>manifiesto de pesos: el peso &apos;%1&apos; tiene una forma incorrecta</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; lacks quantization scale/min</source>
        <translation>manifiesto de pesos: al peso &apos;%1&apos; le falta la escala/el mínimo de cuantización</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; has unsupported quantization &apos;%2&apos;</source>
        <translation>manifiesto de pesos: el peso &apos;%1&apos; tiene una cuantización no admitida &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read weights manifest: %1</source>
        <translation>no se puede leer el manifiesto de pesos: %1</translation>
    </message>
    <message>
        <source>weights manifest is not valid JSON: %1</source>
        <translation>el manifiesto de pesos no es JSON válido: %1</translation>
    </message>
    <message>
        <source>weights manifest must be a non-empty array of weight groups</source>
        <translation>el manifiesto de pesos debe ser una matriz no vacía de grupos de pesos</translation>
    </message>
    <message>
        <source>weights manifest: a group has no &apos;weights&apos; array</source>
        <translation>manifiesto de pesos: un grupo no tiene matriz &apos;weights&apos;</translation>
    </message>
    <message>
        <source>cannot read weights: %1</source>
        <translation>no se pueden leer los pesos: %1</translation>
    </message>
    <message>
        <source>weights file has %1 bytes but its manifest describes %2 (truncated or mismatched)</source>
        <translation>el archivo de pesos tiene %1 bytes pero su manifiesto describe %2 (truncado o no coincidente)</translation>
    </message>
    <message>
        <source>weights manifest lists weight &apos;%1&apos; twice</source>
        <translation>el manifiesto de pesos enumera el peso &apos;%1&apos; dos veces</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <source>cannot decode image (%1)</source>
        <translation>no se puede decodificar la imagen (%1)</translation>
    </message>
    <message>
        <source>concept head input: %1</source>
        <translation>entrada del cabezal de conceptos: %1</translation>
    </message>
    <message>
        <source>descriptor embeddings hold %1 values, expected %2 × %3</source>
        <translation>los embeddings de descriptores contienen %1 valores; se esperaba %2 × %3</translation>
    </message>
    <message>
        <source>neither an embedding nor direct scores given</source>
        <translation>no se proporcionó ni un embedding ni puntuaciones directas</translation>
    </message>
    <message>
        <source>no concept head module</source>
        <translation>no hay módulo de cabezal de conceptos</translation>
    </message>
    <message>
        <source>catalog has no measurable descriptors</source>
        <translation>el catálogo no tiene descriptores medibles</translation>
    </message>
    <message>
        <source>cannot read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing (manifest.json lists it)</source>
        <translation>falta el tensor &apos;%1&apos; (manifest.json lo enumera)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, manifest says %3</source>
        <translation>el tensor &apos;%1&apos; tiene la forma %2; el manifiesto indica %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not listed in manifest.json</source>
        <translation>el tensor &apos;%1&apos; no figura en manifest.json</translation>
    </message>
    <message>
        <source>listed in manifest.json but missing</source>
        <translation>figura en manifest.json pero falta</translation>
    </message>
    <message>
        <source>is a broken symbolic link</source>
        <translation>es un enlace simbólico roto</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>resolves outside the pack folder</source>
        <translation>apunta fuera de la carpeta del paquete</translation>
    </message>
    <message>
        <source>model pack folder not found</source>
        <translation>no se encontró la carpeta del paquete de modelo</translation>
    </message>
    <message>
        <source>missing: the folder is not a model pack</source>
        <translation>falta: la carpeta no es un paquete de modelo</translation>
    </message>
    <message>
        <source>SHA-256 mismatch (file modified or corrupt)</source>
        <translation>el SHA-256 no coincide (archivo modificado o dañado)</translation>
    </message>
    <message>
        <source>present but not listed in manifest.json (ignored)</source>
        <translation>presente pero no figura en manifest.json (se ignora)</translation>
    </message>
    <message>
        <source>zipped packs are not supported yet: unzip it and give the folder</source>
        <translation>los paquetes comprimidos aún no se admiten: descomprímalo e indique la carpeta</translation>
    </message>
    <message>
        <source>not a model pack (expected a pack folder or its manifest.json)</source>
        <translation>no es un paquete de modelo (se esperaba una carpeta de paquete o su manifest.json)</translation>
    </message>
    <message>
        <source>model pack not found (no such folder, and no pack of that name in: %1)</source>
        <translation>no se encontró el paquete de modelo (no existe la carpeta ni un paquete con ese nombre en: %1)</translation>
    </message>
    <message>
        <source>not a tensor file of this pack (manifest.json lists no tensors for it)</source>
        <translation>no es un archivo de tensores de este paquete (manifest.json no enumera tensores para él)</translation>
    </message>
    <message>
        <source>cannot be written into a pack: %1</source>
        <translation>no se puede escribir en un paquete: %1</translation>
    </message>
    <message>
        <source>given both as a tensor file and as another file</source>
        <translation>indicado a la vez como archivo de tensores y como otro archivo</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: member &apos;sources&apos; must not be empty</source>
        <translation>%1: el miembro &apos;sources&apos; no debe estar vacío</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 debe ser un objeto</translation>
    </message>
    <message>
        <source>%1: member &apos;files&apos; must be an array of strings</source>
        <translation>%1: el miembro &apos;files&apos; debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>files: &apos;%1&apos;: %2</source>
        <translation>files: &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>files: &apos;%1&apos;: value must be a 64-digit hex SHA-256</source>
        <translation>files: &apos;%1&apos;: el valor debe ser un SHA-256 hexadecimal de 64 dígitos</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos; is not listed in &apos;files&apos;</source>
        <translation>tensors: &apos;%1&apos; no figura en &apos;files&apos;</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos; must map tensor names to shapes</source>
        <translation>tensors: &apos;%1&apos; debe asociar nombres de tensores a formas</translation>
    </message>
    <message>
        <source>tensors: no entry for &apos;%1&apos; (expected tensor names and shapes)</source>
        <translation>tensors: no hay entrada para &apos;%1&apos; (se esperaban nombres y formas de tensores)</translation>
    </message>
    <message>
        <source>head: &apos;alpha&apos; must lie in [0, 1], not %1</source>
        <translation>head: &apos;alpha&apos; debe estar en [0, 1], no %1</translation>
    </message>
    <message>
        <source>head: &apos;tau&apos; must be positive, not %1</source>
        <translation>head: &apos;tau&apos; debe ser positivo, no %1</translation>
    </message>
    <message>
        <source>manifest: member &apos;calibration&apos; is missing (a face pack needs a threshold)</source>
        <translation>manifiesto: falta el miembro &apos;calibration&apos; (un paquete facial necesita un umbral)</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>ruta vacía</translation>
    </message>
    <message>
        <source>backslashes are not allowed (use &apos;/&apos;)</source>
        <translation>no se permiten barras invertidas (use &apos;/&apos;)</translation>
    </message>
    <message>
        <source>absolute paths are not allowed</source>
        <translation>no se permiten rutas absolutas</translation>
    </message>
    <message>
        <source>&apos;..&apos; would leave the pack folder</source>
        <translation>&apos;..&apos; saldría de la carpeta del paquete</translation>
    </message>
    <message>
        <source>malformed path (empty or &apos;.&apos; component)</source>
        <translation>ruta mal formada (componente vacío o &apos;.&apos;)</translation>
    </message>
    <message>
        <source>the manifest cannot list itself</source>
        <translation>el manifiesto no puede enumerarse a sí mismo</translation>
    </message>
    <message>
        <source>unsupported pack format &apos;%1&apos; (expected &apos;%2&apos;)</source>
        <translation>formato de paquete no admitido &apos;%1&apos; (se esperaba &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>manifest: member &apos;%1&apos; is empty</source>
        <translation>manifiesto: el miembro &apos;%1&apos; está vacío</translation>
    </message>
    <message>
        <source>manifest: unknown task &apos;%1&apos; (expected one of: %2)</source>
        <translation>manifiesto: tarea desconocida &apos;%1&apos; (se esperaba una de: %2)</translation>
    </message>
    <message>
        <source>descriptors: &apos;sha256&apos; must be a 64-digit hex SHA-256</source>
        <translation>descriptors: &apos;sha256&apos; debe ser un SHA-256 hexadecimal de 64 dígitos</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: header entry is not an object</source>
        <translation>tensor &apos;%1&apos;: la entrada de cabecera no es un objeto</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: missing or non-string &apos;dtype&apos;</source>
        <translation>tensor &apos;%1&apos;: &apos;dtype&apos; falta o no es una cadena</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: unknown dtype &apos;%2&apos;</source>
        <translation>tensor &apos;%1&apos;: tipo de datos desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: missing or non-array &apos;shape&apos;</source>
        <translation>tensor &apos;%1&apos;: &apos;shape&apos; falta o no es una matriz</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape must hold non-negative integers</source>
        <translation>tensor &apos;%1&apos;: la forma debe contener enteros no negativos</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: &apos;data_offsets&apos; must be two non-negative integers</source>
        <translation>tensor &apos;%1&apos;: &apos;data_offsets&apos; deben ser dos enteros no negativos</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: data_offsets [%2, %3] are reversed</source>
        <translation>tensor &apos;%1&apos;: data_offsets [%2, %3] están invertidos</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: shape %2 of dtype %3 needs %4 bytes but data_offsets [%5, %6] span %7</source>
        <translation>tensor &apos;%1&apos;: la forma %2 con tipo %3 necesita %4 bytes pero data_offsets [%5, %6] abarca %7</translation>
    </message>
    <message>
        <source>too many</source>
        <translation>demasiados</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: data_offsets [%2, %3] run past the end of the data (%4 bytes; file truncated?)</source>
        <translation>tensor &apos;%1&apos;: data_offsets [%2, %3] sobrepasa el final de los datos (%4 bytes; ¿archivo truncado?)</translation>
    </message>
    <message>
        <source>not a safetensors file: %1 bytes, shorter than the 8-byte header length</source>
        <translation>no es un archivo safetensors: %1 bytes, menos que la longitud de cabecera de 8 bytes</translation>
    </message>
    <message>
        <source>not a safetensors file: implausible header length %1</source>
        <translation>no es un archivo safetensors: longitud de cabecera inverosímil %1</translation>
    </message>
    <message>
        <source>header length %1 exceeds the file size (%2 bytes; file truncated?)</source>
        <translation>la longitud de cabecera %1 supera el tamaño del archivo (%2 bytes; ¿archivo truncado?)</translation>
    </message>
    <message>
        <source>header is not a JSON object</source>
        <translation>la cabecera no es un objeto JSON</translation>
    </message>
    <message>
        <source>header is not valid JSON (%1 at byte %2)</source>
        <translation>la cabecera no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>&apos;__metadata__&apos; must map strings to strings</source>
        <translation>&apos;__metadata__&apos; debe asociar cadenas a cadenas</translation>
    </message>
    <message>
        <source>tensors &apos;%1&apos; and &apos;%2&apos; overlap in the data buffer</source>
        <translation>los tensores &apos;%1&apos; y &apos;%2&apos; se solapan en el búfer de datos</translation>
    </message>
    <message>
        <source>%1 bytes before tensor &apos;%2&apos; belong to no tensor (gap in the data buffer)</source>
        <translation>%1 bytes antes del tensor &apos;%2&apos; no pertenecen a ningún tensor (hueco en el búfer de datos)</translation>
    </message>
    <message>
        <source>%1 bytes of trailing data after the last tensor</source>
        <translation>%1 bytes de datos sobrantes tras el último tensor</translation>
    </message>
    <message>
        <source>invalid tensor name &apos;%1&apos;</source>
        <translation>nombre de tensor no válido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: %2 bytes do not fit shape %3 of dtype %4</source>
        <translation>tensor &apos;%1&apos;: %2 bytes no encajan en la forma %3 con tipo %4</translation>
    </message>
    <message>
        <source>metadata value &apos;%1&apos; is not a string</source>
        <translation>el valor de metadatos &apos;%1&apos; no es una cadena</translation>
    </message>
    <message>
        <source>invalid concept head configuration: %1</source>
        <translation>configuración del cabezal de conceptos no válida: %1</translation>
    </message>
    <message>
        <source>comparison cancelled</source>
        <translation>comparación cancelada</translation>
    </message>
    <message>
        <source>Analysing the probe</source>
        <translation>Analizando la imagen dubitada</translation>
    </message>
    <message>
        <source>Analysing the reference</source>
        <translation>Analizando la imagen de referencia</translation>
    </message>
    <message>
        <source>Scoring descriptors</source>
        <translation>Puntuando los descriptores</translation>
    </message>
    <message>
        <source>probe: %1</source>
        <translation>imagen dubitada: %1</translation>
    </message>
    <message>
        <source>reference: %1</source>
        <translation>imagen de referencia: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The comparison is inconclusive because of image quality: %1.</source>
        <translation>La comparación no es concluyente debido a la calidad de imagen: %1.</translation>
    </message>
    <message>
        <source>The model&apos;s score %1 is at or above the calibrated threshold %2: the faces are scored as the same person.</source>
        <translation>La puntuación del modelo %1 es igual o superior al umbral calibrado %2: los rostros se puntúan como la misma persona.</translation>
    </message>
    <message>
        <source>The model&apos;s score %1 is below the calibrated threshold %2: the faces are scored as different people.</source>
        <translation>La puntuación del modelo %1 es inferior al umbral calibrado %2: los rostros se puntúan como personas distintas.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): both faces show &quot;%4&quot; (%5 vs %6), adding %7 to the score.</source>
        <translation>%1 – %2 (%3): ambos rostros muestran «%4» (%5 frente a %6), lo que suma %7 a la puntuación.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): the probe shows &quot;%4&quot; but the reference shows &quot;%5&quot; (overlap %6).</source>
        <translation>%1 – %2 (%3): la imagen dubitada muestra «%4» pero la de referencia muestra «%5» (solapamiento %6).</translation>
    </message>
    <message>
        <source>No single characteristic differs clearly; the score is low because many small differences add up.</source>
        <translation>Ninguna característica difiere claramente; la puntuación es baja porque se suman muchas pequeñas diferencias.</translation>
    </message>
    <message>
        <source>The black-box baseline (dlib ResNet) scores %1 against its threshold %2 (%3)%4.</source>
        <translation>La referencia de caja negra (dlib ResNet) puntúa %1 frente a su umbral %2 (%3)%4.</translation>
    </message>
    <message>
        <source>, which disagrees with the explainable model</source>
        <translation>, lo que contradice al modelo explicable</translation>
    </message>
    <message>
        <source>line %1: expected &apos;path1,path2,same&apos;</source>
        <translation>línea %1: se esperaba &apos;path1,path2,same&apos;</translation>
    </message>
    <message>
        <source>line %1: &apos;same&apos; must be 0 or 1</source>
        <translation>línea %1: &apos;same&apos; debe ser 0 o 1</translation>
    </message>
    <message>
        <source>no pairs found</source>
        <translation>no se encontraron pares</translation>
    </message>
    <message>
        <source>verification cancelled</source>
        <translation>verificación cancelada</translation>
    </message>
    <message>
        <source>PDF reports need a QGuiApplication (fonts and painting)</source>
        <translation>los informes PDF requieren una QGuiApplication (fuentes y dibujo)</translation>
    </message>
    <message>
        <source>cannot start painting the PDF report</source>
        <translation>no se puede empezar a dibujar el informe PDF</translation>
    </message>
    <message>
        <source>faces folder not found</source>
        <translation>no se encontró la carpeta de rostros</translation>
    </message>
    <message>
        <source>feature extraction cancelled</source>
        <translation>extracción de características cancelada</translation>
    </message>
    <message>
        <source>head training: %1</source>
        <translation>entrenamiento del cabezal: %1</translation>
    </message>
    <message>
        <source>face decomposition: %1 probe scores but %2 reference scores</source>
        <translation>descomposición facial: %1 puntuaciones dubitadas pero %2 de referencia</translation>
    </message>
    <message>
        <source>face decomposition: the aggregation matrix (%1 values) does not have %2 rows</source>
        <translation>descomposición facial: la matriz de agregación (%1 valores) no tiene %2 filas</translation>
    </message>
    <message>
        <source>face decomposition: the bias has %1 values, expected %2</source>
        <translation>descomposición facial: el sesgo tiene %1 valores; se esperaban %2</translation>
    </message>
    <message>
        <source>%1 embeddings but %2 direct score vectors</source>
        <translation>%1 embeddings pero %2 vectores de puntuaciones directas</translation>
    </message>
    <message>
        <source>this head takes no image embedding</source>
        <translation>este cabezal no admite embedding de imagen</translation>
    </message>
    <message>
        <source>this head takes no direct scores</source>
        <translation>este cabezal no admite puntuaciones directas</translation>
    </message>
    <message>
        <source>an embedding has %1 values (expected %2 finite values)</source>
        <translation>un embedding tiene %1 valores (se esperaban %2 valores finitos)</translation>
    </message>
    <message>
        <source>a direct score vector has %1 values (expected %2 finite values)</source>
        <translation>un vector de puntuaciones directas tiene %1 valores (se esperaban %2 valores finitos)</translation>
    </message>
    <message>
        <source>the concept head&apos;s descriptor embeddings are not loaded</source>
        <translation>los embeddings de descriptores del cabezal de conceptos no están cargados</translation>
    </message>
    <message>
        <source>the aggregated width m must be at least 1</source>
        <translation>el ancho agregado m debe ser al menos 1</translation>
    </message>
    <message>
        <source>the embedding width and the number of direct scores must not be negative</source>
        <translation>el ancho del embedding y el número de puntuaciones directas no deben ser negativos</translation>
    </message>
    <message>
        <source>there are no concepts (groupOf is empty)</source>
        <translation>no hay conceptos (groupOf está vacío)</translation>
    </message>
    <message>
        <source>%1 direct scores but only %2 concepts</source>
        <translation>%1 puntuaciones directas pero solo %2 conceptos</translation>
    </message>
    <message>
        <source>%1 descriptor concepts need an embedding width d &gt; 0</source>
        <translation>%1 conceptos de descriptores requieren un ancho de embedding d &gt; 0</translation>
    </message>
    <message>
        <source>reduction r = %1 does not fit embedding width d = %2</source>
        <translation>la reducción r = %1 no encaja con el ancho de embedding d = %2</translation>
    </message>
    <message>
        <source>the temperature tau must be positive</source>
        <translation>la temperatura tau debe ser positiva</translation>
    </message>
    <message>
        <source>alpha must lie in [0, 1]</source>
        <translation>alpha debe estar en [0, 1]</translation>
    </message>
    <message>
        <source>group ids must not be negative</source>
        <translation>los identificadores de grupo no deben ser negativos</translation>
    </message>
    <message>
        <source>group id %1 is unused (ids must be 0..G−1)</source>
        <translation>el identificador de grupo %1 no se usa (los identificadores deben ser 0..G−1)</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos; (expected %2)</source>
        <translation>falta &apos;%1&apos; (se esperaba %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has shape %2, expected %3</source>
        <translation>&apos;%1&apos; tiene la forma %2; se esperaba %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a floating-point tensor</source>
        <translation>&apos;%1&apos; no es un tensor de coma flotante</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds non-finite values</source>
        <translation>&apos;%1&apos; contiene valores no finitos</translation>
    </message>
    <message>
        <source>&apos;T&apos; has a zero row</source>
        <translation>&apos;T&apos; tiene una fila nula</translation>
    </message>
    <message>
        <source>&apos;alpha&apos; = %1 lies outside [0, 1]</source>
        <translation>&apos;alpha&apos; = %1 está fuera de [0, 1]</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inesperado</translation>
    </message>
    <message>
        <source>head tensors do not match the head configuration: %1</source>
        <translation>los tensores del cabezal no coinciden con su configuración: %1</translation>
    </message>
    <message>
        <source>no head</source>
        <translation>no hay cabezal</translation>
    </message>
    <message>
        <source>labels must be a non-empty vector</source>
        <translation>las etiquetas deben ser un vector no vacío</translation>
    </message>
    <message>
        <source>embeddings must be %1 × %2</source>
        <translation>los embeddings deben ser %1 × %2</translation>
    </message>
    <message>
        <source>direct scores must be %1 × %2</source>
        <translation>las puntuaciones directas deben ser %1 × %2</translation>
    </message>
    <message>
        <source>the head&apos;s descriptor embeddings are not set</source>
        <translation>los embeddings de descriptores del cabezal no están definidos</translation>
    </message>
    <message>
        <source>epochs, batch size and learning rate must be positive</source>
        <translation>las épocas, el tamaño de lote y la tasa de aprendizaje deben ser positivos</translation>
    </message>
    <message>
        <source>labels must lie in 0..%1</source>
        <translation>las etiquetas deben estar en 0..%1</translation>
    </message>
    <message>
        <source>the training inputs hold non-finite values</source>
        <translation>las entradas de entrenamiento contienen valores no finitos</translation>
    </message>
    <message>
        <source>head training cancelled</source>
        <translation>entrenamiento del cabezal cancelado</translation>
    </message>
    <message>
        <source>head training diverged (loss %1 in epoch %2)</source>
        <translation>el entrenamiento del cabezal divergió (pérdida %1 en la época %2)</translation>
    </message>
    <message>
        <source>scores, labels and folds differ in number</source>
        <translation>las puntuaciones, las etiquetas y los pliegues difieren en número</translation>
    </message>
    <message>
        <source>a score is not finite</source>
        <translation>una puntuación no es finita</translation>
    </message>
    <message>
        <source>pair labels must be 0 or 1</source>
        <translation>las etiquetas de pares deben ser 0 o 1</translation>
    </message>
    <message>
        <source>fold numbers must lie in 0..9</source>
        <translation>los números de pliegue deben estar en 0..9</translation>
    </message>
    <message>
        <source>no pairs</source>
        <translation>no hay pares</translation>
    </message>
    <message>
        <source>both genuine and impostor pairs are needed for AUC and TAR at FAR</source>
        <translation>se necesitan pares genuinos e impostores para el AUC y la TAR a una FAR dada</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>; %1</translation>
    </message>
    <message>
        <source> (default: %1)</source>
        <translation> (por defecto: %1)</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatorio)</translation>
    </message>
    <message>
        <source> (repeatable)</source>
        <translation> (repetible)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de los valores %1</translation>
    </message>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>un entero de %1 a %2</translation>
    </message>
    <message>
        <source>a number &gt; %1 and &lt;= %2</source>
        <translation>un número &gt; %1 y &lt;= %2</translation>
    </message>
    <message>
        <source>a number &gt; %1</source>
        <translation>un número &gt; %1</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <source>a number &gt;= %1</source>
        <translation>un número &gt;= %1</translation>
    </message>
    <message>
        <source>--%1 must be %2, not &apos;%3&apos;</source>
        <translation>--%1 debe ser %2, no &apos;%3&apos;</translation>
    </message>
    <message>
        <source>descry-cli: internal error: option --%1 is not declared</source>
        <translation>descry-cli: error interno: la opción --%1 no está declarada</translation>
    </message>
    <message>
        <source>descry-cli: internal error: --%1&apos;s declared range exceeds its type</source>
        <translation>descry-cli: error interno: el rango declarado de --%1 excede su tipo</translation>
    </message>
    <message>
        <source>usage: %1
</source>
        <translation>uso: %1
</translation>
    </message>
    <message>
        <source>
arguments:
</source>
        <translation>
argumentos:
</translation>
    </message>
    <message>
        <source>
options:
</source>
        <translation>
opciones:
</translation>
    </message>
    <message>
        <source>%1: %2 (usage: %3)</source>
        <translation>%1: %2 (uso: %3)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>opción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>la opción &apos;--%1&apos; no admite ningún valor</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation>la opción &apos;--%1&apos; requiere un valor (%2)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; given more than once</source>
        <translation>la opción &apos;--%1&apos; se indicó más de una vez</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; is required</source>
        <translation>la opción &apos;--%1&apos; es obligatoria</translation>
    </message>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>usage error</source>
        <translation>error de uso</translation>
    </message>
    <message>
        <source>input error (unreadable or corrupt file, no face found)</source>
        <translation>error de entrada (archivo ilegible o dañado, no se encontró ningún rostro)</translation>
    </message>
    <message>
        <source>model or pack error</source>
        <translation>error del modelo o del paquete</translation>
    </message>
    <message>
        <source>internal error</source>
        <translation>error interno</translation>
    </message>
    <message>
        <source>usage: descry-cli COMMAND [ARGUMENTS] [OPTIONS]
&apos;descry-cli COMMAND --help&apos; or &apos;descry-cli help COMMAND&apos; shows a command&apos;s options.
</source>
        <translation>uso: descry-cli COMMAND [ARGUMENTS] [OPTIONS]
&apos;descry-cli COMMAND --help&apos; o &apos;descry-cli help COMMAND&apos; muestra las opciones de un comando.
</translation>
    </message>
    <message>
        <source>
commands:
</source>
        <translation>
comandos:
</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>
exit codes:
</source>
        <translation>
códigos de salida:
</translation>
    </message>
    <message>
        <source>usage: descry-cli %1 %2 ...
</source>
        <translation>uso: descry-cli %1 %2 ...
</translation>
    </message>
    <message>
        <source>
subcommands:
</source>
        <translation>
subcomandos:
</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try &apos;descry-cli help&apos;)</source>
        <translation>comando desconocido &apos;%1&apos; (pruebe &apos;descry-cli help&apos;)</translation>
    </message>
    <message>
        <source>list the commands, or show one command&apos;s arguments and options</source>
        <translation>enumerar los comandos o mostrar los argumentos y las opciones de un comando</translation>
    </message>
    <message>
        <source>a command, e.g. &apos;compare&apos; or &apos;train face&apos;</source>
        <translation>un comando, p. ej. &apos;compare&apos; o &apos;train face&apos;</translation>
    </message>
    <message>
        <source>print the declarations (arguments, options) as one JSON object</source>
        <translation>mostrar las declaraciones (argumentos, opciones) como un único objeto JSON</translation>
    </message>
    <message>
        <source>%1: missing subcommand (expected %2)</source>
        <translation>%1: falta el subcomando (se esperaba %2)</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos; (expected %3)</source>
        <translation>%1: subcomando desconocido &apos;%2&apos; (se esperaba %3)</translation>
    </message>
    <message>
        <source>no command given (try &apos;descry-cli help&apos;)</source>
        <translation>no se indicó ningún comando (pruebe &apos;descry-cli help&apos;)</translation>
    </message>
    <message>
        <source>print one JSON object on stdout instead of text</source>
        <translation>mostrar un objeto JSON en stdout en lugar de texto</translation>
    </message>
    <message>
        <source>model pack: a folder, its manifest.json or an installed pack name</source>
        <translation>paquete de modelo: una carpeta, su manifest.json o el nombre de un paquete instalado</translation>
    </message>
    <message>
        <source>Decision: %1  (score %2, threshold %3)
</source>
        <translation>Decisión: %1  (puntuación %2, umbral %3)
</translation>
    </message>
    <message>
        <source>  inconclusive: %1
</source>
        <translation>  no concluyente: %1
</translation>
    </message>
    <message>
        <source>  [disagrees]</source>
        <translation>  [discrepa]</translation>
    </message>
    <message>
        <source>
Top characteristics by contribution:
</source>
        <translation>
Características con mayores contribuciones:
</translation>
    </message>
    <message>
        <source>  %1 %2  %3 / %4 (%5): probe &quot;%6&quot;, reference &quot;%7&quot;
</source>
        <translation>  %1 %2  %3 / %4 (%5): imagen dubitada «%6», imagen de referencia «%7»
</translation>
    </message>
    <message>
        <source>
Residual of the decomposition: %1
</source>
        <translation>
Residuo de la descomposición: %1
</translation>
    </message>
    <message>
        <source>Time: %1 ms (pack load %2 ms)
</source>
        <translation>Tiempo: %1 ms (carga del paquete %2 ms)
</translation>
    </message>
    <message>
        <source>compare two face photos: decision, score and its exact per-characteristic explanation</source>
        <translation>comparar dos fotografías de rostros: decisión, puntuación y su explicación exacta por característica</translation>
    </message>
    <message>
        <source>the questioned photo</source>
        <translation>la imagen dubitada</translation>
    </message>
    <message>
        <source>the known photo</source>
        <translation>la imagen de referencia (identidad conocida)</translation>
    </message>
    <message>
        <source>also write a PDF report to this file</source>
        <translation>escribir también un informe PDF en este archivo</translation>
    </message>
    <message>
        <source>the photos are face crops: use the whole image when no face is detected</source>
        <translation>las fotografías son recortes del rostro: usar la imagen completa si no se detecta ningún rostro</translation>
    </message>
    <message>
        <source>check dependencies, threads, BLAS speed, assets and packs</source>
        <translation>comprobar dependencias, hilos, velocidad de BLAS, recursos y paquetes</translation>
    </message>
    <message>
        <source>exit with 3 when a problem is found</source>
        <translation>salir con el código 3 si se encuentra un problema</translation>
    </message>
    <message>
        <source>image is %1x%2; expected an aligned %3x%3 chip</source>
        <translation>la imagen es de %1x%2; se esperaba un recorte alineado de %3x%3</translation>
    </message>
    <message>
        <source>use dlib&apos;s face-recognition ResNet</source>
        <translation>usar la ResNet de reconocimiento facial de dlib</translation>
    </message>
    <message>
        <source>descry-cli: error: %1</source>
        <translation>descry-cli: error: %1</translation>
    </message>
    <message>
        <source>descry-cli: warning: %1</source>
        <translation>descry-cli: advertencia: %1</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Descriptores</translation>
    </message>
    <message>
        <source>%1 %2 (sha256 %3)</source>
        <translation>%1 %2 (sha256 %3)</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Cabezal</translation>
    </message>
    <message>
        <source>alpha %1, tau %2</source>
        <translation>alpha %1, tau %2</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>umbral %1</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> con %1</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Pack SHA-256</source>
        <translation>SHA-256 del paquete</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>verified, %1 files</source>
        <translation>verificado, %1 archivos</translation>
    </message>
    <message>
        <source>%1: verified, %2 files
</source>
        <translation>%1: verificado, %2 archivos
</translation>
    </message>
    <message>
        <source>a pack folder, its manifest.json or an installed pack name</source>
        <translation>una carpeta de paquete, su manifest.json o el nombre de un paquete instalado</translation>
    </message>
    <message>
        <source>verify a model pack and show its manifest, files and tensors</source>
        <translation>verificar un paquete de modelo y mostrar su manifiesto, sus archivos y sus tensores</translation>
    </message>
    <message>
        <source>pack written to %1
</source>
        <translation>paquete escrito en %1
</translation>
    </message>
    <message>
        <source>train, calibrate and evaluate an explainable face pack on held-out identities</source>
        <translation>entrenar, calibrar y evaluar un paquete facial explicable con identidades reservadas</translation>
    </message>
    <message>
        <source>faces folder laid out like ../shared/data/faces</source>
        <translation>carpeta de rostros organizada como ../shared/data/faces</translation>
    </message>
    <message>
        <source>pack folder to write</source>
        <translation>carpeta del paquete que se escribirá</translation>
    </message>
    <message>
        <source>margin loss</source>
        <translation>pérdida de margen</translation>
    </message>
    <message>
        <source>training epochs</source>
        <translation>épocas de entrenamiento</translation>
    </message>
    <message>
        <source>random seed</source>
        <translation>semilla aleatoria</translation>
    </message>
    <message>
        <source>identity-embedding width</source>
        <translation>ancho del embedding de identidad</translation>
    </message>
    <message>
        <source>concept softmax temperature</source>
        <translation>temperatura del softmax de conceptos</translation>
    </message>
    <message>
        <source>pack name</source>
        <translation>nombre del paquete</translation>
    </message>
    <message>
        <source>pack version</source>
        <translation>versión del paquete</translation>
    </message>
    <message>
        <source>%1: accuracy %2 ± %3 %, AUC %4, TAR@FAR=0.01 %5, threshold %6
</source>
        <translation>%1: exactitud %2 ± %3 %, AUC %4, TAR@FAR=0.01 %5, umbral %6
</translation>
    </message>
    <message>
        <source>explainable</source>
        <translation>explicable</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>10-fold verification accuracy, AUC and TAR@FAR of a pack and its baseline on a pairs list</source>
        <translation>exactitud de verificación en 10 pliegues, AUC y TAR@FAR de un paquete y su referencia sobre una lista de pares</translation>
    </message>
    <message>
        <source>lines &apos;path1,path2,same&apos; with same 0 or 1</source>
        <translation>líneas &apos;path1,path2,same&apos; con same 0 o 1</translation>
    </message>
    <message>
        <source>folder the paths are relative to (default: the CSV&apos;s folder)</source>
        <translation>carpeta respecto a la que son relativas las rutas (por defecto: la carpeta del archivo CSV)</translation>
    </message>
    <message>
        <source>case: member &apos;task&apos; must be face-verification or cxr-classification, not &apos;%1&apos;</source>
        <translation>caso: el miembro &apos;task&apos; debe ser face-verification o cxr-classification, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;options.cropped&apos; must be true or false</source>
        <translation>caso: el miembro &apos;options.cropped&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>descriptor catalog &apos;%1&apos; %2 is not installed</source>
        <translation>el catálogo de descriptores &apos;%1&apos; %2 no está instalado</translation>
    </message>
    <message>
        <source>pack was trained on catalog %1 %2 (sha256 %3) but only %4 is installed</source>
        <translation>el paquete se entrenó con el catálogo %1 %2 (sha256 %3) pero solo está instalado %4</translation>
    </message>
    <message>
        <source>invalid chip buffer</source>
        <translation>búfer de recortes no válido</translation>
    </message>
    <message>
        <source>Embedding faces</source>
        <translation>Calculando los embeddings de los rostros</translation>
    </message>
    <message>
        <source>embedding cancelled</source>
        <translation>cálculo de embeddings cancelado</translation>
    </message>
    <message>
        <source>no aligned face to encode</source>
        <translation>no hay ningún rostro alineado que codificar</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Non-match</source>
        <translation>No coincidencia</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>No concluyente</translation>
    </message>
    <message>
        <source>config.quantities is missing or not an array</source>
        <translation>config.quantities falta o no es una matriz</translation>
    </message>
    <message>
        <source>files must be [&quot;%1&quot;]</source>
        <translation>files debe ser [&quot;%1&quot;]</translation>
    </message>
    <message>
        <source>config.chip must be %1</source>
        <translation>config.chip debe ser %1</translation>
    </message>
    <message>
        <source>files must name the weights manifest and the weights (.bin)</source>
        <translation>files debe indicar el manifiesto de pesos y los pesos (.bin)</translation>
    </message>
    <message>
        <source>Finding the face</source>
        <translation>Buscando el rostro</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Loading encoder %1</source>
        <translation>Cargando el codificador %1</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>carga cancelada</translation>
    </message>
    <message>
        <source>encoder.sources: no source finds faces and landmarks (e.g. type &apos;morphometric&apos;)</source>
        <translation>encoder.sources: ninguna fuente encuentra rostros y puntos de referencia (p. ej. el tipo &apos;morphometric&apos;)</translation>
    </message>
    <message>
        <source>head.d: is %1 but the image encoder gives %2 values</source>
        <translation>head.d: es %1 pero el codificador de imágenes da %2 valores</translation>
    </message>
    <message>
        <source>head.n_direct: is %1 but the catalog has %2 measured descriptors</source>
        <translation>head.n_direct: es %1 pero el catálogo tiene %2 descriptores medidos</translation>
    </message>
    <message>
        <source>head.concepts: missing</source>
        <translation>head.concepts: falta</translation>
    </message>
    <message>
        <source>head.concepts: does not list the catalog&apos;s %1 concepts in order</source>
        <translation>head.concepts: no enumera en orden los %1 conceptos del catálogo</translation>
    </message>
    <message>
        <source>calibration.threshold: must be a number in [-1, 1]</source>
        <translation>calibration.threshold: debe ser un número en [-1, 1]</translation>
    </message>
    <message>
        <source>calibration.baseline_threshold: missing (the pack&apos;s image encoder gives a baseline score that needs its own threshold)</source>
        <translation>calibration.baseline_threshold: falta (el codificador de imágenes del paquete da una puntuación de referencia que necesita su propio umbral)</translation>
    </message>
    <message>
        <source>calibration.baseline_threshold: must be a number in [-1, 1]</source>
        <translation>calibration.baseline_threshold: debe ser un número en [-1, 1]</translation>
    </message>
    <message>
        <source>Verifying the pack</source>
        <translation>Verificando el paquete</translation>
    </message>
    <message>
        <source>task: is &apos;%1&apos;, expected face-verification</source>
        <translation>task: es &apos;%1&apos;; se esperaba face-verification</translation>
    </message>
    <message>
        <source>Reading the descriptor catalog</source>
        <translation>Leyendo el catálogo de descriptores</translation>
    </message>
    <message>
        <source>Loading the concept head</source>
        <translation>Cargando el cabezal de conceptos</translation>
    </message>
    <message>
        <source>Pack loaded</source>
        <translation>Paquete cargado</translation>
    </message>
    <message>
        <source>the explanation does not reproduce the model&apos;s score %1 (residual %2, tolerance %3)</source>
        <translation>la explicación no reproduce la puntuación %1 del modelo (residuo %2, tolerancia %3)</translation>
    </message>
    <message>
        <source>analysing %1 faces</source>
        <translation>analizando %1 rostros</translation>
    </message>
    <message>
        <source>%1 training faces, %2 failures</source>
        <translation>%1 rostros de entrenamiento, %2 fallos</translation>
    </message>
    <message>
        <source>appearance directions: median held-out AUC vs measurement %1</source>
        <translation>direcciones de apariencia: AUC mediana frente a la medición en los datos reservados %1</translation>
    </message>
    <message>
        <source>unknown loss %1 (expected one of %2)</source>
        <translation>pérdida desconocida %1 (se esperaba una de %2)</translation>
    </message>
    <message>
        <source>epoch %1/%2 loss %3</source>
        <translation>época %1/%2 pérdida %3</translation>
    </message>
    <message>
        <source>%1 held-out: explainable %2 ± %3, baseline %4 ± %5 (%6 pairs)</source>
        <translation>%1 reservado: explicable %2 ± %3, referencia %4 ± %5 (%6 pares)</translation>
    </message>
    <message>
        <source>the concept head could not be copied (out of memory?)</source>
        <translation>no se pudo copiar el cabezal de conceptos (¿memoria insuficiente?)</translation>
    </message>
    <message>
        <source>encoder type &apos;%1&apos; is not available in this build (available: %2)</source>
        <translation>el tipo de codificador &apos;%1&apos; no está disponible en esta compilación (disponibles: %2)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos; could not be created</source>
        <translation>no se pudo crear el codificador &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be an integer in %1..%2</source>
        <translation>debe ser un entero en %1..%2</translation>
    </message>
    <message>
        <source>must be a number in (%1, %2]</source>
        <translation>debe ser un número en (%1, %2]</translation>
    </message>
    <message>
        <source>must be a number in [%1, %2]</source>
        <translation>debe ser un número en [%1, %2]</translation>
    </message>
    <message>
        <source>must divide d = %1</source>
        <translation>debe dividir d = %1</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>%1.type: &apos;%2&apos; is not an encoder type name</source>
        <translation>%1.type: &apos;%2&apos; no es un nombre de tipo de codificador</translation>
    </message>
    <message>
        <source>no face found</source>
        <translation>no se encontró ningún rostro</translation>
    </message>
    <message numerus="yes">
        <source>chain verified (%n audit entries, each linked to the one before it)</source>
        <translation>
            <numerusform>cadena verificada (%n entrada de auditoría, enlazada con la anterior)</numerusform>
            <numerusform>cadena verificada (%n entradas de auditoría, cada una enlazada con la anterior)</numerusform>
        </translation>
    </message>
    <message>
        <source>unverified legacy history: %1</source>
        <translation>historial heredado no verificado: %1</translation>
    </message>
    <message>
        <source>not signed (the chain alone does not prove who wrote the file)</source>
        <translation>sin firmar (la cadena por sí sola no demuestra quién escribió el archivo)</translation>
    </message>
    <message>
        <source>signed by %1, key fingerprint %2%3, %4</source>
        <translation>firmado por %1, huella digital de la clave %2%3, %4</translation>
    </message>
    <message>
        <source> (your own key)</source>
        <translation> (su propia clave)</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>ninguno guardado</translation>
    </message>
    <message>
        <source>hidden (blind first: the examiner&apos;s analysis is not locked yet)</source>
        <translation>oculto (primero a ciegas: el análisis del examinador aún no está bloqueado)</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (puntuación %2)</translation>
    </message>
    <message>
        <source>  %1: unchanged, %2 (sha256 %3)
</source>
        <translation>  %1: sin cambios, %2 (sha256 %3)
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
        <translation>  ninguna
</translation>
    </message>
    <message>
        <source>evidence does not match the case: %1</source>
        <translation>las evidencias no coinciden con el caso: %1</translation>
    </message>
    <message>
        <source>Case %1 (%2)
Integrity: %3
Signature: %4
Evidence:
%5Result: %6
</source>
        <translation>Caso %1 (%2)
Integridad: %3
Firma: %4
Evidencias:
%5Resultado: %6
</translation>
    </message>
    <message>
        <source>%1: signed by %2 (key fingerprint %3, key file %4)
</source>
        <translation>%1: firmado por %2 (huella digital de la clave %3, archivo de clave %4)
</translation>
    </message>
    <message>
        <source>a Descry case file</source>
        <translation>un archivo de caso de Descry</translation>
    </message>
    <message>
        <source>check a case file: its audit chain, its signature and the evidence hashes (exit 2 when anything is broken or modified)</source>
        <translation>comprobar un archivo de caso: su cadena de auditoría, su firma y los hashes de las evidencias (sale con el código 2 si algo está roto o modificado)</translation>
    </message>
    <message>
        <source>sign a case file with your own key (created on first use in your configuration folder); evidence files are never touched</source>
        <translation>firmar un archivo de caso con su propia clave (se crea en el primer uso en su carpeta de configuración); los archivos de evidencia nunca se modifican</translation>
    </message>
    <message>
        <source>who signs</source>
        <translation>quién firma</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2), not an empty one</source>
        <translation>la opción &apos;--%1&apos; requiere un valor (%2), no uno vacío</translation>
    </message>
    <message>
        <source>%1 is empty; give a file or value</source>
        <translation>%1 está vacío; indique un archivo o un valor</translation>
    </message>
    <message>
        <source>analyse a truncated or corrupt photo that still decodes (the output says so)</source>
        <translation>analizar una fotografía truncada o corrupta que aún se puede decodificar (la salida lo indica)</translation>
    </message>
    <message>
        <source>refuse images of more than N megapixels, checked before decoding</source>
        <translation>rechazar imágenes de más de N megapíxeles, comprobado antes de decodificarlas</translation>
    </message>
    <message>
        <source>%1: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged
</source>
        <translation>%1: ARCHIVO DAÑADO — truncado o corrupto; analizado por --allow-damaged
</translation>
    </message>
    <message>
        <source>  decoder: %1
</source>
        <translation>  decodificador: %1
</translation>
    </message>
    <message>
        <source>%1: no face detected; the whole image was taken as the face (--cropped)
</source>
        <translation>%1: no se detectó ningún rostro; se tomó la imagen completa como rostro (--cropped)
</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>imagen dubitada</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>imagen de referencia</translation>
    </message>
    <message>
        <source>Baseline: none (the pack has no black-box encoder)
</source>
        <translation>Referencia: ninguna (el paquete no tiene codificador de caja negra)
</translation>
    </message>
    <message>
        <source>%1: DAMAGED FILE — truncated or corrupt; analysed because --allow-damaged</source>
        <translation>%1: ARCHIVO DAÑADO — truncado o corrupto; analizado por --allow-damaged</translation>
    </message>
    <message>
        <source>is an input of this run (%1); it is never overwritten, choose another output file</source>
        <translation>es una entrada de esta ejecución (%1); nunca se sobrescribe, elija otro archivo de salida</translation>
    </message>
    <message>
        <source>is inside an input folder of this run (%1); choose an output outside it</source>
        <translation>está dentro de una carpeta de entrada de esta ejecución (%1); elija una salida fuera de ella</translation>
    </message>
    <message>
        <source>contains an input of this run (%1); it is never replaced, choose another folder</source>
        <translation>contiene una entrada de esta ejecución (%1); nunca se reemplaza, elija otra carpeta</translation>
    </message>
    <message>
        <source>an output file name is empty; give a file to write</source>
        <translation>un nombre de archivo de salida está vacío; indique un archivo en el que escribir</translation>
    </message>
    <message>
        <source>an output folder name is empty; give a folder to write</source>
        <translation>un nombre de carpeta de salida está vacío; indique una carpeta en la que escribir</translation>
    </message>
    <message>
        <source>is a file, not a folder; nothing was written</source>
        <translation>es un archivo, no una carpeta; no se escribió nada</translation>
    </message>
    <message>
        <source>the file is read-only; it is not replaced</source>
        <translation>el archivo es de solo lectura; no se reemplaza</translation>
    </message>
    <message>
        <source>check that a model pack loads: every file against its manifest&apos;s SHA-256, the head settings, tensors, catalog, encoders and calibration, as a comparison loads them</source>
        <translation>comprobar que un paquete de modelo se carga: cada archivo frente al SHA-256 de su manifiesto, la configuración del cabezal, los tensores, el catálogo, los codificadores y la calibración, tal como los carga una comparación</translation>
    </message>
    <message>
        <source>[%1] %2% %3/%4 %5</source>
        <translation>[%1] %2% %3/%4 %5</translation>
    </message>
    <message>
        <source>analysing faces</source>
        <translation>analizando rostros</translation>
    </message>
    <message>
        <source>faces</source>
        <translation>rostros</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n pair(s), e.g. %2
</source>
        <translation>
            <numerusform>  %1: %n par, p. ej. %2
</numerusform>
            <numerusform>  %1: %n pares, p. ej. %2
</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pairs scored, %2 could not be scored; %3 of the scored pairs would be inconclusive in compare (image quality)
</source>
        <translation>%1 pares puntuados, %2 no se pudieron puntuar; %3 de los pares puntuados serían no concluyentes en compare (calidad de imagen)
</translation>
    </message>
    <message>
        <source>Pairs that could not be scored, by reason:
</source>
        <translation>Pares que no se pudieron puntuar, por motivo:
</translation>
    </message>
    <message>
        <source>no pair could be scored (%1)</source>
        <translation>no se pudo puntuar ningún par (%1)</translation>
    </message>
    <message>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <source>entry %1 (%2, %3)</source>
        <translation>entrada %1 (%2, %3)</translation>
    </message>
    <message>
        <source>audit entry %1: %2</source>
        <translation>entrada de auditoría %1: %2</translation>
    </message>
    <message>
        <source>member &apos;utc&apos; must be an ISO 8601 UTC time</source>
        <translation>el miembro &apos;utc&apos; debe ser una hora UTC ISO 8601</translation>
    </message>
    <message>
        <source>member &apos;action&apos; is &apos;%1&apos;, which is not an action Descry records</source>
        <translation>el miembro &apos;action&apos; es &apos;%1&apos;, que no es una acción que Descry registre</translation>
    </message>
    <message>
        <source>member &apos;detail&apos; must be a string</source>
        <translation>el miembro &apos;detail&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>member &apos;detail&apos; is longer than %1 characters</source>
        <translation>el miembro &apos;detail&apos; tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>member &apos;examiner&apos; must be a name of at most 1000 characters</source>
        <translation>el miembro &apos;examiner&apos; debe ser un nombre de 1000 caracteres como máximo</translation>
    </message>
    <message>
        <source>member &apos;state&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>el miembro &apos;state&apos; debe ser un SHA-256 (64 dígitos hexadecimales en minúsculas)</translation>
    </message>
    <message>
        <source>member &apos;prev&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>el miembro &apos;prev&apos; debe ser un SHA-256 (64 dígitos hexadecimales en minúsculas)</translation>
    </message>
    <message>
        <source>member &apos;hash&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>el miembro &apos;hash&apos; debe ser un SHA-256 (64 dígitos hexadecimales en minúsculas)</translation>
    </message>
    <message>
        <source>member &apos;audit&apos; has %1 entries, more than the limit of %2</source>
        <translation>el miembro &apos;audit&apos; tiene %1 entradas, más que el límite de %2</translation>
    </message>
    <message>
        <source>audit %1 is dated before the entry above it: times in the log never go backwards</source>
        <translation>la %1 de la auditoría tiene una fecha anterior a la de la entrada que la precede: las horas del registro nunca retroceden</translation>
    </message>
    <message>
        <source>audit %1 does not start the log: the log was edited, entries removed, reordered or inserted</source>
        <translation>la %1 de la auditoría no inicia el registro: el registro se editó; se eliminaron, reordenaron o insertaron entradas</translation>
    </message>
    <message>
        <source>audit %1 does not follow entry %2: the log was edited, entries removed, reordered or inserted</source>
        <translation>la %1 de la auditoría no sigue a la entrada %2: el registro se editó; se eliminaron, reordenaron o insertaron entradas</translation>
    </message>
    <message>
        <source>audit %1 was edited after it was recorded: its hash does not match its content</source>
        <translation>la %1 de la auditoría se editó después de registrarse: su hash no coincide con su contenido</translation>
    </message>
    <message>
        <source> — note: %1 → %2</source>
        <translation> — nota: %1 → %2</translation>
    </message>
    <message>
        <source> — note: %1</source>
        <translation> — nota: %1</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — motivo: %1</translation>
    </message>
    <message>
        <source>blind review: the model&apos;s result stays hidden until the analysis is locked</source>
        <translation>revisión a ciegas: el resultado del modelo permanece oculto hasta que se bloquee el análisis</translation>
    </message>
    <message>
        <source>blind review on: the model&apos;s result is hidden until the analysis is locked</source>
        <translation>revisión a ciegas activada: el resultado del modelo se oculta hasta que se bloquee el análisis</translation>
    </message>
    <message>
        <source>blind review off</source>
        <translation>revisión a ciegas desactivada</translation>
    </message>
    <message>
        <source>comparison computed (hidden: blind review)</source>
        <translation>comparación calculada (oculta: revisión a ciegas)</translation>
    </message>
    <message>
        <source>comparison computed with pack %1 %2 (hidden: blind review)</source>
        <translation>comparación calculada con el paquete %1 %2 (oculta: revisión a ciegas)</translation>
    </message>
    <message>
        <source>lock needs at least one assessed component</source>
        <translation>el bloqueo requiere al menos un componente evaluado</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action Descry records</source>
        <translation>&apos;%1&apos; no es una acción que Descry registre</translation>
    </message>
    <message>
        <source>member &apos;signature&apos; in a %1 file, which cannot be signed</source>
        <translation>miembro &apos;signature&apos; en un archivo %1, que no se puede firmar</translation>
    </message>
    <message>
        <source>case: member &apos;case_id&apos; must be an id of 1 to %1 characters</source>
        <translation>caso: el miembro &apos;case_id&apos; debe ser un identificador de 1 a %1 caracteres</translation>
    </message>
    <message>
        <source>case: member &apos;title&apos; has %1 characters, more than the limit of %2</source>
        <translation>caso: el miembro &apos;title&apos; tiene %1 caracteres, más que el límite de %2</translation>
    </message>
    <message>
        <source>case: member &apos;created&apos; must be an ISO 8601 UTC time</source>
        <translation>caso: el miembro &apos;created&apos; debe ser una hora UTC ISO 8601</translation>
    </message>
    <message>
        <source>case: member &apos;modified&apos; must be an ISO 8601 UTC time</source>
        <translation>caso: el miembro &apos;modified&apos; debe ser una hora UTC ISO 8601</translation>
    </message>
    <message>
        <source>case: member &apos;modified&apos; (%1) is before &apos;created&apos; (%2)</source>
        <translation>caso: el miembro &apos;modified&apos; (%1) es anterior a &apos;created&apos; (%2)</translation>
    </message>
    <message>
        <source>evidence %1: %2</source>
        <translation>evidencia %1: %2</translation>
    </message>
    <message>
        <source>member &apos;role&apos; must be probe or reference, not &apos;%1&apos;</source>
        <translation>el miembro &apos;role&apos; debe ser probe o reference, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;role&apos;: a second %1 (each role appears once)</source>
        <translation>miembro &apos;role&apos;: %1 repetido (cada rol aparece una sola vez)</translation>
    </message>
    <message>
        <source>member &apos;path&apos; must name the %1 file</source>
        <translation>el miembro &apos;path&apos; debe indicar el archivo %1</translation>
    </message>
    <message>
        <source>member &apos;sha256&apos; must be a SHA-256 (64 lower-case hex digits)</source>
        <translation>el miembro &apos;sha256&apos; debe ser un SHA-256 (64 dígitos hexadecimales en minúsculas)</translation>
    </message>
    <message>
        <source>case: member &apos;pack.%1&apos; must be a string</source>
        <translation>caso: el miembro &apos;pack.%1&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>case: member &apos;pack.sha256&apos; must be a SHA-256 (64 lower-case hex digits) or empty</source>
        <translation>caso: el miembro &apos;pack.sha256&apos; debe ser un SHA-256 (64 dígitos hexadecimales en minúsculas) o estar vacío</translation>
    </message>
    <message>
        <source>case: member &apos;blind_first&apos; must be true or false</source>
        <translation>caso: el miembro &apos;blind_first&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>case: member &apos;result&apos; is larger than the limit of %1 MB</source>
        <translation>caso: el miembro &apos;result&apos; supera el límite de %1 MB</translation>
    </message>
    <message>
        <source>the audit log is empty: a saved case always ends with its save</source>
        <translation>el registro de auditoría está vacío: un caso guardado siempre termina con su guardado</translation>
    </message>
    <message>
        <source>the audit log ends with %1, not with the save that wrote the file: entries were removed from its end</source>
        <translation>el registro de auditoría termina con la %1, no con el guardado que escribió el archivo: se eliminaron entradas de su final</translation>
    </message>
    <message>
        <source>case content was changed after %1 — the file was edited outside Descry</source>
        <translation>el contenido del caso se modificó después de la %1 — el archivo se editó fuera de Descry</translation>
    </message>
    <message>
        <source>member &apos;signature&apos; needs an examiner, a public key, a fingerprint, a UTC time and an Ed25519 signature</source>
        <translation>el miembro &apos;signature&apos; requiere un examinador, una clave pública, una huella digital, una hora UTC y una firma Ed25519</translation>
    </message>
    <message>
        <source>signature: the fingerprint %1 is not that of the public key it names</source>
        <translation>firma: la huella digital %1 no corresponde a la clave pública que indica</translation>
    </message>
    <message>
        <source>signature does not match the case: it was changed after %1 signed it</source>
        <translation>la firma no coincide con el caso: este se modificó después de que %1 lo firmara</translation>
    </message>
    <message>
        <source>opened a %1 file: its history was recorded without a hash chain and is not verifiable</source>
        <translation>se abrió un archivo %1: su historial se registró sin cadena de hashes y no es verificable</translation>
    </message>
    <message>
        <source>audit entries 1 to %1 come from an older case format and are not verifiable; the chain is intact from entry %2 on</source>
        <translation>las entradas de auditoría 1 a %1 proceden de un formato de caso anterior y no son verificables; la cadena está intacta a partir de la entrada %2</translation>
    </message>
    <message>
        <source>new case: nothing recorded yet</source>
        <translation>caso nuevo: aún no se ha registrado nada</translation>
    </message>
    <message>
        <source>audit chain intact: %1 entries, content as committed by the last</source>
        <translation>cadena de auditoría intacta: %1 entradas, contenido tal como lo consignó la última</translation>
    </message>
    <message>
        <source>an examiner name is needed to sign the case</source>
        <translation>se necesita el nombre del examinador para firmar el caso</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>no guardado: %1</translation>
    </message>
    <message>
        <source>not saved: the case would exceed %1 MB</source>
        <translation>no guardado: el caso superaría %1 MB</translation>
    </message>
    <message>
        <source>case file is %1 MB, more than the limit of %2 MB</source>
        <translation>el archivo de caso ocupa %1 MB, más que el límite de %2 MB</translation>
    </message>
    <message>
        <source>opened a %1 file: history not verifiable — %2</source>
        <translation>se abrió un archivo %1: historial no verificable — %2</translation>
    </message>
    <message>
        <source>the note on &apos;%1&apos; is longer than %2 characters</source>
        <translation>la nota sobre &apos;%1&apos; tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>the examiner name is longer than %1 characters</source>
        <translation>el nombre del examinador tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>the amendment of &apos;%1&apos; is longer than %2 characters</source>
        <translation>la enmienda de &apos;%1&apos; tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>&apos;assessments&apos; must list each component once with a valid finding and a note of at most %1 characters</source>
        <translation>&apos;assessments&apos; debe enumerar cada componente una vez con un hallazgo válido y una nota de %1 caracteres como máximo</translation>
    </message>
    <message>
        <source>&apos;amendments&apos; must be an array</source>
        <translation>&apos;amendments&apos; debe ser una matriz</translation>
    </message>
    <message>
        <source>more than %1 amendments</source>
        <translation>más de %1 enmiendas</translation>
    </message>
    <message>
        <source>cannot create the signing key (%1)</source>
        <translation>no se puede crear la clave de firma (%1)</translation>
    </message>
    <message>
        <source>cannot generate an Ed25519 signing key</source>
        <translation>no se puede generar una clave de firma Ed25519</translation>
    </message>
    <message>
        <source>cannot read the signing key (%1)</source>
        <translation>no se puede leer la clave de firma (%1)</translation>
    </message>
    <message>
        <source>not a signing key: the file is larger than a key can be</source>
        <translation>no es una clave de firma: el archivo es más grande de lo que puede ser una clave</translation>
    </message>
    <message>
        <source>not a signing key: no PEM private key in the file</source>
        <translation>no es una clave de firma: el archivo no contiene ninguna clave privada PEM</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 key</source>
        <translation>la clave de firma no es una clave Ed25519</translation>
    </message>
    <message>
        <source>cannot read the Ed25519 key</source>
        <translation>no se puede leer la clave Ed25519</translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation>no se pudo firmar</translation>
    </message>
    <message>
        <source>cannot write the file, previous file kept (%1)</source>
        <translation>no se puede escribir el archivo; se conserva el archivo anterior (%1)</translation>
    </message>
    <message>
        <source>no output file given (the path is empty)</source>
        <translation>no se indicó ningún archivo de salida (la ruta está vacía)</translation>
    </message>
    <message>
        <source>is a folder, not a file; nothing was written</source>
        <translation>es una carpeta, no un archivo; no se escribió nada</translation>
    </message>
    <message>
        <source>the folder does not exist; nothing was written</source>
        <translation>la carpeta no existe; no se escribió nada</translation>
    </message>
    <message>
        <source>exists and is not a folder; nothing was written</source>
        <translation>existe y no es una carpeta; no se escribió nada</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>cannot create a temporary folder</source>
        <translation>no se puede crear una carpeta temporal</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>file is %1, more than the %2 limit</source>
        <translation>el archivo ocupa %1, más que el límite de %2</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket)</source>
        <translation>no es un archivo normal (un dispositivo, una tubería o un socket)</translation>
    </message>
    <message>
        <source>cannot be read: permission denied</source>
        <translation>no se puede leer: permiso denegado</translation>
    </message>
    <message>
        <source>is a symbolic link loop (the link leads back to itself)</source>
        <translation>es un bucle de enlaces simbólicos (el enlace remite a sí mismo)</translation>
    </message>
    <message>
        <source>is a symbolic link to a file that does not exist</source>
        <translation>es un enlace simbólico a un archivo que no existe</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>upsampling the image to find a small face would pass the %1-megapixel limit</source>
        <translation>ampliar la imagen para encontrar un rostro pequeño superaría el límite de %1 megapíxeles</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing (population statistics)</source>
        <translation>falta el tensor &apos;%1&apos; (estadísticas de población)</translation>
    </message>
    <message>
        <source>population statistics</source>
        <translation>las estadísticas de población</translation>
    </message>
    <message>
        <source>image %1 of %2</source>
        <translation>imagen %1 de %2</translation>
    </message>
    <message>
        <source>no pairs to score</source>
        <translation>no hay pares que puntuar</translation>
    </message>
    <message>
        <source>%1 (pairs: %2)</source>
        <translation>%1 (pares: %2)</translation>
    </message>
    <message>
        <source>other reasons: %1</source>
        <translation>otros motivos: %1</translation>
    </message>
    <message>
        <source>no pair could be scored: %1</source>
        <translation>no se pudo puntuar ningún par: %1</translation>
    </message>
    <message>
        <source>the file ends before the JPEG end-of-image marker</source>
        <translation>el archivo termina antes del marcador de fin de imagen JPEG</translation>
    </message>
    <message>
        <source>the file ends before the PNG end chunk</source>
        <translation>el archivo termina antes del bloque final PNG</translation>
    </message>
    <message>
        <source>the file ends before the image does</source>
        <translation>el archivo termina antes que la imagen</translation>
    </message>
    <message>
        <source>the image data ends too early</source>
        <translation>los datos de la imagen terminan demasiado pronto</translation>
    </message>
    <message>
        <source>stray bytes in the image data</source>
        <translation>bytes extraños en los datos de la imagen</translation>
    </message>
    <message>
        <source>the image data is corrupt</source>
        <translation>los datos de la imagen están corruptos</translation>
    </message>
    <message>
        <source>the JPEG structure is invalid</source>
        <translation>la estructura JPEG no es válida</translation>
    </message>
    <message>
        <source>the file is not a JPEG</source>
        <translation>el archivo no es un JPEG</translation>
    </message>
    <message>
        <source>a checksum inside the file does not match</source>
        <translation>una suma de comprobación del archivo no coincide</translation>
    </message>
    <message>
        <source>the image data is longer than the image</source>
        <translation>los datos de la imagen son más largos que la imagen</translation>
    </message>
    <message>
        <source>the compressed image data is damaged</source>
        <translation>los datos comprimidos de la imagen están dañados</translation>
    </message>
    <message>
        <source>image file is truncated or corrupt (%1); use --allow-damaged to analyse it anyway</source>
        <translation>el archivo de imagen está truncado o corrupto (%1); use --allow-damaged para analizarlo de todos modos</translation>
    </message>
    <message>
        <source>image is %1×%2 px: decoding it needs more memory than the %3-megapixel limit allows</source>
        <translation>la imagen es de %1×%2 px: decodificarla requiere más memoria de la que permite el límite de %3 megapíxeles</translation>
    </message>
    <message>
        <source>image is larger than the %1-megapixel limit</source>
        <translation>la imagen supera el límite de %1 megapíxeles</translation>
    </message>
    <message>
        <source>the file is truncated or corrupt: %1</source>
        <translation>el archivo está truncado o corrupto: %1</translation>
    </message>
    <message>
        <source>image is %1×%2 px, more than the %3-megapixel limit</source>
        <translation>la imagen es de %1×%2 px, más que el límite de %3 megapíxeles</translation>
    </message>
    <message>
        <source>image is %1×%2 px, too small to analyse (at least %3×%3 px)</source>
        <translation>la imagen es de %1×%2 px, demasiado pequeña para analizarla (al menos %3×%3 px)</translation>
    </message>
    <message>
        <source>image is %1×%2 px: its aspect ratio 1:%3 is beyond the 1:%4 limit</source>
        <translation>la imagen es de %1×%2 px: su relación de aspecto 1:%3 supera el límite de 1:%4</translation>
    </message>
    <message>
        <source>image is %1×%2 px: a side is longer than the %3-pixel limit</source>
        <translation>la imagen es de %1×%2 px: un lado supera el límite de %3 píxeles</translation>
    </message>
    <message>
        <source>is a folder, not an image file</source>
        <translation>es una carpeta, no un archivo de imagen</translation>
    </message>
    <message>
        <source>the file is empty, not an image</source>
        <translation>el archivo está vacío, no es una imagen</translation>
    </message>
    <message>
        <source>%1 = %2 is more than the limit %3</source>
        <translation>%1 = %2 supera el límite %3</translation>
    </message>
    <message>
        <source>group id %1 is not below the number of concepts %2</source>
        <translation>el identificador de grupo %1 no es inferior al número de conceptos %2</translation>
    </message>
    <message>
        <source>head.%1 = %2 is more than the limit %3</source>
        <translation>head.%1 = %2 supera el límite %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2; %3 must be F32</source>
        <translation>el tensor &apos;%1&apos; es %2; para %3 debe ser F32</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; %3 needs %4</source>
        <translation>el tensor &apos;%1&apos; tiene la forma %2; para %3 se necesita %4</translation>
    </message>
    <message>
        <source>missing from the pack (manifest.json lists no tensors for it)</source>
        <translation>falta en el paquete (manifest.json no enumera tensores para él)</translation>
    </message>
    <message>
        <source>a head</source>
        <translation>un cabezal</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing (the head settings need %2)</source>
        <translation>falta el tensor &apos;%1&apos; (la configuración del cabezal requiere %2)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not part of the head</source>
        <translation>el tensor &apos;%1&apos; no forma parte del cabezal</translation>
    </message>
    <message>
        <source>tensor &apos;T&apos; is not part of the head (it has no descriptor concepts)</source>
        <translation>el tensor &apos;T&apos; no forma parte del cabezal (no tiene conceptos de descriptores)</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the limit of %2 bytes for a manifest</source>
        <translation>ocupa %1 bytes, más que el límite de %2 bytes para un manifiesto</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the limit of %2 bytes for a file of a pack</source>
        <translation>ocupa %1 bytes, más que el límite de %2 bytes para un archivo de un paquete</translation>
    </message>
    <message>
        <source>no output pack folder given (the path is empty)</source>
        <translation>no se indicó ninguna carpeta de paquete de salida (la ruta está vacía)</translation>
    </message>
    <message>
        <source>holds an input of this run (%1); it is never replaced, choose another pack folder</source>
        <translation>contiene una entrada de esta ejecución (%1); nunca se reemplaza, elija otra carpeta de paquete</translation>
    </message>
    <message>
        <source>is a folder with other files, not a model pack (no manifest.json); it is not replaced, choose a new or empty folder</source>
        <translation>es una carpeta con otros archivos, no un paquete de modelo (no hay manifest.json); no se reemplaza, elija una carpeta nueva o vacía</translation>
    </message>
    <message>
        <source>must be an array of non-negative integers</source>
        <translation>debe ser una matriz de enteros no negativos</translation>
    </message>
    <message>
        <source>has %1 dimensions, more than the limit %2</source>
        <translation>tiene %1 dimensiones, más que el límite %2</translation>
    </message>
    <message>
        <source>has a dimension of %1, more than the limit of %2 elements</source>
        <translation>tiene una dimensión de %1, más que el límite de %2 elementos</translation>
    </message>
    <message>
        <source>%1 has more than the limit of %2 elements</source>
        <translation>%1 tiene más elementos que el límite de %2</translation>
    </message>
    <message>
        <source>files: %1 entries, more than the limit %2</source>
        <translation>files: %1 entradas, más que el límite %2</translation>
    </message>
    <message>
        <source>manifest: member &apos;tensors&apos; is missing (it lists the names and shapes of the tensors in the pack&apos;s .safetensors files)</source>
        <translation>manifiesto: falta el miembro &apos;tensors&apos; (enumera los nombres y las formas de los tensores de los archivos .safetensors del paquete)</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos;: %2 tensors, more than the limit %3</source>
        <translation>tensors: &apos;%1&apos;: %2 tensores, más que el límite %3</translation>
    </message>
    <message>
        <source>tensors: &apos;%1&apos;: shape of &apos;%2&apos; %3</source>
        <translation>tensors: &apos;%1&apos;: la forma de &apos;%2&apos; %3</translation>
    </message>
    <message>
        <source>member &apos;modified&apos; is not the time of %1 that wrote the file: it was edited</source>
        <translation>el miembro &apos;modified&apos; no es la hora de la %1 que escribió el archivo: se ha editado</translation>
    </message>
    <message>
        <source>the signature was removed: the last save was signed with key %1</source>
        <translation>se ha eliminado la firma: el último guardado se firmó con la clave %1</translation>
    </message>
    <message>
        <source>the examiner name is empty</source>
        <translation>el nombre del examinador está vacío</translation>
    </message>
    <message>
        <source>the examiner name contains a line break or another control character</source>
        <translation>el nombre del examinador contiene un salto de línea u otro carácter de control</translation>
    </message>
    <message>
        <source>is not a regular file (a device, pipe or socket); nothing was written</source>
        <translation>no es un archivo normal (un dispositivo, una tubería o un socket); no se ha escrito nada</translation>
    </message>
    <message>
        <source>the folder is read-only; nothing was written</source>
        <translation>la carpeta es de solo lectura; no se ha escrito nada</translation>
    </message>
    <message>
        <source>exists and is not a PDF report; it is not replaced, choose another file</source>
        <translation>existe y no es un informe PDF; no se sustituye, elija otro archivo</translation>
    </message>
    <message>
        <source>the image header is invalid (impossible dimensions or format)</source>
        <translation>la cabecera de la imagen no es válida (dimensiones o formato imposibles)</translation>
    </message>
    <message>
        <source>the image data cannot be read (the file is corrupt, or its header gives dimensions or a format the decoder refuses)</source>
        <translation>no se pueden leer los datos de la imagen (el archivo está corrupto, o su cabecera indica dimensiones o un formato que el decodificador rechaza)</translation>
    </message>
    <message>
        <source>not an image file (its content is none of the readable formats: %1)</source>
        <translation>no es un archivo de imagen (su contenido no está en ninguno de los formatos legibles: %1)</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; appears twice in one object (line %2, column %3)</source>
        <translation>el miembro &apos;%1&apos; aparece dos veces en un mismo objeto (línea %2, columna %3)</translation>
    </message>
    <message>
        <source>--root: the folder does not exist</source>
        <translation>--root: la carpeta no existe</translation>
    </message>
    <message>
        <source>%1, random weights, %2 threads, %3 GMAC per image</source>
        <translation>%1, pesos aleatorios, %2 hilos, %3 GMAC por imagen</translation>
    </message>
    <message>
        <source>image, batch 1:       %1 s per image</source>
        <translation>imagen, lote 1:       %1 s por imagen</translation>
    </message>
    <message>
        <source>image, batch 8:       %1 s per image</source>
        <translation>imagen, lote 8:       %1 s por imagen</translation>
    </message>
    <message>
        <source>text, 120 prompts:    %1 s</source>
        <translation>texto, 120 prompts:   %1 s</translation>
    </message>
    <message>
        <source>peak RSS:             %1 MB</source>
        <translation>RSS máximo:           %1 MB</translation>
    </message>
    <message>
        <source>float32 GEMM (n=%1):  %2 GFLOP/s</source>
        <translation>GEMM float32 (n=%1):  %2 GFLOP/s</translation>
    </message>
    <message>
        <source>efficiency (batch 1): %1 of the GEMM rate</source>
        <translation>eficiencia (lote 1):  %1 de la velocidad GEMM</translation>
    </message>
    <message>
        <source>time a CLIP model of the real size (random weights) against this machine&apos;s GEMM rate</source>
        <translation>cronometrar un modelo CLIP de tamaño real (pesos aleatorios) frente a la velocidad GEMM de esta máquina</translation>
    </message>
    <message>
        <source>architecture to time</source>
        <translation>arquitectura que se cronometrará</translation>
    </message>
    <message>
        <source>runs per figure (best taken)</source>
        <translation>ejecuciones por cifra (se toma la mejor)</translation>
    </message>
    <message>
        <source>is not a file (expected a CLIP checkpoint)</source>
        <translation>no es un archivo (se esperaba un checkpoint CLIP)</translation>
    </message>
    <message>
        <source>CLIP checkpoint not found</source>
        <translation>no se encontró el checkpoint CLIP</translation>
    </message>
    <message>
        <source>hashing the checkpoint</source>
        <translation>calculando el hash del checkpoint</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Baseline (%1): %2  (score %3, threshold %4)%5
</source>
        <translation>Referencia (%1): %2  (puntuación %3, umbral %4)%5
</translation>
    </message>
    <message>
        <source>the image is empty</source>
        <translation>la imagen está vacía</translation>
    </message>
    <message>
        <source>--clip takes --image and --text, not --chip or --dlib-resnet</source>
        <translation>--clip admite --image y --text, no --chip ni --dlib-resnet</translation>
    </message>
    <message>
        <source>--clip needs at least one --image or --text</source>
        <translation>--clip requiere al menos un --image o --text</translation>
    </message>
    <message>
        <source>choose an encoder (--dlib-resnet or --clip CHECKPOINT)</source>
        <translation>elija un codificador (--dlib-resnet o --clip CHECKPOINT)</translation>
    </message>
    <message>
        <source>--dlib-resnet takes --chip; --image, --text and --activation go with --clip</source>
        <translation>--dlib-resnet admite --chip; --image, --text y --activation van con --clip</translation>
    </message>
    <message>
        <source>--dlib-resnet needs at least one --chip</source>
        <translation>--dlib-resnet requiere al menos un --chip</translation>
    </message>
    <message>
        <source>descriptors of aligned 150x150 face chips (dlib ResNet), or image and text features of a CLIP checkpoint</source>
        <translation>descriptores de recortes faciales alineados de 150x150 (dlib ResNet), o características de imagen y de texto de un checkpoint CLIP</translation>
    </message>
    <message>
        <source>an aligned 150x150 chip (with --dlib-resnet)</source>
        <translation>un recorte alineado de 150x150 (con --dlib-resnet)</translation>
    </message>
    <message>
        <source>a CLIP checkpoint (open_clip or transformers safetensors, torch.save .pt/.bin)</source>
        <translation>un checkpoint CLIP (safetensors de open_clip o transformers, torch.save .pt/.bin)</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s MLP activation (default: its config.json, else gelu)</source>
        <translation>la activación MLP del checkpoint (por defecto: la de su config.json; si no, gelu)</translation>
    </message>
    <message>
        <source>an image to encode with the CLIP image tower (with --clip)</source>
        <translation>una imagen que se codificará con la torre de imagen de CLIP (con --clip)</translation>
    </message>
    <message>
        <source>a text to encode with the CLIP text tower (with --clip)</source>
        <translation>un texto que se codificará con la torre de texto de CLIP (con --clip)</translation>
    </message>
    <message>
        <source>catalog %1 %2 is not installed, so a pack built on it could not find it when loading; copy it into a catalog folder first</source>
        <translation>el catálogo %1 %2 no está instalado, por lo que un paquete creado con él no podría encontrarlo al cargarse; cópielo antes en una carpeta de catálogos</translation>
    </message>
    <message>
        <source>encoding descriptor prompts</source>
        <translation>codificando los prompts de los descriptores</translation>
    </message>
    <message>
        <source>prompts</source>
        <translation>prompts</translation>
    </message>
    <message>
        <source>%1: face pack written and verified (%2 concepts: %3 measured, %4 prompt; checkpoint SHA-256 %5)
</source>
        <translation>%1: paquete facial escrito y verificado (%2 conceptos: %3 medidos, %4 por prompt; SHA-256 del checkpoint %5)
</translation>
    </message>
    <message>
        <source>the pack&apos;s task</source>
        <translation>la tarea del paquete</translation>
    </message>
    <message>
        <source>the CLIP checkpoint</source>
        <translation>el checkpoint CLIP</translation>
    </message>
    <message>
        <source>copy the checkpoint into the pack instead of referencing it by path and SHA-256</source>
        <translation>copiar el checkpoint en el paquete en lugar de referenciarlo por ruta y SHA-256</translation>
    </message>
    <message>
        <source>match threshold of the CLIP image cosine baseline (default: the head&apos;s metadata)</source>
        <translation>umbral de coincidencia de la referencia por coseno de imagen CLIP (por defecto: los metadatos del cabezal)</translation>
    </message>
    <message>
        <source>share of the raw image embedding (default: the head&apos;s metadata)</source>
        <translation>proporción del embedding de imagen sin procesar (por defecto: los metadatos del cabezal)</translation>
    </message>
    <message>
        <source>concept softmax temperature (default: the head&apos;s metadata)</source>
        <translation>temperatura del softmax de conceptos (por defecto: los metadatos del cabezal)</translation>
    </message>
    <message>
        <source>--encoder openclip needs --clip CHECKPOINT</source>
        <translation>--encoder openclip requiere --clip CHECKPOINT</translation>
    </message>
    <message>
        <source>--%1 needs --encoder openclip</source>
        <translation>--%1 requiere --encoder openclip</translation>
    </message>
    <message>
        <source>image features: dlib&apos;s face ResNet, or the image tower of a CLIP checkpoint</source>
        <translation>características de imagen: la ResNet facial de dlib o la torre de imagen de un checkpoint CLIP</translation>
    </message>
    <message>
        <source>CLIP checkpoint (open_clip or transformers safetensors, torch.save zip); with --encoder openclip</source>
        <translation>checkpoint CLIP (safetensors de open_clip o transformers, zip de torch.save); con --encoder openclip</translation>
    </message>
    <message>
        <source>the checkpoint&apos;s MLP activation (default: its config&apos;s, else gelu)</source>
        <translation>la activación MLP del checkpoint (por defecto: la de su configuración; si no, gelu)</translation>
    </message>
    <message>
        <source>tune the image tower&apos;s last MLP block too (stored in the pack)</source>
        <translation>ajustar también el último bloque MLP de la torre de imagen (se guarda en el paquete)</translation>
    </message>
    <message>
        <source>labelled image folder (one subfolder per class) for the zero-shot alignment check before and after tuning</source>
        <translation>carpeta de imágenes etiquetadas (una subcarpeta por clase) para la comprobación de alineación zero-shot antes y después del ajuste</translation>
    </message>
    <message>
        <source>copy the checkpoint into the pack instead of referencing it by path</source>
        <translation>copiar el checkpoint en el paquete en lugar de referenciarlo por ruta</translation>
    </message>
    <message>
        <source>feature cache, so retraining skips face analysis (and the frozen CLIP tower)</source>
        <translation>caché de características, para que el reentrenamiento omita el análisis facial (y la torre CLIP congelada)</translation>
    </message>
    <message>
        <source>share of the raw encoder embedding in the image embedding (with --encoder openclip: its starting value, trained with F_i)</source>
        <translation>proporción del embedding sin procesar del codificador en el embedding de imagen (con --encoder openclip: su valor inicial, entrenado con F_i)</translation>
    </message>
    <message>
        <source>learning rate (default: %1; %2 with --encoder openclip)</source>
        <translation>tasa de aprendizaje (por defecto: %1; %2 con --encoder openclip)</translation>
    </message>
    <message>
        <source>pack name (default: %1; %2 with --encoder openclip)</source>
        <translation>nombre del paquete (por defecto: %1; %2 con --encoder openclip)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: the %2_proj part of the attention projection is missing</source>
        <translation>tensor &apos;%1&apos;: falta la parte %2_proj de la proyección de atención</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: the q/k/v projections have shapes or dtypes that do not fit together (%2 %3 and %4 %5)</source>
        <translation>tensor &apos;%1&apos;: las proyecciones q/k/v tienen formas o tipos de datos incompatibles entre sí (%2 %3 y %4 %5)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; (from &apos;%2&apos;) appears twice</source>
        <translation>el tensor &apos;%1&apos; (de &apos;%2&apos;) aparece dos veces</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; expected [embed_dim, width]</source>
        <translation>el tensor &apos;%1&apos; tiene la forma %2; se esperaba [embed_dim, width]</translation>
    </message>
    <message>
        <source>the checkpoint mixes open_clip names (&apos;%1&apos;) and transformers names (&apos;%2&apos;); it holds tensors of two layouts</source>
        <translation>el checkpoint mezcla nombres de open_clip (&apos;%1&apos;) y de transformers (&apos;%2&apos;); contiene tensores de dos disposiciones</translation>
    </message>
    <message>
        <source>not a CLIP checkpoint: it holds neither open_clip tensors (visual.*) nor transformers tensors (vision_model.*)</source>
        <translation>no es un checkpoint CLIP: no contiene tensores de open_clip (visual.*) ni de transformers (vision_model.*)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is of dtype %2; a CLIP checkpoint holds F32, F16 or BF16 weights</source>
        <translation>el tensor &apos;%1&apos; es de tipo %2; un checkpoint CLIP contiene pesos F32, F16 o BF16</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing: not a CLIP checkpoint</source>
        <translation>falta el tensor &apos;%1&apos;: no es un checkpoint CLIP</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; expected %3 dimensions</source>
        <translation>el tensor &apos;%1&apos; tiene la forma %2; se esperaban %3 dimensiones</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, which fits no ViT</source>
        <translation>el tensor &apos;%1&apos; tiene la forma %2, que no corresponde a ningún ViT</translation>
    </message>
    <message>
        <source>tensor &apos;visual.conv1.weight&apos; has shape %1; expected [width, 3, patch, patch]</source>
        <translation>el tensor &apos;visual.conv1.weight&apos; tiene la forma %1; se esperaba [width, 3, patch, patch]</translation>
    </message>
    <message>
        <source>tensor &apos;visual.positional_embedding&apos; has shape %1; expected [grid² + 1, %2]</source>
        <translation>el tensor &apos;visual.positional_embedding&apos; tiene la forma %1; se esperaba [grid² + 1, %2]</translation>
    </message>
    <message>
        <source>tensor &apos;text_projection&apos; has shape %1 but the image tower embeds into %2</source>
        <translation>el tensor &apos;text_projection&apos; tiene la forma %1, pero la torre de imagen proyecta en %2</translation>
    </message>
    <message>
        <source>config &apos;std&apos; must be positive</source>
        <translation>el valor &apos;std&apos; de la configuración debe ser positivo</translation>
    </message>
    <message>
        <source>the image tower&apos;s width %1 cannot be split into attention heads; give the head count in a config.json beside the checkpoint</source>
        <translation>el ancho %1 de la torre de imagen no se puede dividir en cabezas de atención; indique el número de cabezas en un config.json junto al checkpoint</translation>
    </message>
    <message>
        <source>the text tower&apos;s width %1 cannot be split into attention heads; give the head count in a config.json beside the checkpoint</source>
        <translation>el ancho %1 de la torre de texto no se puede dividir en cabezas de atención; indique el número de cabezas en un config.json junto al checkpoint</translation>
    </message>
    <message>
        <source>config.checkpoint is missing or not an object {path or file, sha256}</source>
        <translation>config.checkpoint falta o no es un objeto {path o file, sha256}</translation>
    </message>
    <message>
        <source>config.checkpoint.sha256 must be 64 lower-case hex digits</source>
        <translation>config.checkpoint.sha256 debe tener 64 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>config.checkpoint needs either &apos;file&apos; (a copy inside the pack) or &apos;path&apos; (an absolute path outside it), not both</source>
        <translation>config.checkpoint necesita &apos;file&apos; (una copia dentro del paquete) o &apos;path&apos; (una ruta absoluta fuera de él), pero no ambos</translation>
    </message>
    <message>
        <source>config.checkpoint.file: %1</source>
        <translation>config.checkpoint.file: %1</translation>
    </message>
    <message>
        <source>config.checkpoint.file &apos;%1&apos; is not listed in the encoder&apos;s files</source>
        <translation>config.checkpoint.file &apos;%1&apos; no figura en los archivos del codificador</translation>
    </message>
    <message>
        <source>config.checkpoint.path must be absolute (it is &apos;%1&apos;)</source>
        <translation>config.checkpoint.path debe ser absoluta (es &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>config.checkpoint.sha256 does not match the SHA-256 manifest.json lists for the copied checkpoint %1</source>
        <translation>config.checkpoint.sha256 no coincide con el SHA-256 que manifest.json indica para el checkpoint copiado %1</translation>
    </message>
    <message>
        <source>the checkpoint %1 is missing (config.checkpoint.path); put the file back or rebuild the pack</source>
        <translation>falta el checkpoint %1 (config.checkpoint.path); restituya el archivo o vuelva a crear el paquete</translation>
    </message>
    <message>
        <source>Checking the checkpoint&apos;s SHA-256</source>
        <translation>Comprobando el SHA-256 del checkpoint</translation>
    </message>
    <message>
        <source>cannot read the checkpoint %1 (%2)</source>
        <translation>no se puede leer el checkpoint %1 (%2)</translation>
    </message>
    <message>
        <source>the checkpoint %1 has SHA-256 %2, the pack was built with %3: it was replaced or modified</source>
        <translation>el checkpoint %1 tiene el SHA-256 %2, pero el paquete se creó con %3: se ha sustituido o modificado</translation>
    </message>
    <message>
        <source>config.tuned must be a pack-relative file (%1)</source>
        <translation>config.tuned debe ser un archivo relativo al paquete (%1)</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>no es una cadena</translation>
    </message>
    <message>
        <source>config.tuned &apos;%1&apos; is not listed in the encoder&apos;s files</source>
        <translation>config.tuned &apos;%1&apos; no figura en los archivos del codificador</translation>
    </message>
    <message>
        <source>config.activation must be &quot;gelu&quot; or &quot;quickgelu&quot;</source>
        <translation>config.activation debe ser &quot;gelu&quot; o &quot;quickgelu&quot;</translation>
    </message>
    <message>
        <source>files: &apos;%1&apos; is neither the checkpoint copy nor the tuned tensors</source>
        <translation>files: &apos;%1&apos; no es ni la copia del checkpoint ni los tensores ajustados</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing</source>
        <translation>falta el tensor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2; this architecture needs %3</source>
        <translation>el tensor &apos;%1&apos; tiene la forma %2; esta arquitectura necesita %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has dtype %2; CLIP weights must be F32, F16 or BF16</source>
        <translation>el tensor &apos;%1&apos; tiene el tipo %2; los pesos CLIP deben ser F32, F16 o BF16</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds the wrong number of bytes</source>
        <translation>el tensor &apos;%1&apos; contiene un número de bytes incorrecto</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds NaN or infinite values: the checkpoint is damaged</source>
        <translation>el tensor &apos;%1&apos; contiene valores NaN o infinitos: el checkpoint está dañado</translation>
    </message>
    <message>
        <source>Encoding images</source>
        <translation>Codificando imágenes</translation>
    </message>
    <message>
        <source>encoding cancelled</source>
        <translation>codificación cancelada</translation>
    </message>
    <message>
        <source>tuned tensor &apos;%1&apos; is not a tensor of this checkpoint</source>
        <translation>el tensor ajustado &apos;%1&apos; no es un tensor de este checkpoint</translation>
    </message>
    <message>
        <source>tuned tensor &apos;%1&apos; has shape %2; the checkpoint&apos;s is %3</source>
        <translation>el tensor ajustado &apos;%1&apos; tiene la forma %2; la del checkpoint es %3</translation>
    </message>
    <message>
        <source>Reading CLIP checkpoint</source>
        <translation>Leyendo el checkpoint CLIP</translation>
    </message>
    <message>
        <source>a token row has %1 ids; this model takes %2</source>
        <translation>una fila de tokens tiene %1 identificadores; este modelo admite %2</translation>
    </message>
    <message>
        <source>token id %1 is outside the vocabulary of %2</source>
        <translation>el identificador de token %1 está fuera del vocabulario de %2</translation>
    </message>
    <message>
        <source>Encoding texts</source>
        <translation>Codificando textos</translation>
    </message>
    <message>
        <source>this model has no text tower</source>
        <translation>este modelo no tiene torre de texto</translation>
    </message>
    <message>
        <source>cannot start the gzip decoder</source>
        <translation>no se puede iniciar el descompresor gzip</translation>
    </message>
    <message>
        <source>the compressed merge list unpacks to more than 64 MB</source>
        <translation>la lista de fusiones comprimida ocupa más de 64 MB al descomprimirse</translation>
    </message>
    <message>
        <source>the compressed merge list is truncated (the file ends too early)</source>
        <translation>la lista de fusiones comprimida está truncada (el archivo termina demasiado pronto)</translation>
    </message>
    <message>
        <source>the compressed merge list is damaged (gzip data error)</source>
        <translation>la lista de fusiones comprimida está dañada (error en los datos gzip)</translation>
    </message>
    <message>
        <source>not a CLIP merge list (no &quot;text&quot; string in the JS module)</source>
        <translation>no es una lista de fusiones CLIP (no hay ninguna cadena &quot;text&quot; en el módulo JS)</translation>
    </message>
    <message>
        <source>the JS merge list has a broken \u escape</source>
        <translation>la lista de fusiones JS tiene una secuencia de escape \u defectuosa</translation>
    </message>
    <message>
        <source>the JS merge list is truncated (its text string never ends)</source>
        <translation>la lista de fusiones JS está truncada (su cadena de texto no termina nunca)</translation>
    </message>
    <message>
        <source>cannot read the BPE merge list: %1</source>
        <translation>no se puede leer la lista de fusiones BPE: %1</translation>
    </message>
    <message>
        <source>too large for a BPE merge list (over 64 MB)</source>
        <translation>demasiado grande para una lista de fusiones BPE (más de 64 MB)</translation>
    </message>
    <message>
        <source>the BPE merge list is empty</source>
        <translation>la lista de fusiones BPE está vacía</translation>
    </message>
    <message>
        <source>not a CLIP merge list (the text is not UTF-8)</source>
        <translation>no es una lista de fusiones CLIP (el texto no está en UTF-8)</translation>
    </message>
    <message>
        <source>not a CLIP merge list (line %1 is not a pair of symbols)</source>
        <translation>no es una lista de fusiones CLIP (la línea %1 no es un par de símbolos)</translation>
    </message>
    <message>
        <source>the BPE merge list holds %1 merges; CLIP needs %2 (truncated or another vocabulary)</source>
        <translation>la lista de fusiones BPE contiene %1 fusiones; CLIP necesita %2 (truncada o de otro vocabulario)</translation>
    </message>
    <message>
        <source>the configuration beside the checkpoint cannot be read: %1</source>
        <translation>no se puede leer la configuración situada junto al checkpoint: %1</translation>
    </message>
    <message>
        <source>SHA-256 is unavailable</source>
        <translation>SHA-256 no está disponible</translation>
    </message>
    <message>
        <source>image encoder, batch 1</source>
        <translation>codificador de imágenes, lote 1</translation>
    </message>
    <message>
        <source>benchmark cancelled</source>
        <translation>prueba de rendimiento cancelada</translation>
    </message>
    <message>
        <source>image encoder, batch 8</source>
        <translation>codificador de imágenes, lote 8</translation>
    </message>
    <message>
        <source>text encoder, 120 prompts</source>
        <translation>codificador de texto, 120 prompts</translation>
    </message>
    <message>
        <source>GEMM rate</source>
        <translation>velocidad GEMM</translation>
    </message>
    <message>
        <source>OpenBLAS uses its SSE3 kernels on this AVX2/AVX-512 processor (~5x slower): set OPENBLAS_CORETYPE=%1</source>
        <translation>OpenBLAS usa sus kernels SSE3 en este procesador AVX2/AVX-512 (~5x más lento): defina OPENBLAS_CORETYPE=%1</translation>
    </message>
    <message>
        <source>kernels: %1</source>
        <translation>kernels: %1</translation>
    </message>
    <message>
        <source>zero-shot folder not found</source>
        <translation>no se encontró la carpeta zero-shot</translation>
    </message>
    <message>
        <source>the class folder &apos;%1&apos; holds no image</source>
        <translation>la carpeta de clase &apos;%1&apos; no contiene ninguna imagen</translation>
    </message>
    <message>
        <source>a zero-shot folder needs at least two class subfolders with images, found %1</source>
        <translation>una carpeta zero-shot necesita al menos dos subcarpetas de clase con imágenes; se encontraron %1</translation>
    </message>
    <message>
        <source>Zero-shot images</source>
        <translation>Imágenes zero-shot</translation>
    </message>
    <message>
        <source>zero-shot check cancelled</source>
        <translation>comprobación zero-shot cancelada</translation>
    </message>
    <message>
        <source>the image could not be prepared for the image tower</source>
        <translation>no se pudo preparar la imagen para la torre de imagen</translation>
    </message>
    <message>
        <source>alignment proxy (zero-shot on %1 images of %2 classes in %3): before tuning %4, tuned tower %5, tuned image embedding I %6</source>
        <translation>indicador de alineación (zero-shot sobre %1 imágenes de %2 clases en %3): antes del ajuste %4, torre ajustada %5, embedding de imagen I ajustado %6</translation>
    </message>
    <message>
        <source>warning: tuning lowered the tower&apos;s zero-shot accuracy by %1 points: the text-image alignment the explanations rely on may be damaged</source>
        <translation>advertencia: el ajuste redujo la exactitud zero-shot de la torre en %1 puntos: la alineación texto-imagen en la que se basan las explicaciones puede estar dañada</translation>
    </message>
    <message>
        <source>warning: the trained image embedding I scores %1 points below the checkpoint in zero-shot: its concept scores may no longer mean what the descriptor prompts say</source>
        <translation>advertencia: el embedding de imagen I entrenado puntúa %1 puntos por debajo del checkpoint en zero-shot: sus puntuaciones de conceptos pueden haber dejado de significar lo que dicen los prompts de los descriptores</translation>
    </message>
    <message>
        <source>a CLIP face pack needs the measured + prompt concept layout</source>
        <translation>un paquete facial CLIP necesita la disposición de conceptos medidos + por prompt</translation>
    </message>
    <message>
        <source>no trained head to write</source>
        <translation>no hay ningún cabezal entrenado que escribir</translation>
    </message>
    <message>
        <source>calibration.baseline_threshold is missing: the CLIP image cosine is the pack&apos;s black-box baseline and needs its own threshold</source>
        <translation>falta calibration.baseline_threshold: el coseno de imagen CLIP es la referencia de caja negra del paquete y necesita su propio umbral</translation>
    </message>
    <message>
        <source>the model has no text tower: descriptor prompts cannot be encoded</source>
        <translation>el modelo no tiene torre de texto: no se pueden codificar los prompts de los descriptores</translation>
    </message>
    <message>
        <source>Encoding descriptor prompts (%1 of %2)</source>
        <translation>Codificando los prompts de los descriptores (%1 de %2)</translation>
    </message>
    <message>
        <source>Descriptor prompts encoded</source>
        <translation>Prompts de los descriptores codificados</translation>
    </message>
    <message>
        <source>cannot read the checkpoint (%1)</source>
        <translation>no se puede leer el checkpoint (%1)</translation>
    </message>
    <message>
        <source>cannot map the checkpoint (%1)</source>
        <translation>no se puede mapear en memoria el checkpoint (%1)</translation>
    </message>
    <message>
        <source>__metadata__ has no number &apos;%1&apos; (give it as an option)</source>
        <translation>__metadata__ no contiene el número &apos;%1&apos; (indíquelo como opción)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is missing or not a matrix</source>
        <translation>el tensor &apos;%1&apos; falta o no es una matriz</translation>
    </message>
    <message>
        <source>tensor &apos;F.0.weight&apos; has %1 rows, which does not divide the checkpoint&apos;s embedding width %2</source>
        <translation>el tensor &apos;F.0.weight&apos; tiene %1 filas, que no dividen el ancho de embedding %2 del checkpoint</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; has shape %2, the catalog and checkpoint need %3</source>
        <translation>el tensor &apos;%1&apos; tiene la forma %2; el catálogo y el checkpoint necesitan %3</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is %2, expected F32</source>
        <translation>el tensor &apos;%1&apos; es %2; se esperaba F32</translation>
    </message>
    <message>
        <source>tensor &apos;T&apos; must not be given: the descriptor embeddings come from the checkpoint&apos;s text tower</source>
        <translation>no se debe indicar el tensor &apos;T&apos;: los embeddings de descriptores proceden de la torre de texto del checkpoint</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not part of a face head</source>
        <translation>el tensor &apos;%1&apos; no forma parte de un cabezal facial</translation>
    </message>
    <message>
        <source>the population statistics beside the head do not have %1 values</source>
        <translation>las estadísticas de población situadas junto al cabezal no tienen %1 valores</translation>
    </message>
    <message>
        <source>descriptor embeddings do not match the catalog</source>
        <translation>los embeddings de descriptores no coinciden con el catálogo</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <source>appearance</source>
        <translation>apariencia</translation>
    </message>
    <message>
        <source>CLIP prompt</source>
        <translation>prompt CLIP</translation>
    </message>
    <message>
        <source>a face layout&apos;s cosine concepts cannot be measured ones</source>
        <translation>los conceptos por coseno de una disposición facial no pueden ser conceptos medidos</translation>
    </message>
    <message>
        <source>catalog has no descriptors</source>
        <translation>el catálogo no tiene descriptores</translation>
    </message>
    <message>
        <source>measured concepts from %1 (landmarks)</source>
        <translation>conceptos medidos a partir de %1 (puntos de referencia faciales)</translation>
    </message>
    <message>
        <source>prompt concepts from %1 (image-text similarity)</source>
        <translation>conceptos por prompt a partir de %1 (similitud imagen-texto)</translation>
    </message>
    <message>
        <source>%1 concepts from %2</source>
        <translation>%1 conceptos a partir de %2</translation>
    </message>
    <message>
        <source>, checkpoint SHA-256 %1</source>
        <translation>, SHA-256 del checkpoint %1</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>head.layout: must be &quot;measured+appearance&quot; or &quot;measured+prompt&quot;</source>
        <translation>head.layout: debe ser &quot;measured+appearance&quot; o &quot;measured+prompt&quot;</translation>
    </message>
    <message>
        <source>head and descriptor tensors are written from the head</source>
        <translation>los tensores del cabezal y de los descriptores se escriben a partir del cabezal</translation>
    </message>
    <message>
        <source>dlib ResNet</source>
        <translation>dlib ResNet</translation>
    </message>
    <message>
        <source>CLIP image embedding</source>
        <translation>embedding de imagen CLIP</translation>
    </message>
    <message>
        <source>The black-box baseline (the %5 image embedding&apos;s cosine) scores %1 against its threshold %2 (%3)%4.</source>
        <translation>La referencia de caja negra (coseno del embedding de imagen %5) puntúa %1 frente a su umbral %2 (%3)%4.</translation>
    </message>
    <message>
        <source>the checkpoint has no text tower to encode the descriptor prompts</source>
        <translation>el checkpoint no tiene torre de texto para codificar los prompts de los descriptores</translation>
    </message>
    <message>
        <source>checkpoint %1: %2, %3 (SHA-256 %4)</source>
        <translation>checkpoint %1: %2, %3 (SHA-256 %4)</translation>
    </message>
    <message>
        <source>%1 descriptor prompts encoded, %2 measured concepts</source>
        <translation>%1 prompts de descriptores codificados, %2 conceptos medidos</translation>
    </message>
    <message>
        <source>%1 training faces, %2 held-out identities, %3 failures</source>
        <translation>%1 rostros de entrenamiento, %2 identidades reservadas, %3 fallos</translation>
    </message>
    <message>
        <source>%1 held-out: explainable %2 ± %3, CLIP baseline %4 ± %5 (%6 pairs)</source>
        <translation>%1 reservado: explicable %2 ± %3, referencia CLIP %4 ± %5 (%6 pares)</translation>
    </message>
    <message>
        <source>feature cache %1 not used (%2): rebuilt</source>
        <translation>caché de características %1 no utilizada (%2): reconstruida</translation>
    </message>
    <message>
        <source>feature cache: none (--cache not given)</source>
        <translation>caché de características: ninguna (no se indicó --cache)</translation>
    </message>
    <message>
        <source>feature cache: %1 of %2 faces reused from %3</source>
        <translation>caché de características: %1 de %2 rostros reutilizados de %3</translation>
    </message>
    <message>
        <source>alignment proxy skipped: no --zero-shot folder given</source>
        <translation>indicador de alineación omitido: no se indicó ninguna carpeta --zero-shot</translation>
    </message>
    <message>
        <source>no face of a training identity could be analysed</source>
        <translation>no se pudo analizar ningún rostro de una identidad de entrenamiento</translation>
    </message>
    <message>
        <source>trained alpha %1</source>
        <translation>alpha entrenado %1</translation>
    </message>
    <message>
        <source>not a feature cache of this version</source>
        <translation>no es una caché de características de esta versión</translation>
    </message>
    <message>
        <source>exists and is not a Descry feature cache; it is not replaced</source>
        <translation>existe y no es una caché de características de Descry; no se sustituye</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Leyendo %1</translation>
    </message>
    <message>
        <source>a TorchScript archive (torch.jit.save) holds code, not a state_dict; save its state_dict() with torch.save or as safetensors</source>
        <translation>un archivo TorchScript (torch.jit.save) contiene código, no un state_dict; guarde su state_dict() con torch.save o como safetensors</translation>
    </message>
    <message>
        <source>not a torch.save checkpoint: the zip archive has no data.pkl entry</source>
        <translation>no es un checkpoint de torch.save: el archivo zip no tiene ninguna entrada data.pkl</translation>
    </message>
    <message>
        <source>the zip archive holds %1 data.pkl entries; a checkpoint holds one</source>
        <translation>el archivo zip contiene %1 entradas data.pkl; un checkpoint contiene una</translation>
    </message>
    <message>
        <source>only little-endian checkpoints can be read (byteorder &apos;%1&apos;)</source>
        <translation>solo se pueden leer checkpoints little-endian (byteorder &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: its storage &apos;%2&apos; is missing from the archive</source>
        <translation>tensor &apos;%1&apos;: falta su almacenamiento &apos;%2&apos; en el archivo</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; is compressed (method %2); torch.save stores entries uncompressed, so it cannot be memory-mapped: re-save the checkpoint with torch.save</source>
        <translation>la entrada zip &apos;%1&apos; está comprimida (método %2); torch.save guarda las entradas sin comprimir, así que no se puede mapear en memoria: vuelva a guardar el checkpoint con torch.save</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos;: %2</source>
        <translation>tensor &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>its storage &apos;%1&apos; holds %2 bytes, but %3 elements of %4 need %5</source>
        <translation>su almacenamiento &apos;%1&apos; contiene %2 bytes, pero %3 elementos de %4 necesitan %5</translation>
    </message>
    <message>
        <source>more</source>
        <translation>más</translation>
    </message>
    <message>
        <source>implausible shape %1, stride %2 or offset %3</source>
        <translation>forma %1, stride %2 u offset %3 inverosímiles</translation>
    </message>
    <message>
        <source>shape %1 with stride %2 at offset %3 runs past its storage of %4 elements</source>
        <translation>la forma %1 con stride %2 en el offset %3 sobrepasa su almacenamiento de %4 elementos</translation>
    </message>
    <message>
        <source>its strides %1 repeat elements of the storage; save tensor.contiguous() instead</source>
        <translation>sus strides %1 repiten elementos del almacenamiento; guarde tensor.contiguous() en su lugar</translation>
    </message>
    <message>
        <source>the checkpoint holds a %1, not a state_dict</source>
        <translation>el checkpoint contiene un %1, no un state_dict</translation>
    </message>
    <message>
        <source>a tensor is stored under a %1 key</source>
        <translation>hay un tensor guardado con una clave de tipo %1</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; appears twice</source>
        <translation>el tensor &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>the checkpoint holds no tensors</source>
        <translation>el checkpoint no contiene tensores</translation>
    </message>
    <message>
        <source>a torch.save checkpoint of the legacy format (PyTorch before 1.6) cannot be read; re-save it with a current PyTorch or as safetensors</source>
        <translation>no se puede leer un checkpoint de torch.save en el formato antiguo (PyTorch anterior a 1.6); vuelva a guardarlo con una versión actual de PyTorch o como safetensors</translation>
    </message>
    <message>
        <source>not a zip archive: %1 bytes is too short (file truncated?)</source>
        <translation>no es un archivo zip: %1 bytes es demasiado corto (¿archivo truncado?)</translation>
    </message>
    <message>
        <source>the zip archive has no end of central directory record (file truncated?)</source>
        <translation>el archivo zip no tiene registro de fin del directorio central (¿archivo truncado?)</translation>
    </message>
    <message>
        <source>multi-part zip archives are not supported</source>
        <translation>no se admiten archivos zip de varias partes</translation>
    </message>
    <message>
        <source>the zip64 end of central directory locator is missing (file damaged?)</source>
        <translation>falta el localizador de fin del directorio central zip64 (¿archivo dañado?)</translation>
    </message>
    <message>
        <source>the zip64 end of central directory record lies outside the file (file damaged?)</source>
        <translation>el registro de fin del directorio central zip64 está fuera del archivo (¿archivo dañado?)</translation>
    </message>
    <message>
        <source>the zip64 central directory lies outside the file (file damaged?)</source>
        <translation>el directorio central zip64 está fuera del archivo (¿archivo dañado?)</translation>
    </message>
    <message>
        <source>the zip central directory [%1, +%2) lies outside the file (%3 bytes; file truncated?)</source>
        <translation>el directorio central zip [%1, +%2) está fuera del archivo (%3 bytes; ¿archivo truncado?)</translation>
    </message>
    <message>
        <source>the zip central directory announces %1 entries but holds at most %2</source>
        <translation>el directorio central zip anuncia %1 entradas, pero contiene como máximo %2</translation>
    </message>
    <message>
        <source>a zip central directory record runs past the directory (file damaged?)</source>
        <translation>un registro del directorio central zip sobrepasa el directorio (¿archivo dañado?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: malformed zip64 extra field</source>
        <translation>entrada zip &apos;%1&apos;: campo extra zip64 mal formado</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; is encrypted</source>
        <translation>la entrada zip &apos;%1&apos; está cifrada</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: its local header at byte %2 is missing or outside the file (file damaged?)</source>
        <translation>entrada zip &apos;%1&apos;: su cabecera local en el byte %2 falta o está fuera del archivo (¿archivo dañado?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: implausible size %2</source>
        <translation>entrada zip &apos;%1&apos;: tamaño inverosímil %2</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos;: its %2 bytes at byte %3 run past the data area (file truncated?)</source>
        <translation>entrada zip &apos;%1&apos;: sus %2 bytes en el byte %3 sobrepasan el área de datos (¿archivo truncado?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; is stored but its sizes disagree (%2 and %3 bytes)</source>
        <translation>la entrada zip &apos;%1&apos; está almacenada sin compresión, pero sus tamaños no coinciden (%2 y %3 bytes)</translation>
    </message>
    <message>
        <source>zip central directory record %1 of %2 is missing or damaged (file damaged?)</source>
        <translation>el registro %1 de %2 del directorio central zip falta o está dañado (¿archivo dañado?)</translation>
    </message>
    <message>
        <source>zip entry &apos;%1&apos; appears twice</source>
        <translation>la entrada zip &apos;%1&apos; aparece dos veces</translation>
    </message>
    <message>
        <source>the pickle is %1 bytes, more than a state_dict needs</source>
        <translation>el pickle ocupa %1 bytes, más de lo que necesita un state_dict</translation>
    </message>
    <message>
        <source>the pickle ends without its STOP opcode (file truncated?)</source>
        <translation>el pickle termina sin su opcode STOP (¿archivo truncado?)</translation>
    </message>
    <message>
        <source>pickle &apos;%1&apos;, byte %2: %3</source>
        <translation>pickle &apos;%1&apos;, byte %2: %3</translation>
    </message>
    <message>
        <source>the pickle is truncated</source>
        <translation>el pickle está truncado</translation>
    </message>
    <message>
        <source>malformed pickle (stack underflow)</source>
        <translation>pickle mal formado (desbordamiento inferior de la pila)</translation>
    </message>
    <message>
        <source>the pickle holds more than %1 objects</source>
        <translation>el pickle contiene más de %1 objetos</translation>
    </message>
    <message>
        <source>the pickle&apos;s stack grows beyond %1 entries</source>
        <translation>la pila del pickle supera las %1 entradas</translation>
    </message>
    <message>
        <source>the pickle&apos;s containers hold more than %1 items</source>
        <translation>los contenedores del pickle contienen más de %1 elementos</translation>
    </message>
    <message>
        <source>unknown pickle protocol</source>
        <translation>protocolo de pickle desconocido</translation>
    </message>
    <message>
        <source>the pickle nests deeper than %1 levels</source>
        <translation>el pickle tiene más de %1 niveles de anidamiento</translation>
    </message>
    <message>
        <source>pickle opcode 0x%1 is not supported in a checkpoint</source>
        <translation>el opcode de pickle 0x%1 no se admite en un checkpoint</translation>
    </message>
    <message>
        <source>an integer of %1 bytes is too large</source>
        <translation>un entero de %1 bytes es demasiado grande</translation>
    </message>
    <message>
        <source>malformed pickle (a dict with an odd number of items)</source>
        <translation>pickle mal formado (un dict con un número impar de elementos)</translation>
    </message>
    <message>
        <source>malformed pickle (items added to a %1)</source>
        <translation>pickle mal formado (elementos añadidos a un %1)</translation>
    </message>
    <message>
        <source>the pickle memoizes more than %1 objects</source>
        <translation>el pickle memoriza más de %1 objetos</translation>
    </message>
    <message>
        <source>malformed pickle (memo entry %1 is missing)</source>
        <translation>pickle mal formado (falta la entrada de memo %1)</translation>
    </message>
    <message>
        <source>malformed pickle (STACK_GLOBAL without names)</source>
        <translation>pickle mal formado (STACK_GLOBAL sin nombres)</translation>
    </message>
    <message>
        <source>malformed pickle (a global name is unterminated or too long)</source>
        <translation>pickle mal formado (un nombre global no termina o es demasiado largo)</translation>
    </message>
    <message>
        <source>pickle global %1 is not allowed in a checkpoint (refused, nothing was run)</source>
        <translation>el global de pickle %1 no se permite en un checkpoint (rechazado; no se ejecutó nada)</translation>
    </message>
    <message>
        <source>malformed pickle (REDUCE of a %1)</source>
        <translation>pickle mal formado (REDUCE de un %1)</translation>
    </message>
    <message>
        <source>collections.OrderedDict called with arguments</source>
        <translation>collections.OrderedDict llamado con argumentos</translation>
    </message>
    <message>
        <source>malformed _rebuild_parameter call</source>
        <translation>llamada a _rebuild_parameter mal formada</translation>
    </message>
    <message>
        <source>%1 cannot be called</source>
        <translation>%1 no se puede llamar</translation>
    </message>
    <message>
        <source>malformed _rebuild_tensor_v2 call</source>
        <translation>llamada a _rebuild_tensor_v2 mal formada</translation>
    </message>
    <message>
        <source>malformed persistent id (not a torch storage)</source>
        <translation>persistent id mal formado (no es un almacenamiento de torch)</translation>
    </message>
    <message>
        <source>%1 is not a storage class</source>
        <translation>%1 no es una clase de almacenamiento</translation>
    </message>
    <message>
        <source>a storage of %1 elements</source>
        <translation>un almacenamiento de %1 elementos</translation>
    </message>
    <message>
        <source>malformed pickle (BUILD of a %1)</source>
        <translation>pickle mal formado (BUILD de un %1)</translation>
    </message>
    <message>
        <source>no tail</source>
        <translation>no hay cola</translation>
    </message>
    <message>
        <source>a tail needs a head with descriptor embeddings</source>
        <translation>una cola necesita un cabezal con embeddings de descriptores</translation>
    </message>
    <message>
        <source>the cached inputs must be a matrix</source>
        <translation>las entradas en caché deben ser una matriz</translation>
    </message>
    <message>
        <source>give --%1 (the head file %2 records no &apos;%3&apos; in its metadata, nor does a pack it belongs to)</source>
        <translation>indique --%1 (el archivo de cabezal %2 no registra &apos;%3&apos; en sus metadatos, ni tampoco el paquete al que pertenece)</translation>
    </message>
    <message>
        <source>is not DICOM; not exported</source>
        <translation>no es DICOM; no se exportó</translation>
    </message>
    <message>
        <source>holds no DICOM image to de-identify</source>
        <translation>no contiene ninguna imagen DICOM que desidentificar</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (%3 removed, %4 emptied, %5 replaced)
</source>
        <translation>%1 -&gt; %2 (%3 eliminados, %4 vaciados, %5 sustituidos)
</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) de-identified into %1, %2 UIDs remapped</source>
        <translation>
            <numerusform>%n archivo desidentificado en %1, %2 UID reasignados</numerusform>
            <numerusform>%n archivos desidentificados en %1, %2 UID reasignados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped (not DICOM images)</source>
        <translation>
            <numerusform>; %n archivo omitido (no es una imagen DICOM)</numerusform>
            <numerusform>; %n archivos omitidos (no son imágenes DICOM)</numerusform>
        </translation>
    </message>
    <message>
        <source>write de-identified copies of DICOM files (PS3.15 Basic Application Confidentiality Profile)</source>
        <translation>escribir copias desidentificadas de archivos DICOM (perfil básico de confidencialidad de aplicación de PS3.15)</translation>
    </message>
    <message>
        <source>DICOM files, folders (scanned recursively) or DICOMDIRs</source>
        <translation>archivos DICOM, carpetas (recorridas recursivamente) o DICOMDIR</translation>
    </message>
    <message>
        <source>folder the copies are written to (created; files are never overwritten)</source>
        <translation>carpeta en la que se escriben las copias (se crea; los archivos nunca se sobrescriben)</translation>
    </message>
    <message>
        <source>move every date by DAYS days (times kept) instead of removing dates</source>
        <translation>desplazar cada fecha DAYS días (se conservan las horas) en lugar de eliminar las fechas</translation>
    </message>
    <message>
        <source>meets the goal</source>
        <translation>cumple el objetivo</translation>
    </message>
    <message>
        <source>MISSES the goal</source>
        <translation>NO CUMPLE el objetivo</translation>
    </message>
    <message>
        <source>%1 x %1 16-bit CR, %2 MB DICOM file, best of %3 runs</source>
        <translation>CR de 16 bits de %1 x %1, archivo DICOM de %2 MB, mejor de %3 ejecuciones</translation>
    </message>
    <message>
        <source>decode (read, hash, stored values):  %1 ms</source>
        <translation>decodificación (lectura, hash, valores almacenados):  %1 ms</translation>
    </message>
    <message>
        <source>first display from decoded pixels:  %1 ms (goal &lt; 300 ms: %2)</source>
        <translation>primera visualización a partir de los píxeles decodificados:  %1 ms (objetivo &lt; 300 ms: %2)</translation>
    </message>
    <message>
        <source>  LUT build %1 ms, LUT apply %2 ms</source>
        <translation>  construcción de la LUT %1 ms, aplicación de la LUT %2 ms</translation>
    </message>
    <message>
        <source>scale to %1x%2 viewport (smooth):  %3 ms scaled(), %4 ms QPainter</source>
        <translation>escalado a una vista de %1x%2 (suavizado):  %3 ms scaled(), %4 ms QPainter</translation>
    </message>
    <message>
        <source>window/level redraw:  %1 fps full resolution, %2 fps drawn into the viewport (goal &gt;= 30: %3)</source>
        <translation>redibujado de ventana/nivel:  %1 fps a resolución completa, %2 fps dibujado en la vista (objetivo &gt;= 30: %3)</translation>
    </message>
    <message>
        <source>in process CPU time (not inflated by other processes): decode %1 ms, first display %2 ms, redraw %3 fps (%4 fps drawn into the viewport)</source>
        <translation>en tiempo de CPU del proceso (no inflado por otros procesos): decodificación %1 ms, primera visualización %2 ms, redibujado %3 fps (%4 fps dibujado en la vista)</translation>
    </message>
    <message>
        <source>baseline memcpy of the frame:  %1 GB/s (%2 ms); first display = %3 frame copies</source>
        <translation>memcpy de referencia del fotograma:  %1 GB/s (%2 ms); primera visualización = %3 copias del fotograma</translation>
    </message>
    <message>
        <source>time decoding, first display and window/level redraws of a generated 16-bit CR</source>
        <translation>medir el tiempo de decodificación, primera visualización y redibujados de ventana/nivel de una CR de 16 bits generada</translation>
    </message>
    <message>
        <source>rows and columns of the generated image</source>
        <translation>filas y columnas de la imagen generada</translation>
    </message>
    <message>
        <source>--window takes CENTER,WIDTH (two numbers, width &gt; 0), not &quot;%1&quot;</source>
        <translation>--window admite CENTER,WIDTH (dos números, anchura &gt; 0), no &quot;%1&quot;</translation>
    </message>
    <message numerus="yes">
        <source>--frame %1: the image has %n frame(s)</source>
        <translation>
            <numerusform>--frame %1: la imagen tiene %n fotograma</numerusform>
            <numerusform>--frame %1: la imagen tiene %n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <source>--window and --preset apply to greyscale images; this image is colour (%1)</source>
        <translation>--window y --preset se aplican a imágenes en escala de grises; esta imagen es en color (%1)</translation>
    </message>
    <message>
        <source>--preset %1: the image has no window presets</source>
        <translation>--preset %1: la imagen no tiene preajustes de ventana</translation>
    </message>
    <message numerus="yes">
        <source>--preset %1: the image has %n window preset(s)</source>
        <translation>
            <numerusform>--preset %1: la imagen tiene %n preajuste de ventana</numerusform>
            <numerusform>--preset %1: la imagen tiene %n preajustes de ventana</numerusform>
        </translation>
    </message>
    <message>
        <source>raster image</source>
        <translation>imagen ráster</translation>
    </message>
    <message>
        <source>%1: %2 %3, %4 x %5, frame %6 of %7, %8 bits stored
</source>
        <translation>%1: %2 %3, %4 x %5, fotograma %6 de %7, %8 bits almacenados
</translation>
    </message>
    <message>
        <source>window: %1%2
</source>
        <translation>ventana: %1%2
</translation>
    </message>
    <message>
        <source>, inverted</source>
        <translation>, invertida</translation>
    </message>
    <message>
        <source>wrote %1
</source>
        <translation>se escribió %1
</translation>
    </message>
    <message>
        <source>exists and is not a PNG image; it is not replaced, choose another file</source>
        <translation>existe y no es una imagen PNG; no se sustituye, elija otro archivo</translation>
    </message>
    <message>
        <source>frame %1 could not be rendered</source>
        <translation>no se pudo renderizar el fotograma %1</translation>
    </message>
    <message>
        <source>the PNG image could not be encoded</source>
        <translation>no se pudo codificar la imagen PNG</translation>
    </message>
    <message>
        <source>write a radiograph (DICOM or raster) as a reader sees it, as PNG; with --json its metadata</source>
        <translation>escribir una radiografía (DICOM o ráster) tal como la ve el lector, en PNG; con --json, sus metadatos</translation>
    </message>
    <message>
        <source>a DICOM file or a PNG/JPEG/TIFF radiograph</source>
        <translation>un archivo DICOM o una radiografía PNG/JPEG/TIFF</translation>
    </message>
    <message>
        <source>the PNG to write (never the input; an existing file only if it is a PNG)</source>
        <translation>el PNG que se escribirá (nunca la entrada; un archivo existente solo si es un PNG)</translation>
    </message>
    <message>
        <source>frame to render, numbered from 1</source>
        <translation>fotograma que se renderizará, numerado desde 1</translation>
    </message>
    <message>
        <source>window in modality units (overrides --preset and the file&apos;s default)</source>
        <translation>ventana en unidades de modalidad (prevalece sobre --preset y la ventana predeterminada del archivo)</translation>
    </message>
    <message>
        <source>the file&apos;s window preset K, numbered from 1 (default: the first)</source>
        <translation>el preajuste de ventana K del archivo, numerado desde 1 (por defecto: el primero)</translation>
    </message>
    <message>
        <source>include patient and study identifiers in the JSON (hidden by default)</source>
        <translation>incluir los identificadores del paciente y del estudio en el JSON (ocultos por defecto)</translation>
    </message>
    <message>
        <source>evidence role of a chest X-ray case must be &apos;radiograph&apos;, not &apos;%1&apos;</source>
        <translation>el rol de la evidencia de un caso de radiografía de tórax debe ser &apos;radiograph&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>radiographs belong in a chest X-ray case, not a %1 case</source>
        <translation>las radiografías corresponden a un caso de radiografía de tórax, no a un caso %1</translation>
    </message>
    <message>
        <source>evidence file has changed since it was loaded (expected SHA-256 %1, found %2)</source>
        <translation>el archivo de evidencia ha cambiado desde que se cargó (SHA-256 esperado %1, encontrado %2)</translation>
    </message>
    <message>
        <source>a case records at most %1 radiographs</source>
        <translation>un caso registra como máximo %1 radiografías</translation>
    </message>
    <message>
        <source>a viewer state belongs in a chest X-ray case</source>
        <translation>un estado del visor solo corresponde a un caso de radiografía de tórax</translation>
    </message>
    <message>
        <source>the image is not a radiograph of this case</source>
        <translation>la imagen no es una radiografía de este caso</translation>
    </message>
    <message>
        <source>viewer state: %1</source>
        <translation>estado del visor: %1</translation>
    </message>
    <message>
        <source>larger than the limit of %1 KB</source>
        <translation>supera el límite de %1 KB</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; has a value of the wrong kind</source>
        <translation>el miembro &apos;%1&apos; tiene un valor de tipo incorrecto</translation>
    </message>
    <message>
        <source>free-text reading notes belong in a chest X-ray case</source>
        <translation>las notas de lectura de texto libre solo corresponden a un caso de radiografía de tórax</translation>
    </message>
    <message>
        <source>the reading notes are longer than %1 characters</source>
        <translation>las notas de lectura tienen más de %1 caracteres</translation>
    </message>
    <message>
        <source>reading notes: %1 → %2</source>
        <translation>notas de lectura: %1 → %2</translation>
    </message>
    <message>
        <source>member &apos;path&apos;: %1 is listed twice (each radiograph appears once)</source>
        <translation>miembro &apos;path&apos;: %1 figura dos veces (cada radiografía aparece una sola vez)</translation>
    </message>
    <message>
        <source>member &apos;role&apos; of a chest X-ray case must be radiograph, not &apos;%1&apos;</source>
        <translation>el miembro &apos;role&apos; de un caso de radiografía de tórax debe ser radiograph, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>more than %1 radiographs</source>
        <translation>más de %1 radiografías</translation>
    </message>
    <message>
        <source>case: member &apos;cxr&apos; in a %1 case</source>
        <translation>caso: miembro &apos;cxr&apos; en un caso %1</translation>
    </message>
    <message>
        <source>case: member &apos;cxr&apos; must be an object</source>
        <translation>caso: el miembro &apos;cxr&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>case: unknown member &apos;cxr.%1&apos;</source>
        <translation>caso: miembro desconocido &apos;cxr.%1&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.image&apos; must name a radiograph of the case or be empty</source>
        <translation>caso: el miembro &apos;cxr.image&apos; debe indicar una radiografía del caso o estar vacío</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.viewer&apos; must be an object</source>
        <translation>caso: el miembro &apos;cxr.viewer&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.reading_notes&apos; must be a text of at most %1 characters</source>
        <translation>caso: el miembro &apos;cxr.reading_notes&apos; debe ser un texto de %1 caracteres como máximo</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.viewer&apos;: %1</source>
        <translation>caso: miembro &apos;cxr.viewer&apos;: %1</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.image&apos; (%1) is not one of the case&apos;s radiographs</source>
        <translation>caso: el miembro &apos;cxr.image&apos; (%1) no es una de las radiografías del caso</translation>
    </message>
    <message>
        <source>the benchmark&apos;s DICOM file could not be written: %1</source>
        <translation>no se pudo escribir el archivo DICOM de la prueba de rendimiento: %1</translation>
    </message>
    <message>
        <source>no temporary folder for the benchmark: %1</source>
        <translation>no hay carpeta temporal para la prueba de rendimiento: %1</translation>
    </message>
    <message>
        <source>writing a %1 x %1 16-bit CR</source>
        <translation>escribiendo una CR de 16 bits de %1 x %1</translation>
    </message>
    <message>
        <source>decoding and first display</source>
        <translation>decodificación y primera visualización</translation>
    </message>
    <message>
        <source>the benchmark image could not be displayed</source>
        <translation>no se pudo mostrar la imagen de la prueba de rendimiento</translation>
    </message>
    <message>
        <source>window/level redraws</source>
        <translation>redibujados de ventana/nivel</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>the file says its pixels carry burned-in text (BurnedInAnnotation YES): names or dates may still be visible in the de-identified image</source>
        <translation>el archivo indica que sus píxeles contienen texto incrustado (BurnedInAnnotation YES): puede que aún se vean nombres o fechas en la imagen desidentificada</translation>
    </message>
    <message>
        <source>the file does not say whether its pixels carry burned-in text (no BurnedInAnnotation): check the de-identified image for visible names or dates</source>
        <translation>el archivo no indica si sus píxeles contienen texto incrustado (falta BurnedInAnnotation): compruebe si se ven nombres o fechas en la imagen desidentificada</translation>
    </message>
    <message>
        <source>is a folder, not a DICOM file</source>
        <translation>es una carpeta, no un archivo DICOM</translation>
    </message>
    <message>
        <source>is not a DICOM file; nothing was exported</source>
        <translation>no es un archivo DICOM; no se exportó nada</translation>
    </message>
    <message>
        <source>cannot read the DICOM file, nothing was exported</source>
        <translation>no se puede leer el archivo DICOM, no se exportó nada</translation>
    </message>
    <message>
        <source>de-identification was cancelled; nothing was written</source>
        <translation>se canceló la desidentificación; no se escribió nada</translation>
    </message>
    <message>
        <source>does not exist; nothing was exported</source>
        <translation>no existe; no se exportó nada</translation>
    </message>
    <message>
        <source>has the same SOP Instance UID as %1 but other content; its copy was given a SOP Instance UID of its own</source>
        <translation>tiene el mismo SOP Instance UID que %1 pero otro contenido; su copia recibió un SOP Instance UID propio</translation>
    </message>
    <message>
        <source>already exists; de-identified files are never overwritten; nothing was exported</source>
        <translation>ya existe; los archivos desidentificados nunca se sobrescriben; no se exportó nada</translation>
    </message>
    <message>
        <source>cannot write the de-identified file (%1)</source>
        <translation>no se puede escribir el archivo desidentificado (%1)</translation>
    </message>
    <message>
        <source>the data could not be flushed to disk</source>
        <translation>no se pudieron volcar los datos al disco</translation>
    </message>
    <message>
        <source>already exists; de-identified files are never overwritten</source>
        <translation>ya existe; los archivos desidentificados nunca se sobrescriben</translation>
    </message>
    <message>
        <source>no DICOM file to de-identify was given</source>
        <translation>no se indicó ningún archivo DICOM que desidentificar</translation>
    </message>
    <message>
        <source>no output folder given (the path is empty)</source>
        <translation>no se indicó ninguna carpeta de salida (la ruta está vacía)</translation>
    </message>
    <message>
        <source>is a file, not a folder; nothing was exported</source>
        <translation>es un archivo, no una carpeta; no se exportó nada</translation>
    </message>
    <message>
        <source>cannot create the output folder; nothing was exported</source>
        <translation>no se puede crear la carpeta de salida; no se exportó nada</translation>
    </message>
    <message>
        <source>de-identification was cancelled</source>
        <translation>se canceló la desidentificación</translation>
    </message>
    <message>
        <source>there is not enough memory to decode the image</source>
        <translation>no hay memoria suficiente para decodificar la imagen</translation>
    </message>
    <message>
        <source>unexpected failure while reading DICOM: %1</source>
        <translation>fallo inesperado al leer DICOM: %1</translation>
    </message>
    <message>
        <source>unexpected failure while reading DICOM</source>
        <translation>fallo inesperado al leer DICOM</translation>
    </message>
    <message>
        <source>C %1, W %2</source>
        <translation>N %1, A %2</translation>
    </message>
    <message>
        <source>Min/max (%1)</source>
        <translation>Mín./máx. (%1)</translation>
    </message>
    <message>
        <source>Preset %1 (%2)</source>
        <translation>Preajuste %1 (%2)</translation>
    </message>
    <message>
        <source>Preset %1: %2 (%3)</source>
        <translation>Preajuste %1: %2 (%3)</translation>
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
        <translation>Personalizada (%1)</translation>
    </message>
    <message>
        <source>Colour image (no window)</source>
        <translation>Imagen en color (sin ventana)</translation>
    </message>
    <message>
        <source>image is %1×%2 px: its pixels would need %3, more than the %4 limit</source>
        <translation>la imagen es de %1×%2 px: sus píxeles necesitarían %3, más que el límite de %4</translation>
    </message>
    <message>
        <source>neither DICOM nor a readable image (PNG, JPEG, TIFF, BMP, PGM) - cannot open it as a radiograph</source>
        <translation>no es DICOM ni una imagen legible (PNG, JPEG, TIFF, BMP, PGM) - no se puede abrir como radiografía</translation>
    </message>
    <message>
        <source>image file is truncated or corrupt (%1)</source>
        <translation>el archivo de imagen está truncado o corrupto (%1)</translation>
    </message>
    <message>
        <source>cannot decode the image (the file is damaged or its %1 variant is not supported)</source>
        <translation>no se puede decodificar la imagen (el archivo está dañado o no se admite su variante %1)</translation>
    </message>
    <message>
        <source>the image header does not state its size</source>
        <translation>la cabecera de la imagen no indica su tamaño</translation>
    </message>
    <message>
        <source>the DICOMDIR refers to %1, which is missing</source>
        <translation>el DICOMDIR hace referencia a %1, que falta</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>no file or folder to scan was given</source>
        <translation>no se indicó ningún archivo ni carpeta que explorar</translation>
    </message>
    <message>
        <source>scanning was cancelled</source>
        <translation>se canceló la exploración</translation>
    </message>
    <message numerus="yes">
        <source>no radiograph found (%n file(s) skipped: %1)</source>
        <translation>
            <numerusform>no se encontró ninguna radiografía (%n archivo omitido: %1)</numerusform>
            <numerusform>no se encontró ninguna radiografía (%n archivos omitidos: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>no files</source>
        <translation>ningún archivo</translation>
    </message>
    <message>
        <source>%1: the file is truncated (it ends before the data it announces)</source>
        <translation>%1: el archivo está truncado (termina antes de los datos que anuncia)</translation>
    </message>
    <message>
        <source>the file is not valid DICOM</source>
        <translation>el archivo no es DICOM válido</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>a key object selection document</source>
        <translation>un documento de selección de objetos clave</translation>
    </message>
    <message>
        <source>a structured report</source>
        <translation>un informe estructurado</translation>
    </message>
    <message>
        <source>a presentation state</source>
        <translation>un estado de presentación</translation>
    </message>
    <message>
        <source>an encapsulated document (PDF, CDA, ...)</source>
        <translation>un documento encapsulado (PDF, CDA, ...)</translation>
    </message>
    <message>
        <source>a waveform</source>
        <translation>una forma de onda</translation>
    </message>
    <message>
        <source>raw data</source>
        <translation>datos sin procesar</translation>
    </message>
    <message>
        <source>a spatial registration</source>
        <translation>un registro espacial</translation>
    </message>
    <message>
        <source>a set of spatial fiducials</source>
        <translation>un conjunto de marcadores fiduciales espaciales</translation>
    </message>
    <message>
        <source>a deformable spatial registration</source>
        <translation>un registro espacial deformable</translation>
    </message>
    <message>
        <source>a surface segmentation</source>
        <translation>una segmentación de superficie</translation>
    </message>
    <message>
        <source>a real world value map</source>
        <translation>un mapa de valores del mundo real</translation>
    </message>
    <message>
        <source>a surface scan</source>
        <translation>un escaneado de superficie</translation>
    </message>
    <message>
        <source>a radiotherapy structure set</source>
        <translation>un conjunto de estructuras de radioterapia</translation>
    </message>
    <message>
        <source>a radiotherapy treatment record</source>
        <translation>un registro de tratamiento de radioterapia</translation>
    </message>
    <message>
        <source>a radiotherapy plan</source>
        <translation>un plan de radioterapia</translation>
    </message>
    <message>
        <source>a radiotherapy treatment summary</source>
        <translation>un resumen de tratamiento de radioterapia</translation>
    </message>
    <message>
        <source>a radiotherapy object</source>
        <translation>un objeto de radioterapia</translation>
    </message>
    <message>
        <source>a hanging protocol</source>
        <translation>un protocolo de presentación (hanging protocol)</translation>
    </message>
    <message>
        <source>a colour palette</source>
        <translation>una paleta de colores</translation>
    </message>
    <message>
        <source>a DICOMDIR (media directory)</source>
        <translation>un DICOMDIR (directorio del soporte)</translation>
    </message>
    <message>
        <source>more than 8 EiB</source>
        <translation>más de 8 EiB</translation>
    </message>
    <message>
        <source>the character set %1 cannot be converted; names are shown as Latin-1</source>
        <translation>el juego de caracteres %1 no se puede convertir; los nombres se muestran como Latin-1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>no es un archivo</translation>
    </message>
    <message>
        <source>the file is empty, not a DICOM file</source>
        <translation>el archivo está vacío, no es un archivo DICOM</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 limit for DICOM files</source>
        <translation>el archivo ocupa %1, más que el límite de %2 para archivos DICOM</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>is %1 (%2), not an image</source>
        <translation>es %1 (%2), no una imagen</translation>
    </message>
    <message>
        <source>the image has no Rows or Columns attribute</source>
        <translation>la imagen no tiene atributo Rows ni Columns</translation>
    </message>
    <message>
        <source>the image has no Bits Allocated attribute</source>
        <translation>la imagen no tiene atributo Bits Allocated</translation>
    </message>
    <message>
        <source>Bits Stored is missing; taken as Bits Allocated (%1)</source>
        <translation>falta Bits Stored; se toma igual a Bits Allocated (%1)</translation>
    </message>
    <message>
        <source>Photometric Interpretation is missing; taken as %1</source>
        <translation>falta Photometric Interpretation; se toma como %1</translation>
    </message>
    <message>
        <source>absurd image header: %1</source>
        <translation>cabecera de imagen absurda: %1</translation>
    </message>
    <message>
        <source>%1 rows x %2 columns</source>
        <translation>%1 filas x %2 columnas</translation>
    </message>
    <message>
        <source>Number of Frames is %1</source>
        <translation>Number of Frames es %1</translation>
    </message>
    <message>
        <source>Bits Allocated is %1 (1, 8, 16 or 32 expected)</source>
        <translation>Bits Allocated es %1 (se esperaba 1, 8, 16 o 32)</translation>
    </message>
    <message>
        <source>Bits Stored is %1 with Bits Allocated %2</source>
        <translation>Bits Stored es %1 con Bits Allocated %2</translation>
    </message>
    <message>
        <source>High Bit is %1 with Bits Stored %2 and Bits Allocated %3</source>
        <translation>High Bit es %1 con Bits Stored %2 y Bits Allocated %3</translation>
    </message>
    <message>
        <source>%1 samples per pixel (1 or 3 expected)</source>
        <translation>%1 muestras por píxel (se esperaba 1 o 3)</translation>
    </message>
    <message>
        <source>unsigned 32-bit pixel values are not supported</source>
        <translation>no se admiten valores de píxel de 32 bits sin signo</translation>
    </message>
    <message>
        <source>photometric interpretation %1 is not supported</source>
        <translation>no se admite la interpretación fotométrica %1</translation>
    </message>
    <message>
        <source>%1 with %2 samples per pixel</source>
        <translation>%1 con %2 muestras por píxel</translation>
    </message>
    <message>
        <source>%1 with 1 bit per sample</source>
        <translation>%1 con 1 bit por muestra</translation>
    </message>
    <message>
        <source>absurd dimensions: %1 x %2 x %3 frames would need %4 of memory, more than the %5 limit</source>
        <translation>dimensiones absurdas: %1 x %2 x %3 fotogramas necesitarían %4 de memoria, más que el límite de %5</translation>
    </message>
    <message>
        <source>floating-point pixel data is not supported</source>
        <translation>no se admiten datos de píxel en coma flotante</translation>
    </message>
    <message>
        <source>the file has no pixel data</source>
        <translation>el archivo no tiene datos de píxel</translation>
    </message>
    <message>
        <source>the pixel data is truncated: %1 bytes where %2 x %3 x %4 frames need %5</source>
        <translation>los datos de píxel están truncados: %1 bytes cuando %2 x %3 x %4 fotogramas necesitan %5</translation>
    </message>
    <message>
        <source>transfer syntax %1 (%2) is not supported</source>
        <translation>no se admite la sintaxis de transferencia %1 (%2)</translation>
    </message>
    <message>
        <source>the Modality LUT Sequence is inconsistent and was ignored</source>
        <translation>la Modality LUT Sequence es incoherente y se ha ignorado</translation>
    </message>
    <message>
        <source>window %1 (centre %2, width %3) is invalid and was ignored</source>
        <translation>la ventana %1 (centro %2, anchura %3) no es válida y se ha ignorado</translation>
    </message>
    <message>
        <source>VOI LUT %1 is inconsistent and was ignored</source>
        <translation>la VOI LUT %1 es incoherente y se ha ignorado</translation>
    </message>
    <message>
        <source>DCMTK&apos;s data dictionary is not installed (dicom.dic)</source>
        <translation>el diccionario de datos de DCMTK no está instalado (dicom.dic)</translation>
    </message>
    <message>
        <source>is not a DICOM file (no DICM marker, no DICOM attributes at its start)</source>
        <translation>no es un archivo DICOM (no tiene marcador DICM ni atributos DICOM al principio)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <source>cannot be read as DICOM</source>
        <translation>no se puede leer como DICOM</translation>
    </message>
    <message numerus="yes">
        <source>%n stray byte(s) before the first attribute were skipped</source>
        <translation>
            <numerusform>se omitió %n byte sobrante antes del primer atributo</numerusform>
            <numerusform>se omitieron %n bytes sobrantes antes del primer atributo</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the DICOMDIR</source>
        <translation>no se puede leer el DICOMDIR</translation>
    </message>
    <message>
        <source>is not a DICOMDIR (it has no directory records)</source>
        <translation>no es un DICOMDIR (no tiene registros de directorio)</translation>
    </message>
    <message>
        <source>the DICOMDIR refers to no files</source>
        <translation>el DICOMDIR no hace referencia a ningún archivo</translation>
    </message>
    <message>
        <source>is a structured report, not an image</source>
        <translation>es un informe estructurado, no una imagen</translation>
    </message>
    <message>
        <source>is a presentation state, not an image</source>
        <translation>es un estado de presentación, no una imagen</translation>
    </message>
    <message>
        <source>is a DICOMDIR (an index of files), not an image</source>
        <translation>es un DICOMDIR (un índice de archivos), no una imagen</translation>
    </message>
    <message>
        <source>is not an image (a %1 object without pixel data)</source>
        <translation>no es una imagen (un objeto %1 sin datos de píxel)</translation>
    </message>
    <message>
        <source>is not an image (no pixel data)</source>
        <translation>no es una imagen (no tiene datos de píxel)</translation>
    </message>
    <message>
        <source>has pixel data but no image size (Rows or Columns missing)</source>
        <translation>tiene datos de píxel pero no tamaño de imagen (faltan Rows o Columns)</translation>
    </message>
    <message>
        <source>frame %1 cannot be decoded (%2)</source>
        <translation>el fotograma %1 no se puede decodificar (%2)</translation>
    </message>
    <message>
        <source>the pixel data is not encapsulated as transfer syntax %1 requires</source>
        <translation>los datos de píxel no están encapsulados como exige la sintaxis de transferencia %1</translation>
    </message>
    <message>
        <source>pixel data fragment %1 cannot be read</source>
        <translation>no se puede leer el fragmento de datos de píxel %1</translation>
    </message>
    <message>
        <source>the pixel data holds %1 JPEG 2000 frames, the header says %2</source>
        <translation>los datos de píxel contienen %1 fotogramas JPEG 2000; la cabecera indica %2</translation>
    </message>
    <message>
        <source>frame %1: %2</source>
        <translation>fotograma %1: %2</translation>
    </message>
    <message>
        <source>segmented palette colour lookup tables are not supported</source>
        <translation>no se admiten las tablas de consulta de color de paleta segmentadas</translation>
    </message>
    <message>
        <source>the palette colour lookup tables are missing or inconsistent</source>
        <translation>las tablas de consulta de color de paleta faltan o son incoherentes</translation>
    </message>
    <message>
        <source>Decoding frame %1 of %2</source>
        <translation>Decodificando el fotograma %1 de %2</translation>
    </message>
    <message>
        <source>decoding was cancelled</source>
        <translation>se canceló la decodificación</translation>
    </message>
    <message numerus="yes">
        <source>Decoded %n frame(s)</source>
        <translation>
            <numerusform>%n fotograma decodificado</numerusform>
            <numerusform>%n fotogramas decodificados</numerusform>
        </translation>
    </message>
    <message>
        <source>the JPEG 2000 frame has %1 components, the header says %2</source>
        <translation>el fotograma JPEG 2000 tiene %1 componentes; la cabecera indica %2</translation>
    </message>
    <message>
        <source>the JPEG 2000 frame is %1 x %2 (component %3), the header says %4 x %5</source>
        <translation>el fotograma JPEG 2000 es de %1 x %2 (componente %3); la cabecera indica %4 x %5</translation>
    </message>
    <message>
        <source>the frame is not a JPEG 2000 codestream</source>
        <translation>el fotograma no es un flujo de código JPEG 2000</translation>
    </message>
    <message>
        <source>OpenJPEG could not create a decoder</source>
        <translation>OpenJPEG no pudo crear un decodificador</translation>
    </message>
    <message>
        <source>OpenJPEG refused its decoder settings</source>
        <translation>OpenJPEG rechazó la configuración de su decodificador</translation>
    </message>
    <message>
        <source>OpenJPEG could not create a stream</source>
        <translation>OpenJPEG no pudo crear un flujo</translation>
    </message>
    <message>
        <source>the JPEG 2000 header cannot be read</source>
        <translation>no se puede leer la cabecera JPEG 2000</translation>
    </message>
    <message>
        <source>the JPEG 2000 frame is %1 x %2, the header says %3 x %4</source>
        <translation>el fotograma JPEG 2000 es de %1 x %2; la cabecera indica %3 x %4</translation>
    </message>
    <message>
        <source>the JPEG 2000 frame cannot be decoded</source>
        <translation>no se puede decodificar el fotograma JPEG 2000</translation>
    </message>
    <message>
        <source>the rescale (slope %1, intercept %2) is invalid and was ignored</source>
        <translation>el reescalado (pendiente %1, intersección %2) no es válido y se ha ignorado</translation>
    </message>
    <message>
        <source>no chest X-ray pack is installed: build one with `descry-cli train cxr ...` or `descry-cli pack build --task cxr ...`, see README &quot;Chest X-ray packs&quot;</source>
        <translation>no hay ningún paquete de radiografía de tórax instalado: cree uno con `descry-cli train cxr ...` o `descry-cli pack build --task cxr ...`, consulte el README &quot;Chest X-ray packs&quot;</translation>
    </message>
    <message>
        <source>Chest X-ray review: %1 (frame %2)
</source>
        <translation>Revisión de radiografía de tórax: %1 (fotograma %2)
</translation>
    </message>
    <message>
        <source>Pack: %1 %2 (SHA-256 %3); encoder %4
</source>
        <translation>Paquete: %1 %2 (SHA-256 %3); codificador %4
</translation>
    </message>
    <message>
        <source>Catalog: %1 %2 (SHA-256 %3)
</source>
        <translation>Catálogo: %1 %2 (SHA-256 %3)
</translation>
    </message>
    <message>
        <source>What the encoder saw: %1

</source>
        <translation>Lo que vio el codificador: %1

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
        <translation>Decisión: %1
</translation>
    </message>
    <message>
        <source>Calibration: threshold %1, %2; calibrated on %3 (%4, %5)
</source>
        <translation>Calibración: umbral %1, %2; calibrado con %3 (%4, %5)
</translation>
    </message>
    <message>
        <source>indeterminate band [%1, %2]</source>
        <translation>banda de indeterminación [%1, %2]</translation>
    </message>
    <message>
        <source>no indeterminate band</source>
        <translation>sin banda de indeterminación</translation>
    </message>
    <message>
        <source>
Descriptors present: %1
</source>
        <translation>
Descriptores presentes: %1
</translation>
    </message>
    <message>
        <source>
Concept scores by group (share of the margin; + toward effusion):
</source>
        <translation>
Puntuaciones de conceptos por grupo (proporción del margen; + hacia derrame):
</translation>
    </message>
    <message>
        <source>  [present]</source>
        <translation>  [presente]</translation>
    </message>
    <message>
        <source>
Decomposition of the margin:
</source>
        <translation>
Descomposición del margen:
</translation>
    </message>
    <message>
        <source>  sum of descriptor contributions  %1
</source>
        <translation>  suma de contribuciones de descriptores  %1
</translation>
    </message>
    <message>
        <source>  + bias term b1 - b0              %1
</source>
        <translation>  + término de sesgo b1 - b0              %1
</translation>
    </message>
    <message>
        <source>  = margin l1 - l0                 %1  (logits %2, %3)
</source>
        <translation>  = margen l1 - l0                        %1  (logits %2, %3)
</translation>
    </message>
    <message>
        <source>  head&apos;s own forward pass          %1
</source>
        <translation>  pase hacia delante propio del cabezal   %1
</translation>
    </message>
    <message>
        <source>  residual                         %1
</source>
        <translation>  residuo                                 %1
</translation>
    </message>
    <message>
        <source>Time: %1 ms (pack load %2 ms, display %3 ms, encoder %4 ms, head %5 ms)
</source>
        <translation>Tiempo: %1 ms (carga del paquete %2 ms, visualización %3 ms, codificador %4 ms, cabezal %5 ms)
</translation>
    </message>
    <message>
        <source>Report: %1
</source>
        <translation>Informe: %1
</translation>
    </message>
    <message>
        <source>review a chest radiograph for pleural effusion with an installed chest X-ray pack, explained by radiologist descriptors</source>
        <translation>revisar una radiografía de tórax en busca de derrame pleural con un paquete de radiografía de tórax instalado, explicada mediante descriptores radiológicos</translation>
    </message>
    <message>
        <source>chest X-ray pack: a folder, its manifest.json or an installed pack name (default: the first installed chest X-ray pack)</source>
        <translation>paquete de radiografía de tórax: una carpeta, su manifest.json o el nombre de un paquete instalado (por defecto: el primer paquete de radiografía de tórax instalado)</translation>
    </message>
    <message>
        <source>also write a PDF report for the chart (never over the input)</source>
        <translation>escribir también un informe PDF para la historia clínica (nunca sobre la entrada)</translation>
    </message>
    <message>
        <source>frame to review, numbered from 1</source>
        <translation>fotograma que se revisará, numerado desde 1</translation>
    </message>
    <message>
        <source>display window in modality units (overrides --preset and the file&apos;s default); the encoder sees the image as displayed</source>
        <translation>ventana de visualización en unidades de modalidad (prevalece sobre --preset y la ventana predeterminada del archivo); el codificador ve la imagen tal como se visualiza</translation>
    </message>
    <message>
        <source>give either &quot;text&quot; (a string) or &quot;sentences&quot; (a list of strings), not both or neither</source>
        <translation>indique &quot;text&quot; (una cadena) o &quot;sentences&quot; (una lista de cadenas), no ambos ni ninguno</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;sentences&quot; must be a list of strings</source>
        <translation>&quot;sentences&quot; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at column %2)</source>
        <translation>JSON no válido (%1 en la columna %2)</translation>
    </message>
    <message>
        <source>expected one JSON object {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;}</source>
        <translation>se esperaba un objeto JSON {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string or a whole number</source>
        <translation>&quot;id&quot; debe ser una cadena o un número entero</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; was already given on line %2</source>
        <translation>el id &apos;%1&apos; ya se indicó en la línea %2</translation>
    </message>
    <message>
        <source>no entries (expected one JSON object per line)</source>
        <translation>no hay entradas (se esperaba un objeto JSON por línea)</translation>
    </message>
    <message>
        <source>id &apos;%1&apos; is not in %2</source>
        <translation>el id &apos;%1&apos; no está en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) matched by id
</source>
        <translation>
            <numerusform>%n par emparejado por id
</numerusform>
            <numerusform>%n pares emparejados por id
</numerusform>
        </translation>
    </message>
    <message>
        <source>ROUGE-L F (mean over pairs): %1
</source>
        <translation>ROUGE-L F (media sobre los pares): %1
</translation>
    </message>
    <message>
        <source>METEOR (mean over pairs):    %1
</source>
        <translation>METEOR (media sobre los pares):    %1
</translation>
    </message>
    <message>
        <source>score explanation sentences against reference sentences: corpus ROUGE-L and METEOR</source>
        <translation>puntuar frases de explicación frente a frases de referencia: ROUGE-L y METEOR de corpus</translation>
    </message>
    <message>
        <source>one JSON object per line: {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;} or {&quot;id&quot;: ..., &quot;sentences&quot;: [...]}</source>
        <translation>un objeto JSON por línea: {&quot;id&quot;: ..., &quot;text&quot;: &quot;...&quot;} o {&quot;id&quot;: ..., &quot;sentences&quot;: [...]}</translation>
    </message>
    <message>
        <source>the reference sentences, the same ids, same format</source>
        <translation>las frases de referencia, con los mismos ids y el mismo formato</translation>
    </message>
    <message>
        <source>a CXR descriptor catalog with extraction rules (default: the built-in cxr-pleural-effusion catalog)</source>
        <translation>un catálogo de descriptores de radiografía de tórax con reglas de extracción (por defecto: el catálogo integrado cxr-pleural-effusion)</translation>
    </message>
    <message>
        <source>not mentioned</source>
        <translation>no mencionado</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>incierto</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>side %1</source>
        <translation>lado %1</translation>
    </message>
    <message>
        <source>size %1</source>
        <translation>tamaño %1</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>present (%1)</source>
        <translation>presente (%1)</translation>
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
        <translation>  evidencia: &quot;%1&quot; [%2, %3)
</translation>
    </message>
    <message>
        <source>descriptors: %1
</source>
        <translation>descriptores: %1
</translation>
    </message>
    <message>
        <source>  %1 (%2): %3%4
    evidence: &quot;%5&quot; [%6, %7)
</source>
        <translation>  %1 (%2): %3%4
    evidencia: &quot;%5&quot; [%6, %7)
</translation>
    </message>
    <message>
        <source>, historical</source>
        <translation>, antecedente</translation>
    </message>
    <message>
        <source>  %1: MeSH %2, extracted %3
    &quot;%4&quot;
</source>
        <translation>  %1: MeSH %2, extraído %3
    &quot;%4&quot;
</translation>
    </message>
    <message>
        <source>(no mention of the finding)</source>
        <translation>(el hallazgo no se menciona)</translation>
    </message>
    <message>
        <source>Indiana reports: n = %1 (MeSH &apos;Pleural Effusion&apos; as truth; text = FINDINGS + IMPRESSION)
</source>
        <translation>Informes de Indiana: n = %1 (MeSH &apos;Pleural Effusion&apos; como referencia verdadera; texto = FINDINGS + IMPRESSION)
</translation>
    </message>
    <message>
        <source>confusion matrix (rows MeSH, columns extraction &apos;present&apos;):
</source>
        <translation>matriz de confusión (filas MeSH, columnas extracción &apos;present&apos;):
</translation>
    </message>
    <message>
        <source>  MeSH present: %1 extracted present, %2 not
</source>
        <translation>  MeSH presente: %1 extraídos como presentes, %2 no
</translation>
    </message>
    <message>
        <source>  MeSH absent:  %1 extracted present, %2 not
</source>
        <translation>  MeSH ausente:  %1 extraídos como presentes, %2 no
</translation>
    </message>
    <message>
        <source>precision %1, recall %2, F1 %3
</source>
        <translation>precisión %1, sensibilidad %2, F1 %3
</translation>
    </message>
    <message>
        <source>side accuracy %1/%2, size accuracy %3/%4 (true positives whose MeSH carries them)
</source>
        <translation>exactitud del lado %1/%2, exactitud del tamaño %3/%4 (verdaderos positivos cuyo MeSH los indica)
</translation>
    </message>
    <message>
        <source>most instructive errors:
</source>
        <translation>errores más instructivos:
</translation>
    </message>
    <message>
        <source>has no column &apos;clinical_notes&apos;</source>
        <translation>no tiene la columna &apos;clinical_notes&apos;</translation>
    </message>
    <message>
        <source>%1: %2 notes; effusion present %3, absent %4, uncertain %5, not mentioned %6
</source>
        <translation>%1: %2 notas; derrame presente %3, ausente %4, incierto %5, no mencionado %6
</translation>
    </message>
    <message>
        <source>give --indiana PATH and/or --covid CSV</source>
        <translation>indique --indiana PATH y/o --covid CSV</translation>
    </message>
    <message>
        <source>read a radiology report: the pleural effusion finding (present, side, size) and every catalog descriptor it mentions, with evidence</source>
        <translation>leer un informe radiológico: el hallazgo de derrame pleural (presencia, lado, tamaño) y cada descriptor del catálogo que menciona, con su evidencia</translation>
    </message>
    <message>
        <source>a plain-text report (UTF-8 or Latin-1, at most 1 MiB) or an Indiana/OpenI XML report</source>
        <translation>un informe en texto plano (UTF-8 o Latin-1, 1 MiB como máximo) o un informe XML de Indiana/OpenI</translation>
    </message>
    <message>
        <source>evaluate report-descriptor extraction against labelled reports (Indiana MeSH terms)</source>
        <translation>evaluar la extracción de descriptores de informes frente a informes etiquetados (términos MeSH de Indiana)</translation>
    </message>
    <message>
        <source>the Indiana reports: NLMCXR_reports.tgz or a folder of their XML files</source>
        <translation>los informes de Indiana: NLMCXR_reports.tgz o una carpeta con sus archivos XML</translation>
    </message>
    <message>
        <source>a CSV with a clinical_notes column: extraction on every note</source>
        <translation>un CSV con una columna clinical_notes: extracción en cada nota</translation>
    </message>
    <message>
        <source>how many instructive errors to list</source>
        <translation>cuántos errores instructivos se enumeran</translation>
    </message>
    <message>
        <source>, indeterminate band %1</source>
        <translation>, banda de indeterminación %1</translation>
    </message>
    <message>
        <source>--threshold %1: a chest X-ray pack decides at a probability strictly between 0 and 1</source>
        <translation>--threshold %1: un paquete de radiografía de tórax decide con una probabilidad estrictamente entre 0 y 1</translation>
    </message>
    <message>
        <source>--copy-encoder and --baseline-threshold apply to face packs; a chest X-ray pack references its checkpoint by path and SHA-256</source>
        <translation>--copy-encoder y --baseline-threshold se aplican a los paquetes faciales; un paquete de radiografía de tórax hace referencia a su checkpoint por ruta y SHA-256</translation>
    </message>
    <message>
        <source>%1: chest X-ray pack written and verified (%2 descriptor concepts, threshold %3; checkpoint SHA-256 %4)
</source>
        <translation>%1: paquete de radiografía de tórax escrito y verificado (%2 conceptos de descriptores, umbral %3; SHA-256 del checkpoint %4)
</translation>
    </message>
    <message>
        <source>build a face or chest X-ray pack from a CLIP checkpoint, a descriptor catalog and a trained head: every descriptor prompt encoded once, the checkpoint referenced by path and SHA-256 or copied</source>
        <translation>crear un paquete facial o de radiografía de tórax a partir de un checkpoint CLIP, un catálogo de descriptores y un cabezal entrenado: cada prompt de descriptor se codifica una vez y el checkpoint se referencia por ruta y SHA-256 o se copia</translation>
    </message>
    <message>
        <source>descriptor catalog (default: the built-in FISWG face catalog; with --task cxr the built-in chest X-ray catalog)</source>
        <translation>catálogo de descriptores (por defecto: el catálogo facial FISWG integrado; con --task cxr, el catálogo integrado de radiografía de tórax)</translation>
    </message>
    <message>
        <source>trained head: F.*, W [, b, alpha] and morph.mean/morph.std, with threshold, baseline_threshold, alpha and tau in its metadata; or the head.safetensors of a pack `train face --encoder openclip` wrote, whose manifest and descriptors.safetensors give them (options override both); with --task cxr: F.*, W [N x 2], b, with threshold, alpha and tau in its metadata, or a CXR pack&apos;s head.safetensors</source>
        <translation>cabezal entrenado: F.*, W [, b, alpha] y morph.mean/morph.std, con threshold, baseline_threshold, alpha y tau en sus metadatos; o el head.safetensors de un paquete escrito por `train face --encoder openclip`, cuyo manifiesto y descriptors.safetensors los proporcionan (las opciones prevalecen sobre ambos); con --task cxr: F.*, W [N x 2], b, con threshold, alpha y tau en sus metadatos, o el head.safetensors de un paquete de radiografía de tórax</translation>
    </message>
    <message>
        <source>match threshold of the explainable score; with --task cxr the P(effusion) decision threshold in (0, 1) (default: the head&apos;s metadata)</source>
        <translation>umbral de coincidencia de la puntuación explicable; con --task cxr, el umbral de decisión de P(effusion) en (0, 1) (por defecto: los metadatos del cabezal)</translation>
    </message>
    <message>
        <source>--%1 needs three numbers r,g,b (e.g. 0.5,0.5,0.5)</source>
        <translation>--%1 requiere tres números r,g,b (p. ej. 0.5,0.5,0.5)</translation>
    </message>
    <message>
        <source>--encoder torchscript needs --%1</source>
        <translation>--encoder torchscript requiere --%1</translation>
    </message>
    <message>
        <source>--clip and --activation need --encoder openclip</source>
        <translation>--clip y --activation requieren --encoder openclip</translation>
    </message>
    <message>
        <source>--std values must be positive</source>
        <translation>los valores de --std deben ser positivos</translation>
    </message>
    <message>
        <source>TorchScript module not found</source>
        <translation>no se encontró el módulo TorchScript</translation>
    </message>
    <message>
        <source>--%1 needs --encoder torchscript</source>
        <translation>--%1 requiere --encoder torchscript</translation>
    </message>
    <message>
        <source>--test-fraction and --validation-fraction must leave patients to train on</source>
        <translation>--test-fraction y --validation-fraction deben dejar pacientes para el entrenamiento</translation>
    </message>
    <message>
        <source>indeterminate %1–%2</source>
        <translation>indeterminado %1–%2</translation>
    </message>
    <message>
        <source>images: %1 train (%2 patients), %3 validation (%4), %5 test (%6); features %7 cached, %8 computed
threshold %9, %10
</source>
        <translation>imágenes: %1 de entrenamiento (%2 pacientes), %3 de validación (%4), %5 de prueba (%6); características: %7 de la caché, %8 calculadas
umbral %9, %10
</translation>
    </message>
    <message>
        <source>test: accuracy %1, precision %2, recall %3, F1 %4, ROC AUC %5; explanations ROUGE-L %6, METEOR %7
pack written to %8
</source>
        <translation>prueba: exactitud %1, precisión %2, sensibilidad %3, F1 %4, AUC ROC %5; explicaciones ROUGE-L %6, METEOR %7
paquete escrito en %8
</translation>
    </message>
    <message>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>train, calibrate and evaluate an explainable chest X-ray pack on radiographs with their reports</source>
        <translation>entrenar, calibrar y evaluar un paquete explicable de radiografía de tórax con radiografías y sus informes</translation>
    </message>
    <message>
        <source>radiographs: a folder (patient = file name up to the first &apos;_&apos;) or a CSV with columns image[,patient]</source>
        <translation>radiografías: una carpeta (paciente = nombre de archivo hasta el primer &apos;_&apos;) o un CSV con las columnas image[,patient]</translation>
    </message>
    <message>
        <source>reports: a folder of &lt;image stem&gt;.txt, or a CSV with columns image and report (or report_path)</source>
        <translation>informes: una carpeta de &lt;image stem&gt;.txt, o un CSV con las columnas image y report (o report_path)</translation>
    </message>
    <message>
        <source>frozen image encoder: a TorchScript module, or the image tower of a CLIP checkpoint (descriptor embeddings from its text tower)</source>
        <translation>codificador de imágenes congelado: un módulo TorchScript o la torre de imagen de un checkpoint CLIP (embeddings de descriptores de su torre de texto)</translation>
    </message>
    <message>
        <source>TorchScript image encoder (with --encoder torchscript)</source>
        <translation>codificador de imágenes TorchScript (con --encoder torchscript)</translation>
    </message>
    <message>
        <source>the module&apos;s square input size in pixels</source>
        <translation>tamaño de entrada cuadrado del módulo, en píxeles</translation>
    </message>
    <message>
        <source>input normalisation mean, on pixel values scaled to 0..1</source>
        <translation>media de normalización de la entrada, sobre valores de píxel escalados a 0..1</translation>
    </message>
    <message>
        <source>input normalisation std</source>
        <translation>desviación típica (std) de normalización de la entrada</translation>
    </message>
    <message>
        <source>descriptor embeddings: tensor &quot;T&quot;, one row per catalog descriptor in catalog order, as wide as the module&apos;s output</source>
        <translation>embeddings de descriptores: tensor &quot;T&quot;, una fila por descriptor del catálogo en el orden del catálogo, tan ancho como la salida del módulo</translation>
    </message>
    <message>
        <source>CLIP checkpoint (with --encoder openclip)</source>
        <translation>checkpoint CLIP (con --encoder openclip)</translation>
    </message>
    <message>
        <source>descriptor catalog (default: the built-in pleural-effusion catalog)</source>
        <translation>catálogo de descriptores (por defecto: el catálogo integrado de derrame pleural)</translation>
    </message>
    <message>
        <source>feature-cache folder (default: the user&apos;s cache folder)</source>
        <translation>carpeta de la caché de características (por defecto: la carpeta de caché del usuario)</translation>
    </message>
    <message>
        <source>random seed (split, training)</source>
        <translation>semilla aleatoria (partición, entrenamiento)</translation>
    </message>
    <message>
        <source>share of the patients held out for testing</source>
        <translation>proporción de pacientes reservados para la prueba</translation>
    </message>
    <message>
        <source>share of the patients used to calibrate the threshold</source>
        <translation>proporción de pacientes usados para calibrar el umbral</translation>
    </message>
    <message>
        <source>dataset name recorded in the calibration (default: the images&apos; folder name)</source>
        <translation>nombre del conjunto de datos registrado en la calibración (por defecto: el nombre de la carpeta de las imágenes)</translation>
    </message>
    <message>
        <source>the reading is locked: amend it with a reason</source>
        <translation>la lectura está bloqueada: enmiéndela indicando un motivo</translation>
    </message>
    <message>
        <source>the descriptor checklist belongs in a chest X-ray case</source>
        <translation>la lista de comprobación de descriptores solo corresponde a un caso de radiografía de tórax</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a descriptor id</source>
        <translation>&apos;%1&apos; no es un id de descriptor</translation>
    </message>
    <message>
        <source>checklist %1: %2 → %3</source>
        <translation>lista de comprobación %1: %2 → %3</translation>
    </message>
    <message>
        <source>only a chest X-ray reading is locked this way</source>
        <translation>solo una lectura de radiografía de tórax se bloquea de esta forma</translation>
    </message>
    <message>
        <source>the reading is already locked by %1</source>
        <translation>la lectura ya está bloqueada por %1</translation>
    </message>
    <message>
        <source>locking the reading needs the radiologist&apos;s name</source>
        <translation>para bloquear la lectura se necesita el nombre del radiólogo</translation>
    </message>
    <message>
        <source>nothing to lock: write reading notes or assess at least one descriptor first</source>
        <translation>nada que bloquear: escriba primero notas de lectura o evalúe al menos un descriptor</translation>
    </message>
    <message>
        <source>reading locked by %1</source>
        <translation>lectura bloqueada por %1</translation>
    </message>
    <message>
        <source>only a locked reading is amended; edit it directly</source>
        <translation>solo se enmienda una lectura bloqueada; edítela directamente</translation>
    </message>
    <message>
        <source>the amendment changes nothing</source>
        <translation>la enmienda no cambia nada</translation>
    </message>
    <message>
        <source>chest X-ray review computed with pack %1 %2 (hidden: blind review)</source>
        <translation>revisión de radiografía de tórax calculada con el paquete %1 %2 (oculta: revisión a ciegas)</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist&apos; must be an object</source>
        <translation>caso: el miembro &apos;cxr.checklist&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist&apos; lists more than %1 descriptors</source>
        <translation>caso: el miembro &apos;cxr.checklist&apos; enumera más de %1 descriptores</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist&apos;: &apos;%1&apos; is not a descriptor id</source>
        <translation>caso: miembro &apos;cxr.checklist&apos;: &apos;%1&apos; no es un id de descriptor</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.checklist.%1&apos; must be present, absent or uncertain</source>
        <translation>caso: el miembro &apos;cxr.checklist.%1&apos; debe ser present, absent o uncertain</translation>
    </message>
    <message>
        <source>case: member &apos;cxr.lock&apos; must be null or {examiner, utc}</source>
        <translation>caso: el miembro &apos;cxr.lock&apos; debe ser null o {examiner, utc}</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incierto</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>calibration.%1: missing</source>
        <translation>calibration.%1: falta</translation>
    </message>
    <message>
        <source>calibration.%1: must be a non-empty string</source>
        <translation>calibration.%1: debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>calibration.threshold: missing</source>
        <translation>calibration.threshold: falta</translation>
    </message>
    <message>
        <source>calibration.threshold: must be a probability strictly between 0 and 1</source>
        <translation>calibration.threshold: debe ser una probabilidad estrictamente entre 0 y 1</translation>
    </message>
    <message>
        <source>calibration.indeterminate: missing (give [low, high] or null)</source>
        <translation>calibration.indeterminate: falta (indique [low, high] o null)</translation>
    </message>
    <message>
        <source>calibration.indeterminate: must be [low, high] with two probabilities, or null</source>
        <translation>calibration.indeterminate: debe ser [low, high] con dos probabilidades, o null</translation>
    </message>
    <message>
        <source>calibration.indeterminate: [%1, %2] must contain the threshold %3</source>
        <translation>calibration.indeterminate: [%1, %2] debe contener el umbral %3</translation>
    </message>
    <message>
        <source>the displayed image is empty</source>
        <translation>la imagen visualizada está vacía</translation>
    </message>
    <message>
        <source>the encoder&apos;s input size %1 is not positive</source>
        <translation>el tamaño de entrada %1 del codificador no es positivo</translation>
    </message>
    <message>
        <source>the encoder input could not be made</source>
        <translation>no se pudo generar la entrada del codificador</translation>
    </message>
    <message>
        <source>as displayed</source>
        <translation>tal como se visualiza</translation>
    </message>
    <message>
        <source>display %1</source>
        <translation>visualización %1</translation>
    </message>
    <message>
        <source>%1; %2; shortest side resized to %3 px (antialiased bicubic); centre crop %3×%3</source>
        <translation>%1; %2; lado más corto redimensionado a %3 px (bicúbica con antialiasing); recorte central de %3×%3</translation>
    </message>
    <message>
        <source>grey replicated to RGB</source>
        <translation>gris replicado a RGB</translation>
    </message>
    <message>
        <source>colour as displayed</source>
        <translation>color tal como se visualiza</translation>
    </message>
    <message>
        <source>encoder.sources: a chest X-ray pack takes one image encoder (&apos;encoder.type&apos;)</source>
        <translation>encoder.sources: un paquete de radiografía de tórax admite un único codificador de imágenes (&apos;encoder.type&apos;)</translation>
    </message>
    <message>
        <source>encoder.type: &apos;%1&apos; does not encode images; a chest X-ray pack needs an image encoder</source>
        <translation>encoder.type: &apos;%1&apos; no codifica imágenes; un paquete de radiografía de tórax necesita un codificador de imágenes</translation>
    </message>
    <message>
        <source>head.m: is %1; a chest X-ray head has 2 logits (no effusion, effusion)</source>
        <translation>head.m: es %1; un cabezal de radiografía de tórax tiene 2 logits (sin derrame, derrame)</translation>
    </message>
    <message>
        <source>head.bias: must be true (a chest X-ray head has a bias per logit)</source>
        <translation>head.bias: debe ser true (un cabezal de radiografía de tórax tiene un sesgo por logit)</translation>
    </message>
    <message>
        <source>head.n_direct: is %1; a chest X-ray head has no direct scores</source>
        <translation>head.n_direct: es %1; un cabezal de radiografía de tórax no tiene puntuaciones directas</translation>
    </message>
    <message>
        <source>head.concepts: does not list the catalog&apos;s %1 descriptors in order</source>
        <translation>head.concepts: no enumera en orden los %1 descriptores del catálogo</translation>
    </message>
    <message>
        <source>calibration: missing (a chest X-ray pack decides at a calibrated threshold)</source>
        <translation>calibration: falta (un paquete de radiografía de tórax decide con un umbral calibrado)</translation>
    </message>
    <message>
        <source>task: is &apos;%1&apos;, expected %2 (a chest X-ray pack)</source>
        <translation>task: es &apos;%1&apos;, se esperaba %2 (un paquete de radiografía de tórax)</translation>
    </message>
    <message>
        <source>%1 %2, checkpoint SHA-256 %3 (%4)</source>
        <translation>%1 %2, SHA-256 del checkpoint %3 (%4)</translation>
    </message>
    <message>
        <source>%1, input %2 px, %3 values</source>
        <translation>%1, entrada de %2 px, %3 valores</translation>
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
        <translation>el codificador admite %1×%1 px, no %2×%3</translation>
    </message>
    <message>
        <source>a chest X-ray head has 2 logits, a bias, no direct scores and a fixed alpha</source>
        <translation>un cabezal de radiografía de tórax tiene 2 logits, un sesgo, ninguna puntuación directa y un alpha fijo</translation>
    </message>
    <message>
        <source>the head has %1 concepts but the catalog %2 descriptors</source>
        <translation>el cabezal tiene %1 conceptos pero el catálogo %2 descriptores</translation>
    </message>
    <message>
        <source>tensor &apos;W&apos; must be [%1, 2] (one row per descriptor of catalog %2, logits no effusion / effusion), not %3</source>
        <translation>el tensor &apos;W&apos; debe ser [%1, 2] (una fila por descriptor del catálogo %2, logits sin derrame / derrame), no %3</translation>
    </message>
    <message>
        <source>tensor &apos;b&apos; is missing (a chest X-ray head has a bias per logit)</source>
        <translation>falta el tensor &apos;b&apos; (un cabezal de radiografía de tórax tiene un sesgo por logit)</translation>
    </message>
    <message>
        <source>tensor &apos;F.0.weight&apos; must be [%1 / r, %1] for the checkpoint&apos;s embedding width %1, not %2</source>
        <translation>el tensor &apos;F.0.weight&apos; debe ser [%1 / r, %1] para la anchura de embedding %1 del checkpoint, no %2</translation>
    </message>
    <message>
        <source>alpha = %1 lies outside [0, 1]</source>
        <translation>alpha = %1 está fuera de [0, 1]</translation>
    </message>
    <message>
        <source>tau = %1 must lie in (0, %2]</source>
        <translation>tau = %1 debe estar en (0, %2]</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is not part of a chest X-ray head</source>
        <translation>el tensor &apos;%1&apos; no forma parte de un cabezal de radiografía de tórax</translation>
    </message>
    <message>
        <source>holds no Indiana XML reports (*.xml)</source>
        <translation>no contiene informes XML de Indiana (*.xml)</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>cannot create a temporary folder to unpack the reports</source>
        <translation>no se puede crear una carpeta temporal para desempaquetar los informes</translation>
    </message>
    <message>
        <source>cannot unpack the archive: the &apos;tar&apos; program is not available</source>
        <translation>no se puede desempaquetar el archivo comprimido: el programa &apos;tar&apos; no está disponible</translation>
    </message>
    <message>
        <source>cannot unpack the archive (tar: %1)</source>
        <translation>no se puede desempaquetar el archivo comprimido (tar: %1)</translation>
    </message>
    <message>
        <source>a quoted CSV field is not closed</source>
        <translation>un campo CSV entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>the CSV file is empty</source>
        <translation>el archivo CSV está vacío</translation>
    </message>
    <message>
        <source>descriptor catalog &apos;%1&apos; has no report-extraction rules (member &apos;extraction&apos;)</source>
        <translation>el catálogo de descriptores &apos;%1&apos; no tiene reglas de extracción de informes (miembro &apos;extraction&apos;)</translation>
    </message>
    <message>
        <source>not a well-formed XML report (%1 at line %2)</source>
        <translation>no es un informe XML bien formado (%1 en la línea %2)</translation>
    </message>
    <message>
        <source>not an Indiana/OpenI report (no eCitation element)</source>
        <translation>no es un informe de Indiana/OpenI (no hay elemento eCitation)</translation>
    </message>
    <message>
        <source>is not a text file (it holds binary data)</source>
        <translation>no es un archivo de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <source>colour image, no window</source>
        <translation>imagen en color, sin ventana</translation>
    </message>
    <message>
        <source>C %1 W %2 (custom)</source>
        <translation>N %1 A %2 (personalizada)</translation>
    </message>
    <message>
        <source>C %1 W %2 (preset %3)</source>
        <translation>N %1 A %2 (preajuste %3)</translation>
    </message>
    <message>
        <source>C %1 W %2 (min/max)</source>
        <translation>N %1 A %2 (mín./máx.)</translation>
    </message>
    <message>
        <source>8-bit raster, no window</source>
        <translation>ráster de 8 bits, sin ventana</translation>
    </message>
    <message>
        <source>on both sides</source>
        <translation>en ambos lados</translation>
    </message>
    <message>
        <source>on the patient&apos;s left (the image&apos;s right)</source>
        <translation>en el lado izquierdo del paciente (el derecho de la imagen)</translation>
    </message>
    <message>
        <source>on the patient&apos;s right (the image&apos;s left)</source>
        <translation>en el lado derecho del paciente (el izquierdo de la imagen)</translation>
    </message>
    <message>
        <source>Pleural effusion: P(effusion) = %1, at or above the calibrated threshold %2.</source>
        <translation>Derrame pleural: P(effusion) = %1, igual o superior al umbral calibrado %2.</translation>
    </message>
    <message>
        <source>No pleural effusion: P(effusion) = %1, below the calibrated threshold %2.</source>
        <translation>Sin derrame pleural: P(effusion) = %1, inferior al umbral calibrado %2.</translation>
    </message>
    <message>
        <source>Indeterminate: P(effusion) = %1 lies inside the calibrated indeterminate band [%2, %3], where the pack declines to decide.</source>
        <translation>Indeterminado: P(effusion) = %1 está dentro de la banda de indeterminación calibrada [%2, %3], en la que el paquete no emite decisión.</translation>
    </message>
    <message>
        <source>counts toward effusion</source>
        <translation>cuenta a favor del derrame</translation>
    </message>
    <message>
        <source>counts against effusion</source>
        <translation>cuenta en contra del derrame</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of the margin, score %4).</source>
        <translation>%1: %2 (%3 del margen, puntuación %4).</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4 of the margin, score %5).</source>
        <translation>%1, %2: %3 (%4 del margen, puntuación %5).</translation>
    </message>
    <message>
        <source>No abnormal descriptor is the most activated in its group; the largest share is %1 (&quot;%2&quot;, %3 of the margin).</source>
        <translation>Ningún descriptor anormal es el más activado de su grupo; la mayor proporción es %1 (&quot;%2&quot;, %3 del margen).</translation>
    </message>
    <message>
        <source>The descriptors judged present place the finding %1.</source>
        <translation>Los descriptores considerados presentes sitúan el hallazgo %1.</translation>
    </message>
    <message>
        <source>Calibrated on %1 (%2, %3).</source>
        <translation>Calibrado con %1 (%2, %3).</translation>
    </message>
    <message>
        <source>the head gave %1 logits and %2 scores; expected 2 and %3</source>
        <translation>el cabezal dio %1 logits y %2 puntuaciones; se esperaban 2 y %3</translation>
    </message>
    <message>
        <source>the decomposition does not add up to the head&apos;s own margin (residual %1, tolerance %2)</source>
        <translation>la descomposición no coincide con el margen propio del cabezal (residuo %1, tolerancia %2)</translation>
    </message>
    <message>
        <source>Pleural effusion</source>
        <translation>Derrame pleural</translation>
    </message>
    <message>
        <source>No pleural effusion</source>
        <translation>Sin derrame pleural</translation>
    </message>
    <message>
        <source>Indeterminate</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>Reading the radiograph</source>
        <translation>Leyendo la radiografía</translation>
    </message>
    <message>
        <source>review cancelled</source>
        <translation>revisión cancelada</translation>
    </message>
    <message numerus="yes">
        <source>frame %1: the image has %n frame(s)</source>
        <translation>
            <numerusform>fotograma %1: la imagen tiene %n fotograma</numerusform>
            <numerusform>fotograma %1: la imagen tiene %n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <source>Displaying the radiograph</source>
        <translation>Visualizando la radiografía</translation>
    </message>
    <message>
        <source>frame %1 could not be displayed</source>
        <translation>no se pudo visualizar el fotograma %1</translation>
    </message>
    <message>
        <source>Encoding the radiograph</source>
        <translation>Codificando la radiografía</translation>
    </message>
    <message>
        <source>Scoring the descriptors</source>
        <translation>Puntuando los descriptores</translation>
    </message>
    <message>
        <source>Review done</source>
        <translation>Revisión terminada</translation>
    </message>
    <message>
        <source>what-if: %1 switches for %2 descriptors</source>
        <translation>simulación: %1 conmutaciones para %2 descriptores</translation>
    </message>
    <message>
        <source>[omitted]</source>
        <translation>[omitido]</translation>
    </message>
    <message>
        <source>blind review: export is available once the analysis is locked</source>
        <translation>revisión a ciegas: la exportación estará disponible cuando se bloquee el análisis</translation>
    </message>
    <message>
        <source>Chest X-ray report</source>
        <translation>Informe de radiografía de tórax</translation>
    </message>
    <message>
        <source>Model pack %1 %2   ·   Descry %3</source>
        <translation>Paquete de modelo %1 %2   ·   Descry %3</translation>
    </message>
    <message>
        <source>No model pack   ·   Descry %1</source>
        <translation>Sin paquete de modelo   ·   Descry %1</translation>
    </message>
    <message>
        <source>Explainable review for pleural effusion</source>
        <translation>Revisión explicable de derrame pleural</translation>
    </message>
    <message>
        <source>The radiologist&apos;s reading of a chest radiograph</source>
        <translation>Lectura del radiólogo de una radiografía de tórax</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Fin del informe</translation>
    </message>
    <message>
        <source>Descriptors judged present</source>
        <translation>Descriptores considerados presentes</translation>
    </message>
    <message>
        <source>No abnormal descriptor was judged present: in every group the most activated descriptor is the normal one.</source>
        <translation>No se consideró presente ningún descriptor anormal: en cada grupo, el descriptor más activado es el normal.</translation>
    </message>
    <message>
        <source>A descriptor is judged present when it is the most activated of its group and not the group&apos;s normal grade. Its evidence is its score within the group (0 to 1, after the group softmax), the image–text cosine it comes from, and its contribution to the margin (positive: toward effusion).</source>
        <translation>Un descriptor se considera presente cuando es el más activado de su grupo y no es el grado normal del grupo. Su evidencia es su puntuación dentro del grupo (de 0 a 1, tras el softmax del grupo), el coseno imagen–texto del que procede y su contribución al margen (positiva: hacia el derrame).</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descriptor</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Radiologist</source>
        <translation>Radiólogo</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>No explanation was produced for this radiograph.</source>
        <translation>No se generó ninguna explicación para esta radiografía.</translation>
    </message>
    <message>
        <source>Exact decomposition of the margin</source>
        <translation>Descomposición exacta del margen</translation>
    </message>
    <message>
        <source>The head&apos;s logits are l = S_sm·W + b, with class 1 pleural effusion. The margin Δ = l₁ − l₀ splits exactly into one contribution per descriptor, c_k = S_sm[k]·(W[k,1] − W[k,0]), plus the bias term b₁ − b₀, and P(effusion) = 1 / (1 + exp(−Δ)).</source>
        <translation>Los logits del cabezal son l = S_sm·W + b, con la clase 1 derrame pleural. El margen Δ = l₁ − l₀ se descompone exactamente en una contribución por descriptor, c_k = S_sm[k]·(W[k,1] − W[k,0]), más el término de sesgo b₁ − b₀, y P(effusion) = 1 / (1 + exp(−Δ)).</translation>
    </message>
    <message>
        <source>Σ contributions</source>
        <translation>Σ contribuciones</translation>
    </message>
    <message>
        <source>Bias term b₁ − b₀</source>
        <translation>Término de sesgo b₁ − b₀</translation>
    </message>
    <message>
        <source>Margin Δ = l₁ − l₀</source>
        <translation>Margen Δ = l₁ − l₀</translation>
    </message>
    <message>
        <source>logits l₀ = %1, l₁ = %2</source>
        <translation>logits l₀ = %1, l₁ = %2</translation>
    </message>
    <message>
        <source>Head&apos;s own forward pass</source>
        <translation>Pase hacia delante propio del cabezal</translation>
    </message>
    <message>
        <source>computed independently of c_k</source>
        <translation>calculado independientemente de c_k</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Residuo</translation>
    </message>
    <message>
        <source>forward pass − Σ contributions − bias term; must be close to zero</source>
        <translation>pase hacia delante − Σ contribuciones − término de sesgo; debe ser cercano a cero</translation>
    </message>
    <message>
        <source>P(effusion)</source>
        <translation>P(effusion)</translation>
    </message>
    <message>
        <source>Warning: the residual exceeds %1; the contributions do not fully account for the model&apos;s margin.</source>
        <translation>Advertencia: el residuo supera %1; las contribuciones no explican por completo el margen del modelo.</translation>
    </message>
    <message>
        <source>Contributions to the decision</source>
        <translation>Contribuciones a la decisión</translation>
    </message>
    <message>
        <source>No descriptor groups were recorded.</source>
        <translation>No se registraron grupos de descriptores.</translation>
    </message>
    <message>
        <source>Bars to the right (red) moved the margin toward pleural effusion, bars to the left (blue) toward no effusion.</source>
        <translation>Las barras hacia la derecha (rojas) desplazaron el margen hacia derrame pleural; las barras hacia la izquierda (azules), hacia ausencia de derrame.</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <source>Contribution to the margin Δ (logit units)</source>
        <translation>Contribución al margen Δ (unidades de logit)</translation>
    </message>
    <message>
        <source>Per descriptor: the %1 largest of %2</source>
        <translation>Por descriptor: los %1 mayores de %2</translation>
    </message>
    <message>
        <source>Per descriptor</source>
        <translation>Por descriptor</translation>
    </message>
    <message>
        <source>%1: the radiologist reads it as present, the model does not</source>
        <translation>%1: el radiólogo lo lee como presente, el modelo no</translation>
    </message>
    <message>
        <source>%1: the model reads it as present, the radiologist as absent</source>
        <translation>%1: el modelo lo lee como presente, el radiólogo como ausente</translation>
    </message>
    <message>
        <source>Radiologist&apos;s checklist beside the model&apos;s reading</source>
        <translation>Lista de comprobación del radiólogo junto a la lectura del modelo</translation>
    </message>
    <message>
        <source>Radiologist&apos;s checklist</source>
        <translation>Lista de comprobación del radiólogo</translation>
    </message>
    <message>
        <source>The model reads a descriptor as present when it is the most activated of its group (for a normal grade: the model reads the group as normal). Score: within the group, 0 to 1.</source>
        <translation>El modelo lee un descriptor como presente cuando es el más activado de su grupo (para un grado normal: el modelo lee el grupo como normal). Puntuación: dentro del grupo, de 0 a 1.</translation>
    </message>
    <message numerus="yes">
        <source>The readings disagree on %n descriptor(s):</source>
        <translation>
            <numerusform>Las lecturas discrepan en %n descriptor:</numerusform>
            <numerusform>Las lecturas discrepan en %n descriptores:</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>No descriptor catalog was given: there is no checklist to show.</source>
        <translation>No se indicó ningún catálogo de descriptores: no hay lista de comprobación que mostrar.</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Número de acceso</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>ID del estudio</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Médico remitente</translation>
    </message>
    <message>
        <source>Study instance UID</source>
        <translation>UID de instancia del estudio</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>The image carries no patient identifiers.</source>
        <translation>La imagen no contiene identificadores del paciente.</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Caso: %1</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>Lector: %1</translation>
    </message>
    <message>
        <source>Patient identifiers are omitted from this report (setting &quot;Include patient identifiers in reports&quot;).</source>
        <translation>Los identificadores del paciente se omiten en este informe (ajuste &quot;Incluir identificadores del paciente en los informes&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s) of them in file names, notes or the audit trail are replaced by &quot;[omitted]&quot;.</source>
        <translation>
            <numerusform>%n mención de ellos en nombres de archivo, notas o el registro de auditoría se sustituye por &quot;[omitido]&quot;.</numerusform>
            <numerusform>%n menciones de ellos en nombres de archivo, notas o el registro de auditoría se sustituyen por &quot;[omitido]&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes were written.</source>
        <translation>No se escribieron notas.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Descriptor catalog</source>
        <translation>Catálogo de descriptores</translation>
    </message>
    <message>
        <source>Catalog SHA-256</source>
        <translation>SHA-256 del catálogo</translation>
    </message>
    <message>
        <source>Image encoder</source>
        <translation>Codificador de imágenes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>pack loading %1  ·  decoding %2  ·  encoder %3  ·  head %4  ·  total %5</source>
        <translation>carga del paquete %1  ·  decodificación %2  ·  codificador %3  ·  cabezal %4  ·  total %5</translation>
    </message>
    <message>
        <source>none: the radiologist&apos;s reading only</source>
        <translation>ninguno: solo la lectura del radiólogo</translation>
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
        <translation>Informe generado</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Study files</source>
        <translation>Archivos del estudio</translation>
    </message>
    <message>
        <source>No study files were recorded.</source>
        <translation>No se registraron archivos del estudio.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), each with the SHA-256 of its content as read.</source>
        <translation>
            <numerusform>%n archivo, con el SHA-256 de su contenido tal como se leyó.</numerusform>
            <numerusform>%n archivos, cada uno con el SHA-256 de su contenido tal como se leyó.</numerusform>
        </translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Agrees</source>
        <translation>Concuerda</translation>
    </message>
    <message>
        <source>Disagrees</source>
        <translation>Discrepa</translation>
    </message>
    <message>
        <source>Radiologist uncertain</source>
        <translation>Radiólogo: incierto</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Radiologist&apos;s reading only, no model</source>
        <translation>Solo la lectura del radiólogo, sin modelo</translation>
    </message>
    <message>
        <source>No chest X-ray model pack was run for this report. It records the radiologist&apos;s own descriptor checklist and notes, the image as displayed and the identity of the study files.</source>
        <translation>No se ejecutó ningún paquete de modelo de radiografía de tórax para este informe. Recoge la lista de comprobación de descriptores y las notas del propio radiólogo, la imagen tal como se visualizó y la identidad de los archivos del estudio.</translation>
    </message>
    <message>
        <source>Decision of the explainable model</source>
        <translation>Decisión del modelo explicable</translation>
    </message>
    <message>
        <source>P(effusion) %1     Threshold %2</source>
        <translation>P(effusion) %1     Umbral %2</translation>
    </message>
    <message>
        <source>Indeterminate band %1</source>
        <translation>Banda de indeterminación %1</translation>
    </message>
    <message>
        <source>%1 present, %2 absent, %3 uncertain, %4 not assessed</source>
        <translation>%1 presentes, %2 ausentes, %3 inciertos, %4 no evaluados</translation>
    </message>
    <message>
        <source>Agrees with the model on %1 of the %2 descriptors read as present or absent.</source>
        <translation>Concuerda con el modelo en %1 de los %2 descriptores leídos como presentes o ausentes.</translation>
    </message>
    <message>
        <source>No descriptor was read as present or absent: nothing to compare with the model.</source>
        <translation>Ningún descriptor se leyó como presente o ausente: no hay nada que comparar con el modelo.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Fotograma</translation>
    </message>
    <message>
        <source>Displayed size</source>
        <translation>Tamaño visualizado</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>What the model saw</source>
        <translation>Lo que vio el modelo</translation>
    </message>
    <message>
        <source>As displayed, window %1</source>
        <translation>Tal como se visualizó, ventana %1</translation>
    </message>
    <message>
        <source>The encoder&apos;s input, %1 × %2 px</source>
        <translation>La entrada del codificador, %1 × %2 px</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Decision and calibration</source>
        <translation>Decisión y calibración</translation>
    </message>
    <message>
        <source>The model gives P(effusion) = %1. The pack&apos;s calibrated threshold is %2: at or above it the call is pleural effusion, below it no pleural effusion.</source>
        <translation>El modelo da P(effusion) = %1. El umbral calibrado del paquete es %2: igual o superior a él, el dictamen es derrame pleural; por debajo, sin derrame pleural.</translation>
    </message>
    <message>
        <source>The pack also has a calibrated band from %1 to %2: a probability inside it is too close to the threshold for the validation data to support either call, so the result is indeterminate and the image needs the radiologist&apos;s judgement alone.</source>
        <translation>El paquete también tiene una banda calibrada de %1 a %2: una probabilidad dentro de ella está demasiado cerca del umbral para que los datos de validación respalden cualquiera de los dos dictámenes, por lo que el resultado es indeterminado y la imagen requiere únicamente el criterio del radiólogo.</translation>
    </message>
    <message>
        <source>The pack has no indeterminate band: every probability leads to a call.</source>
        <translation>El paquete no tiene banda de indeterminación: toda probabilidad conduce a un dictamen.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos; is not an image encoder</source>
        <translation>el codificador &apos;%1&apos; no es un codificador de imágenes</translation>
    </message>
    <message>
        <source>has no tensor &quot;T&quot; (descriptor embeddings, N × d)</source>
        <translation>no tiene el tensor &quot;T&quot; (embeddings de descriptores, N × d)</translation>
    </message>
    <message>
        <source>tensor &quot;T&quot; is %1 but the catalog has %2 descriptors and the encoder gives %3 values: it must be [%2, %3]</source>
        <translation>el tensor &quot;T&quot; es %1 pero el catálogo tiene %2 descriptores y el codificador da %3 valores: debe ser [%2, %3]</translation>
    </message>
    <message>
        <source>tensor &quot;T&quot; holds non-finite values</source>
        <translation>el tensor &quot;T&quot; contiene valores no finitos</translation>
    </message>
    <message>
        <source>the text tower gives %1 values, the image tower %2</source>
        <translation>la torre de texto da %1 valores; la torre de imagen, %2</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos; needs descriptor embeddings (a safetensors file with &quot;T&quot;, N × d)</source>
        <translation>el codificador &apos;%1&apos; necesita embeddings de descriptores (un archivo safetensors con &quot;T&quot;, N × d)</translation>
    </message>
    <message>
        <source>the first frame cannot be displayed</source>
        <translation>no se puede visualizar el primer fotograma</translation>
    </message>
    <message>
        <source>encoding radiographs</source>
        <translation>codificando radiografías</translation>
    </message>
    <message>
        <source>training cancelled</source>
        <translation>entrenamiento cancelado</translation>
    </message>
    <message>
        <source>training, epoch %1/%2, loss %3</source>
        <translation>entrenamiento, época %1/%2, pérdida %3</translation>
    </message>
    <message>
        <source>training needs at least 3 radiographs (%1 given)</source>
        <translation>el entrenamiento necesita al menos 3 radiografías (se indicaron %1)</translation>
    </message>
    <message>
        <source>no patient is left for training</source>
        <translation>no queda ningún paciente para el entrenamiento</translation>
    </message>
    <message>
        <source>writing the pack</source>
        <translation>escribiendo el paquete</translation>
    </message>
    <message>
        <source>pack written</source>
        <translation>paquete escrito</translation>
    </message>
    <message>
        <source>the CSV file has no column &apos;%1&apos;</source>
        <translation>el archivo CSV no tiene la columna &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the image %1 it lists does not exist</source>
        <translation>la imagen %1 que enumera no existe</translation>
    </message>
    <message>
        <source>no such folder or CSV file of reports</source>
        <translation>no existe esa carpeta o archivo CSV de informes</translation>
    </message>
    <message>
        <source>the image %1 has no report in %2</source>
        <translation>la imagen %1 no tiene informe en %2</translation>
    </message>
    <message>
        <source>the image %1 has no report %2</source>
        <translation>la imagen %1 no tiene el informe %2</translation>
    </message>
    <message>
        <source>no such folder or CSV file of images</source>
        <translation>no existe esa carpeta o archivo CSV de imágenes</translation>
    </message>
    <message>
        <source>no radiographs (PNG, JPEG, TIFF, DICOM) found</source>
        <translation>no se encontraron radiografías (PNG, JPEG, TIFF, DICOM)</translation>
    </message>
    <message>
        <source>no band: %1 % of the validation calls are right (target %2 %)</source>
        <translation>sin banda: el %1 % de las decisiones de validación son correctas (objetivo %2 %)</translation>
    </message>
    <message>
        <source>band: the %1 validation calls nearest the threshold were %2 % right, the others at least %3 %</source>
        <translation>banda: las %1 decisiones de validación más cercanas al umbral fueron correctas en un %2 %; las demás, al menos en un %3 %</translation>
    </message>
    <message>
        <source>no band: no neighbourhood of the threshold holding at most half of the validation calls leaves the others %1 % right</source>
        <translation>sin banda: ningún entorno del umbral que contenga como máximo la mitad de las decisiones de validación deja las demás correctas en un %1 %</translation>
    </message>
    <message>
        <source>maximum F1 on the validation part; indeterminate band: the narrowest neighbourhood of the threshold outside which at least %1 % of the validation calls are right (at most half of them inside; none below %2 validation images or %3 of a class)</source>
        <translation>F1 máximo en la parte de validación; banda de indeterminación: el entorno más estrecho del umbral fuera del cual al menos el %1 % de las decisiones de validación son correctas (como máximo la mitad de ellas dentro; ninguna con menos de %2 imágenes de validación o %3 de una clase)</translation>
    </message>
    <message>
        <source>no band: the validation part lacks a class; threshold left at 0.5</source>
        <translation>sin banda: a la parte de validación le falta una clase; umbral fijado en 0.5</translation>
    </message>
    <message>
        <source>no band: the validation part is too small (%1 images, %2 with effusion)</source>
        <translation>sin banda: la parte de validación es demasiado pequeña (%1 imágenes, %2 con derrame)</translation>
    </message>
    <message>
        <source>not a chest X-ray feature cache of this version</source>
        <translation>no es una caché de características de radiografía de tórax de esta versión</translation>
    </message>
    <message>
        <source>cannot create the cache folder</source>
        <translation>no se puede crear la carpeta de la caché</translation>
    </message>
    <message>
        <source>chest X-ray head training: %1</source>
        <translation>entrenamiento del cabezal de radiografía de tórax: %1</translation>
    </message>
    <message>
        <source>the head has no descriptor embeddings</source>
        <translation>el cabezal no tiene embeddings de descriptores</translation>
    </message>
    <message>
        <source>the head must have 2 logits and no direct concepts</source>
        <translation>el cabezal debe tener 2 logits y ningún concepto directo</translation>
    </message>
    <message>
        <source>embeddings must be a non-empty B × %1 matrix</source>
        <translation>los embeddings deben ser una matriz B × %1 no vacía</translation>
    </message>
    <message>
        <source>concept targets must be %1 × %2</source>
        <translation>los objetivos de conceptos deben ser %1 × %2</translation>
    </message>
    <message>
        <source>labels must hold %1 values</source>
        <translation>las etiquetas deben contener %1 valores</translation>
    </message>
    <message>
        <source>the embeddings hold non-finite values</source>
        <translation>los embeddings contienen valores no finitos</translation>
    </message>
    <message>
        <source>training diverged (loss %1 in epoch %2)</source>
        <translation>el entrenamiento divergió (pérdida %1 en la época %2)</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; must be a non-empty array of strings</source>
        <translation>el miembro &apos;%1&apos; debe ser una matriz no vacía de cadenas</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; item #%2 is empty</source>
        <translation>el elemento n.º %2 del miembro &apos;%1&apos; está vacío</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; item #%2 (&apos;%3&apos;) must be lower-case</source>
        <translation>el elemento n.º %2 del miembro &apos;%1&apos; (&apos;%3&apos;) debe estar en minúsculas</translation>
    </message>
    <message>
        <source>member &apos;%1&apos; lists &apos;%2&apos; twice</source>
        <translation>el miembro &apos;%1&apos; enumera &apos;%2&apos; dos veces</translation>
    </message>
    <message>
        <source>member &apos;group&apos; names characteristic &apos;%1&apos;, which the catalog does not have</source>
        <translation>el miembro &apos;group&apos; nombra la característica &apos;%1&apos;, que el catálogo no tiene</translation>
    </message>
    <message>
        <source>characteristic &apos;%1&apos; has no descriptor &apos;%2&apos;</source>
        <translation>la característica &apos;%1&apos; no tiene el descriptor &apos;%2&apos;</translation>
    </message>
    <message>
        <source>descriptor &apos;%1&apos;</source>
        <translation>descriptor &apos;%1&apos;</translation>
    </message>
    <message>
        <source>member &apos;phrases&apos; is required in a catalog with &apos;extraction&apos; rules</source>
        <translation>el miembro &apos;phrases&apos; es obligatorio en un catálogo con reglas &apos;extraction&apos;</translation>
    </message>
    <message>
        <source>phrase &apos;%1&apos; already names descriptor &apos;%2&apos;</source>
        <translation>la frase &apos;%1&apos; ya nombra el descriptor &apos;%2&apos;</translation>
    </message>
    <message>
        <source>member &apos;normal&apos; must be true or false</source>
        <translation>el miembro &apos;normal&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: config.%2 must be an array of 3 positive numbers (R, G, B)</source>
        <translation>codificador &apos;%1&apos;: config.%2 debe ser una matriz de 3 números positivos (R, G, B)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: config.%2 must be an array of 3 numbers (R, G, B)</source>
        <translation>codificador &apos;%1&apos;: config.%2 debe ser una matriz de 3 números (R, G, B)</translation>
    </message>
    <message>
        <source>the TorchScript module fails on a %1×3×%2×%2 input (config.input_size %2)</source>
        <translation>el módulo TorchScript falla con una entrada de %1×3×%2×%2 (config.input_size %2)</translation>
    </message>
    <message>
        <source>the TorchScript module&apos;s forward returns a %1; an image encoder must return one tensor of N×D features</source>
        <translation>el forward del módulo TorchScript devuelve un %1; un codificador de imágenes debe devolver un único tensor de N×D características</translation>
    </message>
    <message numerus="yes">
        <source>the TorchScript module returns a %1 tensor of shape [%2] for %n image(s); an image encoder must return %n×D floating-point features</source>
        <translation>
            <numerusform>el módulo TorchScript devuelve un tensor %1 de forma [%2] para %n imagen; un codificador de imágenes debe devolver %n×D características de coma flotante</numerusform>
            <numerusform>el módulo TorchScript devuelve un tensor %1 de forma [%2] para %n imágenes; un codificador de imágenes debe devolver %n×D características de coma flotante</numerusform>
        </translation>
    </message>
    <message>
        <source>the TorchScript module returns non-finite features</source>
        <translation>el módulo TorchScript devuelve características no finitas</translation>
    </message>
    <message>
        <source>the TorchScript module returned %1 features per image, %2 when it was opened</source>
        <translation>el módulo TorchScript devolvió %1 características por imagen, y %2 cuando se abrió</translation>
    </message>
    <message>
        <source>not a TorchScript module that torch.jit.load can read (write it with torch.jit.save)</source>
        <translation>no es un módulo TorchScript que torch.jit.load pueda leer (escríbalo con torch.jit.save)</translation>
    </message>
    <message>
        <source>the TorchScript file has no forward method</source>
        <translation>el archivo TorchScript no tiene método forward</translation>
    </message>
    <message>
        <source>cannot build a probe image</source>
        <translation>no se puede construir una imagen de prueba</translation>
    </message>
    <message>
        <source>cannot run the TorchScript module</source>
        <translation>no se puede ejecutar el módulo TorchScript</translation>
    </message>
    <message>
        <source>cannot encode the images</source>
        <translation>no se pueden codificar las imágenes</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: files must name exactly one file, the TorchScript module (it names %2)</source>
        <translation>codificador &apos;%1&apos;: files debe nombrar exactamente un archivo, el módulo TorchScript (nombra %2)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: files: &apos;%2&apos;: %3</source>
        <translation>codificador &apos;%1&apos;: files: &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: unknown config member &apos;%2&apos; (expected input_size, mean, std)</source>
        <translation>codificador &apos;%1&apos;: miembro de config desconocido &apos;%2&apos; (se esperaba input_size, mean, std)</translation>
    </message>
    <message>
        <source>encoder &apos;%1&apos;: config.input_size must be a whole number of pixels from 1 to 4096</source>
        <translation>codificador &apos;%1&apos;: config.input_size debe ser un número entero de píxeles de 1 a 4096</translation>
    </message>
    <message>
        <source>input size %1 is outside 1..4096</source>
        <translation>el tamaño de entrada %1 está fuera de 1..4096</translation>
    </message>
    <message>
        <source>the normalisation needs finite means and positive deviations</source>
        <translation>la normalización necesita medias finitas y desviaciones positivas</translation>
    </message>
    <message>
        <source>the text has %1 words, more than the %2 an explanation may have</source>
        <translation>el texto tiene %1 palabras, más que las %2 que puede tener una explicación</translation>
    </message>
    <message>
        <source>the image is %1, not a chest radiograph (CR/DX): the pack was not made for it</source>
        <translation>la imagen es %1, no una radiografía de tórax (CR/DX): el paquete no se creó para ella</translation>
    </message>
    <message>
        <source>the image is in colour (%1), not a greyscale radiograph: the pack was not made for it</source>
        <translation>la imagen está en color (%1), no es una radiografía en escala de grises: el paquete no se creó para ella</translation>
    </message>
    <message>
        <source>&apos;pairs&apos; must be an array of {&quot;score&quot;: number, &quot;same&quot;: 0 or 1}</source>
        <translation>&apos;pairs&apos; debe ser una matriz de {&quot;score&quot;: número, &quot;same&quot;: 0 o 1}</translation>
    </message>
    <message>
        <source>%1 calibration on %2 same-source and %3 different-source pairs
</source>
        <translation>calibración %1 sobre %2 pares de misma fuente y %3 pares de fuentes distintas
</translation>
    </message>
    <message>
        <source>ln LR = a * score + b with a = %1, b = %2
</source>
        <translation>ln LR = a * score + b con a = %1, b = %2
</translation>
    </message>
    <message numerus="yes">
        <source>%n PAV block(s), bounded by one pseudo pair at each end
</source>
        <translation>
            <numerusform>%n bloque PAV, delimitado por un pseudopar en cada extremo
</numerusform>
            <numerusform>%n bloques PAV, delimitados por un pseudopar en cada extremo
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
        <translation>ajustar una razón de verosimilitud basada en la puntuación sobre pares puntuados de misma fuente/fuentes distintas: a, b, Cllr, Cllr_min</translation>
    </message>
    <message>
        <source>logistic regression or isotonic (PAV) calibration</source>
        <translation>calibración por regresión logística o isotónica (PAV)</translation>
    </message>
    <message>
        <source>what the pairs are, recorded as the calibration&apos;s dataset</source>
        <translation>qué son los pares; se registra como conjunto de datos de la calibración</translation>
    </message>
    <message>
        <source>%1: %2 faces found; face %3 as asked (%4×%5 px at %6,%7) was used
</source>
        <translation>%1: se encontraron %2 rostros; se usó el rostro %3, según lo indicado (%4×%5 px en %6,%7)
</translation>
    </message>
    <message>
        <source>%1: %2 faces found; the largest, face %3 (%4×%5 px at %6,%7), was used (--face/--reference-face N picks another)
</source>
        <translation>%1: se encontraron %2 rostros; se usó el más grande, el rostro %3 (%4×%5 px en %6,%7) (--face/--reference-face N elige otro)
</translation>
    </message>
    <message>
        <source>compare face N of the probe photo (1 = the largest; default 1)</source>
        <translation>comparar el rostro N de la imagen dubitada (1 = el más grande; por defecto 1)</translation>
    </message>
    <message>
        <source>compare face N of the reference photo (1 = the largest; default 1)</source>
        <translation>comparar el rostro N de la imagen de referencia (1 = el más grande; por defecto 1)</translation>
    </message>
    <message>
        <source>explainable face model against its black-box baseline on held-out identities, clean and augmented: 10-fold accuracy, AUC, TAR at FAR 1 % and 0.1 %, and the gap</source>
        <translation>modelo facial explicable frente a su referencia de caja negra sobre identidades reservadas, sin alterar y aumentadas: exactitud en 10 pliegues, AUC, TAR a una FAR del 1 % y del 0,1 %, y la diferencia</translation>
    </message>
    <message>
        <source>face pack (folder or name)</source>
        <translation>paquete facial (carpeta o nombre)</translation>
    </message>
    <message>
        <source>identity-labelled faces folder (DATASET/PERSON/IMAGE); identities the pack was trained on are left out</source>
        <translation>carpeta de rostros etiquetados por identidad (DATASET/PERSON/IMAGE); se excluyen las identidades con las que se entrenó el paquete</translation>
    </message>
    <message>
        <source>augmented copies per photo and augmentation (0: the photos only)</source>
        <translation>copias aumentadas por fotografía y aumento (0: solo las fotografías)</translation>
    </message>
    <message>
        <source>feature cache (the one of train face --cache may be reused)</source>
        <translation>caché de características (se puede reutilizar la de train face --cache)</translation>
    </message>
    <message>
        <source>checking visibility</source>
        <translation>comprobando la visibilidad</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>detection and false-alarm rates of the visibility check on photos with synthetic sunglasses, masks, a hand and a hair fringe</source>
        <translation>tasas de detección y de falsas alarmas de la comprobación de visibilidad en fotografías con gafas de sol, mascarillas, una mano y un flequillo sintéticos</translation>
    </message>
    <message>
        <source>identity-labelled photos laid out as DATASET/PERSON/IMAGE (or Yale&apos;s flat folder)</source>
        <translation>fotografías etiquetadas por identidad, organizadas como DATASET/PERSON/IMAGE (o la carpeta plana de Yale)</translation>
    </message>
    <message>
        <source>take every N-th photo</source>
        <translation>tomar una de cada N fotografías</translation>
    </message>
    <message>
        <source>at most N photos (0: all)</source>
        <translation>como máximo N fotografías (0: todas)</translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>ninguna (%1)</translation>
    </message>
    <message>
        <source>%1 on %2: Cllr %3 (Cllr_min %4), %5 same / %6 different pairs, scores %7 to %8; verbal scale: %9</source>
        <translation>%1 sobre %2: Cllr %3 (Cllr_min %4), %5 pares de misma fuente / %6 de fuentes distintas, puntuaciones de %7 a %8; escala verbal: %9</translation>
    </message>
    <message>
        <source>LR</source>
        <translation>LR</translation>
    </message>
    <message>
        <source>--aggregation block is not available with --encoder openclip yet</source>
        <translation>--aggregation block aún no está disponible con --encoder openclip</translation>
    </message>
    <message>
        <source>block: each characteristic writes only to its own block of the embedding (local shares, m = groups × block width); full: a dense matrix (--m)</source>
        <translation>block: cada característica escribe solo en su propio bloque del embedding (proporciones locales, m = grupos × ancho de bloque); full: una matriz densa (--m)</translation>
    </message>
    <message>
        <source>embedding columns per characteristic with --aggregation block</source>
        <translation>columnas del embedding por característica con --aggregation block</translation>
    </message>
    <message>
        <source>casework-augmented copies of every training photo (0: none)</source>
        <translation>copias aumentadas al estilo de la casuística de cada fotografía de entrenamiento (0: ninguna)</translation>
    </message>
    <message>
        <source>augmented copies of every held-out photo per augmentation, for the evaluation (0: none)</source>
        <translation>copias aumentadas de cada fotografía reservada por aumento, para la evaluación (0: ninguna)</translation>
    </message>
    <message>
        <source>shard %1/%2: pairs %3 to %4 of %5, %6 scored, %7 could not be scored; %8 images in %9 s
Run with --json and combine every shard&apos;s output with &apos;descry-cli eval merge&apos;.
</source>
        <translation>fragmento %1/%2: pares %3 a %4 de %5, %6 puntuados, %7 no se pudieron puntuar; %8 imágenes en %9 s
Ejecute con --json y combine la salida de cada fragmento con &apos;descry-cli eval merge&apos;.
</translation>
    </message>
    <message>
        <source>analyse N images at once (threads sharing the cores); the figures do not depend on N</source>
        <translation>analizar N imágenes a la vez (hilos que comparten los núcleos); las cifras no dependen de N</translation>
    </message>
    <message>
        <source>score only the i-th of n contiguous blocks of the pairs and print what &apos;eval merge&apos; combines (with --json)</source>
        <translation>puntuar solo el i-ésimo de n bloques contiguos de los pares e imprimir lo que combina &apos;eval merge&apos; (con --json)</translation>
    </message>
    <message>
        <source>combine the outputs of verify-pairs --shard i/n --json into the result of one run</source>
        <translation>combinar las salidas de verify-pairs --shard i/n --json en el resultado de una sola ejecución</translation>
    </message>
    <message>
        <source>every shard&apos;s JSON output, in any order</source>
        <translation>la salida JSON de cada fragmento, en cualquier orden</translation>
    </message>
    <message>
        <source>no %1 photo to choose a face in</source>
        <translation>no hay fotografía %1 en la que elegir un rostro</translation>
    </message>
    <message>
        <source>face %1 chosen but %2 faces were found</source>
        <translation>se eligió el rostro %1, pero se encontraron %2 rostros</translation>
    </message>
    <message>
        <source>%1: the largest of %2 faces (default) chosen</source>
        <translation>%1: se eligió el más grande de %2 rostros (por defecto)</translation>
    </message>
    <message>
        <source>%1: face %2 of %3 chosen</source>
        <translation>%1: se eligió el rostro %2 de %3</translation>
    </message>
    <message>
        <source>member &apos;face_index&apos; must be a face number from 1 (the largest face)</source>
        <translation>el miembro &apos;face_index&apos; debe ser un número de rostro a partir de 1 (el rostro más grande)</translation>
    </message>
    <message>
        <source>needs exactly one of the members &apos;quantity&apos; and &apos;quantities&apos;</source>
        <translation>requiere exactamente uno de los miembros &apos;quantity&apos; y &apos;quantities&apos;</translation>
    </message>
    <message>
        <source>member &apos;quantities&apos; must be an array of at least 2 quantity ids</source>
        <translation>el miembro &apos;quantities&apos; debe ser una matriz de al menos 2 id de magnitudes</translation>
    </message>
    <message>
        <source> (lower-case letters and digits separated by &apos;.&apos;, &apos;_&apos; or &apos;-&apos;)</source>
        <translation> (letras minúsculas y dígitos separados por &apos;.&apos;, &apos;_&apos; o &apos;-&apos;)</translation>
    </message>
    <message>
        <source>member &apos;quantities&apos; lists &apos;%1&apos; twice</source>
        <translation>el miembro &apos;quantities&apos; enumera &apos;%1&apos; dos veces</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; must be a number or an array of numbers</source>
        <translation>el miembro &apos;grade&apos; debe ser un número o una matriz de números</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; must be an array of %1 numbers, one per entry of &apos;measurement.quantities&apos;</source>
        <translation>el miembro &apos;grade&apos; debe ser una matriz de %1 números, uno por entrada de &apos;measurement.quantities&apos;</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; must be a number (the characteristic measures one quantity)</source>
        <translation>el miembro &apos;grade&apos; debe ser un número (la característica mide una sola magnitud)</translation>
    </message>
    <message>
        <source>member &apos;grade&apos; repeats the grade of descriptor #%1</source>
        <translation>el miembro &apos;grade&apos; repite el grado del descriptor n.º %1</translation>
    </message>
    <message>
        <source>LR calibration: %1 scores but %2 labels</source>
        <translation>calibración de la LR: %1 puntuaciones pero %2 etiquetas</translation>
    </message>
    <message>
        <source>LR calibration: score of pair %1 is not a finite number</source>
        <translation>calibración de la LR: la puntuación del par %1 no es un número finito</translation>
    </message>
    <message>
        <source>LR calibration needs same-source and different-source pairs (%1 same, %2 different)</source>
        <translation>la calibración de la LR requiere pares de misma fuente y de fuentes distintas (%1 de misma fuente, %2 de fuentes distintas)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>debe ser un número finito</translation>
    </message>
    <message>
        <source>must be a whole number of pairs, at least 1</source>
        <translation>debe ser un número entero de pares, al menos 1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>must be [min, max], two finite numbers with min &lt;= max</source>
        <translation>debe ser [min, max], dos números finitos con min &lt;= max</translation>
    </message>
    <message>
        <source>missing (the isotonic method needs its table)</source>
        <translation>falta (el método isotónico necesita su tabla)</translation>
    </message>
    <message>
        <source>must be a non-empty array of [score_min, score_max, log10_lr]</source>
        <translation>debe ser una matriz no vacía de [score_min, score_max, log10_lr]</translation>
    </message>
    <message>
        <source>must be [score_min, score_max, log10_lr], three finite numbers</source>
        <translation>debe ser [score_min, score_max, log10_lr], tres números finitos</translation>
    </message>
    <message>
        <source>blocks must ascend in score without overlap and never decrease in log10_lr</source>
        <translation>los bloques deben ascender en puntuación sin solaparse y nunca disminuir en log10_lr</translation>
    </message>
    <message>
        <source>must be an array of &quot;colour&quot; and/or &quot;greyscale&quot; (empty: not recorded)</source>
        <translation>debe ser una matriz de &quot;colour&quot; y/o &quot;greyscale&quot; (vacía: no registrado)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither &quot;colour&quot; nor &quot;greyscale&quot;</source>
        <translation>&apos;%1&apos; no es ni &quot;colour&quot; ni &quot;greyscale&quot;</translation>
    </message>
    <message>
        <source>%1 %2%3 is below the calibration data&apos;s %4%3</source>
        <translation>%1 de %2%3: por debajo del mínimo de los datos de calibración, %4%3</translation>
    </message>
    <message>
        <source>%1 %2%3 is above the calibration data&apos;s %4%3</source>
        <translation>%1 de %2%3: por encima del máximo de los datos de calibración, %4%3</translation>
    </message>
    <message>
        <source>inter-eye distance</source>
        <translation>distancia interocular</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>sharpness</source>
        <translation>nitidez</translation>
    </message>
    <message>
        <source>head turn |yaw|</source>
        <translation>giro de la cabeza |guiñada|</translation>
    </message>
    <message>
        <source>a colour photo; the calibration data had only greyscale photos</source>
        <translation>una fotografía en color; los datos de calibración solo tenían fotografías en escala de grises</translation>
    </message>
    <message>
        <source>a greyscale photo; the calibration data had only colour photos</source>
        <translation>una fotografía en escala de grises; los datos de calibración solo tenían fotografías en color</translation>
    </message>
    <message>
        <source>must be &quot;logistic&quot; or &quot;isotonic&quot;, not &apos;%1&apos;</source>
        <translation>debe ser &quot;logistic&quot; o &quot;isotonic&quot;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must not be negative (LR must not fall as the score rises)</source>
        <translation>no debe ser negativo (la LR no debe disminuir cuando aumenta la puntuación)</translation>
    </message>
    <message>
        <source>cllr and cllr_min must be &gt;= 0 with cllr_min &lt;= cllr</source>
        <translation>cllr y cllr_min deben ser &gt;= 0 con cllr_min &lt;= cllr</translation>
    </message>
    <message>
        <source>ENFSI Guideline for Evaluative Reporting in Forensic Science (2015)</source>
        <translation>Guía ENFSI para la elaboración de informes evaluativos en ciencia forense (2015)</translation>
    </message>
    <message>
        <source>no likelihood ratio</source>
        <translation>sin razón de verosimilitud</translation>
    </message>
    <message>
        <source>no support either way</source>
        <translation>sin apoyo a ninguna de las proposiciones</translation>
    </message>
    <message>
        <source>weak support for the same-source proposition</source>
        <translation>apoyo débil a la proposición de misma fuente</translation>
    </message>
    <message>
        <source>moderate support for the same-source proposition</source>
        <translation>apoyo moderado a la proposición de misma fuente</translation>
    </message>
    <message>
        <source>moderately strong support for the same-source proposition</source>
        <translation>apoyo moderadamente fuerte a la proposición de misma fuente</translation>
    </message>
    <message>
        <source>strong support for the same-source proposition</source>
        <translation>apoyo fuerte a la proposición de misma fuente</translation>
    </message>
    <message>
        <source>very strong support for the same-source proposition</source>
        <translation>apoyo muy fuerte a la proposición de misma fuente</translation>
    </message>
    <message>
        <source>extremely strong support for the same-source proposition</source>
        <translation>apoyo extremadamente fuerte a la proposición de misma fuente</translation>
    </message>
    <message>
        <source>weak support for the different-source proposition</source>
        <translation>apoyo débil a la proposición de fuentes distintas</translation>
    </message>
    <message>
        <source>moderate support for the different-source proposition</source>
        <translation>apoyo moderado a la proposición de fuentes distintas</translation>
    </message>
    <message>
        <source>moderately strong support for the different-source proposition</source>
        <translation>apoyo moderadamente fuerte a la proposición de fuentes distintas</translation>
    </message>
    <message>
        <source>strong support for the different-source proposition</source>
        <translation>apoyo fuerte a la proposición de fuentes distintas</translation>
    </message>
    <message>
        <source>very strong support for the different-source proposition</source>
        <translation>apoyo muy fuerte a la proposición de fuentes distintas</translation>
    </message>
    <message>
        <source>extremely strong support for the different-source proposition</source>
        <translation>apoyo extremadamente fuerte a la proposición de fuentes distintas</translation>
    </message>
    <message>
        <source>No likelihood ratio: %1</source>
        <translation>Sin razón de verosimilitud: %1</translation>
    </message>
    <message>
        <source>LR %1 — %2 (ENFSI 2015 scale)</source>
        <translation>LR %1 — %2 (escala ENFSI 2015)</translation>
    </message>
    <message>
        <source>not calibrated for this kind of photo</source>
        <translation>no calibrado para este tipo de fotografía</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>block decomposition: %1</source>
        <translation>descomposición por bloques: %1</translation>
    </message>
    <message>
        <source>%1 probe scores, %2 reference scores and %3 group ids</source>
        <translation>%1 puntuaciones de la imagen dubitada, %2 puntuaciones de la imagen de referencia y %3 id de grupo</translation>
    </message>
    <message>
        <source>block width %1 or a group id is invalid</source>
        <translation>el ancho de bloque %1 o un id de grupo no es válido</translation>
    </message>
    <message>
        <source>W holds %1 values and b %2, expected %3 × %4 and %4</source>
        <translation>W contiene %1 valores y b %2; se esperaban %3 × %4 y %4</translation>
    </message>
    <message>
        <source>W[%1, %2] = %3 lies outside the block of group %4: the head is not block-structured</source>
        <translation>W[%1, %2] = %3 está fuera del bloque del grupo %4: el cabezal no tiene estructura de bloques</translation>
    </message>
    <message>
        <source>not-assessed characteristic &apos;%1&apos; is not in the catalog</source>
        <translation>la característica no evaluada &apos;%1&apos; no está en el catálogo</translation>
    </message>
    <message>
        <source>face %1 requested but %2 faces were found</source>
        <translation>se solicitó el rostro %1, pero se encontraron %2 rostros</translation>
    </message>
    <message>
        <source>no face upright; found after rotating %1° clockwise</source>
        <translation>ningún rostro en posición vertical; encontrado tras girar %1° en sentido horario</translation>
    </message>
    <message>
        <source>config.quantities: &apos;%1&apos; is not measured by this version</source>
        <translation>config.quantities: &apos;%1&apos; no se mide en esta versión</translation>
    </message>
    <message>
        <source>config.quantities: &apos;%1&apos; is repeated or out of order (order: %2)</source>
        <translation>config.quantities: &apos;%1&apos; está repetido o fuera de orden (orden: %2)</translation>
    </message>
    <message>
        <source>files must be empty (regions are measured on the photo itself)</source>
        <translation>files debe estar vacío (las regiones se miden en la propia fotografía)</translation>
    </message>
    <message>
        <source>config.iod_pixels must be %1</source>
        <translation>config.iod_pixels debe ser %1</translation>
    </message>
    <message>
        <source>encoder.sources[%1]: a face pack takes one face locator, measured sources and at most one image encoder; &apos;%2&apos; is one too many</source>
        <translation>encoder.sources[%1]: un paquete facial admite un localizador de rostros, fuentes medidas y como máximo un codificador de imágenes; &apos;%2&apos; sobra</translation>
    </message>
    <message>
        <source>%1: not assessed (appearance direction AUC %2 &lt; 0.6)</source>
        <translation>%1: no evaluado (AUC de la dirección de apariencia %2 &lt; 0,6)</translation>
    </message>
    <message>
        <source>%1: not assessed (appearance direction unreliable)</source>
        <translation>%1: no evaluado (dirección de apariencia poco fiable)</translation>
    </message>
    <message>
        <source>measured concepts from %1 (landmarks; colour and texture in landmark-defined regions)</source>
        <translation>conceptos medidos de %1 (puntos de referencia; color y textura en regiones definidas por los puntos de referencia)</translation>
    </message>
    <message>
        <source>head.aggregation: must be &quot;full&quot; or &quot;block&quot;</source>
        <translation>head.aggregation: debe ser &quot;full&quot; o &quot;block&quot;</translation>
    </message>
    <message>
        <source>head.block_width: must be an integer with m = %1 groups × block width (m is %2)</source>
        <translation>head.block_width: debe ser un entero con m = %1 grupos × ancho de bloque (m es %2)</translation>
    </message>
    <message>
        <source>head.not_assessed: must be an array of {&quot;characteristic&quot;: id, &quot;auc&quot;: number}</source>
        <translation>head.not_assessed: debe ser una matriz de {&quot;characteristic&quot;: id, &quot;auc&quot;: número}</translation>
    </message>
    <message>
        <source>cannot exclude &apos;%1&apos;: the catalog %2 has no such component or characteristic</source>
        <translation>no se puede excluir &apos;%1&apos;: el catálogo %2 no tiene ese componente ni esa característica</translation>
    </message>
    <message>
        <source>cannot exclude &apos;%1&apos;: the catalog %2 has no such component</source>
        <translation>no se puede excluir &apos;%1&apos;: el catálogo %2 no tiene ese componente</translation>
    </message>
    <message>
        <source>cannot exclude &apos;%1&apos;: unknown reason &apos;%2&apos; (expected not-visible, not-assessable or not-measured)</source>
        <translation>no se puede excluir &apos;%1&apos;: motivo desconocido &apos;%2&apos; (se esperaba not-visible, not-assessable o not-measured)</translation>
    </message>
    <message>
        <source>the comparison was not made with the pack %1</source>
        <translation>la comparación no se realizó con el paquete %1</translation>
    </message>
    <message>
        <source>nothing would be left to compare: every characteristic is excluded</source>
        <translation>no quedaría nada que comparar: todas las características están excluidas</translation>
    </message>
    <message>
        <source>what-if: no characteristic group %1 in the pack</source>
        <translation>simulación: no hay ningún grupo de características %1 en el paquete</translation>
    </message>
    <message>
        <source>Removing %1 changes the score by %2 (to %3), not by its share %4 alone:</source>
        <translation>Eliminar %1 cambia la puntuación en %2 (hasta %3), no solo en su parte %4:</translation>
    </message>
    <message>
        <source>nothing is left to compare.</source>
        <translation>no queda nada que comparar.</translation>
    </message>
    <message>
        <source>the remaining characteristics are re-normalised (|e_p||e_r| shrinks to %1 of what it was), so each remaining share grows by a factor of %2.</source>
        <translation>las características restantes se renormalizan (|e_p||e_r| se reduce a %1 de su valor anterior), por lo que cada parte restante aumenta en un factor de %2.</translation>
    </message>
    <message>
        <source>the score is re-normalised (|e_p||e_r| changes to %1 of what it was), and with this pack&apos;s full aggregation matrix every other characteristic&apos;s share also depends on the removed one.</source>
        <translation>la puntuación se renormaliza (|e_p||e_r| pasa a %1 de su valor anterior) y, con la matriz de agregación completa de este paquete, la parte de cada una de las demás características también depende de la eliminada.</translation>
    </message>
    <message>
        <source>layout group %1 has no block</source>
        <translation>el grupo de la disposición %1 no tiene bloque</translation>
    </message>
    <message>
        <source>group %1&apos;s block share %2 differs from its contributions %3</source>
        <translation>la parte del bloque del grupo %1, %2, difiere de sus contribuciones, %3</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>no visible</translation>
    </message>
    <message>
        <source>marked not assessable by the examiner</source>
        <translation>marcado como no evaluable por el examinador</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
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
        <translation>Excluido de la puntuación: %1. La puntuación %2 se calcula sobre las características restantes (renormalizada; %3 sobre el rostro completo); el umbral se calibró sobre rostros completos.</translation>
    </message>
    <message>
        <source>pack has no LR calibration</source>
        <translation>el paquete no tiene calibración de la LR</translation>
    </message>
    <message>
        <source>%1: member &apos;%2&apos; must be an array of strings</source>
        <translation>%1: el miembro &apos;%2&apos; debe ser una matriz de cadenas</translation>
    </message>
    <message>
        <source>%1: member &apos;%2&apos; must be true or false</source>
        <translation>%1: el miembro &apos;%2&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>results[%1]</source>
        <translation>results[%1]</translation>
    </message>
    <message>
        <source>%1: &apos;same&apos; must be 0 or 1</source>
        <translation>%1: &apos;same&apos; debe ser 0 o 1</translation>
    </message>
    <message>
        <source>%1: &apos;fold&apos; must lie in 0..9</source>
        <translation>%1: &apos;fold&apos; debe estar en 0..9</translation>
    </message>
    <message>
        <source>not a verify-pairs shard (expected &quot;format&quot;: &quot;%1&quot;, as verify-pairs --shard i/n --json writes)</source>
        <translation>no es un fragmento de verify-pairs (se esperaba &quot;format&quot;: &quot;%1&quot;, como lo escribe verify-pairs --shard i/n --json)</translation>
    </message>
    <message>
        <source>the shard was changed after verify-pairs wrote it (its digest does not match its content)</source>
        <translation>el fragmento se modificó después de que verify-pairs lo escribiera (su resumen no coincide con su contenido)</translation>
    </message>
    <message>
        <source>shard file</source>
        <translation>archivo de fragmento</translation>
    </message>
    <message>
        <source>shard %1/%2 of %3 pairs is not a possible shard</source>
        <translation>el fragmento %1/%2 de %3 pares no es un fragmento posible</translation>
    </message>
    <message>
        <source>shard %1/%2 must hold pairs %3 to %4 of %5, it holds %6 pairs</source>
        <translation>el fragmento %1/%2 debe contener los pares %3 a %4 de %5; contiene %6 pares</translation>
    </message>
    <message>
        <source>results[%1] is pair %2, expected pair %3 (0-based)</source>
        <translation>results[%1] es el par %2; se esperaba el par %3 (contando desde 0)</translation>
    </message>
    <message>
        <source>made from another pairs file than %1 (%2, SHA-256 %3, not %4)</source>
        <translation>generado a partir de un archivo de pares distinto de %1 (%2, SHA-256 %3, no %4)</translation>
    </message>
    <message>
        <source>made with another pack than %1 (%2, SHA-256 %3, not %4 %5)</source>
        <translation>generado con un paquete distinto de %1 (%2, SHA-256 %3, no %4 %5)</translation>
    </message>
    <message>
        <source>one of %1 shards of %2 pairs, but %3 is one of %4 shards of %5 pairs</source>
        <translation>uno de %1 fragmentos de %2 pares, pero %3 es uno de %4 fragmentos de %5 pares</translation>
    </message>
    <message>
        <source>run with other settings than %1 (%2, not %3)</source>
        <translation>ejecutado con una configuración distinta de %1 (%2, no %3)</translation>
    </message>
    <message>
        <source>shard %1/%2 was already given in %3</source>
        <translation>el fragmento %1/%2 ya se indicó en %3</translation>
    </message>
    <message>
        <source>shard(s) %1 missing: a merge needs every shard of the list</source>
        <translation>falta(n) el/los fragmento(s) %1: una combinación requiere todos los fragmentos de la lista</translation>
    </message>
    <message>
        <source>--shard: &apos;%1&apos; is not a shard; give i/n with 1 &lt;= i &lt;= n &lt;= %2, e.g. 2/4</source>
        <translation>--shard: &apos;%1&apos; no es un fragmento; indique i/n con 1 &lt;= i &lt;= n &lt;= %2, p. ej. 2/4</translation>
    </message>
    <message>
        <source>no shard files given</source>
        <translation>no se indicó ningún archivo de fragmento</translation>
    </message>
    <message>
        <source>pair %1 is in fold %2, but the labels of the whole list put it in fold %3</source>
        <translation>el par %1 está en el pliegue %2, pero las etiquetas de la lista completa lo sitúan en el pliegue %3</translation>
    </message>
    <message>
        <source>not the pack the shards were made with (%1 %2, SHA-256 %3, not %4)</source>
        <translation>no es el paquete con el que se generaron los fragmentos (%1 %2, SHA-256 %3, no %4)</translation>
    </message>
    <message>
        <source>cannot encode %1 for augmentation: %2 (is the Qt image format plugin installed?)</source>
        <translation>no se puede codificar %1 para el aumento: %2 (¿está instalado el complemento de formatos de imagen de Qt?)</translation>
    </message>
    <message>
        <source>cannot decode the %1 copy made for augmentation</source>
        <translation>no se puede decodificar la copia %1 creada para el aumento</translation>
    </message>
    <message>
        <source>the glasses augmentation needs the face&apos;s landmarks</source>
        <translation>el aumento con gafas necesita los puntos de referencia del rostro</translation>
    </message>
    <message>
        <source>unknown augmentation %1 (expected one of %2)</source>
        <translation>aumento desconocido %1 (se esperaba uno de %2)</translation>
    </message>
    <message>
        <source>cannot augment an empty image</source>
        <translation>no se puede aumentar una imagen vacía</translation>
    </message>
    <message>
        <source>%2 [%1]: explainable %3 %, AUC %4, TAR@FAR1% %5; baseline %6 %, AUC %7, TAR@FAR1% %8; gap %9 points, TAR ratio %10 (%11 pairs)</source>
        <translation>%2 [%1]: explicable %3 %, AUC %4, TAR@FAR1% %5; referencia %6 %, AUC %7, TAR@FAR1% %8; diferencia %9 puntos, cociente de TAR %10 (%11 pares)</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation>reservado</translation>
    </message>
    <message>
        <source>held-out augmented</source>
        <translation>reservado aumentado</translation>
    </message>
    <message>
        <source>goal met: every set within %1 points and TAR@FAR1% ratio at least %2 (worst gap %3 points, worst ratio %4)</source>
        <translation>objetivo cumplido: todos los conjuntos dentro de %1 puntos y cociente de TAR@FAR1% de al menos %2 (peor diferencia %3 puntos, peor cociente %4)</translation>
    </message>
    <message>
        <source>goal NOT met (within %1 points, TAR@FAR1% ratio at least %2): worst gap %3 points, worst ratio %4; failing: %5</source>
        <translation>objetivo NO cumplido (dentro de %1 puntos, cociente de TAR@FAR1% de al menos %2): peor diferencia %3 puntos, peor cociente %4; no cumplen: %5</translation>
    </message>
    <message>
        <source>pack has no black-box baseline to compare with</source>
        <translation>el paquete no tiene ninguna referencia de caja negra con la que comparar</translation>
    </message>
    <message>
        <source>eval face-gap needs a pack whose baseline is the 128-D dlib ResNet (this one has %1-D)</source>
        <translation>eval face-gap requiere un paquete cuya referencia sea la ResNet de dlib de 128 D (este tiene %1 D)</translation>
    </message>
    <message>
        <source>provenance.seed is missing or not a number</source>
        <translation>provenance.seed falta o no es un número</translation>
    </message>
    <message>
        <source>no photos of identities the pack was not trained on</source>
        <translation>no hay fotografías de identidades con las que no se haya entrenado el paquete</translation>
    </message>
    <message>
        <source>analysing %1 photos (%2 photos of training identities left out)</source>
        <translation>analizando %1 fotografías (se excluyen %2 fotografías de identidades de entrenamiento)</translation>
    </message>
    <message>
        <source>analysing %1 augmented copies</source>
        <translation>analizando %1 copias aumentadas</translation>
    </message>
    <message>
        <source>balanced same/different pairs of the %1 held-out identities (%2), not used to train the head</source>
        <translation>pares equilibrados de misma/distinta identidad de las %1 identidades reservadas (%2), no utilizados para entrenar el cabezal</translation>
    </message>
    <message>
        <source>analysing %1 augmented copies (%2 of training photos, %3 of held-out photos)</source>
        <translation>analizando %1 copias aumentadas (%2 de fotografías de entrenamiento, %3 de fotografías reservadas)</translation>
    </message>
    <message>
        <source>augmented copies without a face: %1 of training photos, %2 of held-out photos</source>
        <translation>copias aumentadas sin rostro: %1 de fotografías de entrenamiento, %2 de fotografías reservadas</translation>
    </message>
    <message>
        <source>%1: not assessed by appearance (too few faces measured to learn and test a direction)</source>
        <translation>%1: no evaluado por apariencia (demasiado pocos rostros medidos para aprender y probar una dirección)</translation>
    </message>
    <message>
        <source>%1: not assessed by appearance (held-out AUC %2 &lt; 0.6)</source>
        <translation>%1: no evaluado por apariencia (AUC en los datos reservados %2 &lt; 0,6)</translation>
    </message>
    <message>
        <source>measuring the aggregation cost: training a %1 head with the same seed</source>
        <translation>midiendo el coste de la agregación: entrenando un cabezal %1 con la misma semilla</translation>
    </message>
    <message>
        <source>aggregation cost: full − block = %1 accuracy points on held-out identities</source>
        <translation>coste de la agregación: full − block = %1 puntos de exactitud en identidades reservadas</translation>
    </message>
    <message>
        <source>%1 training identities</source>
        <translation>%1 identidades de entrenamiento</translation>
    </message>
    <message>
        <source>likelihood ratio: Cllr %1, Cllr_min %2 on %3 held-out pairs</source>
        <translation>razón de verosimilitud: Cllr %1, Cllr_min %2 sobre %3 pares reservados</translation>
    </message>
    <message>
        <source>dark glasses over the eyes</source>
        <translation>gafas oscuras sobre los ojos</translation>
    </message>
    <message>
        <source>a face mask covers the lower face</source>
        <translation>una mascarilla cubre la parte inferior del rostro</translation>
    </message>
    <message>
        <source>a skin-coloured object (a hand?) covers the mouth</source>
        <translation>un objeto de color piel (¿una mano?) cubre la boca</translation>
    </message>
    <message>
        <source>hair covers the eyebrows</source>
        <translation>el pelo cubre las cejas</translation>
    </message>
    <message>
        <source>hair covers the forehead</source>
        <translation>el pelo cubre la frente</translation>
    </message>
    <message>
        <source>not assessable from this photo: eyes closed</source>
        <translation>no evaluable en esta fotografía: ojos cerrados</translation>
    </message>
    <message>
        <source>not assessable from this photo: extreme expression</source>
        <translation>no evaluable en esta fotografía: expresión extrema</translation>
    </message>
    <message>
        <source>outside the photo</source>
        <translation>fuera de la fotografía</translation>
    </message>
    <message>
        <source>dark glasses</source>
        <translation>gafas oscuras</translation>
    </message>
    <message>
        <source>mask</source>
        <translation>mascarilla</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>mano</translation>
    </message>
    <message>
        <source>hair</source>
        <translation>pelo</translation>
    </message>
    <message>
        <source>extreme expression</source>
        <translation>expresión extrema</translation>
    </message>
    <message>
        <source>out of frame</source>
        <translation>fuera del encuadre</translation>
    </message>
    <message>
        <source>visibility check: the photo is empty</source>
        <translation>comprobación de visibilidad: la fotografía está vacía</translation>
    </message>
    <message>
        <source>%1 not assessable (%2)</source>
        <translation>%1: no evaluable (%2)</translation>
    </message>
    <message>
        <source>%1 not visible (%2)</source>
        <translation>%1: no visible (%2)</translation>
    </message>
    <message>
        <source>%1 not assessable in the probe (%2)</source>
        <translation>%1: no evaluable en la imagen dubitada (%2)</translation>
    </message>
    <message>
        <source>%1 not visible in the probe (%2)</source>
        <translation>%1: no visible en la imagen dubitada (%2)</translation>
    </message>
    <message>
        <source>%1 not assessable in the reference (%2)</source>
        <translation>%1: no evaluable en la imagen de referencia (%2)</translation>
    </message>
    <message>
        <source>%1 not visible in the reference (%2)</source>
        <translation>%1: no visible en la imagen de referencia (%2)</translation>
    </message>
    <message>
        <source>no photos found</source>
        <translation>no se encontraron fotografías</translation>
    </message>
    <message>
        <source>Checking visibility</source>
        <translation>Comprobando la visibilidad</translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation>evaluación cancelada</translation>
    </message>
    <message>
        <source>Visibility check on %1 photos (%2 with a face) in %3</source>
        <translation>Comprobación de visibilidad en %1 fotografías (%2 con rostro) en %3</translation>
    </message>
    <message>
        <source>  %1 (%2): detection rate %3 % (%4 of %5; own reason %6; face lost %7)</source>
        <translation>  %1 (%2): tasa de detección %3 % (%4 de %5; motivo propio %6; rostro perdido %7)</translation>
    </message>
    <message>
        <source>  false alarms on the unoccluded photos: %1 % (%2 of %3)</source>
        <translation>  falsas alarmas en las fotografías sin oclusión: %1 % (%2 de %3)</translation>
    </message>
    <message>
        <source>    %1: %2</source>
        <translation>    %1: %2</translation>
    </message>
    <message>
        <source>  flagged on the unoccluded photos (not occluders): %1: %2</source>
        <translation>  señalados en las fotografías sin oclusión (no oclusores): %1: %2</translation>
    </message>
    <message>
        <source>sRGB primaries with another tone curve</source>
        <translation>primarios sRGB con otra curva tonal</translation>
    </message>
    <message>
        <source>the embedded colour profile</source>
        <translation>el perfil de color incrustado</translation>
    </message>
    <message>
        <source>embedded colour profile not usable (e.g. a CMYK or grey-scale profile): sRGB assumed</source>
        <translation>perfil de color incrustado no utilizable (p. ej. un perfil CMYK o de escala de grises): se supone sRGB</translation>
    </message>
    <message>
        <source>no embedded profile: sRGB assumed</source>
        <translation>sin perfil incrustado: se supone sRGB</translation>
    </message>
    <message>
        <source>embedded profile is sRGB: no conversion needed</source>
        <translation>el perfil incrustado es sRGB: no se necesita conversión</translation>
    </message>
    <message>
        <source>converted from %1 to sRGB</source>
        <translation>convertido de %1 a sRGB</translation>
    </message>
    <message>
        <source>progressive</source>
        <translation>progresivo</translation>
    </message>
    <message>
        <source>greyscale</source>
        <translation>escala de grises</translation>
    </message>
    <message>
        <source>16-bit</source>
        <translation>16 bits</translation>
    </message>
    <message>
        <source>palette</source>
        <translation>paleta</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alfa</translation>
    </message>
    <message>
        <source>image 1 of %1</source>
        <translation>imagen 1 de %1</translation>
    </message>
    <message>
        <source>page 1 of %1</source>
        <translation>página 1 de %1</translation>
    </message>
    <message>
        <source>frame 1 of %1</source>
        <translation>fotograma 1 de %1</translation>
    </message>
    <message>
        <source>; transparent areas composited on white</source>
        <translation>; zonas transparentes compuestas sobre blanco</translation>
    </message>
    <message>
        <source>named .%1 but is a %2 file</source>
        <translation>con extensión .%1, pero es un archivo %2</translation>
    </message>
    <message>
        <source>turned upright by the HEIF rotation (irot), applied by libheif</source>
        <translation>enderezada por la rotación HEIF (irot), aplicada por libheif</translation>
    </message>
    <message>
        <source>HEIF rotation/mirror (irot/imir) applied by libheif</source>
        <translation>rotación/reflejo HEIF (irot/imir) aplicados por libheif</translation>
    </message>
    <message>
        <source>; its EXIF orientation %1 is not applied again</source>
        <translation>; su orientación EXIF %1 no se vuelve a aplicar</translation>
    </message>
    <message>
        <source>no colour profile: sRGB assumed</source>
        <translation>sin perfil de color: se supone sRGB</translation>
    </message>
    <message>
        <source>a TIFF page directory cannot be read (the file is cut off or corrupt)</source>
        <translation>no se puede leer un directorio de página TIFF (el archivo está truncado o dañado)</translation>
    </message>
    <message>
        <source>CMYK converted to RGB by the plain formula; its embedded CMYK profile is not applied (no CMYK colour engine): sRGB assumed</source>
        <translation>CMYK convertido a RGB con la fórmula simple; no se aplica su perfil CMYK incrustado (no hay motor de color CMYK): se supone sRGB</translation>
    </message>
    <message>
        <source>CMYK converted to RGB by the plain formula: sRGB assumed</source>
        <translation>CMYK convertido a RGB con la fórmula simple: se supone sRGB</translation>
    </message>
    <message>
        <source>a %1 file, but no %1 decoder is installed (Debian package qt6-image-formats-plugins)</source>
        <translation>un archivo %1, pero no hay ningún decodificador %1 instalado (paquete de Debian qt6-image-formats-plugins)</translation>
    </message>
    <message>
        <source>cannot decode CMYK JPEG image (%1)</source>
        <translation>no se puede decodificar la imagen JPEG CMYK (%1)</translation>
    </message>
    <message>
        <source>%1 colour components, not 4</source>
        <translation>%1 componentes de color, no 4</translation>
    </message>
    <message>
        <source>upright as stored (EXIF orientation 1)</source>
        <translation>derecha tal como está almacenada (orientación EXIF 1)</translation>
    </message>
    <message>
        <source>mirrored left to right (EXIF orientation 2)</source>
        <translation>reflejada de izquierda a derecha (orientación EXIF 2)</translation>
    </message>
    <message>
        <source>rotated 180° (EXIF orientation 3)</source>
        <translation>girada 180° (orientación EXIF 3)</translation>
    </message>
    <message>
        <source>mirrored top to bottom (EXIF orientation 4)</source>
        <translation>reflejada de arriba abajo (orientación EXIF 4)</translation>
    </message>
    <message>
        <source>mirrored left to right, then rotated 90° anticlockwise (EXIF orientation 5)</source>
        <translation>reflejada de izquierda a derecha y después girada 90° en sentido antihorario (orientación EXIF 5)</translation>
    </message>
    <message>
        <source>rotated 90° clockwise (EXIF orientation 6)</source>
        <translation>girada 90° en sentido horario (orientación EXIF 6)</translation>
    </message>
    <message>
        <source>mirrored left to right, then rotated 90° clockwise (EXIF orientation 7)</source>
        <translation>reflejada de izquierda a derecha y después girada 90° en sentido horario (orientación EXIF 7)</translation>
    </message>
    <message>
        <source>rotated 90° anticlockwise (EXIF orientation 8)</source>
        <translation>girada 90° en sentido antihorario (orientación EXIF 8)</translation>
    </message>
    <message>
        <source>no EXIF orientation: used as stored</source>
        <translation>sin orientación EXIF: se usa tal como está almacenada</translation>
    </message>
    <message>
        <source>the image claims a size beyond libheif&apos;s safety limit</source>
        <translation>la imagen declara un tamaño que supera el límite de seguridad de libheif</translation>
    </message>
    <message>
        <source>libheif error %1</source>
        <translation>error de libheif %1</translation>
    </message>
    <message>
        <source>nclx colour description with transfer characteristics %1 (HDR or unusual): not converted, shown as sRGB</source>
        <translation>descripción de color nclx con características de transferencia %1 (HDR o inusuales): no se convierte, se muestra como sRGB</translation>
    </message>
    <message>
        <source>nclx colour primaries %1 not understood: shown as sRGB</source>
        <translation>primarios de color nclx %1 no reconocidos: se muestra como sRGB</translation>
    </message>
    <message>
        <source>cannot decode HEIF image</source>
        <translation>no se puede decodificar la imagen HEIF</translation>
    </message>
    <message>
        <source>cannot decode HEIF image (no pixel data)</source>
        <translation>no se puede decodificar la imagen HEIF (sin datos de píxel)</translation>
    </message>
    <message>
        <source>cannot read HEIF file</source>
        <translation>no se puede leer el archivo HEIF</translation>
    </message>
    <message>
        <source>HEIF file has no primary image</source>
        <translation>el archivo HEIF no tiene imagen principal</translation>
    </message>
    <message>
        <source>no HEIC encoder</source>
        <translation>no hay codificador HEIC</translation>
    </message>
    <message>
        <source>cannot encode HEIC</source>
        <translation>no se puede codificar HEIC</translation>
    </message>
    <message>
        <source>cannot write HEIC</source>
        <translation>no se puede escribir HEIC</translation>
    </message>
    <message>
        <source>the file ends before the WebP data does</source>
        <translation>el archivo termina antes que los datos WebP</translation>
    </message>
    <message>
        <source>the file ends before the BMP pixel data does</source>
        <translation>el archivo termina antes que los datos de píxel BMP</translation>
    </message>
    <message>
        <source>the file ends before the GIF trailer</source>
        <translation>el archivo termina antes del bloque final (trailer) GIF</translation>
    </message>
    <message>
        <source>a block head needs m = groups × block width (%1 × %2 = %3), m is %4</source>
        <translation>un cabezal por bloques requiere m = grupos × ancho de bloque (%1 × %2 = %3); m es %4</translation>
    </message>
    <message>
        <source>&apos;W&apos; is a block head&apos;s matrix but W[%1, %2] = %3 lies outside the block of concept %1&apos;s group %4 (columns %5..%6)</source>
        <translation>&apos;W&apos; es la matriz de un cabezal por bloques, pero W[%1, %2] = %3 está fuera del bloque del grupo %4 del concepto %1 (columnas %5..%6)</translation>
    </message>
    <message>
        <source>pairs[%1]: needs a finite &quot;score&quot;, &quot;same&quot; 0 or 1 and, if given, &quot;excluded&quot; as [{&quot;component&quot;, &quot;reason&quot;}]</source>
        <translation>pairs[%1]: necesita un &quot;score&quot; finito, &quot;same&quot; 0 o 1 y, si se da, &quot;excluded&quot; como [{&quot;component&quot;, &quot;reason&quot;}]</translation>
    </message>
    <message>
        <source>{&quot;pairs&quot;: [{&quot;score&quot;: number, &quot;same&quot;: 0 or 1, &quot;excluded&quot;: [...]}, ...]} or a verify-pairs shard (--shard i/n --json)</source>
        <translation>{&quot;pairs&quot;: [{&quot;score&quot;: número, &quot;same&quot;: 0 o 1, &quot;excluded&quot;: [...]}, ...]} o una parte de verify-pairs (--shard i/n --json)</translation>
    </message>
    <message>
        <source>%1 scored pairs left something out of the explainable score, as compare does (%2)
</source>
        <translation>%1 pares puntuados dejaron algo fuera de la puntuación explicable, como hace compare (%2)
</translation>
    </message>
    <message>
        <source>must be an object {id: fraction of pairs}</source>
        <translation>debe ser un objeto {id: fracción de pares}</translation>
    </message>
    <message>
        <source>must be a fraction in [0, 1]</source>
        <translation>debe ser una fracción en [0, 1]</translation>
    </message>
    <message>
        <source>tensors &apos;%1&apos; and &apos;%2&apos; come together (training range)</source>
        <translation>los tensores &apos;%1&apos; y &apos;%2&apos; van juntos (rango de entrenamiento)</translation>
    </message>
    <message>
        <source>training range</source>
        <translation>rango de entrenamiento</translation>
    </message>
    <message>
        <source>not assessed: outside the range of the training photos (value %1, z %2 beyond ±%3; the pack records no training range)</source>
        <translation>no evaluado: fuera del rango de las fotos de entrenamiento (valor %1, z %2 más allá de ±%3; el paquete no registra rango de entrenamiento)</translation>
    </message>
    <message>
        <source>not assessed: outside the range of the training photos (value %1, training range %2 to %3)</source>
        <translation>no evaluado: fuera del rango de las fotos de entrenamiento (valor %1, rango de entrenamiento %2 a %3)</translation>
    </message>
    <message>
        <source>not assessed: appearance of &apos;%1&apos; outside the range of the training photos (score %2, training range %3 to %4)</source>
        <translation>no evaluado: apariencia de &apos;%1&apos; fuera del rango de las fotos de entrenamiento (puntuación %2, rango de entrenamiento %3 a %4)</translation>
    </message>
    <message>
        <source>the comparison&apos;s score %1 differs from the pair score %2</source>
        <translation>la puntuación %1 de la comparación difiere de la puntuación del par %2</translation>
    </message>
    <message>
        <source>components left out of the score (%1); the calibration did not record how often its pairs left them out</source>
        <translation>componentes dejados fuera de la puntuación (%1); la calibración no registró con qué frecuencia sus pares los dejaban fuera</translation>
    </message>
    <message>
        <source>%1 marked not assessable by the examiner and left out of the score; the calibration pairs were scored without that decision</source>
        <translation>%1 marcado como no evaluable por el perito y dejado fuera de la puntuación; los pares de calibración se puntuaron sin esa decisión</translation>
    </message>
    <message>
        <source>%1 left out of the score (%2), as in only %3 % of the calibration pairs (fewer than %4 %)</source>
        <translation>%1 dejado fuera de la puntuación (%2), como solo en el %3 % de los pares de calibración (menos del %4 %)</translation>
    </message>
    <message>
        <source>not measurable in this photo</source>
        <translation>no medible en esta foto</translation>
    </message>
    <message>
        <source>the face model has no trained head</source>
        <translation>el modelo facial no tiene cabeza entrenada</translation>
    </message>
    <message>
        <source>the concept scores were not made with this face model</source>
        <translation>las puntuaciones de conceptos no se hicieron con este modelo facial</translation>
    </message>
    <message>
        <source>%1: &apos;excluded&apos; must hold {&quot;component&quot;, &quot;reason&quot;} objects</source>
        <translation>%1: &apos;excluded&apos; debe contener objetos {&quot;component&quot;, &quot;reason&quot;}</translation>
    </message>
    <message>
        <source>pair with face %1, which has no analysis</source>
        <translation>par con la cara %1, que no tiene análisis</translation>
    </message>
    <message>
        <source>threshold calibration: %1 of %2 pairs scored with exclusions</source>
        <translation>calibración del umbral: %1 de %2 pares puntuados con exclusiones</translation>
    </message>
    <message>
        <source>Strong support for different persons</source>
        <translation>Apoyo fuerte a que sean personas distintas</translation>
    </message>
    <message>
        <source>The observations are much more probable if the photos show different persons.</source>
        <translation>Las observaciones son mucho más probables si las fotografías muestran a personas distintas.</translation>
    </message>
    <message>
        <source>Moderate support for different persons</source>
        <translation>Apoyo moderado a que sean personas distintas</translation>
    </message>
    <message>
        <source>The observations are more probable if the photos show different persons.</source>
        <translation>Las observaciones son más probables si las fotografías muestran a personas distintas.</translation>
    </message>
    <message>
        <source>Limited support for different persons</source>
        <translation>Apoyo limitado a que sean personas distintas</translation>
    </message>
    <message>
        <source>The observations are slightly more probable if the photos show different persons.</source>
        <translation>Las observaciones son ligeramente más probables si las fotografías muestran a personas distintas.</translation>
    </message>
    <message>
        <source>The observations support neither proposition over the other.</source>
        <translation>Las observaciones no apoyan ninguna de las dos proposiciones más que la otra.</translation>
    </message>
    <message>
        <source>Limited support for the same person</source>
        <translation>Apoyo limitado a que sea la misma persona</translation>
    </message>
    <message>
        <source>The observations are slightly more probable if the photos show the same person.</source>
        <translation>Las observaciones son ligeramente más probables si las fotografías muestran a la misma persona.</translation>
    </message>
    <message>
        <source>Moderate support for the same person</source>
        <translation>Apoyo moderado a que sea la misma persona</translation>
    </message>
    <message>
        <source>The observations are more probable if the photos show the same person.</source>
        <translation>Las observaciones son más probables si las fotografías muestran a la misma persona.</translation>
    </message>
    <message>
        <source>Strong support for the same person</source>
        <translation>Apoyo fuerte a que sea la misma persona</translation>
    </message>
    <message>
        <source>The observations are much more probable if the photos show the same person.</source>
        <translation>Las observaciones son mucho más probables si las fotografías muestran a la misma persona.</translation>
    </message>
    <message>
        <source>Not suitable for comparison</source>
        <translation>No apto para la comparación</translation>
    </message>
    <message>
        <source>The photos do not allow a meaningful comparison (quality, pose, occlusion).</source>
        <translation>Las fotografías no permiten una comparación significativa (calidad, pose, oclusión).</translation>
    </message>
    <message>
        <source>Descry 7-level ordinal scale (after FISWG 2019 and ENFSI-BPM-DI-01 2018)</source>
        <translation>Escala ordinal de Descry de 7 niveles (según FISWG 2019 y ENFSI-BPM-DI-01 2018)</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; must be a string</source>
        <translation>caso: el miembro &apos;%1&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; is longer than %2 characters</source>
        <translation>caso: el miembro &apos;%1&apos; tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>case: unknown member &apos;details.%1%2&apos;</source>
        <translation>caso: miembro desconocido &apos;details.%1%2&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;details.conclusion.utc&apos; must be an ISO 8601 UTC time</source>
        <translation>caso: el miembro &apos;details.conclusion.utc&apos; debe ser una hora UTC ISO 8601</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; must be [x, y] in pixels</source>
        <translation>caso: el miembro &apos;%1&apos; debe ser [x, y] en píxeles</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; must be a list of at most 68 points</source>
        <translation>caso: el miembro &apos;%1&apos; debe ser una lista de 68 puntos como máximo</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; has a point whose &apos;index&apos; is not 0 to 67</source>
        <translation>caso: el miembro &apos;%1&apos; tiene un punto cuyo &apos;index&apos; no está entre 0 y 67</translation>
    </message>
    <message>
        <source>case: member &apos;%1&apos; moves point %2 twice</source>
        <translation>caso: el miembro &apos;%1&apos; mueve el punto %2 dos veces</translation>
    </message>
    <message>
        <source>case: member &apos;details.exhibits&apos; must be an object</source>
        <translation>caso: el miembro &apos;details.exhibits&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>case: member &apos;details.conclusion&apos; must be an object</source>
        <translation>caso: el miembro &apos;details.conclusion&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>case details: a field is longer than %1 characters</source>
        <translation>detalles del caso: un campo tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>case details: landmark %1 is not one of the 68 points</source>
        <translation>detalles del caso: el punto de referencia %1 no es uno de los 68 puntos</translation>
    </message>
    <message>
        <source>case details: the rationale is longer than %1 characters</source>
        <translation>detalles del caso: la justificación tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>case details: conclusion scale &apos;%1&apos; is not %2</source>
        <translation>detalles del caso: la escala de conclusión &apos;%1&apos; no es %2</translation>
    </message>
    <message>
        <source>case details: &apos;%1&apos; is not a level of the conclusion scale</source>
        <translation>detalles del caso: &apos;%1&apos; no es un nivel de la escala de conclusión</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) → (%4, %5)</source>
        <translation>punto %1 (%2, %3) → (%4, %5)</translation>
    </message>
    <message>
        <source>as detected</source>
        <translation>tal como se detectaron</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>número de caso</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>organismo</translation>
    </message>
    <message>
        <source>probe exhibit</source>
        <translation>indicio de la imagen dubitada</translation>
    </message>
    <message>
        <source>reference exhibit</source>
        <translation>indicio de la imagen de referencia</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>conclusión</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>concluded by</source>
        <translation>autor de la conclusión</translation>
    </message>
    <message>
        <source>role</source>
        <translation>función</translation>
    </message>
    <message>
        <source>probe view</source>
        <translation>visualización de la imagen dubitada</translation>
    </message>
    <message>
        <source>reference view</source>
        <translation>visualización de la imagen de referencia</translation>
    </message>
    <message>
        <source>probe landmarks</source>
        <translation>puntos de referencia de la imagen dubitada</translation>
    </message>
    <message>
        <source>reference landmarks</source>
        <translation>puntos de referencia de la imagen de referencia</translation>
    </message>
    <message>
        <source>case details (number, exhibits, conclusion) belong to face cases</source>
        <translation>los detalles del caso (número, indicios, conclusión) corresponden a casos de comparación facial</translation>
    </message>
    <message>
        <source>the title has more than %1 characters</source>
        <translation>el título tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>title: &apos;%1&apos; → &apos;%2&apos;</source>
        <translation>título: &apos;%1&apos; → &apos;%2&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;details&apos; in a %1 case</source>
        <translation>caso: miembro &apos;details&apos; en un caso %1</translation>
    </message>
    <message>
        <source>case: member &apos;details&apos; must be an object</source>
        <translation>caso: el miembro &apos;details&apos; debe ser un objeto</translation>
    </message>
    <message>
        <source>landmark %1 is not one of the 68 points</source>
        <translation>el punto de referencia %1 no es uno de los 68 puntos</translation>
    </message>
    <message>
        <source>brightness %1</source>
        <translation>brillo %1</translation>
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
        <translation>ecualización del histograma</translation>
    </message>
    <message>
        <source>CLAHE</source>
        <translation>CLAHE</translation>
    </message>
    <message>
        <source>case: unknown member &apos;%1.%2&apos;</source>
        <translation>caso: miembro desconocido &apos;%1.%2&apos;</translation>
    </message>
    <message>
        <source>case: member &apos;%1.%2&apos; must be a number from %3 to %4</source>
        <translation>caso: el miembro &apos;%1.%2&apos; debe ser un número de %3 a %4</translation>
    </message>
    <message>
        <source>case: member &apos;%1.%2&apos; must be true or false</source>
        <translation>caso: el miembro &apos;%1.%2&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>view enhancement: %1 must be from %2 to %3</source>
        <translation>mejora de la visualización: %1 debe estar entre %2 y %3</translation>
    </message>
    <message>
        <source>Neutral: neither proposition supported</source>
        <translation>Neutral: no se apoya ninguna de las proposiciones</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): close distributions (overlap %4), the probe&apos;s most likely &quot;%5&quot; and the reference&apos;s &quot;%6&quot;, adding %7 to the score.</source>
        <translation>%1 – %2 (%3): distribuciones cercanas (solapamiento %4), lo más probable «%5» en la foto dubitada y «%6» en la de referencia; suma %7 a la puntuación.</translation>
    </message>
    <message>
        <source>the file exists; a case is never replaced (choose a new file)</source>
        <translation>el archivo existe; un caso nunca se reemplaza (elija un archivo nuevo)</translation>
    </message>
    <message>
        <source>%1, score %2 with pack %3 %4 (descry-cli compare)</source>
        <translation>%1, puntuación %2 con el paquete %3 %4 (descry-cli compare)</translation>
    </message>
    <message>
        <source>also save a new case file (photos as evidence, pack, comparison) that the desktop application opens; an existing file is never replaced</source>
        <translation>guardar además un archivo de caso nuevo (fotos como evidencia, paquete, comparación) que la aplicación de escritorio abre; un archivo existente nunca se reemplaza</translation>
    </message>
    <message>
        <source>write to FILE (replaced atomically) instead of stdout</source>
        <translation>escribir en ARCHIVO (reemplazado de forma atómica) en lugar de la salida estándar</translation>
    </message>
    <message>
        <source>print the manual page of descry-cli or descry (troff), generated from the options</source>
        <translation>mostrar la página de manual de descry-cli o descry (troff), generada a partir de las opciones</translation>
    </message>
    <message>
        <source>descry-cli (default) or descry</source>
        <translation>descry-cli (predeterminado) o descry</translation>
    </message>
    <message>
        <source>unknown program &apos;%1&apos; (expected descry-cli or descry)</source>
        <translation>programa desconocido &apos;%1&apos; (se esperaba descry-cli o descry)</translation>
    </message>
    <message>
        <source>print the bash completion of descry-cli and descry, generated from the options</source>
        <translation>mostrar el autocompletado de bash de descry-cli y descry, generado a partir de las opciones</translation>
    </message>
    <message>
        <source>the shell</source>
        <translation>el intérprete de órdenes</translation>
    </message>
    <message>
        <source>Descry, the desktop application: explained face comparison and chest X-ray review. Without arguments it opens the main window; the command-line tool is descry-cli.</source>
        <translation>Descry, la aplicación de escritorio: comparación facial explicada y revisión de radiografías de tórax. Sin argumentos abre la ventana principal; la herramienta de línea de órdenes es descry-cli.</translation>
    </message>
    <message>
        <source>a Descry case file (.descry) to open, in the workspace of its task</source>
        <translation>un archivo de caso de Descry (.descry) que abrir, en el espacio de trabajo de su tarea</translation>
    </message>
    <message>
        <source>open this photo as the probe in the Face comparison workspace</source>
        <translation>abrir esta foto como foto dubitada en el espacio Comparación facial</translation>
    </message>
    <message>
        <source>open this photo as the reference in the Face comparison workspace</source>
        <translation>abrir esta foto como referencia en el espacio Comparación facial</translation>
    </message>
    <message>
        <source>without showing the window: open CASE as a double-click would, or compare --probe with --reference through the application&apos;s inference service; print the outcome and exit (checks an installation; works offscreen)</source>
        <translation>sin mostrar la ventana: abrir CASE como lo haría un doble clic, o comparar --probe con --reference mediante el servicio de inferencia de la aplicación; mostrar el resultado y salir (comprueba una instalación; funciona sin pantalla)</translation>
    </message>
    <message>
        <source>with --check: compare N times in this one process, printing the resident memory (a soak test)</source>
        <translation>con --check: comparar N veces en este único proceso mostrando la memoria residente (una prueba de resistencia)</translation>
    </message>
    <message>
        <source>soak: %1/%2 comparisons, resident %3 MiB
</source>
        <translation>resistencia: %1/%2 comparaciones, residente %3 MiB
</translation>
    </message>
    <message>
        <source>soak: %1 comparisons in %2 s; resident %3 MiB after %4 warm-up comparisons, %5 MiB at the end (growth %6 %), peak %7 MiB
</source>
        <translation>resistencia: %1 comparaciones en %2 s; residente %3 MiB tras %4 comparaciones de calentamiento, %5 MiB al final (crecimiento %6 %), pico %7 MiB
</translation>
    </message>
    <message>
        <source>compare two photos N times in one process and report the resident memory&apos;s growth</source>
        <translation>comparar dos fotos N veces en un proceso e informar del crecimiento de la memoria residente</translation>
    </message>
    <message>
        <source>comparisons to run</source>
        <translation>comparaciones que ejecutar</translation>
    </message>
    <message>
        <source>--check needs a CASE or --probe and --reference</source>
        <translation>--check necesita un CASE o --probe y --reference</translation>
    </message>
    <message>
        <source>Case saved: %1
</source>
        <translation>Caso guardado: %1
</translation>
    </message>
    <message>
        <source>weights manifest: weight &apos;%1&apos; is implausibly large</source>
        <translation>manifiesto de pesos: el peso &apos;%1&apos; es inverosímilmente grande</translation>
    </message>
    <message>
        <source>weights manifest describes implausibly many bytes</source>
        <translation>el manifiesto de pesos describe una cantidad inverosímil de bytes</translation>
    </message>
</context>
<context>
    <name>descry-report</name>
    <message>
        <source>Score %1     Threshold %2</source>
        <translation>Puntuación %1     Umbral %2</translation>
    </message>
    <message>
        <source>The score is at or above the calibrated threshold.</source>
        <translation>La puntuación es igual o superior al umbral calibrado.</translation>
    </message>
    <message>
        <source>The score is below the calibrated threshold.</source>
        <translation>La puntuación es inferior al umbral calibrado.</translation>
    </message>
    <message>
        <source>Image quality does not allow a reliable decision:</source>
        <translation>La calidad de imagen no permite una decisión fiable:</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>no se registró ningún motivo</translation>
    </message>
    <message>
        <source>Decision of the explainable model</source>
        <translation>Decisión del modelo explicable</translation>
    </message>
    <message>
        <source>The baseline disagrees with the explainable decision. Examine both photos carefully before relying on either result.</source>
        <translation>La referencia contradice la decisión explicable. Examine con atención ambas fotografías antes de basarse en cualquiera de los resultados.</translation>
    </message>
    <message>
        <source>The baseline is shown for reference only.</source>
        <translation>La referencia se muestra solo a título informativo.</translation>
    </message>
    <message>
        <source>No detection; the whole image was used as the face</source>
        <translation>Sin detección; se usó la imagen completa como rostro</translation>
    </message>
    <message>
        <source>1 face found (detector score %1)</source>
        <translation>1 rostro encontrado (puntuación del detector %1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamaño de la imagen</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Detección</translation>
    </message>
    <message>
        <source>Inter-eye distance</source>
        <translation>Distancia interocular</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>Yaw</source>
        <translation>Guiñada</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Alabeo</translation>
    </message>
    <message>
        <source>Sharpness</source>
        <translation>Nitidez</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Imagen dubitada</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Imagen de referencia</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>No se encontraron problemas</translation>
    </message>
    <message>
        <source>No aligned face</source>
        <translation>Ningún rostro alineado</translation>
    </message>
    <message>
        <source>%1 SHA-256</source>
        <translation>SHA-256 (%1)</translation>
    </message>
    <message>
        <source>Face comparison report</source>
        <translation>Informe de comparación facial</translation>
    </message>
    <message>
        <source>Model pack %1 %2   ·   Descry %3</source>
        <translation>Paquete de modelo %1 %2   ·   Descry %3</translation>
    </message>
    <message>
        <source>Explainable comparison of a probe photo with a reference photo</source>
        <translation>Comparación explicable de una imagen dubitada con una imagen de referencia</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Caso: %1</translation>
    </message>
    <message>
        <source>Examiner: %1</source>
        <translation>Examinador: %1</translation>
    </message>
    <message>
        <source>Faces compared</source>
        <translation>Rostros comparados</translation>
    </message>
    <message>
        <source>End of report</source>
        <translation>Fin del informe</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medido</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>No explanation was produced for this comparison.</source>
        <translation>No se generó ninguna explicación para esta comparación.</translation>
    </message>
    <message>
        <source>Contributions to the score</source>
        <translation>Contribuciones a la puntuación</translation>
    </message>
    <message>
        <source>No descriptor groups were recorded.</source>
        <translation>No se registraron grupos de descriptores.</translation>
    </message>
    <message>
        <source>Each bar is the sum of the contributions of one facial component&apos;s descriptor groups. Bars to the right moved the score towards a match, bars to the left away from it.</source>
        <translation>Cada barra es la suma de las contribuciones de los grupos de descriptores de un componente facial. Las barras hacia la derecha acercaron la puntuación a una coincidencia; las barras hacia la izquierda la alejaron.</translation>
    </message>
    <message>
        <source>Contribution to the score (cosine similarity units)</source>
        <translation>Contribución a la puntuación (unidades de similitud coseno)</translation>
    </message>
    <message>
        <source>Sum of all contributions %1  +  bias term %2  =  score %3</source>
        <translation>Suma de todas las contribuciones %1  +  término de sesgo %2  =  puntuación %3</translation>
    </message>
    <message>
        <source>The %1 descriptor groups with the largest contributions</source>
        <translation>Los %1 grupos de descriptores con mayores contribuciones</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Característica</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Probe: top descriptor</source>
        <translation>Imagen dubitada: descriptor principal</translation>
    </message>
    <message>
        <source>Reference: top descriptor</source>
        <translation>Imagen de referencia: descriptor principal</translation>
    </message>
    <message>
        <source>%1 of %2 groups are shown; the other %3 contribute %4 in total.</source>
        <translation>Se muestran %1 de %2 grupos; los %3 restantes aportan %4 en total.</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Each face is scored against the descriptors of the catalog; the scores S are normalised within each characteristic and aggregated by the pack&apos;s trained weights W into a concept embedding %1. The comparison score is the cosine similarity of the probe&apos;s and the reference&apos;s embeddings, %2, and the decision compares it with the threshold calibrated for the pack.</source>
        <translation>Cada rostro se puntúa frente a los descriptores del catálogo; las puntuaciones S se normalizan dentro de cada característica y se agregan con los pesos entrenados W del paquete en un embedding de conceptos %1. La puntuación de comparación es la similitud coseno de los embeddings de la imagen dubitada y de la de referencia, %2, y la decisión la compara con el umbral calibrado para el paquete.</translation>
    </message>
    <message>
        <source>The score splits exactly into one contribution per descriptor: %1. For this comparison Σ contributions = %2, bias term = %3, score = %4; the residual, a numerical check that must be close to zero, is %5.</source>
        <translation>La puntuación se descompone exactamente en una contribución por descriptor: %1. Para esta comparación, Σ contribuciones = %2, término de sesgo = %3, puntuación = %4; el residuo, una comprobación numérica que debe ser cercana a cero, es %5.</translation>
    </message>
    <message>
        <source>Σ contributions + bias term = score</source>
        <translation>Σ contribuciones + término de sesgo = puntuación</translation>
    </message>
    <message>
        <source>Warning: the residual is not negligible; the contributions do not fully account for the score.</source>
        <translation>Advertencia: el residuo no es despreciable; las contribuciones no explican por completo la puntuación.</translation>
    </message>
    <message>
        <source>Measured descriptors come from distances, ratios and angles between 68 facial landmarks, compared with the population statistics of the pack. Appearance descriptors are read from the face-recognition embedding of the whole face along directions learned from measured examples: they capture appearance that landmarks miss but are less directly verifiable.</source>
        <translation>Los descriptores medidos proceden de distancias, proporciones y ángulos entre 68 puntos de referencia faciales, comparados con las estadísticas de población del paquete. Los descriptores de apariencia se leen del embedding de reconocimiento facial del rostro completo a lo largo de direcciones aprendidas de ejemplos medidos: captan la apariencia que los puntos de referencia no recogen, pero son menos verificables directamente.</translation>
    </message>
    <message>
        <source>Similarity is the overlap (Bhattacharyya coefficient, 0 to 1) of the two faces&apos; descriptor distributions within one characteristic; descriptor scores in brackets are between 0 and 1.</source>
        <translation>La similitud es el solapamiento (coeficiente de Bhattacharyya, de 0 a 1) de las distribuciones de descriptores de ambos rostros dentro de una característica; las puntuaciones de descriptores entre paréntesis están entre 0 y 1.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Model pack</source>
        <translation>Paquete de modelo</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Pack SHA-256</source>
        <translation>SHA-256 del paquete</translation>
    </message>
    <message>
        <source>Descriptor catalog</source>
        <translation>Catálogo de descriptores</translation>
    </message>
    <message>
        <source>Catalog SHA-256</source>
        <translation>SHA-256 del catálogo</translation>
    </message>
    <message>
        <source>Timings</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>pack loading %1  ·  probe %2  ·  reference %3  ·  decision and explanation %4  ·  total %5</source>
        <translation>carga del paquete %1  ·  imagen dubitada %2  ·  imagen de referencia %3  ·  decisión y explicación %4  ·  total %5</translation>
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
        <translation>Informe generado</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Examiner notes</source>
        <translation>Notas del examinador</translation>
    </message>
    <message>
        <source>Examiner note</source>
        <translation>Nota del examinador</translation>
    </message>
    <message>
        <source>Audit summary</source>
        <translation>Resumen de auditoría</translation>
    </message>
    <message>
        <source>Decoded from a truncated or corrupt file</source>
        <translation>Decodificado a partir de un archivo truncado o corrupto</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Damaged input: the comparison was computed from a photo that did not decode completely (allowed by the user). Treat the result with caution.</source>
        <translation>Entrada dañada: la comparación se calculó a partir de una fotografía que no se decodificó por completo (permitido por el usuario). Trate el resultado con precaución.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Archivo de entrada</translation>
    </message>
    <message>
        <source>Decoded completely</source>
        <translation>Decodificado por completo</translation>
    </message>
    <message>
        <source>blind review: export is available once the analysis is locked</source>
        <translation>revisión a ciegas: la exportación estará disponible cuando se bloquee el análisis</translation>
    </message>
    <message>
        <source>Case integrity: %1</source>
        <translation>Integridad del caso: %1</translation>
    </message>
    <message>
        <source>Signature: the case file is not signed</source>
        <translation>Firma: el archivo de caso no está firmado</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>%1 audit entries, the first at %2 UTC, the last at %3 UTC. Every entry is listed in the appendix.</source>
        <translation>%1 entradas de auditoría, la primera el %2 UTC y la última el %3 UTC. Todas las entradas figuran en el apéndice.</translation>
    </message>
    <message>
        <source>%1 UTC   %2</source>
        <translation>%1 UTC   %2</translation>
    </message>
    <message>
        <source>   by %1</source>
        <translation>   por %1</translation>
    </message>
    <message>
        <source>Locks and amendments</source>
        <translation>Bloqueos y enmiendas</translation>
    </message>
    <message>
        <source>Hash of the last entry</source>
        <translation>Hash de la última entrada</translation>
    </message>
    <message>
        <source>Appendix   Audit log</source>
        <translation>Apéndice   Registro de auditoría</translation>
    </message>
    <message>
        <source>Every audited event of the case, oldest first, as recorded in the case file (times in UTC).</source>
        <translation>Todos los eventos auditados del caso, del más antiguo al más reciente, tal como constan en el archivo de caso (horas en UTC).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Hora (UTC)</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinador</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Black-box baseline (%1)</source>
        <translation>Referencia de caja negra (%1)</translation>
    </message>
    <message>
        <source>Prompt (CLIP)</source>
        <translation>Prompt (CLIP)</translation>
    </message>
    <message>
        <source>%1 (measured)</source>
        <translation>%1 (medido)</translation>
    </message>
    <message>
        <source>Measured descriptors come from distances, ratios and angles between 68 facial landmarks, compared with the population statistics of the pack. Prompt descriptors are scored by the CLIP image encoder %1: the cosine between the face&apos;s image embedding and the text embedding of the descriptor&apos;s prompts, so every descriptor of the catalog gets a score, including those no landmark can measure.</source>
        <translation>Los descriptores medidos proceden de distancias, proporciones y ángulos entre 68 puntos de referencia faciales, comparados con las estadísticas de población del paquete. Los descriptores por prompt se puntúan con el codificador de imágenes CLIP %1: el coseno entre el embedding de imagen del rostro y el embedding de texto de los prompts del descriptor, de modo que cada descriptor del catálogo recibe una puntuación, incluidos aquellos que ningún punto de referencia facial puede medir.</translation>
    </message>
    <message>
        <source>Concept scores</source>
        <translation>Puntuaciones de conceptos</translation>
    </message>
    <message>
        <source>Checkpoint SHA-256</source>
        <translation>SHA-256 del checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Checkpoint</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (chosen by the examiner)</source>
        <translation>Rostro %1 de %2 en la fotografía (elegido por el examinador)</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (the largest, by default)</source>
        <translation>Rostro %1 de %2 en la fotografía (el más grande, por defecto)</translation>
    </message>
    <message>
        <source>Decoded as</source>
        <translation>Decodificado como</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Rotación</translation>
    </message>
    <message>
        <source>Excluded from the score</source>
        <translation>Excluido de la puntuación</translation>
    </message>
    <message>
        <source>not visible</source>
        <translation>no visible</translation>
    </message>
    <message>
        <source>marked not assessable by the examiner</source>
        <translation>marcado como no evaluable por el examinador</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>These components were removed from both faces&apos; embeddings and the score was re-computed on the remaining characteristics (re-normalised): %1, against %2 on the whole faces (%3). The decision still uses the pack&apos;s threshold %4, which was calibrated on whole faces.</source>
        <translation>Estos componentes se eliminaron de los embeddings de ambos rostros y la puntuación se volvió a calcular sobre las características restantes (renormalizada): %1, frente a %2 sobre los rostros completos (%3). La decisión sigue utilizando el umbral %4 del paquete, que se calibró sobre rostros completos.</translation>
    </message>
    <message>
        <source>This pack aggregates block by block: each characteristic writes only to its own block of the embedding, so its contribution depends on that characteristic in the two faces alone (its blocks&apos; product divided by the two embeddings&apos; lengths).</source>
        <translation>Este paquete agrega bloque a bloque: cada característica escribe solo en su propio bloque del embedding, por lo que su contribución depende únicamente de esa característica en los dos rostros (el producto de sus bloques dividido por las longitudes de los dos embeddings).</translation>
    </message>
    <message>
        <source>Likelihood ratio (evaluative reporting)</source>
        <translation>Razón de verosimilitud (informe evaluativo)</translation>
    </message>
    <message>
        <source>No likelihood ratio: %1.</source>
        <translation>Sin razón de verosimilitud: %1.</translation>
    </message>
    <message>
        <source>LR %1 (log10 LR %2): %3.</source>
        <translation>LR %1 (log10 LR %2): %3.</translation>
    </message>
    <message>
        <source>The LR is how much more probable this score is if the two photos show the same person than if they show different people. Verbal equivalent on the %1 scale. Calibration: %2 on %3 (%4 same-source, %5 different-source pairs); Cllr %6, Cllr_min %7 (0 is perfect, 1 is no information). The LR does not replace the threshold decision above, which is stated separately.</source>
        <translation>La LR indica cuánto más probable es esta puntuación si las dos fotografías muestran a la misma persona que si muestran a personas distintas. Equivalente verbal en la escala %1. Calibración: %2 sobre %3 (%4 pares de misma fuente, %5 pares de fuentes distintas); Cllr %6, Cllr_min %7 (0 es perfecto, 1 es ausencia de información). La LR no sustituye a la decisión por umbral anterior, que se indica por separado.</translation>
    </message>
    <message>
        <source>Not calibrated for this kind of photo:</source>
        <translation>No calibrado para este tipo de fotografía:</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>no evaluado</translation>
    </message>
    <message>
        <source>Measured quantities</source>
        <translation>Magnitudes medidas</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Magnitud</translation>
    </message>
    <message>
        <source>z</source>
        <translation>z</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Every quantity the measured descriptors are computed from, with its value and its z-score against the pack&apos;s population statistics. &quot;not assessed&quot;: the quantity could not be measured on that photo (a region outside it, or colour on a greyscale photo) or its value lies outside the range of the training photos (the reason is given below the table); its characteristic is then not scored by measurement.</source>
        <translation>Cada magnitud a partir de la cual se calculan los descriptores medidos, con su valor y su puntuación z frente a las estadísticas de población del paquete. «no evaluado»: la magnitud no pudo medirse en esa foto (una región fuera de ella, o el color en una foto en escala de grises) o su valor está fuera del rango de las fotos de entrenamiento (el motivo se indica bajo la tabla); su característica no se puntúa entonces por medición.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>What-if: %1 switched off</source>
        <translation>Simulación: sin %1</translation>
    </message>
    <message>
        <source>Probe, landmarks</source>
        <translation>Imagen dubitada, puntos de referencia</translation>
    </message>
    <message>
        <source>Reference, landmarks</source>
        <translation>Imagen de referencia, puntos de referencia</translation>
    </message>
    <message>
        <source>Overlay (reference at 50 %)</source>
        <translation>Superposición (referencia al 50 %)</translation>
    </message>
    <message>
        <source>Wipe (probe | reference)</source>
        <translation>Cortinilla (imagen dubitada | imagen de referencia)</translation>
    </message>
    <message>
        <source>Aligned faces: landmarks, overlay and wipe</source>
        <translation>Rostros alineados: puntos de referencia, superposición y cortinilla</translation>
    </message>
    <message>
        <source>WHAT-IF: this report shows a what-if, not the model&apos;s full comparison</source>
        <translation>SIMULACIÓN: este informe muestra una simulación, no la comparación completa del modelo</translation>
    </message>
    <message numerus="yes">
        <source>The examiner switched off %1 (%n descriptor(s)). The score, decision, contributions and explanation below are computed without them: score %2, %3. The model&apos;s full comparison scored %4, %5; the removed descriptors&apos; share of that score was %6. The likelihood ratio below belongs to the full comparison.</source>
        <translation>
            <numerusform>El examinador desactivó %1 (%n descriptor). La puntuación, la decisión, las contribuciones y la explicación siguientes se calculan sin él: puntuación %2, %3. La comparación completa del modelo obtuvo %4, %5; la parte del descriptor eliminado en esa puntuación fue %6. La razón de verosimilitud siguiente corresponde a la comparación completa.</numerusform>
            <numerusform>El examinador desactivó %1 (%n descriptores). La puntuación, la decisión, las contribuciones y la explicación siguientes se calculan sin ellos: puntuación %2, %3. La comparación completa del modelo obtuvo %4, %5; la parte de los descriptores eliminados en esa puntuación fue %6. La razón de verosimilitud siguiente corresponde a la comparación completa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>Número de caso: %1</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>Título: %1</translation>
    </message>
    <message>
        <source>Agency: %1</source>
        <translation>Organismo: %1</translation>
    </message>
    <message>
        <source>probe exhibit %1</source>
        <translation>indicio de la imagen dubitada %1</translation>
    </message>
    <message>
        <source>reference exhibit %1</source>
        <translation>indicio de la imagen de referencia %1</translation>
    </message>
    <message>
        <source>Exhibits: %1</source>
        <translation>Indicios: %1</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>imagen dubitada</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>imagen de referencia</translation>
    </message>
    <message>
        <source>point %1 (%2, %3) → (%4, %5)</source>
        <translation>punto %1 (%2, %3) → (%4, %5)</translation>
    </message>
    <message>
        <source>Examination aids</source>
        <translation>Ayudas al examen</translation>
    </message>
    <message>
        <source>Viewing enhancement used (display only: the evidence files and the analysis use the photos as loaded):</source>
        <translation>Mejora de imagen utilizada (solo visualización: los archivos de evidencia y el análisis usan las fotografías tal como se cargaron):</translation>
    </message>
    <message>
        <source>Landmarks moved by the examiner (the measured characteristics use the moved points; alignment and appearance use the detector&apos;s; pixels of the analysed photo):</source>
        <translation>Puntos de referencia movidos por el examinador (las características medidas usan los puntos movidos; la alineación y la apariencia, los del detector; píxeles de la fotografía analizada):</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>1. Examiner&apos;s conclusion</source>
        <translation>1. Conclusión del examinador</translation>
    </message>
    <message>
        <source>No conclusion recorded</source>
        <translation>No se registró ninguna conclusión</translation>
    </message>
    <message>
        <source>Scale: %1</source>
        <translation>Escala: %1</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>%1 (score %2, threshold %3)</source>
        <translation>%1 (puntuación %2, umbral %3)</translation>
    </message>
    <message>
        <source>— what-if; the full comparison: %1</source>
        <translation>— simulación; comparación completa: %1</translation>
    </message>
    <message>
        <source>2. Model&apos;s decision (threshold, not an opinion)</source>
        <translation>2. Decisión del modelo (umbral, no una opinión)</translation>
    </message>
    <message>
        <source>3. Model&apos;s likelihood ratio</source>
        <translation>3. Razón de verosimilitud del modelo</translation>
    </message>
    <message>
        <source>LR %1: %2%3</source>
        <translation>LR %1: %2%3</translation>
    </message>
    <message>
        <source> (not calibrated for this kind of photo)</source>
        <translation> (no calibrado para este tipo de fotografía)</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>The examiner&apos;s conclusion is the examiner&apos;s own; the model&apos;s decision and likelihood ratio are stated separately and are not part of it.</source>
        <translation>La conclusión del examinador es exclusivamente suya; la decisión y la razón de verosimilitud del modelo se indican por separado y no forman parte de ella.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <source>Case signature</source>
        <translation>Firma del caso</translation>
    </message>
    <message>
        <source>the case file is not signed</source>
        <translation>el archivo de caso no está firmado</translation>
    </message>
    <message>
        <source>Signed: ______________________________</source>
        <translation>Firmado: ______________________________</translation>
    </message>
    <message>
        <source>Both faces are aligned on the same five points (eye centres, nose tip, mouth corners). Points the examiner moved are magenta; points outside the aligned crop are not drawn.</source>
        <translation>Ambas caras están alineadas en los mismos cinco puntos (centros de los ojos, punta de la nariz, comisuras de la boca). Los puntos movidos por el examinador están en magenta; los puntos fuera del recorte alineado no se dibujan.</translation>
    </message>
</context>
<context>
    <name>descry::ui::AboutDialog</name>
    <message>
        <source>About Descry</source>
        <translation>Acerca de Descry</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Descry&lt;/h2&gt;&lt;p&gt;Explainable face comparison and chest X-ray review.&lt;br&gt;Decisions are explained with named characteristic descriptors that the model measures and weighs.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Descry&lt;/h2&gt;&lt;p&gt;Comparación facial explicable y revisión de radiografías de tórax.&lt;br&gt;Las decisiones se explican con descriptores de características con nombre que el modelo mide y pondera.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>fails verification: %1</source>
        <translation>no supera la verificación: %1</translation>
    </message>
    <message>
        <source>No model packs installed.</source>
        <translation>No hay paquetes de modelo instalados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model packs&lt;/b&gt; (SHA-256)&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;b&gt;Paquetes de modelo&lt;/b&gt; (SHA-256)&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>descry::ui::AlignedCompareView</name>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Show the aligned probe and reference next to each other</source>
        <translation>Mostrar una junto a otra la imagen dubitada y la de referencia alineadas</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Superposición</translation>
    </message>
    <message>
        <source>Draw the reference over the probe with adjustable opacity</source>
        <translation>Superponer la imagen de referencia sobre la dubitada con opacidad ajustable</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>Cortinilla</translation>
    </message>
    <message>
        <source>Drag the divider: probe on the left, reference on the right</source>
        <translation>Arrastre el divisor: imagen dubitada a la izquierda, de referencia a la derecha</translation>
    </message>
    <message>
        <source>Reference opacity</source>
        <translation>Opacidad de la referencia</translation>
    </message>
    <message>
        <source>Opacity of the reference face over the probe face</source>
        <translation>Opacidad del rostro de referencia sobre el rostro dubitado</translation>
    </message>
    <message>
        <source>No aligned face</source>
        <translation>Ningún rostro alineado</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Imagen dubitada</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Imagen de referencia</translation>
    </message>
    <message>
        <source>Probe, reference at %1%</source>
        <translation>Imagen dubitada, referencia al %1%</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Puntos de referencia</translation>
    </message>
    <message>
        <source>Draw the 68 landmarks (probe yellow, reference cyan)</source>
        <translation>Dibujar los 68 puntos de referencia (imagen dubitada en amarillo, de referencia en cian)</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Draw a grid of 8×8 cells over the aligned faces</source>
        <translation>Dibujar una cuadrícula de 8×8 celdas sobre los rostros alineados</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Contrast of both aligned faces, for viewing only</source>
        <translation>Contraste de ambos rostros alineados, solo para la visualización</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole faces (zoom with the wheel or +/-, pan by dragging)</source>
        <translation>Mostrar los rostros completos (zoom con la rueda o +/-, desplazamiento arrastrando)</translation>
    </message>
    <message>
        <source>Aligned faces</source>
        <translation>Rostros alineados</translation>
    </message>
    <message>
        <source>The aligned probe and reference faces: side by side, overlaid or wiped; +/- zoom, 0 fits, Left/Right move the wipe divider</source>
        <translation>Los rostros alineados de la imagen dubitada y de la de referencia: en paralelo, superpuestos o con cortinilla; +/- para el zoom, 0 para ajustar, Izquierda/Derecha mueven el divisor</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Click two points on a face (side by side): the distance in pixels and in that face&apos;s inter-eye distances (IOD)</source>
        <translation>Haga clic en dos puntos de una cara (lado a lado): la distancia en píxeles y en distancias interoculares (IOD) de esa cara</translation>
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
        <translation>Caso</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Número de caso:</translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation>&amp;Organismo:</translation>
    </message>
    <message>
        <source>&amp;Probe exhibit:</source>
        <translation>Indicio de la imagen &amp;dubitada:</translation>
    </message>
    <message>
        <source>R&amp;eference exhibit:</source>
        <translation>Indicio de la imagen de &amp;referencia:</translation>
    </message>
    <message>
        <source>(no conclusion)</source>
        <translation>(sin conclusión)</translation>
    </message>
    <message>
        <source>Conclusion level</source>
        <translation>Nivel de conclusión</translation>
    </message>
    <message>
        <source>Why: the similarities and differences observed, their weight, the limitations of the photos</source>
        <translation>Por qué: las similitudes y diferencias observadas, su peso, las limitaciones de las fotografías</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>e.g. Forensic facial examiner</source>
        <translation>p. ej. perito en comparación facial forense</translation>
    </message>
    <message>
        <source>Record &amp;conclusion</source>
        <translation>Registrar &amp;conclusión</translation>
    </message>
    <message>
        <source>Record the conclusion in the case (audited); sign it with File › Sign and save</source>
        <translation>Registrar la conclusión en el caso (auditado); fírmela con Archivo › Firmar y guardar caso</translation>
    </message>
    <message>
        <source>Examiner&apos;s conclusion</source>
        <translation>Conclusión del examinador</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Escala:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>N&amp;ivel:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>Choose a level of the scale before recording the conclusion.</source>
        <translation>Elija un nivel de la escala antes de registrar la conclusión.</translation>
    </message>
    <message>
        <source>Enter your name: a conclusion is recorded with the name of the examiner who reached it.</source>
        <translation>Introduzca su nombre: una conclusión se registra con el nombre del examinador que la formuló.</translation>
    </message>
    <message>
        <source>Write the rationale: a conclusion is recorded with the reasons for it.</source>
        <translation>Escriba la justificación: una conclusión se registra con sus motivos.</translation>
    </message>
    <message>
        <source>No conclusion recorded yet.</source>
        <translation>Aún no se ha registrado ninguna conclusión.</translation>
    </message>
    <message>
        <source>Recorded by %1 (%2) on %3 UTC.</source>
        <translation>Registrada por %1 (%2) el %3 UTC.</translation>
    </message>
    <message>
        <source>no role given</source>
        <translation>sin función indicada</translation>
    </message>
</context>
<context>
    <name>descry::ui::ContributionChart</name>
    <message>
        <source>Contribution to the score by facial component</source>
        <translation>Contribución a la puntuación por componente facial</translation>
    </message>
    <message>
        <source>%1 – %2 (%3): contribution per descriptor</source>
        <translation>%1 – %2 (%3): contribución por descriptor</translation>
    </message>
    <message>
        <source>concept %1</source>
        <translation>concepto %1</translation>
    </message>
    <message>
        <source>Aggregation weights of &quot;%1&quot; (row %2 of W)</source>
        <translation>Pesos de agregación de «%1» (fila %2 de W)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>peso</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribución</translation>
    </message>
    <message>
        <source>embedding dimension</source>
        <translation>dimensión del embedding</translation>
    </message>
    <message>
        <source>Contribution chart</source>
        <translation>Gráfico de contribuciones</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Aún no hay comparación</translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrCaseDocument</name>
    <message>
        <source>this is a %1 case, not a chest X-ray case; open it in its own workspace</source>
        <translation>este es un caso %1, no un caso de radiografía de tórax; ábralo en su propio espacio de trabajo</translation>
    </message>
    <message>
        <source>patient and study identifiers shown for %1</source>
        <translation>identificadores del paciente y del estudio mostrados para %1</translation>
    </message>
    <message>
        <source>reset: a new review</source>
        <translation>restablecimiento: una nueva revisión</translation>
    </message>
    <message>
        <source>%1, P(effusion) %2 for %3</source>
        <translation>%1, P(effusion) %2 para %3</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrChecklistModel</name>
    <message>
        <source>%1 (%2): switch the whole group off to see the decision without it</source>
        <translation>%1 (%2): desactive todo el grupo para ver la decisión sin él</translation>
    </message>
    <message>
        <source>Your reading of &quot;%1&quot;: present, absent, uncertain or not assessed</source>
        <translation>Su lectura de &quot;%1&quot;: presente, ausente, incierto o no evaluado</translation>
    </message>
    <message>
        <source>%1 (%2): cosine %3, group score %4, contribution %5</source>
        <translation>%1 (%2): coseno %3, puntuación de grupo %4, contribución %5</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descriptor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Your reading</source>
        <translation>Su lectura</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrContributionChart</name>
    <message>
        <source>Contribution to the effusion margin by descriptor group</source>
        <translation>Contribución al margen de derrame por grupo de descriptores</translation>
    </message>
    <message>
        <source>%1: contribution per descriptor</source>
        <translation>%1: contribución por descriptor</translation>
    </message>
    <message>
        <source>The %1 descriptors that move the margin most</source>
        <translation>Los %1 descriptores que más desplazan el margen</translation>
    </message>
    <message>
        <source>Select a group in the list to see its descriptors</source>
        <translation>Seleccione un grupo de la lista para ver sus descriptores</translation>
    </message>
    <message>
        <source>red: toward effusion</source>
        <translation>rojo: hacia derrame</translation>
    </message>
    <message>
        <source>blue: toward no effusion</source>
        <translation>azul: hacia sin derrame</translation>
    </message>
    <message>
        <source>contribution to the margin</source>
        <translation>contribución al margen</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrNotesPanel</name>
    <message>
        <source>Reading notes</source>
        <translation>Notas de lectura</translation>
    </message>
    <message>
        <source>Findings and impression (saved with the case; every committed change is audited)</source>
        <translation>Hallazgos e impresión (se guardan con el caso; cada cambio consignado queda auditado)</translation>
    </message>
    <message>
        <source>Lock reading</source>
        <translation>Bloquear lectura</translation>
    </message>
    <message>
        <source>Lock your notes and checklist (audited); with blind review the model&apos;s output is shown only then, and later changes are amendments with a reason</source>
        <translation>Bloquear sus notas y su lista de comprobación (auditado); con la revisión a ciegas, el resultado del modelo solo se muestra entonces, y los cambios posteriores son enmiendas con un motivo</translation>
    </message>
    <message>
        <source>Amend notes…</source>
        <translation>Enmendar notas…</translation>
    </message>
    <message>
        <source>Change the locked notes, with a reason recorded in the audit log</source>
        <translation>Cambiar las notas bloqueadas, con un motivo que consta en el registro de auditoría</translation>
    </message>
    <message>
        <source>Not locked: lock your reading before relying on the model&apos;s output.</source>
        <translation>No bloqueada: bloquee su lectura antes de basarse en el resultado del modelo.</translation>
    </message>
    <message>
        <source>Locked by %1 at %2.</source>
        <translation>Bloqueada por %1 el %2.</translation>
    </message>
    <message numerus="yes">
        <source>Locked by %1 at %2; %n amendment(s) since (see the audit log).</source>
        <translation>
            <numerusform>Bloqueada por %1 el %2; %n enmienda desde entonces (consulte el registro de auditoría).</numerusform>
            <numerusform>Bloqueada por %1 el %2; %n enmiendas desde entonces (consulte el registro de auditoría).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrResultsPanel</name>
    <message>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <source>By descriptor (largest)</source>
        <translation>Por descriptor (mayores)</translation>
    </message>
    <message>
        <source>Descriptors of the selected group</source>
        <translation>Descriptores del grupo seleccionado</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>Stale result: %1</source>
        <translation>Resultado desactualizado: %1</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>umbral %1</translation>
    </message>
    <message>
        <source>, indeterminate band %1–%2</source>
        <translation>, banda de indeterminación %1–%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — P(effusion) = %2 (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — P(effusion) = %2 (%3)</translation>
    </message>
    <message>
        <source>Margin %1 = Σ contributions %2 + bias %3 (residual %4); pack %5 %6.</source>
        <translation>Margen %1 = Σ contribuciones %2 + sesgo %3 (residuo %4); paquete %5 %6.</translation>
    </message>
    <message>
        <source>Seen at %1.</source>
        <translation>Visto con %1.</translation>
    </message>
    <message numerus="yes">
        <source>What-if with %n descriptor(s) off: P(effusion) = %1 (margin %2) instead of %3 (margin %4).</source>
        <translation>
            <numerusform>Simulación con %n descriptor desactivado: P(effusion) = %1 (margen %2) en lugar de %3 (margen %4).</numerusform>
            <numerusform>Simulación con %n descriptores desactivados: P(effusion) = %1 (margen %2) en lugar de %3 (margen %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::CxrWorkspace</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <source>Open a chest radiograph, a folder of DICOM files or a DICOMDIR (File menu, or drop them here).</source>
        <translation>Abra una radiografía de tórax, una carpeta de archivos DICOM o un DICOMDIR (menú Archivo, o arrástrelos aquí).</translation>
    </message>
    <message>
        <source>Studies, series and images found in the opened files</source>
        <translation>Estudios, series e imágenes encontrados en los archivos abiertos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Open image or study…</source>
        <translation>&amp;Abrir imagen o estudio…</translation>
    </message>
    <message>
        <source>Open one or more radiographs: DICOM files, PNG, JPEG or TIFF images, or a DICOMDIR</source>
        <translation>Abrir una o varias radiografías: archivos DICOM, imágenes PNG, JPEG o TIFF, o un DICOMDIR</translation>
    </message>
    <message>
        <source>Open &amp;folder…</source>
        <translation>Abrir car&amp;peta…</translation>
    </message>
    <message>
        <source>Open every radiograph in a folder and its subfolders</source>
        <translation>Abrir todas las radiografías de una carpeta y sus subcarpetas</translation>
    </message>
    <message>
        <source>Open &amp;DICOMDIR…</source>
        <translation>Abrir &amp;DICOMDIR…</translation>
    </message>
    <message>
        <source>Open the studies a DICOMDIR lists (e.g. on a CD from PACS)</source>
        <translation>Abrir los estudios que enumera un DICOMDIR (p. ej., en un CD del PACS)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>Radiographs (*.dcm *.DCM *.dicom *.dic DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pgm);;All files (*)</source>
        <translation>Radiografías (*.dcm *.DCM *.dicom *.dic DICOMDIR *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.pgm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open chest radiographs</source>
        <translation>Abrir radiografías de tórax</translation>
    </message>
    <message>
        <source>Open a folder of radiographs</source>
        <translation>Abrir una carpeta de radiografías</translation>
    </message>
    <message>
        <source>Open a DICOMDIR</source>
        <translation>Abrir un DICOMDIR</translation>
    </message>
    <message>
        <source>DICOMDIR (DICOMDIR dicomdir);;All files (*)</source>
        <translation>DICOMDIR (DICOMDIR dicomdir);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>Explorando %1…</translation>
    </message>
    <message>
        <source>Scanning %1 inputs…</source>
        <translation>Explorando %1 entradas…</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>Decodificando %1…</translation>
    </message>
    <message>
        <source>no longer exists</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>1 image found</source>
        <translation>1 imagen encontrada</translation>
    </message>
    <message>
        <source>%1 images found</source>
        <translation>%1 imágenes encontradas</translation>
    </message>
    <message>
        <source>1 file skipped</source>
        <translation>1 archivo omitido</translation>
    </message>
    <message>
        <source>%1 files skipped</source>
        <translation>%1 archivos omitidos</translation>
    </message>
    <message>
        <source>first: %1</source>
        <translation>el primero: %1</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>Mostrando %1.</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Carga cancelada.</translation>
    </message>
    <message>
        <source>Identifiers revealed for %1 (recorded in the case&apos;s audit log).</source>
        <translation>Identificadores mostrados para %1 (consta en el registro de auditoría del caso).</translation>
    </message>
    <message>
        <source>Evidence check failed — %1</source>
        <translation>Error en la comprobación de evidencias — %1</translation>
    </message>
    <message>
        <source>New chest X-ray case.</source>
        <translation>Nuevo caso de radiografía de tórax.</translation>
    </message>
    <message>
        <source>Case opened; evidence verified.</source>
        <translation>Caso abierto; evidencias verificadas.</translation>
    </message>
    <message>
        <source>Case opened with evidence problems.</source>
        <translation>Caso abierto con problemas en las evidencias.</translation>
    </message>
    <message>
        <source>Case signed by %1 and saved to %2.</source>
        <translation>Caso firmado por %1 y guardado en %2.</translation>
    </message>
    <message>
        <source>Case saved to %1.</source>
        <translation>Caso guardado en %1.</translation>
    </message>
    <message>
        <source>Untitled chest X-ray case</source>
        <translation>Caso de radiografía de tórax sin título</translation>
    </message>
    <message>
        <source>Descry cases (*.descry)</source>
        <translation>Casos de Descry (*.descry)</translation>
    </message>
    <message>
        <source>Amend the locked reading</source>
        <translation>Enmendar la lectura bloqueada</translation>
    </message>
    <message>
        <source>%1
Reason for the amendment:</source>
        <translation>%1
Motivo de la enmienda:</translation>
    </message>
    <message>
        <source>Amend the locked notes</source>
        <translation>Enmendar las notas bloqueadas</translation>
    </message>
    <message>
        <source>Reading notes:</source>
        <translation>Notas de lectura:</translation>
    </message>
    <message>
        <source>The reading notes change.</source>
        <translation>Las notas de lectura cambian.</translation>
    </message>
    <message>
        <source>Lock the reading</source>
        <translation>Bloquear la lectura</translation>
    </message>
    <message>
        <source>Your name (recorded with the lock):</source>
        <translation>Su nombre (se registra con el bloqueo):</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Stop scanning, decoding or reviewing (Esc)</source>
        <translation>Detener el escaneo, la decodificación o la revisión (Esc)</translation>
    </message>
    <message>
        <source>Results and checklist</source>
        <translation>Resultados y lista de comprobación</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadatos</translation>
    </message>
    <message>
        <source>Review failed: %1</source>
        <translation>Error en la revisión: %1</translation>
    </message>
    <message>
        <source>Review cancelled.</source>
        <translation>Revisión cancelada.</translation>
    </message>
    <message>
        <source>Review the image shown with the chest X-ray pack (Ctrl+R)</source>
        <translation>Revisar la imagen mostrada con el paquete de radiografía de tórax (Ctrl+R)</translation>
    </message>
    <message>
        <source>Wait for the review to finish before exporting a report.</source>
        <translation>Espere a que termine la revisión antes de exportar un informe.</translation>
    </message>
    <message>
        <source>The result shown is stale: review the image again before exporting a report.</source>
        <translation>El resultado mostrado está desactualizado: vuelva a revisar la imagen antes de exportar un informe.</translation>
    </message>
    <message>
        <source>Open a radiograph before exporting a report.</source>
        <translation>Abra una radiografía antes de exportar un informe.</translation>
    </message>
    <message>
        <source>Blind review: the report can be exported once you lock your reading.</source>
        <translation>Revisión a ciegas: el informe podrá exportarse cuando bloquee su lectura.</translation>
    </message>
    <message>
        <source>A review is running.</source>
        <translation>Hay una revisión en curso.</translation>
    </message>
    <message>
        <source>Wait for the image to load.</source>
        <translation>Espere a que se cargue la imagen.</translation>
    </message>
    <message>
        <source>Open a radiograph to review first.</source>
        <translation>Abra primero una radiografía para revisarla.</translation>
    </message>
    <message>
        <source>Blind review: output hidden until the reading is locked</source>
        <translation>Revisión a ciegas: resultado oculto hasta que se bloquee la lectura</translation>
    </message>
    <message>
        <source>Blind review: reading locked</source>
        <translation>Revisión a ciegas: lectura bloqueada</translation>
    </message>
    <message>
        <source>The chest X-ray pack chosen in the settings (%1) is not installed; choose another in Settings or clear the choice to use the first one installed.</source>
        <translation>El paquete de radiografía de tórax elegido en los ajustes (%1) no está instalado; elija otro en Ajustes o borre la elección para usar el primero instalado.</translation>
    </message>
    <message>
        <source>No chest X-ray pack is installed: the checklist, notes and your own report work without one. To review with a model, build or train a cxr-classification pack (descry-cli pack build, descry-cli train cxr) and put it in a packs folder (Settings).</source>
        <translation>No hay ningún paquete de radiografía de tórax instalado: la lista de comprobación, las notas y su propio informe funcionan sin él. Para revisar con un modelo, cree o entrene un paquete cxr-classification (descry-cli pack build, descry-cli train cxr) y colóquelo en una carpeta de paquetes (Ajustes).</translation>
    </message>
    <message>
        <source>Reviewing %1…</source>
        <translation>Revisando %1…</translation>
    </message>
    <message>
        <source>Review done; the result stays hidden until your reading is locked.</source>
        <translation>Revisión terminada; el resultado permanece oculto hasta que se bloquee su lectura.</translation>
    </message>
    <message>
        <source>Review done in %1 ms: %2.</source>
        <translation>Revisión terminada en %1 ms: %2.</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>restablecido</translation>
    </message>
    <message>
        <source>P(effusion) %1 with %2 descriptors off</source>
        <translation>P(effusion) %1 con %2 descriptores desactivados</translation>
    </message>
    <message>
        <source>another image is shown than the one reviewed</source>
        <translation>se muestra una imagen distinta de la revisada</translation>
    </message>
    <message>
        <source>the frame or window changed since the review; review again to see this display&apos;s result</source>
        <translation>el fotograma o la ventana han cambiado desde la revisión; vuelva a revisar para ver el resultado de esta visualización</translation>
    </message>
    <message>
        <source>Blind review: the model&apos;s output is hidden until you lock your reading (notes and checklist).</source>
        <translation>Revisión a ciegas: el resultado del modelo permanece oculto hasta que bloquee su lectura (notas y lista de comprobación).</translation>
    </message>
    <message>
        <source>This case records a review: %1, P(effusion) %2 with pack %3 %4. Review again to see its explanation.</source>
        <translation>Este caso registra una revisión: %1, P(effusion) %2 con el paquete %3 %4. Vuelva a revisar para ver su explicación.</translation>
    </message>
    <message>
        <source>an amendment is being asked for already</source>
        <translation>ya se está solicitando una enmienda</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 → %3</source>
        <translation>&quot;%1&quot;: %2 → %3</translation>
    </message>
    <message>
        <source>amendment cancelled: the locked reading is unchanged</source>
        <translation>enmienda cancelada: la lectura bloqueada no cambia</translation>
    </message>
    <message>
        <source>locking needs your name (Settings or the question asked)</source>
        <translation>el bloqueo requiere su nombre (en Ajustes o en la pregunta planteada)</translation>
    </message>
    <message>
        <source>Reading locked by %1; the model&apos;s output is shown now.</source>
        <translation>Lectura bloqueada por %1; ahora se muestra el resultado del modelo.</translation>
    </message>
    <message>
        <source>Reading locked by %1.</source>
        <translation>Lectura bloqueada por %1.</translation>
    </message>
    <message>
        <source>amendment cancelled</source>
        <translation>enmienda cancelada</translation>
    </message>
    <message>
        <source>Notes amended (recorded with the reason in the audit log).</source>
        <translation>Notas enmendadas (consta con el motivo en el registro de auditoría).</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>%1 (key fingerprint %2)</source>
        <translation>%1 (huella digital de la clave %2)</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Informe exportado a %1.</translation>
    </message>
</context>
<context>
    <name>descry::ui::DescriptorTreeModel</name>
    <message>
        <source>similarity %1</source>
        <translation>similitud %1</translation>
    </message>
    <message>
        <source>Overlap of the probe&apos;s and the reference&apos;s descriptor distributions (0..1)</source>
        <translation>Solapamiento de las distribuciones de descriptores de la imagen dubitada y la de referencia (0..1)</translation>
    </message>
    <message>
        <source>Share of the score; uncheck to see the score without it</source>
        <translation>Parte de la puntuación; desmarque para ver la puntuación sin ella</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descriptor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Imagen dubitada</translation>
    </message>
    <message>
        <source>Share of the score = weight %1 × this characteristic&apos;s own similarity %2 (it depends on this characteristic alone); uncheck to see the re-normalised score without it</source>
        <translation>Parte de la puntuación = peso %1 × similitud propia de esta característica %2 (depende solo de esta característica); desmarque para ver la puntuación renormalizada sin ella</translation>
    </message>
    <message>
        <source>Measured: a number computed from the landmarks (distances, angles, ratios to the inter-eye distance) or from colour in landmark-defined regions, graded against the population.</source>
        <translation>Medido: un número calculado a partir de los puntos de referencia (distancias, ángulos, proporciones respecto a la distancia interocular) o del color en regiones definidas por los puntos de referencia, graduado frente a la población.</translation>
    </message>
    <message>
        <source>CLIP prompt: how well the face matches written descriptions, read by the CLIP image encoder.</source>
        <translation>Prompt CLIP: en qué medida el rostro coincide con descripciones escritas, leído por el codificador de imágenes CLIP.</translation>
    </message>
    <message>
        <source>Appearance: read from the whole face by the image encoder along a direction learned for the characteristic: an impression, not a measurement.</source>
        <translation>Apariencia: leída del rostro completo por el codificador de imágenes a lo largo de una dirección aprendida para la característica: una impresión, no una medición.</translation>
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
        <translation>Cómo se puntúa el descriptor: medido sobre los puntos de referencia o por la apariencia (similitud imagen–texto)</translation>
    </message>
    <message>
        <source>The probe&apos;s value of the descriptor</source>
        <translation>El valor del descriptor en la foto dubitada</translation>
    </message>
    <message>
        <source>The reference&apos;s value of the descriptor</source>
        <translation>El valor del descriptor en la foto de referencia</translation>
    </message>
    <message>
        <source>The part of the comparison score this row contributes (the rows and the bias add up to the score)</source>
        <translation>La parte de la puntuación de comparación que aporta esta fila (las filas y el sesgo suman la puntuación)</translation>
    </message>
    <message>
        <source>Ref.</source>
        <comment>short for Reference, a column header</comment>
        <translation>Ref.</translation>
    </message>
    <message>
        <source>Share</source>
        <comment>short for Contribution, a column header</comment>
        <translation>Parte</translation>
    </message>
</context>
<context>
    <name>descry::ui::DicomMetadataPanel</name>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Image metadata</source>
        <translation>Metadatos de la imagen</translation>
    </message>
    <message>
        <source>Reveal identifiers…</source>
        <translation>Mostrar identificadores…</translation>
    </message>
    <message>
        <source>Show the patient and study identifiers (the reveal is recorded in the case&apos;s audit trail)</source>
        <translation>Mostrar los identificadores del paciente y del estudio (la revelación consta en el registro de auditoría del caso)</translation>
    </message>
    <message>
        <source>Reveal identifiers</source>
        <translation>Mostrar identificadores</translation>
    </message>
    <message>
        <source>none: distances in pixels</source>
        <translation>ninguno: distancias en píxeles</translation>
    </message>
    <message>
        <source>%1 x %2 mm</source>
        <translation>%1 x %2 mm</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing (detector) %1</source>
        <translation>Imager Pixel Spacing (detector) %1</translation>
    </message>
    <message>
        <source>Nominal Scanned Pixel Spacing (scanned film) %1</source>
        <translation>Nominal Scanned Pixel Spacing (película digitalizada) %1</translation>
    </message>
    <message>
        <source>Pixel Spacing %1</source>
        <translation>Pixel Spacing %1</translation>
    </message>
    <message>
        <source>Yes — pixels may show identifiers</source>
        <translation>Sí — los píxeles pueden mostrar identificadores</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Hide identifiers</source>
        <translation>Ocultar identificadores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>DICOM</source>
        <translation>DICOM</translation>
    </message>
    <message>
        <source>Image file (not DICOM)</source>
        <translation>Archivo de imagen (no DICOM)</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <source>SOP class</source>
        <translation>Clase SOP</translation>
    </message>
    <message>
        <source>Photometric interpretation</source>
        <translation>Interpretación fotométrica</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, inferred: the file has no meta header</source>
        <translation>%1, deducida: el archivo no tiene metacabecera</translation>
    </message>
    <message>
        <source>%1, inferred: none recorded</source>
        <translation>%1, deducida: no consta ninguna</translation>
    </message>
    <message>
        <source>Transfer syntax</source>
        <translation>Sintaxis de transferencia</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>%1 × %2 pixels (columns × rows)</source>
        <translation>%1 × %2 píxeles (columnas × filas)</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>%1 stored of %2, high bit %3, %4</source>
        <translation>%1 almacenados de %2, bit alto %3, %4</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>con signo</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>sin signo</translation>
    </message>
    <message>
        <source>Samples per pixel</source>
        <translation>Muestras por píxel</translation>
    </message>
    <message>
        <source>%1, planar configuration %2</source>
        <translation>%1, configuración planar %2</translation>
    </message>
    <message>
        <source>Modality LUT</source>
        <translation>LUT de modalidad</translation>
    </message>
    <message>
        <source>rescale slope %1, intercept %2</source>
        <translation>pendiente de reescalado %1, intersección %2</translation>
    </message>
    <message numerus="yes">
        <source>Modality LUT Sequence, %n entries</source>
        <translation>
            <numerusform>Modality LUT Sequence, %n entrada</numerusform>
            <numerusform>Modality LUT Sequence, %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rescale type</source>
        <translation>Tipo de reescalado</translation>
    </message>
    <message>
        <source>C %1 W %2</source>
        <translation>N %1 A %2</translation>
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
        <translation>Preajustes de ventana</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>Función VOI LUT</translation>
    </message>
    <message>
        <source>Presentation LUT shape</source>
        <translation>Forma de la LUT de presentación</translation>
    </message>
    <message>
        <source>INVERSE</source>
        <translation>INVERSE</translation>
    </message>
    <message>
        <source>Pixel spacing</source>
        <translation>Espaciado de píxel</translation>
    </message>
    <message>
        <source>Burned-in annotation</source>
        <translation>Anotación incrustada</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Adquisición</translation>
    </message>
    <message>
        <source>Body part</source>
        <translation>Región anatómica</translation>
    </message>
    <message>
        <source>View position</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Laterality</source>
        <translation>Lateralidad</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>Fabricante</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Study/Series</source>
        <translation>Estudio/serie</translation>
    </message>
    <message>
        <source>Study description</source>
        <translation>Descripción del estudio</translation>
    </message>
    <message>
        <source>Series description</source>
        <translation>Descripción de la serie</translation>
    </message>
    <message>
        <source>Series number</source>
        <translation>Número de la serie</translation>
    </message>
    <message>
        <source>Instance number</source>
        <translation>Número de instancia</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Estudio</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>ID del paciente</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Accession number</source>
        <translation>Número de acceso</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>ID del estudio</translation>
    </message>
    <message>
        <source>Study date</source>
        <translation>Fecha del estudio</translation>
    </message>
    <message>
        <source>Study time</source>
        <translation>Hora del estudio</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Médico remitente</translation>
    </message>
    <message>
        <source>Study Instance UID</source>
        <translation>UID de instancia del estudio</translation>
    </message>
    <message>
        <source>Series Instance UID</source>
        <translation>UID de instancia de la serie</translation>
    </message>
    <message>
        <source>SOP Instance UID</source>
        <translation>UID de instancia SOP</translation>
    </message>
    <message>
        <source>Identifiers (revealed)</source>
        <translation>Identificadores (mostrados)</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identificadores</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Oculto</translation>
    </message>
</context>
<context>
    <name>descry::ui::EnhancementPanel</name>
    <message>
        <source>Brightness</source>
        <translation>Brillo</translation>
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
        <translation>&amp;Ecualización del histograma</translation>
    </message>
    <message>
        <source>&amp;CLAHE (adaptive)</source>
        <translation>&amp;CLAHE (adaptativo)</translation>
    </message>
    <message>
        <source>&amp;Greyscale</source>
        <translation>Escala de &amp;grises</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>&amp;Brightness</source>
        <translation>&amp;Brillo</translation>
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
        <translation>este es un caso %1, no un caso de comparación facial; ábralo en su propio espacio de trabajo</translation>
    </message>
    <message>
        <source>photos taken as face crops</source>
        <translation>fotografías tratadas como recortes del rostro</translation>
    </message>
    <message>
        <source>cleared: the comparison was run with another pack</source>
        <translation>borrado: la comparación se realizó con otro paquete</translation>
    </message>
    <message>
        <source>comparison computed (hidden: blind review)</source>
        <translation>comparación calculada (oculta: revisión a ciegas)</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, puntuación %2</translation>
    </message>
    <message>
        <source>%1 with pack %2 %3 (SHA-256 %4) instead of the recorded pack %5 %6 (SHA-256 %7)</source>
        <translation>%1 con el paquete %2 %3 (SHA-256 %4) en lugar del paquete registrado %5 %6 (SHA-256 %7)</translation>
    </message>
    <message>
        <source>%1 with pack %2 %3</source>
        <translation>%1 con el paquete %2 %3</translation>
    </message>
    <message>
        <source>no component excluded from the model&apos;s score any more</source>
        <translation>ya no hay ningún componente excluido de la puntuación del modelo</translation>
    </message>
    <message>
        <source>excluded from the model&apos;s score as not assessable by the examiner: %1</source>
        <translation>excluido de la puntuación del modelo como no evaluable por el examinador: %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::FaceWorkspace</name>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the probe with the reference (Ctrl+R)</source>
        <translation>Comparar la imagen dubitada con la de referencia (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Puntos de referencia</translation>
    </message>
    <message>
        <source>Face box</source>
        <translation>Recuadro del rostro</translation>
    </message>
    <message>
        <source>Show or hide the landmarks on both photos</source>
        <translation>Mostrar u ocultar los puntos de referencia en ambas fotografías</translation>
    </message>
    <message>
        <source>Show or hide the detected face box on both photos</source>
        <translation>Mostrar u ocultar el recuadro del rostro detectado en ambas fotografías</translation>
    </message>
    <message>
        <source>Blind first: the model&apos;s result is hidden until you lock your own analysis in Examiner notes.</source>
        <translation>Primero a ciegas: el resultado del modelo permanece oculto hasta que bloquee su propio análisis en las notas del examinador.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Aligned faces</source>
        <translation>Rostros alineados</translation>
    </message>
    <message>
        <source>Examiner notes</source>
        <translation>Notas del examinador</translation>
    </message>
    <message>
        <source>Comparison cancelled.</source>
        <translation>Comparación cancelada.</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>restablecido</translation>
    </message>
    <message>
        <source>Loaded %1.</source>
        <translation>%1 cargado.</translation>
    </message>
    <message>
        <source>Open a probe and a reference photo first.</source>
        <translation>Abra primero una imagen dubitada y una de referencia.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparando…</translation>
    </message>
    <message>
        <source>Comparison done; the result stays hidden until your analysis is locked.</source>
        <translation>Comparación terminada; el resultado permanece oculto hasta que su análisis esté bloqueado.</translation>
    </message>
    <message>
        <source>Comparison done in %1 ms.</source>
        <translation>Comparación terminada en %1 ms.</translation>
    </message>
    <message>
        <source>Case saved to %1.</source>
        <translation>Caso guardado en %1.</translation>
    </message>
    <message>
        <source>Evidence check failed — %1</source>
        <translation>Error en la comprobación de evidencias — %1</translation>
    </message>
    <message>
        <source>Case opened; evidence verified. Recomputing the stored comparison…</source>
        <translation>Caso abierto; evidencias verificadas. Recalculando la comparación guardada…</translation>
    </message>
    <message>
        <source>Case opened; evidence verified.</source>
        <translation>Caso abierto; evidencias verificadas.</translation>
    </message>
    <message>
        <source>Case opened with evidence problems.</source>
        <translation>Caso abierto con problemas en las evidencias.</translation>
    </message>
    <message>
        <source>Run a comparison before exporting a report.</source>
        <translation>Realice una comparación antes de exportar un informe.</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Informe exportado a %1.</translation>
    </message>
    <message>
        <source>Stop loading the model or comparing (Esc)</source>
        <translation>Detener la carga del modelo o la comparación (Esc)</translation>
    </message>
    <message>
        <source>Face crops</source>
        <translation>Recortes del rostro</translation>
    </message>
    <message>
        <source>Both photos are already tight face crops: use the whole image when no face is found</source>
        <translation>Ambas fotografías ya son recortes ajustados del rostro: usar la imagen completa si no se encuentra ningún rostro</translation>
    </message>
    <message>
        <source>Open &amp;probe photo…</source>
        <translation>Abrir imagen &amp;dubitada…</translation>
    </message>
    <message>
        <source>Open &amp;reference photo…</source>
        <translation>Abrir imagen de &amp;referencia…</translation>
    </message>
    <message>
        <source>Comparison done with pack %1 %2; the case now records it instead of %3 %4 (audited).</source>
        <translation>Comparación realizada con el paquete %1 %2; el caso lo registra ahora en lugar de %3 %4 (auditado).</translation>
    </message>
    <message>
        <source>Case opened; evidence verified; the stored comparison was recomputed.</source>
        <translation>Caso abierto; evidencias verificadas; se recalculó la comparación guardada.</translation>
    </message>
    <message>
        <source>This what-if is not recorded: the results shown come from another pack than the case records. Run the comparison again to record results and what-if with this pack.</source>
        <translation>Esta simulación no se registra: los resultados mostrados proceden de un paquete distinto del registrado en el caso. Vuelva a realizar la comparación para registrar los resultados y la simulación con este paquete.</translation>
    </message>
    <message>
        <source>This case records pack %1 %2 (SHA-256 %3), which is not installed. The results shown were recomputed with pack %4 %5 (SHA-256 %6) instead; the case keeps its recorded pack and result until you run the comparison again.</source>
        <translation>Este caso registra el paquete %1 %2 (SHA-256 %3), que no está instalado. En su lugar, los resultados mostrados se recalcularon con el paquete %4 %5 (SHA-256 %6); el caso conserva el paquete y el resultado registrados hasta que vuelva a realizar la comparación.</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caso sin título</translation>
    </message>
    <message>
        <source>Descry cases (*.descry)</source>
        <translation>Casos de Descry (*.descry)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>New case.</source>
        <translation>Nuevo caso.</translation>
    </message>
    <message>
        <source>The results shown come from another pack than the case records: run the comparison again before exporting a report.</source>
        <translation>Los resultados mostrados proceden de un paquete distinto del registrado en el caso: vuelva a realizar la comparación antes de exportar un informe.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Error al exportar: %1</translation>
    </message>
    <message>
        <source>Analysis locked by %1; the model&apos;s result is shown now.</source>
        <translation>Análisis bloqueado por %1; ahora se muestra el resultado del modelo.</translation>
    </message>
    <message>
        <source>Analysis locked by %1.</source>
        <translation>Análisis bloqueado por %1.</translation>
    </message>
    <message>
        <source>Blind review: the report can be exported once you lock your analysis in Examiner notes.</source>
        <translation>Revisión a ciegas: el informe podrá exportarse cuando bloquee su análisis en las notas del examinador.</translation>
    </message>
    <message>
        <source>Wait for the comparison to finish before exporting a report.</source>
        <translation>Espere a que termine la comparación antes de exportar un informe.</translation>
    </message>
    <message>
        <source>Blind review: result hidden until locked</source>
        <translation>Revisión a ciegas: resultado oculto hasta el bloqueo</translation>
    </message>
    <message>
        <source>Blind review: analysis locked</source>
        <translation>Revisión a ciegas: análisis bloqueado</translation>
    </message>
    <message>
        <source>Case signed by %1 and saved to %2.</source>
        <translation>Caso firmado por %1 y guardado en %2.</translation>
    </message>
    <message>
        <source>%1 (key fingerprint %2)</source>
        <translation>%1 (huella digital de la clave %2)</translation>
    </message>
    <message>
        <source>blind review: export is available once the analysis is locked</source>
        <translation>revisión a ciegas: la exportación estará disponible cuando se bloquee el análisis</translation>
    </message>
    <message>
        <source>Comparing face %1 of %2 of the %3…</source>
        <translation>Comparando el rostro %1 de %2 de la %3…</translation>
    </message>
    <message>
        <source>probe</source>
        <translation>imagen dubitada</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>imagen de referencia</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Link enhancement</source>
        <translation>Vincular la mejora</translation>
    </message>
    <message>
        <source>An enhancement of one photo applies to both</source>
        <translation>La mejora de una fotografía se aplica a ambas</translation>
    </message>
    <message>
        <source>Reset landmarks</source>
        <translation>Restablecer los puntos de referencia</translation>
    </message>
    <message>
        <source>Put every landmark you moved back where the detector found it, and compare again</source>
        <translation>Devolver cada punto de referencia movido a donde lo encontró el detector y volver a comparar</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation>%1 — %p%</translation>
    </message>
    <message numerus="yes">
        <source>score %1 with %2 off (%n descriptor(s) in all)</source>
        <translation>
            <numerusform>puntuación %1 sin %2 (%n descriptor en total)</numerusform>
            <numerusform>puntuación %1 sin %2 (%n descriptores en total)</numerusform>
        </translation>
    </message>
    <message>
        <source>Landmarks can be moved once a comparison is shown.</source>
        <translation>Los puntos de referencia pueden moverse una vez que se muestra una comparación.</translation>
    </message>
    <message>
        <source>Point %1 of the %2 moved: comparing again with it…</source>
        <translation>Punto %1 de la %2 movido: comparando de nuevo con él…</translation>
    </message>
    <message>
        <source>Landmarks reset to the detector&apos;s: comparing again…</source>
        <translation>Puntos de referencia restablecidos a los del detector: comparando de nuevo…</translation>
    </message>
    <message>
        <source>Conclusion recorded: %1 (by %2). Sign it with File › Sign and save case.</source>
        <translation>Conclusión registrada: %1 (por %2). Fírmela con Archivo › Firmar y guardar caso.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>case-%1</source>
        <translation>caso-%1</translation>
    </message>
    <message>
        <source>The analysis is locked: landmarks can no longer be moved.</source>
        <translation>El análisis está bloqueado: los puntos de referencia ya no se pueden mover.</translation>
    </message>
    <message>
        <source>Comparison cancelled; the previous result of the same photos is shown again.</source>
        <translation>Comparación cancelada; se vuelve a mostrar el resultado anterior de las mismas fotos.</translation>
    </message>
</context>
<context>
    <name>descry::ui::ImageView</name>
    <message>
        <source>Drop or open a photo</source>
        <translation>Suelte o abra una fotografía</translation>
    </message>
    <message>
        <source>No face detected: the whole image is taken as the face</source>
        <translation>No se detectó ningún rostro: se toma la imagen completa como rostro</translation>
    </message>
    <message>
        <source>Detected face (score %1)</source>
        <translation>Rostro detectado (puntuación %1)</translation>
    </message>
    <message>
        <source>Point %1, moved by the examiner</source>
        <translation>Punto %1, movido por el examinador</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Punto %1</translation>
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
        <translation>Cargando el modelo</translation>
    </message>
    <message>
        <source>Decoding %1</source>
        <translation>Decodificando %1</translation>
    </message>
    <message>
        <source>Decoded %1</source>
        <translation>%1 decodificado</translation>
    </message>
    <message>
        <source>Scanning for images</source>
        <translation>Buscando imágenes</translation>
    </message>
    <message>
        <source>no radiograph is shown</source>
        <translation>no se muestra ninguna radiografía</translation>
    </message>
    <message>
        <source>Loading the chest X-ray pack</source>
        <translation>Cargando el paquete de radiografía de tórax</translation>
    </message>
    <message>
        <source>Reviewing %1</source>
        <translation>Revisando %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::InstallationCheck</name>
    <message>
        <source>check: %1</source>
        <translation>comprobación: %1</translation>
    </message>
    <message>
        <source>check: opened the case %1 in the %2 workspace</source>
        <translation>comprobación: caso %1 abierto en el espacio %2</translation>
    </message>
    <message>
        <source>check: run %1/%2 failed: %3</source>
        <translation>comprobación: ejecución %1/%2 fallida: %3</translation>
    </message>
    <message>
        <source>check: run %1/%2: %3, score %4 (threshold %5), %6 s, resident %7 MiB</source>
        <translation>comprobación: ejecución %1/%2: %3, puntuación %4 (umbral %5), %6 s, residente %7 MiB</translation>
    </message>
    <message>
        <source>check: %1 comparisons in %2 s; resident %3 MiB after %4 warm-up runs, %5 MiB at the end (growth %6 %)</source>
        <translation>comprobación: %1 comparaciones en %2 s; residente %3 MiB tras %4 ejecuciones de calentamiento, %5 MiB al final (crecimiento %6 %)</translation>
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
        <translation>Comparación facial</translation>
    </message>
    <message>
        <source>Chest X-ray</source>
        <translation>Radiografía de tórax</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The case has unsaved changes. Save them?</source>
        <translation>El caso tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>Abrir &amp;caso…</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Guardar caso</translation>
    </message>
    <message>
        <source>Save case &amp;as…</source>
        <translation>Guardar caso c&amp;omo…</translation>
    </message>
    <message>
        <source>&amp;Export PDF report…</source>
        <translation>&amp;Exportar informe PDF…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Face comparison</source>
        <translation>&amp;Comparación facial</translation>
    </message>
    <message>
        <source>&amp;Chest X-ray</source>
        <translation>&amp;Radiografía de tórax</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>A&amp;nálisis</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Descry</source>
        <translation>&amp;Acerca de Descry</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>%1[*] — Descry</source>
        <translation>%1[*] — Descry</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Guardar caso</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir caso</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Exportar informe PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Sign and save</source>
        <translation>Firmar y guardar</translation>
    </message>
    <message>
        <source>Your name, as it will appear in the signature of the cases you sign:</source>
        <translation>Su nombre, tal como aparecerá en la firma de los casos que firme:</translation>
    </message>
    <message>
        <source>S&amp;ign and save case…</source>
        <translation>&amp;Firmar y guardar caso…</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>No se puede abrir el caso</translation>
    </message>
    <message>
        <source>Cannot save the case</source>
        <translation>No se puede guardar el caso</translation>
    </message>
    <message>
        <source>Cannot sign and save the case</source>
        <translation>No se puede firmar y guardar el caso</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>C&amp;ompact layout (photos beside the results)</source>
        <translation>Diseño c&amp;ompacto (fotografías junto a los resultados)</translation>
    </message>
    <message>
        <source>&amp;Detailed layout (photos above results, notes and case)</source>
        <translation>Diseño &amp;detallado (fotografías sobre los resultados, las notas y el caso)</translation>
    </message>
    <message>
        <source>&amp;Photos full screen</source>
        <translation>&amp;Fotografías a pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Go to panel</source>
        <translation>&amp;Ir al panel</translation>
    </message>
    <message>
        <source>&amp;Results</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>&amp;Aligned faces</source>
        <translation>Caras &amp;alineadas</translation>
    </message>
    <message>
        <source>Examiner &amp;notes</source>
        <translation>&amp;Notas del examinador</translation>
    </message>
    <message>
        <source>&amp;Case details and conclusion</source>
        <translation>Datos del &amp;caso y conclusión</translation>
    </message>
    <message>
        <source>%1: the %2 workspace is busy; cancel its run first</source>
        <translation>%1: el espacio %2 está ocupado; cancele primero su ejecución</translation>
    </message>
</context>
<context>
    <name>descry::ui::NotesPanel</name>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Lock analysis</source>
        <translation>Bloquear análisis</translation>
    </message>
    <message>
        <source>Record the analysis as final; later changes are kept as amendments</source>
        <translation>Registrar el análisis como definitivo; los cambios posteriores se conservan como enmiendas</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Enmiendas</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>No bloqueado</translation>
    </message>
    <message>
        <source>Locked %1 UTC by %2</source>
        <translation>Bloqueado el %1 UTC por %2</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 («%2»)</translation>
    </message>
    <message>
        <source>Amend %1</source>
        <translation>Enmendar %1</translation>
    </message>
    <message>
        <source>Why the locked analysis changes (required)</source>
        <translation>Por qué cambia el análisis bloqueado (obligatorio)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Examiner name (the analysis cannot be edited afterwards, only amended with a reason):</source>
        <translation>Nombre del examinador (después el análisis no podrá editarse, solo enmendarse con un motivo):</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Enmendar…</translation>
    </message>
    <message>
        <source>Assess at least one component before locking.</source>
        <translation>Evalúe al menos un componente antes de bloquear.</translation>
    </message>
    <message>
        <source>Locking needs the examiner&apos;s name.</source>
        <translation>Para bloquear se necesita el nombre del examinador.</translation>
    </message>
    <message>
        <source>Who amends (required)</source>
        <translation>Quién enmienda (obligatorio)</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinador</translation>
    </message>
    <message>
        <source>Assess at least one component before locking</source>
        <translation>Evalúe al menos un componente antes de bloquear</translation>
    </message>
    <message>
        <source>The component is also excluded from the model&apos;s score (audited and stated in the report); the note says why.</source>
        <translation>El componente también se excluye de la puntuación del modelo (queda auditado y se indica en el informe); la nota explica el motivo.</translation>
    </message>
    <message>
        <source>%1 UTC — %2, amended by %3
%4 → %5
Reason: %6</source>
        <translation>%1 UTC — %2, enmendado por %3
%4 → %5
Motivo: %6</translation>
    </message>
    <message>
        <source>Your name (required)</source>
        <translation>Su nombre (obligatorio)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
</context>
<context>
    <name>descry::ui::PhotoPane</name>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open the probe photo</source>
        <translation>Abrir la imagen dubitada</translation>
    </message>
    <message>
        <source>Open the reference photo</source>
        <translation>Abrir la imagen de referencia</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Puntos de referencia</translation>
    </message>
    <message>
        <source>Show the 68 facial landmarks</source>
        <translation>Mostrar los 68 puntos de referencia faciales</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Recuadro</translation>
    </message>
    <message>
        <source>Show the detected face box</source>
        <translation>Mostrar el recuadro del rostro detectado</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the photo to the window</source>
        <translation>Ajustar la fotografía a la ventana</translation>
    </message>
    <message>
        <source>Drop or open the probe photo</source>
        <translation>Suelte o abra la imagen dubitada</translation>
    </message>
    <message>
        <source>Drop or open the reference photo</source>
        <translation>Suelte o abra la imagen de referencia</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Imagen dubitada</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Imagen de referencia</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Imágenes (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>the decoder reported errors</source>
        <translation>el decodificador informó de errores</translation>
    </message>
    <message>
        <source>Damaged file (accepted by the setting; the report marks it): %1</source>
        <translation>Archivo dañado (aceptado por el ajuste; el informe lo indica): %1</translation>
    </message>
    <message>
        <source>image file is truncated or corrupt (%1); tick “Accept damaged images” in Settings to analyse it anyway</source>
        <translation>el archivo de imagen está truncado o corrupto (%1); marque «Aceptar imágenes dañadas» en Ajustes para analizarlo de todos modos</translation>
    </message>
    <message>
        <source>Face:</source>
        <translation>Rostro:</translation>
    </message>
    <message>
        <source>Several faces were found: choose the one to compare (1 = the largest)</source>
        <translation>Se encontraron varios rostros: elija el que desea comparar (1 = el más grande)</translation>
    </message>
    <message>
        <source>Face %1 of %2: compared (detector score %3)</source>
        <translation>Rostro %1 de %2: comparado (puntuación del detector %3)</translation>
    </message>
    <message>
        <source>Face %1 of %2 (detector score %3): click to compare this face</source>
        <translation>Rostro %1 de %2 (puntuación del detector %3): haga clic para comparar este rostro</translation>
    </message>
    <message>
        <source>%1 (largest)</source>
        <translation>%1 (el más grande)</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (chosen by the examiner)</source>
        <translation>Rostro %1 de %2 en la fotografía (elegido por el examinador)</translation>
    </message>
    <message>
        <source>Face %1 of %2 in the photo (the largest, by default)</source>
        <translation>Rostro %1 de %2 en la fotografía (el más grande, por defecto)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>What a left-button drag does on the photo</source>
        <translation>Qué hace arrastrar con el botón izquierdo sobre la fotografía</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Move landmarks</source>
        <translation>Mover puntos de referencia</translation>
    </message>
    <message>
        <source>Click two points: the distance in pixels and in inter-eye distances (IOD)</source>
        <translation>Haga clic en dos puntos: la distancia en píxeles y en distancias interoculares (IOD)</translation>
    </message>
    <message>
        <source>Click an end, the vertex, the other end</source>
        <translation>Haga clic en un extremo, el vértice y el otro extremo</translation>
    </message>
    <message>
        <source>Drag a landmark to correct it: the measured characteristics and the score are recomputed, the move is recorded and audited</source>
        <translation>Arrastre un punto de referencia para corregirlo: las características medidas y la puntuación se recalculan, y el movimiento se registra y se audita</translation>
    </message>
    <message>
        <source>Enhance</source>
        <translation>Mejorar</translation>
    </message>
    <message>
        <source>Brightness, contrast, gamma, equalisation, greyscale: for viewing only, the evidence and the analysis are never changed</source>
        <translation>Brillo, contraste, gamma, ecualización, escala de grises: solo para la visualización; las evidencias y el análisis nunca se modifican</translation>
    </message>
    <message>
        <source>Measured: %1</source>
        <translation>Medición: %1</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Mejorada</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Dividir</translation>
    </message>
    <message>
        <source>As loaded | as displayed: the left half as loaded, the right half with the enhancement</source>
        <translation>Tal como se cargó | tal como se muestra: la mitad izquierda tal como se cargó, la derecha con la mejora</translation>
    </message>
    <message>
        <source>The photo with the detected face; + and − zoom, 0 fits it to the window, the arrow keys scroll</source>
        <translation>La foto con la cara detectada; + y − acercan y alejan, 0 la ajusta a la ventana, las flechas la desplazan</translation>
    </message>
</context>
<context>
    <name>descry::ui::QualityPanel</name>
    <message>
        <source>Inter-eye distance:</source>
        <translation>Distancia interocular:</translation>
    </message>
    <message>
        <source>Yaw:</source>
        <translation>Guiñada:</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>Alabeo:</translation>
    </message>
    <message>
        <source>Sharpness:</source>
        <translation>Nitidez:</translation>
    </message>
    <message>
        <source>Faces found:</source>
        <translation>Rostros encontrados:</translation>
    </message>
    <message>
        <source>Distance between the eye centres in the original photo, in pixels</source>
        <translation>Distancia entre los centros de los ojos en la fotografía original, en píxeles</translation>
    </message>
    <message>
        <source>Left/right head turn estimated from the landmarks (rough)</source>
        <translation>Giro de la cabeza a izquierda/derecha estimado a partir de los puntos de referencia (aproximado)</translation>
    </message>
    <message>
        <source>In-plane rotation of the eye line</source>
        <translation>Rotación de la línea de los ojos en el plano de la imagen</translation>
    </message>
    <message>
        <source>Variance of the Laplacian of the aligned 150x150 face; low values mean blur</source>
        <translation>Varianza del laplaciano del rostro alineado de 150x150; los valores bajos indican desenfoque</translation>
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
        <translation>ninguno (se toma la imagen completa como rostro)</translation>
    </message>
    <message>
        <source>%1 (the largest is used)</source>
        <translation>%1 (se usa el más grande)</translation>
    </message>
    <message>
        <source>Quality warning: %1</source>
        <translation>Advertencia de calidad: %1</translation>
    </message>
    <message>
        <source>Damaged file, analysed because damaged images are accepted (Settings): %1</source>
        <translation>Archivo dañado, analizado porque se aceptan imágenes dañadas (Ajustes): %1</translation>
    </message>
    <message>
        <source>the decoder reported errors</source>
        <translation>el decodificador informó de errores</translation>
    </message>
</context>
<context>
    <name>descry::ui::RadiographView</name>
    <message>
        <source>Radiograph</source>
        <translation>Radiografía</translation>
    </message>
    <message>
        <source>%1 px (no pixel spacing)</source>
        <translation>%1 px (sin espaciado de píxel)</translation>
    </message>
    <message>
        <source>Imager Pixel Spacing %1 mm, detector plane</source>
        <translation>Imager Pixel Spacing %1 mm, plano del detector</translation>
    </message>
    <message>
        <source>Nominal Scanned Pixel Spacing %1 mm, scanned film</source>
        <translation>Nominal Scanned Pixel Spacing %1 mm, película digitalizada</translation>
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
        <translation>x %1, y %2: almacenado %3, modalidad %4</translation>
    </message>
    <message>
        <source>C %1  W %2</source>
        <translation>N %1  A %2</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Preajuste %1</translation>
    </message>
    <message>
        <source>Preset %1: %2</source>
        <translation>Preajuste %1: %2</translation>
    </message>
    <message>
        <source>VOI LUT %1</source>
        <translation>VOI LUT %1</translation>
    </message>
    <message>
        <source>Min/max</source>
        <translation>Mín./máx.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>Invertida</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <source>%1 (fit)</source>
        <translation>%1 (ajustado)</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Fotograma %1 / %2</translation>
    </message>
</context>
<context>
    <name>descry::ui::ResultsPanel</name>
    <message>
        <source>disagrees</source>
        <translation>discrepa</translation>
    </message>
    <message>
        <source>modified (what-if)</source>
        <translation>modificado (simulación)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Check every descriptor again and show the original score</source>
        <translation>Volver a marcar todos los descriptores y mostrar la puntuación original</translation>
    </message>
    <message>
        <source>Threshold calibrated for: %1</source>
        <translation>Umbral calibrado para: %1</translation>
    </message>
    <message>
        <source>(on %1)</source>
        <translation>(en %1)</translation>
    </message>
    <message>
        <source>No calibration recorded in the pack</source>
        <translation>No hay calibración registrada en el paquete</translation>
    </message>
    <message>
        <source>Inconclusive: %1</source>
        <translation>No concluyente: %1</translation>
    </message>
    <message>
        <source>No comparison yet</source>
        <translation>Aún no hay comparación</translation>
    </message>
    <message>
        <source>score %1 (threshold %2)</source>
        <translation>puntuación %1 (umbral %2)</translation>
    </message>
    <message>
        <source>— original score %1, %2</source>
        <translation>— puntuación original %1, %2</translation>
    </message>
    <message>
        <source>The black-box baseline (plain embedding similarity) reaches the opposite decision</source>
        <translation>La referencia de caja negra (similitud simple de embeddings) llega a la decisión contraria</translation>
    </message>
    <message>
        <source>Baseline (%1 cosine): %2 vs threshold %3 → %4</source>
        <translation>Referencia (coseno %1): %2 frente al umbral %3 → %4</translation>
    </message>
    <message>
        <source>LR %1 — %2 (ENFSI 2015 scale)</source>
        <translation>LR %1 — %2 (escala ENFSI 2015)</translation>
    </message>
    <message>
        <source>Not calibrated for this kind of photo: %1</source>
        <translation>No calibrado para este tipo de fotografía: %1</translation>
    </message>
    <message>
        <source>Score-based likelihood ratio, %1 calibration on %2 (Cllr %3); verbal scale: %4</source>
        <translation>Razón de verosimilitud basada en la puntuación, calibración %1 sobre %2 (Cllr %3); escala verbal: %4</translation>
    </message>
    <message>
        <source>No likelihood ratio: %1</source>
        <translation>Sin razón de verosimilitud: %1</translation>
    </message>
    <message>
        <source>Share of the score: %1 · score without: %2 (re-normalised)
%3</source>
        <translation>Parte de la puntuación: %1 · puntuación sin ella: %2 (renormalizada)
%3</translation>
    </message>
    <message numerus="yes">
        <source>— %n component(s) excluded; whole-face score %1</source>
        <translation>
            <numerusform>— %n componente excluido; puntuación del rostro completo %1</numerusform>
            <numerusform>— %n componentes excluidos; puntuación del rostro completo %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n descriptor(s)</source>
        <translation>
            <numerusform>%n descriptor</numerusform>
            <numerusform>%n descriptores</numerusform>
        </translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Descriptores</translation>
    </message>
    <message>
        <source>FISWG components, their characteristics and descriptors with the probe&apos;s and reference&apos;s values and each one&apos;s contribution; Space switches one off for a what-if</source>
        <translation>Componentes FISWG, sus características y descriptores con los valores de la imagen dubitada y de la de referencia y la contribución de cada uno; Espacio desactiva uno para una simulación</translation>
    </message>
    <message>
        <source>Select a row for its definition. %1 %2</source>
        <translation>Seleccione una fila para ver su definición. %1 %2</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>&amp;Gráfico</translation>
    </message>
    <message>
        <source>E&amp;xplanation</source>
        <translation>&amp;Explicación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
</context>
<context>
    <name>descry::ui::SeriesListModel</name>
    <message>
        <source>Other images</source>
        <translation>Otras imágenes</translation>
    </message>
    <message>
        <source>Study (no date)</source>
        <translation>Estudio (sin fecha)</translation>
    </message>
    <message>
        <source>Study %1</source>
        <translation>Estudio %1</translation>
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
        <translation>1 imagen</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>Image files (%1)</source>
        <translation>Archivos de imagen (%1)</translation>
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
            <numerusform>%n fotograma</numerusform>
            <numerusform>%n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Imagen %1</translation>
    </message>
</context>
<context>
    <name>descry::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Default locations only</source>
        <translation>Solo ubicaciones predeterminadas</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Model packs folder</source>
        <translation>Carpeta de paquetes de modelo</translation>
    </message>
    <message>
        <source>All cores (%1)</source>
        <translation>Todos los núcleos (%1)</translation>
    </message>
    <message>
        <source>Inference threads</source>
        <translation>Hilos de inferencia</translation>
    </message>
    <message>
        <source>Hide the model&apos;s result until I lock my own analysis (blind first)</source>
        <translation>Ocultar el resultado del modelo hasta que bloquee mi propio análisis (primero a ciegas)</translation>
    </message>
    <message>
        <source>New cases</source>
        <translation>Casos nuevos</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies when Descry is started again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Descry.</translation>
    </message>
    <message>
        <source>The open case stays blind until you lock its analysis: switching blind review off now would show the model&apos;s result before your own analysis is recorded. This setting applies to new cases.</source>
        <translation>El caso abierto permanece a ciegas hasta que bloquee su análisis: desactivar ahora la revisión a ciegas mostraría el resultado del modelo antes de que se registre su propio análisis. Este ajuste se aplica a los casos nuevos.</translation>
    </message>
    <message>
        <source>Accept damaged images (marked in the report)</source>
        <translation>Aceptar imágenes dañadas (se indica en el informe)</translation>
    </message>
    <message>
        <source>Analyse photos that are truncated or corrupt but still decode; the photo, the results and the report say they are damaged</source>
        <translation>Analizar fotografías truncadas o corruptas que aún se pueden decodificar; la fotografía, los resultados y el informe indican que están dañadas</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotografías</translation>
    </message>
    <message>
        <source>The first chest X-ray pack installed</source>
        <translation>El primer paquete de radiografía de tórax instalado</translation>
    </message>
    <message>
        <source>Name or folder of the cxr-classification pack the Chest X-ray workspace reviews with</source>
        <translation>Nombre o carpeta del paquete cxr-classification con el que revisa el espacio de trabajo de radiografía de tórax</translation>
    </message>
    <message>
        <source>Chest X-ray pack</source>
        <translation>Paquete de radiografía de tórax</translation>
    </message>
    <message>
        <source>Include patient identifiers in reports</source>
        <translation>Incluir identificadores del paciente en los informes</translation>
    </message>
    <message>
        <source>Chest X-ray reports show the patient&apos;s name, ID and study identifiers; off, they are omitted</source>
        <translation>Los informes de radiografía de tórax muestran el nombre y el ID del paciente y los identificadores del estudio; si se desactiva, se omiten</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>The folder cases were last saved in</source>
        <translation>La carpeta en la que se guardaron casos por última vez</translation>
    </message>
    <message>
        <source>Where Save proposes to put a new case (never the evidence folder)</source>
        <translation>Carpeta que «Guardar» propone para un caso nuevo (nunca la carpeta de las evidencias)</translation>
    </message>
    <message>
        <source>Cases folder</source>
        <translation>Carpeta de casos</translation>
    </message>
</context>
<context>
    <name>descry::ui::ViewerControls</name>
    <message>
        <source>C </source>
        <translation>N </translation>
    </message>
    <message>
        <source>W </source>
        <translation>A </translation>
    </message>
    <message>
        <source>Window centre in modality units (type a value and press Enter; right-drag on the image: up/down)</source>
        <translation>Nivel (centro de la ventana) en unidades de modalidad (escriba un valor y pulse Intro; arrastre con el botón derecho sobre la imagen: arriba/abajo)</translation>
    </message>
    <message>
        <source>Window width in modality units (type a value and press Enter; right-drag on the image: left/right)</source>
        <translation>Anchura de la ventana en unidades de modalidad (escriba un valor y pulse Intro; arrastre con el botón derecho sobre la imagen: izquierda/derecha)</translation>
    </message>
    <message>
        <source>Window centre</source>
        <translation>Nivel de ventana</translation>
    </message>
    <message>
        <source>Window width</source>
        <translation>Anchura de ventana</translation>
    </message>
    <message>
        <source>The file&apos;s window presets and VOI LUTs (R: back to the default)</source>
        <translation>Preajustes de ventana y VOI LUT del archivo (R: volver al valor predeterminado)</translation>
    </message>
    <message>
        <source>Window preset</source>
        <translation>Preajuste de ventana</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>Invertir</translation>
    </message>
    <message>
        <source>Invert the grey levels (I)</source>
        <translation>Invertir los niveles de gris (I)</translation>
    </message>
    <message>
        <source>W/L</source>
        <translation>V/N</translation>
    </message>
    <message>
        <source>Window tool (left drag: left/right width, up/down centre; right drag in any tool)</source>
        <translation>Herramienta de ventana (arrastre con el botón izquierdo: izquierda/derecha anchura, arriba/abajo nivel; arrastre con el botón derecho en cualquier herramienta)</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Desplazar</translation>
    </message>
    <message>
        <source>Pan tool (left drag moves the image; middle drag in any tool)</source>
        <translation>Herramienta de desplazamiento (arrastrar con el botón izquierdo mueve la imagen; con el botón central, en cualquier herramienta)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <source>Measure tool (left drag measures a distance; Esc clears it)</source>
        <translation>Herramienta de medición (arrastrar con el botón izquierdo mide una distancia; Esc la borra)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel about the cursor)</source>
        <translation>Acercar (+, o la rueda del ratón en torno al cursor)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the image to the window (F)</source>
        <translation>Ajustar la imagen a la ventana (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel (1)</source>
        <translation>Un píxel de la imagen por píxel de pantalla (1)</translation>
    </message>
    <message>
        <source>Frame of a multi-frame image (Page Up / Page Down)</source>
        <translation>Fotograma de una imagen multifotograma (Re Pág / Av Pág)</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>Fotograma</translation>
    </message>
    <message>
        <source>Pixel under the cursor</source>
        <translation>Píxel bajo el cursor</translation>
    </message>
    <message>
        <source>Position, stored value and modality value of the pixel under the cursor</source>
        <translation>Posición, valor almacenado y valor de modalidad del píxel bajo el cursor</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Length of the measured line and the pixel spacing it used</source>
        <translation>Longitud de la línea medida y espaciado de píxel utilizado</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>C %1 W %2</source>
        <translation>N %1 A %2</translation>
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
        <translation>Mín./máx.</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizada</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Fotograma %1 / %2</translation>
    </message>
</context>
<context>
    <name>descry::ui::Workspace</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>This workspace does not support that action.</source>
        <translation>Este espacio de trabajo no admite esa acción.</translation>
    </message>
    <message>
        <source>History verified</source>
        <translation>Historial verificado</translation>
    </message>
    <message>
        <source>Unverified: older Descry file</source>
        <translation>No verificado: archivo de Descry antiguo</translation>
    </message>
    <message>
        <source>signed by %1 (your key %2)</source>
        <translation>firmado por %1 (su clave %2)</translation>
    </message>
    <message>
        <source>signed by %1 (key %2)</source>
        <translation>firmado por %1 (clave %2)</translation>
    </message>
    <message>
        <source>case</source>
        <translation>caso</translation>
    </message>
</context>
</TS>
