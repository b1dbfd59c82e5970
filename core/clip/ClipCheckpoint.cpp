#include "core/clip/ClipCheckpoint.h"

#include "core/common/Tr.h"
#include "core/clip/detail/ClipConfigFiles.h"
#include "core/common/detail/ExceptionAdapter.h"
#include "core/tensor/TensorFile.h"

#include <QRegularExpression>

#include <array>
#include <cstring>

namespace descry {

namespace {

// What an open checkpoint holds; ClipCheckpoint::Data is this, shared read-only.
struct Contents
{
    TensorFile file; // keeps the mapping the tensors alias alive
    QMap<QString, TensorData> tensors;
    QString formatName;
    QJsonObject config;
};

Error modelError(const QString& message, const QString& path)
{
    return Error(ErrorCode::Model, message, path);
}

bool isFloatDtype(const QString& dtype)
{
    return dtype == QLatin1String("F32") || dtype == QLatin1String("F16") || dtype == QLatin1String("BF16");
}

bool isHfName(const QString& name)
{
    return name.startsWith(QLatin1String("vision_model.")) || name.startsWith(QLatin1String("text_model.")) ||
           name == QLatin1String("visual_projection.weight") || name == QLatin1String("text_projection.weight");
}

bool isOpenClipName(const QString& name)
{
    return name.startsWith(QLatin1String("visual.")) || name.startsWith(QLatin1String("transformer.")) ||
           name == QLatin1String("token_embedding.weight") || name == QLatin1String("positional_embedding") ||
           name.startsWith(QLatin1String("ln_final.")) || name == QLatin1String("text_projection");
}

// Renames of one residual block's members: transformers → open_clip (q/k/v are handled apart).
QString blockMember(const QString& rest)
{
    static const std::array<std::pair<const char*, const char*>, 5> kRenames{{{"self_attn.out_proj.", "attn.out_proj."},
                                                                              {"layer_norm1.", "ln_1."},
                                                                              {"layer_norm2.", "ln_2."},
                                                                              {"mlp.fc1.", "mlp.c_fc."},
                                                                              {"mlp.fc2.", "mlp.c_proj."}}};
    for (const auto& [from, to] : kRenames)
        if (rest.startsWith(QLatin1String(from)))
            return QLatin1String(to) + rest.mid(int(std::strlen(from)));
    return {};
}

// The open_clip name of a transformers CLIP tensor (empty: dropped, or kept under its own name by the caller).
QString openClipName(const QString& hf)
{
    static const std::array<std::pair<const char*, const char*>, 9> kDirect{
        {{"text_model.embeddings.token_embedding.weight", "token_embedding.weight"},
         {"text_model.embeddings.position_embedding.weight", "positional_embedding"},
         {"text_model.final_layer_norm.", "ln_final."},
         {"vision_model.embeddings.class_embedding", "visual.class_embedding"},
         {"vision_model.embeddings.patch_embedding.weight", "visual.conv1.weight"},
         {"vision_model.embeddings.position_embedding.weight", "visual.positional_embedding"},
         {"vision_model.pre_layrnorm.", "visual.ln_pre."},
         {"vision_model.post_layernorm.", "visual.ln_post."},
         {"logit_scale", "logit_scale"}}};
    for (const auto& [from, to] : kDirect) {
        const QLatin1String f(from);
        if (f.back() == '.' ? hf.startsWith(f) : hf == f)
            return QLatin1String(to) + hf.mid(f.size());
    }
    static const QRegularExpression layer(QStringLiteral("^(text|vision)_model\\.encoder\\.layers\\.(\\d+)\\.(.+)$"));
    const auto m = layer.match(hf);
    if (!m.hasMatch())
        return {};
    const QString member = blockMember(m.captured(3));
    if (member.isEmpty())
        return {};
    const QString tower = m.captured(1) == QLatin1String("vision") ? QStringLiteral("visual.") : QString();
    return tower + QStringLiteral("transformer.resblocks.") + m.captured(2) + QLatin1Char('.') + member;
}

// A [rows, cols] tensor as [cols, rows] (a copy; the dtype kept).
TensorData transposed(const TensorData& t, const QString& name)
{
    const int size = safetensors::dtypeSize(t.dtype);
    const int64_t rows = t.shape[0], cols = t.shape[1];
    TensorData out;
    out.name = name;
    out.dtype = t.dtype;
    out.shape = {cols, rows};
    out.bytes = QByteArray(t.bytes.size(), Qt::Uninitialized);
    const char* src = t.bytes.constData();
    char* dst = out.bytes.data();
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t c = 0; c < cols; ++c)
            std::memcpy(dst + (c * rows + r) * size, src + (r * cols + c) * size, size_t(size));
    return out;
}

// q, k and v projections of one attention block, collected before they are concatenated.
struct QkvParts
{
    std::array<const TensorData*, 3> parts{};
};

Result<TensorData> concatenateQkv(const QString& name, const QkvParts& qkv, const QString& path)
{
    static const char* kLetters[] = {"q", "k", "v"};
    for (int i = 0; i < 3; ++i)
        if (!qkv.parts[size_t(i)])
            return modelError(Tr::tr("tensor '%1': the %2_proj part of the attention projection is missing")
                                  .arg(name, QLatin1String(kLetters[i])),
                              path);
    const TensorData& q = *qkv.parts[0];
    const bool weight = name.endsWith(QLatin1String("weight"));
    const size_t rank = weight ? 2 : 1;
    for (const TensorData* p : qkv.parts) {
        if (p->dtype != q.dtype || p->shape.size() != rank || p->shape != q.shape || q.shape[0] <= 0 ||
            (weight && q.shape[1] != q.shape[0]))
            return modelError(Tr::tr("tensor '%1': the q/k/v projections have shapes or dtypes that do not fit "
                                     "together (%2 %3 and %4 %5)")
                                  .arg(p->name, p->dtype, safetensors::shapeToString(p->shape), q.dtype,
                                       safetensors::shapeToString(q.shape)),
                              path);
    }
    TensorData out;
    out.name = name;
    out.dtype = q.dtype;
    out.shape = q.shape;
    out.shape[0] *= 3;
    out.bytes.reserve(q.bytes.size() * 3);
    for (const TensorData* p : qkv.parts)
        out.bytes.append(p->bytes.constData(), p->bytes.size());
    return out;
}

// Puts a tensor under its open_clip name, refusing a second tensor for the same name.
Status insertUnique(QMap<QString, TensorData>& out, TensorData t, const QString& source, const QString& path)
{
    if (out.contains(t.name))
        return modelError(Tr::tr("tensor '%1' (from '%2') appears twice").arg(t.name, source), path);
    const QString name = t.name;
    out.insert(name, std::move(t));
    return {};
}

Status insertProjection(QMap<QString, TensorData>& out, const TensorData& t, const QString& name, const QString& path)
{
    if (t.shape.size() != 2)
        return modelError(Tr::tr("tensor '%1' has shape %2; expected [embed_dim, width]")
                              .arg(t.name, safetensors::shapeToString(t.shape)),
                          path);
    return insertUnique(out, transposed(t, name), t.name, path);
}

Result<QMap<QString, TensorData>> mapTransformers(const QMap<QString, TensorData>& in, const QString& path)
{
    static const QRegularExpression qkvName(QStringLiteral("^(.*)self_attn\\.([qkv])_proj\\.(weight|bias)$"));
    QMap<QString, TensorData> out;
    QMap<QString, QkvParts> qkv;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString& hf = it.key();
        if (hf.endsWith(QLatin1String("position_ids")))
            continue; // a buffer of 0..n-1, not a weight
        if (hf == QLatin1String("visual_projection.weight") || hf == QLatin1String("text_projection.weight")) {
            const QString name =
                hf.startsWith(QLatin1Char('v')) ? QStringLiteral("visual.proj") : QStringLiteral("text_projection");
            if (Status st = insertProjection(out, *it, name, path); !st)
                return st.error();
            continue;
        }
        if (const auto m = qkvName.match(hf); m.hasMatch()) {
            const QString block = openClipName(m.captured(1) + QStringLiteral("self_attn.out_proj.weight"));
            if (block.isEmpty()) {
                if (Status st = insertUnique(out, *it, hf, path); !st)
                    return st.error();
                continue;
            }
            const QString name =
                block.chopped(int(qstrlen("out_proj.weight"))) + QStringLiteral("in_proj_") + m.captured(3);
            qkv[name].parts[size_t(QStringLiteral("qkv").indexOf(m.captured(2)))] = &*it;
            continue;
        }
        TensorData t = *it;
        const QString mapped = openClipName(hf);
        if (!mapped.isEmpty())
            t.name = mapped;
        if (Status st = insertUnique(out, std::move(t), hf, path); !st)
            return st.error();
    }
    for (auto it = qkv.begin(); it != qkv.end(); ++it) {
        auto t = concatenateQkv(it.key(), *it, path);
        if (!t)
            return t.error();
        if (Status st = insertUnique(out, std::move(t).value(), it.key(), path); !st)
            return st.error();
    }
    return out;
}

