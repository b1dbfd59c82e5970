#include "core/tensor/detail/Unpickler.h"

#include "core/common/Tr.h"

#include <QHash>
#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace descry::detail {

namespace {

using Kind = PickleObject::Kind;

// Bounds that keep a hostile pickle from allocating much more than its own size: a state_dict of a few
// thousand tensors needs a few tens of thousands of objects.
constexpr qint64 kMaxPickleBytes = 64LL * 1024 * 1024;
constexpr size_t kMaxObjects = size_t(1) << 19;
constexpr qint64 kMaxItems = qint64(1) << 24;
constexpr size_t kMaxStack = size_t(1) << 22;
constexpr int kMaxMemo = 1 << 20;
constexpr size_t kMaxMarks = 1000;
constexpr size_t kMaxRank = 64;
constexpr int kMaxGlobalName = 256;

// The torch storage classes a checkpoint may name, with the safetensors dtype of their elements.
struct StorageClass
{
    const char* name;
    const char* dtype;
};
constexpr StorageClass kStorageClasses[] = {{"torch.FloatStorage", "F32"},     {"torch.HalfStorage", "F16"},
                                            {"torch.BFloat16Storage", "BF16"}, {"torch.DoubleStorage", "F64"},
                                            {"torch.LongStorage", "I64"},      {"torch.IntStorage", "I32"},
                                            {"torch.ShortStorage", "I16"},     {"torch.CharStorage", "I8"},
                                            {"torch.ByteStorage", "U8"},       {"torch.BoolStorage", "BOOL"}};

const char kOrderedDict[] = "collections.OrderedDict";
const char kRebuildTensor[] = "torch._utils._rebuild_tensor_v2";
const char kRebuildParameter[] = "torch._utils._rebuild_parameter";

QString storageDtype(const QString& global)
{
    for (const StorageClass& c : kStorageClasses)
        if (global == QLatin1String(c.name))
            return QString::fromLatin1(c.dtype);
    return {};
}

PickleObject newObject(Kind kind, qint64 integer = 0)
{
    PickleObject o;
    o.kind = kind;
    o.integer = integer;
    return o;
}

bool allowedGlobal(const QString& name)
{
    return name == QLatin1String(kOrderedDict) || name == QLatin1String(kRebuildTensor) ||
           name == QLatin1String(kRebuildParameter) || !storageDtype(name).isEmpty();
}

} // namespace

// Runs the opcodes of one pickle into a Pickle's arena. Every handler checks the stack and the bytes it
// needs; nothing recurses.
class PickleMachine
{
public:
    PickleMachine(QByteArrayView data, const QString& path, const QString& entry, ErrorCode code, Pickle& out)
        : m_data(data), m_path(path), m_entry(entry), m_code(code), m_out(out)
    {
    }

    Status run()
    {
        if (m_data.size() > kMaxPickleBytes)
            return fail(Tr::tr("the pickle is %1 bytes, more than a state_dict needs").arg(m_data.size()));
        while (m_pos < m_data.size()) {
            m_opStart = m_pos;
            const uchar op = uchar(m_data[m_pos++]);
            if (op == '.')
                return stop();
            if (Status st = step(op); !st)
                return st;
        }
        return fail(Tr::tr("the pickle ends without its STOP opcode (file truncated?)"));
    }

private:
    Error fail(const QString& message) const
    {
        return Error(m_code, Tr::tr("pickle '%1', byte %2: %3").arg(m_entry).arg(m_opStart).arg(message), m_path);
    }
    Error truncated() const { return fail(Tr::tr("the pickle is truncated")); }
    Error underflow() const { return fail(Tr::tr("malformed pickle (stack underflow)")); }

    bool need(qint64 n) const { return n >= 0 && n <= m_data.size() - m_pos; }
    quint64 readUnsigned(int n)
    {
        quint64 v = 0;
        for (int i = 0; i < n; ++i)
            v |= quint64(uchar(m_data[m_pos + i])) << (8 * i);
        m_pos += n;
        return v;
    }

    PickleObject& obj(int index) { return m_out.m_objects[size_t(index)]; }

