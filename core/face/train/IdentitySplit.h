#pragma once

#include "core/face/train/FaceDataset.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <vector>

namespace descry {

// The identity split of a training run per dataset (every heldOutEvery-th identity held out); failed faces drop out
// of everything. Shared by the dlib and the CLIP trainers so both hold out exactly the same identities.
struct IdentitySplit
{
    std::vector<int> identity;                    // per face: index into all identities, -1 for a failed face
    std::vector<int> trainFaces;                  // faces of training identities
    QMap<QString, std::vector<int>> heldOutFaces; // per dataset
    QJsonArray heldOutIds, failures;
};

// Features: any per-face record with `face` (a FaceSample), `ok` and `failure`.
template <typename Features>
IdentitySplit splitIdentities(const std::vector<Features>& feats, const QString& facesRoot, int heldOutEvery)
{
    QMap<QString, QStringList> idsOfDataset;
    for (const Features& f : feats)
        if (!idsOfDataset[f.face.dataset].contains(f.face.identity))
            idsOfDataset[f.face.dataset] << f.face.identity;
    IdentitySplit s;
    QStringList allIds;
    for (size_t i = 0; i < feats.size(); ++i) {
        const Features& f = feats[i];
        if (!allIds.contains(f.face.identity))
            allIds << f.face.identity;
        const bool held = isHeldOutIdentity(f.face.identity, idsOfDataset[f.face.dataset], heldOutEvery);
        if (held && !s.heldOutIds.contains(f.face.identity))
            s.heldOutIds.append(f.face.identity);
        s.identity.push_back(f.ok ? int(allIds.indexOf(f.face.identity)) : -1);
        if (!f.ok) {
            s.failures.append(QJsonObject{{QStringLiteral("file"), QDir(facesRoot).relativeFilePath(f.face.path)},
                                          {QStringLiteral("reason"), f.failure.section(QStringLiteral(" in "), 0, 0)}});
            continue;
        }
        (held ? s.heldOutFaces[f.face.dataset] : s.trainFaces).push_back(int(i));
    }
    return s;
}

} // namespace descry
