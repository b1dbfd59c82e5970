#pragma once
// Private: a restricted reader of the pickles `torch.save` writes (data.pkl of a zip checkpoint).

#include "core/common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <vector>

namespace descry::detail {

// One Python object of a restricted pickle. Objects live in the Pickle's arena and refer to each other by
// index, so hostile nesting or cycles can neither recurse nor leak.
struct PickleObject
{
    enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    qint64 integer = 0;                 // Bool, Int; Storage: element count
    double real = 0;                    // Float
    QString text;                       // String; Global: "module.name"; Storage: key (data/<key>)
    QByteArray bytes;                   // Bytes
    QString dtype;                      // Storage, Tensor: safetensors dtype tag ("F32", ...)
    std::vector<int> items;             // Tuple, List: elements; Dict: key, value, key, value, ... in insertion order
    int storage = -1;                   // Tensor: its Storage object
    qint64 storageOffset = 0;           // Tensor: in elements
    std::vector<int64_t> shape, stride; // Tensor
};

// The object graph of a pickle, as far as a state_dict needs: None, bool, int, float, str, bytes, tuple,
// list, dict/OrderedDict, torch storages (persistent ids) and tensors rebuilt by
// torch._utils._rebuild_tensor_v2 / _rebuild_parameter. Any other global (os.system, builtins.eval, ...) is
// refused before anything could be called; nothing is ever executed. Memory and work are bounded by the
// pickle's size and fixed limits.
class Pickle
{
public:
    // Parses `data` (the entry `entry` of `path`). Errors are one line of kind `code` naming the file, the
    // entry and the byte offset.
    static Result<Pickle> parse(QByteArrayView data, const QString& path, const QString& entry, ErrorCode code);

    int root() const { return m_root; }
    const PickleObject& at(int index) const { return m_objects[size_t(index)]; }
    // The value stored under string key `key` in dict `dict`, or -1 (last one wins, as in Python).
    int dictValue(int dict, const QString& key) const;
    // "dict", "tensor", "int", ...: for messages.
    QString kindName(int index) const;

private:
    friend class PickleMachine;
    std::vector<PickleObject> m_objects;
    int m_root = -1;
};

} // namespace descry::detail