    // Adds an object to the arena and pushes it.
    Status push(PickleObject o)
    {
        if (m_out.m_objects.size() >= kMaxObjects)
            return fail(Tr::tr("the pickle holds more than %1 objects").arg(kMaxObjects));
        m_out.m_objects.push_back(std::move(o));
        return pushIndex(int(m_out.m_objects.size() - 1));
    }
    Status pushIndex(int index)
    {
        if (m_stack.size() >= kMaxStack)
            return fail(Tr::tr("the pickle's stack grows beyond %1 entries").arg(kMaxStack));
        m_stack.push_back(index);
        return {};
    }
    Status countItems(qint64 n)
    {
        m_items += n;
        if (m_items > kMaxItems)
            return fail(Tr::tr("the pickle's containers hold more than %1 items").arg(kMaxItems));
        return {};
    }
    bool pop(int* out)
    {
        if (m_stack.size() <= (m_marks.empty() ? 0 : m_marks.back()))
            return false;
        *out = m_stack.back();
        m_stack.pop_back();
        return true;
    }
    // The items pushed since the last MARK, removed from the stack with the mark.
    bool popMark(std::vector<int>* items)
    {
        if (m_marks.empty())
            return false;
        const size_t mark = m_marks.back();
        m_marks.pop_back();
        items->assign(m_stack.begin() + qsizetype(mark), m_stack.end());
        m_stack.resize(mark);
        return true;
    }

    Status step(uchar op);
    Status stop();
    Status pushInteger(qint64 v) { return push(newObject(Kind::Int, v)); }
    Status pushText(int lengthBytes, bool unicode, Kind kind);
    Status pushFloat();
    Status pushLong1();
    Status makeContainer(Kind kind, qsizetype count);
    Status addItems(bool dict, bool fromMark);
    Status memoPut(quint32 key);
    Status memoGet(quint32 key);
    Status global(bool fromStack);
    Status reduce();
    Status rebuildTensor(const std::vector<int>& args);
    Status persistentId();
    Status build();

    QByteArrayView m_data;
    const QString& m_path;
    const QString& m_entry;
    ErrorCode m_code;
    Pickle& m_out;
    qint64 m_pos = 0;
    qint64 m_opStart = 0;
    qint64 m_items = 0;
    std::vector<int> m_stack;
    std::vector<size_t> m_marks;
    QHash<quint32, int> m_memo;
};

Status PickleMachine::step(uchar op)
{
    switch (op) {
    case 0x80: // PROTO
        if (!need(1))
            return truncated();
        if (readUnsigned(1) > 5)
            return fail(Tr::tr("unknown pickle protocol"));
        return {};
    case 0x95: // FRAME (protocol 4): only a read-ahead hint
        if (!need(8))
            return truncated();
        readUnsigned(8);
        return {};
    case '(': // MARK
        if (m_marks.size() >= kMaxMarks)
            return fail(Tr::tr("the pickle nests deeper than %1 levels").arg(kMaxMarks));
        m_marks.push_back(m_stack.size());
        return {};
    case '0': { // POP
        int unused;
        return pop(&unused) ? Status{} : underflow();
    }
    case '1': { // POP_MARK
        std::vector<int> unused;
        return popMark(&unused) ? Status{} : underflow();
    }
    case '2': // DUP
        if (m_stack.size() <= (m_marks.empty() ? 0 : m_marks.back()))
            return underflow();
        return pushIndex(m_stack.back());
    case 'N':
        return push(newObject(Kind::None));
    case 0x88:
    case 0x89:
        return push(newObject(Kind::Bool, op == 0x88 ? 1 : 0));
    case 'J':
        if (!need(4))
            return truncated();
        return pushInteger(qint32(quint32(readUnsigned(4))));
    case 'K':
        if (!need(1))
            return truncated();
        return pushInteger(qint64(readUnsigned(1)));
    case 'M':
        if (!need(2))
            return truncated();
        return pushInteger(qint64(readUnsigned(2)));
    case 0x8a:
        return pushLong1();
    case 'G':
        return pushFloat();
    case 'X':
        return pushText(4, true, Kind::String);
    case 0x8c:
        return pushText(1, true, Kind::String);
    case 0x8d:
        return pushText(8, true, Kind::String);
    case 'T':
        return pushText(4, false, Kind::String);
    case 'U':
        return pushText(1, false, Kind::String);
    case 'B':
        return pushText(4, false, Kind::Bytes);
    case 'C':
        return pushText(1, false, Kind::Bytes);
    case 0x8e:
        return pushText(8, false, Kind::Bytes);
    case ')':
        return makeContainer(Kind::Tuple, 0);
    case ']':
        return makeContainer(Kind::List, 0);
    case '}':
        return makeContainer(Kind::Dict, 0);
    case 0x85:
    case 0x86:
    case 0x87:
        return makeContainer(Kind::Tuple, op - 0x84);
    case 't':
        return makeContainer(Kind::Tuple, -1);
    case 'l':
        return makeContainer(Kind::List, -1);
    case 'd':
        return makeContainer(Kind::Dict, -1);
    case 's':
        return addItems(true, false);
    case 'u':
        return addItems(true, true);
    case 'a':
        return addItems(false, false);
    case 'e':
        return addItems(false, true);
    case 'q':
        if (!need(1))
            return truncated();
        return memoPut(quint32(readUnsigned(1)));
    case 'r':
        if (!need(4))
            return truncated();
        return memoPut(quint32(readUnsigned(4)));
    case 0x94: // MEMOIZE
        return memoPut(quint32(m_memo.size()));
    case 'h':
        if (!need(1))
            return truncated();
        return memoGet(quint32(readUnsigned(1)));
    case 'j':
        if (!need(4))
            return truncated();
        return memoGet(quint32(readUnsigned(4)));
    case 'c':
        return global(false);
    case 0x93:
        return global(true);
    case 'R':
        return reduce();
    case 'Q':
        return persistentId();
    case 'b':
        return build();
    default:
        return fail(Tr::tr("pickle opcode 0x%1 is not supported in a checkpoint").arg(op, 2, 16, QLatin1Char('0')));
    }
}