// Reads the tensors under open_clip names and names the layout they came in.
Status readTensors(Contents& c, const QString& path)
{
    const QMap<QString, TensorData>& in = c.file.tensors();
    QString hf, openClip;
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (hf.isEmpty() && isHfName(it.key()))
            hf = it.key();
        if (openClip.isEmpty() && isOpenClipName(it.key()))
            openClip = it.key();
    }
    if (!hf.isEmpty() && !openClip.isEmpty())
        return modelError(Tr::tr("the checkpoint mixes open_clip names ('%1') and transformers names ('%2'); "
                                 "it holds tensors of two layouts")
                              .arg(openClip, hf),
                          path);
    if (hf.isEmpty() && openClip.isEmpty())
        return modelError(Tr::tr("not a CLIP checkpoint: it holds neither open_clip tensors (visual.*) nor "
                                 "transformers tensors (vision_model.*)"),
                          path);
    const QString container = c.file.format() == TensorFile::Format::Safetensors ? QStringLiteral("safetensors")
                                                                                 : QStringLiteral("torch.save");
    c.formatName = (hf.isEmpty() ? QStringLiteral("open_clip ") : QStringLiteral("transformers ")) + container;
    if (hf.isEmpty()) {
        c.tensors = in;
    } else {
        auto mapped = mapTransformers(in, path);
        if (!mapped)
            return mapped.error();
        c.tensors = std::move(mapped).value();
    }
    for (const TensorData& t : std::as_const(c.tensors))
        if (!isFloatDtype(t.dtype))
            return modelError(Tr::tr("tensor '%1' is of dtype %2; a CLIP checkpoint holds F32, F16 or BF16 weights")
                                  .arg(t.name, t.dtype),
                              path);
    return {};
}

} // namespace

struct ClipCheckpoint::Data : Contents
{
};

Result<ClipCheckpoint> ClipCheckpoint::open(const QString& path, const Progress& progress)
{
    return detail::guarded(ErrorCode::Model, path, [&]() -> Result<ClipCheckpoint> {
        auto file = TensorFile::open(path, ErrorCode::Model, progress);
        if (!file)
            return file.error();
        auto d = std::make_shared<Data>();
        d->file = *file;
        if (Status st = readTensors(*d, path); !st)
            return st.error();
        auto config = detail::clipConfigBeside(path);
        if (!config)
            return config.error();
        d->config = *config;
        ClipCheckpoint c;
        c.m_data = std::move(d);
        return c;
    });
}

QString ClipCheckpoint::path() const
{
    return m_data->file.path();
}

QString ClipCheckpoint::formatName() const
{
    return m_data->formatName;
}

const QMap<QString, TensorData>& ClipCheckpoint::tensors() const
{
    return m_data->tensors;
}

QJsonObject ClipCheckpoint::configJson() const
{
    return m_data->config;
}

} // namespace descry
