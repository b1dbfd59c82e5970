#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/tensor/Safetensors.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>

namespace descry {

// The tensors of one checkpoint file, memory-mapped and zero-copy: each TensorData's `bytes` aliases the
// mapping (QByteArray::fromRawData), which this object and its copies keep alive. Reads safetensors and
// PyTorch `torch.save` zip checkpoints (a restricted unpickler: plain containers, OrderedDict and tensor
// rebuilds only; any other Python global is refused, nothing is executed). Immutable value type; copies
// share the mapping; safe to read from several threads.
class TensorFile
{
public:
    enum class Format { Safetensors, TorchZip };

    // Sniffs the format from the content (not the suffix) and validates everything before returning:
    // header length, JSON, dtypes, offsets inside the file, overlap, byte length = shape × dtype size,
    // zip structure, pickle opcodes, storages. Every error is one line of kind `code` naming `path` and,
    // where there is one, the tensor. Progress is polled (ErrorCode::Cancelled).
    static Result<TensorFile> open(const QString& path, ErrorCode code = ErrorCode::Input,
                                   const Progress& progress = {});

    QString path() const;
    Format format() const;
    // "safetensors" or "torch.save zip".
    QString formatName() const;
    // Tensors by name. For torch.save files: the state_dict's keys; a dict nested under `state_dict` (or
    // `model`/`module`) is unwrapped and a leading `module.` stripped from every key. Bytes stay valid
    // while this object (or a copy) lives; copy them (QByteArray(bytes.constData(), size)) to keep longer.
    const QMap<QString, TensorData>& tensors() const;
    // safetensors "__metadata__" (empty for torch.save files).
    QJsonObject metadata() const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
};

} // namespace descry