Status PickleMachine::stop()
{
    int root;
    if (!pop(&root))
        return underflow();
    m_out.m_root = root;
    return {};
}

Status PickleMachine::pushText(int lengthBytes, bool unicode, Kind kind)
{
    if (!need(lengthBytes))
        return truncated();
    const quint64 length = readUnsigned(lengthBytes);
    if (length > quint64(m_data.size() - m_pos))
        return truncated();
    const char* p = m_data.data() + m_pos;
    m_pos += qint64(length);
    PickleObject o = newObject(kind);
    if (kind == Kind::Bytes)
        o.bytes = QByteArray(p, qsizetype(length));
    else
        o.text = unicode ? QString::fromUtf8(p, qsizetype(length)) : QString::fromLatin1(p, qsizetype(length));
    return push(std::move(o));
}

Status PickleMachine::pushFloat()
{
    if (!need(8))
        return truncated();
    const double v = qFromBigEndian<double>(m_data.data() + m_pos);
    m_pos += 8;
    PickleObject o = newObject(Kind::Float);
    o.real = v;
    return push(std::move(o));
}

Status PickleMachine::pushLong1()
{
    if (!need(1))
        return truncated();
    const int n = int(readUnsigned(1));
    if (n > 8)
        return fail(Tr::tr("an integer of %1 bytes is too large").arg(n));
    if (!need(n))
        return truncated();
    quint64 v = readUnsigned(n);
    if (n > 0 && n < 8 && (v >> (8 * n - 1)) & 1) // two's complement sign extension
        v |= ~quint64(0) << (8 * n);
    return pushInteger(qint64(v));
}

Status PickleMachine::makeContainer(Kind kind, qsizetype count)
{
    PickleObject o = newObject(kind);
    if (count < 0) {
        if (!popMark(&o.items))
            return underflow();
    } else {
        const size_t floor = m_marks.empty() ? 0 : m_marks.back();
        if (m_stack.size() < floor + size_t(count))
            return underflow();
        o.items.assign(m_stack.end() - count, m_stack.end());
        m_stack.resize(m_stack.size() - size_t(count));
    }
    if (kind == Kind::Dict && o.items.size() % 2 != 0)
        return fail(Tr::tr("malformed pickle (a dict with an odd number of items)"));
    if (Status st = countItems(qint64(o.items.size())); !st)
        return st;
    return push(std::move(o));
}

