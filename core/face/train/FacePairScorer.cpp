#include "core/face/train/FacePairScorer.h"

#include "core/common/Tr.h"
#include "core/imaging/ImageLoader.h"

namespace descry {

std::vector<QList<ComponentVisibility>> photoVisibility(const std::vector<FaceFeatures>& rows)
{
    std::vector<QList<ComponentVisibility>> out(rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        const FaceFeatures& f = rows[i];
        if (!f.ok || !f.augmentation.isEmpty() || !f.landmarks)
            continue;
        auto image = loadImage(f.face.path); // oriented as the analyser saw it: the landmarks are in its pixels
        if (!image)
            continue;
        AlignedFace face;
        face.face.landmarks = *f.landmarks;
        face.quality = f.quality;
        if (auto v = checkVisibility(image->image, face))
            out[i] = *v;
    }
    return out;
}

Result<FacePairScorer> FacePairScorer::create(const FaceModelParts& parts, const std::vector<FaceFeatures>& rows,
                                              const std::vector<QList<ComponentVisibility>>& visibility)
{
    FacePairScorer s;
    s.m_parts = std::make_shared<const FaceModelParts>(parts);
    s.m_images.resize(rows.size());
    s.m_ok.assign(rows.size(), false);
    for (size_t i = 0; i < rows.size(); ++i) {
        const FaceFeatures& f = rows[i];
        if (!f.ok)
            continue;
        const std::vector<float> embedding(f.embedding.begin(), f.embedding.end());
        auto img = pairScoreImage(*s.m_parts, f.morphometry, embedding,
                                  i < visibility.size() ? visibility[i] : QList<ComponentVisibility>{});
        if (!img)
            return img.error().withFile(f.face.path);
        s.m_images[i] = std::move(*img);
        s.m_ok[i] = true;
    }
    return s;
}

Result<PairScore> FacePairScorer::score(int a, int b) const
{
    for (int i : {a, b})
        if (i < 0 || size_t(i) >= m_ok.size() || !m_ok[size_t(i)])
            return Error(ErrorCode::Internal, Tr::tr("pair with face %1, which has no analysis").arg(i));
    return scorePair(*m_parts, m_images[size_t(a)], m_images[size_t(b)]);
}

Result<std::vector<PairScore>> FacePairScorer::score(const std::vector<FacePair>& pairs) const
{
    std::vector<PairScore> out;
    out.reserve(pairs.size());
    for (const FacePair& p : pairs) {
        auto s = score(p.a, p.b);
        if (!s)
            return s.error();
        out.push_back(std::move(*s));
    }
    return out;
}

std::vector<double> FacePairScorer::values(const std::vector<PairScore>& pairs)
{
    std::vector<double> out;
    out.reserve(pairs.size());
    for (const PairScore& p : pairs)
        out.push_back(p.score);
    return out;
}

} // namespace descry