Status PickleMachine::addItems(bool dict, bool fromMark)
{
    std::vector<int> items;
    if (fromMark) {
        if (!popMark(&items))
            return underflow();
    } else {
        int key = -1, value = -1;
        if (!pop(&value) || (dict && !pop(&key)))
            return underflow();
        if (dict)
            items.push_back(key);
        items.push_back(value);
    }
    if (m_stack.size() <= (m_marks.empty() ? 0 : m_marks.back()))
        return underflow();
    PickleObject& target = obj(m_stack.back());
    if (target.kind != (dict ? Kind::Dict : Kind::List))
        return fail(Tr::tr("malformed pickle (items added to a %1)").arg(m_out.kindName(m_stack.back())));
    if (dict && items.size() % 2 != 0)
        return fail(Tr::tr("malformed pickle (a dict with an odd number of items)"));
    if (Status st = countItems(qint64(items.size())); !st)
        return st;
    target.items.insert(target.items.end(), items.begin(), items.end());
    return {};
}

Status PickleMachine::memoPut(quint32 key)
{
    if (m_stack.size() <= (m_marks.empty() ? 0 : m_marks.back()))
        return underflow();
    if (m_memo.size() >= kMaxMemo && !m_memo.contains(key))
        return fail(Tr::tr("the pickle memoizes more than %1 objects").arg(kMaxMemo));
    m_memo.insert(key, m_stack.back());
    return {};
}

Status PickleMachine::memoGet(quint32 key)
{
    const auto it = m_memo.constFind(key);
    if (it == m_memo.constEnd())
        return fail(Tr::tr("malformed pickle (memo entry %1 is missing)").arg(key));
    return pushIndex(*it);
}

Status PickleMachine::global(bool fromStack)
{
    QString module, name;
    if (fromStack) {
        int n = -1, m = -1;
        if (!pop(&n) || !pop(&m))
            return underflow();
        if (obj(n).kind != Kind::String || obj(m).kind != Kind::String)
            return fail(Tr::tr("malformed pickle (STACK_GLOBAL without names)"));
        module = obj(m).text;
        name = obj(n).text;
    } else {
        for (QString* out : {&module, &name}) {
            const qint64 limit = std::min<qint64>(m_data.size() - m_pos, kMaxGlobalName + 1);
            const void* newline = std::memchr(m_data.data() + m_pos, '\n', size_t(limit));
            if (!newline)
                return fail(Tr::tr("malformed pickle (a global name is unterminated or too long)"));
            const qint64 end = static_cast<const char*>(newline) - m_data.data();
            *out = QString::fromLatin1(m_data.data() + m_pos, end - m_pos);
            m_pos = end + 1;
        }
    }
    const QString full = module + QLatin1Char('.') + name;
    if (!allowedGlobal(full))
        return fail(Tr::tr("pickle global %1 is not allowed in a checkpoint (refused, nothing was run)").arg(full));
    PickleObject o = newObject(Kind::Global);
    o.text = full;
    return push(std::move(o));
}

Status PickleMachine::reduce()
{
    int args = -1, callable = -1;
    if (!pop(&args) || !pop(&callable))
        return underflow();
    if (obj(args).kind != Kind::Tuple || obj(callable).kind != Kind::Global)
        return fail(Tr::tr("malformed pickle (REDUCE of a %1)").arg(m_out.kindName(callable)));
    const QString name = obj(callable).text;
    const std::vector<int> a = obj(args).items;
    if (name == QLatin1String(kOrderedDict)) {
        if (!a.empty())
            return fail(Tr::tr("collections.OrderedDict called with arguments"));
        return makeContainer(Kind::Dict, 0);
    }
    if (name == QLatin1String(kRebuildParameter)) {
        if (a.size() != 3 || obj(a[0]).kind != Kind::Tensor)
            return fail(Tr::tr("malformed _rebuild_parameter call"));
        return pushIndex(a[0]);
    }
    if (name == QLatin1String(kRebuildTensor))
        return rebuildTensor(a);
    return fail(Tr::tr("%1 cannot be called").arg(name));
}

Status PickleMachine::rebuildTensor(const std::vector<int>& a)
{
    // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
    const auto isIntTuple = [&](int i) {
        if (obj(i).kind != Kind::Tuple || obj(i).items.size() > kMaxRank)
            return false;
        for (int item : obj(i).items)
            if (obj(item).kind != Kind::Int && obj(item).kind != Kind::Bool)
                return false;
        return true;
    };
    if ((a.size() != 6 && a.size() != 7) || obj(a[0]).kind != Kind::Storage || obj(a[1]).kind != Kind::Int ||
        !isIntTuple(a[2]) || !isIntTuple(a[3]) || obj(a[2]).items.size() != obj(a[3]).items.size())
        return fail(Tr::tr("malformed _rebuild_tensor_v2 call"));
    PickleObject t = newObject(Kind::Tensor);
    t.storage = a[0];
    t.dtype = obj(a[0]).dtype;
    t.storageOffset = obj(a[1]).integer;
    for (int item : obj(a[2]).items)
        t.shape.push_back(obj(item).integer);
    for (int item : obj(a[3]).items)
        t.stride.push_back(obj(item).integer);
    return push(std::move(t));
}

Status PickleMachine::persistentId()
{
    // torch.save's persistent id of a storage: ('storage', <storage class>, key, location, element count).
    int pid = -1;
    if (!pop(&pid))
        return underflow();
    const PickleObject& p = obj(pid);
    if (p.kind != Kind::Tuple || p.items.size() != 5 || obj(p.items[0]).kind != Kind::String ||
        obj(p.items[0]).text != QLatin1String("storage") || obj(p.items[1]).kind != Kind::Global ||
        obj(p.items[2]).kind != Kind::String || obj(p.items[4]).kind != Kind::Int)
        return fail(Tr::tr("malformed persistent id (not a torch storage)"));
    const QString dtype = storageDtype(obj(p.items[1]).text);
    if (dtype.isEmpty())
        return fail(Tr::tr("%1 is not a storage class").arg(obj(p.items[1]).text));
    if (obj(p.items[4]).integer < 0)
        return fail(Tr::tr("a storage of %1 elements").arg(obj(p.items[4]).integer));
    PickleObject s = newObject(Kind::Storage);
    s.dtype = dtype;
    s.text = obj(p.items[2]).text;
    s.integer = obj(p.items[4]).integer;
    return push(std::move(s));
}

Status PickleMachine::build()
{
    // BUILD sets an object's state: for an OrderedDict it is the `_metadata` attribute of a state_dict,
    // irrelevant to the tensors, so it is dropped.
    int state = -1;
    if (!pop(&state))
        return underflow();
    if (m_stack.size() <= (m_marks.empty() ? 0 : m_marks.back()))
        return underflow();
    const Kind kind = obj(m_stack.back()).kind;
    if (kind != Kind::Dict && kind != Kind::Tensor)
        return fail(Tr::tr("malformed pickle (BUILD of a %1)").arg(m_out.kindName(m_stack.back())));
    return {};
}

Result<Pickle> Pickle::parse(QByteArrayView data, const QString& path, const QString& entry, ErrorCode code)
{
    Pickle out;
    PickleMachine machine(data, path, entry, code, out);
    if (Status st = machine.run(); !st)
        return st.error();
    return out;
}

int Pickle::dictValue(int dict, const QString& key) const
{
    const PickleObject& d = at(dict);
    if (d.kind != PickleObject::Kind::Dict)
        return -1;
    int found = -1;
    for (size_t i = 0; i + 1 < d.items.size(); i += 2) {
        const PickleObject& k = at(d.items[i]);
        if (k.kind == PickleObject::Kind::String && k.text == key)
            found = d.items[i + 1];
    }
    return found;
}

QString Pickle::kindName(int index) const
{
    switch (at(index).kind) {
    case Kind::None:
        return QStringLiteral("None");
    case Kind::Bool:
        return QStringLiteral("bool");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::String:
        return QStringLiteral("str");
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::Tuple:
        return QStringLiteral("tuple");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::Dict:
        return QStringLiteral("dict");
    case Kind::Global:
        return at(index).text;
    case Kind::Storage:
        return QStringLiteral("storage");
    case Kind::Tensor:
        return QStringLiteral("tensor");
    }
    return {};
}

} // namespace descry::detail
